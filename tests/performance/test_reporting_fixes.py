"""Quarterly reporting as a new user meets it: the progress counter, future quarters, the pagu,
numbers that survive a second save, and follow-up buttons only for those who may update."""

from __future__ import annotations

import datetime
import html
import re
from decimal import Decimal
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from django_scopes import scope, scopes_disabled
from rest_framework.test import APIClient

from pantau.performance.models import BudgetRealization, FollowUp, Target
from pantau.performance.services.realizations import RealizationInput, report_draft_save
from pantau.tenancy.models import Period
from tests.api.conftest import make_token
from tests.performance.reporting.conftest import (
    Reporting,
    build_reporting,
    events,
    form_data,
    realizations,
)
from tests.personas import World
from tests.xlsx import realization_xlsx


@pytest.fixture
def rep(world: World) -> Reporting:
    return build_reporting(world)


def _page(client: Any, url: str) -> str:
    return html.unescape(client.get(url).content.decode())


def _input_values(page: str) -> dict[str, str]:
    """What the form's inputs hold, as the browser would post them back."""
    return {name: html.unescape(value) for name, value in re.findall(
        r'<input type="text"[^>]*name="([\w-]+)"[^>]*value="([^"]*)"', page)}


def _spent(rep: Reporting, period: Period | None = None) -> Decimal | None:
    with scopes_disabled():
        row = BudgetRealization.objects.filter(line=rep.line, period=period or rep.q1).first()
    return row.amount if row else None


# 1. The progress counter


def test_progress_counts_each_indicator_once_after_saves_in_several_quarters(
        rep: Reporting, client_for: Any) -> None:
    operator = client_for("operator_a")
    for period in (rep.q1, rep.q2, rep.q1, rep.q2):  # four saves, two quarters
        assert operator.post(rep.form_url(period), form_data(rep)).status_code == 302

    assert "2 dari 2 indikator terisi" in _page(operator, rep.form_url(rep.q1))
    assert "2 dari 2 indikator terisi" in _page(operator, rep.form_url(rep.q2))


def test_progress_counts_only_the_indicators_filled_this_quarter(rep: Reporting,
                                                                 client_for: Any) -> None:
    operator = client_for("operator_a")
    operator.post(rep.form_url(rep.q1), form_data(rep))
    operator.post(rep.form_url(rep.q2), form_data(rep, people=""))

    assert "1 dari 2 indikator terisi" in _page(operator, rep.form_url(rep.q2))


# 2. Quarters that have not started


def _future_quarter(world: World) -> Period:
    with scopes_disabled():
        return Period.objects.create(region=world.region_a,
                                     year=timezone.localdate().year + 3, quarter=4)


def test_the_form_refuses_a_quarter_that_has_not_started(rep: Reporting,
                                                         client_for: Any) -> None:
    future = _future_quarter(rep.world)

    response = client_for("operator_a").post(rep.form_url(future),
                                             form_data(rep, percent="99"), follow=True)

    page = html.unescape(response.content.decode())
    assert f"TW IV {future.year} belum dimulai (mulai 1 Oktober {future.year})" in page
    assert "Draf tersimpan" not in page
    assert realizations(rep, future) == {}
    assert events("performance.realization.saved") == []


def test_the_import_refuses_a_quarter_that_has_not_started(rep: Reporting,
                                                           client_for: Any) -> None:
    future = _future_quarter(rep.world)
    url = reverse("performance_reporting:import", args=[rep.world.opd_a.pk, future.pk])

    response = client_for("operator_a").post(url, {"file": SimpleUploadedFile(
        "realisasi.xlsx", realization_xlsx([("IK-A1", "99")]))})

    assert response.status_code == 400
    assert "belum dimulai" in html.unescape(response.content.decode())
    assert realizations(rep, future) == {}


