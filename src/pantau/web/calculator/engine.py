"""The calculator behind the Kalkulator Penilaian page and `manage.py score`.

Thin on purpose: every figure comes from pantau.scoring; this only picks the call and lays the
result out as labelled rows, with the method that produced it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from pantau import scoring
from pantau.scoring import capaian, ombudsman, pekppp, sakip, sampling, skm
from pantau.scoring.methods import BOUNDARY_LABELS
from pantau.web.calculator import display

# Single-value classifications: kind → (label, needs a year)
CLASSIFIERS: dict[str, tuple[str, bool]] = {
    "ombudsman": ("Nilai kepatuhan Ombudsman (0–100)", True),
    "pekppp": ("Indeks PEKPPP (0–5)", True),
    "skm": (_("IKM (25–100)"), False),
    "skm-2004": ("IKM lama KepmenPAN 25/2004 (25–100)", False),
    "sakip": ("Nilai evaluasi SAKIP (0–100)", False),
}


@dataclass(frozen=True)
class Outcome:
    method_id: str
    headline: str
    rows: list[tuple[str, Any]] = field(default_factory=list)
    table: list[tuple[str, Any, Any]] = field(default_factory=list)

    @property
    def method(self) -> dict[str, Any]:
        return scoring.describe(self.method_id)

    @property
    def band_table(self) -> display.BandTable:
        return display.band_table(self.method["bands"])

    @property
    def facts(self) -> list[dict[str, Any]]:
        return display.facts(self.method)


def classify_value(kind: str, value: str, *, year: int | None = None,
                   boundary: str | None = None) -> Outcome:
    """Classify one published figure. Raises ScoringError (a ValueError) on bad input."""
    if kind not in CLASSIFIERS:
        raise scoring.ScoringError(
            f"Jenis penilaian '{kind}' tidak dikenal; pilihan: {', '.join(CLASSIFIERS)}."
        )
    if CLASSIFIERS[kind][1] and year is None:
        raise scoring.ScoringError(_("Tahun penilaian wajib diisi untuk metode ini."))
    if kind == "ombudsman":
        assert year is not None
        result = ombudsman.classify(value, year)
        rows: list[tuple[str, Any]] = [(_("Nilai"), result.score), (_("Zona"), result.zone)]
        if result.category:
            rows.append((_("Kategori"), result.category))
        rows.append((_("Predikat/opini"), result.label))
        headline = _("%(grade)s — %(label)s (zona %(zone)s)") % {
            "grade": result.category or result.zone, "label": result.label, "zone": result.zone}
        return Outcome(result.method, headline, rows)
    if kind == "pekppp":
        assert year is not None
        p = pekppp.classify(value, year)
        return Outcome(p.method, f"{p.grade} — {p.label}",
                       [(_("Indeks"), p.score), (_("Kategori"), p.grade), (_("Predikat"), p.label)])
    if kind == "sakip":
        s = sakip.classify(value, boundary=boundary) if boundary else sakip.classify(value)  # type: ignore[arg-type]
        return Outcome(s.method, f"{s.grade} — {s.label}",
                       [(_("Nilai"), s.score), (_("Predikat"), s.grade), (_("Keterangan"), s.label),
                        (_("Aturan batas"), BOUNDARY_LABELS[s.boundary])])
    grade = skm.classify_legacy(value) if kind == "skm-2004" else skm.classify(value)
    return Outcome(grade.method, f"{grade.grade} — {grade.label}",
                   [(_("IKM"), grade.score), (_("Mutu pelayanan"), grade.grade),
                    (_("Kinerja unit"), grade.label)])


def skm_from_totals(totals: Sequence[str], respondents: str, *, weight: str = "exact") -> Outcome:
    result = skm.from_totals(list(totals), respondents, weight=weight)
    method = scoring.get(result.method)
    elements = method.details().get("elements", [])
    names = [str(e.get("name", f"U{i + 1}")) if isinstance(e, dict) else str(e)
             for i, e in enumerate(elements)] if isinstance(elements, list) else []
    table = [
        (f"U{i + 1}" + (f" {names[i]}" if i < len(names) else ""), totals[i], nrr)
        for i, nrr in enumerate(result.nrr_rounded)
    ]
    return Outcome(
        result.method,
        f"{result.grade} — {result.label}",
        [(_("Nilai interval (1–4)"), result.ikm), (_("IKM (25–100)"), result.score),
         (_("Mutu pelayanan"), result.grade), (_("Kinerja unit"), result.label),
         (_("Bobot"), _("1/9 (tepat)") if result.weight == "exact" else _("0,111 (lama)"))],
        table,
    )


def capaian_outcome(target: str, realization: str, *, polarity: str = "positive",
                    target_high: str | None = None) -> Outcome:
    percent = capaian.achievement(target, realization, polarity=polarity,
                                  target_high=target_high or None)
    method_id = scoring.all_methods("capaian")[0].id
    if percent is None:
        return Outcome(method_id, _("Tidak dapat dihitung (target 0): ditandai untuk evaluator"),
                       [(_("Capaian"), "—")])
    rating = capaian.rating(percent)
    return Outcome(method_id, f"{scoring.format_number(percent)} % — {rating}",
                   [(_("Capaian (%)"), percent), (_("Kriteria"), rating)])


def sample_outcome(population: str, *, method: str = "table") -> Outcome:
    size = sampling.min_sample(population, method=method)
    method_id = scoring.all_methods("sampling")[0].id
    label = _("tabel Krejcie–Morgan") if method == "table" else _("rumus Krejcie–Morgan")
    return Outcome(method_id, _("%(n)s responden minimum") % {"n": size},
                   [(_("Populasi"), scoring.to_decimal(population, "populasi")),
                    (_("Sampel minimum"), size), (_("Cara"), label)])


def format_value(value: Any) -> str:
    """Indonesian notation for the command line (the web page uses Django's localisation)."""
    if isinstance(value, Decimal):
        return scoring.format_number(value)
    return str(value)
