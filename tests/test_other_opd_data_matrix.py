"""What OPD A's staff can see of OPD B's data: every page, export, download, API answer and
fragment, judged by its content, not only its status.

The rule (``performance/permissions.py``): an OPD's performance data — quarterly realization,
drivers, obstacles, follow-up plans, evidence, follow-ups, budget spending, report notes and
their history — is read by the back office, leaders, assessors and the OPD's own staff. The plan
structure and targets (RPJMD tree, indicator names and targets) are public inside the Pemda.

OPD B (Dinas Pendidikan) reports TW I 2026 with texts and figures that appear nowhere else
(``SECRETS``). For every URL of the performance, API, report, audit and home pages, OPD A's
operator and head either get 403/405/302 or a page without any of them, XLSX exports read cell
by cell. ``seen_by`` names a persona who does see them at that address, so the markers are proven
to be rendered where they belong. A new URL without a row fails ``test_every_url_has_a_row``.
"""

from __future__ import annotations

import datetime
import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import URLPattern, reverse
from django.utils import timezone
from django_scopes import scopes_disabled
from openpyxl import Workbook, load_workbook

from pantau.audit.services import audit_record
from pantau.compliance.models import (
    Answer,
    GapAction,
    InstrumentIndicator,
    ServiceStandard,
    UnitMaklumat,
)
from pantau.compliance.services.seeding import instruments_seed
from pantau.performance.models import (
    AgencyReport,
    Evidence,
    FollowUp,
    Indicator,
    Plan,
    PlanNode,
    Realization,
    ReportStatus,
)
from pantau.performance.report_kinds import XLSX_KIND
from pantau.reports.models import GeneratedReport
from pantau.reports.models import ReportStatus as GeneratedStatus
from pantau.tenancy.models import Period
from tests.compliance.perception_helpers import switch_on
from tests.matrix import nested_url_modules
from tests.performance.analysis.builders import budget, indicator, quarter, realize, renstra
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct

OBSTACLE = "KENDALA-RAHASIA-OPD-B"
SECRETS = (
    OBSTACLE, "PENDORONG-RAHASIA-OPD-B", "RENCANA-TL-RAHASIA-OPD-B",
    "TINDAK-LANJUT-RAHASIA-OPD-B", "BUKTI-TL-RAHASIA-OPD-B", "bukti-rahasia-opd-b",
    "CATATAN-RAHASIA-OPD-B",
    "61,37", "61.37",                  # the realization value, as a page and as a cell shows it
    "987.654.321", "987654321",        # the budget spent in TW I
    "63,64", "63.64",                  # OPD B's unit: users reporting no delay (7 of 11)
    INTERNAL_STANDARD := "KOMPONEN-INTERNAL-RAHASIA-OPD-B",  # never on the public page either
    ANSWER_NOTE := "JAWABAN-RAHASIA-OPD-B", "bukti-jawaban-rahasia-opd-b",  # self-assessment
    GAP_ACTION := "TINDAKAN-RAHASIA-OPD-B", "bukti-tindakan-rahasia-opd-b",  # gap actions
)
STAFF_OF_A = ("operator_a", "head_a")
PERCEPTION_YEAR = timezone.localdate().year
URL_MODULES = (
    "pantau.performance.urls_plans", "pantau.performance.urls_reporting",
    "pantau.performance.urls_analysis", "pantau.performance.urls_rakor", "pantau.api.urls",
    "pantau.reports.urls", "pantau.audit.urls", "pantau.web.urls",
    "pantau.compliance.urls_standards", "pantau.compliance.urls_standards_public",
    "pantau.compliance.urls_assessment",
    "pantau.compliance.urls_perception",
    "pantau.compliance.urls_gaps",
)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@dataclass
class OpdB:
    world: World
    q1: Period
    rpjmd: Plan
    rpjmd_sasaran: PlanNode
    rpjmd_indicator: Indicator   # an RPJMD indicator OPD B answers for (linked from the tree)
    renstra: Plan
    indicator: Indicator         # OPD B's Renstra indicator
    realization: Realization
    evidence: Evidence
    follow_up: FollowUp
    pack: GeneratedReport        # a rakor pack that quotes OPD B's obstacle
    answer: Answer               # OPD B's self-assessment answer with a note and evidence
    gap_action: GapAction        # OPD B's action on that gap, with evidence


