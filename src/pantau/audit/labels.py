"""Readable Indonesian labels for audit events: the action, each changed field and its values.

Events store stable codes (``tenancy.agency.updated``, field names, choice values) so the trail
never changes meaning; the history pages translate them here when they are shown.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

ACTION_LABELS: dict[str, Promise] = {
    "tenancy.agency.created": gettext_lazy("OPD ditambahkan"),
    "tenancy.agency.updated": gettext_lazy("OPD diubah"),
    "tenancy.unit.created": gettext_lazy("Unit layanan ditambahkan"),
    "tenancy.unit.updated": gettext_lazy("Unit layanan diubah"),
    "tenancy.product.created": gettext_lazy("Produk layanan ditambahkan"),
    "tenancy.product.updated": gettext_lazy("Produk layanan diubah"),
    "tenancy.period.created": gettext_lazy("Periode dibuat"),
    "tenancy.period.closed": gettext_lazy("Periode ditutup"),
    "tenancy.period.reopened": gettext_lazy("Periode dibuka kembali"),
    "tenancy.membership.invited": gettext_lazy("Pengguna diundang"),
    "tenancy.membership.updated": gettext_lazy("Peran pengguna diubah"),
    "tenancy.membership.deactivated": gettext_lazy("Pengguna dinonaktifkan"),
    "tenancy.membership.reactivated": gettext_lazy("Pengguna diaktifkan kembali"),
    "tenancy.import.applied": gettext_lazy("Impor OPD dan unit diterapkan"),
    "tenancy.demo.loaded": gettext_lazy("Data demo dimuat"),
    "performance.plan.created": gettext_lazy("Dokumen rencana dibuat"),
    "performance.plan.updated": gettext_lazy("Dokumen rencana diubah"),
    "performance.node.created": gettext_lazy("Simpul rencana ditambahkan"),
    "performance.node.updated": gettext_lazy("Simpul rencana diubah"),
    "performance.node.deactivated": gettext_lazy("Simpul rencana dinonaktifkan"),
    "performance.indicator.created": gettext_lazy("Indikator ditambahkan"),
    "performance.indicator.updated": gettext_lazy("Indikator diubah"),
    "performance.import.applied": gettext_lazy("Impor indikator dan target diterapkan"),
    "performance.target.updated": gettext_lazy("Target diubah"),
    "performance.target.revised": gettext_lazy("Target perubahan ditetapkan"),
    "performance.realization.saved": gettext_lazy("Realisasi disimpan"),
    "performance.realization.imported": gettext_lazy("Realisasi diimpor"),
    "performance.evidence.added": gettext_lazy("Bukti diunggah"),
    "performance.evidence.removed": gettext_lazy("Bukti dihapus dari laporan"),
    "performance.followup.created": gettext_lazy("Tindak lanjut dicatat"),
    "performance.followup.updated": gettext_lazy("Tindak lanjut diperbarui"),
    "performance.deadline.set": gettext_lazy("Batas waktu pelaporan ditetapkan"),
    "performance.report.submitted": gettext_lazy("Laporan diajukan"),
    "performance.report.approved": gettext_lazy("Laporan disetujui kepala OPD"),
    "performance.report.returned": gettext_lazy("Laporan dikembalikan"),
    "performance.report.verified": gettext_lazy("Laporan diverifikasi"),
    "performance.report.locked": gettext_lazy("Laporan dikunci"),
    "performance.report.reopened": gettext_lazy("Laporan dibuka kembali"),
    "performance.locked.refused": gettext_lazy("Perubahan pada data terkunci ditolak"),
    "performance.demo.loaded": gettext_lazy("Data demo kinerja dimuat"),
    "surveys.survey.created": gettext_lazy("Survei SKM dibuat"),
    "surveys.survey.updated": gettext_lazy("Survei SKM diubah"),
    "surveys.questionnaire.created": gettext_lazy("Versi kuesioner SKM dibuat"),
    "surveys.questionnaire.updated": gettext_lazy("Kuesioner SKM diubah"),
    "surveys.response.invalidated": gettext_lazy("Jawaban SKM dinyatakan tidak sah"),
    "surveys.response.imported": gettext_lazy("Hasil survei kertas diimpor"),
    "surveys.tally.recounted": gettext_lazy("Rekap SKM dihitung ulang"),
    "surveys.followup.created": gettext_lazy("Tindak lanjut SKM dicatat"),
    "surveys.followup.updated": gettext_lazy("Tindak lanjut SKM diperbarui"),
    "reports.report.requested": gettext_lazy("Laporan diminta"),
    "api.token.created": gettext_lazy("Token API dibuat"),
    "api.token.revoked": gettext_lazy("Token API dicabut"),
}

# Keys of events that are counts or summaries rather than model fields.
EXTRA_FIELD_LABELS: dict[str, Promise] = {
    "nodes_below_deactivated": gettext_lazy("simpul di bawahnya dinonaktifkan"),
    "indicators_deactivated": gettext_lazy("indikator dinonaktifkan"),
    "agencies": gettext_lazy("jumlah OPD"),
    "units": gettext_lazy("jumlah unit layanan"),
    "nodes": gettext_lazy("jumlah simpul"),
    "indicators": gettext_lazy("jumlah indikator"),
    "targets": gettext_lazy("jumlah target"),
    "email": gettext_lazy("email"),
    "questions": gettext_lazy("pertanyaan"),
    "answer_labels": gettext_lazy("label jawaban"),
    "file": gettext_lazy("berkas"),
    "kind": gettext_lazy("jenis"),
    "parameters": gettext_lazy("parameter"),
}


class ChangeRow(NamedTuple):
    label: str
    before: str
    after: str


def action_label(action: str) -> str:
    """The Indonesian label, or the code itself for an action without one (never hidden)."""
    label = ACTION_LABELS.get(action)
    return str(label) if label is not None else action


def _field(model: type[models.Model] | None, name: str) -> models.Field[Any, Any] | None:
    if model is None:
        return None
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, models.Field) else None


def _value(field: models.Field[Any, Any] | None, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return _("Ya") if value else _("Tidak")
    if field is not None and field.choices:
        return str(dict(field.flatchoices).get(value, value))
    return str(value)


def change_rows(model: type[models.Model] | None, changes: dict[str, Any]) -> list[ChangeRow]:
    """Each change as (label, before, after), using the model's verbose names and choices."""
    rows = []
    for name, values in changes.items():
        field = _field(model, name)
        if field is not None:
            label = str(field.verbose_name)
        else:
            label = str(EXTRA_FIELD_LABELS.get(name, name))
        before, after = [*values, None, None][:2] if isinstance(values, list) else (None, values)
        rows.append(ChangeRow(label, _value(field, before), _value(field, after)))
    return rows
