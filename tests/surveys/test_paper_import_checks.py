"""The paper-survey import as a new user meets it: dates, repeated files, typed profile values and
the template's drop-down lists."""

from __future__ import annotations

import datetime
import html
import io
from typing import Any

import openpyxl
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.paper_sheet import HEADERS
from pantau.surveys.services.paper_import import paper_import
from tests.personas import World
from tests.planner_statistics import has_planner_statistics
from tests.surveys.conftest import make_survey, tally_count, valid_count

FOURS = [4] * 9


def _xlsx(rows: list[list[Any]], *, shuffle_blank: bool = False) -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Formulir"
    sheet.append(list(HEADERS))
    for row in rows:
        sheet.append(row)
        if shuffle_blank:
            sheet.append([])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _post(client: Client, survey: Survey, content: bytes, name: str = "kertas.xlsx") -> Any:
    return client.post(reverse("surveys:survey_import", args=[survey.pk]),
                       {"file": SimpleUploadedFile(name, content)})


def _page(response: Any) -> str:
    return html.unescape(response.content.decode())


def _day(value: datetime.date) -> str:
    return value.strftime("%d-%m-%Y")


def test_a_row_dated_after_today_is_refused_and_nothing_is_stored(
    survey_a: Survey, client_for: Any
) -> None:
    today = timezone.localdate()
    tomorrow = today + datetime.timedelta(days=1)  # still inside the survey's period
    rows = [[today, *FOURS], [_day(tomorrow), *FOURS]]

    response = _post(client_for("operator_a"), survey_a, _xlsx(rows))

    assert response.status_code == 200
    assert (f"Baris 3: tanggal {_day(tomorrow)} belum terjadi (hari ini {_day(today)})"
            in _page(response))
    assert valid_count(survey_a) == 0 and tally_count(survey_a) == 0


