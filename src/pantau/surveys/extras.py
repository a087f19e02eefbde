"""Extra questions a module above surveys puts on the public SKM form, in the same submission.

The SKM form is the one public entry a unit's users already reach through its QR code. A module
above surveys (compliance's perception questions) registers a provider here from its app's
``ready()``; surveys never imports it. For each survey the provider says whether it has a
section for it now (a few optional multiple-choice questions) and stores the answers it is given.

The extra answers travel with the SKM answers: the same form load token, honeypot and rate limit
(the public view checks those before reading anything), the same answer sheet
(``forms.answer_sheet``) and the same transaction as the response row (``response_submit`` calls
``extras_store`` right after its INSERT, so both are written or neither). A duplicate token or a
closed survey stores nothing of either. The extra fields' names start with ``EXTRA_PREFIX``: a
submission without any of them (every SKM-only form) never looks a provider up.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.utils import timezone

from pantau.surveys.selectors.surveys import local_day

if TYPE_CHECKING:
    from pantau.surveys.models import Survey

EXTRA_PREFIX = "x_"


@dataclass(frozen=True)
class ExtraQuestion:
    """One optional question: ``name`` is its form field (starts with ``EXTRA_PREFIX``)."""

    name: str
    code: str
    title: str
    text: str
    choices: tuple[tuple[str, str], ...]  # (value, label); no answer: the field left empty


@dataclass(frozen=True)
class ExtraSection:
    key: str  # the provider's key
    heading: str
    intro: str
    questions: tuple[ExtraQuestion, ...]


class ExtraProvider(Protocol):
    key: str

    def section(self, *, survey: Survey, day: datetime.date) -> ExtraSection | None:
        """The section shown on this survey's form on that day, or None (nothing extra)."""

    def store(self, *, survey: Survey, response_id: int, day: datetime.date,
              answers: Mapping[str, str]) -> None:
        """Stores one submission's answers (field name → value; only answered fields), inside
        the transaction that wrote response ``response_id``."""


_PROVIDERS: dict[str, ExtraProvider] = {}
_SECTIONS: dict[tuple[str, int], tuple[float, tuple[ExtraSection, ...]]] = {}


def extra_register(provider: ExtraProvider) -> None:
    """Adds (or replaces) a provider; called from the providing app's ``ready()``."""
    _PROVIDERS[provider.key] = provider
    extras_forget()


def extras_forget() -> None:
    """Forgets this process's copies (after a provider's setting changed; other processes:
    within ``SKM_SURVEY_CACHE_SECONDS``, as for the survey itself)."""
    _SECTIONS.clear()


def extras_posted(data: Mapping[str, str]) -> bool:
    """Whether a submission answers any extra question at all."""
    return any(name.startswith(EXTRA_PREFIX) and value for name, value in data.items())


def extra_sections(*, survey: Survey, day: datetime.date | None = None
                   ) -> tuple[ExtraSection, ...]:
    """The extra sections of a survey's form on ``day`` (today in its Pemda by default).

    Kept in this process like the public survey (``SKM_SURVEY_CACHE_SECONDS``), since every
    phone asks for the form."""
    if not _PROVIDERS:
        return ()
    day = day or local_day(region=survey.region, moment=timezone.now())
    key = (survey.public_code, day.year)
    now = time.monotonic()
    kept = _SECTIONS.get(key)
    if kept is not None and kept[0] > now:
        return kept[1]
    sections = tuple(
        section for provider in _PROVIDERS.values()
        if (section := provider.section(survey=survey, day=day)) is not None
    )
    seconds = getattr(settings, "SKM_SURVEY_CACHE_SECONDS", 30)
    if seconds > 0:
        if len(_SECTIONS) >= 10_000:  # bounded: forget everything rather than grow
            _SECTIONS.clear()
        _SECTIONS[key] = (now + seconds, sections)
    return sections


def plain_extra_answers(data: Mapping[str, str], sections: tuple[ExtraSection, ...]
                        ) -> dict[str, dict[str, str]] | None:
    """The answered extra questions by section key when every posted value is one of its
    question's choices (an empty field: not answered); None when one is not."""
    answers: dict[str, dict[str, str]] = {}
    for section in sections:
        for question in section.questions:
            value = data.get(question.name) or ""
            if not value:
                continue
            if value not in {choice for choice, _label in question.choices}:
                return None
            answers.setdefault(section.key, {})[question.name] = value
    return answers


def extras_store(*, survey: Survey, response_id: int, day: datetime.date,
                 extra: Mapping[str, Mapping[str, str]]) -> None:
    """Hands each provider its answers; a provider gone since the form was read is skipped."""
    for key, answers in extra.items():
        provider = _PROVIDERS.get(key)
        if provider is not None and answers:
            provider.store(survey=survey, response_id=response_id, day=day, answers=answers)
