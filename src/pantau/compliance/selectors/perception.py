"""Reads of the perception survey: which units ask it, the answers per unit and year with the
predicted Output score, and the facts the self-assessment fills the Output indicators from."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils.translation import gettext as _

from pantau.compliance.models import PerceptionAnswer, PerceptionConfig, PerceptionSetting
from pantau.compliance.perception.questions import (
    QUESTIONS,
    PerceptionQuestion,
    perception_config,
    perception_rule,
    question_text,
)
from pantau.compliance.selectors.auto_facts.registry import (
    FactKey,
    SourceFact,
    register_auto_source,
)
from pantau.scoring import ombudsman
from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import format_number
from pantau.scoring.perception import PerceptionRule, clean_share, indicator_score
from pantau.tenancy.models import Region, ServiceUnit
from pantau.tenancy.selectors import visible_to


@dataclass(frozen=True)
class QuestionResult:
    question: PerceptionQuestion
    text: str
    yes: int  # experienced this form of maladministration
    no: int
    share: Decimal | None  # percent reporting none, 2 places
    score: int | None  # predicted 0–3; None below the minimum of respondents

    @property
    def answered(self) -> int:
        return self.yes + self.no


@dataclass(frozen=True)
class UnitPerception:
    unit_id: int
    year: int
    respondents: int  # valid SKM responses with at least one perception answer
    questions: tuple[QuestionResult, ...]
    rule: PerceptionRule

    @property
    def scores(self) -> list[int | None]:
        return [item.score for item in self.questions]

    @property
    def points(self) -> Decimal | None:
        """The Output dimension's points (equal indicator weights) when all five are predicted."""
        scores = [score for score in self.scores if score is not None]
        if len(scores) < len(self.questions):
            return None
        try:
            return ombudsman.dimension_score("output", [(1, s) for s in scores], self.year)
        except ScoringError:
            return None


def _aggregates() -> dict[str, Any]:
    counts: dict[str, Any] = {"respondents": Count("id")}
    for q in QUESTIONS:
        counts[f"{q.field}_yes"] = Count("id", filter=Q(**{q.field: True}))
        counts[f"{q.field}_no"] = Count("id", filter=Q(**{q.field: False}))
    return counts


def perception_by_unit(*, region: Region, year: int, unit_ids: Iterable[int]
                       ) -> dict[int, UnitPerception]:
    """The year's counted answers of each unit that has any: one query for all units.

    Only answers whose SKM response is valid count (a response marked invalid takes its
    perception answers out with it)."""
    rule = perception_rule(region_id=region.pk)
    config = perception_config(region_id=region.pk)
    rows = (PerceptionAnswer.objects.filter(region=region, year=year, unit_id__in=list(unit_ids),
                                            response__is_valid=True)
            .values("unit_id").annotate(**_aggregates()).order_by())
    return {row["unit_id"]: _unit(row, year=year, rule=rule, config=config) for row in rows}


def _unit(row: Any, *, year: int, rule: PerceptionRule,
          config: PerceptionConfig | None) -> UnitPerception:
    items = []
    for q in QUESTIONS:
        yes, no = row[f"{q.field}_yes"], row[f"{q.field}_no"]
        items.append(QuestionResult(
            q, question_text(q, config), yes, no, clean_share(clean=no, answered=yes + no),
            indicator_score(clean=no, answered=yes + no, rule=rule)))
    return UnitPerception(row["unit_id"], year, row["respondents"], tuple(items), rule)


def perception_of_unit(*, unit: ServiceUnit, year: int) -> UnitPerception:
    """One unit's results for a year (every count zero when nobody answered)."""
    found = perception_by_unit(region=unit.region, year=year, unit_ids=[unit.pk])
    if unit.pk in found:
        return found[unit.pk]
    empty = {"unit_id": unit.pk, "respondents": 0,
             **{f"{q.field}_{kind}": 0 for q in QUESTIONS for kind in ("yes", "no")}}
    return _unit(empty, year=year, rule=perception_rule(region_id=unit.region_id),
                 config=perception_config(region_id=unit.region_id))


def perception_units(*, user: Any, year: int) -> QuerySet[ServiceUnit]:
    """The active units the user may see, each annotated with ``perception_on`` for the year."""
    units = visible_to(ServiceUnit.objects.filter(is_active=True).select_related("agency"),
                       user=user)
    on = PerceptionSetting.objects.filter(year=year, is_on=True).values("unit_id")
    return units.annotate(perception_on=Q(pk__in=on)).order_by("agency__name", "name", "pk")


def perception_switched_on(*, unit: ServiceUnit, year: int) -> bool:
    return PerceptionSetting.objects.filter(unit=unit, year=year, is_on=True).exists()


@register_auto_source("perception")
def perception_facts(*, region: Region, year: int, units: Sequence[ServiceUnit],
                     indicators: Sequence[Any]) -> dict[FactKey, SourceFact]:
    """The ``perception`` auto-fill source: facts for the Output indicators, keyed by (unit id,
    indicator id); an indicator is known by its code (output-01..05). The predicted 0–3 is the
    fact's score (kept inside the indicator's scale by ``auto_facts``). A unit whose indicator
    has fewer respondents than the rule's minimum gets no fact (nothing to fill). One query."""
    by_code = {q.indicator: index for index, q in enumerate(QUESTIONS)}
    wanted = [(indicator, by_code[indicator.code]) for indicator in indicators
              if indicator.code in by_code]
    if not wanted or not units:
        return {}
    found = perception_by_unit(region=region, year=year, unit_ids=[unit.pk for unit in units])
    facts: dict[FactKey, SourceFact] = {}
    for unit_id, result in found.items():
        url = reverse("compliance:perception_unit", args=[unit_id, year])
        for indicator, index in wanted:
            item = result.questions[index]
            if item.score is None:
                continue
            facts[(unit_id, indicator.pk)] = SourceFact(
                met=True if item.score == 3 else False if item.score == 0
                else Fraction(item.score, 3),
                text=_("%(no)s dari %(answered)s responden (%(share)s %%) tidak mengalami "
                       "%(form)s: nilai perkiraan %(score)s.") % {
                    "no": item.no, "answered": item.answered,
                    "share": format_number(item.share) if item.share is not None else "—",
                    "form": str(item.question.title).lower(), "score": item.score},
                url=url, score=item.score)
    return facts
