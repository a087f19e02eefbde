from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.rollup import rollup_fold
from tests.surveys.conftest import ALL_FOUR, submit_direct, tally_count, valid_count


def _invalidate_url(survey: Survey, response: SurveyResponse) -> str:
    return reverse("surveys:response_invalidate", args=[survey.pk, response.pk])


def test_marking_a_response_invalid_lowers_the_count_and_is_audited(
    survey_a: Survey, client_for: Any, rollup_deferred: bool
) -> None:
    kept = submit_direct(survey_a, ALL_FOUR)
    spam = submit_direct(survey_a, (1, 1, 1, 1, 1, 1, 1, 1, 1))

    page = client_for("evaluator").post(
        _invalidate_url(survey_a, spam), {"reason": "Diisi berulang oleh orang yang sama"}
    )

    assert page.status_code == 302
    assert valid_count(survey_a) == 1
    assert tally_count(survey_a) == 1
    with scopes_disabled():
        spam.refresh_from_db()
        event = AuditEvent.objects.get(action="surveys.response.invalidated")
        assert SurveyResponse.objects.filter(pk__in=[kept.pk, spam.pk]).count() == 2
        rollup_fold()
        sums = survey_a.tallies.get().u1_sum
    assert not spam.is_valid
    assert spam.invalid_reason == "Diisi berulang oleh orang yang sama"
    assert spam.invalidated_by is not None and spam.invalidated_by.username == "evaluator"
    assert event.object_id == str(spam.pk)
    assert event.changes["is_valid"] == [True, False]
    assert sums == 4


def test_a_reason_is_required(survey_a: Survey, client_for: Any) -> None:
    response = submit_direct(survey_a, ALL_FOUR)

    page = client_for("admin").post(_invalidate_url(survey_a, response), {"reason": "  "})

    assert page.status_code == 200
    assert "Alasan wajib diisi." in page.content.decode()
    assert valid_count(survey_a) == 1


def test_an_operator_cannot_mark_a_response_invalid(survey_a: Survey, client_for: Any) -> None:
    response = submit_direct(survey_a, ALL_FOUR)

    page = client_for("operator_a").post(_invalidate_url(survey_a, response), {"reason": "x"})

    assert page.status_code == 403
    assert valid_count(survey_a) == 1


def test_marking_twice_changes_nothing_the_second_time(survey_a: Survey, client_for: Any) -> None:
    response = submit_direct(survey_a, ALL_FOUR)
    client = client_for("evaluator")
    client.post(_invalidate_url(survey_a, response), {"reason": "ganda"})

    again = client.post(_invalidate_url(survey_a, response), {"reason": "lagi"})

    assert again.status_code == 200
    assert tally_count(survey_a) == 0
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="surveys.response.invalidated").count() == 1
