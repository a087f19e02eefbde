"""SKM facts of a year (pantau.surveys): held, sample adequate, published, follow-ups done.

The SKM of year Y of a unit: its *active* surveys whose period overlaps the calendar year Y
(active surveys of a unit never overlap; a deactivated survey is withdrawn and does not count),
each with its valid responses over the whole survey period, read from the rollup. Surveys
without any valid response are not an SKM held.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Count, Q, Sum
from django.urls import reverse
from django.utils.translation import gettext as _

from pantau.compliance.selectors.auto_facts.registry import (
    FactKey,
    SourceFact,
    register_auto_source,
    share,
    shared,
)
from pantau.scoring.numbers import format_number
from pantau.surveys.models import FollowUpStatus, Survey, SurveyFollowUp, SurveyMonthlyTally
from pantau.surveys.rollup import rollup_fold
from pantau.surveys.selectors.totals import min_sample_of


@dataclass(frozen=True)
class YearSurvey:
    survey: Survey
    respondents: int
    min_sample: int | None  # None: no population entered, the sample cannot be checked

    @property
    def adequate(self) -> bool:
        return self.min_sample is not None and self.respondents >= self.min_sample


@dataclass(frozen=True)
class UnitSkm:
    unit: Any
    surveys: tuple[Survey, ...]  # every active survey of the year, oldest first
    held: tuple[YearSurvey, ...]  # those with valid responses

    @property
    def url(self) -> str:
        """The latest survey of the year (with responses first), else the unit's SKM results."""
        latest = self.held[-1].survey if self.held else (self.surveys[-1] if self.surveys
                                                        else None)
        if latest is not None:
            return reverse("surveys:survey_detail", args=[latest.pk])
        return reverse("surveys:unit_results", args=[self.unit.pk])


def _number(value: int) -> str:
    return format_number(Decimal(value))


def skm_of_year(*, region: Any, year: int, units: Sequence[Any]) -> dict[int, UnitSkm]:
    """Each unit's SKM of ``year``: two queries (surveys, rollup sums) after the rollup fold,
    once per ``auto_facts`` call."""
    key = ("skm_of_year", region.pk, year, tuple(unit.pk for unit in units))
    return shared(key, lambda: _skm_of_year(region=region, year=year, units=units))


def _skm_of_year(*, region: Any, year: int, units: Sequence[Any]) -> dict[int, UnitSkm]:
    start, end = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    unit_ids = [unit.pk for unit in units]
    surveys = list(Survey.objects.filter(
        region=region, unit_id__in=unit_ids, is_active=True, starts_on__lte=end,
        ends_on__gte=start).order_by("starts_on", "pk"))
    rollup_fold()
    sums = dict(SurveyMonthlyTally.objects.filter(
        region=region, survey_id__in=[s.pk for s in surveys]).values("survey_id")
        .annotate(respondents=Sum("responses")).order_by().values_list("survey_id",
                                                                          "respondents"))
    result = {}
    for unit in units:
        own = tuple(s for s in surveys if s.unit_id == unit.pk)
        held = tuple(YearSurvey(s, sums[s.pk] or 0, min_sample_of(s))
                     for s in own if (sums.get(s.pk) or 0) > 0)
        result[unit.pk] = UnitSkm(unit, own, held)
    return result


def _none_held(year: int) -> str:
    return _("Belum ada SKM %(year)s dengan jawaban sah.") % {"year": year}


