"""SKM pages as the personas see them: questionnaire styling, follow-up edit buttons and export
filter, plain response ids, the survey list's paging and filters, the results period, the public
form's missing-answers banner and the raw-response export's content."""

from __future__ import annotations

import datetime
import io
import re
from typing import Any

import openpyxl
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.surveys.models import Survey, SurveyFollowUp, SurveyResponse
from pantau.tenancy.models import ServiceUnit
from tests.personas import World
from tests.surveys.conftest import (
    ALL_FOUR,
    answers_post,
    form_url,
    load_token,
    make_survey,
    submit_direct,
)


def _followup(survey: Survey, action: str, status: str) -> SurveyFollowUp:
    with scopes_disabled():
        return SurveyFollowUp.objects.create(
            region_id=survey.region_id, survey=survey, unit_id=survey.unit_id, element=3,
            action=action, owner="Kepala UPT", due_on=datetime.date(2026, 9, 30), status=status,
        )


def _rows(content: bytes) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(io.BytesIO(content)).active.values)


# 1. questionnaire ---------------------------------------------------------------------------


def test_the_questionnaire_fields_are_styled_tall_and_headed_once(client_for: Any) -> None:
    page = client_for("evaluator").get(reverse("surveys:questionnaire")).content.decode()

    question = re.search(r"<textarea[^>]*name=\"q1\"[^>]*>", page)
    answer = re.search(r"<input[^>]*name=\"a1_1\"[^>]*>", page)
    assert question and 'class="form-control"' in question.group(0)
    assert 'rows="3"' in question.group(0)
    assert answer and 'class="form-control"' in answer.group(0)
    assert page.count("U1. Persyaratan") == 1


# 2. and 3. follow-ups -----------------------------------------------------------------------


def test_only_those_who_may_edit_a_followup_see_its_edit_button(
    survey_a: Survey, client_for: Any
) -> None:
    followup = _followup(survey_a, "Tambah petugas loket", "rencana")
    edit = reverse("surveys:followup_update", args=[followup.pk])
    listing = reverse("surveys:followup_list")

    pages = {persona: client_for(persona).get(listing).content.decode()
             for persona in ("operator_a", "evaluator", "leader", "assessor")}

    assert edit in pages["operator_a"] and edit in pages["evaluator"]
    for reader in ("leader", "assessor"):
        assert "Tambah petugas loket" in pages[reader]
        assert edit not in pages[reader]


def test_the_followup_export_keeps_the_lists_status_filter(
    survey_a: Survey, client_for: Any
) -> None:
    _followup(survey_a, "Tambah petugas loket", "rencana")
    _followup(survey_a, "Perbaiki ruang tunggu", "selesai")
    client = client_for("evaluator")

    listing = client.get(reverse("surveys:followup_list"), {"status": "selesai"}).content.decode()
    link = re.search(r'href="([^"]*tindak-lanjut\.xlsx[^"]*)"', listing)
    assert link and link.group(1).endswith("?status=selesai")
    export = client.get(link.group(1))
    everything = _rows(client.get(reverse("surveys:followups_xlsx")).content)

    actions = [row[5] for row in _rows(export.content)]
    assert "Perbaiki ruang tunggu" in actions and "Tambah petugas loket" not in actions
    assert "selesai" in export["Content-Disposition"]
    assert any(row[0] == "Status: Selesai" for row in _rows(export.content))
    assert {"Perbaiki ruang tunggu", "Tambah petugas loket"} <= {row[5] for row in everything}


# 4. ids -------------------------------------------------------------------------------------


def test_response_ids_show_without_thousands_separators(
    survey_a: Survey, client_for: Any
) -> None:
    response = submit_direct(survey_a, ALL_FOUR)
    with scopes_disabled():
        SurveyResponse.objects.filter(pk=response.pk).update(id=100017)

    page = client_for("evaluator").get(
        reverse("surveys:response_list", args=[survey_a.pk])).content.decode()

    assert "<td>100017</td>" in page and "100.017" not in page


# 5. survey list -----------------------------------------------------------------------------


def _many_surveys(unit: ServiceUnit, count: int, **extra: Any) -> None:
    today = timezone.localdate()
    with scopes_disabled():
        Survey.objects.bulk_create([
            Survey(region_id=unit.region_id, unit=unit, title=f"SKM {unit.name} ke-{number}",
                   starts_on=today - datetime.timedelta(days=400 + number),
                   ends_on=today - datetime.timedelta(days=200), **extra)
            for number in range(count)
        ])


def _titles(page: str) -> list[str]:
    return re.findall(r'/survei/\d+/">([^<]+)</a>', page)


