"""The five perception questions and the prediction rule, with the project's settings.

The Ombudsman's interview wording, answer scale and thresholds are not published
(shared/domain/instruments.md §A), so Pantau asks one plain yes/no question per Output
indicator ("Apakah Anda mengalami …?"), optional for the respondent, and predicts by the rule in
``pantau.scoring.perception``. A Pemda's evaluator or admin may set its own thresholds, minimum
and sentences (``PerceptionConfig``); otherwise the installation's settings apply:

- ``COMPLIANCE_PERCEPTION_QUESTIONS``: {"o1": "question sentence", …} replaces the sentences;
- ``COMPLIANCE_PERCEPTION_THRESHOLDS``: (("95", 3), ("85", 2), ("70", 1)), percentages of
  respondents reporting no maladministration, highest first;
- ``COMPLIANCE_PERCEPTION_MIN_RESPONDENTS``: 30, below which no score is predicted.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django_scopes import scopes_disabled

from pantau.compliance.models.perception import (
    PERCEPTION_FIELDS,
    PERCEPTION_INDICATORS,
    PerceptionConfig,
)
from pantau.scoring.numbers import format_number
from pantau.scoring.perception import DEFAULT_RULE, PerceptionRule

YES, NO = "ya", "tidak"  # yes: experienced this form of maladministration


@dataclass(frozen=True)
class PerceptionQuestion:
    field: str  # o1..o5 on PerceptionAnswer
    indicator: str  # output-01..05
    code: str  # P1..P5 on the form
    title: Promise
    text: Promise


_WORDING = (
    (_("Penundaan berlarut"),
     _("Apakah Anda mengalami penundaan pelayanan atau pelayanan yang berlarut-larut, melebihi "
       "waktu yang dijanjikan?")),
    (_("Permintaan imbalan"),
     _("Apakah Anda mengalami permintaan imbalan (uang, barang atau lainnya) di luar biaya "
       "resmi?")),
    (_("Penyimpangan prosedur"),
     _("Apakah Anda mengalami pelayanan yang tidak sesuai prosedur atau persyaratan yang "
       "diumumkan?")),
    (_("Petugas tidak kompeten"),
     _("Apakah Anda mengalami petugas yang tidak menguasai pelayanan yang diberikannya?")),
    (_("Perlakuan tidak patut"),
     _("Apakah Anda mengalami perlakuan tidak patut dari petugas, misalnya kasar, tidak sopan "
       "atau membeda-bedakan?")),
)

QUESTIONS = tuple(
    PerceptionQuestion(field, indicator, f"P{number}", title, text)
    for number, (field, indicator, (title, text)) in enumerate(
        zip(PERCEPTION_FIELDS, PERCEPTION_INDICATORS, _WORDING, strict=True), start=1)
)
ANSWER_CHOICES = ((YES, _("Ya, saya mengalaminya")), (NO, _("Tidak")))


def perception_config(*, region_id: int) -> PerceptionConfig | None:
    """The Pemda's own rule and wording, if an evaluator or admin set them."""
    with scopes_disabled():  # also read for the public form, outside any scope
        return PerceptionConfig.objects.filter(region_id=region_id).first()


def question_text(question: PerceptionQuestion, config: PerceptionConfig | None = None) -> str:
    """The sentence asked: the Pemda's, else the installation's setting, else the default."""
    own = getattr(config, f"q{question.field[1:]}", "") if config is not None else ""
    configured = getattr(settings, "COMPLIANCE_PERCEPTION_QUESTIONS", {}) or {}
    return str(own or configured.get(question.field) or question.text)


def installation_rule() -> PerceptionRule:
    """The installation's rule: the settings' thresholds and minimum, or the defaults."""
    thresholds = getattr(settings, "COMPLIANCE_PERCEPTION_THRESHOLDS", None)
    minimum = getattr(settings, "COMPLIANCE_PERCEPTION_MIN_RESPONDENTS", None)
    if thresholds is None and minimum is None:
        return DEFAULT_RULE
    return PerceptionRule(
        thresholds=tuple((Decimal(str(lower)) / 100, int(score)) for lower, score in thresholds)
        if thresholds is not None else DEFAULT_RULE.thresholds,
        min_respondents=int(minimum) if minimum is not None else DEFAULT_RULE.min_respondents,
    )


def config_rule(config: PerceptionConfig) -> PerceptionRule:
    return PerceptionRule(
        thresholds=((config.threshold_3 / 100, 3), (config.threshold_2 / 100, 2),
                    (config.threshold_1 / 100, 1)),
        min_respondents=config.min_respondents)


def perception_rule(*, region_id: int | None = None) -> PerceptionRule:
    """The rule in force for a Pemda: its own, else the installation's."""
    config = perception_config(region_id=region_id) if region_id is not None else None
    return config_rule(config) if config is not None else installation_rule()


def thresholds_text(rule: PerceptionRule) -> str:
    """The rule in words: "≥ 95 % → 3; ≥ 85 % → 2; ≥ 70 % → 1"."""
    return "; ".join(f"≥ {format_number((lower * 100).normalize())} % → {score}"
                     for lower, score in rule.thresholds)
