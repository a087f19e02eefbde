"""Whether an OPD's figures of a period come from verified reports, and the reader's choice of
counting every report ("Semua laporan") or verified ones only ("Hanya laporan terverifikasi").

The ranking, its XLSX and the rakor pack (PDF and XLSX) all read the choice from here, so
they name the rule and leave out the same OPDs.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.translation import gettext_lazy as _

from pantau.performance.models import ReportStatus

# Workflow order, least advanced first: a year shows its least advanced quarter.
STATUS_ORDER = (ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.SUBMITTED,
                ReportStatus.APPROVED, ReportStatus.VERIFIED, ReportStatus.LOCKED)
VERIFIED_STATUSES = frozenset({ReportStatus.VERIFIED, ReportStatus.LOCKED})  # locked = verified

SCOPE_ALL, SCOPE_VERIFIED = "semua", "terverifikasi"
SCOPE_PARAM = "cakupan"
SCOPE_CHOICES = [(SCOPE_ALL, _("Semua laporan")),
                 (SCOPE_VERIFIED, _("Hanya laporan terverifikasi"))]
SCOPE_RULES = {
    SCOPE_ALL: _("Semua laporan: angka OPD yang laporannya belum diverifikasi (draf, diajukan, "
                 "disetujui kepala OPD atau dikembalikan) ikut dihitung dan diberi tanda *."),
    SCOPE_VERIFIED: _("Hanya laporan terverifikasi: hanya OPD yang laporannya sudah "
                      "diverifikasi (atau dikunci) yang dicantumkan dan diperingkat."),
}


def period_status(statuses: Mapping[tuple[int, int | None], str], agency_id: int,
                  quarter: int | None) -> str:
    """The OPD's report status of a quarter (no report yet = draft); of a year, the least
    advanced status of the quarters it has reported (quarters without a report have no
    figures to verify)."""
    if quarter is not None:
        return statuses.get((agency_id, quarter), ReportStatus.DRAFT)
    reported = [statuses[(agency_id, q)] for q in (1, 2, 3, 4) if (agency_id, q) in statuses]
    return min(reported, key=STATUS_ORDER.index) if reported else ReportStatus.DRAFT


def is_verified(status: str) -> bool:
    return status in VERIFIED_STATUSES


def status_label(status: str) -> str:
    return str(ReportStatus(status).label)


def scope_of(text: str | None) -> str:
    """The choice from ?cakupan= (empty = every report); anything else is a ValueError."""
    if not text:
        return SCOPE_ALL
    if text not in SCOPE_RULES:
        raise ValueError(f"unknown scope {text!r}")
    return text


def scope_rule(scope: str) -> str:
    return str(SCOPE_RULES[scope])


def scope_label(scope: str) -> str:
    return str(dict(SCOPE_CHOICES)[scope])
