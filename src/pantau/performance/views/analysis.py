"""Pages for evaluators and leaders: OPD ranking, scorecard, early warning and the Renja table."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify

from pantau.pages.access import current_region, require_perm
from pantau.performance.exports import (
    quarter_label,
    ranking_table,
    renja_table_xlsx,
    scorecard_tables,
    warning_table,
)
from pantau.performance.selectors.analysis import (
    chart_rows,
    default_period,
    ranking,
    scorecard,
    started_periods,
)
from pantau.performance.selectors.early_warning import (
    PACE_RULE,
    SEVERITIES,
    early_warning,
    early_warning_tolerance,
    pace_of,
    quadrant_chart,
    severity_rule,
)
from pantau.performance.selectors.renja import RENJA_COLUMNS, renja_table
from pantau.performance.selectors.scores import RANKING_RULE
from pantau.performance.selectors.verification import SCOPE_CHOICES, SCOPE_PARAM, scope_of
from pantau.spreadsheets.writer import xlsx_response
from pantau.tenancy.models import Agency, Period
from pantau.tenancy.selectors import agency_ids_visible_to


def _period(request: HttpRequest) -> Period | None:
    """The period chosen with ?periode=<id> (scoped: another Pemda's period is 404)."""
    region = current_region(request)
    chosen = request.GET.get("periode", "")
    if chosen:
        if not chosen.isdecimal():
            raise Http404
        return get_object_or_404(Period, pk=int(chosen))
    return default_period(region.pk)


def _scope(request: HttpRequest) -> str:
    """The reader's choice of reports (?cakupan=); an unknown one is no page."""
    try:
        return scope_of(request.GET.get(SCOPE_PARAM))
    except ValueError:
        raise Http404 from None


def _agency(request: HttpRequest, pk: int) -> Agency:
    agency = get_object_or_404(Agency, pk=pk)
    require_perm(request, "performance.view_agency", agency)
    return agency


def _base(request: HttpRequest, period: Period | None) -> dict[str, Any]:
    return {"period": period, "periods": started_periods(current_region(request).pk),
            "can_overview": request.user.has_perm("performance.view_overview")}


@login_required
def index(request: HttpRequest) -> HttpResponse:
    """Back office, leaders and assessors land on the ranking; OPD staff on their scorecard."""
    require_perm(request, "performance.view_any")
    if request.user.has_perm("performance.view_overview"):
        return redirect("performance_analysis:ranking")
    own = agency_ids_visible_to(user=request.user)  # OPD staff: their own OPD, or none
    if not own:
        raise PermissionDenied
    return redirect("performance_analysis:scorecard", pk=own[0])


@login_required
def ranking_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.view_overview")
    period = _period(request)
    scope = _scope(request)
    result = ranking(period=period, scope=scope) if period else None
    scores = result.scores if result else []
    return render(request, "performance/analysis/ranking.html", {
        **_base(request, period), "scores": scores, "rule": RANKING_RULE, "ranking": result,
        "chart": chart_rows(scores), "scope": scope, "scope_choices": SCOPE_CHOICES,
    })


@login_required
def ranking_xlsx(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.view_overview")
    period = _period(request)
    if period is None:
        raise Http404
    return xlsx_response(ranking_table(period, ranking(period=period, scope=_scope(request))),
                         filename=f"peringkat-opd-{slugify(str(period))}.xlsx")


@login_required
def scorecard_view(request: HttpRequest, pk: int) -> HttpResponse:
    agency = _agency(request, pk)
    period = _period(request)
    card = scorecard(agency=agency, period=period) if period else None
    chart = {}
    if card is not None:
        chart = {
            "programs": [{"label": str(p.program.code or p.program.name) if p.program else "-",
                          "capaian": _float(p.achievement), "serapan": _float(p.absorption)}
                         for p in card.programs],
            "trend": [{"label": quarter_label(t.quarter), "capaian": _float(t.achievement),
                       "serapan": _float(t.absorption)} for t in card.trend],
        }
    return render(request, "performance/analysis/scorecard.html", {
        **_base(request, period), "agency": agency, "card": card, "chart": chart,
    })


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


@login_required
def scorecard_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    agency = _agency(request, pk)
    period = _period(request)
    if period is None:
        raise Http404
    card = scorecard(agency=agency, period=period)
    return xlsx_response(*scorecard_tables(card),
                         filename=f"rapor-{slugify(agency.short_name)}-{slugify(str(period))}.xlsx")


@login_required
def warning_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.view_overview")
    period = _period(request)
    rows = early_warning(period=period) if period else []
    pace = pace_of(period) if period else None
    tolerance = early_warning_tolerance(current_region(request).pk)
    return render(request, "performance/analysis/warning.html", {
        **_base(request, period), "rows": rows, "rule": PACE_RULE, "pace": pace,
        "severity_rule": severity_rule(tolerance), "tolerance": tolerance,
        "counts": [(str(label), badge, sum(1 for row in rows if row.severity == level))
                   for level, (label, badge) in SEVERITIES.items()],
        "chart": quadrant_chart(rows, pace) if pace is not None else {},
        "can_edit_settings": request.user.has_perm("performance.manage_settings"),
    })


@login_required
def warning_xlsx(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.view_overview")
    period = _period(request)
    if period is None:
        raise Http404
    tolerance = early_warning_tolerance(current_region(request).pk)
    return xlsx_response(warning_table(period, early_warning(period=period), tolerance),
                         filename=f"peringatan-dini-{slugify(str(period))}.xlsx")


def _year(request: HttpRequest) -> int:
    text = request.GET.get("tahun", "")
    if text:
        if not text.isdecimal() or not 2000 <= int(text) <= 2100:
            raise Http404
        return int(text)
    period = default_period(current_region(request).pk)
    from django.utils import timezone

    return period.year if period else timezone.localdate().year


@login_required
def renja_view(request: HttpRequest, pk: int) -> HttpResponse:
    agency = _agency(request, pk)
    year = _year(request)
    years = sorted({p.year for p in started_periods(current_region(request).pk)} | {year},
                   reverse=True)
    return render(request, "performance/analysis/renja.html", {
        "agency": agency, "year": year, "years": years, "columns": RENJA_COLUMNS,
        "rows": renja_table(agency=agency, year=year),
        "can_overview": request.user.has_perm("performance.view_overview"),
    })


@login_required
def renja_xlsx(request: HttpRequest, pk: int) -> HttpResponse:
    agency = _agency(request, pk)
    year = _year(request)
    return xlsx_response(renja_table_xlsx(agency, year, renja_table(agency=agency, year=year)),
                         filename=f"evaluasi-renja-{slugify(agency.short_name)}-{year}.xlsx")