def test_the_survey_list_pages_by_fifty_and_keeps_the_filters(
    world: World, client_for: Any
) -> None:
    _many_surveys(world.unit_a, 60)
    client = client_for("evaluator")
    url = reverse("surveys:survey_list")

    first = client.get(url, {"status": "aktif"}).content.decode()
    second = client.get(url, {"status": "aktif", "halaman": 2}).content.decode()

    assert len(_titles(first)) == 50 and len(_titles(second)) == 10
    assert "status=aktif&amp;halaman=2" in first
    assert "Menampilkan 1–50 dari 60 survei" in first
    assert not set(_titles(first)) & set(_titles(second))


def test_the_survey_list_filters_by_opd_status_and_text(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    _many_surveys(world.unit_b, 2)
    old = make_survey(world.unit_a, title="SKM lama Puskesmas", is_active=False)
    client = client_for("evaluator")
    url = reverse("surveys:survey_list")

    by_opd = _titles(client.get(url, {"opd": world.opd_b.pk}).content.decode())
    running = _titles(client.get(url, {"status": "berjalan"}).content.decode())
    inactive = _titles(client.get(url, {"status": "nonaktif"}).content.decode())
    by_text = _titles(client.get(url, {"q": "loket"}).content.decode())

    assert sorted(by_opd) == [f"SKM {world.unit_b.name} ke-{n}" for n in range(2)]
    assert running == [survey_a.title]  # the unit B ones ended long ago
    assert inactive == [old.title]
    assert sorted(by_text) == sorted(by_opd)  # "Loket Layanan Disdik"


def test_an_operator_never_sees_another_opds_surveys(
    world: World, survey_a: Survey, survey_b: Survey, client_for: Any
) -> None:
    url = reverse("surveys:survey_list")
    client = client_for("operator_a")

    forced = client.get(url, {"opd": world.opd_b.pk}).content.decode()
    searched = client.get(url, {"q": "Loket"}).content.decode()

    assert survey_b.title not in forced and survey_a.title in forced
    assert "Pilih OPD dari daftar." in forced
    assert survey_b.title not in searched
    assert "Tidak ada survei yang cocok dengan saringan." in searched


# 6. results period --------------------------------------------------------------------------


def test_the_results_form_shows_the_year_being_shown(world: World, client_for: Any) -> None:
    year = timezone.localdate().year
    client = client_for("leader")

    plain = client.get(reverse("surveys:results")).content.decode()
    one_opd = client.get(reverse("surveys:results"), {"opd": world.opd_a.pk}).content.decode()

    for page in (plain, one_opd):
        field = re.search(r'<input[^>]*name="tahun"[^>]*>', page)
        assert field and f'value="{year}"' in field.group(0)
        assert "form-control" in field.group(0)


# 7. public form banner ----------------------------------------------------------------------


def test_the_public_banner_names_the_unanswered_elements(survey_a: Survey, client: Any) -> None:
    data = answers_post(load_token(client, survey_a))
    del data["u3"], data["u7"]

    page = client.post(form_url(survey_a), data).content.decode()
    banner = page[page.index('role="alert"'):page.index("</div>", page.index('role="alert"'))]

    assert "Belum dijawab:" in banner
    assert '<a class="alert-link d-inline-block py-2" href="#soal-U3">U3 Waktu penyelesaian</a>' \
        in banner
    assert 'href="#soal-U7">U7 Perilaku pelaksana</a>' in banner
    assert "U1 " not in banner
    assert 'aria-describedby="galat-U3"' in page


# 8. raw-response export ---------------------------------------------------------------------


def test_the_raw_export_keeps_every_column(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    answered = submit_direct(survey_a, (1, 2, 3, 4, 1, 2, 3, 4, 1),
                             profile={"sex": "P", "age_band": "60p"},
                             product=world.product_a.pk, comment="+62 antre lama")
    plain = submit_direct(survey_a, ALL_FOUR)
    with scopes_disabled():
        SurveyResponse.objects.filter(pk=plain.pk).update(is_valid=False,
                                                          invalid_reason="Isian ganda")

    rows = _rows(client_for("evaluator").get(
        reverse("surveys:responses_xlsx", args=[survey_a.pk])).content)
    header = rows.index(next(row for row in rows if row and row[0] == "No."))
    people = {row[0]: row for row in rows[header + 1:]}
    full, blank = people[answered.pk], people[plain.pk]
    local = timezone.localtime(answered.submitted_at).replace(tzinfo=None)

    assert full[2:11] == (1, 2, 3, 4, 1, 2, 3, 4, 1)
    assert full[11:18] == ("60 tahun ke atas", "Perempuan", None, None, "Imunisasi Dasar",
                           "'+62 antre lama", "ya")
    assert abs(full[1] - local) < datetime.timedelta(seconds=1)  # the Pemda's clock
    assert blank[11:] == (None, None, None, None, None, None, "tidak", "Isian ganda")
