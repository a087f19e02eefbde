"""The PEKPPP gap list: ``pekppp.gaps`` ranks each unit's indicators below 5 by what they add to
its evaluator index (F-02); the Pemda gain is that unit's index blended again
(``pekppp.unit_index``) and the Pemda mean recomputed (``pekppp.region_index``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pantau.compliance.selectors.gaps.rows import (
    GapList,
    actions_by_gap,
    category_key,
    next_band,
    with_ranks,
)
from pantau.compliance.selectors.predictions import (
    PekpppRegionPrediction,
    PekpppUnitPrediction,
    pekppp_prediction,
)
from pantau.scoring import pekppp
from pantau.scoring.definitions.pekppp import PekpppMethod
from pantau.scoring.methods import Band


def pekppp_gap_list(*, region: Any, year: int,
                    prediction: PekpppRegionPrediction | None = None) -> GapList:
    """Every indicator below 5 of every KemenPAN-RB lokus unit, ranked by the Pemda index it
    gains alone (then by the unit index it gains, unit, indicator order), with the next grade
    up and the number of top gaps that reach it together."""
    found = prediction or pekppp_prediction(region=region, year=year)
    method, instrument = found.method, found.instrument
    if method is None or instrument is None or not found.units or found.index is None:
        return GapList(found.assessor, year, found, (), None, None)
    pemda = _Pemda(found, method)
    rows = []
    for place, unit in enumerate(found.units):
        where = {row.indicator.code: (aspect, row)
                 for aspect in unit.aspects for row in aspect.indicators}
        for gap in pekppp.gaps(unit.answers(), year, method=method):
            aspect, row = where[gap.code]
            gain = pemda.with_unit(place, found.unit_index_with(
                unit, unit.evaluator_index + gap.points)) - pemda.index
            rows.append((unit.unit, aspect.code, aspect.name, row, method.answer_max, gain,
                         gap.points))
    order = {row.indicator.pk: n for n, row in enumerate(
        r for a in found.units[0].aspects for r in a.indicators)}
    rows.sort(key=lambda r: (-r[5], -r[6], r[0].name, order[r[3].indicator.pk]))
    assert found.result is not None
    target = next_band(method, found.result.grade)
    fixes = pemda.fixes_to_reach(target, rows) if target is not None else None
    actions = actions_by_gap(region=region, year=year, instrument=instrument)
    return GapList(found.assessor, year, found, with_ranks(rows, fixes, actions), target, fixes)


class _Pemda:
    """The unit indices kept, so one unit's change recomputes only the Pemda mean."""

    def __init__(self, found: PekpppRegionPrediction, method: PekpppMethod) -> None:
        self.found, self.method = found, method
        self.indices = [u.index for u in found.units]
        assert found.index is not None
        self.index = found.index
        self._memo: dict[tuple[int, Decimal], Decimal] = {}

    def with_unit(self, place: int, index: Decimal) -> Decimal:
        key = (place, index)
        if key not in self._memo:
            changed = [*self.indices[:place], index, *self.indices[place + 1:]]
            self._memo[key] = pekppp.region_index(changed)
        return self._memo[key]

    def fixes_to_reach(self, target: Band, rows: list[tuple[Any, ...]]) -> int | None:
        """The fewest top rows whose indicators, raised to 5 together, give the target grade
        or better: the unit's F-02 index recomputed, blended, and the Pemda mean."""
        grades = [category_key(b) for b in self.method.bands]
        wanted = grades.index(category_key(target))
        answers = {u.unit.pk: u.answers() for u in self.found.units}
        places = {u.unit.pk: n for n, u in enumerate(self.found.units)}
        indices = list(self.indices)
        year = self.found.year
        for count, (unit, _code, _name, row, top, _points, _unit_points) in enumerate(rows, 1):
            answers[unit.pk][row.indicator.code] = Decimal(top)
            own: PekpppUnitPrediction = self.found.units[places[unit.pk]]
            evaluator = pekppp.index(answers[unit.pk], year, method=self.method)
            indices[places[unit.pk]] = self.found.unit_index_with(own, evaluator)
            grade = pekppp.classify(pekppp.region_index(indices), year, method=self.method).grade
            if grades.index(grade) <= wanted:
                return count
        return None