def _rpjmd(world: World) -> tuple[Plan, PlanNode, Indicator]:
    with scopes_disabled():
        plan = Plan.objects.create(region=world.region_a, level="rpjmd", start_year=2025,
                                   end_year=2029, title="RPJMD Kabupaten Contoh 2025-2029")
        misi = PlanNode.objects.create(region=world.region_a, plan=plan, level="misi",
                                       code="M1", name="Masyarakat cerdas")
        sasaran = PlanNode.objects.create(region=world.region_a, plan=plan, parent=misi,
                                          level="sasaran", code="M1.S1",
                                          name="Meningkatnya partisipasi sekolah")
    item = indicator(sasaran, world.opd_b, "Angka partisipasi murni SMP", annual=95)
    return plan, sasaran, item


def _pack(world: World) -> GeneratedReport:
    book = Workbook()
    book.active.append([OBSTACLE])
    content = io.BytesIO()
    book.save(content)
    with scopes_disabled():
        return GeneratedReport.objects.create(
            region=world.region_a, kind=XLSX_KIND, status=GeneratedStatus.DONE, progress=100,
            file=ContentFile(content.getvalue(), name="rakor.xlsx"), filename="rakor.xlsx",
            created_by=world.user("evaluator"))


def build_opd_b(world: World) -> OpdB:
    q1 = quarter(world.region_a, 2026, 1)
    rpjmd, sasaran, rpjmd_indicator = _rpjmd(world)
    nodes_a, nodes_b = renstra(world.opd_a), renstra(world.opd_b)
    own = indicator(nodes_a["program"], world.opd_a, "Cakupan imunisasi dasar", annual=90)
    realize(own, 2026, {1: 88})
    item = indicator(nodes_b["program"], world.opd_b, "Angka melek huruf", annual=98)
    texts = {"drivers": "PENDORONG-RAHASIA-OPD-B", "obstacles": OBSTACLE,
             "follow_up_plan": "RENCANA-TL-RAHASIA-OPD-B"}
    realize(item, 2026, {1: "61.37"}, **texts)
    realize(rpjmd_indicator, 2026, {1: "61.37"}, **texts)
    budget(nodes_b["sub_kegiatan"], world.opd_b, 2_000_000_000, {1: 987_654_321})
    with scopes_disabled():
        region = world.region_a
        # Both OPDs' Renstra indicators support the RPJMD one (cascading).
        Indicator.objects.filter(pk__in=[own.pk, item.pk]).update(supports=rpjmd_indicator)
        realization = Realization.objects.get(indicator=rpjmd_indicator, period=q1)
        evidence = Evidence.objects.create(
            region=region, realization=realization, original_name="bukti-rahasia-opd-b.pdf",
            file=ContentFile(b"%PDF-1.4\n%%EOF\n", name="b.pdf"),
            content_type="application/pdf", size=15)
        follow_up = FollowUp.objects.create(
            region=region, agency=world.opd_b, indicator=item, period=q1,
            description="TINDAK-LANJUT-RAHASIA-OPD-B", owner="Kabid Dikdas",
            evidence_note="BUKTI-TL-RAHASIA-OPD-B", due_date="2026-06-30")
        ServiceStandard.objects.create(
            region=region, product=world.product_b, requirements="Ijazah asli",
            staff_evaluation=INTERNAL_STANDARD, displayed_at_counter=True,
            counter_photo=ContentFile(b"%PDF-1.4\n%%EOF\n", name="loket-b.pdf"))
        UnitMaklumat.objects.create(region=region, unit=world.unit_b, text="Siap melayani",
                                    photo=ContentFile(b"%PDF-1.4\n%%EOF\n", name="m-b.pdf"))
        instruments_seed(region=region)
        question = InstrumentIndicator.objects.get(instrument__region=region, code="input-01",
                                                   instrument__family="ombudsman_2025")
        answer = Answer.objects.create(
            region=region, year=2026, unit=world.unit_b, instrument=question.instrument,
            indicator=question, operator_score=2, operator_note=ANSWER_NOTE,
            evidence=ContentFile(b"%PDF-1.4\n%%EOF\n", name="j-b.pdf"),
            evidence_name="bukti-jawaban-rahasia-opd-b.pdf", evidence_type="application/pdf")
        gap_action = GapAction.objects.create(
            region=region, year=2026, unit=world.unit_b, indicator=question, owner=world.opd_b,
            title=GAP_ACTION, due_date=datetime.date(2026, 9, 30),
            evidence=ContentFile(b"%PDF-1.4\n%%EOF\n", name="t-b.pdf"),
            evidence_name="bukti-tindakan-rahasia-opd-b.pdf")
        AgencyReport.objects.create(region=region, agency=world.opd_b, period=q1,
                                    status=ReportStatus.RETURNED,
                                    return_note="CATATAN-RAHASIA-OPD-B")
        audit_record(actor=world.user("operator_b"), action="performance.realization.saved",
                     obj=realization, region=region,
                     changes={"obstacles": ["", OBSTACLE], "value": [None, "61.37"]})
    _perception_of_unit_b(world)
    return OpdB(world=world, q1=q1, rpjmd=rpjmd, rpjmd_sasaran=sasaran,
                rpjmd_indicator=rpjmd_indicator, renstra=item.node.plan, indicator=item,
                realization=realization, evidence=evidence, follow_up=follow_up,
                pack=_pack(world), answer=answer, gap_action=gap_action)


