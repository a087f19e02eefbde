"""Evidence files (bukti dukung): checked by their content, not their name, and by size
(``pantau.uploads.check_upload``)."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.performance.locks import ensure_editable, ensure_quarter_started
from pantau.performance.models import Evidence, Indicator, Realization
from pantau.tenancy.models import Period
from pantau.uploads import check_upload


def evidence_add(*, actor: Any, indicator: Indicator, period: Period,
                 upload: UploadedFile) -> Evidence:
    ensure_editable(actor=actor, agency=indicator.agency, period=period,
                    attempt=_("unggah bukti dukung"))
    ensure_quarter_started(period=period)
    content_type = check_upload(upload)
    with transaction.atomic():
        realization, _created = Realization.objects.get_or_create(
            indicator=indicator, period=period,
            defaults={"region_id": indicator.region_id, "updated_by": actor})
        evidence = Evidence.objects.create(
            region_id=indicator.region_id, realization=realization, file=upload,
            original_name=(upload.name or "berkas")[:255], content_type=content_type,
            size=upload.size or 0, uploaded_by=actor)
        audit_record(actor=actor, action="performance.evidence.added", obj=evidence,
                     changes={"file": [None, evidence.original_name],
                              "indicator": [None, indicator.code or indicator.name]})
    return evidence


def evidence_remove(*, actor: Any, evidence: Evidence) -> Evidence:
    """Hides the file from the report; the row and the file are kept for the audit trail."""
    realization = evidence.realization
    ensure_editable(actor=actor, agency=realization.indicator.agency, period=realization.period,
                    attempt=_("hapus bukti dukung"))
    with transaction.atomic():
        evidence.is_active = False
        evidence.save(update_fields=["is_active"])
        audit_record(actor=actor, action="performance.evidence.removed", obj=evidence,
                     changes={"is_active": [True, False]})
    return evidence
