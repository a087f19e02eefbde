"""Writes to plans (RPJMD, Renstra) and their tree nodes. One transaction and audit event each.

Nodes are never deleted (scores are computed from them): they are deactivated.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot, update_with_audit
from pantau.performance.locks import ensure_indicators_unlocked
from pantau.performance.models import Indicator, Plan, PlanLevel, PlanNode
from pantau.performance.models.plans import allowed_child_levels, level_label
from pantau.tenancy.models import Region

PLAN_FIELDS = ("level", "agency", "title", "start_year", "end_year", "is_active")
NODE_FIELDS = ("parent", "level", "code", "name", "position", "is_active")


def _check_plan(*, region: Region, data: dict[str, Any], exclude: int | None) -> None:
    errors: dict[str, str] = {}
    if data["level"] == PlanLevel.RENSTRA and not data.get("agency"):
        errors["agency"] = _("Renstra harus dimiliki satu OPD.")
    if data["level"] == PlanLevel.RPJMD and data.get("agency"):
        errors["agency"] = _("RPJMD adalah dokumen Pemda: kosongkan OPD.")
    if data["end_year"] < data["start_year"]:
        errors["end_year"] = _("Tahun akhir tidak boleh sebelum tahun awal.")
    elif data["end_year"] - data["start_year"] > 9:
        errors["end_year"] = _("Periode dokumen paling lama 10 tahun.")
    same = Plan.objects.filter(region=region, level=data["level"], agency=data.get("agency"),
                               start_year=data["start_year"])
    if exclude is not None:
        same = same.exclude(pk=exclude)
    if same.exists():
        errors["start_year"] = _("Dokumen ini untuk tahun awal %(year)s sudah ada.") % {
            "year": data["start_year"]}
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def plan_create(*, actor: Any, region: Region, **data: Any) -> Plan:
    _check_plan(region=region, data=data, exclude=None)
    plan = Plan.objects.create(region=region, **data)
    audit_record(actor=actor, action="performance.plan.created", obj=plan,
                 changes=diff({}, snapshot(plan, PLAN_FIELDS)))
    return plan


@transaction.atomic
def plan_update(*, actor: Any, plan: Plan, **data: Any) -> Plan:
    merged = {f: getattr(plan, f) for f in ("level", "agency", "start_year", "end_year")}
    merged.update(data)
    _check_plan(region=plan.region, data=merged, exclude=plan.pk)
    moved = merged["level"] != plan.level or merged["agency"] != plan.agency
    if moved and plan.nodes.exists():  # the tree's levels and the indicators' OPD depend on it
        raise ValidationError({"level": _("Jenis dokumen dan OPD tidak dapat diganti karena "
                                          "dokumen sudah berisi simpul.")})
    update_with_audit(actor=actor, instance=plan, fields=PLAN_FIELDS, data=data,
                      action="performance.plan.updated")
    return plan


def _check_node(*, plan: Plan, parent: PlanNode | None, level: str, code: str,
               exclude: int | None = None) -> None:
    """Refuses a level that may not sit under the parent, or a code already used in the plan."""
    errors: dict[str, str] = {}
    if parent is not None and parent.plan_id != plan.pk:
        errors["parent"] = _("Simpul induk harus dari dokumen yang sama.")
    allowed = allowed_child_levels(plan=plan, parent=parent)
    if level not in allowed:
        where = (_("di bawah %(level)s") % {"level": parent.get_level_display().lower()}
                 if parent else _("di puncak %(plan)s") % {"plan": plan.get_level_display()})
        errors["level"] = _("Tingkat “%(level)s” tidak boleh %(where)s.") % {
            "level": level_label(level), "where": where}
    if code:
        same = PlanNode.objects.filter(plan=plan, code__iexact=code)
        if exclude is not None:
            same = same.exclude(pk=exclude)
        if same.exists():
            errors["code"] = _("Kode “%(code)s” sudah dipakai simpul lain di dokumen ini.") % {
                "code": code}
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def node_create(*, actor: Any, plan: Plan, parent: PlanNode | None, level: str, name: str,
                code: str = "", position: int = 0) -> PlanNode:
    _check_node(plan=plan, parent=parent, level=level, code=code)
    node = PlanNode.objects.create(region_id=plan.region_id, plan=plan, parent=parent,
                                   level=level, code=code, name=name, position=position)
    audit_record(actor=actor, action="performance.node.created", obj=node,
                 changes=diff({}, snapshot(node, NODE_FIELDS)))
    return node


@transaction.atomic
def node_update(*, actor: Any, node: PlanNode, **data: Any) -> PlanNode:
    if "code" in data:
        _check_node(plan=node.plan, parent=node.parent, level=node.level, code=data["code"],
                   exclude=node.pk)
    update_with_audit(actor=actor, instance=node, fields=NODE_FIELDS, data=data,
                      action="performance.node.updated")
    return node


def _descendant_ids(node: PlanNode) -> list[int]:
    by_parent: dict[int | None, list[int]] = {}
    for pk, parent_id in PlanNode.objects.filter(plan_id=node.plan_id).values_list("pk",
                                                                                   "parent_id"):
        by_parent.setdefault(parent_id, []).append(pk)
    found, stack = [], list(by_parent.get(node.pk, []))
    while stack:
        pk = stack.pop()
        found.append(pk)
        stack.extend(by_parent.get(pk, []))
    return found


def node_set_active(*, actor: Any, node: PlanNode, active: bool) -> PlanNode:
    """Deactivating a node also deactivates everything under it and their indicators, so an
    active indicator always hangs under active nodes; reactivating restores the node only.
    Refused (and audited) when one of those indicators has a locked realization."""
    if active and node.parent is not None and not node.parent.is_active:
        raise ValidationError(_("Aktifkan dulu simpul induknya."))
    if active or not node.is_active:
        return node_update(actor=actor, node=node, is_active=active)
    below = _descendant_ids(node)
    ensure_indicators_unlocked(
        actor=actor, obj=node, attempt=_("nonaktifkan simpul"),
        indicator_ids=list(Indicator.objects.filter(node_id__in=[node.pk, *below], is_active=True)
                           .values_list("pk", flat=True)))
    return _node_deactivate(actor=actor, node=node, below=below)


@transaction.atomic
def _node_deactivate(*, actor: Any, node: PlanNode, below: list[int]) -> PlanNode:
    nodes_off = PlanNode.objects.filter(pk__in=below, is_active=True).update(is_active=False)
    indicators_off = Indicator.objects.filter(node_id__in=[node.pk, *below],
                                              is_active=True).update(is_active=False)
    node.is_active = False
    node.save(update_fields=["is_active"])
    audit_record(actor=actor, action="performance.node.deactivated", obj=node, changes={
        "is_active": [True, False], "nodes_below_deactivated": [0, nodes_off],
        "indicators_deactivated": [0, indicators_off]})
    return node
