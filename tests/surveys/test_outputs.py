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
    footer = {row[1]: row[6:] for row in recap_rows if row and row[0] is None and row[1]}
    assert footer["IKM (25–100)"][0] == 100


def test_the_recap_is_one_row_per_respondent_then_the_scoring_footer(
    survey_a: Survey, client_for: Any
) -> None:
    from decimal import Decimal

    from pantau.scoring import skm

    answers = [
        (4, 3, 3, 4, 3, 4, 4, 3, 2), (3, 3, 2, 4, 4, 4, 3, 3, 3), (4, 4, 4, 4, 4, 4, 4, 4, 1),
    ]
    for row in answers:
        submit_direct(survey_a, row, profile={"sex": "P"})
    expected = skm.from_answers(answers)

    recap = client_for("evaluator").get(reverse("surveys:recap_xlsx", args=[survey_a.pk]))

    rows = [row for row in openpyxl.load_workbook(io.BytesIO(recap.content)).active.values]
    header = rows.index(next(row for row in rows if row and row[0] == "No."))
    assert rows[header][6:15] == tuple(f"U{index}" for index in range(1, 10))
    people = [row for row in rows[header + 1:] if isinstance(row[0], int)]
    assert [tuple(row[6:15]) for row in people] == answers
    assert all(row[1] is not None and row[3] == "Perempuan" for row in people)
    footer = {row[1]: row[6:15] for row in rows[header + 1:] if row[0] is None and row[1]}
    totals = [sum(column) for column in zip(*answers, strict=True)]
    assert list(footer["Σ nilai per unsur"]) == totals
    assert [Decimal(str(v)) for v in footer["NRR per unsur"]] == list(expected.nrr_rounded)
    weighted = [Decimal(str(v)) for v in footer["NRR tertimbang"]]
    assert abs(sum(weighted) - expected.ikm) < Decimal("0.001")
    assert Decimal(str(footer["Nilai interval (1–4)"][0])) == expected.ikm
    assert Decimal(str(footer["IKM (25–100)"][0])) == expected.score
    assert footer["Mutu pelayanan"][0] == f"{expected.grade} ({expected.label})"
