"""Every write of ``IndicatorScoreCache`` (each indicator's stored capaian), kept equal to a fresh
``compute`` of the indicator's current targets and realizations.

The services that change an indicator's targets, realizations or scoring rule call
``indicator_scores_refresh`` inside their own transaction; ``indicator_scores_rebuild``
(``manage.py capaian_rebuild``) recomputes a whole Pemda; ``fill_missing`` stores, on first read,
the rows of indicators never computed (loaded in bulk, new). None is audited on its own: the
stored rows are derived data, and the changes they follow are audited by the services that make
them.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import transaction
from django.db.models import FilteredRelation, Q, QuerySet

from pantau.performance.capaian.compute import (
    PERIOD_KEYS,
    ROW_FIELDS,
    IndicatorRow,
    compute_stored,
    indicators_in_year,
    load_inputs,
)
from pantau.performance.models import Indicator, IndicatorScoreCache, Target
from pantau.tenancy.models import Period, Region

BATCH = 1000  # stored rows per INSERT
_BY_ID_LIMIT = 500  # above this many indicators, filter by the in-scope subquery instead
_CHUNK = 500  # indicators per round of queries
_COMPUTED_FIELDS = ["target", "target_high", "realization", "achievement", "progress", "flag",
                    "filled"]


def with_stored(in_scope: QuerySet[Indicator], year: int, keys: Iterable[int]
                ) -> QuerySet[Indicator]:
    """The indicators joined with their stored rows of ``year`` and these period keys."""
    return in_scope.annotate(stored=FilteredRelation("score_cache", condition=Q(
        score_cache__year=year, score_cache__quarter__in=list(keys)))).order_by()


def fill_missing(in_scope: QuerySet[Indicator], *, region_id: int, year: int,
                 keys: Iterable[int]) -> list[IndicatorScoreCache]:
    """Computes and stores the rows of in-scope indicators that were never computed (loaded in
    bulk, new); a row a concurrent writer stored first is left as that writer wrote it."""
    keys = sorted(set(keys))
    rows: dict[int, IndicatorRow] = {}
    present: set[tuple[int, int]] = set()
    for *values, key in with_stored(in_scope, year, keys).values_list(*ROW_FIELDS,
                                                                        "stored__quarter"):
        rows.setdefault(values[0], IndicatorRow(*values))
        present.add((values[0], key))
    wanted = [(row, key) for row in rows.values() for key in keys if (row.id, key) not in present]
    if not wanted:
        return []
    missing = list({row.id for row, _key in wanted})
    indicators = (in_scope.filter(pk__in=missing) if len(missing) <= _BY_ID_LIMIT
                  else in_scope)
    fresh = compute_stored(region_id=region_id, year=year, wanted=wanted,
                           inputs=load_inputs(year=year, indicators=indicators))
    IndicatorScoreCache.objects.bulk_create(fresh, ignore_conflicts=True, batch_size=BATCH)
    return fresh


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
