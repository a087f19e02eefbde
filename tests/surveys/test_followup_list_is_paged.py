"""The SKM follow-up list is paged like the other long lists; the status filter survives paging."""

from __future__ import annotations

import datetime
import re
from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.surveys.models import Survey, SurveyFollowUp

ROWS = 55


def test_the_skm_follow_up_list_is_paged_and_keeps_the_filter(
    survey_a: Survey, client_for: Any
) -> None:
    with scopes_disabled():
        SurveyFollowUp.objects.bulk_create([
            SurveyFollowUp(region_id=survey_a.region_id, survey=survey_a, unit=survey_a.unit,
                           element=9, action=f"Rencana nomor {index:03d}", owner="Kepala",
                           due_on=datetime.date(2026, 12, 31), status="rencana")
            for index in range(ROWS)])
    client = client_for("evaluator")
    url = reverse("surveys:followup_list")

    first = client.get(url, {"status": "rencana"}).content.decode()
    second = client.get(url, {"status": "rencana", "halaman": 2}).content.decode()

    assert len(re.findall(r"Rencana nomor \d{3}", first)) == 50
    assert len(re.findall(r"Rencana nomor \d{3}", second)) == ROWS - 50
    assert 'href="?status=rencana&amp;halaman=2"' in first
