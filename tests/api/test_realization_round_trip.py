"""Write a realization through the API, read it back, and read the capaian the pages show:
the same selectors compute it, numbers travel as exact decimal strings."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scope

from pantau.performance.selectors.analysis import scorecard
from pantau.performance.selectors.scores import agency_scores
from tests.performance.reporting.conftest import Reporting, events, realizations


def _row_url(rep: Reporting, indicator: Any) -> str:
    return reverse("api:realization_detail", args=[rep.world.opd_a.pk, rep.q1.pk, indicator.pk])


def _numbers_are_strings(data: Any) -> None:
    if isinstance(data, dict):
        for value in data.values():
            _numbers_are_strings(value)
    elif isinstance(data, list):
        for value in data:
            _numbers_are_strings(value)
    else:
        assert not isinstance(data, float), data


def test_a_written_value_is_read_back_and_counted_in_the_capaian(rep: Reporting,
                                                                 api_for: Any) -> None:
    operator = api_for("operator_a")

    written = operator.patch(_row_url(rep, rep.percent), {
        "value": "87.5", "drivers": "Posyandu aktif", "follow_up_plan": "Sweeping imunisasi"},
        format="json")

    assert written.status_code == 200
    assert written.json()["value"] == "87.5"
    assert str(realizations(rep)["IK-A1"]) == "87.5000"
    [event] = events("performance.realization.saved")
    assert event.changes["IK-A1.value"] == [None, "87.5"]
    assert event.actor_id == rep.world.user("operator_a").pk

    row = operator.get(_row_url(rep, rep.percent)).json()
    card = operator.get(reverse("api:agency_score", args=[rep.world.opd_a.pk]),
                        {"periode": rep.q1.pk}).json()

    assert (row["value"], row["drivers"], row["quarter_target"]["counted_value"]) == (
        "87.5", "Posyandu aktif", "85")
    [percent] = [i for i in card["indicators"] if i["indicator"]["code"] == "IK-A1"]
    assert (percent["target"], percent["realization"], percent["achievement"]) == (
        "85", "87.5", "102.94")  # 87,5 / 85 × 100, half-up to 2 decimals
    assert percent["follow_up_plan"] == "Sweeping imunisasi"
    with scope(region=rep.world.region_a.pk):
        expected = scorecard(agency=rep.world.opd_a, period=rep.q1)
    assert card["score"]["achievement"] == str(expected.score.achievement)
    assert card["score"]["completeness"] == str(expected.score.completeness)
    _numbers_are_strings(card)


def test_a_batch_writes_every_row_in_one_audited_save(rep: Reporting, api_for: Any) -> None:
    url = reverse("api:realization_list", args=[rep.world.opd_a.pk, rep.q1.pk])

    response = api_for("head_a").post(url, {"rows": [
        {"indicator": rep.percent.pk, "value": 87.5, "obstacles": "Vaksin terlambat"},
        {"indicator": rep.people.pk, "value": "120"}]}, format="json")

    assert response.status_code == 200
    values = {r["indicator"]["code"]: r["value"] for r in response.json()["results"]}
    assert values == {"IK-A1": "87.5", "IK-A2": "120"}
    assert len(events("performance.realization.saved")) == 1

    ranking = api_for("evaluator").get(reverse("api:score_list"), {"periode": rep.q1.pk}).json()

    with scope(region=rep.world.region_a.pk):
        expected = {s.agency.short_name: s for s in agency_scores(period=rep.q1)}
    [dinkes] = [s for s in ranking["results"] if s["agency"]["short_name"] == "Dinkes"]
    assert dinkes["achievement"] == str(expected["Dinkes"].achievement)
    assert dinkes["rank"] == expected["Dinkes"].rank == 1
    assert Decimal(dinkes["achievement"]) == Decimal("111.47")  # (102.94 + 120.00) / 2
    assert ranking["rule"].startswith("Peringkat menurut capaian OPD")
    _numbers_are_strings(ranking)


def test_patch_changes_only_what_is_sent_and_put_replaces(rep: Reporting, api_for: Any) -> None:
    operator = api_for("operator_a")
    operator.put(_row_url(rep, rep.percent), {"value": "80", "drivers": "A", "obstacles": "B"},
                 format="json")

    patched = operator.patch(_row_url(rep, rep.percent), {"obstacles": "C"}, format="json")

    assert (patched.json()["value"], patched.json()["drivers"],
            patched.json()["obstacles"]) == ("80", "A", "C")

    replaced = operator.put(_row_url(rep, rep.percent), {"value": None}, format="json")

    assert (replaced.json()["value"], replaced.json()["drivers"]) == (None, "")


def test_json_numbers_are_kept_exactly(rep: Reporting, api_for: Any) -> None:
    response = api_for("operator_a").generic(
        "PATCH", _row_url(rep, rep.people), '{"value": 12345678901.2345}',
        content_type="application/json")

    assert response.status_code == 200
    assert response.json()["value"] == "12345678901.2345"
    assert realizations(rep)["IK-A2"] == Decimal("12345678901.2345")


def test_json_numbers_are_parsed_as_decimal_never_as_float() -> None:
    """More digits than a float holds (SQLite itself keeps 15 significant digits; the API must
    not lose any before the database does)."""
    import io

    from pantau.api.fields import DecimalInput
    from pantau.api.parsers import DecimalJSONParser

    parsed = DecimalJSONParser().parse(io.BytesIO(b'{"value": 1234567890123.4567}'))

    assert parsed["value"] == Decimal("1234567890123.4567")
    assert DecimalInput().to_internal_value(parsed["value"]) == Decimal("1234567890123.4567")


def test_an_unchanged_write_is_not_audited_again(rep: Reporting, api_for: Any) -> None:
    operator = api_for("operator_a")
    operator.patch(_row_url(rep, rep.percent), {"value": "80"}, format="json")

    operator.patch(_row_url(rep, rep.percent), {"value": "80.0"}, format="json")

    assert len(events("performance.realization.saved")) == 1
