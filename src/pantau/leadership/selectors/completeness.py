"""What a quarterly report still lacks, per priority indicator and responsible OPD.

One definition shared by the readiness checklist, the reminders, the dashboard and publishing
(which must list what is missing): a sub-indicator is missing when the quarter has no value for
it (neither a number nor, for narrative and class items, a text); an indicator lacks its
narrative when "upaya yang dilakukan" is empty; evidence is counted but its absence alone does
not make an indicator missing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pantau.leadership.models import (
    IndicatorEvidence,
    IndicatorNarrative,
    IndicatorValue,
    PriorityIndicator,
    ReportingQuarter,
)
from pantau.tenancy.models import Agency


@dataclass
class IndicatorCompleteness:
    indicator: PriorityIndicator
    agencies: list[Agency]
    missing_subs: list[str] = field(default_factory=list)  # sub-indicator names, in order
    has_narrative: bool = False
    evidence_count: int = 0

    @property
    def is_complete(self) -> bool:
        return not self.missing_subs and self.has_narrative

    def missing_description(self) -> str:
        """The indicator's name with what it lacks, as a report's missing list prints it."""
        parts = list(self.missing_subs)
        if not self.has_narrative:
            parts.append("uraian upaya")
        return f"{self.indicator.name}: {', '.join(parts)}" if parts else self.indicator.name


def quarter_completeness(*, reporting_quarter: ReportingQuarter) -> list[IndicatorCompleteness]:
    """Every active indicator of the quarter's year, in order; four queries whatever the size."""
    indicators = list(
        PriorityIndicator.objects.filter(region=reporting_quarter.region,
                                         year=reporting_quarter.year, is_active=True)
        .prefetch_related("sub_indicators", "responsible_agencies").order_by("position"))
    filled = {
        sub_id for sub_id, value, text in IndicatorValue.objects.filter(
            reporting_quarter=reporting_quarter).values_list("sub_indicator_id", "value",
                                                               "text_value")
        if value is not None or text.strip()
    }
    narrated = set(IndicatorNarrative.objects.filter(reporting_quarter=reporting_quarter)
                   .exclude(actions="").values_list("indicator_id", flat=True))
    evidence: dict[int, int] = {}
    for indicator_id in IndicatorEvidence.objects.filter(
            reporting_quarter=reporting_quarter).values_list("indicator_id", flat=True):
        evidence[indicator_id] = evidence.get(indicator_id, 0) + 1
    return [
        IndicatorCompleteness(
            indicator=indicator,
            agencies=sorted(indicator.responsible_agencies.all(), key=lambda a: a.name),
            missing_subs=[sub.name for sub in indicator.sub_indicators.all()
                          if sub.pk not in filled],
            has_narrative=indicator.pk in narrated,
            evidence_count=evidence.get(indicator.pk, 0),
        )
        for indicator in indicators
    ]
