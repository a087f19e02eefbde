from __future__ import annotations

import datetime
from typing import Any

from django.urls import reverse
from django.utils import timezone, translation
from django_scopes import scope, scopes_disabled

from pantau.scoring import skm
from pantau.surveys.models import Survey
from pantau.surveys.selectors.results import period_results, region_ikm, unit_trend, year_window
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct

ANSWERS_A = [(4, 3, 3, 4, 3, 4, 4, 3, 2), (3, 3, 2, 4, 3, 3, 4, 3, 1), (4, 4, 4, 4, 4, 4, 4, 4, 4)]
ANSWERS_B = [(2, 2, 3, 3, 2, 2, 3, 2, 2), (3, 2, 2, 4, 3, 3, 3, 2, 1)]


def _fill(survey_a: Survey, survey_b: Survey) -> None:
    for answers in ANSWERS_A:
        submit_direct(survey_a, answers)
    for answers in ANSWERS_B:
        submit_direct(survey_b, answers, comment="Petugas bernama Joko kasar")


def test_period_results_per_opd_and_pemda_match_the_scoring(
    world: World, survey_a: Survey, survey_b: Survey
) -> None:
    _fill(survey_a, survey_b)
    window = year_window(timezone.localdate().year)
    leader, operator_b = world.user("leader"), world.user("operator_b")
    leader.membership = world.memberships["leader"]  # as the middleware does
    operator_b.membership = world.memberships["operator_b"]
    with scope(region=world.region_a.pk):
        results = period_results(user=leader, window=window)
        pemda = region_ikm(region=world.region_a, window=window)
        own = period_results(user=operator_b, window=window)

    expected = skm.from_answers(ANSWERS_A + ANSWERS_B)
    assert results.total.score == expected == pemda.score
    by_agency = {line.agency.short_name: line for line in results.agencies}
    assert by_agency["Dinkes"].result.score == skm.from_answers(ANSWERS_A)
    assert by_agency["Disdik"].result.score == skm.from_answers(ANSWERS_B)
    assert by_agency["Dinkes"].result.weakest[0].element.code == "U9"
    assert [line.agency.short_name for line in own.agencies] == ["Disdik"]
    assert not own.whole_region


def test_a_window_outside_the_responses_is_empty_and_the_trend_splits_semesters(
    world: World,
) -> None:
    survey = make_survey(world.unit_a, starts_on=datetime.date(2025, 1, 1),
                         ends_on=datetime.date(2026, 12, 31))
    moment = datetime.datetime(2025, 3, 1, 9, tzinfo=datetime.UTC)
    submit_direct(survey, [4] * 9, submitted_at=moment)
    submit_direct(survey, [2] * 9, submitted_at=moment.replace(month=8))
    leader = world.user("leader")
    leader.membership = world.memberships["leader"]
    with scope(region=world.region_a.pk):
        empty = period_results(user=leader, window=year_window(2024))
        trend = unit_trend(unit=world.unit_a)

    assert empty.total.score is None and empty.agencies == ()
    assert [(p.window.label, p.result.score.ikm) for p in trend if p.result.score] == [
        ("Semester I 2025", skm.from_answers([[4] * 9]).ikm),
        ("Semester II 2025", skm.from_answers([[2] * 9]).ikm),
    ]


def test_results_pages_render_with_indonesian_numbers(
    world: World, survey_a: Survey, survey_b: Survey, client_for: Any
) -> None:
    _fill(survey_a, survey_b)
    client = client_for("leader")
    year = timezone.localdate().year

    page = client.get(reverse("surveys:results"), {"tahun": year}).content.decode()
    unit = client.get(reverse("surveys:unit_results", args=[world.unit_a.pk])).content.decode()
    bad = client.get(reverse("surveys:results"), {"dari": "2026-05-01", "sampai": "2026-01-01"})

    ikm = str(skm.from_answers(ANSWERS_A + ANSWERS_B).ikm).replace(".", ",")
    assert ikm in page and "Dinas Kesehatan" in page and "skm-results-data" in page
    assert "skm-trend-data" in unit
    assert "Tanggal akhir tidak boleh sebelum tanggal awal." in bad.content.decode()


