"""The SKM report (PermenPANRB 14/2017 layout) per unit survey or per OPD, as data for the PDF.

Figures come from the rollup (via selectors/results); the respondent profile and the annex
tabulation read the raw responses of the ONE survey the report is about.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from pantau.dates import date_range
from pantau.scoring import sampling
from pantau.scoring.numbers import format_number
from pantau.surveys.models import Survey, SurveyFollowUp, SurveyResponse
from pantau.surveys.questions import ELEMENT_FIELDS, Element, elements_for
from pantau.surveys.selectors.followups import followups_of
from pantau.surveys.selectors.profiles import profile_tables
from pantau.surveys.selectors.results import Window, period_results, survey_result
from pantau.surveys.selectors.totals import SurveyResult


@dataclass(frozen=True)
class Tabulation:
    element: Element
    counts: tuple[int, int, int, int]  # answers 1..4


def tabulation(*, survey: Survey) -> tuple[Tabulation, ...]:
    """How many valid respondents gave each answer 1–4 to each element (one query)."""
    counts = SurveyResponse.objects.filter(survey=survey, is_valid=True).aggregate(**{
        f"{name}_{value}": Count("id", filter=Q(**{name: value}))
        for name in ELEMENT_FIELDS for value in range(1, 5)
    })
    return tuple(
        Tabulation(element, tuple(
            counts[f"{element.field}_{value}"] for value in range(1, 5)))
        for element in elements_for(survey.questionnaire)
    )


def conclusions(result: SurveyResult, subject: str) -> list[str]:
    """Plain sentences from the grade and the strongest and weakest elements."""
    if result.score is None:
        return [_("Belum ada jawaban sah, sehingga IKM belum dapat dihitung.")]
    score = result.score

    def names(rows: Any) -> str:
        return ", ".join(f"{row.element.code} {row.element.name} "
                         f"(NRR {format_number(row.nrr)})" for row in rows)

    lines = [
        _("Indeks Kepuasan Masyarakat (IKM) %(subject)s adalah %(score)s (nilai interval "
          "%(ikm)s), mutu pelayanan %(grade)s, kinerja %(label)s.") % {
            "subject": subject, "ikm": format_number(score.ikm),
            "score": format_number(score.score), "grade": score.grade,
            "label": score.label},
        _("Unsur dengan nilai tertinggi: %(list)s.") % {"list": names(result.strongest)},
        _("Unsur dengan nilai terendah dan menjadi prioritas perbaikan: %(list)s.")
        % {"list": names(result.weakest)},
    ]
    if result.sample_sufficient is False:
        lines.append(_("Jumlah responden (%(n)s) masih di bawah sampel minimal Krejcie–Morgan "
                       "(%(min)s); hasil perlu dibaca dengan hati-hati.")
                     % {"n": result.respondents, "min": result.min_sample})
    return lines


def survey_report(*, survey: Survey) -> dict[str, Any]:
    result = survey_result(survey=survey)
    return {
        "kind": "unit", "survey": survey, "unit": survey.unit, "agency": survey.unit.agency,
        "region": survey.region, "result": result,
        "period": date_range(survey.starts_on, survey.ends_on),
        "profiles": profile_tables(survey=survey), "tabulation": tabulation(survey=survey),
        "conclusions": conclusions(result, survey.unit.name),
        "followups": followups_of(survey=survey),
        "questionnaire": elements_for(survey.questionnaire),
    }


def agency_report(*, user: Any, agency: Any, window: Window) -> dict[str, Any]:
    results = period_results(user=user, window=window, agency_id=agency.pk)
    line = results.agencies[0] if results.agencies else None
    result = line.result if line else results.total
    populations = Survey.objects.filter(
        unit__agency=agency, starts_on__lte=window.end, ends_on__gte=window.start,
        population__isnull=False,
    ).values_list("population", flat=True)
    minimum = sum(sampling.min_sample(value) for value in populations if value) or None
    result = replace(result, min_sample=minimum)
    return {
        "kind": "agency", "agency": agency, "region": agency.region, "result": result,
        "period": window.label, "units": line.units if line else (),
        "conclusions": conclusions(result, agency.name),
        "followups": SurveyFollowUp.objects.filter(
            unit__agency=agency, survey__starts_on__lte=window.end,
            survey__ends_on__gte=window.start,
        ).select_related("unit").order_by("due_on"),
        "questionnaire": elements_for(None),
    }
