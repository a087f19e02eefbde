"""Official results: the score an assessor published for a year, classified by pantau.scoring,
with the source document (a PDF checked by its content, or a link)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot
from pantau.compliance.models import Assessor, OfficialResult
from pantau.compliance.selectors.classification import official_classification, opini_is_entered
from pantau.tenancy.models import Region, ServiceUnit
from pantau.uploads import PDF_ONLY, check_upload

RESULT_FIELDS = ("year", "assessor", "unit", "score", "zone", "grade", "label",
                 "without_maladministration", "opinion", "source_name", "source_url")


def official_result_create(*, actor: Any, region: Region, year: int, assessor: str,
                           score: Decimal, unit: ServiceUnit | None = None, opinion: str = "",
                           label: str = "", without_maladministration: bool = False,
                           source_file: UploadedFile | None = None,
                           source_url: str = "") -> OfficialResult:
    result = OfficialResult(region=region, created_by=actor if getattr(actor, "pk", None)
                            else None)
    return _save(actor=actor, result=result, year=year, assessor=assessor, score=score,
                 unit=unit, opinion=opinion, label=label,
                 without_maladministration=without_maladministration,
                 source_file=source_file, source_url=source_url)


def official_result_update(*, actor: Any, result: OfficialResult, year: int, assessor: str,
                           score: Decimal, unit: ServiceUnit | None = None, opinion: str = "",
                           label: str = "", without_maladministration: bool = False,
                           source_file: UploadedFile | None = None,
                           source_url: str = "") -> OfficialResult:
    return _save(actor=actor, result=result, year=year, assessor=assessor, score=score,
                 unit=unit, opinion=opinion, label=label,
                 without_maladministration=without_maladministration,
                 source_file=source_file, source_url=source_url)


def _save(*, actor: Any, result: OfficialResult, year: int, assessor: str, score: Decimal,
          unit: ServiceUnit | None, opinion: str, label: str, without_maladministration: bool,
          source_file: UploadedFile | None, source_url: str) -> OfficialResult:
    region = result.region
    if unit is not None and unit.region_id != region.pk:
        raise ValidationError({"unit": _("Unit layanan itu bukan milik Pemda ini.")})
    classified = official_classification(region=region, assessor=assessor, year=year,
                                         score=score, opini=label)
    if without_maladministration and not opini_is_entered(assessor=assessor, year=year):
        raise ValidationError({"without_maladministration": _(
            "“Tanpa Maladministrasi” hanya ada pada opini Ombudsman sejak 2025.")})
    if source_file is not None:
        try:
            check_upload(source_file, PDF_ONLY)
        except ValidationError as error:
            raise ValidationError({"source_file": error.messages}) from None
    elif not source_url.strip() and not result.source_file:
        raise ValidationError({"source_url": _(
            "Lampirkan dokumen sumber (PDF) atau tautan ke sumbernya.")})
    _refuse_duplicate(result, year=year, assessor=assessor, unit=unit)
    with transaction.atomic():
        before = snapshot(result, RESULT_FIELDS) if result.pk else {}
        result.year, result.assessor, result.unit, result.score = year, assessor, unit, score
        result.zone, result.grade, result.label = (classified.zone, classified.grade,
                                                   classified.label)
        result.without_maladministration = without_maladministration
        result.opinion, result.source_url = opinion.strip(), source_url.strip()
        if source_file is not None:
            result.source_file.save(source_file.name or "sumber.pdf", source_file, save=False)
            result.source_name = (source_file.name or "sumber.pdf")[:255]
        changes = diff(before, snapshot(result, RESULT_FIELDS))
        action = "updated" if result.pk else "created"
        if changes or action == "created":
            result.save()
            audit_record(actor=actor, action=f"compliance.official_result.{action}", obj=result,
                         changes=changes)
    return result


def _refuse_duplicate(result: OfficialResult, *, year: int, assessor: str,
                      unit: ServiceUnit | None) -> None:
    others = OfficialResult.objects.filter(region=result.region, year=year, assessor=assessor,
                                           unit=unit).exclude(pk=result.pk)
    if others.exists():
        raise ValidationError(_(
            "Hasil resmi %(assessor)s %(year)s untuk %(whom)s sudah ada; ubah hasil yang ada.")
            % {"assessor": Assessor(assessor).label, "year": year,
               "whom": unit.name if unit else _("Pemda")})
