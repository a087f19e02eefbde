"""A unit's SKM survey set up and changed, each call one transaction and one audit event."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max, Min
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot, update_with_audit
from pantau.dates import table_date
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.selectors.questionnaires import questionnaire_current
from pantau.surveys.selectors.surveys import public_survey_forget
from pantau.tenancy.models import ServiceUnit

SURVEY_FIELDS = ("unit", "title", "starts_on", "ends_on", "population", "is_active")


def _check_survey(data: Mapping[str, Any], *, unit: ServiceUnit,
                  survey: Survey | None = None) -> None:
    """Dates in order; one active survey per unit at a time (results and the public page would
    otherwise not know which one is the unit's); an existing survey's period still covers every
    answer it holds."""
    starts, ends = data["starts_on"], data["ends_on"]
    if ends < starts:
        raise ValidationError(
            {"ends_on": _("Tanggal selesai tidak boleh sebelum tanggal mulai.")}
        )
    if data.get("is_active", True):
        clash = Survey.objects.filter(unit=unit, is_active=True, starts_on__lte=ends,
                                      ends_on__gte=starts)
        other = (clash.exclude(pk=survey.pk) if survey else clash).order_by("starts_on").first()
        if other is not None:
            raise ValidationError({"starts_on": _(
                "Periode ini beririsan dengan survei aktif lain di unit yang sama: “%(title)s” "
                "(%(start)s – %(end)s). Satu unit hanya memiliki satu survei aktif pada satu "
                "waktu; ubah tanggalnya atau nonaktifkan survei itu lebih dulu."
            ) % {"title": other.title, "start": table_date(other.starts_on),
                 "end": table_date(other.ends_on)}})
    if survey is not None:
        span = SurveyResponse.objects.filter(survey=survey).aggregate(
            first=Min("day"), last=Max("day"))
        errors = {}
        if span["first"] is not None and span["first"] < starts:
            errors["starts_on"] = _(
                "Sudah ada jawaban sejak %(day)s; tanggal mulai tidak boleh sesudahnya."
            ) % {"day": table_date(span["first"])}
        if span["last"] is not None and span["last"] > ends:
            errors["ends_on"] = _(
                "Sudah ada jawaban sampai %(day)s; tanggal selesai tidak boleh sebelumnya."
            ) % {"day": table_date(span["last"])}
        if errors:
            raise ValidationError(errors)


@transaction.atomic
def survey_create(*, actor: Any, unit: ServiceUnit, **data: Any) -> Survey:
    _check_survey(data, unit=unit)
    survey = Survey.objects.create(
        region_id=unit.region_id, unit=unit,
        questionnaire=questionnaire_current(region=unit.region), **data,
    )
    audit_record(
        actor=actor, action="surveys.survey.created", obj=survey,
        changes=diff({}, snapshot(survey, SURVEY_FIELDS)),
    )
    return survey


@transaction.atomic
def survey_update(*, actor: Any, survey: Survey, **data: Any) -> Survey:
    merged = {"starts_on": survey.starts_on, "ends_on": survey.ends_on,
              "is_active": survey.is_active, **data}
    _check_survey(merged, unit=data.get("unit") or survey.unit, survey=survey)
    if "unit" in data and data["unit"].pk != survey.unit_id and survey.responses.exists():
        raise ValidationError(
            {"unit": _("Unit layanan tidak dapat diganti karena survei sudah memiliki jawaban.")}
        )
    update_with_audit(actor=actor, instance=survey, fields=SURVEY_FIELDS, data=data,
                      action="surveys.survey.updated")
    transaction.on_commit(lambda: public_survey_forget(survey.public_code))
    return survey
