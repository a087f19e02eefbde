from __future__ import annotations

import io
from typing import Any

import openpyxl
from django.urls import reverse

from pantau.surveys.models import Survey
from tests.surveys.conftest import ALL_FOUR, submit_direct


def test_the_qr_code_is_an_svg_of_the_absolute_public_url(
    survey_a: Survey, client_for: Any, settings: Any
) -> None:
    settings.SITE_URL = "https://pantau.contoh.go.id"
    client = client_for("operator_a")

    qr = client.get(reverse("surveys:survey_qr", args=[survey_a.pk]))
    detail = client.get(reverse("surveys:survey_detail", args=[survey_a.pk])).content.decode()

    assert qr["Content-Type"] == "image/svg+xml"
    assert b"<svg" in qr.content
    assert f"https://pantau.contoh.go.id/s/{survey_a.public_code}/" in detail


def test_the_poster_is_a_pdf(survey_a: Survey, client_for: Any) -> None:
    poster = client_for("evaluator").get(reverse("surveys:survey_poster", args=[survey_a.pk]))

    assert poster["Content-Type"] == "application/pdf"
    assert poster.content.startswith(b"%PDF")


def test_the_xlsx_exports_hold_the_responses_and_the_recap(
    survey_a: Survey, client_for: Any
) -> None:
    submit_direct(survey_a, ALL_FOUR, comment="=HYPERLINK(\"x\")")
    client = client_for("evaluator")

    raw = client.get(reverse("surveys:responses_xlsx", args=[survey_a.pk]))
    recap = client.get(reverse("surveys:recap_xlsx", args=[survey_a.pk]))

    raw_rows = list(openpyxl.load_workbook(io.BytesIO(raw.content)).active.values)
    recap_rows = list(openpyxl.load_workbook(io.BytesIO(recap.content)).active.values)
    assert any(row and row[-3] == "'=HYPERLINK(\"x\")" for row in raw_rows)
    assert (None, "Nilai SKM (konversi)", None, None, 100) in [tuple(r) for r in recap_rows]
