"""The layout of a plan's workbook, shared by the export and the import: sheets, columns,
the words that stand for choices, and the key of a node in the file."""

from __future__ import annotations

import re
from typing import Any

from pantau.performance.models import Aggregation, Plan, PlanNode, Polarity

SHEET, NODES_SHEET, CHOICES_SHEET = "Indikator", "Simpul", "Pilihan"
FIXED_HEADERS = [
    "Kode simpul", "Kode simpul induk", "Tingkat simpul", "Nama simpul", "Kode indikator",
    "Nama indikator", "Satuan", "Polaritas", "Agregasi", "IKU", "Sumber data",
    "Singkatan OPD penanggung jawab", "Baseline", "Tahun baseline",
    "Mendukung indikator RPJMD (kode)",
]
FIRST_TARGET = len(FIXED_HEADERS)
QUARTERS = ("TW I", "TW II", "TW III", "TW IV")
POLARITY_WORDS = {"positif": Polarity.POSITIVE, "negatif": Polarity.NEGATIVE}
AGGREGATION_WORDS = {"jumlah": Aggregation.SUM, "terakhir": Aggregation.LAST,
                     "rata-rata": Aggregation.AVG, "tertinggi": Aggregation.MAX,
                     "terendah": Aggregation.MIN}
YES_NO = {"ya": True, "tidak": False, "": False}
RANGE = re.compile(r"^\s*(-?[0-9.,]+)\s*[-–—]\s*(-?[0-9.,]+)\s*$")


def target_headers(plan: Plan) -> list[str]:
    return [h for y in plan.years for h in (f"Target {y}", *(f"{y} {q}" for q in QUARTERS))]


def word_for(words: dict[str, Any], value: Any) -> str:
    return next(w for w, v in words.items() if v == value)


def node_code(node: PlanNode) -> str:
    return node.code or f"S{node.pk}"  # a node without a code still needs a key in the file
