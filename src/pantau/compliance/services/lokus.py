"""Lokus: draw (mandatory units plus a reproducible draw), replace with a reason, check a draw.

The draw is ``random.Random(seed).sample(candidates, k)`` over the stored, ordered candidate
list (``compliance.draw``): seed and list are stored, so anyone can repeat it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff
from pantau.compliance.draw import draw
from pantau.compliance.lokus_checks import (
    DrawPlan,
    draw_plan,
    mandatory_of,
    refuse_second_draw,
    second_draw_message,
)
from pantau.compliance.models import Lokus, LokusReason, LokusStatus, LokusUnit
from pantau.tenancy.models import Region, ServiceUnit, UnitKind


def lokus_draw(*, actor: Any, region: Region, year: int, assessor: str,
               mandatory_units: Sequence[ServiceUnit | int], drawn_kind: str,
               draw_count: int | None, all_of_kind: bool, seed: str | None = None,
               note: str = "") -> Lokus:
    """A new lokus for the year and assessor. Refused when one is already in force (an admin
    replaces it instead), and for units of another Pemda; both refusals audited."""
    mandatory = mandatory_of(actor=actor, region=region, units=mandatory_units)
    refuse_second_draw(actor=actor, region=region, year=year, assessor=assessor)
    plan = draw_plan(region=region, year=year, assessor=assessor, mandatory=mandatory,
                     drawn_kind=drawn_kind, draw_count=draw_count, all_of_kind=all_of_kind,
                     seed=seed)
    try:
        with transaction.atomic():
            lokus = _write(actor=actor, region=region, year=year, assessor=assessor,
                           drawn_kind=drawn_kind, all_of_kind=all_of_kind, plan=plan,
                           note=note)
            audit_record(actor=actor, action="compliance.lokus.drawn", obj=lokus,
                         changes=diff({}, _summary(lokus)), note=note.strip())
    except IntegrityError:  # drawn by someone else a moment ago
        existing = Lokus.objects.get(region=region, year=year, assessor=assessor,
                                     status=LokusStatus.ACTIVE)
        raise ValidationError(second_draw_message(existing)) from None
    return lokus


def lokus_replace(*, actor: Any, lokus: Lokus, reason: str,
                  mandatory_units: Sequence[ServiceUnit | int], drawn_kind: str,
                  draw_count: int | None, all_of_kind: bool, seed: str | None = None,
                  note: str = "") -> Lokus:
    """Replaces the lokus in force with a new draw for the same year and assessor. The old one
    stays, marked replaced, pointing at the new one with the reason, who and when."""
    region = lokus.region
    if not reason.strip():
        raise ValidationError({"reason": _("Tuliskan alasan penggantian lokus.")})
    mandatory = mandatory_of(actor=actor, region=region, units=mandatory_units)
    plan = draw_plan(region=region, year=lokus.year, assessor=lokus.assessor,
                     mandatory=mandatory, drawn_kind=drawn_kind, draw_count=draw_count,
                     all_of_kind=all_of_kind, seed=seed)
    with transaction.atomic():
        old = Lokus.objects.select_for_update().get(pk=lokus.pk, region=region)
        if old.status != LokusStatus.ACTIVE:
            raise ValidationError(_("Lokus ini sudah diganti; yang dapat diganti hanya lokus "
                                    "yang berlaku."))
        old.status = LokusStatus.REPLACED  # first: one lokus in force per year and assessor
        old.save(update_fields=["status"])
        new = _write(actor=actor, region=region, year=old.year, assessor=old.assessor,
                     drawn_kind=drawn_kind, all_of_kind=all_of_kind, plan=plan, note=note)
        old.replaced_by, old.replaced_reason = new, reason.strip()
        old.replaced_at = timezone.now()
        old.replaced_by_user = actor if getattr(actor, "pk", None) else None
        old.save(update_fields=["replaced_by", "replaced_reason", "replaced_at",
                                "replaced_by_user"])
        # Before: the replaced draw; after: the new one that replaces it.
        changes = {"status": [LokusStatus.ACTIVE.value, LokusStatus.REPLACED.value],
                   "replaced_by": [None, f"#{new.pk}"], **diff(_summary(old), _summary(new))}
        audit_record(actor=actor, action="compliance.lokus.replaced", obj=old, changes=changes,
                     note=reason.strip())
    lokus.refresh_from_db()
    return new


@dataclass(frozen=True)
class DrawCheck:
    """A lokus's draw repeated from its stored seed and candidates."""

    matches: bool
    expected: list[str]  # names drawn now, in draw order
    stored: list[str]  # names stored as drawn, in their order


