"""The raw-response export keeps every column."""

from __future__ import annotations

import datetime
import io
from typing import Any

import openpyxl
from django.urls import reverse
from django.utils import timezone
from django_scopes import scopes_disabled

from pantau.surveys.models import Survey, SurveyResponse
from tests.personas import World
from tests.surveys.conftest import (
    ALL_FOUR,
    submit_direct,
)


def _rows(content: bytes) -> list[tuple[Any, ...]]:
    return list(openpyxl.load_workbook(io.BytesIO(content)).active.values)


def test_the_raw_export_keeps_every_column(
    world: World, survey_a: Survey, client_for: Any
) -> None:
    answered = submit_direct(survey_a, (1, 2, 3, 4, 1, 2, 3, 4, 1),
                             profile={"sex": "P", "age_band": "60p"},
                             product=world.product_a.pk, comment="+62 antre lama")
    plain = submit_direct(survey_a, ALL_FOUR)
    with scopes_disabled():
        SurveyResponse.objects.filter(pk=plain.pk).update(is_valid=False,
                                                          invalid_reason="Isian ganda")

    rows = _rows(client_for("evaluator").get(
        reverse("surveys:responses_xlsx", args=[survey_a.pk])).content)
    header = rows.index(next(row for row in rows if row and row[0] == "No."))
    people = {row[0]: row for row in rows[header + 1:]}
    full, blank = people[answered.pk], people[plain.pk]
    local = timezone.localtime(answered.submitted_at).replace(tzinfo=None)

    assert full[2:11] == (1, 2, 3, 4, 1, 2, 3, 4, 1)
    assert full[11:18] == ("60 tahun ke atas", "Perempuan", None, None, "Imunisasi Dasar",
                           "'+62 antre lama", "ya")
    assert abs(full[1] - local) < datetime.timedelta(seconds=1)  # the Pemda's clock
    assert blank[11:] == (None, None, None, None, None, None, "tidak", "Isian ganda")
