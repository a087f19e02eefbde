"""The main menu: only modules that exist, and only those the user may open."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class NavItem:
    label: Any
    url_name: str
    icon: str
    permission: str | None = None
    active_prefix: str = ""

    def url(self) -> str:
        return reverse(self.url_name)


MENU: tuple[NavItem, ...] = (
    NavItem(_("Beranda"), "web:home", "house"),
    NavItem(_("OPD"), "tenancy:agency_list", "building", "tenancy.view_region", "/opd/"),
    NavItem(_("Unit Layanan"), "tenancy:unit_list", "shop", "tenancy.view_region", "/unit/"),
    NavItem(_("Survei SKM"), "surveys:survey_list", "ui-checks", "surveys.view_surveys",
            "/survei/"),
    NavItem(_("Kepatuhan Pelayanan"), "compliance:index", "patch-check", "compliance.view",
            "/kepatuhan/"),
    NavItem(_("Standar Pelayanan"), "compliance_standards:register", "card-checklist",
            "compliance.view", "/kepatuhan/standar-pelayanan/"),
    NavItem(_("Rencana & Indikator"), "performance_plans:plan_list", "diagram-3",
            "performance.view_any", "/rencana/"),
    NavItem(_("Laporan Triwulan"), "performance_reporting:overview", "clipboard-check",
            "performance.view_any", "/kinerja/"),
    NavItem(_("Analisis Kinerja"), "performance_analysis:index", "graph-up-arrow",
            "performance.view_any", "/analisis/"),
    NavItem(_("Paket Rakor"), "performance_rakor:index", "file-earmark-pdf",
            "performance.generate_rakor_pack", "/rakor/"),
    NavItem(_("Kalkulator"), "web:calculator", "calculator", None, "/kalkulator/"),
    NavItem(_("Periode"), "tenancy:period_list", "calendar3", "tenancy.manage_periods",
            "/periode/"),
    NavItem(_("Pengguna"), "tenancy:membership_list", "people", "tenancy.manage_users",
            "/pengguna/"),
    NavItem(_("Jejak Audit"), "audit:event_list", "journal-text", "audit.view_history",
            "/audit/"),
)


# Pages any logged-in user may open, even without a role in a Pemda.
PUBLIC_TO_MEMBERS = {"web:home", "web:calculator"}


# Menu groups (dropdowns), by URL namespace or name; anything else stands on its own.
GROUPS: tuple[tuple[Any, str, tuple[str, ...]], ...] = (
    (_("Kinerja"), "bar-chart-steps", ("performance_",)),
    (_("Pelayanan Publik"), "shop", ("tenancy:unit_list", "surveys:", "compliance:",
                                          "compliance_standards:")),
    (_("Pimpinan"), "person-badge", ("leadership_",)),
    (_("Pengaturan"), "gear", ("tenancy:period_list", "tenancy:membership_list", "audit:")),
)


def _group_of(url_name: str) -> int | None:
    for index, (_label, _icon, prefixes) in enumerate(GROUPS):
        if url_name.startswith(prefixes):
            return index
    return None


def menu_for(user: Any, path: str) -> list[dict[str, Any]]:
    """Top-level entries in MENU order; grouped items become one dropdown entry each."""
    entries: list[dict[str, Any]] = []
    groups: dict[int, dict[str, Any]] = {}
    for item in _visible_items(user, path):
        index = _group_of(item["url_name"])
        if index is None:
            entries.append(item)
            continue
        if index not in groups:
            label, icon, _prefixes = GROUPS[index]
            groups[index] = {"label": label, "icon": icon, "children": [], "active": False}
            entries.append(groups[index])
        groups[index]["children"].append(item)
        groups[index]["active"] |= item["active"]
    return entries


def _visible_items(user: Any, path: str) -> list[dict[str, Any]]:
    items = []
    for item in MENU:
        if item.permission and not user.has_perm(item.permission):
            continue
        if item.url_name not in PUBLIC_TO_MEMBERS and getattr(user, "membership", None) is None:
            continue
        url = item.url()
        active = path.startswith(item.active_prefix) if item.active_prefix else path == url
        items.append({"label": item.label, "url": url, "icon": item.icon, "active": active,
                      "url_name": item.url_name})
    return items
