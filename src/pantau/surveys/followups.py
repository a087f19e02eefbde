"""Follow-up plans for the weakest elements (services and selectors), audited on every change."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot, update_with_audit
from pantau.spreadsheets.writer import Column, Table
from pantau.surveys.models import Survey, SurveyFollowUp
from pantau.surveys.questions import elements
from pantau.surveys.results import visible_units

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


def followup_list(*, user: Any, status: str = "") -> QuerySet[SurveyFollowUp]:
    followups = SurveyFollowUp.objects.filter(
        unit__in=visible_units(user=user)
    ).select_related("survey", "unit", "unit__agency")
    if status:
        followups = followups.filter(status=status)
    return followups.order_by("due_on", "unit__name", "pk")


def followup_table(followups: QuerySet[SurveyFollowUp]) -> Table:
    names = {element.index: element.name for element in elements()}

    def rows() -> Iterator[list[Any]]:
        for item in followups:
            yield [
                item.unit.agency.short_name, item.unit.name, item.survey.title,
                f"U{item.element}", names[item.element], item.action, item.owner, item.due_on,
                item.get_status_display(), item.note,
            ]

    return Table(
        title=_("Rencana tindak lanjut SKM"),
        columns=[Column(_("OPD"), 12), Column(_("Unit layanan"), 28), Column(_("Survei"), 28),
                 Column(_("Kode"), 7), Column(_("Unsur"), 28), Column(_("Rencana"), 40),
                 Column(_("Penanggung jawab"), 24), Column(_("Batas waktu"), 13, "dd/mm/yyyy"),
                 Column(_("Status"), 16), Column(_("Catatan"), 30)],
        rows=rows(), sheet_name=_("Tindak lanjut"),
    )