@register_auto_source("skm_held")
def skm_held(*, region: Any, year: int, units: Sequence[Any],
             indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: at least one SKM of the year with valid responses."""
    facts: dict[FactKey, SourceFact] = {}
    for pk, skm in skm_of_year(region=region, year=year, units=units).items():
        if not skm.held:
            facts[pk] = SourceFact(False, _none_held(year), skm.url)
            continue
        parts = "; ".join(_("%(title)s, %(count)s responden") % {
            "title": row.survey.title, "count": _number(row.respondents)} for row in skm.held)
        facts[pk] = SourceFact(True, _("SKM %(year)s dilaksanakan: %(parts)s.") % {
            "year": year, "parts": parts}, skm.url)
    return facts


def _sample_line(row: YearSurvey) -> str:
    if row.min_sample is None:
        return _("%(title)s: %(count)s responden, populasi belum diisi — sampel tidak dapat "
                 "diperiksa") % {"title": row.survey.title, "count": _number(row.respondents)}
    verdict = _("memenuhi") if row.adequate else _("belum memenuhi")
    return _("%(title)s: %(count)s responden, sampel minimal %(minimum)s — %(verdict)s") % {
        "title": row.survey.title, "count": _number(row.respondents),
        "minimum": _number(row.min_sample), "verdict": verdict}


@register_auto_source("skm_sample_adequate")
def skm_sample_adequate(*, region: Any, year: int, units: Sequence[Any],
                        indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: every SKM of the year has at least the Krejcie–Morgan minimum sample of its
    population (PermenPANRB 14/2017; pantau.scoring.sampling); in part: the share that has."""
    facts: dict[FactKey, SourceFact] = {}
    for pk, skm in skm_of_year(region=region, year=year, units=units).items():
        if not skm.held:
            facts[pk] = SourceFact(False, _none_held(year), skm.url)
            continue
        adequate = sum(1 for row in skm.held if row.adequate)
        text = _("SKM %(year)s: %(lines)s.") % {
            "year": year, "lines": "; ".join(_sample_line(row) for row in skm.held)}
        facts[pk] = SourceFact(share(adequate, len(skm.held)), text, skm.url)
    return facts


@register_auto_source("skm_published")
def skm_published(*, region: Any, year: int, units: Sequence[Any],
                  indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: the unit's SKM result of the year is on the Pemda's public SKM page (the unit and
    the Pemda active, an active survey of the year with valid responses; the page shows each
    unit's latest such survey)."""
    public = reverse("surveys:publication", args=[region.slug])
    facts: dict[FactKey, SourceFact] = {}
    for pk, skm in skm_of_year(region=region, year=year, units=units).items():
        if not skm.held:
            facts[pk] = SourceFact(False, _none_held(year), skm.url)
        elif not (region.is_active and skm.unit.is_active):
            facts[pk] = SourceFact(False, _(
                "Unit tidak aktif: hasil SKM %(year)s tidak tampil di halaman publik.")
                % {"year": year}, skm.url)
        else:
            latest = skm.held[-1]
            facts[pk] = SourceFact(True, _(
                "Hasil SKM %(year)s (%(title)s, %(count)s responden) dipublikasikan di halaman "
                "publik SKM Pemda.") % {"year": year, "title": latest.survey.title,
                                        "count": _number(latest.respondents)}, public)
    return facts


@register_auto_source("skm_followups_done")
def skm_followups_done(*, region: Any, year: int, units: Sequence[Any],
                       indicators: Sequence[Any]) -> Mapping[FactKey, SourceFact]:
    """Met: every follow-up plan of the year's SKM is done; in part: the share done; no plan at
    all: not met."""
    year_skm = skm_of_year(region=region, year=year, units=units)
    survey_ids = [s.pk for skm in year_skm.values() for s in skm.surveys]
    counts = {row["unit_id"]: row for row in SurveyFollowUp.objects.filter(
        region=region, survey_id__in=survey_ids).values("unit_id").annotate(
        total=Count("pk"), done=Count("pk", filter=Q(status=FollowUpStatus.DONE))).order_by()}
    facts: dict[FactKey, SourceFact] = {}
    for pk, skm in year_skm.items():
        row = counts.get(pk)
        if row is None:
            facts[pk] = SourceFact(False, _(
                "Belum ada rencana tindak lanjut hasil SKM %(year)s.") % {"year": year}, skm.url)
            continue
        facts[pk] = SourceFact(share(row["done"], row["total"]), _(
            "Tindak lanjut hasil SKM %(year)s: %(done)s dari %(total)s rencana selesai.") % {
            "year": year, "done": _number(row["done"]), "total": _number(row["total"])},
            skm.url)
    return facts
