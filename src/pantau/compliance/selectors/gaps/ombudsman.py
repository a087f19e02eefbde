"""The Ombudsman gap list, from the prediction's own indicator scores: ``ombudsman.gaps`` ranks
them and ``ombudsman.fixes_to_reach`` counts the top gaps that reach the next category."""

from __future__ import annotations

from typing import Any

from pantau.compliance.selectors.gaps.rows import (
    GapList,
    actions_by_gap,
    category_key,
    next_band,
    with_ranks,
)
from pantau.compliance.selectors.predictions import RegionPrediction, ombudsman_prediction
from pantau.scoring import ombudsman


def ombudsman_gap_list(*, region: Any, year: int,
                       prediction: RegionPrediction | None = None) -> GapList:
    """Every indicator below 3 of every lokus unit, ranked by the Pemda points it gains alone,
    with the next category up and the number of top gaps that reach it. Pass ``prediction``
    when the page already holds it; the answers are not read twice."""
    found = prediction or ombudsman_prediction(region=region, year=year)
    method, instrument = found.method, found.instrument
    if method is None or instrument is None or not found.units or found.result is None:
        return GapList(found.assessor, year, found, (), None, None)
    units = found.gap_input()
    ranked = ombudsman.gaps(units, year, method=method)
    target = next_band(method, found.result.category or found.result.label)
    fixes = (ombudsman.fixes_to_reach(units, year, category_key(target), method=method,
                                      ranked=ranked) if target is not None else None)
    by_name = {u.unit.name: u for u in found.units}
    top = int(method.indicator_max)
    rows = []
    for gap in ranked:
        unit = by_name[gap.unit]
        dimension = next(d for d in unit.dimensions if d.code == gap.dimension)
        rows.append((unit.unit, dimension.code, dimension.name,
                     dimension.indicators[gap.indicator - 1], top, gap.points, None))
    actions = actions_by_gap(region=region, year=year, instrument=instrument)
    return GapList(found.assessor, year, found, with_ranks(rows, fixes, actions), target, fixes)
