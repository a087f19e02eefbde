"""The readiness report as XLSX tables (pantau.spreadsheets): summary, units, gaps, actions, and
predicted against official."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pantau.compliance.models import ActionStatus, Assessor
from pantau.compliance.readiness.data import Readiness
from pantau.compliance.selectors.gaps import GapList
from pantau.spreadsheets.writer import Column, Table

SCORE = "0.00"


def notes(report: Readiness) -> list[str]:
    """What the reader must know to read the figures, in the PDF's words."""
    found = [_("%(region)s — tahun penilaian %(year)s") % {
        "region": report.region.name, "year": report.year}]
    if report.ombudsman.without_lokus or report.pekppp.without_lokus:
        found.append(_("Belum ada lokus yang berlaku untuk salah satu penilai: unit yang "
                       "dihitung adalah semua unit yang sudah menjawab."))
    if report.ombudsman.public_trust_assumed:
        found.append(_("Nilai kepercayaan publik belum ada di Pantau: prediksi Ombudsman memakai "
                       "empat dimensi saja."))
    if report.pekppp.users_missing:
        found.append(_("Penilaian pengguna (F-03) belum dikumpulkan: indeks unit memakai "
                       "penilaian evaluator (F-02) saja."))
    if report.ombudsman.unanswered or report.pekppp.unanswered:
        found.append(_("Indikator yang belum dijawab dihitung dengan nilai terendah."))
    return found


def readiness_tables(report: Readiness) -> list[Table]:
    return [_summary(report), _units(report), _gaps(report), _actions(report),
            _calibration(report)]


def _summary(report: Readiness) -> Table:
    ombud, pek = report.ombudsman, report.pekppp
    rows = [
        [str(Assessor.OMBUDSMAN.label), ombud.score, ombud.result.category if ombud.result else "",
         ombud.result.zone if ombud.result else "", ombud.result.label if ombud.result else "",
         len(ombud.units), ombud.answered, ombud.total],
        [str(Assessor.KEMENPANRB.label), pek.index, pek.result.grade if pek.result else "", "",
         pek.result.label if pek.result else "", len(pek.units), pek.answered, pek.total],
    ]
    extra = [next_text(found) for found in report.gap_lists if found.target is not None]
    return Table(
        _("Laporan kesiapan penilaian kepatuhan pelayanan publik"),
        [Column(_("Penilai"), 22), Column(_("Nilai/indeks prediksi"), 14, SCORE),
         Column(_("Kategori"), 10), Column(_("Zona"), 10), Column(_("Opini/predikat"), 28),
         Column(_("Unit lokus"), 10), Column(_("Indikator dijawab"), 12),
         Column(_("Jumlah indikator"), 12)],
        rows, sheet_name=_("Ringkasan"), notes=[*notes(report), *extra])


def next_text(found: GapList) -> str:
    """"Fix these N to reach B", for one assessor's gap list that has a category above."""
    values = {"assessor": Assessor(found.assessor).label, "n": found.fixes,
              "c": found.target_name}
    if found.fixes is None:
        return _("%(assessor)s: memperbaiki semua kekurangan belum cukup untuk mencapai "
                 "%(c)s.") % values
    return _("%(assessor)s: perbaiki %(n)s kekurangan teratas untuk mencapai %(c)s.") % values


