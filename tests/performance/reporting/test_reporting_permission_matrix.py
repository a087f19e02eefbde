"""Every reporting URL × every persona → expected status (objects of OPD A, Kabupaten Contoh)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django_scopes import scopes_disabled

from pantau.performance.models import Evidence, FollowUp, Realization
from tests.matrix import Row, check_row, expect, persona_matrix
from tests.performance.reporting.conftest import Reporting, form_data

REGION_A_TEXT = ("Kabupaten Contoh", "Dinas Kesehatan", "IK-A1", "Sweeping")


#                    op_a op_b head eval lead admn asse othr anon
MEMBERS = expect(200, 200, 200, 200, 200, 200, 200, 200, 302)
READERS_OF_A = expect(200, 403, 200, 200, 200, 200, 200, 404, 302)
STAFF_OF_A = expect(200, 403, 200, 403, 403, 403, 403, 404, 302)
STAFF_OF_A_POST = expect(302, 403, 302, 403, 403, 403, 403, 404, 302)
FOLLOWUP_EDITORS = expect(200, 403, 200, 200, 403, 200, 403, 404, 302)
BACK_OFFICE_POST = expect(403, 403, 403, 302, 403, 302, 403, 404, 302)
SUBMITTERS_POST = expect(302, 403, 302, 403, 403, 403, 403, 404, 302)
HEAD_POST = expect(403, 403, 302, 403, 403, 403, 403, 404, 302)
BACK_OFFICE = expect(403, 403, 403, 200, 403, 200, 403, 404, 302)
PERIOD_POST = expect(403, 403, 403, 302, 403, 302, 403, 404, 302)
GET_ON_POST_ONLY = expect(405, 405, 405, 405, 405, 405, 405, 405, 302)


@dataclass(frozen=True)
class Objects:
    rep: Reporting
    evidence: Evidence
    follow_up: FollowUp


def report(o: Objects) -> list[Any]:
    return [o.rep.world.opd_a.pk, o.rep.q1.pk]


def action(name: str) -> Callable[[Objects], list[Any]]:
    return lambda o: [*report(o), name]


MATRIX = [
    Row("performance_reporting:overview", "get", lambda o: [], MEMBERS),
    Row("performance_reporting:overview_xlsx", "get", lambda o: [o.rep.q1.pk],
        expect(200, 200, 200, 200, 200, 200, 200, 404, 302)),
    Row("performance_reporting:report_form", "get", report, READERS_OF_A),
    Row("performance_reporting:report_form", "post", report, STAFF_OF_A_POST,
        data=lambda o: form_data(o.rep)),
    Row("performance_reporting:report_transition", "post", action("ajukan"), SUBMITTERS_POST),
    Row("performance_reporting:report_transition", "post", action("setujui"), HEAD_POST),
    Row("performance_reporting:report_transition", "post", action("kembalikan-ke-operator"),
        HEAD_POST, data=lambda o: {"note": "perbaiki"}),
    Row("performance_reporting:report_transition", "post", action("kembalikan"),
        BACK_OFFICE_POST, data=lambda o: {"note": "perbaiki"}),
    Row("performance_reporting:report_transition", "post", action("setujui-atas-nama"),
        BACK_OFFICE_POST, data=lambda o: {"note": "nota dinas"}),
    Row("performance_reporting:report_transition", "post", action("verifikasi"),
        BACK_OFFICE_POST),
    Row("performance_reporting:report_transition", "post", action("buka-kembali"),
        BACK_OFFICE_POST, data=lambda o: {"note": "alasan"}),
    Row("performance_reporting:report_transition", "get", action("ajukan"), GET_ON_POST_ONLY),
    Row("performance_reporting:evidence_upload", "post",
        lambda o: [*report(o), o.rep.percent.pk], STAFF_OF_A_POST,
        data=lambda o: {"file": SimpleUploadedFile("b.pdf", b"%PDF-1.4\n%%EOF\n")}),
    Row("performance_reporting:evidence_download", "get", lambda o: [o.evidence.pk],
        READERS_OF_A),
    Row("performance_reporting:evidence_remove", "post", lambda o: [o.evidence.pk],
        STAFF_OF_A_POST),
    Row("performance_reporting:import_template", "get", report, STAFF_OF_A),
    Row("performance_reporting:import", "get", report, STAFF_OF_A),
    Row("performance_reporting:period_lock", "post", lambda o: [o.rep.q1.pk], PERIOD_POST),
    Row("performance_reporting:bulk_verify", "post", lambda o: [o.rep.q1.pk], PERIOD_POST,
        data=lambda o: {"opd": [o.rep.world.opd_a.pk]}),
    Row("performance_reporting:bulk_verify", "get", lambda o: [o.rep.q1.pk], GET_ON_POST_ONLY),
    Row("performance_reporting:period_close", "get", lambda o: [o.rep.q1.pk], BACK_OFFICE),
    Row("performance_reporting:period_close", "post", lambda o: [o.rep.q1.pk], PERIOD_POST,
        data=lambda o: {"reason": "rakor", "confirm_unfinished": "on"}),
    Row("performance_reporting:deadline_set", "post", lambda o: [o.rep.q1.pk], PERIOD_POST,
        data=lambda o: {"due_at": "2026-04-10T23:59"}),
    Row("performance_reporting:followup_list", "get", lambda o: [], MEMBERS),
    Row("performance_reporting:followup_xlsx", "get", lambda o: [], MEMBERS),
    Row("performance_reporting:followup_update", "get", lambda o: [o.follow_up.pk],
        FOLLOWUP_EDITORS),
]


@pytest.fixture
def objects(rep: Reporting) -> Objects:
    from django.core.files.base import ContentFile

    with scopes_disabled():
        region = rep.world.region_a
        realization = Realization.objects.create(region=region, indicator=rep.percent,
                                                 period=rep.q1, value=1)
        evidence = Evidence.objects.create(region=region, realization=realization,
                                           file=ContentFile(b"%PDF-1.4\n", name="b.pdf"),
                                           original_name="b.pdf", content_type="application/pdf",
                                           size=9)
        follow_up = FollowUp.objects.create(region=region, agency=rep.world.opd_a,
                                            indicator=rep.percent, period=rep.q1,
                                            description="Sweeping", owner="Kepala",
                                            due_date="2026-06-30")
    return Objects(rep=rep, evidence=evidence, follow_up=follow_up)


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(row: Row, persona: str, objects: Objects,
                                          client_for: Any) -> None:
    check_row(client_for(persona), row, persona, objects, region_text=REGION_A_TEXT)