def _perception_of_unit_b(world: World) -> None:
    """OPD B's unit asks the perception questions: 7 of 11 users report no delay (63,64 %)."""
    switch_on(world, world.unit_b, PERCEPTION_YEAR)
    survey = make_survey(world.unit_b)
    for number in range(11):
        answer = "tidak" if number < 7 else "ya"
        submit_direct(survey, [4] * 9, extra={"persepsi": {"x_persepsi_o1": answer}})


@pytest.fixture
def opd_b(world: World) -> OpdB:
    return build_opd_b(world)


@dataclass(frozen=True)
class Row:
    name: str
    args: Callable[[OpdB], list[Any]]
    staff_of_a: int                  # the status OPD A's operator and head get
    query: Callable[[OpdB], str] = lambda b: ""
    seen_by: str | None = None       # a persona who does see OPD B's data at this address
    address: str = ""                # for a pattern that cannot be reversed (a catch-all)

    def url(self, b: OpdB) -> str:
        return self.address or reverse(self.name, args=self.args(b)) + self.query(b)


def none(b: OpdB) -> list[Any]:
    return []


def report_b(b: OpdB) -> list[Any]:
    return [b.world.opd_b.pk, b.q1.pk]


def q1(b: OpdB) -> str:
    return f"?periode={b.q1.pk}"


def only_b(b: OpdB) -> str:
    return f"?opd={b.world.opd_b.pk}"


