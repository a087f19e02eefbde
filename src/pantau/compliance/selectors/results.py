"""Official results of a Pemda: the list, and the Pemda-level series per assessor for charts."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from pantau.compliance.models import Assessor, OfficialResult

# The top of each assessor's scale, for the chart's axis.
SCALE_MAX = {Assessor.OMBUDSMAN: 100, Assessor.KEMENPANRB: 5}


def official_results(*, region: Any, assessor: str = "") -> QuerySet[OfficialResult]:
    rows = OfficialResult.objects.filter(region=region).select_related("unit")
    if assessor:
        rows = rows.filter(assessor=assessor)
    return rows.order_by("assessor", "-year", "unit__name")


def result_trends(*, region: Any) -> list[dict[str, Any]]:
    """Per assessor the Pemda's score by year (oldest first), as plain chart data."""
    rows = (OfficialResult.objects.filter(region=region, unit__isnull=True)
            .order_by("year").values_list("assessor", "year", "score", "label"))
    series: dict[str, list[dict[str, Any]]] = {assessor.value: [] for assessor in Assessor}
    for assessor, year, score, label in rows:
        series[assessor].append({"label": str(year), "value": float(score), "note": label})
    return [{"assessor": assessor.value, "title": str(assessor.label),
             "max": SCALE_MAX[assessor], "points": series[assessor.value]}
            for assessor in Assessor]

