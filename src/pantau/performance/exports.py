"""XLSX tables of the analysis pages: ranking, scorecard, early warning and the Renja table."""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _

from pantau.performance.selectors.analysis import Ranking, Scorecard
from pantau.performance.selectors.early_warning import PACE_RULE, Warning, severity_rule
from pantau.performance.selectors.renja import RENJA_COLUMNS, RenjaRow
from pantau.performance.selectors.scores import RANKING_RULE
from pantau.performance.timeliness import timeliness_label
from pantau.scoring.numbers import format_number, round_half_up
from pantau.spreadsheets.writer import Column, Table
from pantau.tenancy.models import Agency, Period

PCT = "#,##0.00"
MONEY = "#,##0"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


def quarter_label(quarter: int) -> str:
    """TW III, as periods are named everywhere else."""
    return f"TW {ROMAN[quarter]}"


def percent_text(value: Decimal | None) -> str:
    """A percentage inside a sentence, Indonesian style as on the pages: 53,17 %."""
    return "–" if value is None else f"{format_number(round_half_up(value))} %"


def _yes_no(value: bool | None) -> str:
    return "" if value is None else (_("Ya") if value else _("Tidak"))


def left_out_note(result: Ranking) -> list[str]:
    """The OPDs a verified-only ranking leaves out, named (empty when none is)."""
    if not result.left_out:
        return []
    return [_("Tidak dicantumkan karena laporannya belum terverifikasi: %(names)s") % {
        "names": ", ".join(f"{s.agency.short_name} ({s.report_status_label})"
                           for s in result.left_out)}]


def ranking_table(period: Period, result: Ranking) -> Table:
    return Table(
        title=_("Peringkat capaian kinerja OPD — %(period)s") % {"period": period},
        notes=[RANKING_RULE, result.rule, *left_out_note(result)], sheet_name=_("Peringkat"),
        columns=[Column(_("Peringkat"), 10), Column(_("OPD"), 40),
                 Column(_("Capaian (%)"), 12, PCT), Column(_("Kriteria"), 14),
                 Column(_("Serapan (%)"), 12, PCT), Column(_("Selisih capaian − serapan"), 14, PCT),
                 Column(_("Kelengkapan (%)"), 12, PCT), Column(_("Ketepatan waktu"), 14),
                 Column(_("Indikator"), 10), Column(_("Dapat dihitung"), 10),
                 Column(_("Ditandai"), 10), Column(_("Pagu (Rp)"), 18, MONEY),
                 Column(_("Realisasi (Rp)"), 18, MONEY), Column(_("Status laporan"), 22),
                 Column(_("Terverifikasi"), 12)],
        rows=[[s.rank, s.agency.name, s.achievement, s.rating or "", s.absorption,
               s.efficiency_gap, s.completeness, timeliness_label(s.on_time), s.indicator_count,
               s.computed_count, s.flagged_count, s.pagu, s.spent, s.report_status_label,
               _yes_no(s.verified)] for s in result.scores],
    )


def scorecard_tables(card: Scorecard) -> list[Table]:
    title = _("Rapor kinerja %(agency)s — %(period)s") % {"agency": card.agency.name,
                                                         "period": card.period}
    programs = Table(
        title=title, sheet_name=_("Program"),
        columns=[Column(_("Program"), 50), Column(_("Indikator"), 10),
                 Column(_("Capaian (%)"), 12, PCT), Column(_("Kriteria"), 14),
                 Column(_("Pagu (Rp)"), 18, MONEY), Column(_("Realisasi (Rp)"), 18, MONEY),
                 Column(_("Serapan (%)"), 12, PCT)],
        rows=[[str(p.program or _("(tanpa program)")), p.indicator_count, p.achievement,
               p.rating or "", p.pagu, p.spent, p.absorption] for p in card.programs],
        notes=[_("Capaian OPD: %(a)s; serapan: %(s)s") % {
            "a": percent_text(card.score.achievement),
            "s": percent_text(card.score.absorption)}],
    )
    indicators = Table(
        title=title, sheet_name=_("Indikator"),
        columns=[Column(_("Program"), 35), Column(_("Indikator"), 45), Column(_("Satuan"), 10),
                 Column(_("Target"), 12), Column(_("Target atas"), 12),
                 Column(_("Realisasi"), 12), Column(_("Capaian (%)"), 12, PCT),
                 Column(_("Kriteria"), 14), Column(_("Tanda"), 28),
                 Column(_("Faktor pendorong"), 40), Column(_("Faktor penghambat"), 40),
                 Column(_("Rencana tindak lanjut"), 40)],
        rows=[[str(s.program or ""), s.indicator.name, s.indicator.unit, s.target,
               s.target_high, s.realization, s.achievement, s.rating or "", s.flag_label,
               s.drivers, s.obstacles, s.follow_up_plan] for s in card.indicators],
    )
    trend = Table(
        title=title, sheet_name=_("Tren"),
        columns=[Column(_("Triwulan"), 10), Column(_("Capaian (%)"), 12, PCT),
                 Column(_("Serapan (%)"), 12, PCT)],
        rows=[[quarter_label(p.quarter), p.achievement, p.absorption] for p in card.trend],
    )
    return [programs, indicators, trend]


def warning_table(period: Period, rows: list[Warning], tolerance: Decimal) -> Table:
    return Table(
        title=_("Peringatan dini — %(period)s") % {"period": period},
        notes=[PACE_RULE, severity_rule(tolerance)], sheet_name=_("Peringatan dini"),
        columns=[Column(_("OPD"), 40), Column(_("Laju (%)"), 10, PCT),
                 Column(_("Progres capaian (%)"), 14, PCT), Column(_("Selisih capaian"), 12, PCT),
                 Column(_("Serapan (%)"), 12, PCT), Column(_("Selisih serapan"), 12, PCT),
                 Column(_("Tingkat"), 16), Column(_("Posisi"), 32)],
        rows=[[w.agency.name, w.pace, w.progress, w.progress_gap, w.absorption,
               w.absorption_gap, w.severity_label, w.quadrant] for w in rows],
    )


def renja_table_xlsx(agency: Agency, year: int, rows: list[RenjaRow]) -> Table:
    widths = [6, 12, 40, 45, 10] + [14] * 16 + [14, 40, 40]
    return Table(
        title=_("Evaluasi Renja %(agency)s tahun %(year)s (Permendagri 86/2017)") % {
            "agency": agency.name, "year": year},
        sheet_name=_("Evaluasi Renja"),
        columns=[Column(str(h), w, MONEY if "(Rp)" in str(h) else None)
                 for h, w in zip(RENJA_COLUMNS, widths, strict=True)],
        rows=[[n, r.indicator.node.code, r.indicator.node.name, r.indicator.name,
               r.indicator.unit, r.renstra_target, r.earlier_realization, r.target, r.pagu,
               *[v for pair in r.quarters for v in pair], r.year_realization, r.year_spent,
               r.cumulative, r.achievement, r.rating or "", r.drivers_obstacles, r.follow_up]
              for n, r in enumerate(rows, 1)],
    )
