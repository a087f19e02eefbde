"""Public SKM submissions, and marking a response invalid or counting it again.

A public submission is itself an append-only record (who: anonymous; when: ``submitted_at``), so
it is not audited one by one; invalidating and restoring are audited. Each call is one
transaction; the rollup (``pantau.surveys.rollup``) changes in the same transaction, or, for a
submission folded in later, not at all.
"""

from __future__ import annotations

import datetime
import logging
import time
from collections.abc import Mapping, Sequence
from contextlib import nullcontext
from typing import Any, NoReturn

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from pantau.audit.services import audit_record
from pantau.surveys.extras import extras_store
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS, PROFILE_FIELDS

# _rollup_add relies on this module's transactions and audit events: see its docstring.
from pantau.surveys.rollup import _rollup_add, rollup_deferred, rollup_fold_task, rollup_lock
from pantau.surveys.selectors.surveys import local_day, survey_is_open
from pantau.tenancy.models import ServiceProduct

logger = logging.getLogger(__name__)


class SubmissionDuplicate(Exception):
    """This form load was already counted."""


class SurveyClosed(Exception):
    """The survey is inactive or outside its dates."""


_INSERT_COLUMNS = (
    "region_id", "survey_id", "unit_id", "submitted_at", "day", *ELEMENT_FIELDS, *PROFILE_FIELDS,
    "product_id", "comment", "token", "is_valid", "invalid_reason", "counted",
)


def _insert_sql(*, with_product: bool) -> str:
    """One guarded INSERT … SELECT: the row is written only if the survey (read in the same
    statement, not from any cache) is active and open on that day, and the product, if any, is an
    active product of its unit; a token already used writes nothing."""
    product = (f" AND EXISTS (SELECT 1 FROM {ServiceProduct._meta.db_table} p "  # noqa: S608
               "WHERE p.id = %s AND p.unit_id = s.unit_id AND p.is_active)") if with_product else ""
    values = ", ".join(["%s"] * (len(_INSERT_COLUMNS) - 3))
    return (
        f"INSERT INTO {SurveyResponse._meta.db_table} ({', '.join(_INSERT_COLUMNS)}) "  # noqa: S608
        f"SELECT s.region_id, s.id, s.unit_id, {values} FROM {Survey._meta.db_table} s "
        f"WHERE s.id = %s AND s.is_active AND s.starts_on <= %s AND s.ends_on >= %s{product} "
        "ON CONFLICT (token) DO NOTHING RETURNING id, region_id, unit_id"
    )


_INSERT = {False: _insert_sql(with_product=False), True: _insert_sql(with_product=True)}
_ATTNAMES = [field.attname for field in SurveyResponse._meta.concrete_fields]
_FOLD_REQUESTED = [float("-inf")]  # this process's last request for a background fold


def _request_fold() -> None:
    """Queues a background fold at most once per ``SKM_FOLD_INTERVAL`` (2) seconds: checked
    first in this process (no I/O), then across processes through the shared cache, so a busy
    site runs one small fold task per interval, not one per web worker.

    Never fails the submission (already stored): readers fold anyway, so a lost request only
    delays the background work.
    """
    now = time.monotonic()
    interval = getattr(settings, "SKM_FOLD_INTERVAL", 2)
    if now - _FOLD_REQUESTED[0] < interval:
        return
    _FOLD_REQUESTED[0] = now
    try:
        cache = caches[getattr(settings, "SKM_RATE_CACHE", "default")]
        if cache.add("skm-fold-queued", 1, timeout=max(1, int(interval))):
            rollup_fold_task.enqueue()
    except Exception:
        logger.exception("SKM: could not queue the background fold")


