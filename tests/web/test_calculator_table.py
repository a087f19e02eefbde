"""The calculator explains its method in words: a headed band table and readable sources."""

from __future__ import annotations

import html
import re
from typing import Any

from django.urls import reverse

from tests.personas import World

CAPAIAN = {"tab": "capaian", "target": "10", "realization": "8", "polarity": "negative",
           "hitung": "1"}


def _section(body: str, summary: str) -> str:
    start = body.index(f"<summary>{summary}")
    return body[start:body.index("</details>", start)]


def _cells(markup: str, tag: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()
            for cell in re.findall(rf"<{tag}[^>]*>(.*?)</{tag}>", markup, re.S)]


def _page(client_for: Any, **params: str) -> str:
    response = client_for("evaluator").get(reverse("web:calculator"), params)
    assert response.status_code == 200
    return response.content.decode()


def test_the_capaian_band_table_has_headers_and_readable_ranges(
    world: World, client_for: Any
) -> None:
    table = _section(_page(client_for, **CAPAIAN), "Tabel klasifikasi")

    assert _cells(table, "th") == ["Rentang nilai", "Predikat"]
    assert _cells(table, "td") == [
        "≥ 91", "Sangat Tinggi", "≥ 76", "Tinggi", "≥ 66", "Sedang", "≥ 51", "Rendah",
        "< 51", "Sangat Rendah"]
    assert "None" not in table


def test_a_table_with_grades_and_zones_shows_them_in_named_columns(
    world: World, client_for: Any
) -> None:
    body = _page(client_for, tab="nilai", kind="ombudsman", value="78,12", year="2022",
                 hitung="1")
    table = _section(body, "Tabel klasifikasi")

    assert _cells(table, "th") == ["Rentang nilai", "Kategori", "Predikat", "Zona"]
    assert _cells(table, "td")[:4] == ["≥ 88,00", "A", "Kualitas Tertinggi", "Hijau"]
    assert _cells(table, "td")[-4:] == ["< 32,00", "E", "Kualitas Terendah", "Merah"]


def test_sources_name_the_aggregation_rules_in_words_and_hide_none(
    world: World, client_for: Any
) -> None:
    sources = _section(_page(client_for, **CAPAIAN), "Sumber setiap ketentuan")

    assert "(None)" not in sources
    assert ("cara agregasi: jumlah, nilai terakhir, rata-rata, nilai tertinggi atau "
            "nilai terendah.") in sources
    assert not re.search(r"\b(sum|last|avg)\b", sources)
    assert "capaian tidak dapat dihitung dan baris ditandai untuk evaluator" in sources
