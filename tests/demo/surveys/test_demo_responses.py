"""The SKM demo: a year of believable responses for the demo Pemda's units, loaded once."""

from __future__ import annotations

import collections
import datetime
import zoneinfo

import pytest
from django.db.models import F, Sum
from django_scopes import scope

from pantau.audit.models import AuditEvent
from pantau.demo.surveys.load import surveys_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load
from pantau.surveys.models import Survey, SurveyMonthlyTally, SurveyResponse
from pantau.surveys.selectors.results import survey_result, window_sums, year_window
from pantau.tenancy.models import ServiceUnit

TODAY = datetime.date(2026, 11, 23)


@pytest.mark.django_db
def test_demo_loads_a_year_of_believable_responses_once() -> None:
    region = tenancy_demo_load(today=TODAY).region

    written = surveys_demo_load(region=region, total=12_000, today=TODAY)
    again = surveys_demo_load(region=region, total=12_000, today=TODAY)

    tz = zoneinfo.ZoneInfo(region.timezone)
    with scope(region=region.pk):
        responses = SurveyResponse.objects.all()
        assert again == 0
        assert 12_000 <= written <= 12_600
        assert responses.count() == written
        # the twelve months up to yesterday, one survey per unit and calendar year
        assert responses.order_by("day").first().day == datetime.date(2025, 11, 23)
        last = responses.order_by("-day").first().day
        assert datetime.date(2026, 11, 20) <= last <= datetime.date(2026, 11, 22)  # 22nd: Sunday
        units = ServiceUnit.objects.filter(is_active=True).count()
        assert Survey.objects.count() == 2 * units
        assert set(Survey.objects.values_list("starts_on", flat=True)) == {
            datetime.date(2025, 11, 23), datetime.date(2026, 1, 1)}
        assert not responses.exclude(survey__unit=F("unit")).exists()
        assert not responses.filter(day__year=2026, survey__starts_on__year=2025).exists()

        # the rollup is rebuilt: it holds every valid response and no invalid one
        valid = responses.filter(is_valid=True)
        assert SurveyMonthlyTally.objects.aggregate(n=Sum("responses"))["n"] == valid.count()

        # a handful marked invalid by the evaluator, each with a reason and an audit event
        invalid = responses.filter(is_valid=False)
        assert 10 <= invalid.count() <= 25
        assert not invalid.filter(invalid_reason="").exists()
        assert set(invalid.values_list("invalidated_by__username", flat=True)) == {"evaluator"}
        assert all(response.invalidated_at > response.submitted_at for response in invalid)
        assert AuditEvent.objects.filter(
            action="surveys.response.invalidated").count() == invalid.count()

        # busy counters and quiet units; offices closed on Sundays and holidays, open 8–16
        per_unit = collections.Counter(valid.values_list("unit__name", flat=True))
        assert per_unit["Loket Pelayanan Disdukcapil"] > 20 * per_unit["SD Negeri 1 Kota Contoh"]
        assert per_unit.most_common(1)[0][1] > 300
        office = valid.filter(unit__name__startswith="Loket Pelayanan")
        assert not office.filter(day=datetime.date(2026, 8, 17)).exists()
        assert {day.weekday() for day in office.values_list("day", flat=True)} == {0, 1, 2, 3, 4}
        hours = {moment.astimezone(tz).hour for moment in office.values_list(
            "submitted_at", flat=True)}
        assert min(hours) >= 8 and max(hours) <= 15

        # a respondent profile mix, the unit's own products, some comments
        for name in ("age_band", "sex", "education", "occupation"):
            assert len(set(valid.values_list(name, flat=True))) >= 3
        assert not valid.exclude(product__isnull=True).exclude(product__unit=F("unit")).exists()
        assert 0.02 < valid.exclude(comment="").count() / valid.count() < 0.15

        # grades spread: most units B, some A, a few C, one D
        grades = collections.Counter()
        for totals in window_sums(window=year_window(2026), group=("unit_id",)).values():
            result = totals.result()
            assert result.score is not None
            grades[result.score.grade] += 1
        assert sum(grades.values()) == units
        assert grades.most_common(1)[0][0] == "B"
        assert grades["A"] >= 10 and grades["C"] >= 5 and grades["D"] >= 1

        # most surveys of the year reach their Krejcie–Morgan minimum sample, a few do not
        sufficient = collections.Counter(
            survey_result(survey=survey).sample_sufficient
            for survey in Survey.objects.filter(starts_on__year=2026)
        )
        assert sufficient[True] >= 0.8 * units
        assert sufficient[False] >= 5
