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


def test_a_mistaken_invalidation_is_undone_with_a_reason_and_counts_again(
    survey_a: Survey, client_for: Any, rollup_deferred: bool
) -> None:
    response = submit_direct(survey_a, ALL_FOUR)
    evaluator = client_for("evaluator")
    evaluator.post(_invalidate_url(survey_a, response), {"reason": "Dikira isian ganda"})
    assert valid_count(survey_a) == 0

    restore = {"aksi": "hitung-kembali", "reason": "Ternyata dua pengunjung berbeda"}
    without_reason = evaluator.post(_invalidate_url(survey_a, response),
                                    {**restore, "reason": ""})
    listed = evaluator.get(reverse("surveys:response_list", args=[survey_a.pk]))
    page = evaluator.post(_invalidate_url(survey_a, response), restore, follow=True)
    resent = evaluator.post(_invalidate_url(survey_a, response), restore)

    assert "Alasan wajib diisi." in without_reason.content.decode()
    assert "Hitung kembali" in listed.content.decode()
    assert "dihitung kembali sebagai jawaban sah" in page.content.decode()
    assert "tidak ada yang perlu dikembalikan" in resent.content.decode()
    assert valid_count(survey_a) == 1 and tally_count(survey_a) == 1
    with scopes_disabled():
        rollup_fold()
        assert survey_a.tallies.get().u1_sum == 4  # counted once, not twice
        stored = SurveyResponse.objects.get(pk=response.pk)
        event = AuditEvent.objects.get(action="surveys.response.restored")
    assert stored.is_valid and stored.invalid_reason == "" and stored.invalidated_by is None
    assert event.note == "Ternyata dua pengunjung berbeda"
    assert event.changes["invalid_reason"] == ["Dikira isian ganda", ""]


def test_only_the_back_office_may_count_a_response_again(
    survey_a: Survey, client_for: Any
) -> None:
    response = submit_direct(survey_a, ALL_FOUR)
    client_for("evaluator").post(_invalidate_url(survey_a, response), {"reason": "uji"})

    refused = [client_for(persona).post(_invalidate_url(survey_a, response),
                                        {"aksi": "hitung-kembali", "reason": "x"}).status_code
               for persona in ("operator_a", "head_a", "leader", "assessor")]

    assert refused == [403] * 4
    assert valid_count(survey_a) == 0
