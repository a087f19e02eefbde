"""Each Pemda sees only its own OPDs and units."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tests.personas import World


def test_user_of_another_pemda_sees_only_their_own_opds(world: World, client_for: Any) -> None:
    body = client_for("other_admin").get(reverse("tenancy:agency_list")).content.decode()

    assert "Dinas Perhubungan Kota Lain" in body
    assert "Dinas Kesehatan" not in body
    assert "Dinas Pendidikan" not in body


def test_user_of_region_a_sees_both_opds_and_not_the_other_pemda(
    world: World, client_for: Any
) -> None:
    body = client_for("leader").get(reverse("tenancy:agency_list")).content.decode()

    assert "Dinas Kesehatan" in body
    assert "Dinas Pendidikan" in body
    assert "Dinas Perhubungan Kota Lain" not in body


def test_unit_filter_by_an_opd_of_another_pemda_shows_nothing_of_it(
    world: World, client_for: Any
) -> None:
    url = reverse("tenancy:unit_list") + f"?opd={world.opd_a.pk}"

    body = client_for("other_admin").get(url).content.decode()

    assert "Puskesmas Sukamaju" not in body
    assert "Terminal Kota Lain" in body
