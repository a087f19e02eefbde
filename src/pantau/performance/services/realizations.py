"""Quarterly realization (and the budget spent) of an OPD: saved as a draft, checked per row.

The value rules live here once (``realization_value_clean``) and serve the form, the XLSX import
and the service itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.capaian.store import indicator_scores_refresh
from pantau.performance.locks import ensure_editable, ensure_quarter_started
from pantau.performance.models import AgencyReport, Indicator, Realization
from pantau.performance.services.budget import budget_changes_apply
from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import to_decimal
from pantau.tenancy.models import Agency, Period

# Units that count things: a quarter's count can never be negative.
COUNT_UNITS = frozenset({
    "orang", "jiwa", "dokumen", "unit", "buah", "kali", "kegiatan", "laporan", "paket", "lokasi",
    "desa", "kelurahan", "sekolah", "izin", "perkara", "kasus", "keluarga", "kk", "rumah", "ha",
    "km", "titik", "lembaga", "kelompok", "usaha", "produk", "jenis", "inovasi", "layanan",
})
DECIMAL_LIMIT = Decimal("10") ** 16  # the column holds 16 digits before the decimal point


def is_count_unit(unit: str) -> bool:
    return unit.strip().lower() in COUNT_UNITS


def realization_value_clean(*, indicator: Indicator, raw: Any) -> Decimal | None:
    """The realization as a Decimal (None when left empty); ValidationError in Indonesian."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        value = to_decimal(raw, "realisasi")
    except ScoringError as error:
        raise ValidationError(str(error)) from error
    if value < 0 and is_count_unit(indicator.unit):
        raise ValidationError(
            _("Realisasi %(unit)s tidak boleh negatif (jumlah yang dihitung).")
            % {"unit": indicator.unit})
    if abs(value) >= DECIMAL_LIMIT or value.as_tuple().exponent < -4:  # type: ignore[operator]
        raise ValidationError(_("Realisasi terlalu besar atau lebih dari 4 angka desimal."))
    return value


@dataclass(frozen=True)
class RealizationInput:
    indicator: Indicator
    value: Decimal | None
    drivers: str = ""
    obstacles: str = ""
    follow_up_plan: str = ""


TEXT_FIELDS = ("drivers", "obstacles", "follow_up_plan")


def report_get_or_create(*, agency: Agency, period: Period) -> AgencyReport:
    report, _created = AgencyReport.objects.get_or_create(
        agency=agency, period=period, defaults={"region_id": agency.region_id})
    return report


def realizations_apply(*, actor: Any, period: Period, rows: list[RealizationInput]
                       ) -> tuple[dict[str, list[Any]], int, int]:
    """Writes the rows with bulk operations; returns (changes, created, updated). No audit."""
    ensure_quarter_started(period=period)  # the XLSX import writes through here
    existing = {r.indicator_id: r for r in Realization.objects.filter(
        period=period, indicator_id__in=[row.indicator.pk for row in rows])}
    changes: dict[str, list[Any]] = {}
    to_create: list[Realization] = []
    to_update: list[Realization] = []
    for row in rows:
        label = row.indicator.code or f"#{row.indicator.pk}"
        current = existing.get(row.indicator.pk)
        after: dict[str, Any] = {"value": row.value, "drivers": row.drivers,
                                 "obstacles": row.obstacles,
                                 "follow_up_plan": row.follow_up_plan}
        if current is None:
            if row.value is None and not any(after[f] for f in TEXT_FIELDS):
                continue
            to_create.append(Realization(region_id=period.region_id, indicator=row.indicator,
                                         period=period, updated_by=actor, **after))
            changes[f"{label}.value"] = [None, _plain(row.value)]
            continue
        changed = False
        for field, value in after.items():
            before = getattr(current, field)
            if before != value:
                changes[f"{label}.{field}"] = (
                    [_plain(before), _plain(value)] if field == "value" else [before, value])
                setattr(current, field, value)
                changed = True
        if changed:
            current.updated_by = actor
            to_update.append(current)
    Realization.objects.bulk_create(to_create, batch_size=500)
    if to_update:
        Realization.objects.bulk_update(
            to_update, ["value", *TEXT_FIELDS, "updated_by", "updated_at"], batch_size=500)
    indicator_scores_refresh(region_id=period.region_id, years=[period.year],
                             indicator_ids=[r.indicator_id for r in to_create + to_update])
    return changes, len(to_create), len(to_update)


def _plain(value: Any) -> str | None:
    return None if value is None else str(value)


def report_draft_save(*, actor: Any, agency: Agency, period: Period,
                      rows: list[RealizationInput],
                      budget: dict[int, Decimal | None] | None = None) -> AgencyReport:
    """Saves the form: realizations of the OPD's indicators and its budget realization."""
    ensure_editable(actor=actor, agency=agency, period=period, attempt=_("simpan realisasi"))
    ensure_quarter_started(period=period)  # before anything, budget included
    foreign = [row.indicator for row in rows if row.indicator.agency_id != agency.pk]
    if foreign:
        raise ValidationError(_("Indikator %(name)s bukan milik OPD ini.")
                              % {"name": foreign[0].name})
    for row in rows:  # the form checked already; an API or script caller may not have
        realization_value_clean(indicator=row.indicator, raw=row.value)
    with transaction.atomic():
        report = report_get_or_create(agency=agency, period=period)
        changes, _created, _updated = realizations_apply(actor=actor, period=period, rows=rows)
        if budget:
            changes.update(budget_changes_apply(agency=agency, period=period, amounts=budget))
        if changes:
            audit_record(actor=actor, action="performance.realization.saved", obj=report,
                         changes=changes)
    return report
