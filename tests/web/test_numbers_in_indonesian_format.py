"""Numbers on pages are written the Indonesian way: 1.234 and 1.234,56."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.template import Context, Template
from django.urls import reverse
from django.utils import translation
from django_scopes import scopes_disabled

from pantau.tenancy.models import ServiceProduct
from tests.personas import World
from tests.web.pages import stat_cards


def test_a_count_above_a_thousand_uses_a_dot_for_thousands(world: World, client_for: Any) -> None:
    with scopes_disabled():
        ServiceProduct.objects.bulk_create(
            ServiceProduct(region=world.region_a, unit=world.unit_a, name=f"Produk {n}")
            for n in range(1232)
        )

    body = client_for("admin").get(reverse("web:home")).content.decode()

    assert stat_cards(body)["Produk layanan"] == "1.234"


def test_decimals_use_a_comma_and_dots_for_thousands() -> None:
    with translation.override("id"):
        rendered = Template("{% load l10n %}{{ value }}|{{ value|floatformat:2 }}").render(
            Context({"value": Decimal("1234.56")}))

    assert rendered == "1.234,56|1.234,56"
