"""The gap list of the predicted Pemda figure: ranked by what fixing one indicator alone adds,
with the next category up and how many top gaps reach it, added up by hand to the cent."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from django_scopes import scope

from pantau.compliance.models import Answer, Assessor, Instrument
from pantau.compliance.selectors.gaps import ombudsman_gap_list, pekppp_gap_list, visible
from pantau.scoring import pekppp
from tests.compliance.prediction_data import answer, lokus_of, small_ombudsman
from tests.personas import World

pytestmark = pytest.mark.django_db
YEAR = 2023


@pytest.fixture
def in_a(world: World) -> Any:
    with scope(region=world.region_a.pk):
        yield world


def _worked_example(world: World) -> Instrument:
    """Unit A 55,87 (input 12,75, proses 16,19, output 16,16, pengaduan 10,77), unit B 100,00:
    the Pemda 77,94, C, one cent below B (see test_predictions)."""
    instrument = small_ombudsman(world.region_a)
    lokus_of(world.region_a, YEAR, Assessor.OMBUDSMAN, [world.unit_a, world.unit_b])
    for code, score in (("i1", 3), ("i2", 2), ("i3", 1), ("p1", 3), ("o1", 2), ("g1", 3),
                        ("g2", 1)):
        answer(world.unit_a, instrument, code, YEAR, operator=score)
    for indicator in instrument.indicators.all():
        answer(world.unit_b, instrument, indicator.code, YEAR, operator=3)
    return instrument


def test_gaps_are_ranked_by_the_pemda_points_each_fix_alone_gains(in_a: World) -> None:
    _worked_example(in_a)

    found = ombudsman_gap_list(region=in_a.region_a, year=YEAR)

    # p2 0→3: proses 32,37, unit 72,05, Pemda 86,025 → 86,03: +8,09
    # g2 1→3: pengaduan 21,54, unit 66,64, Pemda 83,32: +5,38
    # o1 2→3: output 24,24, unit 63,95, Pemda 81,975 → 81,98: +4,04
    # i3 1→3: input 21,85 × 11/12 = 20,03, unit 63,15, Pemda 81,575 → 81,58: +3,64
    # i2 2→3: input 21,85 × 8/12 = 14,57, unit 57,69, Pemda 78,845 → 78,85: +0,91
    assert [(r.rank, r.indicator.code, r.score, r.points) for r in found.rows] == [
        (1, "p2", Decimal(0), Decimal("8.09")), (2, "g2", Decimal(1), Decimal("5.38")),
        (3, "o1", Decimal(2), Decimal("4.04")), (4, "i3", Decimal(1), Decimal("3.64")),
        (5, "i2", Decimal(2), Decimal("0.91"))]
    assert all(r.unit == in_a.unit_a for r in found.rows)
    assert found.rows[0].row.answer is None  # p2 was never answered
    # Any one fix lifts 77,94 to B (≥ 78,00).
    assert found.target is not None and found.target_name == "B (Kualitas Tinggi)"
    assert found.fixes == 1 and [r.in_fix_set for r in found.rows] == [True] + [False] * 4


def test_a_pemda_in_the_top_category_has_no_target(in_a: World) -> None:
    instrument = small_ombudsman(in_a.region_a)
    lokus_of(in_a.region_a, YEAR, Assessor.OMBUDSMAN, [in_a.unit_a])
    for indicator in instrument.indicators.all():
        answer(in_a.unit_a, instrument, indicator.code, YEAR,
               operator=2 if indicator.code == "i1" else 3)

    found = ombudsman_gap_list(region=in_a.region_a, year=YEAR)

    # i1 at 2: input 21,85 × 11/12 = 20,03, unit 98,18: A already.
    assert found.prediction.score == Decimal("98.18")
    assert [r.points for r in found.rows] == [Decimal("1.82")]
    assert found.target is None and found.fixes is None


def test_an_operator_reads_only_the_gaps_of_their_own_opd(in_a: World) -> None:
    instrument = _worked_example(in_a)
    answer(in_a.unit_b, instrument, "i1", YEAR + 1)  # not this year's
    Answer.objects.filter(unit=in_a.unit_b, year=YEAR, indicator__code="o1").update(
        operator_score=1)

    rows = ombudsman_gap_list(region=in_a.region_a, year=YEAR).rows

    for persona in ("operator_a", "operator_b", "leader", "evaluator"):
        in_a.user(persona).membership = in_a.memberships[persona]  # as the middleware sets it
    units = {r.unit for r in rows}
    assert units == {in_a.unit_a, in_a.unit_b}
    assert {r.unit for r in visible(rows, user=in_a.user("operator_a"))} == {in_a.unit_a}
    assert {r.unit for r in visible(rows, user=in_a.user("operator_b"))} == {in_a.unit_b}
    assert len(visible(rows, user=in_a.user("leader"))) == len(rows)
    assert {r.unit for r in visible(rows, user=in_a.user("evaluator"),
                                    agency_id=in_a.opd_b.pk)} == {in_a.unit_b}


def test_the_pekppp_gap_list_gains_as_the_blend_and_mean_say(
    in_a: World, seeded: dict[str, Instrument]
) -> None:
    instrument = seeded["pekppp"]
    lokus_of(in_a.region_a, YEAR, Assessor.KEMENPANRB, [in_a.unit_a, in_a.unit_b])
    for indicator in instrument.indicators.all():
        if indicator.code != "6.a.B":
            answer(in_a.unit_a, instrument, indicator.code, YEAR, operator=5)
        answer(in_a.unit_b, instrument, indicator.code, YEAR, operator=3)

    found = pekppp_gap_list(region=in_a.region_a, year=YEAR)

    # Unit A 4,80 (SKM at 0), unit B 3,00: Pemda 3,90, B. Unit A's SKM to 5: unit 5,00 (+0,20),
    # Pemda (5,00 + 3,00) / 2 = 4,00: +0,10.
    skm = next(r for r in found.rows if r.unit == in_a.unit_a)
    assert (skm.indicator.code, skm.unit_points, skm.points) == (
        "6.a.B", Decimal("0.20"), Decimal("0.10"))
    assert len(found.rows) == 31  # unit B's thirty at 3, unit A's SKM
    assert [r.points for r in found.rows] == sorted((r.points for r in found.rows), reverse=True)
    assert found.target is not None and found.target.grade == "A-"
    # Fixing the first ``fixes`` gaps together reaches A- (≥ 4,01); one fewer does not.
    assert found.fixes is not None

    def pemda_after(count: int) -> Decimal:
        answers = {u.unit.pk: u.answers() for u in found.prediction.units}
        for row in found.rows[:count]:
            answers[row.unit.pk][row.indicator.code] = Decimal(5)
        method = found.prediction.method
        return pekppp.region_index(pekppp.index(a, YEAR, method=method)
                                   for a in answers.values())

    assert pemda_after(found.fixes) >= Decimal("4.01") > pemda_after(found.fixes - 1)
