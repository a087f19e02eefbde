"""The leadership module: the head's quarterly evaluation, key points, reports and awards."""

from pantau.leadership.models.awards import AwardBasis, AwardRound, AwardSubject, AwardWinner
from pantau.leadership.models.heads import RegionHead
from pantau.leadership.models.indicators import (
    Aspect,
    IndicatorPolarity,
    PriorityIndicator,
    SourceKind,
    SubIndicator,
)
from pantau.leadership.models.keypoints import KeyPoint, KeyPointKind
from pantau.leadership.models.quarters import (
    AgencyDeadline,
    ReminderChannel,
    ReminderLog,
    ReportingQuarter,
)
from pantau.leadership.models.reports import QuarterReportVersion
from pantau.leadership.models.values import (
    EvaluatorNote,
    FollowUpState,
    IndicatorEvidence,
    IndicatorNarrative,
    IndicatorValue,
)

__all__ = [
    "AgencyDeadline",
    "Aspect",
    "AwardBasis",
    "AwardRound",
    "AwardSubject",
    "AwardWinner",
    "EvaluatorNote",
    "FollowUpState",
    "IndicatorEvidence",
    "IndicatorNarrative",
    "IndicatorPolarity",
    "IndicatorValue",
    "KeyPoint",
    "KeyPointKind",
    "PriorityIndicator",
    "QuarterReportVersion",
    "RegionHead",
    "ReminderChannel",
    "ReminderLog",
    "ReportingQuarter",
    "SourceKind",
    "SubIndicator",
]