def test_today_is_the_pemdas_own_day_not_the_servers(
    world: World, client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 23:30 in Jakarta (the server's zone) is already 00:30 the next day in Makassar (WITA).
    moment = datetime.datetime(2026, 11, 23, 16, 30, tzinfo=datetime.UTC)
    monkeypatch.setattr(timezone, "now", lambda: moment)
    survey = make_survey(world.unit_other)
    wita_today = datetime.date(2026, 11, 24)
    client = client_for("other_admin")

    refused = _post(client, survey, _xlsx([[_day(wita_today + datetime.timedelta(days=1)),
                                            *FOURS]]))
    accepted = _post(client, survey, _xlsx([[_day(wita_today), *FOURS]]))

    # Outside a web request (no user's zone active: a task or a script) it is the same day.
    with scopes_disabled():
        survey = Survey.objects.select_related("region").get(pk=survey.pk)
    with scope(region=survey.region_id):
        written = paper_import(actor=world.user("other_admin"), survey=survey,
                               workbook=openpyxl.load_workbook(io.BytesIO(_xlsx(
                                   [[_day(wita_today), *[3] * 9]]))))

    assert "Baris 2: tanggal 25-11-2026 belum terjadi (hari ini 24-11-2026)" in _page(refused)
    assert accepted.status_code == 302
    assert written == 1
    with scopes_disabled():
        assert list(SurveyResponse.objects.filter(survey=survey).values_list("day", flat=True)) \
            == [wita_today, wita_today]


def test_a_row_outside_the_survey_period_is_refused(world: World, client_for: Any) -> None:
    today = timezone.localdate()
    ended = make_survey(world.unit_a, starts_on=today - datetime.timedelta(days=20),
                        ends_on=today - datetime.timedelta(days=10))
    before = today - datetime.timedelta(days=21)
    after = today - datetime.timedelta(days=9)
    rows = [[_day(today - datetime.timedelta(days=15)), *FOURS], [before, *FOURS],
            [after, *FOURS]]

    page = _page(_post(client_for("operator_a"), ended, _xlsx(rows)))

    assert f"Baris 3: tanggal {_day(before)} di luar masa survei" in page
    assert f"Baris 4: tanggal {_day(after)} di luar masa survei" in page
    assert valid_count(ended) == 0 and tally_count(ended) == 0


def test_the_same_file_imported_twice_is_refused_the_second_time(
    survey_a: Survey, client_for: Any
) -> None:
    today = timezone.localdate()
    rows = [[today, *FOURS], [today, *FOURS], [today - datetime.timedelta(days=1), *[2] * 9]]
    content = _xlsx(rows)
    client = client_for("operator_a")

    first = _post(client, survey_a, content)
    second = _post(client, survey_a, content, name="kertas (1).xlsx")
    resaved = _post(client, survey_a, _xlsx(list(reversed(rows)), shuffle_blank=True))

    assert first.status_code == 302
    for again in (second, resaved):
        assert again.status_code == 200
        assert "Berkas ini sudah pernah diimpor ke survei ini" in _page(again)
    assert valid_count(survey_a) == 3 and tally_count(survey_a) == 3
    with scopes_disabled():
        assert AuditEvent.objects.filter(action="surveys.response.imported").count() == 1


def test_the_same_file_may_still_be_imported_into_another_survey(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    second_survey = make_survey(world.unit_a, title="SKM 2026 gelombang 2")
    content = _xlsx([[timezone.localdate(), *FOURS]])
    client = client_for("operator_a")

    assert _post(client, survey_a, content).status_code == 302
    assert _post(client, second_survey, content).status_code == 302
    assert valid_count(survey_a) == 1 and valid_count(second_survey) == 1


def test_two_different_files_sharing_an_identical_row_both_import(
    survey_a: Survey, client_for: Any
) -> None:
    today = timezone.localdate()
    shared = [today, *FOURS]
    client = client_for("operator_a")

    first = _post(client, survey_a, _xlsx([shared, [today, *[3] * 9]]))
    second = _post(client, survey_a, _xlsx([shared, [today, *[1] * 9]]))
    only_shared = _post(client, survey_a, _xlsx([shared]))

    assert [first.status_code, second.status_code, only_shared.status_code] == [302, 302, 302]
    assert valid_count(survey_a) == 5 and tally_count(survey_a) == 5


def test_profile_values_typed_with_hyphens_spaces_or_another_case_are_stored_canonically(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    today = timezone.localdate()
    rows = [
        [today, *FOURS, "20-29 tahun", "laki - laki", "d1-d3", "PNS/TNI/Polri",
         "  imunisasi   DASAR "],
        [today, *FOURS, "30 — 39  TAHUN", "Perempuan", "D1 – D3", "pegawai  swasta"],
    ]

    response = _post(client_for("operator_a"), survey_a, _xlsx(rows))

    assert response.status_code == 302
    with scopes_disabled():
        stored = list(SurveyResponse.objects.filter(survey=survey_a).order_by("age_band")
                      .values_list("age_band", "sex", "education", "occupation", "product_id"))
    assert stored == [("20_29", "L", "d3", "pns", world.product_a.pk),
                      ("30_39", "P", "d3", "swasta", None)]


def test_an_unknown_profile_value_is_still_refused_with_the_accepted_values(
    survey_a: Survey, client_for: Any
) -> None:
    today = timezone.localdate()
    rows = [[today, *FOURS, "20-29", None, "D5"], [today, *FOURS, None, None, None, None, "Gizi"]]

    page = _page(_post(client_for("operator_a"), survey_a, _xlsx(rows)))

    assert "Usia “20-29” tidak dikenal (pilih salah satu: Di bawah 20 tahun, 20–29 tahun" in page
    assert "Pendidikan “D5” tidak dikenal (pilih salah satu: SD ke bawah, SMP, SMA/SMK, D1–D3" \
        in page
    assert "Baris 3: layanan “Gizi” bukan layanan unit ini (pilih salah satu: Imunisasi Dasar)" \
        in page
    assert valid_count(survey_a) == 0


def _list_values(book: Any, formula: str) -> list[str]:
    if formula.startswith('"'):
        return formula.strip('"').split(",")
    sheet_name, cells = formula.split("!")
    return [str(cell.value) for row in book[sheet_name][cells.replace("$", "")]
            for cell in row]


def test_the_template_offers_drop_down_lists_for_answers_profile_and_service(
    survey_a: Survey, client_for: Any
) -> None:
    content = client_for("operator_a").get(
        reverse("surveys:import_template", args=[survey_a.pk])).content
    book = openpyxl.load_workbook(io.BytesIO(content))
    sheet = book["Formulir"]
    lists: dict[str, list[str]] = {}
    for validation in sheet.data_validations.dataValidation:
        assert validation.type == "list"
        for cell_range in validation.sqref.ranges:
            assert cell_range.min_row == 2 and cell_range.max_row >= 1000
            for column in range(cell_range.min_col, cell_range.max_col + 1):
                lists[str(sheet.cell(1, column).value)] = _list_values(book, validation.formula1)

    assert [cell.value for cell in sheet[1]] == list(HEADERS)
    for code in (f"U{index}" for index in range(1, 10)):
        assert lists[code] == ["1", "2", "3", "4"]
    assert lists["Usia"][:2] == ["Di bawah 20 tahun", "20–29 tahun"]
    assert lists["Jenis kelamin"] == ["Laki-laki", "Perempuan"]
    assert "D1–D3" in lists["Pendidikan"]
    assert "PNS/TNI/Polri" in lists["Pekerjaan"]
    assert lists["Layanan"] == ["Imunisasi Dasar"]
    assert "Tanggal" not in lists


def test_a_bulk_paper_import_leaves_planner_statistics(
    survey_a: Survey, client_for: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pantau.dbstats.BULK_ROWS", 2)  # a real bulk import: 5 000 rows
    today = timezone.localdate()

    _post(client_for("operator_a"), survey_a, _xlsx([[today, *FOURS], [today, *FOURS]]))

    assert valid_count(survey_a) == 2 and has_planner_statistics(SurveyResponse)
