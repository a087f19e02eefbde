"""Ombudsman RI compliance assessment: classification by year, dimension, unit and Pemda scores,
and the gap list (which indicator, fixed alone, gains the Pemda score most).

``scores`` holds the official formulas; ``gap_list`` builds on them. Callers import both from
here: ``from pantau.scoring.ombudsman import dimension_score, gaps``.
"""

from pantau.scoring.ombudsman.gap_list import DIMENSIONS, Gap, fixes_to_reach, gaps
from pantau.scoring.ombudsman.scores import (
    DEFAULT_DIMENSION_YEAR,
    FAMILY,
    FIRST_YEAR,
    SEED_INPUT_INDICATORS,
    IndicatorAnswer,
    OmbudsmanResult,
    WeightedScore,
    chosen_method,
    classify,
    configure_2025,
    dimension_score,
    method_for,
    region_score,
    unit_score,
)

__all__ = [
    "DEFAULT_DIMENSION_YEAR",
    "DIMENSIONS",
    "FAMILY",
    "FIRST_YEAR",
    "SEED_INPUT_INDICATORS",
    "Gap",
    "IndicatorAnswer",
    "OmbudsmanResult",
    "WeightedScore",
    "chosen_method",
    "classify",
    "configure_2025",
    "dimension_score",
    "fixes_to_reach",
    "gaps",
    "method_for",
    "region_score",
    "unit_score",
]
