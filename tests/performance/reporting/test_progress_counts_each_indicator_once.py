"""The form's progress counter counts each indicator once, and only those filled this quarter."""

from __future__ import annotations

import html
from typing import Any

import pytest

from tests.performance.reporting.conftest import (
    Reporting,
    build_reporting,
    form_data,
)
from tests.personas import World


@pytest.fixture
def rep(world: World) -> Reporting:
    return build_reporting(world)


def _page(client: Any, url: str) -> str:
    return html.unescape(client.get(url).content.decode())


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
