"""Readable Indonesian labels for audit events: the action, each changed field and its values.

Events store stable codes (``tenancy.agency.updated``, field names, choice values) so the trail
never changes meaning; the history pages translate them here when they are shown.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy

from pantau.audit.values import Kind, readable

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
    "tenancy.membership.invitation_resent": gettext_lazy("Undangan dikirim ulang"),
    "tenancy.membership.accepted": gettext_lazy("Undangan diterima pengguna"),
    "tenancy.membership.declined": gettext_lazy("Undangan ditolak pengguna"),
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
    "performance.settings.updated": gettext_lazy("Pengaturan capaian diubah"),
    "performance.report.submitted": gettext_lazy("Laporan diajukan"),
    "performance.report.approved": gettext_lazy("Laporan disetujui kepala OPD"),
    "performance.report.approved_on_behalf": gettext_lazy(
        "Laporan disetujui atas nama kepala OPD (OPD tanpa akun kepala)"),
    "performance.report.returned": gettext_lazy("Laporan dikembalikan"),
    "performance.report.returned_to_operator": gettext_lazy(
        "Laporan dikembalikan kepala OPD ke operator"),
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
    "surveys.response.restored": gettext_lazy("Jawaban SKM dihitung kembali sebagai sah"),
    "surveys.response.imported": gettext_lazy("Hasil survei kertas diimpor"),
    "surveys.tally.recounted": gettext_lazy("Rekap SKM dihitung ulang"),
    "surveys.followup.created": gettext_lazy("Tindak lanjut SKM dicatat"),
    "surveys.followup.updated": gettext_lazy("Tindak lanjut SKM diperbarui"),
    "compliance.answers.autofilled": gettext_lazy(
        "Jawaban penilaian mandiri diisi dari SKM dan standar pelayanan"),
    "compliance.gap_action.created": gettext_lazy("Tindakan perbaikan celah dibuat"),
    "compliance.gap_action.updated": gettext_lazy("Tindakan perbaikan celah diubah"),
    "compliance.gap_action.refused": gettext_lazy(
        "Tindakan perbaikan celah OPD lain ditolak"),
    "compliance.perception.switched": gettext_lazy(
        "Pertanyaan persepsi di formulir SKM dinyalakan/dimatikan"),
    "compliance.perception.refused": gettext_lazy(
        "Perubahan survei persepsi unit OPD lain ditolak"),
    "compliance.autofill.refused": gettext_lazy(
        "Pengisian otomatis untuk unit yang bukan wewenangnya ditolak"),
    "compliance.perception.configured": gettext_lazy(
        "Ambang perkiraan dan kalimat pertanyaan persepsi diubah"),
    "reports.report.requested": gettext_lazy("Laporan diminta"),
    "api.token.created": gettext_lazy("Token API dibuat"),
    "api.token.revoked": gettext_lazy("Token API dicabut"),
    "compliance.instruments.seeded": gettext_lazy("Instrumen penilaian disiapkan"),
    "compliance.instrument.created": gettext_lazy("Versi instrumen penilaian dibuat"),
    "compliance.instrument.updated": gettext_lazy("Instrumen penilaian diubah"),
    "compliance.instrument.refused": gettext_lazy(
        "Perubahan instrumen yang sudah dijawab ditolak"),
    "compliance.dimension.updated": gettext_lazy("Dimensi/aspek instrumen diubah"),
    "compliance.indicator.updated": gettext_lazy("Indikator instrumen diubah"),
    "compliance.official_result.created": gettext_lazy("Hasil resmi dicatat"),
    "compliance.official_result.updated": gettext_lazy("Hasil resmi diubah"),
    "compliance.answer.saved": gettext_lazy("Jawaban penilaian mandiri disimpan"),
    "compliance.answer.reviewed": gettext_lazy("Jawaban penilaian mandiri direviu"),
    "compliance.answer.refused": gettext_lazy(
        "Pengisian penilaian mandiri unit OPD lain ditolak"),
    "compliance.service_standard.updated": gettext_lazy("Standar pelayanan diubah"),
    "compliance.service_standard.refused": gettext_lazy(
        "Perubahan standar pelayanan OPD lain ditolak"),
    "compliance.unit_maklumat.updated": gettext_lazy("Maklumat pelayanan diubah"),
    "compliance.lokus.drawn": gettext_lazy("Lokus diundi"),
    "compliance.lokus.replaced": gettext_lazy("Lokus diganti dengan undian baru"),
    "compliance.lokus.checked": gettext_lazy("Undian lokus diperiksa ulang"),
    "compliance.lokus.refused": gettext_lazy("Undian lokus ditolak"),
    "leadership.indicators.prepared": gettext_lazy("Indikator prioritas tahun disiapkan"),
}

# The modules of the actions (their first part), for the filter of the audit trail.
MODULE_LABELS: dict[str, Promise] = {
    "tenancy": gettext_lazy("OPD, unit, periode, dan pengguna"),
    "performance": gettext_lazy("Kinerja"),
    "surveys": gettext_lazy("Survei SKM"),
    "reports": gettext_lazy("Laporan"),
    "api": gettext_lazy("Token API"),
    "compliance": gettext_lazy("Kepatuhan pelayanan"),
    "leadership": gettext_lazy("Pimpinan"),
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
    "indicator": gettext_lazy("indikator"),
    "agency": gettext_lazy("OPD"),
    "role": gettext_lazy("peran"),
    "status": gettext_lazy("status"),
    "due_at": gettext_lazy("batas waktu"),
    "year": gettext_lazy("tahun"),
    "quarter": gettext_lazy("triwulan"),
    "name": gettext_lazy("nama"),
    "mandatory": gettext_lazy("unit wajib"),
    "drawn": gettext_lazy("hasil undian"),
}

# "<indicator code>.<field>" keys of realization events.
REALIZATION_FIELD_LABELS: dict[str, Promise] = {
    "value": gettext_lazy("Realisasi"),
    "drivers": gettext_lazy("Faktor pendorong"),
    "obstacles": gettext_lazy("Faktor penghambat"),
    "follow_up_plan": gettext_lazy("Rencana tindak lanjut"),
}

# "<prefix>.<code>" keys: the budget line of a plan node, the follow-up of an indicator.
PREFIX_LABELS: dict[str, tuple[Promise, Kind]] = {
    "anggaran": (gettext_lazy("Realisasi anggaran"), Kind.NUMBER),
    "tindak_lanjut": (gettext_lazy("Tindak lanjut"), Kind.TEXT),
}

# A target cell: "2026" (annual) or "2026 TW III".
TARGET_CELL = re.compile(r"^\d{4}( TW (I|II|III|IV))?$")
TARGET_ACTIONS = {"performance.target.updated": (gettext_lazy("Target"), Kind.TARGET),
                  "performance.target.revised": (gettext_lazy("Target perubahan"),
                                                 Kind.REVISED_TARGET)}
KIND_BY_NAME = {"year": Kind.YEAR, "quarter": Kind.YEAR, "start_year": Kind.YEAR,
                "end_year": Kind.YEAR, "due_at": Kind.DATETIME, "done_at": Kind.DATETIME}
NUMERIC_FIELDS = (models.DecimalField, models.IntegerField, models.FloatField)


class ChangeRow(NamedTuple):
    label: str
    before: str
    after: str


class _Key(NamedTuple):
    label: str
    kind: Kind
    choices: dict[Any, Any] | None = None


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


def _field_kind(field: models.Field[Any, Any]) -> Kind:
    if field.name in KIND_BY_NAME:
        return KIND_BY_NAME[field.name]
    if isinstance(field, models.DateTimeField):
        return Kind.DATETIME
    if isinstance(field, models.DateField):
        return Kind.DATE
    return Kind.NUMBER if isinstance(field, NUMERIC_FIELDS) else Kind.TEXT


def _key(model: type[models.Model] | None, name: str, action: str) -> _Key:
    """The label of a stored key and what its values are."""
    field = _field(model, name)
    if field is not None:
        label = str(field.verbose_name)
        if label == field.name.replace("_", " "):  # no verbose name of its own ("indicator")
            label = str(EXTRA_FIELD_LABELS.get(name, label))
        choices = dict(field.flatchoices) if field.choices else None
        return _Key(label, _field_kind(field), choices)
    if name in EXTRA_FIELD_LABELS:
        return _Key(str(EXTRA_FIELD_LABELS[name]), KIND_BY_NAME.get(name, Kind.TEXT))
    if action in TARGET_ACTIONS and TARGET_CELL.match(name):
        target_label, kind = TARGET_ACTIONS[action]
        return _Key(f"{target_label} {name}", kind)
    prefix, dot, code = name.partition(".")
    if dot and prefix in PREFIX_LABELS:
        prefix_label, kind = PREFIX_LABELS[prefix]
        return _Key(f"{code} · {prefix_label}", kind)
    code, dot, part = name.rpartition(".")
    if dot and code and part in REALIZATION_FIELD_LABELS:
        kind = Kind.NUMBER if part == "value" else Kind.TEXT
        return _Key(f"{code} · {REALIZATION_FIELD_LABELS[part]}", kind)
    return _Key(name, KIND_BY_NAME.get(name, Kind.TEXT))


def change_rows(model: type[models.Model] | None, changes: dict[str, Any],
                action: str = "") -> list[ChangeRow]:
    """Each change as (label, before, after), using the model's verbose names and choices."""
    rows = []
    for name, values in changes.items():
        key = _key(model, name, action)
        before, after = [*values, None, None][:2] if isinstance(values, list) else (None, values)
        rows.append(ChangeRow(key.label, readable(before, key.kind, key.choices),
                              readable(after, key.kind, key.choices)))
    return rows
