"""The Ombudsman gap list: worked examples from methods.md §3, boundaries and bad input."""

from dataclasses import dataclass, replace
from decimal import Decimal

import pytest

from pantau.scoring import ScoringError
from pantau.scoring.methods import Band
from pantau.scoring.ombudsman import Gap, configure_2025, fixes_to_reach, gaps

# Two lokus units, 2023 (weights Input 21,85; Proses 32,37; Output 24,24; Pengaduan 21,54):
#
# Disdukcapil  input     [(1,3),(1,2),(2,1)]  21,85 × 7/12 = 12,7458… → 12,75
#              proses    [(1,3),(1,3)]        32,37
#              output    [(1,3)]              24,24
#              pengaduan [(1,3),(1,1)]        21,54 × 4/6  = 14,36
#              unit = 12,75 + 32,37 + 24,24 + 14,36 = 83,72
# Puskesmas    input     [(1,3),(1,3)]        21,85
#              proses    [(1,0),(1,3)]        32,37 × 3/6  = 16,185 → 16,19 (half-up)
#              output    [(1,2)]              24,24 × 2/3  = 16,16
#              pengaduan [(1,3)]              21,54
#              unit = 21,85 + 16,19 + 16,16 + 21,54 = 75,74
# Pemda = (83,72 + 75,74) / 2 = 79,73 → B
TWO_UNITS = {
    "Disdukcapil": {
        "input": [(1, 3), (1, 2), (2, 1)],
        "proses": [(1, 3), (1, 3)],
        "output": [(1, 3)],
        "pengaduan": [(1, 3), (1, 1)],
    },
    "Puskesmas Koto Baru": {
        "input": [(1, 3), (1, 3)],
        "proses": [(1, 0), (1, 3)],
        "output": [(1, 2)],
        "pengaduan": [(1, 3)],
    },
}


def test_the_two_unit_pemda_gaps_are_ranked_by_the_points_each_fix_alone_gains():
    # Puskesmas proses 1 → 3: proses 32,37, unit 91,92, Pemda (83,72 + 91,92)/2 = 87,82: +8,09
    # Puskesmas output 1 → 3: output 24,24, unit 83,82, Pemda 167,54/2 = 83,77: +4,04
    # Disdukcapil input 3 → 3: 21,85 × 11/12 = 20,029… → 20,03, unit 91,00, Pemda 83,37: +3,64
    # Disdukcapil pengaduan 2 → 3: 21,54, unit 90,90, Pemda 166,64/2 = 83,32: +3,59
    # Disdukcapil input 2 → 3: 21,85 × 8/12 = 14,566… → 14,57, unit 85,54, Pemda 80,64: +0,91
    assert gaps(TWO_UNITS, 2023) == [
        Gap("Puskesmas Koto Baru", "proses", 1, Decimal(0), Decimal("8.09")),
        Gap("Puskesmas Koto Baru", "output", 1, Decimal(2), Decimal("4.04")),
        Gap("Disdukcapil", "input", 3, Decimal(1), Decimal("3.64")),
        Gap("Disdukcapil", "pengaduan", 2, Decimal(1), Decimal("3.59")),
        Gap("Disdukcapil", "input", 2, Decimal(2), Decimal("0.91")),
    ]


def test_points_carry_two_decimals():
    assert all(gap.points.as_tuple().exponent == -2 for gap in gaps(TWO_UNITS, 2023))


def test_the_two_unit_pemda_needs_two_fixes_to_reach_a():
    # Now 79,73 (B). First fix: Pemda 87,82, still B. Second: Puskesmas 91,92 + 8,08 = 100,00,
    # Pemda (83,72 + 100,00)/2 = 91,86 → A.
    assert fixes_to_reach(TWO_UNITS, 2023, "A") == 2
    assert fixes_to_reach(TWO_UNITS, 2023, "a") == 2


@pytest.mark.parametrize("category", ["B", "C", "D", "E"])
def test_a_category_already_reached_or_worse_needs_no_fix(category):
    assert fixes_to_reach(TWO_UNITS, 2023, category) == 0


