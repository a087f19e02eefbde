"""The results page reads the rollup and computes with pantau.scoring.skm (methods.md §2)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.urls import reverse
from django_scopes import scope

from pantau.scoring import skm
from pantau.surveys.models import Survey
from pantau.surveys.selectors.results import survey_result
from tests.surveys.conftest import submit_direct

# methods.md §2 worked example: 29 respondents → IKM 3,6590, SKM 91,48, A.
SUMS = (105, 101, 100, 116, 102, 105, 106, 105, 115)
RESPONDENTS = 29


def worked_example_answers() -> list[list[int]]:
    """29 questionnaires of 3s and 4s whose element sums are exactly SUMS."""
    fours = [total - 3 * RESPONDENTS for total in SUMS]
    return [[4 if row < count else 3 for count in fours] for row in range(RESPONDENTS)]


def test_the_worked_example_answers_give_the_published_sums() -> None:
    rows = worked_example_answers()

    assert tuple(sum(column) for column in zip(*rows, strict=True)) == SUMS


def test_results_page_shows_the_same_ikm_as_scoring_from_totals(
    survey_a: Survey, client_for: Any
) -> None:
    for answers in worked_example_answers():
        submit_direct(survey_a, answers)
    expected = skm.from_totals(SUMS, RESPONDENTS)

    page = client_for("evaluator").get(reverse("surveys:survey_detail", args=[survey_a.pk]))
    body = page.content.decode()

    assert (expected.ikm, expected.score, expected.grade) == (
        Decimal("3.6590"), Decimal("91.48"), "A")
    assert page.status_code == 200
    assert '<span data-testid="ikm">3,6590</span>' in body
    assert '<div class="display-6" data-testid="skm-score">91,48</div>' in body
    assert 'data-testid="nrr-U1">3,6207<' in body
    assert "Sangat Baik" in body


def test_the_selector_reads_the_rollup_and_names_the_weakest_elements(survey_a: Survey) -> None:
    for answers in worked_example_answers():
        submit_direct(survey_a, answers)

    with scope(region=survey_a.region_id):
        result = survey_result(survey=survey_a)

    assert result.score == skm.from_totals(SUMS, RESPONDENTS)
    assert result.totals == SUMS
    assert result.respondents == RESPONDENTS
    assert [row.element.code for row in result.weakest] == ["U3", "U2", "U5"]
    assert result.min_sample == 80  # population 100 → 80 (Krejcie–Morgan table)
    assert result.sample_sufficient is False


def test_a_survey_without_responses_shows_no_score(survey_a: Survey, client_for: Any) -> None:
    page = client_for("evaluator").get(reverse("surveys:survey_detail", args=[survey_a.pk]))

    assert page.status_code == 200
    assert "Belum ada jawaban sah." in page.content.decode()
