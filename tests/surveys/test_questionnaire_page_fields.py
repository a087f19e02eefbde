"""The questionnaire page's fields are styled, tall, and headed once."""

from __future__ import annotations

import re
from typing import Any

from django.urls import reverse


def test_the_questionnaire_fields_are_styled_tall_and_headed_once(client_for: Any) -> None:
    page = client_for("evaluator").get(reverse("surveys:questionnaire")).content.decode()

    question = re.search(r"<textarea[^>]*name=\"q1\"[^>]*>", page)
    answer = re.search(r"<input[^>]*name=\"a1_1\"[^>]*>", page)
    assert question and 'class="form-control"' in question.group(0)
    assert 'rows="3"' in question.group(0)
    assert answer and 'class="form-control"' in answer.group(0)
    assert page.count("U1. Persyaratan") == 1