PLANS, REPORTING, ANALYSIS = "performance_plans", "performance_reporting", "performance_analysis"
MATRIX = [
    # --- plans: the RPJMD tree and targets are public; OPD B's Renstra is OPD B's ------------
    Row(f"{PLANS}:plan_list", none, 200),
    Row(f"{PLANS}:plan_list", none, 200, query=lambda b: "?format=xlsx"),
    Row(f"{PLANS}:plan_create", none, 403),
    Row(f"{PLANS}:plan_detail", lambda b: [b.rpjmd.pk], 200),
    Row(f"{PLANS}:plan_detail", lambda b: [b.renstra.pk], 403),
    Row(f"{PLANS}:plan_update", lambda b: [b.rpjmd.pk], 403),
    Row(f"{PLANS}:node_create", lambda b: [b.rpjmd.pk], 403),
    Row(f"{PLANS}:plan_export", lambda b: [b.rpjmd.pk], 200),
    Row(f"{PLANS}:plan_export", lambda b: [b.renstra.pk], 403),
    Row(f"{PLANS}:plan_import", lambda b: [b.renstra.pk], 403),
    Row(f"{PLANS}:plan_import_template", lambda b: [b.renstra.pk], 403),
    Row(f"{PLANS}:node_update", lambda b: [b.rpjmd_sasaran.pk], 403),
    Row(f"{PLANS}:node_toggle", lambda b: [b.rpjmd_sasaran.pk], 405),
    Row(f"{PLANS}:indicator_create", lambda b: [b.rpjmd_sasaran.pk], 403),
    Row(f"{PLANS}:indicator_detail", lambda b: [b.rpjmd_indicator.pk], 200,
        seen_by="operator_b"),
    Row(f"{PLANS}:indicator_detail", lambda b: [b.indicator.pk], 403, seen_by="operator_b"),
    Row(f"{PLANS}:indicator_update", lambda b: [b.rpjmd_indicator.pk], 403),
    Row(f"{PLANS}:indicator_toggle", lambda b: [b.rpjmd_indicator.pk], 405),
    Row(f"{PLANS}:target_grid", lambda b: [b.rpjmd_indicator.pk], 403),
    Row(f"{PLANS}:target_revision", lambda b: [b.rpjmd_indicator.pk], 403),
    # --- quarterly reporting, evidence, follow-ups -----------------------------------------
    Row(f"{REPORTING}:overview", none, 200, query=q1),
    Row(f"{REPORTING}:overview_xlsx", lambda b: [b.q1.pk], 200),
    Row(f"{REPORTING}:report_form", report_b, 403, seen_by="operator_b"),
    Row(f"{REPORTING}:report_transition", lambda b: [*report_b(b), "ajukan"], 405),
    Row(f"{REPORTING}:evidence_upload", lambda b: [*report_b(b), b.indicator.pk], 405),
    Row(f"{REPORTING}:import_template", report_b, 403),
    Row(f"{REPORTING}:import", report_b, 403),
    Row(f"{REPORTING}:evidence_download", lambda b: [b.evidence.pk], 403,
        seen_by="operator_b"),
    Row(f"{REPORTING}:evidence_remove", lambda b: [b.evidence.pk], 405),
    Row(f"{REPORTING}:period_lock", lambda b: [b.q1.pk], 405),
    Row(f"{REPORTING}:bulk_verify", lambda b: [b.q1.pk], 405),
    Row(f"{REPORTING}:period_close", lambda b: [b.q1.pk], 403),
    Row(f"{REPORTING}:deadline_set", lambda b: [b.q1.pk], 405),
    Row(f"{REPORTING}:followup_list", none, 200, query=only_b, seen_by="evaluator"),
    Row(f"{REPORTING}:followup_xlsx", none, 200, query=only_b, seen_by="evaluator"),
    Row(f"{REPORTING}:followup_update", lambda b: [b.follow_up.pk], 403,
        seen_by="operator_b"),
    # --- analysis: OPD A's own pages must not carry OPD B's figures ------------------------
    Row(f"{ANALYSIS}:index", none, 302),
    Row(f"{ANALYSIS}:ranking", none, 403, query=q1),
    Row(f"{ANALYSIS}:ranking_xlsx", none, 403, query=q1),
    Row(f"{ANALYSIS}:warning", none, 403, query=q1),
    Row(f"{ANALYSIS}:warning_xlsx", none, 403, query=q1),
    Row(f"{ANALYSIS}:settings", none, 403),
    Row(f"{ANALYSIS}:scorecard", lambda b: [b.world.opd_b.pk], 403, query=q1,
        seen_by="operator_b"),
    Row(f"{ANALYSIS}:scorecard", lambda b: [b.world.opd_a.pk], 200, query=q1),
    Row(f"{ANALYSIS}:scorecard_xlsx", lambda b: [b.world.opd_b.pk], 403, query=q1,
        seen_by="operator_b"),
    Row(f"{ANALYSIS}:scorecard_xlsx", lambda b: [b.world.opd_a.pk], 200, query=q1),
    Row(f"{ANALYSIS}:renja", lambda b: [b.world.opd_b.pk], 403, seen_by="operator_b"),
    Row(f"{ANALYSIS}:renja", lambda b: [b.world.opd_a.pk], 200),
    Row(f"{ANALYSIS}:renja_xlsx", lambda b: [b.world.opd_b.pk], 403, seen_by="operator_b"),
    Row(f"{ANALYSIS}:renja_xlsx", lambda b: [b.world.opd_a.pk], 200),
    # --- rakor pack and background reports (incl. the htmx progress fragment) ---------------
    Row("performance_rakor:index", none, 403),
    Row("reports:status", lambda b: [b.pack.pk], 403),
    Row("reports:progress", lambda b: [b.pack.pk], 403),
    Row("reports:download", lambda b: [b.pack.pk], 403, seen_by="evaluator"),
    # --- API ---------------------------------------------------------------------------------
    Row("api:token_list", none, 200),
    Row("api:token_revoke", lambda b: [1], 405),
    Row("api:root", none, 200),
    Row("api:schema", none, 200),
    Row("api:docs", none, 200),
    Row("api:period_list", none, 200),
    Row("api:agency_list", none, 200),
    Row("api:indicator_list", none, 200),
    Row("api:indicator_list", none, 403, query=only_b),
    Row("api:indicator_detail", lambda b: [b.rpjmd_indicator.pk], 403, seen_by="operator_b"),
    Row("api:score_list", none, 403, query=q1),
    Row("api:agency_score", lambda b: [b.world.opd_b.pk], 403, query=q1),
    Row("api:agency_score", lambda b: [b.world.opd_a.pk], 200, query=q1),
    Row("api:realization_list", report_b, 403, seen_by="operator_b"),
    Row("api:realization_detail", lambda b: [*report_b(b), b.indicator.pk], 403,
        seen_by="operator_b"),
    Row("api:unknown_address", none, 404, address="/api/v1/tidak-ada/"),
    Row("api:compliance_prediction", none, 200, query=lambda b: "?tahun=2026"),
    Row("api:compliance_gaps", none, 200, query=lambda b: "?tahun=2026&penilai=ombudsman",
        seen_by="evaluator"),
    Row("api:compliance_results", none, 200),
    # --- service standards: the register narrows to OPD A; OPD B's unit is OPD B's ----------
    Row("compliance_standards:register", none, 200),
    Row("compliance_standards:register", none, 200, query=only_b),
    Row("compliance_standards:register_xlsx", none, 200, query=only_b, seen_by="evaluator"),
    Row("compliance_standards:unit", lambda b: [b.world.unit_b.pk], 403, seen_by="operator_b"),
    Row("compliance_standards:standard_update", lambda b: [b.world.product_b.pk], 403,
        seen_by="operator_b"),
    Row("compliance_standards:standard_photo", lambda b: [b.world.product_b.pk, "loket"], 403),
    Row("compliance_standards:maklumat_update", lambda b: [b.world.unit_b.pk], 403),
    Row("compliance_standards:maklumat_photo", lambda b: [b.world.unit_b.pk], 403),
    Row("compliance_standards:unit_pdf", lambda b: [b.world.unit_b.pk], 403),
    # the public page: what OPD B publishes, never its internal components
    Row("compliance_public:unit", lambda b: [b.world.region_a.slug, b.world.unit_b.pk], 200),
    # --- self-assessment: OPD B's unit, its answers and evidence are OPD B's ----------------
    Row("compliance_assessment:start", none, 302),
    Row("compliance_assessment:overview", lambda b: [2026], 200),
    Row("compliance_assessment:overview_xlsx", lambda b: [2026], 200),
    Row("compliance_assessment:sheet", lambda b: [2026, b.world.unit_b.pk, "ombudsman"], 403,
        seen_by="operator_b"),
    Row("compliance_assessment:sheet", lambda b: [2026, b.world.unit_a.pk, "ombudsman"], 200),
    Row("compliance_assessment:sheet_xlsx", lambda b: [2026, b.world.unit_b.pk, "ombudsman"],
        403, seen_by="evaluator"),
    Row("compliance_assessment:sheet_xlsx", lambda b: [2026, b.world.unit_a.pk, "ombudsman"],
        200),
    Row("compliance_assessment:answer", lambda b: [2026, b.world.unit_b.pk, "ombudsman",
                                                   b.answer.indicator_id], 405),
    Row("compliance_assessment:review", lambda b: [2026, b.world.unit_b.pk, "ombudsman",
                                                   b.answer.indicator_id], 405),
    Row("compliance_assessment:evidence", lambda b: [b.answer.pk], 403, seen_by="evaluator"),
    # --- users' perception of OPD B's unit ------------------------------------------------
    Row("compliance:perception_index", none, 200),
    Row("compliance:perception_settings", none, 403),
    Row("compliance:perception_unit", lambda b: [b.world.unit_b.pk, PERCEPTION_YEAR], 403,
        seen_by="operator_b"),
    Row("compliance:perception_xlsx", lambda b: [b.world.unit_b.pk, PERCEPTION_YEAR], 403,
        seen_by="operator_b"),
    Row("compliance:perception_switch", lambda b: [b.world.unit_b.pk, PERCEPTION_YEAR], 405),
    # --- gap list and gap actions: OPD B's gaps and actions are OPD B's -------------------
    Row("compliance_gaps:list", none, 200, query=lambda b: "?tahun=2026", seen_by="evaluator"),
    Row("compliance_gaps:xlsx", none, 200, query=lambda b: "?tahun=2026", seen_by="evaluator"),
    Row("compliance_gaps:actions", none, 200, query=lambda b: "?tahun=2026",
        seen_by="operator_b"),
    Row("compliance_gaps:actions_xlsx", none, 200, query=lambda b: "?tahun=2026",
        seen_by="leader"),
    Row("compliance_gaps:action_create", none, 403, query=lambda b: (
        f"?tahun=2026&unit={b.world.unit_b.pk}&indikator={b.answer.indicator_id}")),
    Row("compliance_gaps:action_update", lambda b: [b.gap_action.pk], 403,
        seen_by="operator_b"),
    Row("compliance_gaps:action_evidence", lambda b: [b.gap_action.pk], 403,
        seen_by="assessor"),
    # --- history and home ----------------------------------------------------------------
    Row("audit:event_list", none, 403, seen_by="evaluator"),
    Row("audit:object_history", lambda b: ["performance.realization", b.realization.pk], 403,
        seen_by="evaluator"),
    Row("web:home", none, 200),
    Row("web:switch_region", none, 405),
    Row("web:calculator", none, 200),
]


