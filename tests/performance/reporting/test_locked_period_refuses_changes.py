"""A closed period refuses form saves and imports with the Indonesian message, audited."""

from __future__ import annotations

from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.tenancy.models import Period
from tests.performance.reporting.conftest import Reporting, events, form_data, realizations
from tests.xlsx import realization_xlsx


def _close(rep: Reporting) -> None:
    with scopes_disabled():
        Period.objects.filter(pk=rep.q1.pk).update(status="closed")


def test_form_save_into_a_closed_period_is_refused_and_audited(rep: Reporting,
                                                               client_for: Any) -> None:
    _close(rep)

    response = client_for("operator_a").post(rep.form_url(), form_data(rep))

    assert response.status_code == 409
    assert "sudah ditutup" in response.content.decode()
    assert realizations(rep) == {}
    assert events("performance.locked.refused")


def test_import_into_a_closed_period_is_refused_and_audited(rep: Reporting,
                                                            client_for: Any) -> None:
    _close(rep)
    upload = SimpleUploadedFile("r.xlsx", realization_xlsx([("IK-A1", "90")]))

    response = client_for("operator_a").post(
        reverse("performance_reporting:import", args=[rep.world.opd_a.pk, rep.q1.pk]),
        {"file": upload})

    assert "sudah ditutup" in response.content.decode()
    assert realizations(rep) == {}
    assert "impor realisasi" in events("performance.locked.refused")[0].note


def test_a_submitted_report_cannot_be_edited_until_returned(rep: Reporting,
                                                            client_for: Any) -> None:
    operator = client_for("operator_a")
    operator.post(rep.form_url(), form_data(rep))
    operator.post(rep.action_url("ajukan"))

    response = operator.post(rep.form_url(), form_data(rep, percent="10"))

    assert "sedang diajukan" in response.content.decode()
    assert str(realizations(rep)["IK-A1"]) == "87.5000"
