"""Official scoring methods for Pemda evaluations, as versioned data plus small functions.

Pure Python (no Django): outside tools can ``import pantau.scoring`` directly. See
docs/scoring.md for the methods, the status of each fact and how to add a new year's method.
"""

from pantau.scoring import capaian, ombudsman, pekppp, perception, sakip, sampling, skm
from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import Band, Fact, Method, Status, Years
from pantau.scoring.numbers import format_number, round_half_up, to_decimal
from pantau.scoring.registry import all_methods, describe, families, for_year, get, register

__all__ = [
    "Band",
    "Fact",
    "Method",
    "ScoringError",
    "Status",
    "Years",
    "all_methods",
    "capaian",
    "describe",
    "families",
    "for_year",
    "format_number",
    "get",
    "ombudsman",
    "pekppp",
    "perception",
    "register",
    "round_half_up",
    "sakip",
    "sampling",
    "skm",
    "to_decimal",
]
