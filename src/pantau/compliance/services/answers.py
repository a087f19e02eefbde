"""Self-assessment answers: the operator's score, note and evidence per indicator, and the
evaluator's review (a different score with a note). Both values are kept; the evaluator's, once
given, is the one that counts.

Refused with a clear message and nothing saved: a score outside the indicator's options, an
indicator of another version than the one the year is assessed on, an indicator another module
fills (the operator does not type it; the evaluator may override it in the review), evidence that
is not an image or PDF. A unit or indicator of another Pemda is not found (404). An operator
answering for another OPD's unit is refused and the refusal audited.
"""

from __future__ import annotations

from typing import Any, NoReturn

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot
from pantau.compliance.models import Answer, InstrumentIndicator
from pantau.compliance.selectors.assessment import assessed_instrument, indicator_scores
from pantau.tenancy.models import ServiceUnit
from pantau.uploads import IMAGE_OR_PDF, check_upload

OPERATOR_FIELDS = ("operator_score", "operator_note", "evidence_name")
REVIEW_FIELDS = ("evaluator_score", "evaluator_note")


def answer_save(*, actor: Any, region: Any, unit: ServiceUnit, indicator: InstrumentIndicator,
                year: int, score: int | None, note: str = "",
                evidence: UploadedFile | None = None) -> Answer:
    """The operator's answer to one indicator of one unit for ``year`` (created or changed)."""
    _ensure_same_region(region=region, unit=unit, indicator=indicator)
    _ensure_allowed(actor=actor, perm="compliance.answer", unit=unit, indicator=indicator,
                    year=year, attempt=_("jawab indikator"))
    _ensure_version(region=region, indicator=indicator, year=year)
    if indicator.auto_source:
        raise ValidationError(_(
            "Indikator ini diisi dari modul lain (%(source)s) dan tidak diketik ulang; "
            "perbaiki datanya di modul itu, atau minta evaluator mengoreksi nilainya.")
            % {"source": indicator.get_auto_source_display()})
    if score is None:
        raise ValidationError({"score": _("Pilih nilai untuk indikator ini.")})
    _ensure_option(indicator=indicator, score=score, field="score")
    content_type = ""
    if evidence is not None:
        try:
            content_type = check_upload(evidence, IMAGE_OR_PDF)
        except ValidationError as error:
            raise ValidationError({"evidence": error.messages}) from None
    with transaction.atomic():
        answer = _answer_for(region=region, unit=unit, indicator=indicator, year=year)
        before = snapshot(answer, OPERATOR_FIELDS) if answer.pk else {}
        answer.operator_score, answer.operator_note = score, note.strip()
        if evidence is not None:
            name = (evidence.name or "bukti")[:255]
            answer.evidence.save(name, evidence, save=False)
            answer.evidence_name, answer.evidence_type = name, content_type
        changes = diff(before, snapshot(answer, OPERATOR_FIELDS))
        if changes or not answer.pk or evidence is not None:
            answer.answered_at, answer.answered_by = timezone.now(), _user(actor)
            answer.save()
            audit_record(actor=actor, action="compliance.answer.saved", obj=answer,
                         changes={"indicator": [None, indicator.code], **changes})
    return answer


def answer_review(*, actor: Any, region: Any, unit: ServiceUnit,
                  indicator: InstrumentIndicator, year: int, score: int | None,
                  note: str = "") -> Answer:
    """The evaluator's score for one indicator; ``score`` None takes the operator's (or the
    filled) score as it stands. A score that differs from the operator's needs a note."""
    _ensure_same_region(region=region, unit=unit, indicator=indicator)
    _ensure_allowed(actor=actor, perm="compliance.review", unit=unit, indicator=indicator,
                    year=year, attempt=_("reviu jawaban"))
    _ensure_version(region=region, indicator=indicator, year=year)
    note = note.strip()
    if score is not None:
        _ensure_option(indicator=indicator, score=score, field="evaluator_score")
    with transaction.atomic():
        answer = _answer_for(region=region, unit=unit, indicator=indicator, year=year)
        if score is not None and score != answer.operator_score and not note:
            raise ValidationError({"evaluator_note": _(
                "Tuliskan alasan nilai evaluator yang berbeda dari nilai operator.")})
        before = snapshot(answer, REVIEW_FIELDS) if answer.pk else {}
        answer.evaluator_score, answer.evaluator_note = score, note
        changes = diff(before, snapshot(answer, REVIEW_FIELDS))
        if changes or not answer.reviewed_at:
            answer.reviewed_at, answer.reviewed_by = timezone.now(), _user(actor)
            answer.save()
            audit_record(actor=actor, action="compliance.answer.reviewed", obj=answer,
                         changes={"indicator": [None, indicator.code], **changes})
    return answer


def _user(actor: Any) -> Any:
    return actor if getattr(actor, "pk", None) else None


def _ensure_same_region(*, region: Any, unit: ServiceUnit,
                        indicator: InstrumentIndicator) -> None:
    if unit.region_id != region.pk or indicator.region_id != region.pk:
        raise Http404(_("Unit layanan atau indikator tidak ditemukan di Pemda ini."))


def _ensure_allowed(*, actor: Any, perm: str, unit: ServiceUnit,
                    indicator: InstrumentIndicator, year: int, attempt: str) -> None:
    if not actor.has_perm(perm, unit):
        _refuse(actor=actor, unit=unit, attempt=f"{attempt} {indicator.code} {year}",
                reason=_("Anda tidak berwenang mengisi atau mereviu penilaian mandiri unit "
                         "%(unit)s.") % {"unit": unit.name})


def _refuse(*, actor: Any, unit: ServiceUnit, attempt: str, reason: str) -> NoReturn:
    """Audited on the unit in its own transaction, so the record survives the refusal."""
    with transaction.atomic():
        audit_record(actor=actor, action="compliance.answer.refused", obj=unit,
                     note=f"{attempt}: {reason}")
    raise PermissionDenied(f"{reason} {_('Percobaan ini dicatat.')}")


def _ensure_version(*, region: Any, indicator: InstrumentIndicator, year: int) -> None:
    """The indicator belongs to the version ``year`` is assessed on."""
    instrument = assessed_instrument(region=region, family=indicator.instrument.family,
                                     year=year)
    if instrument is None or instrument.pk != indicator.instrument_id:
        raise ValidationError(_(
            "Indikator ini bukan bagian dari versi instrumen yang dipakai untuk penilaian "
            "tahun %(year)s; muat ulang halaman.") % {"year": year})


def _ensure_option(*, indicator: InstrumentIndicator, score: int, field: str) -> None:
    allowed = indicator_scores(indicator)
    if score not in allowed:
        raise ValidationError({field: _(
            "Nilai %(score)s tidak ada pada pilihan indikator ini (%(low)s–%(high)s).")
            % {"score": score, "low": min(allowed), "high": max(allowed)}})


def _answer_for(*, region: Any, unit: ServiceUnit, indicator: InstrumentIndicator,
                year: int) -> Answer:
    """The stored answer (locked for the change), or a new unsaved one."""
    found = (Answer.objects.select_for_update()
             .filter(unit=unit, indicator=indicator, year=year).first())
    if found is None:
        return Answer(region=region, unit=unit, indicator=indicator, year=year,
                      instrument_id=indicator.instrument_id)
    # The objects in hand, so the audit record names them without reading them again.
    found.region, found.unit, found.indicator = region, unit, indicator
    return found
