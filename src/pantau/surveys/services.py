"""Writes to SKM surveys, responses and the rollup. Each call is one transaction.

Survey changes and invalidations write an audit event. A public submission is itself an
append-only record (who: anonymous; when: ``submitted_at``), so it is not audited one by one.
"""

from __future__ import annotations

import datetime
import zoneinfo
from collections.abc import Mapping, Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot, update_with_audit
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.questionnaires import questionnaire_current
from pantau.surveys.questions import ELEMENT_FIELDS
from pantau.surveys.rollup import rollup_add, rollup_rebuild
from pantau.tenancy.models import Region, ServiceProduct, ServiceUnit

SURVEY_FIELDS = ("unit", "title", "starts_on", "ends_on", "population", "is_active")
PROFILE_FIELDS = ("age_band", "sex", "education", "occupation")


class SubmissionDuplicate(Exception):
    """This form load was already counted."""


class SurveyClosed(Exception):
    """The survey is inactive or outside its dates."""


def local_day(*, region: Region, moment: datetime.datetime) -> datetime.date:
    return moment.astimezone(zoneinfo.ZoneInfo(region.timezone)).date()


def survey_is_open(*, survey: Survey, day: datetime.date) -> bool:
    return survey.is_active and survey.starts_on <= day <= survey.ends_on


def _check_survey(data: Mapping[str, Any]) -> None:
    if data["ends_on"] < data["starts_on"]:
        raise ValidationError(
            {"ends_on": _("Tanggal selesai tidak boleh sebelum tanggal mulai.")}
        )


@transaction.atomic
def survey_create(*, actor: Any, unit: ServiceUnit, **data: Any) -> Survey:
    _check_survey(data)
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
    merged = {"starts_on": survey.starts_on, "ends_on": survey.ends_on, **data}
    _check_survey(merged)
    if "unit" in data and data["unit"].pk != survey.unit_id and survey.responses.exists():
        raise ValidationError(
            {"unit": _("Unit layanan tidak dapat diganti karena survei sudah memiliki jawaban.")}
        )
    update_with_audit(actor=actor, instance=survey, fields=SURVEY_FIELDS, data=data,
                      action="surveys.survey.updated")
    return survey


def tally_add(*, survey: Survey, day: datetime.date, count: int, sums: Sequence[int]) -> None:
    """Adds ``count`` responses with these element sums (negative to remove) to the rollup."""
    rollup_add(region_id=survey.region_id, unit_id=survey.unit_id, survey_id=survey.pk,
               day=day, count=count, sums=sums)


def _tally_add(*, response: SurveyResponse, sign: int) -> None:
    """Adds (sign=1) or removes (sign=-1) one response in its day's and month's rollup rows."""
    rollup_add(region_id=response.region_id, unit_id=response.unit_id,
               survey_id=response.survey_id, day=response.day, count=sign,
               sums=[sign * value for value in response.answers()])


def _check_answers(answers: Sequence[int]) -> None:
    if len(answers) != len(ELEMENT_FIELDS) or any(
        isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 4
        for value in answers
    ):
        raise ValidationError(_("Setiap unsur harus dijawab dengan nilai 1–4."))


def response_submit(
    *,
    survey: Survey,
    answers: Sequence[int],
    token: str,
    profile: Mapping[str, str] | None = None,
    product: ServiceProduct | None = None,
    comment: str = "",
    submitted_at: datetime.datetime | None = None,
) -> SurveyResponse:
    """Counts one questionnaire: the response row and its day's rollup, together or not at all."""
    _check_answers(answers)
    moment = submitted_at or timezone.now()
    day = local_day(region=survey.region, moment=moment)
    if not survey_is_open(survey=survey, day=day):
        raise SurveyClosed
    if product is not None and product.unit_id != survey.unit_id:
        raise ValidationError(_("Layanan yang dipilih bukan layanan unit ini."))
    profile = {name: (profile or {}).get(name, "") for name in PROFILE_FIELDS}
    response = SurveyResponse(
        region_id=survey.region_id, survey=survey, unit_id=survey.unit_id,
        submitted_at=moment, day=day, product=product, comment=comment[:1000], token=token,
        **profile, **dict(zip(ELEMENT_FIELDS, answers, strict=True)),
    )
    try:
        with transaction.atomic():  # one write transaction: the row and both rollup levels
            response.save(force_insert=True)
            _tally_add(response=response, sign=1)
    except IntegrityError as error:
        if SurveyResponse.objects.filter(token=token).exists():
            raise SubmissionDuplicate from error
        raise
    return response


@transaction.atomic
def response_invalidate(*, actor: Any, response: SurveyResponse, reason: str) -> SurveyResponse:
    """Marks a response invalid (never deletes it) and takes it out of the rollup."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Alasan wajib diisi.")})
    locked = SurveyResponse.objects.select_for_update().get(pk=response.pk)
    if not locked.is_valid:
        raise ValidationError(_("Jawaban ini sudah ditandai tidak sah."))
    locked.is_valid = False
    locked.invalid_reason = reason
    locked.invalidated_by = actor
    locked.invalidated_at = timezone.now()
    locked.save(update_fields=["is_valid", "invalid_reason", "invalidated_by", "invalidated_at"])
    _tally_add(response=locked, sign=-1)
    audit_record(
        actor=actor, action="surveys.response.invalidated", obj=locked,
        changes={"is_valid": [True, False], "invalid_reason": ["", reason]},
    )
    return locked


@transaction.atomic
def tally_recount(*, region: Region, actor: Any = None) -> int:
    """Rebuilds the Pemda's rollup (daily and monthly) from its valid raw responses.

    Set-based: one ``INSERT … SELECT … GROUP BY`` per level after deleting the Pemda's rows.
    Returns the daily rows written.
    """
    rows = rollup_rebuild(region_id=region.pk)
    audit_record(
        actor=actor, action="surveys.tally.recounted", region=region,
        note=f"{rows} baris rekap harian dihitung ulang",
    )
    return rows
