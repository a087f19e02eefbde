"""An indicator whose realization sits in a locked quarter cannot be deactivated or rescored:
that would change a capaian already verified. Plain edits (name, data source) still work."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.locks import PeriodLocked
from pantau.performance.models import AgencyReport, Indicator, PlanNode, Realization
from pantau.performance.services.indicators import indicator_update
from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import Reporting, events, form_data


def _lock_q1(rep: Reporting, client_for: Any, *, how: str) -> None:
    client_for("operator_a").post(rep.form_url(), form_data(rep))
    with scopes_disabled():
        if how == "closed":
            Period.objects.filter(pk=rep.q1.pk).update(status="closed")
        else:
            AgencyReport.objects.filter(agency=rep.world.opd_a, period=rep.q1).update(
                status="verified")


def _active(model: Any, pk: int) -> bool:
    with scopes_disabled():
        return bool(model.objects.get(pk=pk).is_active)


def test_deactivating_an_indicator_with_a_verified_realization_is_refused(
        rep: Reporting, client_for: Any) -> None:
    _lock_q1(rep, client_for, how="verified")
    url = reverse("performance_plans:indicator_toggle", args=[rep.percent.pk])

    response = client_for("evaluator").post(url, follow=True)

    assert "sudah memiliki realisasi" in response.content.decode()
    assert _active(Indicator, rep.percent.pk)
    assert events("performance.locked.refused")[0].note.startswith("ubah indikator")


def test_deactivating_a_node_above_a_locked_realization_is_refused(
        rep: Reporting, client_for: Any) -> None:
    _lock_q1(rep, client_for, how="closed")
    url = reverse("performance_plans:node_toggle", args=[rep.program.pk])

    response = client_for("evaluator").post(url, follow=True)

    assert "terkunci" in response.content.decode()
    assert _active(PlanNode, rep.program.pk)
    assert _active(Indicator, rep.people.pk)  # the kegiatan's indicator below stays too
    assert events("performance.locked.refused")[0].note.startswith("nonaktifkan simpul")


def test_a_node_without_locked_data_can_still_be_deactivated(
        rep: Reporting, client_for: Any) -> None:
    _lock_q1(rep, client_for, how="closed")

    client_for("evaluator").post(reverse("performance_plans:node_toggle",
                                         args=[rep.kegiatan_idle.pk]))

    assert not _active(PlanNode, rep.kegiatan_idle.pk)


def test_changing_polarity_is_refused_but_renaming_is_allowed(rep: Reporting) -> None:
    rep_user = rep.world.user("evaluator")
    with scopes_disabled():
        Period.objects.filter(pk=rep.q1.pk).update(status="closed")
        indicator = Indicator.objects.get(pk=rep.other.pk)
        Realization.objects.create(region_id=indicator.region_id, indicator=indicator,
                                   period=rep.q1, value=70)
        refused = False
        try:
            indicator_update(actor=rep_user, indicator=indicator, polarity="negative")
        except PeriodLocked:
            refused = True
        indicator_update(actor=rep_user, indicator=indicator, name="Nama baru")
        stored = Indicator.objects.get(pk=indicator.pk)

    assert refused
    assert stored.polarity == "positive"
    assert stored.name == "Nama baru"
