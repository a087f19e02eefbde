"""The home page shows the user's Pemda, its counts, and speaks English when asked to."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from tests.personas import World
from tests.web.pages import stat_cards

ENGLISH_CATALOG = Path(settings.BASE_DIR) / "locale" / "en" / "LC_MESSAGES" / "django.mo"


def test_home_page_shows_the_pemda_and_its_counts(world: World, client_for: Any) -> None:
    response = client_for("admin").get(reverse("web:home"))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Selamat datang di Pantau Kabupaten Contoh" in body
    assert "kode 99.01" in body
    assert stat_cards(body) == {
        "Laporan menunggu verifikasi": "0", "OPD tanpa Kepala OPD": "1",
        "OPD aktif": "2", "Unit layanan": "2", "Produk layanan": "2", "Pengguna aktif": "7",
    }
    assert "Dinas Kesehatan" in body
    assert "Dinas Perhubungan Kota Lain" not in body


def test_operator_sees_their_own_opd_named(world: World, client_for: Any) -> None:
    body = client_for("operator_a").get(reverse("web:home")).content.decode()

    assert "Operator OPD · Dinas Kesehatan" in body


def test_the_other_pemda_sees_its_own_name_and_counts(world: World, client_for: Any) -> None:
    body = client_for("other_admin").get(reverse("web:home")).content.decode()

    assert "Selamat datang di Pantau Kota Lain" in body
    assert stat_cards(body)["OPD aktif"] == "1"
    assert stat_cards(body)["Pengguna aktif"] == "1"


def test_home_page_is_in_english_after_choosing_english_in_the_switcher(
    world: World, client_for: Any
) -> None:
    if not ENGLISH_CATALOG.exists():
        pytest.skip(f"English catalogue {ENGLISH_CATALOG} is missing: run `make messages`")
    client = client_for("admin")

    switched = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    body = client.get(reverse("web:home")).content.decode()

    assert switched.status_code == 302
    assert '<html lang="en">' in body
    assert "Welcome to Pantau Kabupaten Contoh" in body
    assert "Active OPDs" in body
    assert "Selamat datang" not in body


def test_home_page_is_indonesian_by_default(world: World, client_for: Any) -> None:
    body = client_for("admin").get(reverse("web:home")).content.decode()

    assert '<html lang="id">' in body
    assert "Selamat datang di Pantau" in body


def test_an_english_browser_still_gets_indonesian_until_english_is_chosen(
    world: World, client_for: Any
) -> None:
    body = client_for("admin").get(
        reverse("web:home"), headers={"accept-language": "en-US,en;q=0.9"}).content.decode()

    assert '<html lang="id">' in body
    assert "Selamat datang di Pantau Kabupaten Contoh" in body


def test_anonymous_visitor_is_sent_to_the_login_page(world: World) -> None:
    response = Client().get(reverse("web:home"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))
