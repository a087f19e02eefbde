"""The Pemda's wording of the questionnaire saved: in place while unused, else as a new version.

The meaning (nine elements, values 1–4 from worst to best) is the method's and never changes; only
the question sentence and the four answer labels of each element may be reworded.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.surveys.models import Survey, SurveyQuestionnaire, SurveyResponse
from pantau.surveys.selectors.questionnaires import questionnaire_current, questionnaire_is_frozen
from pantau.tenancy.models import Region

QUESTION_MAX = 500
LABEL_MAX = 80


def _check(questions: Sequence[str], labels: Sequence[Sequence[str]]) -> None:
    errors = []
    if len(questions) != 9 or len(labels) != 9 or any(len(row) != 4 for row in labels):
        raise ValidationError(_("Kuesioner harus berisi 9 pertanyaan dengan 4 label jawaban."))
    for index, question in enumerate(questions, start=1):
        if not question.strip():
            errors.append(_("Pertanyaan U%(n)s wajib diisi.") % {"n": index})
        elif len(question) > QUESTION_MAX:
            errors.append(_("Pertanyaan U%(n)s terlalu panjang (maksimal %(max)s karakter).")
                          % {"n": index, "max": QUESTION_MAX})
        for value, label in enumerate(labels[index - 1], start=1):
            if not label.strip():
                errors.append(_("Label jawaban %(v)s pada U%(n)s wajib diisi.")
                              % {"v": value, "n": index})
            elif len(label) > LABEL_MAX:
                errors.append(_("Label jawaban %(v)s pada U%(n)s terlalu panjang.")
                              % {"v": value, "n": index})
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def questionnaire_save(
    *, actor: Any, region: Region, questions: Sequence[str], labels: Sequence[Sequence[str]]
) -> SurveyQuestionnaire:
    """Saves the Pemda's wording: in place while unused by answers, else as a new version.

    Surveys without answers (on the official wording or on the previous version) move to the
    saved version; surveys with answers keep the version their respondents saw.
    """
    questions = [question.strip() for question in questions]
    labels = [[label.strip() for label in row] for row in labels]
    _check(questions, labels)
    current = questionnaire_current(region=region)
    if current is not None and not questionnaire_is_frozen(questionnaire=current):
        before = {"questions": current.questions, "answer_labels": current.answer_labels}
        current.questions, current.answer_labels = questions, labels
        current.save(update_fields=["questions", "answer_labels"])
        saved, action = current, "surveys.questionnaire.updated"
    else:
        before = {}
        version = (current.version + 1) if current else 1
        saved = SurveyQuestionnaire.objects.create(
            region=region, version=version, questions=questions, answer_labels=labels,
            created_by=actor if getattr(actor, "pk", None) else None,
        )
        action = "surveys.questionnaire.created"
    answered = SurveyResponse.objects.filter(survey=OuterRef("pk"))
    moved = (
        Survey.objects.filter(region=region)
        .filter(Q(questionnaire__isnull=True) | Q(questionnaire=current) if current
                else Q(questionnaire__isnull=True))
        .exclude(Exists(answered))
        .exclude(questionnaire=saved)
        .update(questionnaire=saved)
    )
    audit_record(
        actor=actor, action=action, obj=saved,
        changes={
            "questions": [before.get("questions"), questions],
            "answer_labels": [before.get("answer_labels"), labels],
        },
        note=f"versi {saved.version}; {moved} survei tanpa jawaban memakai versi ini",
    )
    return saved
