"""Quarterly realization (and the budget spent) of an OPD: saved as a draft, checked per row.

The value rules live once in ``performance.validation`` and serve the form, the XLSX import, the
API and the service itself.
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
from pantau.performance.services.budget import _budget_changes_apply
from pantau.performance.validation import realization_value_clean
from pantau.tenancy.models import Agency, Period


@dataclass(frozen=True)
class RealizationInput:
    indicator: Indicator
    value: Decimal | None
    drivers: str = ""
    obstacles: str = ""
    follow_up_plan: str = ""


TEXT_FIELDS = ("drivers", "obstacles", "follow_up_plan")


def _report_get_or_create(*, agency: Agency, period: Period) -> AgencyReport:
    report, _created = AgencyReport.objects.get_or_create(
        agency=agency, period=period, defaults={"region_id": agency.region_id})
    return report


def _realizations_apply(*, actor: Any, period: Period, rows: list[RealizationInput]
                       ) -> tuple[dict[str, list[Any]], int, int]:
    """Writes the rows with bulk operations; returns (changes, created, updated).

    Called inside the caller's transaction, after its lock check; the caller audits.
    """
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
        report = _report_get_or_create(agency=agency, period=period)
        changes, _created, _updated = _realizations_apply(actor=actor, period=period, rows=rows)
        if budget:
            changes.update(_budget_changes_apply(agency=agency, period=period, amounts=budget))
        if changes:
            audit_record(actor=actor, action="performance.realization.saved", obj=report,
                         changes=changes)
    return report
