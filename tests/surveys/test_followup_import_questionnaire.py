from __future__ import annotations

import datetime
import io
from typing import Any

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.scoring import skm
from pantau.surveys.models import Survey, SurveyDailyTally, SurveyFollowUp, SurveyQuestionnaire
from pantau.surveys.paper_sheet import HEADERS
from pantau.surveys.selectors.results import survey_result
from tests.surveys.conftest import form_url, submit_direct, tally_count, valid_count


def test_a_followup_is_created_audited_listed_and_exported(
    survey_a: Survey, client_for: Any
) -> None:
    submit_direct(survey_a, (4, 4, 1, 4, 4, 4, 4, 4, 4))
    client = client_for("operator_a")
    url = reverse("surveys:followup_create", args=[survey_a.pk])

    form = client.get(url).content.decode()
    bad = client.post(url, {"element": 3, "action": "", "owner": "", "due_on": "2026-09-30",
                            "status": "rencana"})
    done = client.post(url, {"element": 3, "action": "Tambah petugas loket",
                             "owner": "Kepala UPT", "due_on": "2026-09-30",
                             "status": "rencana", "note": ""})
    listing = client.get(reverse("surveys:followup_list")).content.decode()
    sheet = openpyxl.load_workbook(io.BytesIO(
        client.get(reverse("surveys:followups_xlsx")).content)).active

    assert 'value="3" selected' in form  # the weakest element is proposed
    assert bad.status_code == 200
    assert done.status_code == 302
    assert "Tambah petugas loket" in listing
    assert "Tambah petugas loket" in [row[5] for row in sheet.iter_rows(values_only=True)]
    assert "Tambah petugas loket" not in client_for("operator_b").get(
        reverse("surveys:followup_list")).content.decode()
    with scopes_disabled():
        followup = SurveyFollowUp.objects.get()
        assert AuditEvent.objects.filter(action="surveys.followup.created").count() == 1
    client.post(reverse("surveys:followup_update", args=[followup.pk]), {
        "element": 3, "action": "Tambah petugas loket", "owner": "Kepala UPT",
        "due_on": "2026-09-30", "status": "selesai", "note": "Sudah"})
    with scopes_disabled():
        assert SurveyFollowUp.objects.get().status == "selesai"
        assert AuditEvent.objects.filter(action="surveys.followup.updated").count() == 1


def _xlsx(rows: list[list[Any]]) -> SimpleUploadedFile:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Formulir"
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return SimpleUploadedFile("kertas.xlsx", buffer.getvalue())


def test_a_paper_import_with_bad_rows_changes_nothing_and_names_each_line(
    survey_a: Survey, client_for: Any
) -> None:
    today = timezone.localdate()
    rows = [
        [today, 4, 4, 4, 4, 4, 4, 4, 4, 4],
        [today, 4, 5, 4, 4, 4, 4, 4, 4, 4],
        [today, 4, None, 4, 4, 4, 4, 4, 4, 4],
        [datetime.date(2000, 1, 1), 4, 4, 4, 4, 4, 4, 4, 4, 4],
        [today, 4, 4, 4, 4, 4, 4, 4, 4, 4, "umur 200"],
    ]
    page = client_for("operator_a").post(
        reverse("surveys:survey_import", args=[survey_a.pk]), {"file": _xlsx(rows)}
    ).content.decode()

    assert "Baris 3: jawaban U2 = “5” di luar 1–4" in page
    assert "Baris 4: jawaban U2 kosong" in page
    assert "Baris 5: tanggal 01-01-2000 di luar masa survei" in page
    assert "Baris 6: Usia “umur 200” tidak dikenal" in page
    assert valid_count(survey_a) == 0 and tally_count(survey_a) == 0


def test_a_clean_paper_import_is_counted_in_the_rollup_with_one_audit_event(
    survey_a: Survey, client_for: Any
) -> None:
    today = timezone.localdate()
    rows = [[today.strftime("%d-%m-%Y"), 4, 3, 3, 4, 3, 4, 4, 3, 2, "20–29 tahun", "P", "s1",
             "pns", "Imunisasi Dasar"],
            [today - datetime.timedelta(days=1), 2, 2, 2, 2, 2, 2, 2, 2, 2]]
    client = client_for("operator_a")

    template = client.get(reverse("surveys:import_template", args=[survey_a.pk]))
    response = client.post(reverse("surveys:survey_import", args=[survey_a.pk]),
                           {"file": _xlsx(rows)})

    assert template.content.startswith(b"PK")
    assert response.status_code == 302
    assert valid_count(survey_a) == 2 and tally_count(survey_a) == 2
    with scopes_disabled():
        assert survey_result(survey=survey_a).score == skm.from_answers(
            [r[1:10] for r in rows])
        assert AuditEvent.objects.filter(action="surveys.response.imported").count() == 1
        assert SurveyDailyTally.objects.filter(survey=survey_a).count() == 2


def _wording(question: str) -> dict[str, str]:
    data = {f"q{i}": f"Pertanyaan {i}" for i in range(1, 10)}
    data.update({f"a{i}_{v}": f"Label {v}" for i in range(1, 10) for v in range(1, 5)})
    data["q1"] = question
    return data


def test_the_questionnaire_is_frozen_once_answered_and_the_form_uses_the_surveys_version(
    survey_a: Survey, survey_b: Survey, client_for: Any
) -> None:
    client = client_for("evaluator")
    url = reverse("surveys:questionnaire")

    client.post(url, _wording("Apakah persyaratannya jelas?"))
    with scopes_disabled():
        first = SurveyQuestionnaire.objects.get()
        assert Survey.objects.get(pk=survey_a.pk).questionnaire == first
    assert "Apakah persyaratannya jelas?" in client.get(form_url(survey_a)).content.decode()
    submit_direct(survey_a, [4] * 9)
    client.post(url, _wording("Persyaratan mudah dipenuhi?"))
    empty = client.post(url, _wording(""))

    with scopes_disabled():
        assert SurveyQuestionnaire.objects.count() == 2
        assert Survey.objects.get(pk=survey_a.pk).questionnaire == first
        assert Survey.objects.get(pk=survey_b.pk).questionnaire.version == 2
    assert "Apakah persyaratannya jelas?" in client.get(form_url(survey_a)).content.decode()
    assert "Persyaratan mudah dipenuhi?" in client.get(form_url(survey_b)).content.decode()
    assert "Pertanyaan U1 wajib diisi." in empty.content.decode()