def response_submit(
    *,
    survey: Survey,
    answers: Sequence[int],
    token: str,
    profile: Mapping[str, str] | None = None,
    product: ServiceProduct | int | None = None,
    comment: str = "",
    submitted_at: datetime.datetime | None = None,
    extra: Mapping[str, Mapping[str, str]] | None = None,
) -> SurveyResponse:
    """Counts one questionnaire (``product``: a product of the survey's unit, or its id).

    One INSERT. Where the rollup is deferred (PostgreSQL) that is all: the row waits, uncounted,
    for the fold. Otherwise the response and both rollup levels are written in one transaction.
    Either way a token counts once and a closed survey or a wrong product writes nothing.

    The answers, profile and comment arrive checked: the public form is the one entry and reads
    them through ``forms.answer_sheet``, so they are not checked again here. The INSERT still
    guards what a cached copy cannot know (the survey open, the product the unit's and active)
    and the database refuses an answer outside 1–4 (a check constraint per element).

    ``extra``: the answered extra questions by section (``pantau.surveys.extras``), stored by
    their providers in the same transaction as the response, even where the rollup is deferred.
    """
    moment = submitted_at or timezone.now()
    day = local_day(region=survey.region, moment=moment)
    if not survey_is_open(survey=survey, day=day):
        raise SurveyClosed
    product_id = product.pk if isinstance(product, ServiceProduct) else product
    profile = {name: (profile or {}).get(name, "") for name in PROFILE_FIELDS}
    deferred = rollup_deferred()
    ops = connection.ops
    params: list[Any] = [
        ops.adapt_datetimefield_value(moment), ops.adapt_datefield_value(day), *answers,
        *profile.values(), product_id, comment[:1000], token, True, "", not deferred,
        survey.pk, ops.adapt_datefield_value(day), ops.adapt_datefield_value(day),
    ]
    if product_id is not None:
        params.append(product_id)
    with nullcontext() if deferred and not extra else transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute(_INSERT[product_id is not None], params)
            row = cursor.fetchone()
        if row is None:
            _refused(survey=survey, token=token, day=day, product_id=product_id)
        response_id, region_id, unit_id = row
        if extra:
            extras_store(survey=survey, response_id=response_id, day=day, extra=extra)
        if not deferred:
            _rollup_add(region_id=region_id, unit_id=unit_id, survey_id=survey.pk, day=day,
                       count=1, sums=answers)
    if deferred:
        transaction.on_commit(_request_fold)  # at once outside a transaction
    values = {
        "id": response_id, "region_id": region_id, "survey_id": survey.pk, "unit_id": unit_id,
        "submitted_at": moment, "day": day, **dict(zip(ELEMENT_FIELDS, answers, strict=True)),
        **profile, "product_id": product_id, "comment": comment[:1000], "token": token,
        "is_valid": True, "invalid_reason": "", "invalidated_by_id": None,
        "invalidated_at": None, "counted": not deferred,
    }
    response = SurveyResponse.from_db(connection.alias, _ATTNAMES,
                                      [values[name] for name in _ATTNAMES])  # as if read back
    SurveyResponse.survey.field.set_cached_value(response, survey)
    return response


def _refused(*, survey: Survey, token: str, day: datetime.date,
             product_id: int | None) -> NoReturn:
    """Why the guarded INSERT wrote nothing, read fresh from the database."""
    with scopes_disabled():
        if SurveyResponse.objects.filter(token=token).exists():
            raise SubmissionDuplicate
        fresh = Survey.objects.filter(pk=survey.pk).first()
        if fresh is None or not survey_is_open(survey=fresh, day=day):
            raise SurveyClosed
        if product_id is not None and not ServiceProduct.objects.filter(
            pk=product_id, unit_id=fresh.unit_id, is_active=True
        ).exists():
            raise ValidationError(_("Layanan yang dipilih bukan layanan unit ini."))
    raise SurveyClosed  # changed again in between: refuse rather than guess


@transaction.atomic
def response_invalidate(*, actor: Any, response: SurveyResponse, reason: str) -> SurveyResponse:
    """Marks a response invalid (never deletes it) and takes it out of the rollup if counted.

    A response not yet folded in simply stays out: the fold skips invalid rows.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Alasan wajib diisi.")})
    rollup_lock()  # before the row lock, as every tally writer does
    locked = SurveyResponse.objects.select_for_update().get(pk=response.pk)
    if not locked.is_valid:
        raise ValidationError(_("Jawaban ini sudah ditandai tidak sah."))
    locked.is_valid = False
    locked.invalid_reason = reason
    locked.invalidated_by = actor
    locked.invalidated_at = timezone.now()
    locked.save(update_fields=["is_valid", "invalid_reason", "invalidated_by", "invalidated_at"])
    if locked.counted:
        _rollup_add(region_id=locked.region_id, unit_id=locked.unit_id,
                   survey_id=locked.survey_id, day=locked.day, count=-1,
                   sums=[-value for value in locked.answers()])
    audit_record(
        actor=actor, action="surveys.response.invalidated", obj=locked,
        changes={"is_valid": [True, False], "invalid_reason": ["", reason]},
    )
    return locked


@transaction.atomic
def response_restore(*, actor: Any, response: SurveyResponse, reason: str) -> SurveyResponse:
    """Counts an invalidated response again (a mistaken invalidation), with a reason.

    A counted row adds its answers only while valid, so a counted one is added back here; one not
    folded yet is simply valid again and the fold counts it.
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": _("Alasan wajib diisi.")})
    rollup_lock()  # before the row lock, as every tally writer does
    locked = SurveyResponse.objects.select_for_update().get(pk=response.pk)
    if locked.is_valid:
        raise ValidationError(_("Jawaban ini sah; tidak ada yang perlu dikembalikan."))
    previous = locked.invalid_reason
    locked.is_valid = True
    locked.invalid_reason = ""
    locked.invalidated_by = None
    locked.invalidated_at = None
    locked.save(update_fields=["is_valid", "invalid_reason", "invalidated_by", "invalidated_at"])
    if locked.counted:
        _rollup_add(region_id=locked.region_id, unit_id=locked.unit_id,
                   survey_id=locked.survey_id, day=locked.day, count=1, sums=locked.answers())
    audit_record(
        actor=actor, action="surveys.response.restored", obj=locked, note=reason,
        changes={"is_valid": [False, True], "invalid_reason": [previous, ""]},
    )
    return locked
