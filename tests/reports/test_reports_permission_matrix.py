"""Every report URL × every persona: only users of the report's Pemda with the kind's permission."""

from __future__ import annotations

from typing import Any

from pantau.reports.models import GeneratedReport
from tests.matrix import Row, check_row, expect, persona_matrix
from tests.personas import World

ALLOWED = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=200,
                 admin=200, assessor=403, other_admin=404, anonymous=302)


def done_report_args(world: World, report: GeneratedReport) -> list[Any]:
    return [report.pk]


MATRIX = [
    Row("reports:status", "get", done_report_args, ALLOWED),
    Row("reports:progress", "get", done_report_args, ALLOWED),
    Row("reports:download", "get", done_report_args, ALLOWED),
]


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, world: World, client_for: Any,
                                          done_report: GeneratedReport) -> None:
    check_row(client_for(persona), row, persona, world, done_report)
