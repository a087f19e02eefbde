"""The calculator refuses numbers beyond what it can compute with a message, not a server error."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tests.personas import World


def test_a_tiny_target_with_a_huge_realization_gets_a_message(
    world: World, client_for: Any
) -> None:
    response = client_for("evaluator").get(reverse("web:calculator"), {
        "tab": "capaian", "target": "0,000000000000000000000001",
        "realization": "9999999999999999999999999999", "polarity": "positive", "hitung": "1"})

    assert response.status_code == 200
    assert "terlalu besar atau terlalu kecil" in response.content.decode()
