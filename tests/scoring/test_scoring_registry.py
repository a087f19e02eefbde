"""Methods as versioned data: list, look up by id, pick by family and year, describe."""

import json
from dataclasses import replace
from decimal import Decimal

import pytest

import pantau.scoring as scoring
from pantau.scoring import ScoringError, registry

EXPECTED_IDS = {
    "capaian-2017",
    "skm-2017",
    "skm-2004",
    "ombudsman-2015",
    "ombudsman-2022",
    "ombudsman-2025",
    "pekppp-2017",
    "pekppp-2022",
    "sakip-2021",
    "sampling-1970",
}


def test_every_method_of_the_brief_is_registered():
    assert {m.id for m in scoring.all_methods()} == EXPECTED_IDS


def test_every_method_has_name_legal_basis_years_and_facts_with_a_valid_status():
    for method in scoring.all_methods():
        assert method.name and method.legal_basis, method.id
        assert method.facts, method.id
        assert {fact.status for fact in method.facts} <= {"regulation", "practice", "open"}


def test_get_returns_the_method_with_that_id():
    method = scoring.get("ombudsman-2022")
    assert method.family == "ombudsman"
    assert (method.years.first, method.years.last) == (2022, 2024)


def test_an_unknown_id_lists_the_known_ones():
    with pytest.raises(ScoringError, match=r"tidak dikenal.*ombudsman-2022"):
        scoring.get("ombudsman-1999")


@pytest.mark.parametrize(
    ("family", "year", "expected"),
    [
        ("ombudsman", 2015, "ombudsman-2015"),
        ("ombudsman", 2021, "ombudsman-2015"),
        ("ombudsman", 2022, "ombudsman-2022"),
        ("ombudsman", 2024, "ombudsman-2022"),
        ("ombudsman", 2025, "ombudsman-2025"),
        ("ombudsman", 2031, "ombudsman-2025"),
        ("pekppp", 2021, "pekppp-2017"),
        ("pekppp", 2022, "pekppp-2022"),
        ("skm", 2010, "skm-2004"),
        ("skm", 2017, "skm-2017"),
        ("capaian", 1999, "capaian-2017"),
    ],
)
def test_the_method_is_picked_by_family_and_year(family, year, expected):
    assert scoring.for_year(family, year).id == expected


def test_a_year_no_method_covers_is_rejected_with_the_available_years():
    with pytest.raises(ScoringError, match=r"Ombudsman untuk tahun 2014.*\(zonasi\) \(2015–2021\)"):
        scoring.for_year("ombudsman", 2014)


def test_an_unknown_family_is_rejected():
    with pytest.raises(ScoringError, match="tidak dikenal"):
        scoring.for_year("lakip", 2022)


def test_open_facts_are_marked_where_the_regulation_is_silent():
    open_topics = {f.topic for f in scoring.get("ombudsman-2025").facts_with_status("open")}
    assert "kategori" in open_topics
    assert scoring.get("sakip-2021").facts_with_status("open")


def test_describe_gives_plain_data_for_the_calculator_page():
    described = scoring.describe("skm-2017")
    assert described["name"].startswith("Survei Kepuasan Masyarakat")
    assert described["legal_basis"] == "PermenPANRB 14/2017"
    assert described["years"] == {"first": 2017, "last": None, "text": "sejak 2017"}
    assert described["bands"][0] == {
        "lower": Decimal("88.31"),
        "grade": "A",
        "label": "Sangat Baik",
        "zone": None,
    }
    elements = described["details"]["elements"]
    assert [e["code"] for e in elements] == [f"U{n}" for n in range(1, 10)]
    assert elements[3]["answers"] == ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]
    json.dumps(described, default=str)


@pytest.mark.parametrize("method_id", sorted(EXPECTED_IDS))
def test_every_method_can_be_described_as_json(method_id):
    text = json.dumps(scoring.describe(method_id), default=str)
    assert method_id in text


def test_describe_shows_the_effective_share_of_unpublished_pekppp_weights():
    aspects = scoring.describe("pekppp-2022")["details"]["aspects"]
    kebijakan = aspects[0]["indicators"]
    assert kebijakan[7]["weight"] is None
    assert kebijakan[7]["effective_weight"] == Decimal("0.0700")
    assert aspects[1]["indicators"][0]["effective_weight"] == Decimal("0.3333")


def test_registering_a_method_whose_years_overlap_another_is_refused():
    clash = replace(scoring.get("ombudsman-2022"), id="ombudsman-2023")
    with pytest.raises(ScoringError, match="bertumpang tindih"):
        scoring.register(clash)


def test_registering_an_existing_id_needs_replace_and_then_takes_effect():
    original = scoring.get("ombudsman-2025")
    configured = replace(original, name="Dikonfigurasi")
    with pytest.raises(ScoringError, match="sudah terdaftar"):
        scoring.register(configured)
    try:
        scoring.register(configured, replace=True)
        assert scoring.for_year("ombudsman", 2026).name == "Dikonfigurasi"
    finally:
        registry.register(original, replace=True)
    assert scoring.get("ombudsman-2025") is original


def test_methods_are_hashable_frozen_values():
    assert len({*scoring.all_methods()}) == len(EXPECTED_IDS)