def test_the_public_page_shows_each_units_latest_result_without_personal_data(
    world: World, survey_a: Survey, survey_b: Survey, survey_other: Survey, client_for: Any
) -> None:
    _fill(survey_a, survey_b)
    submit_direct(survey_other, [1] * 9)
    with scopes_disabled():
        old = make_survey(world.unit_a, title="SKM lama", starts_on=datetime.date(2020, 1, 1),
                          ends_on=datetime.date(2020, 12, 31))
    assert old.pk

    page = client_for("anonymous").get(
        reverse("surveys:publication", args=["kabupaten-contoh"])).content.decode()

    assert "Puskesmas Sukamaju" in page and "Loket Layanan Disdik" in page
    assert str(skm.from_answers(ANSWERS_A).score).replace(".", ",") in page
    assert str(skm.from_answers(ANSWERS_A + ANSWERS_B).score).replace(".", ",") in page
    assert "Joko" not in page and "Terminal Kota Lain" not in page and "SKM lama" not in page
    assert client_for("anonymous").get("/publik/tidak-ada/skm/").status_code == 404


def test_a_withdrawn_survey_does_not_replace_the_published_result(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    """A survey switched off (a test, a mistake) leaves the public page; the unit's real survey
    stays, marked as still running and short of its minimum sample."""
    for answers in ANSWERS_A:
        submit_direct(survey_a, answers)
    withdrawn = make_survey(world.unit_a, title="SKM uji coba", is_active=False,
                            starts_on=timezone.localdate(), ends_on=survey_a.ends_on
                            + datetime.timedelta(days=60))
    with scopes_disabled():
        Survey.objects.filter(pk=withdrawn.pk).update(is_active=True)
    submit_direct(withdrawn, [4] * 9)
    with scopes_disabled():
        Survey.objects.filter(pk=withdrawn.pk).update(is_active=False)

    page = client_for("anonymous").get(
        reverse("surveys:publication", args=["kabupaten-contoh"])).content.decode()

    assert str(skm.from_answers(ANSWERS_A).score).replace(".", ",") in page
    assert "100,00" not in page
    assert "masih berjalan" in page and "sampel belum cukup" in page  # 3 of at least 80


def test_the_profile_breakdown_counts_groups_with_their_ikm(
    survey_a: Survey, client_for: Any
) -> None:
    submit_direct(survey_a, [4] * 9, profile={"sex": "P", "age_band": "20_29"})
    submit_direct(survey_a, [2] * 9, profile={"sex": "L", "age_band": "20_29"})
    submit_direct(survey_a, [3] * 9, profile={"sex": "P"})

    page = client_for("operator_a").get(
        reverse("surveys:survey_profile", args=[survey_a.pk])).content.decode()

    assert "Perempuan" in page and "Laki-laki" in page and "Tidak diisi" in page
    assert "66,67" in page  # 2 of 3 are women
    assert str(skm.from_answers([[4] * 9, [3] * 9]).score).replace(".", ",") in page  # IKM 25–100


def test_the_report_pdf_per_unit_and_per_opd(survey_a: Survey, world: World,
                                             client_for: Any) -> None:
    submit_direct(survey_a, (4, 3, 3, 4, 3, 4, 4, 3, 2))
    client = client_for("head_a")

    unit = client.get(reverse("surveys:survey_report", args=[survey_a.pk]))
    opd = client.get(reverse("surveys:agency_report", args=[world.opd_a.pk]))

    assert unit["Content-Type"] == "application/pdf" and unit.content.startswith(b"%PDF")
    assert opd.content.startswith(b"%PDF")


def test_period_names_follow_the_interface_language() -> None:
    with translation.override("id"):
        assert [year_window(2026, half).label for half in (None, 1, 2)] == [
            "Tahun 2026", "Semester I 2026", "Semester II 2026"]
    with translation.override("en"):
        assert year_window(2026).label == "Year 2026"
