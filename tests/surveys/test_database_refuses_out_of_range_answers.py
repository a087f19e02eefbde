"""The public form is the one entry to ``response_submit`` and checks the answer sheet
(``forms.answer_sheet``); the service trusts it. Should anything else pass an answer outside
1–4, the database's check constraints refuse the row and nothing is counted."""

from __future__ import annotations

import pytest
from django.db import IntegrityError, transaction

from pantau.surveys.models import Survey
from tests.surveys.conftest import submit_direct, tally_count, valid_count


@pytest.mark.parametrize("bad", [0, 5])
def test_an_answer_outside_one_to_four_never_reaches_the_rollup(
    survey_a: Survey, rollup_deferred: bool, bad: int
) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        submit_direct(survey_a, [4, 4, 4, 4, bad, 4, 4, 4, 4])

    assert valid_count(survey_a) == 0
    assert tally_count(survey_a) == 0
