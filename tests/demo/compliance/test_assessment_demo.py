"""The demo Pemda's self-assessment: half finished across the lokus units (complete and reviewed,
complete, half done, not begun), written once, the same every time."""

from __future__ import annotations

import datetime

import pytest
from django_scopes import scope, scopes_disabled

from pantau.compliance.models import Answer, Assessor
from pantau.compliance.selectors.lokus import lokus_active, lokus_units
from pantau.compliance.selectors.predictions import ombudsman_prediction, pekppp_prediction
from pantau.demo.compliance.assessment import assessment_demo_load
from pantau.demo.compliance.lokus import lokus_demo_load
from pantau.demo.tenancy.load import tenancy_demo_load

TODAY = datetime.date(2026, 11, 23)


def _answers() -> list[tuple[str, str, int | None, int | None, str]]:
    with scopes_disabled():
        return list(Answer.objects.order_by("unit__name", "indicator__code").values_list(
            "unit__name", "indicator__code", "operator_score", "evaluator_score",
            "filled_from"))


@pytest.mark.django_db
def test_the_demo_self_assessment_is_half_finished_written_once_and_repeatable() -> None:
    region = tenancy_demo_load(today=TODAY).region
    lokus_demo_load(region=region, today=TODAY)

    typed = assessment_demo_load(region=region, today=TODAY)
    again = assessment_demo_load(region=region, today=TODAY)

    assert typed > 100 and again == 0
    first = _answers()
    with scope(region=region.pk):
        lokus = lokus_active(region=region, year=2026, assessor=Assessor.OMBUDSMAN)
        assert lokus is not None
        units = lokus_units(lokus=lokus)
        per_unit = {u.pk: Answer.objects.filter(unit=u, year=2026, filled_from="").count()
                    for u in units}
        assert per_unit[units[0].pk] > 0 and per_unit[units[-1].pk] == 0  # complete, not begun
        reviewed = Answer.objects.filter(unit=units[0], reviewed_at__isnull=False)
        assert reviewed.count() == per_unit[units[0].pk]
        lowered = Answer.objects.filter(evaluator_score__isnull=False).exclude(evaluator_note="")
        assert lowered.exists()
        assert Answer.objects.exclude(evidence="").exists()
        ombudsman = ombudsman_prediction(region=region, year=2026)
        pekppp = pekppp_prediction(region=region, year=2026)
        assert ombudsman.score is not None and 0 < ombudsman.score < 88  # gaps left to close
        assert pekppp.index is not None and 0 < pekppp.index < 5
        Answer.objects.all().delete()

    assessment_demo_load(region=region, today=TODAY)

    assert _answers() == first
