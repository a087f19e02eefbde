"""The live prediction panel of a unit's answer sheet: the unit's dimension points (Ombudsman)
or aspect scores (PEKPPP), its predicted score and category, and the Pemda's (mean of the
lokus units) with zone and opinion or grade, read from ``selectors.predictions``."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from pantau.compliance.models import Answer, Assessor, Instrument, InstrumentIndicator
from pantau.compliance.selectors.assessment import Track
from pantau.compliance.selectors.predictions import (
    PekpppRegionPrediction,
    PekpppUnitPrediction,
    RegionPrediction,
    UnitPrediction,
    ombudsman_prediction,
    pekppp_prediction,
)
from pantau.compliance.selectors.predictions import ombudsman as ombudsman_predictions
from pantau.compliance.selectors.predictions import pekppp as pekppp_predictions
from pantau.compliance.selectors.predictions.loading import (
    IndicatorScore,
    Loaded,
    stored_answers,
)
from pantau.compliance.selectors.predictions.ombudsman import OmbudsmanMethod
from pantau.tenancy.models import ServiceUnit


@dataclass(frozen=True)
class PanelLine:
    label: str
    value: Decimal
    of: Decimal | None = None  # the dimension's points of 100 (Ombudsman)


@dataclass
class Panel:
    kind: str  # "ombudsman" or "pekppp"
    unit_lines: list[PanelLine]
    unit_score: Decimal
    unit_grade: str
    unit_label: str
    unit_zone: str
    answered: int
    total: int
    unit_counted: bool  # the unit is one of those the Pemda's score is the mean of
    region_score: Decimal | None
    region_grade: str = ""
    region_label: str = ""
    region_zone: str = ""
    region_units: int = 0
    without_lokus: bool = False
    notes: list[str] = field(default_factory=list)


def prediction_panel(*, region: Any, year: int, track: Track, unit: ServiceUnit) -> Panel | None:
    """The panel of ``unit`` on ``track``'s instrument for ``year``; None without a version."""
    if track.assessor == Assessor.OMBUDSMAN:
        return _ombudsman(region, year, unit)
    return _pekppp(region, year, unit)


def _notes(other_version_answers: int) -> list[str]:
    if not other_version_answers:
        return []
    return [_("%(count)s jawaban tahun ini diberikan pada versi instrumen lain dan tidak "
              "dihitung.") % {"count": other_version_answers}]


def _ombudsman(region: Any, year: int, unit: ServiceUnit) -> Panel | None:
    prediction = ombudsman_prediction(region=region, year=year)
    if prediction.method is None:
        return None
    own = next((u for u in prediction.units if u.unit.pk == unit.pk), None)
    counted = own is not None
    if own is None:
        own = _ombudsman_alone(prediction, unit, year)
    panel = Panel(
        "ombudsman", [PanelLine(d.name, d.points, d.weight) for d in own.dimensions],
        own.score, own.result.category or "", own.result.label, own.result.zone,
        own.answered, own.total, counted, prediction.score,
        region_units=len(prediction.units), without_lokus=prediction.without_lokus,
        notes=_notes(prediction.other_version_answers))
    if prediction.result is not None:
        result = prediction.result
        panel.region_grade, panel.region_label = result.category or "", result.label
        panel.region_zone = result.zone
    if prediction.public_trust_assumed:
        panel.notes.append(_("Porsi kepercayaan publik belum diukur: prediksi memakai empat "
                             "dimensi saja."))
    return panel


def _pekppp(region: Any, year: int, unit: ServiceUnit) -> Panel | None:
    prediction = pekppp_prediction(region=region, year=year)
    if prediction.method is None:
        return None
    own = next((u for u in prediction.units if u.unit.pk == unit.pk), None)
    counted = own is not None
    if own is None:
        own = _pekppp_alone(prediction, unit, year)
    answered = sum(1 for a in own.aspects for row in a.indicators if row.answered)
    total = sum(len(a.indicators) for a in own.aspects)
    panel = Panel(
        "pekppp", [PanelLine(a.name, a.score) for a in own.aspects], own.index,
        own.result.grade, own.result.label, "", answered, total, counted, prediction.index,
        region_units=len(prediction.units), without_lokus=prediction.without_lokus,
        notes=_notes(prediction.other_version_answers))
    if prediction.result is not None:
        panel.region_grade, panel.region_label = prediction.result.grade, prediction.result.label
    if own.users_index is None:
        panel.notes.append(_("Penilaian pengguna (F-03) belum ada: indeks unit = penilaian "
                             "evaluator (F-02) saja."))
    return panel


def _rows_alone(instrument: Instrument, unit: ServiceUnit, year: int) -> list[IndicatorScore]:
    """The unit's indicator scores when it is not among the units the Pemda's score is the mean
    of (not a lokus unit, or no answers yet without a lokus), counted the same way."""
    indicators = list(InstrumentIndicator.objects.filter(instrument=instrument)
                      .select_related("dimension").order_by("dimension__position", "position"))
    answers = {(a.unit_id, a.indicator_id): a for a in stored_answers(
        Answer.objects.filter(unit=unit, year=year, instrument=instrument))}
    return Loaded(instrument, None, None, [unit], indicators, answers, 0).scores_of(unit)


# A unit outside the Pemda's mean is computed by the same per-unit step as the units inside it.
def _ombudsman_alone(prediction: RegionPrediction, unit: ServiceUnit,
                     year: int) -> UnitPrediction:
    assert isinstance(prediction.method, OmbudsmanMethod) and prediction.instrument is not None
    rows = _rows_alone(prediction.instrument, unit, year)
    return ombudsman_predictions._unit(unit, rows, prediction.method, year)


def _pekppp_alone(prediction: PekpppRegionPrediction, unit: ServiceUnit,
                  year: int) -> PekpppUnitPrediction:
    assert prediction.method is not None and prediction.instrument is not None
    rows = _rows_alone(prediction.instrument, unit, year)
    return pekppp_predictions._unit(unit, rows, prediction.method, year, None,
                                    prediction.evaluator_share, prediction.user_share)
