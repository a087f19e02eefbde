"""Minimum sample size: Krejcie & Morgan (1970), as SKM practice uses it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.methods import Fact, Method, Years


@dataclass(frozen=True, kw_only=True)
class SamplingMethod(Method):
    chi_square: Decimal
    proportion: Decimal
    margin: Decimal
    table_rows: tuple[int, ...]  # populations of the published table
    table_overrides: tuple[tuple[int, int], ...]  # rows where the table differs from the formula

    def details(self) -> dict[str, object]:
        return {
            "chi_square": self.chi_square,
            "proportion": self.proportion,
            "margin": self.margin,
            "table_rows": list(self.table_rows),
            "table_overrides": dict(self.table_overrides),
        }


# Populations of the rows of the published table.
# fmt: off
_PUBLISHED_ROWS = (
    10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100,
    110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 250, 260, 270, 280,
    290, 300, 320, 340, 360, 380, 400, 420, 440, 460, 480, 500, 550, 600, 650, 700, 750, 800,
    850, 900, 950, 1000, 1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000, 2200,
    2400, 2600, 2800, 3000, 3500, 4000, 4500, 5000, 6000, 7000, 8000, 9000, 10000, 15000,
    20000, 30000, 40000, 50000, 75000, 100000, 1000000,
)
# fmt: on


KREJCIE_MORGAN_1970 = SamplingMethod(
    id="sampling-1970",
    family="sampling",
    name="Ukuran sampel minimum Krejcie & Morgan",
    legal_basis="Krejcie & Morgan (1970), Educational and Psychological Measurement 30:607–610; "
    "lazim dipakai dalam SKM PermenPANRB 14/2017",
    years=Years(None, None),
    chi_square=Decimal("3.841"),
    proportion=Decimal("0.5"),
    margin=Decimal("0.05"),
    table_rows=_PUBLISHED_ROWS,
    table_overrides=((100000, 384),),
    facts=(
        Fact(
            "rumus",
            "s = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)), χ² = 3,841, P = 0,5, d = 0,05, "
            "dibulatkan half-up.",
            "practice",
        ),
        Fact(
            "tabel",
            "Tabel terbitan (bawaan): populasi dibulatkan ke atas ke baris berikutnya; "
            "nilainya sama dengan rumus kecuali baris 100.000 (tabel 384, rumus 383).",
            "practice",
        ),
        Fact(
            "di atas 1.000.000",
            "Tabel berakhir di 1.000.000 → 384; populasi lebih besar "
            "memakai 384 (batas rumus 384,16).",
            "practice",
        ),
        Fact(
            "populasi kecil",
            "Populasi di bawah 10 → seluruh populasi; sampel tidak pernah melebihi populasi.",
            "practice",
        ),
    ),
)