def test_a_pemda_with_every_indicator_at_3_has_no_gap():
    full = {
        "Dinsos": {code: [(1, 3), (2, 3)] for code in ("input", "proses", "output", "pengaduan")}
    }
    assert gaps(full, 2022) == []
    assert fixes_to_reach(full, 2022, "A") == 0


def test_equal_gaps_are_ordered_by_unit_then_dimension_then_indicator():
    # Two identical units; inside each, input 1 and 2 are worth the same, and the weight-0
    # indicators (input 3, pengaduan 2) are worth 0,00 but are still below 3.
    answers = {
        "input": [(1, 2), (1, 2), (0, 1)],
        "proses": [(1, 3)],
        "output": [(1, 3)],
        "pengaduan": [(1, 3), (0, 0)],
    }
    found = gaps({"Puskesmas B": answers, "Puskesmas A": answers}, 2022)
    assert [(g.unit, g.dimension, g.indicator) for g in found] == [
        ("Puskesmas A", "input", 1),
        ("Puskesmas A", "input", 2),
        ("Puskesmas B", "input", 1),
        ("Puskesmas B", "input", 2),
        ("Puskesmas A", "input", 3),
        ("Puskesmas A", "pengaduan", 2),
        ("Puskesmas B", "input", 3),
        ("Puskesmas B", "pengaduan", 2),
    ]
    assert [g.points for g in found[-4:]] == [Decimal("0.00")] * 4


def _one_unit_2025(output_score):
    return {
        "Disdukcapil": {
            "input": [(1, 3)],
            "proses": [(1, 3)],
            "output": [(1, output_score)],
            "pengaduan": [(1, 3)],
        }
    }


def test_2025_blends_public_trust_and_a_category_out_of_reach_gives_none():
    # Dimensions 100 − 24,24 = 75,76; unit 0,70 × 75,76 + 0,30 × 50 = 68,032 → 68,03 (C).
    # Output 0 → 3: 0,70 × 100 + 15 = 85,00 (B): +16,97. Even then 85,00 < 88,00: A is out of reach.
    units = _one_unit_2025(0)
    trust = {"Disdukcapil": 50}
    assert gaps(units, 2025, public_trust=trust) == [
        Gap("Disdukcapil", "output", 1, Decimal(0), Decimal("16.97"))
    ]
    assert fixes_to_reach(units, 2025, "C", public_trust=trust) == 0
    assert fixes_to_reach(units, 2025, "B", public_trust=trust) == 1
    assert fixes_to_reach(units, 2025, "A", public_trust=trust) is None


def test_configured_2025_bands_are_used_for_the_category():
    method = configure_2025(dimension_share="1", public_trust_share="0")
    # Without the trust share: 75,76 (C) → 100,00 (A) after the one fix.
    units = _one_unit_2025(0)
    trust = {"Disdukcapil": 0}
    assert fixes_to_reach(units, 2025, "A", public_trust=trust, method=method) == 1


@dataclass
class Row:
    weight: Decimal
    score: Decimal


def test_answers_may_be_pairs_mappings_or_objects_and_are_not_changed():
    objects = [Row(Decimal(1), Decimal(3)), Row(Decimal(1), Decimal(1))]
    mappings = [{"weight": 1, "score": "0,5"}]
    units = {
        "Dinkes": {"Input": [(1, 3)], "proses": mappings, "output": [(1, 3)], "pengaduan": objects}
    }
    found = gaps(units, 2022)
    assert [(g.dimension, g.indicator, g.score) for g in found] == [
        ("proses", 1, Decimal("0.5")),
        ("pengaduan", 2, Decimal(1)),
    ]
    assert objects[1].score == Decimal(1) and mappings[0]["score"] == "0,5"


def test_a_method_without_dimensions_is_refused():
    with pytest.raises(ScoringError, match="Daftar kekurangan memerlukan nilai per dimensi") as e:
        gaps(TWO_UNITS, 2019)
    assert "penilaian kepatuhan Ombudsman 2015–2021" in str(e.value)


