"""Reading the stored capaian: per indicator (``read_stored``) or added up per OPD in SQL
(``agency_totals``). A row that was never computed is computed and stored on the way
(``store.fill_missing``), so readers always get every in-scope indicator.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import Any, NamedTuple

from django.db.models import Aggregate, Count, Q, QuerySet, Sum, TextField

from pantau.performance.capaian.compute import Computed, fetch
from pantau.performance.capaian.store import fill_missing, with_stored
from pantau.performance.models import Indicator, IndicatorScoreCache

_STORED_FIELDS = ("stored__target", "stored__target_high", "stored__realization",
                  "stored__achievement", "stored__progress", "stored__flag", "stored__filled")


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


def as_stored(row: IndicatorScoreCache) -> Stored:
    return Stored(row.target, row.target_high, row.realization, row.achievement, row.progress,
                  row.flag, row.filled)


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


def read_stored(in_scope: QuerySet[Indicator], *, region_id: int, year: int,
                keys: Iterable[int]) -> dict[int, tuple[int, int, dict[int, Stored]]]:
    """Per in-scope indicator: (agency id, node id, period key → stored row), in one query when
    every row is stored."""
    keys = sorted(set(keys))
    result: dict[int, tuple[int, int, dict[int, Stored]]] = {}
    for pk, agency_id, node_id, key, *columns in fetch(with_stored(in_scope, year, keys)
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
        return list(with_stored(in_scope, year, [key]).values("agency_id").annotate(
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
