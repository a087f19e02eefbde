"""Compliance data: instruments (versioned, per Pemda), lokus, answers, gap actions, official
results, service standards and maklumat. Each kind in its own small module."""

from pantau.compliance.models.assessments import ActionStatus, Answer, GapAction
from pantau.compliance.models.instruments import (
    FAMILY_ASSESSOR,
    Assessor,
    AutoSource,
    Family,
    IndicatorOption,
    Instrument,
    InstrumentCategory,
    InstrumentDimension,
    InstrumentIndicator,
    InstrumentUserItem,
    RegionAggregation,
    SourceStatus,
)
from pantau.compliance.models.lokus import Lokus, LokusReason, LokusStatus, LokusUnit
from pantau.compliance.models.perception import (
    PERCEPTION_FIELDS,
    PERCEPTION_INDICATORS,
    PerceptionAnswer,
    PerceptionConfig,
    PerceptionSetting,
)
from pantau.compliance.models.results import OfficialResult
from pantau.compliance.models.standards import (
    COMPONENTS,
    PUBLIC_COMPONENTS,
    Component,
    ServiceStandard,
    UnitMaklumat,
)

__all__ = [
    "COMPONENTS",
    "FAMILY_ASSESSOR",
    "PERCEPTION_FIELDS",
    "PERCEPTION_INDICATORS",
    "PUBLIC_COMPONENTS",
    "ActionStatus",
    "Answer",
    "Assessor",
    "AutoSource",
    "Component",
    "Family",
    "GapAction",
    "IndicatorOption",
    "Instrument",
    "InstrumentCategory",
    "InstrumentDimension",
    "InstrumentIndicator",
    "InstrumentUserItem",
    "Lokus",
    "LokusReason",
    "LokusStatus",
    "LokusUnit",
    "OfficialResult",
    "PerceptionAnswer",
    "PerceptionConfig",
    "PerceptionSetting",
    "RegionAggregation",
    "ServiceStandard",
    "SourceStatus",
    "UnitMaklumat",
]
