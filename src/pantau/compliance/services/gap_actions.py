"""Actions that close gaps: an OPD owns one, with a due date, a status and evidence (an image or
PDF checked by its content). Operators act only for their own OPD; a refusal is audited."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot
from pantau.compliance.models import (
    FAMILY_ASSESSOR,
    ActionStatus,
    Family,
    GapAction,
    InstrumentIndicator,
)
from pantau.compliance.selectors.gap_actions import may_manage_action
from pantau.compliance.selectors.predictions import applying_instrument
from pantau.tenancy.models import Agency, Region, ServiceUnit
from pantau.uploads import IMAGE_OR_PDF, check_upload

ACTION_FIELDS = ("year", "unit", "indicator", "owner", "title", "due_date", "status", "note",
                 "evidence_name")
TITLE_MAX = 300


def gap_action_refuse(*, actor: Any, region: Region, obj: Any, reason: str) -> None:
    """Audit the refusal of another OPD's gap or action, then refuse it (403)."""
    audit_record(actor=actor, action="compliance.gap_action.refused", obj=obj, region=region,
                 note=reason)
    raise PermissionDenied(reason)


def gap_action_create(*, actor: Any, region: Region, year: int, unit: ServiceUnit,
                      indicator: InstrumentIndicator, owner: Agency, title: str,
                      due_date: datetime.date, status: str = ActionStatus.PLANNED,
                      note: str = "", evidence: UploadedFile | None = None) -> GapAction:
    if unit.region_id != region.pk or indicator.region_id != region.pk:
        raise ValidationError(_("Unit atau indikator itu bukan milik Pemda ini."))
    if not may_manage_action(actor, unit=unit):
        gap_action_refuse(actor=actor, region=region, obj=unit, reason=_(
            "Tindakan untuk unit OPD lain ditolak."))
    instrument = indicator.instrument
    assessor = FAMILY_ASSESSOR[Family(instrument.family)]
    if applying_instrument(region=region, assessor=assessor, year=year) != instrument:
        raise ValidationError(_(
            "Indikator itu bukan bagian dari versi instrumen yang berlaku untuk tahun "
            "%(year)s.") % {"year": year})
    action = GapAction(region=region, year=year, unit=unit, indicator=indicator,
                       created_by=actor if getattr(actor, "pk", None) else None)
    return _save(actor=actor, action=action, owner=owner, title=title, due_date=due_date,
                 status=status, note=note, evidence=evidence)


def gap_action_update(*, actor: Any, action: GapAction, owner: Agency, title: str,
                      due_date: datetime.date, status: str, note: str = "",
                      evidence: UploadedFile | None = None) -> GapAction:
    if not may_manage_action(actor, unit=action.unit, owner=action.owner):
        gap_action_refuse(actor=actor, region=action.region, obj=action, reason=_(
            "Tindakan milik OPD lain tidak dapat diubah."))
    return _save(actor=actor, action=action, owner=owner, title=title, due_date=due_date,
                 status=status, note=note, evidence=evidence)


def _save(*, actor: Any, action: GapAction, owner: Agency, title: str, due_date: datetime.date,
          status: str, note: str, evidence: UploadedFile | None) -> GapAction:
    region = action.region
    problems: dict[str, str] = {}
    if owner.region_id != region.pk:
        problems["owner"] = _("OPD itu bukan milik Pemda ini.")
    elif not (actor.has_perm("compliance.manage_actions", owner)
              or (action.pk and owner.pk == action.owner_id)):
        problems["owner"] = _("Operator hanya dapat menugaskan tindakan kepada OPD-nya sendiri.")
    if not title.strip():
        problems["title"] = _("Isi tindakan yang akan dilakukan.")
    elif len(title.strip()) > TITLE_MAX:
        problems["title"] = _("Tindakan paling panjang %(n)s karakter.") % {"n": TITLE_MAX}
    if status not in ActionStatus.values:
        problems["status"] = _("Status tidak dikenal.")
    if evidence is not None:
        try:
            check_upload(evidence, IMAGE_OR_PDF)
        except ValidationError as error:
            problems["evidence"] = " ".join(error.messages)
    if problems:
        raise ValidationError(problems)
    with transaction.atomic():
        before = snapshot(action, ACTION_FIELDS) if action.pk else {}
        was_done = action.status == ActionStatus.DONE and action.pk is not None
        action.owner, action.title, action.due_date = owner, title.strip(), due_date
        action.status, action.note = status, note.strip()
        if status == ActionStatus.DONE and not was_done:
            action.done_at = timezone.now()
        elif status != ActionStatus.DONE:
            action.done_at = None
        if evidence is not None:
            name = (evidence.name or "bukti")[:255]
            action.evidence.save(name, evidence, save=False)
            action.evidence_name = name
        changes = diff(before, snapshot(action, ACTION_FIELDS))
        verb = "updated" if action.pk else "created"
        if changes or verb == "created":
            action.save()
            audit_record(actor=actor, action=f"compliance.gap_action.{verb}", obj=action,
                         changes=changes)
    return action
