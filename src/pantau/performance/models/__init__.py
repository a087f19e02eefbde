"""Plans, indicators, targets, quarterly realizations, budget, follow-ups and the OPD workflow."""

from pantau.performance.models.budget import BudgetLine, BudgetRealization
from pantau.performance.models.indicators import Aggregation, Indicator, Polarity, Target
from pantau.performance.models.plans import NodeLevel, Plan, PlanLevel, PlanNode
from pantau.performance.models.reporting import (
    AgencyReport,
    Evidence,
    FollowUp,
    FollowUpStatus,
    PerformanceSettings,
    Realization,
    ReportingDeadline,
    ReportStatus,
)
from pantau.performance.models.scores import IndicatorScoreCache

__all__ = [
    "AgencyReport",
    "Aggregation",
    "BudgetLine",
    "BudgetRealization",
    "Evidence",
    "FollowUp",
    "FollowUpStatus",
    "Indicator",
    "IndicatorScoreCache",
    "NodeLevel",
    "PerformanceSettings",
    "Plan",
    "PlanLevel",
    "PlanNode",
    "Polarity",
    "Realization",
    "ReportStatus",
    "ReportingDeadline",
    "Target",
]
