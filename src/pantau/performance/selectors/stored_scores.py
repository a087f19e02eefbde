"""One indicator's capaian: its inputs (targets and realizations of a year), the computation with
``pantau.scoring.capaian``, and the stored copy (``IndicatorScoreCache``) the pages read.

Every stored row is exactly what ``compute_indicator`` gives for the indicator's current
targets and realizations. The services that write those inputs refresh the indicator's rows in
the same transaction (``services.scores``); a row that was never computed (data loaded in bulk,
a new indicator) is computed and stored the first time a page asks for it. Which indicators
count in a year (scope) is always read live, never stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from django.db import connections
from django.db.models import Aggregate, Count, FilteredRelation, Q, QuerySet, Sum, TextField

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
_BY_ID_LIMIT = 500  # above this many indicators, filter by the in-scope subquery instead
BATCH = 1000  # stored rows per INSERT
ROW_FIELDS = ("id", "agency_id", "node_id", "aggregation", "polarity", "is_range")
_STORED_FIELDS = ("stored__target", "stored__target_high", "stored__realization",
                  "stored__achievement", "stored__progress", "stored__flag", "stored__filled")


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


class Stored(NamedTuple):
    """One ``IndicatorScoreCache`` row as read: numbers as exact Decimal text, "" = none."""

    target: str
    target_high: str
    realization: str
    achievement: str
    progress: str
    flag: str
    filled: int

    def computed(self) -> Computed:
        return Computed(number(self.target), number(self.target_high),
                        number(self.realization), number(self.achievement), self.flag or None)


def number(text: str) -> Decimal | None:
    return Decimal(text) if text else None


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


def as_stored(row: IndicatorScoreCache) -> Stored:
    return Stored(row.target, row.target_high, row.realization, row.achievement, row.progress,
                  row.flag, row.filled)


# --- reading ---------------------------------------------------------------------------------

class JoinedText(Aggregate):
    """The texts of a group joined with commas (NULL skipped): GROUP_CONCAT / STRING_AGG."""

    function = "GROUP_CONCAT"
    template = "%(function)s(%(expressions)s, ',')"
    output_field = TextField()

    def as_postgresql(self, compiler: Any, connection: Any, **extra: Any) -> Any:
        return self.as_sql(compiler, connection, function="STRING_AGG", **extra)


class AgencyTotals(NamedTuple):
    """The stored rows of one OPD's in-scope indicators for one period, added up."""

    indicators: int
    flagged: int
    filled: int
    values: list[str]  # the measure (capaian or progress) where it could be computed, as text

    @staticmethod
    def of(stored: list[Stored], measure: str) -> AgencyTotals:
        return AgencyTotals(len(stored), sum(1 for s in stored if s.flag),
                            sum(s.filled for s in stored),
                            [getattr(s, measure) for s in stored if getattr(s, measure)])


MEASURES = ("achievement", "progress")  # capaian; capaian against the annual target


def _with_stored(in_scope: QuerySet[Indicator], year: int, keys: Iterable[int]
                 ) -> QuerySet[Indicator]:
    return in_scope.annotate(stored=FilteredRelation("score_cache", condition=Q(
        score_cache__year=year, score_cache__quarter__in=list(keys)))).order_by()


def fill_missing(in_scope: QuerySet[Indicator], *, region_id: int, year: int,
                 keys: Iterable[int]) -> list[IndicatorScoreCache]:
    """Computes and stores the rows of in-scope indicators that were never computed (loaded in
    bulk, new); a row a concurrent writer stored first is left as that writer wrote it."""
    keys = sorted(set(keys))
    rows: dict[int, IndicatorRow] = {}
    present: set[tuple[int, int]] = set()
    for *values, key in _with_stored(in_scope, year, keys).values_list(*ROW_FIELDS,
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


def read_stored(in_scope: QuerySet[Indicator], *, region_id: int, year: int,
                keys: Iterable[int]) -> dict[int, tuple[int, int, dict[int, Stored]]]:
    """Per in-scope indicator: (agency id, node id, period key → stored row), in one query when
    every row is stored."""
    keys = sorted(set(keys))
    result: dict[int, tuple[int, int, dict[int, Stored]]] = {}
    for pk, agency_id, node_id, key, *columns in fetch(_with_stored(in_scope, year, keys)
                                                       .values_list(
            "id", "agency_id", "node_id", "stored__quarter", *_STORED_FIELDS)):
        stored = result.setdefault(pk, (agency_id, node_id, {}))[2]
        if key is not None:
            stored[key] = Stored(*columns)
    if any(len(stored) < len(keys) for _agency, _node, stored in result.values()):
        for item in fill_missing(in_scope, region_id=region_id, year=year, keys=keys):
            result[item.indicator_id][2][item.quarter] = as_stored(item)
    return result


def agency_totals(in_scope: QuerySet[Indicator], *, region_id: int, year: int, key: int,
                  measure: str = "achievement") -> dict[int, AgencyTotals]:
    """Per OPD, its in-scope indicators' stored rows of one period added up in SQL: one query
    and one row per OPD (the ``measure`` values come back as text, to be averaged exactly)."""
    if measure not in MEASURES:
        raise ValueError(f"unknown measure {measure!r}")

    def query() -> list[tuple[Any, ...]]:
        return list(_with_stored(in_scope, year, [key]).values("agency_id").annotate(
            n_indicators=Count("id"), n_stored=Count("stored__quarter"),
            n_flagged=Count("stored__quarter", filter=~Q(stored__flag="")),
            n_filled=Sum("stored__filled"), joined=JoinedText(f"stored__{measure}"),
        ).values_list("agency_id", "n_indicators", "n_stored", "n_flagged", "n_filled",
                      "joined"))

    rows = query()
    if any(count != stored for _agency, count, stored, *_rest in rows):
        fill_missing(in_scope, region_id=region_id, year=year, keys=[key])
        rows = query()
    return {agency: AgencyTotals(count, flagged, filled or 0, _split(joined))
            for agency, count, _stored, flagged, filled, joined in rows}


def _split(joined: str | None) -> list[str]:
    return [text for text in joined.split(",") if text] if joined else []
