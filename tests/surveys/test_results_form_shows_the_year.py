"""The results form shows the year being shown."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse
from django.utils import timezone

from tests.personas import World


def test_the_results_form_shows_the_year_being_shown(world: World, client_for: Any) -> None:
    year = timezone.localdate().year
    client = client_for("leader")

    plain = client.get(reverse("surveys:results")).content.decode()
    one_opd = client.get(reverse("surveys:results"), {"opd": world.opd_a.pk}).content.decode()

    for page in (plain, one_opd):
        field = re.search(r'<input[^>]*name="tahun"[^>]*>', page)
        assert field and f'value="{year}"' in field.group(0)
        assert "form-control" in field.group(0)
