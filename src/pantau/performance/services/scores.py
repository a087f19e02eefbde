"""Keeps ``IndicatorScoreCache`` (each indicator's stored capaian) equal to a fresh computation.

The services that change an indicator's targets, realizations or scoring rule call
``indicator_scores_refresh`` inside their own transaction; ``indicator_scores_rebuild`` (``manage.py
capaian_rebuild``) recomputes a whole Pemda. Neither is audited on its own: the stored rows are
derived data, and the changes they follow are audited by the services that make them.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import QuerySet

from pantau.performance.models import Indicator, IndicatorScoreCache, Target
from pantau.performance.selectors.stored_scores import (
    BATCH,
    PERIOD_KEYS,
    ROW_FIELDS,
    IndicatorRow,
    compute_stored,
    indicators_in_year,
    load_inputs,
)
from pantau.tenancy.models import Period, Region

_CHUNK = 500  # indicators per round of queries
_COMPUTED_FIELDS = ["target", "target_high", "realization", "achievement", "progress", "flag",
                    "filled"]


def indicator_scores_refresh(*, region_id: int, indicator_ids: Iterable[int],
                             years: Iterable[int] | None = None) -> int:
    """Recomputes and stores every period of the indicators' ``years``; returns the rows.

    ``years`` None: every year the indicators have stored rows, targets or realizations in.
    An upsert, so a page that stored a row from older data a moment earlier is overwritten.
    """
    ids = sorted(set(indicator_ids))
    given = None if years is None else set(years)
    written = 0
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        indicators = Indicator.objects.filter(region_id=region_id, pk__in=chunk)
        chosen = given if given is not None else _years_of(indicators)
        rows = [IndicatorRow(*values) for values in indicators.values_list(*ROW_FIELDS)]
        for year in sorted(chosen):
            fresh = compute_stored(
                region_id=region_id, year=year,
                inputs=load_inputs(year=year, indicators=indicators),
                wanted=[(row, key) for row in rows for key in PERIOD_KEYS])
            IndicatorScoreCache.objects.bulk_create(
                fresh, update_conflicts=True, unique_fields=["indicator", "year", "quarter"],
                update_fields=_COMPUTED_FIELDS, batch_size=BATCH)
            written += len(fresh)
    return written


def _years_of(indicators: QuerySet[Indicator]) -> set[int]:
    """Years the indicators have stored rows, targets or realizations in (read from the
    indicator side, by the indicator index)."""
    years: set[int] = set()
    for path in ("score_cache__year", "targets__year", "realizations__period__year"):
        years |= set(indicators.filter(**{f"{path}__isnull": False}).order_by().values_list(
            path, flat=True).distinct())
    return years


@transaction.atomic
def indicator_scores_rebuild(*, region: Region) -> int:
    """Deletes the Pemda's stored capaian and computes it again for every in-scope indicator of
    every year it has periods or targets in; returns the rows written."""
    IndicatorScoreCache.objects.filter(region=region).delete()
    years = set(Period.objects.filter(region=region).values_list("year", flat=True))
    years |= set(Target.objects.filter(region=region).values_list("year", flat=True))
    written = 0
    for year in sorted(years):
        in_scope = indicators_in_year(region_id=region.pk, year=year)
        rows = [IndicatorRow(*values) for values in in_scope.values_list(*ROW_FIELDS)]
        if not rows:
            continue
        fresh = compute_stored(
            region_id=region.pk, year=year, inputs=load_inputs(year=year, indicators=in_scope),
            wanted=[(row, key) for row in rows for key in PERIOD_KEYS])
        IndicatorScoreCache.objects.bulk_create(fresh, batch_size=BATCH)
        written += len(fresh)
    return written
