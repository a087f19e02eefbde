"""What the home page shows, by role.

OPD staff see their own OPD only; the back office what waits for it (reports to verify, OPDs
without a Kepala OPD) and the Pemda's figures; the leader the Pemda's figures and the way to the
ranking and the rakor pack; the assessor what they may read. Every figure counts only what the
persona may see and links to the list it counts.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from pantau.performance.models import ReportStatus
from pantau.performance.selectors import reporting as rep
from pantau.performance.selectors.queues import (
    PeriodCount,
    agencies_without_head,
    reports_waiting_verification,
)
from pantau.surveys.selectors.surveys import survey_list
from pantau.tenancy.models import AGENCY_ROLES, Agency, Role
from pantau.tenancy.selectors import agency_list, unit_list
from pantau.web.selectors import open_periods, region_overview


@dataclass(frozen=True)
class Figure:
    label: str
    value: int | str
    url: str
    icon: str


@dataclass(frozen=True)
class Shortcut:
    label: Any
    url: str
    icon: str


@dataclass
class Home:
    figures: list[Figure] = field(default_factory=list)
    shortcuts: list[Shortcut] = field(default_factory=list)
    shortcuts_title: str = ""
    waiting_verification: list[PeriodCount] = field(default_factory=list)


def _url(name: str, *args: Any, **query: Any) -> str:
    url = reverse(name, args=args)
    return f"{url}?{urlencode(query)}" if query else url


def overview_url(**query: Any) -> str:
    return _url("performance_reporting:overview", **query)


# (label, URL name, icon, permission): offered to whoever holds the permission.
_SHORTCUTS: dict[str, tuple[tuple[Any, str, str, str], ...]] = {
    "leader": (
        (gettext_lazy("Peringkat OPD"), "performance_analysis:ranking", "trophy",
         "performance.view_overview"),
        (gettext_lazy("Peringatan dini"), "performance_analysis:warning", "exclamation-triangle",
         "performance.view_overview"),
        (gettext_lazy("Paket Rakor"), "performance_rakor:index", "file-earmark-pdf",
         "performance.generate_rakor_pack"),
        (gettext_lazy("Laporan Triwulan"), "performance_reporting:overview", "clipboard-check",
         "performance.view_any"),
        (gettext_lazy("Hasil SKM"), "surveys:results", "bar-chart", "surveys.view_surveys"),
    ),
    "assessor": (
        (gettext_lazy("Laporan Triwulan"), "performance_reporting:overview", "clipboard-check",
         "performance.view_any"),
        (gettext_lazy("Analisis Kinerja"), "performance_analysis:index", "graph-up-arrow",
         "performance.view_any"),
        (gettext_lazy("Rencana & Indikator"), "performance_plans:plan_list", "diagram-3",
         "performance.view_any"),
        (gettext_lazy("Hasil SKM"), "surveys:results", "bar-chart", "surveys.view_surveys"),
    ),
}


def _shortcuts(user: Any, kind: str) -> list[Shortcut]:
    return [Shortcut(label, reverse(name), icon)
            for label, name, icon, perm in _SHORTCUTS[kind] if user.has_perm(perm)]


def _pemda_figures(overview: dict[str, Any]) -> list[Figure]:
    return [
        Figure(_("OPD aktif"), overview["agency_count"], _url("tenancy:agency_list"), "building"),
        Figure(_("Unit layanan"), overview["unit_count"], _url("tenancy:unit_list"), "shop"),
        # Products are listed, counted per unit, on the unit list.
        Figure(_("Produk layanan"), overview["product_count"], _url("tenancy:unit_list"),
               "card-checklist"),
    ]


def _agency_home(user: Any, own: Agency) -> Home:
    period = rep.default_quarter()
    figures = [
        Figure(_("Unit layanan OPD Anda"), unit_list(agency=own).count(),
               _url("tenancy:unit_list", opd=own.pk), "shop"),
        Figure(_("Survei SKM OPD Anda"), survey_list(user=user).count(),
               _url("surveys:survey_list"), "ui-checks"),
    ]
    if period is not None:
        progress = rep.report_progress(agency=own, period=period)
        figures.append(Figure(
            _("Indikator terisi %(period)s") % {"period": period},
            f"{progress.filled} / {progress.total}",
            _url("performance_reporting:report_form", own.pk, period.pk), "clipboard-check"))
    overdue = rep.followup_list(agency=own, overdue=True, today=timezone.localdate())
    figures.append(Figure(_("Tindak lanjut lewat tenggat"), overdue.count(),
                          _url("performance_reporting:followup_list", overdue=1), "alarm"))
    return Home(figures=figures)


def _back_office_home(user: Any, overview: dict[str, Any]) -> Home:
    waiting = reports_waiting_verification()
    first = waiting[0].period.pk if waiting else None
    figures = [
        Figure(_("Laporan menunggu verifikasi"), sum(w.count for w in waiting),
               overview_url(**({"periode": first} if first else {}),
                            status=ReportStatus.APPROVED), "patch-check"),
        Figure(_("OPD tanpa Kepala OPD"), agencies_without_head().count(),
               overview_url(tanpa_kepala=1), "person-x"),
        *_pemda_figures(overview),
    ]
    if user.has_perm("tenancy.manage_users"):
        figures.append(Figure(_("Pengguna aktif"), overview["user_count"],
                              _url("tenancy:membership_list"), "people"))
    return Home(figures=figures, waiting_verification=waiting)


def _leader_home(user: Any, overview: dict[str, Any]) -> Home:
    figures = _pemda_figures(overview)
    period = rep.default_quarter()
    if period is not None:
        rates = rep.reporting_rates(period=period)
        figures.append(Figure(_("Laporan diajukan %(period)s") % {"period": period},
                              f"{rates.submitted} / {len(rates.rows)}",
                              overview_url(periode=period.pk), "clipboard-check"))
    return Home(figures=figures, shortcuts=_shortcuts(user, "leader"),
                shortcuts_title=_("Bahan pimpinan"))


def _assessor_home(user: Any, overview: dict[str, Any]) -> Home:
    figures = [*_pemda_figures(overview),
               Figure(_("Survei SKM"), survey_list(user=user).count(),
                      _url("surveys:survey_list"), "ui-checks")]
    return Home(figures=figures, shortcuts=_shortcuts(user, "assessor"),
                shortcuts_title=_("Yang dapat Anda baca"))


def home_context(user: Any, membership: Any) -> dict[str, Any]:
    """The home page's context for a member of the current Pemda."""
    own = membership.agency
    if membership.role in AGENCY_ROLES and own is not None:
        home = _agency_home(user, own)
        return {"home": home, "own_agency": own, "own_units": unit_list(agency=own),
                "overview": {"open_periods": open_periods()}}
    overview = region_overview()
    if membership.role in (Role.ADMIN, Role.EVALUATOR):
        home = _back_office_home(user, overview)
    elif membership.role == Role.LEADER:
        home = _leader_home(user, overview)
    else:
        home = _assessor_home(user, overview)
    return {"home": home, "overview": overview, "agencies": agency_list()}
