"""Writes to indicators. One transaction and one audit event each; never deleted, deactivated."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot, update_with_audit
from pantau.performance.capaian.store import indicator_scores_refresh
from pantau.performance.locks import SCORED_INDICATOR_FIELDS, ensure_indicators_unlocked
from pantau.performance.models import Indicator, Plan, PlanLevel, PlanNode

INDICATOR_FIELDS = (
    "agency", "code", "name", "unit", "polarity", "is_range", "aggregation", "data_source",
    "is_key", "supports", "baseline", "baseline_year", "position", "is_active",
)


def _code_taken(*, plan: Plan, code: str, exclude: int | None = None) -> bool:
    same = Indicator.objects.filter(node__plan=plan, code__iexact=code)
    if exclude is not None:
        same = same.exclude(pk=exclude)
    return bool(code) and same.exists()


def _check_indicator(*, plan: Plan, data: dict[str, Any], exclude: int | None) -> None:
    errors: dict[str, str] = {}
    if _code_taken(plan=plan, code=data.get("code", ""), exclude=exclude):
        errors["code"] = _("Kode indikator “%(code)s” sudah dipakai di dokumen ini.") % {
            "code": data["code"]}
    supports = data.get("supports")
    if supports is not None:
        if plan.level != PlanLevel.RENSTRA:
            errors["supports"] = _("Hanya indikator Renstra yang dapat mendukung indikator RPJMD.")
        elif supports.node.plan.level != PlanLevel.RPJMD:
            errors["supports"] = _("Pilih indikator dari RPJMD.")
    if plan.level == PlanLevel.RENSTRA and data.get("agency") not in (None, plan.agency):
        errors["agency"] = _("Indikator Renstra menjadi tanggung jawab OPD pemilik Renstra.")
    if data.get("agency") is None:
        errors["agency"] = _("Pilih OPD penanggung jawab.")
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def indicator_create(*, actor: Any, node: PlanNode, **data: Any) -> Indicator:
    plan = node.plan
    if plan.level == PlanLevel.RENSTRA:
        data["agency"] = data.get("agency") or plan.agency
    _check_indicator(plan=plan, data=data, exclude=None)
    indicator = Indicator.objects.create(region_id=node.region_id, node=node, **data)
    audit_record(actor=actor, action="performance.indicator.created", obj=indicator,
                 changes=diff({}, snapshot(indicator, INDICATOR_FIELDS)))
    return indicator


def indicator_update(*, actor: Any, indicator: Indicator, **data: Any) -> Indicator:
    """Refused (and audited) when a change to how it is scored would alter a locked capaian."""
    if any(field in data and data[field] != getattr(indicator, field)
           for field in SCORED_INDICATOR_FIELDS):
        ensure_indicators_unlocked(actor=actor, indicator_ids=[indicator.pk], obj=indicator,
                                   attempt=_("ubah indikator"))
    return _indicator_update(actor=actor, indicator=indicator, **data)


@transaction.atomic
def _indicator_update(*, actor: Any, indicator: Indicator, **data: Any) -> Indicator:
    plan = indicator.node.plan
    merged = {f: getattr(indicator, f) for f in ("code", "supports", "agency")}
    merged.update(data)
    _check_indicator(plan=plan, data=merged, exclude=indicator.pk)
    changes = update_with_audit(actor=actor, instance=indicator, fields=INDICATOR_FIELDS,
                                data=data, action="performance.indicator.updated")
    if {"polarity", "is_range", "aggregation"} & changes.keys():  # how its capaian is computed
        indicator_scores_refresh(region_id=indicator.region_id, indicator_ids=[indicator.pk])
    return indicator


def indicator_set_active(*, actor: Any, indicator: Indicator, active: bool) -> Indicator:
    return indicator_update(actor=actor, indicator=indicator, is_active=active)