def test_the_api_refuses_a_quarter_that_has_not_started(rep: Reporting) -> None:
    future = _future_quarter(rep.world)
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {make_token(rep.world, 'operator_a')}")
    url = reverse("api:realization_detail", args=[rep.world.opd_a.pk, future.pk,
                                                  rep.percent.pk])

    response = client.patch(url, {"value": "99"}, format="json")

    assert response.status_code == 400
    assert "belum dimulai" in response.json()["detail"]
    assert realizations(rep, future) == {}


def _save_at(rep: Reporting, period: Period, moment: datetime.datetime, monkeypatch: Any) -> None:
    monkeypatch.setattr(timezone, "now", lambda: moment)
    with scope(region=rep.world.region_a.pk):
        report_draft_save(actor=rep.world.user("operator_a"), agency=rep.world.opd_a,
                          period=period,
                          rows=[RealizationInput(indicator=rep.percent, value=Decimal(5))])


def test_a_quarter_opens_on_its_first_day_in_the_pemda_time_zone(rep: Reporting,
                                                                  monkeypatch: Any) -> None:
    with scopes_disabled():
        q4 = Period.objects.create(region=rep.world.region_a, year=2026, quarter=4)
    utc = datetime.UTC

    # 30 September 23:30 in Jakarta (WIB, the Pemda's zone): TW IV has not begun.
    with pytest.raises(ValidationError, match="belum dimulai"):
        _save_at(rep, q4, datetime.datetime(2026, 9, 30, 16, 30, tzinfo=utc), monkeypatch)
    assert realizations(rep, q4) == {}

    # 1 October 00:30 in Jakarta, still 30 September in UTC: TW IV may be reported.
    _save_at(rep, q4, datetime.datetime(2026, 9, 30, 17, 30, tzinfo=utc), monkeypatch)
    assert realizations(rep, q4) == {"IK-A1": Decimal(5)}


# 3. The pagu


def _set_pagu(rep: Reporting, pagu: str) -> None:
    with scopes_disabled():
        rep.line.pagu = Decimal(pagu)
        rep.line.save(update_fields=["pagu"])


def test_a_budget_realization_above_the_pagu_is_refused_on_its_row(rep: Reporting,
                                                                   client_for: Any) -> None:
    _set_pagu(rep, "309411000")

    response = client_for("operator_a").post(rep.form_url(),
                                             form_data(rep, budget="5.000.000.000"))

    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "Realisasi anggaran Rp5.000.000.000 melebihi pagu Rp309.411.000." in page
    assert _spent(rep) is None
    assert realizations(rep) == {}  # the whole form waits for the bad row


def test_the_quarters_together_may_not_pass_the_pagu(rep: Reporting, client_for: Any) -> None:
    _set_pagu(rep, "309411000")
    operator = client_for("operator_a")
    assert operator.post(rep.form_url(rep.q1), form_data(rep, budget="300.000.000")
                         ).status_code == 302

    response = operator.post(rep.form_url(rep.q2), form_data(rep, budget="10.000.000"))

    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert "melebihi pagu Rp309.411.000 (sisa pagu Rp9.411.000)" in page
    assert _spent(rep, rep.q2) is None
    assert operator.post(rep.form_url(rep.q2), form_data(rep, budget="9.411.000")
                         ).status_code == 302
    assert _spent(rep, rep.q2) == Decimal("9411000")


def test_a_line_already_over_its_pagu_can_still_be_lowered(rep: Reporting,
                                                         client_for: Any) -> None:
    """Older data or a pagu lowered later: lowering is allowed, raising is not."""
    operator = client_for("operator_a")
    assert operator.post(rep.form_url(rep.q1), form_data(rep, budget="150")).status_code == 302
    assert operator.post(rep.form_url(rep.q2), form_data(rep, budget="50")).status_code == 302
    _set_pagu(rep, "100")

    raised = operator.post(rep.form_url(rep.q2), form_data(rep, budget="60"))
    lowered = operator.post(rep.form_url(rep.q2), form_data(rep, budget="10"))

    assert raised.status_code == 400
    assert lowered.status_code == 302 and _spent(rep, rep.q2) == Decimal(10)


