"""Follow-up plans for the weakest elements, audited on every change."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot, update_with_audit
from pantau.surveys.models import Survey, SurveyFollowUp

FOLLOWUP_FIELDS = ("element", "action", "owner", "due_on", "status", "note")


def _check(data: dict[str, Any]) -> None:
    if not 1 <= int(data.get("element") or 0) <= 9:
        raise ValidationError({"element": _("Unsur harus salah satu dari U1–U9.")})
    if not str(data.get("action", "")).strip():
        raise ValidationError({"action": _("Rencana tindak lanjut wajib diisi.")})
    if not str(data.get("owner", "")).strip():
        raise ValidationError({"owner": _("Penanggung jawab wajib diisi.")})


@transaction.atomic
def followup_create(*, actor: Any, survey: Survey, **data: Any) -> SurveyFollowUp:
    _check(data)
    followup = SurveyFollowUp.objects.create(
        region_id=survey.region_id, survey=survey, unit_id=survey.unit_id, **data
    )
    audit_record(actor=actor, action="surveys.followup.created", obj=followup,
                 changes=diff({}, snapshot(followup, FOLLOWUP_FIELDS)))
    return followup


@transaction.atomic
def followup_update(*, actor: Any, followup: SurveyFollowUp, **data: Any) -> SurveyFollowUp:
    _check({**snapshot(followup, FOLLOWUP_FIELDS), **data})
    update_with_audit(actor=actor, instance=followup, fields=FOLLOWUP_FIELDS, data=data,
                      action="surveys.followup.updated")
    return followup