def test_2025_without_public_trust_names_the_unit():
    with pytest.raises(ScoringError, match=r"Unit Disdukcapil: .*kepercayaan publik"):
        gaps(_one_unit_2025(0), 2025)


@pytest.mark.parametrize(
    ("units", "message"),
    [
        ({}, "minimal satu unit"),
        ({"Dinsos": {"input": [(1, 3)]}}, "Unit Dinsos: jawaban dimensi proses, output, pengaduan"),
        (
            {"Dinsos": {"input": [(1, 4)], "proses": [], "output": [], "pengaduan": []}},
            r"Unit Dinsos, dimensi input: Nilai indikator ke-1 = 4 di luar rentang 0–3",
        ),
        (
            {
                "Dinsos": {
                    "input": [(0, 1)],
                    "proses": [(1, 3)],
                    "output": [(1, 3)],
                    "pengaduan": [(1, 3)],
                }
            },
            "Unit Dinsos, dimensi input: Dimensi input tidak mempunyai indikator berbobot",
        ),
        (
            {"Dinsos": {"input": [(-1, 1)], "proses": [], "output": [], "pengaduan": []}},
            "Unit Dinsos, dimensi input: Bobot indikator ke-1 tidak boleh negatif",
        ),
        ({"Dinsos": {"inputs": []}}, "Unit Dinsos: dimensi 'inputs' tidak dikenal"),
        ({"Dinsos": {"input": [], "Input": []}}, "Unit Dinsos: dimensi input diisi dua kali"),
        ({"Dinsos": [(1, 3)]}, "Unit Dinsos: jawaban harus berupa pemetaan"),
        ({"Dinsos": {"input": "3"}}, "Unit Dinsos, dimensi input: isi dengan daftar jawaban"),
        ({"Dinsos": {"input": [(1, 2, 3)]}}, "Unit Dinsos, dimensi input: Indikator ke-1 harus"),
    ],
)
def test_bad_input_is_refused_naming_the_unit_and_dimension(units, message):
    with pytest.raises(ScoringError, match=message):
        gaps(units, 2022)


def test_public_trust_for_a_unit_not_assessed_is_refused():
    with pytest.raises(ScoringError, match="tidak dinilai: Dinas Pariwisata"):
        gaps(_one_unit_2025(0), 2025, public_trust={"Disdukcapil": 50, "Dinas Pariwisata": 70})


def test_an_unknown_category_is_refused():
    with pytest.raises(ScoringError, match=r"Kategori 'F' tidak dikenal .* pilihan: A, B, C, D, E"):
        fixes_to_reach(TWO_UNITS, 2023, "F")


def test_bands_without_a_letter_are_named_by_their_opini():
    # A 2025 table as a Pemda may keep it: the four opini, no letters. Without the trust share
    # the unit is 75,76 (Kualitas Sedang); one fix gives 100,00 (Kualitas Tertinggi).
    opini = [replace(band, grade=None) for band in configure_2025().bands[:3]]
    bands = (*opini, Band(None, None, "Kualitas Rendah", "Merah"))
    method = configure_2025(bands=bands, dimension_share="1", public_trust_share="0")
    units = _one_unit_2025(0)
    trust = {"Disdukcapil": 0}
    assert fixes_to_reach(units, 2025, "kualitas sedang", public_trust=trust, method=method) == 0
    assert fixes_to_reach(units, 2025, "Kualitas Tertinggi", public_trust=trust, method=method) == 1
    with pytest.raises(ScoringError, match="pilihan: Kualitas Tertinggi, Kualitas Tinggi"):
        fixes_to_reach(units, 2025, "A", public_trust=trust, method=method)


@pytest.mark.parametrize("category", ["A", "B", "C"])
def test_fixes_to_reach_given_the_ranked_gaps_counts_the_same(category):
    ranked = gaps(TWO_UNITS, 2023)
    assert fixes_to_reach(TWO_UNITS, 2023, category, ranked=ranked) == fixes_to_reach(
        TWO_UNITS, 2023, category
    )