def test_the_service_itself_refuses_an_amount_above_the_pagu(rep: Reporting) -> None:
    _set_pagu(rep, "309411000")

    with scope(region=rep.world.region_a.pk), pytest.raises(ValidationError) as refused:
        report_draft_save(actor=rep.world.user("operator_a"), agency=rep.world.opd_a,
                          period=rep.q1,
                          rows=[RealizationInput(indicator=rep.percent, value=Decimal(80))],
                          budget={rep.line.pk: Decimal("5000000000")})

    assert "Rp5.000.000.000 melebihi pagu Rp309.411.000" in " ".join(refused.value.messages)
    assert _spent(rep) is None
    assert realizations(rep) == {}


# 4. Numbers on the form


def test_targets_show_without_trailing_zeros(rep: Reporting, client_for: Any) -> None:
    with scopes_disabled():
        Target.objects.filter(indicator=rep.percent, quarter=None).update(value=Decimal("70.42"))
        Target.objects.filter(indicator=rep.people, quarter=None).update(value=Decimal("1500"))
        Target.objects.filter(indicator=rep.percent, quarter=1).update(value=Decimal("12.5"))

    page = _page(client_for("operator_a"), rep.form_url())

    assert ">70,42<" in page and ">1.500<" in page and ">12,5<" in page
    assert "70,4200" not in page and "12,5000" not in page


@pytest.mark.parametrize(("typed", "shown", "stored"), [
    ("1.250.000,5", "1.250.000,50", Decimal("1250000.5")),
    ("1250", "1.250,00", Decimal("1250")),  # "1.250" alone would be refused as ambiguous
])
def test_a_saved_budget_shows_grouped_and_saves_again_unchanged(
        rep: Reporting, client_for: Any, typed: str, shown: str, stored: Decimal) -> None:
    operator = client_for("operator_a")
    operator.post(rep.form_url(), form_data(rep, budget=typed))

    page = _page(operator, rep.form_url())
    values = _input_values(page)
    assert values[f"budget-{rep.line.pk}"] == shown

    again = operator.post(rep.form_url(), {**form_data(rep), **values}, follow=True)
    assert "Draf tersimpan." in again.content.decode()
    assert _spent(rep) == stored
    assert len(events("performance.realization.saved")) == 1  # the second save changed nothing


# 5. Follow-up buttons


@pytest.fixture
def follow_up(rep: Reporting) -> FollowUp:
    with scopes_disabled():
        return FollowUp.objects.create(
            region=rep.world.region_a, agency=rep.world.opd_a, indicator=rep.percent,
            period=rep.q1, description="Sweeping imunisasi", owner="Kabid P2P",
            due_date=datetime.date(2026, 6, 30))


@pytest.mark.parametrize(("persona", "may_update"), [
    ("operator_a", True), ("head_a", True), ("evaluator", True), ("admin", True),
    ("leader", False), ("assessor", False),
])
def test_the_update_button_shows_only_to_who_may_update(
        follow_up: FollowUp, client_for: Any, persona: str, may_update: bool) -> None:
    client = client_for(persona)
    update_url = reverse("performance_reporting:followup_update", args=[follow_up.pk])

    page = _page(client, reverse("performance_reporting:followup_list"))

    assert "Sweeping imunisasi" in page
    assert (update_url in page) is may_update
    assert (client.get(update_url).status_code == 200) is may_update


def test_the_form_of_a_quarter_not_started_is_shown_read_only(rep: Reporting,
                                                              client_for: Any) -> None:
    future = _future_quarter(rep.world)

    page = html.unescape(client_for("operator_a").get(rep.form_url(future)).content.decode())

    assert "belum dimulai" in page and "Data hanya dapat dibaca." in page
    assert 'name="value-' in page and " disabled>" in page
    assert "Simpan draf" not in page
