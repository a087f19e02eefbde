"""Predicted scores from the stored self-assessment answers: the Ombudsman score (dimension
points, unit score, category, Pemda mean) and the PEKPPP index (unit index, grade, Pemda mean),
computed by pantau.scoring with each version's own method.

The gap list and its exports build on these objects, never on a second reading of the answers.
"""

from pantau.compliance.selectors.predictions.loading import IndicatorScore, applying_instrument
from pantau.compliance.selectors.predictions.ombudsman import (
    DimensionPrediction,
    RegionPrediction,
    UnitPrediction,
    ombudsman_prediction,
)
from pantau.compliance.selectors.predictions.pekppp import (
    AspectPrediction,
    PekpppRegionPrediction,
    PekpppUnitPrediction,
    pekppp_prediction,
)

__all__ = [
    "AspectPrediction",
    "DimensionPrediction",
    "IndicatorScore",
    "PekpppRegionPrediction",
    "PekpppUnitPrediction",
    "RegionPrediction",
    "UnitPrediction",
    "applying_instrument",
    "ombudsman_prediction",
    "pekppp_prediction",
]