def lokus_draw_check(*, actor: Any, lokus: Lokus) -> DrawCheck:
    """Repeats the draw from the stored seed and candidate list and compares it with the stored
    units (drawn ones in order; with "semua unit jenis ini" the rest as well). Audited."""
    rows = list(LokusUnit.objects.filter(lokus=lokus).select_related("unit")
                .order_by("position"))
    stored = [row for row in rows if row.reason == LokusReason.DRAWN]
    try:
        expected = draw(lokus.seed, lokus.candidates, lokus.draw_count)
    except ValueError:
        expected = []
    matches = [row.unit_id for row in stored] == [c["id"] for c in expected]
    if lokus.all_of_kind:
        drawn_ids = {c["id"] for c in expected}
        rest = {c["id"] for c in lokus.candidates if c["id"] not in drawn_ids}
        matches = matches and rest == {row.unit_id for row in rows
                                       if row.reason == LokusReason.ALL_OF_KIND}
    check = DrawCheck(matches=matches, expected=[c["name"] for c in expected],
                      stored=[row.unit.name for row in stored])
    with transaction.atomic():
        audit_record(actor=actor, action="compliance.lokus.checked", obj=lokus,
                     note=_("Undian diulang dari benih dan daftar calon yang tersimpan: "
                            "%(result)s.") % {"result": _("cocok") if matches
                                              else _("TIDAK cocok")})
    return check


def _write(*, actor: Any, region: Region, year: int, assessor: str, drawn_kind: str,
           all_of_kind: bool, plan: DrawPlan, note: str) -> Lokus:
    lokus = Lokus.objects.create(
        region=region, year=year, assessor=assessor, status=LokusStatus.ACTIVE,
        drawn_kind=drawn_kind, draw_count=len(plan.drawn), seed=plan.seed,
        candidates=plan.candidates, all_of_kind=all_of_kind and bool(drawn_kind),
        note=note.strip(), created_by=actor if getattr(actor, "pk", None) else None)
    ordered = ([(unit.pk, LokusReason.MANDATORY) for unit in plan.mandatory]
               + [(row["id"], LokusReason.DRAWN) for row in plan.drawn]
               + [(row["id"], LokusReason.ALL_OF_KIND) for row in plan.rest])
    LokusUnit.objects.bulk_create([
        LokusUnit(region=region, lokus=lokus, unit_id=unit_id, reason=reason, position=position)
        for position, (unit_id, reason) in enumerate(ordered, start=1)])
    return lokus


def _summary(lokus: Lokus) -> dict[str, Any]:
    """What the audit trail keeps of a draw (names, so it reads without the database)."""
    rows = list(LokusUnit.objects.filter(lokus=lokus).select_related("unit")
                .order_by("position"))

    def names(reason: str) -> list[str]:
        return [row.unit.name for row in rows if row.reason == reason]

    return {
        "year": lokus.year, "assessor": lokus.assessor,
        "mandatory": names(LokusReason.MANDATORY),
        "drawn_kind": str(UnitKind(lokus.drawn_kind).label) if lokus.drawn_kind else "",
        "draw_count": lokus.draw_count, "seed": lokus.seed,
        "candidates": [c["name"] for c in lokus.candidates],
        "drawn": names(LokusReason.DRAWN), "all_of_kind": lokus.all_of_kind,
    }
