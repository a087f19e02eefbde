"""One indicator's capaian: its inputs (targets and realizations of a year) and the computation
with ``pantau.scoring.capaian``, as the rows ``store`` keeps in ``IndicatorScoreCache``.

Which indicators count in a year (scope, ``indicators_in_year``) is always read live, never
stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from django.db import connections
from django.db.models import QuerySet

from pantau.performance.models import Indicator, IndicatorScoreCache
from pantau.performance.models.scores import WHOLE_YEAR
from pantau.scoring import capaian
from pantau.scoring.errors import ScoringError
from pantau.tenancy.models import Agency

TARGET_MISSING = "target_missing"
TARGET_ZERO = "target_zero"
NO_REALIZATION = "no_realization"
PERIOD_KEYS = (1, 2, 3, 4, WHOLE_YEAR)  # TW I up to TW n, and the whole year
_PLACES = Decimal("0.0001")  # the decimal places of target and realization columns
ROW_FIELDS = ("id", "agency_id", "node_id", "aggregation", "polarity", "is_range")


class IndicatorRow(NamedTuple):
    """The few indicator fields the computation needs (cheaper than model instances)."""

    id: int
    agency_id: int
    node_id: int
    aggregation: str
    polarity: str
    is_range: bool


class Computed(NamedTuple):
    target: Decimal | None
    target_high: Decimal | None
    realization: Decimal | None
    achievement: Decimal | None
    flag: str | None


def _text(value: Decimal | None) -> str:
    return "" if value is None else str(value)


def _as_decimal(value: Any) -> Decimal | None:
    """A DecimalField value read straight from the cursor, as the ORM would give it: SQLite
    returns int or float, PostgreSQL a Decimal with the column's 4 places."""
    if value is None or isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return round(Decimal(repr(value)), 4)
    return Decimal(value).quantize(_PLACES)


def fetch(queryset: QuerySet[Any], decimals: tuple[int, ...] = ()) -> list[tuple[Any, ...]]:
    """Rows of a ``values_list`` queryset read with the cursor, converting only the Decimal
    columns: Django's per-value converters cost more than the query on 100 000 rows."""
    compiler = queryset.query.get_compiler(using=queryset.db)
    sql, params = compiler.as_sql()
    with connections[queryset.db].cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    if not decimals:
        return rows
    converted = []
    for row in rows:
        values = list(row)
        for index in decimals:
            values[index] = _as_decimal(values[index])
        converted.append(tuple(values))
    return converted


def indicators_in_year(*, region_id: int, year: int, agency: Agency | None = None
                       ) -> QuerySet[Indicator]:
    """Active indicators of active plans that cover ``year``."""
    queryset = Indicator.objects.filter(
        region_id=region_id, is_active=True, node__is_active=True, node__plan__is_active=True,
        node__plan__start_year__lte=year, node__plan__end_year__gte=year,
    )
    return queryset.filter(agency=agency) if agency is not None else queryset


# --- inputs and the computation -------------------------------------------------------------

@dataclass
class Inputs:
    """Counted targets (quarter 0 = annual) and realization values of some indicators' year."""

    targets: dict[int, dict[int, tuple[Decimal | None, Decimal | None]]] = field(
        default_factory=lambda: defaultdict(dict))
    realized: dict[int, dict[int, Decimal | None]] = field(
        default_factory=lambda: defaultdict(dict))


def load_inputs(*, year: int, indicators: QuerySet[Indicator]) -> Inputs:
    """Two queries: the targets and the quarterly realizations of ``indicators`` in ``year``.

    Both are read from the indicator side, so the database walks the indicators' own rows
    (by the indicator index) rather than every row of the Pemda.
    """
    inputs = Inputs()
    for ind, quarter, value, high, revised, revised_high, use_revised in fetch(
        indicators.filter(targets__year=year).order_by().values_list(
            "id", "targets__quarter", "targets__value", "targets__value_high",
            "targets__revised_value", "targets__revised_value_high", "targets__use_revised"),
        (2, 3, 4, 5)):
        # The counted target, as Target.counted_value: the revision once it is in force.
        inputs.targets[ind][quarter or 0] = ((revised, revised_high) if use_revised
                                             else (value, high))
    for ind, quarter, value in fetch(indicators.filter(
            realizations__period__year=year, realizations__period__quarter__isnull=False,
    ).order_by().values_list("id", "realizations__period__quarter", "realizations__value"),
            (2,)):
        inputs.realized[ind][quarter] = value
    return inputs


def compute_indicator(inputs: Inputs, row: IndicatorRow, quarter: int | None, *,
                      against_annual: bool = False) -> Computed:
    """One indicator's capaian up to ``quarter`` (None = the whole year).

    The target is the counted quarterly target of that quarter (read as cumulative) when set,
    else the counted annual target; ``against_annual`` always uses the annual target (early
    warning). The realization is the indicator's aggregation over TW I up to that quarter.
    """
    last = quarter or 4
    targets = inputs.targets.get(row.id, {})
    target, high = (None, None)
    if quarter is not None and not against_annual:
        target, high = targets.get(quarter, (None, None))
    if target is None:
        target, high = targets.get(0, (None, None))
    if not row.is_range:
        high = None
    values = inputs.realized.get(row.id, {})
    realization = capaian.aggregate([values.get(q) for q in range(1, last + 1)], row.aggregation)
    if target is None:
        return Computed(None, high, realization, None, TARGET_MISSING)
    if realization is None:
        flag = TARGET_ZERO if target <= 0 and high is None else NO_REALIZATION
        return Computed(target, high, None, None, flag)
    try:
        achieved = capaian.achievement(target, realization, row.polarity, high)
    except ScoringError:  # a range whose upper bound is below its lower bound: not usable
        return Computed(target, high, realization, None, TARGET_MISSING)
    return Computed(target, high, realization, achieved, None if achieved is not None
                    else TARGET_ZERO)


def compute_stored(*, region_id: int, year: int, inputs: Inputs,
                   wanted: Iterable[tuple[IndicatorRow, int]]) -> list[IndicatorScoreCache]:
    """The ``IndicatorScoreCache`` rows (unsaved) of the (indicator, period key) pairs."""
    rows = []
    for row, key in wanted:
        quarter = key or None
        result = compute_indicator(inputs, row, quarter)
        progress = (result if quarter is None else
                    compute_indicator(inputs, row, quarter, against_annual=True))
        values = inputs.realized.get(row.id, {})
        rows.append(IndicatorScoreCache(
            region_id=region_id, indicator_id=row.id, year=year, quarter=key,
            target=_text(result.target), target_high=_text(result.target_high),
            realization=_text(result.realization), achievement=_text(result.achievement),
            progress=_text(progress.achievement), flag=result.flag or "",
            filled=sum(1 for q in ([quarter] if quarter else [1, 2, 3, 4])
                       if values.get(q) is not None),
        ))
    return rows