def _units(report: Readiness) -> Table:
    names = [d.name for d in report.ombudsman.units[0].dimensions] if report.ombudsman.units \
        else []
    rows = []
    for page in report.pages:
        ombud, pek = page.ombudsman, page.pekppp
        rows.append([
            page.unit.name, page.unit.agency.name,
            ombud.score if ombud else None, (ombud.result.category or "") if ombud else "",
            ombud.result.zone if ombud else "", ombud.result.label if ombud else "",
            *([d.points for d in ombud.dimensions] if ombud else [None] * len(names)),
            ombud.answered if ombud else None, ombud.total if ombud else None,
            pek.evaluator_index if pek else None, pek.index if pek else None,
            pek.result.grade if pek else "", pek.result.label if pek else "",
            len(page.gaps), sum(1 for a in page.actions if a.status != ActionStatus.DONE)])
    return Table(
        _("Prediksi per unit lokus"),
        [Column(_("Unit layanan"), 34), Column(_("OPD"), 30),
         Column(_("Nilai Ombudsman"), 12, SCORE), Column(_("Kategori"), 10),
         Column(_("Zona"), 10), Column(_("Opini"), 24),
         *[Column(name, 12, SCORE) for name in names],
         Column(_("Indikator Ombudsman dijawab"), 12), Column(_("Jumlah indikator Ombudsman"), 12),
         Column(_("Indeks PEKPPP evaluator (F-02)"), 12, SCORE),
         Column(_("Indeks PEKPPP unit"), 12, SCORE), Column(_("Kategori PEKPPP"), 10),
         Column(_("Predikat PEKPPP"), 24), Column(_("Kekurangan"), 12),
         Column(_("Tindakan belum selesai"), 12)],
        rows, sheet_name=_("Per unit"), notes=notes(report)[:1])


def _gaps(report: Readiness) -> Table:
    return Table(
        _("Kekurangan per indikator, menurut poin yang diperoleh bila diperbaiki"),
        [Column(_("Penilai"), 16), Column(_("Peringkat"), 10), Column(_("Unit layanan"), 34),
         Column(_("Dimensi/aspek"), 22), Column(_("Kode"), 10), Column(_("Indikator"), 60),
         Column(_("Nilai sekarang"), 10), Column(_("Poin Pemda bila diperbaiki"), 12, SCORE),
         Column(_("Poin indeks unit (F-02)"), 12, SCORE),
         Column(_("Termasuk perbaikan menuju kategori berikutnya"), 14),
         Column(_("Tindakan"), 50), Column(_("Status tindakan"), 20)],
        ([u.assessor_label, g.rank, g.unit.name, g.group_name, g.indicator.code,
          g.indicator.text, g.score, g.points, g.unit_points, _("Ya") if g.in_fix_set else "",
          "; ".join(a.title for a in g.actions),
          "; ".join(a.get_status_display() for a in g.actions)]
         for u in report.gaps for g in (u.gap,)),
        sheet_name=_("Kekurangan"),
        notes=[*notes(report)[:1], _("Poin: kenaikan nilai Ombudsman atau indeks PEKPPP Pemda "
                                     "bila indikator itu saja dinaikkan ke nilai tertinggi.")])


def _actions(report: Readiness) -> Table:
    return Table(
        _("Tindakan perbaikan"),
        [Column(_("Unit layanan"), 34), Column(_("Kode indikator"), 12),
         Column(_("Tindakan"), 60), Column(_("OPD penanggung jawab"), 30),
         Column(_("Tenggat"), 12, "dd/mm/yyyy"), Column(_("Status"), 18),
         Column(_("Catatan"), 40)],
        ([page.unit.name, a.indicator.code, a.title, a.owner.name, a.due_date,
          a.get_status_display(), a.note] for page in report.pages for a in page.actions),
        sheet_name=_("Tindakan"), notes=notes(report)[:1])


def _calibration(report: Readiness) -> Table:
    return Table(
        _("Prediksi dibanding hasil resmi"),
        [Column(_("Tahun"), 8), Column(_("Penilai"), 16),
         Column(_("Nilai/indeks resmi"), 12, SCORE),
         Column(_("Kategori/opini resmi"), 24), Column(_("Prediksi"), 12, SCORE),
         Column(_("Kategori/opini prediksi"), 24),
         Column(_("Selisih (prediksi − resmi)"), 14, SCORE)],
        ([r.year, r.assessor_label, r.official.score if r.official else None,
          " ".join(x for x in (r.official.grade, r.official.label) if x) if r.official else "",
          r.predicted.score if r.predicted else None,
          " ".join(x for x in (r.predicted.category, r.predicted.label) if x)
          if r.predicted else "", r.difference] for r in report.calibration),
        sheet_name=_("Prediksi vs resmi"), notes=notes(report)[:1])
