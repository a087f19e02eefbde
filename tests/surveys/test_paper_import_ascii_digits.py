"""A paper answer written in another script's digits ("٤") is refused like any answer outside
1–4; only ASCII digits are numbers."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from pantau.surveys.models import Survey
from tests.surveys.conftest import tally_count, valid_count
from tests.surveys.test_paper_import_checks import FOURS, _page, _post, _xlsx


@pytest.mark.parametrize("answer", ["٤", "４", "४"],
                         ids=["arabic-indic", "fullwidth", "devanagari"])
def test_an_answer_in_other_digits_is_refused(survey_a: Survey, client_for: Any,
                                              answer: str) -> None:
    row = [timezone.localdate(), answer, *FOURS[1:]]

    response = _post(client_for("operator_a"), survey_a, _xlsx([row]))

    assert f"Baris 2: jawaban U1 = “{answer}” di luar 1–4" in _page(response)
    assert valid_count(survey_a) == 0 and tally_count(survey_a) == 0
