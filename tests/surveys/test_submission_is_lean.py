"""The public submission does the least database work: no rate-limit writes, one INSERT for the
response; the rollup rows in the same transaction, or (deferred, PostgreSQL) not at all."""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pantau.surveys.models import Survey
from tests.surveys.conftest import answers_post, form_url, load_token, tally_count, valid_count


def _statements(survey: Survey) -> list[str]:
    client = Client()
    token = load_token(client, survey)
    with CaptureQueriesContext(connection) as queries:
        response = client.post(form_url(survey), answers_post(token))
    assert response.status_code == 302
    print("\n".join(query["sql"][:160] for query in queries.captured_queries))
    return [query["sql"].split()[0].upper() for query in queries.captured_queries
            if "pg_advisory_xact_lock" not in query["sql"]]  # the tally writers' lock


def test_a_submission_counted_at_once_is_one_write_transaction(
    survey_a: Survey, settings: object
) -> None:
    settings.SKM_ROLLUP_DEFERRED = False  # type: ignore[attr-defined]

    statements = _statements(survey_a)

    assert statements.count("INSERT") == 3  # the response, the daily and the monthly row
    assert "UPDATE" not in statements  # the rollup is an upsert, the rate limit is in the cache
    assert "SELECT" not in statements  # the survey is this process's copy; the INSERT checks it
    assert len(statements) <= 5, statements  # + the transaction's savepoint in a test
    # (on PostgreSQL also the shared tally writers' lock, filtered out above)
    assert valid_count(survey_a) == tally_count(survey_a) == 1


def test_a_deferred_submission_is_one_insert_and_nothing_else(
    survey_a: Survey, settings: object
) -> None:
    settings.SKM_ROLLUP_DEFERRED = True  # type: ignore[attr-defined]

    statements = _statements(survey_a)

    assert statements == ["INSERT"]  # like the bare one-row view: no tally row, no lock
    assert valid_count(survey_a) == tally_count(survey_a) == 1  # folded in before the read