def body_text(response: Any) -> str:
    """Everything a user receives: headers (a download's file name), the body, XLSX cells."""
    raw = (b"".join(response.streaming_content) if response.streaming
           else response.content)
    parts = [f"{key}: {value}" for key, value in response.headers.items()]
    if response.get("Content-Type", "").startswith(XLSX) or raw[:2] == b"PK":
        book = load_workbook(io.BytesIO(raw), read_only=True)
        parts += [str(cell) for sheet in book.worksheets
                  for row in sheet.iter_rows(values_only=True) for cell in row
                  if cell is not None]
    else:
        parts.append(raw.decode(errors="replace"))
    return "\n".join(parts)


def secrets_in(response: Any) -> list[str]:
    text = body_text(response)
    return [secret for secret in SECRETS if secret in text]


def client_of(world: World, persona: str) -> Client:
    client = Client()
    client.force_login(world.user(persona))
    return client


@pytest.mark.parametrize("row", MATRIX, ids=[f"{i:02d}-{row.name}" for i, row in
                                             enumerate(MATRIX)])
def test_opd_a_staff_never_receive_opd_b_data(row: Row, opd_b: OpdB) -> None:
    for persona in STAFF_OF_A:
        response = client_of(opd_b.world, persona).get(row.url(opd_b))

        assert response.status_code == row.staff_of_a, f"{persona} {row.name}"
        assert secrets_in(response) == [], f"{persona} {row.name} shows OPD B's data"


