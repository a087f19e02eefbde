"""The perception questions on the unit's public SKM form (``pantau.surveys.extras``).

Registered from the compliance app's ``ready()``. While a unit's ``PerceptionSetting`` is on
for the year, its SKM form shows the five optional questions after the nine SKM items; the
answers are stored as one ``PerceptionAnswer`` in the transaction that writes the SKM response.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping

from django.utils.translation import gettext as _
from django_scopes import scopes_disabled

from pantau.compliance.models import PerceptionAnswer, PerceptionSetting
from pantau.compliance.perception.questions import (
    ANSWER_CHOICES,
    QUESTIONS,
    YES,
    perception_config,
    question_text,
)
from pantau.surveys.extras import EXTRA_PREFIX, ExtraQuestion, ExtraSection
from pantau.surveys.models import Survey

KEY = "persepsi"


def field_name(field: str) -> str:
    """The public form's field of one answer (``o1`` → ``x_persepsi_o1``)."""
    return f"{EXTRA_PREFIX}{KEY}_{field}"


def perception_is_on(*, unit_id: int, year: int) -> bool:
    with scopes_disabled():  # the public form: the survey's unit, whichever Pemda it is in
        return PerceptionSetting.objects.filter(unit_id=unit_id, year=year, is_on=True).exists()


class PerceptionQuestions:
    key = KEY

    def section(self, *, survey: Survey, day: datetime.date) -> ExtraSection | None:
        if not perception_is_on(unit_id=survey.unit_id, year=day.year):
            return None
        choices = tuple((value, str(label)) for value, label in ANSWER_CHOICES)
        config = perception_config(region_id=survey.region_id)
        return ExtraSection(
            key=KEY,
            heading=_("Pengalaman Anda dengan pelayanan ini"),
            intro=_("Lima pertanyaan tambahan tentang maladministrasi, boleh dikosongkan. "
                    "Jawaban tanpa nama dan dipakai unit ini untuk memperbaiki pelayanan."),
            questions=tuple(
                ExtraQuestion(field_name(q.field), q.code, str(q.title),
                              question_text(q, config), choices)
                for q in QUESTIONS),
        )

    def store(self, *, survey: Survey, response_id: int, day: datetime.date,
              answers: Mapping[str, str]) -> None:
        values = {q.field: (answers[field_name(q.field)] == YES
                            if field_name(q.field) in answers else None) for q in QUESTIONS}
        if all(value is None for value in values.values()):
            return
        PerceptionAnswer.objects.create(
            region_id=survey.region_id, unit_id=survey.unit_id, response_id=response_id,
            year=day.year, day=day, **values)
