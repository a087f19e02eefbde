"""The public submission does the least database work: no rate-limit writes, one transaction."""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from pantau.surveys.models import Survey
from tests.surveys.conftest import answers_post, form_url, load_token, tally_count, valid_count


def test_a_submission_is_a_handful_of_queries_and_one_write_transaction(
    survey_a: Survey,
) -> None:
    client = Client()
    token = load_token(client, survey_a)

    with CaptureQueriesContext(connection) as queries:
        response = client.post(form_url(survey_a), answers_post(token))

    assert response.status_code == 302
    statements = [query["sql"].split()[0].upper() for query in queries.captured_queries]
    print("\n".join(query["sql"][:160] for query in queries.captured_queries))
    assert statements.count("INSERT") == 3  # the response, the daily and the monthly row
    assert "UPDATE" not in statements  # the rollup is an upsert, the rate limit is in the cache
    assert len(statements) <= 8, statements
    assert valid_count(survey_a) == tally_count(survey_a) == 1