SEEN = [row for row in MATRIX if row.seen_by]


@pytest.mark.parametrize("row", SEEN, ids=[f"{row.name}-{row.seen_by}" for row in SEEN])
def test_opd_b_data_is_shown_where_it_belongs(row: Row, opd_b: OpdB) -> None:
    response = client_of(opd_b.world, row.seen_by or "").get(row.url(opd_b))

    assert response.status_code == 200
    assert secrets_in(response), f"{row.seen_by} {row.name} shows none of OPD B's data"


def test_the_rpjmd_indicator_of_opd_b_shows_other_opds_its_plan_and_targets_only(
    opd_b: OpdB,
) -> None:
    url = reverse(f"{PLANS}:indicator_detail", args=[opd_b.rpjmd_indicator.pk])

    page = client_of(opd_b.world, "operator_a").get(url).content.decode()

    assert "Angka partisipasi murni SMP" in page and "Dinas Pendidikan" in page
    assert "95" in page  # the 2026 target
    assert OBSTACLE not in page and "61,37" not in page
    assert "hanya dapat dilihat" in page  # says why the realization is not shown
    # Cascading: OPD B's supporting indicator is named, not linked (its page is OPD B's).
    assert "Angka melek huruf" in page
    assert reverse(f"{PLANS}:indicator_detail", args=[opd_b.indicator.pk]) + '"' not in page
    with scopes_disabled():
        own = Indicator.objects.get(agency=opd_b.world.opd_a, supports=opd_b.rpjmd_indicator)
    assert reverse(f"{PLANS}:indicator_detail", args=[own.pk]) + '"' in page


@pytest.mark.parametrize("persona", ["operator_b", "evaluator", "leader", "assessor"])
def test_readers_of_opd_b_see_the_whole_indicator_page(persona: str, opd_b: OpdB) -> None:
    url = reverse(f"{PLANS}:indicator_detail", args=[opd_b.rpjmd_indicator.pk])

    page = client_of(opd_b.world, persona).get(url).content.decode()

    for text in ("61,37", OBSTACLE, "RENCANA-TL-RAHASIA-OPD-B", "Realisasi sejauh ini"):
        assert text in page, f"{persona} misses {text}"


def test_every_url_has_a_row() -> None:
    from importlib import import_module

    includers = {nested: namespace for outer in (*URL_MODULES, "pantau.compliance.urls")
                 for nested, namespace in nested_url_modules(outer).items()}
    names = set()
    for module_name in URL_MODULES:
        module = import_module(module_name)
        app_name = getattr(module, "app_name", "") or includers[module_name]
        names |= {f"{app_name}:{p.name}" for p in module.urlpatterns
                  if isinstance(p, URLPattern)}

    assert names == {row.name for row in MATRIX}
