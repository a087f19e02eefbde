"""Every URL × every persona → the status the persona must get.

Objects in the URLs belong to Kabupaten Contoh (region A) and, where an OPD matters, to OPD A
(Dinas Kesehatan). ``other_admin`` is the admin of another Pemda: objects of region A must not be
found (404) and no page may show region A's data. A new URL without a row here fails
``test_every_url_has_a_row_in_the_matrix``; a URL of another app without a row in its matrix
file (``OTHER_MATRICES``) fails ``test_every_url_of_every_app_has_a_row_in_its_matrix``. The
constants and the runner are in tests/matrix.py.
"""

from __future__ import annotations

from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from django.urls import URLResolver
from django_scopes import scopes_disabled

from pantau.audit.services import audit_record
from tests.factories import MembershipFactory, UserFactory
from tests.matrix import (
    LOGIN_URL,
    PERSONAS,
    REGION_A_TEXT,
    Row,
    check_row,
    expect,
    nested_url_modules,
    no_args,
    persona_matrix,
    row_name,
    url_names,
)
from tests.personas import World

# Kept importable from here for matrix files that still import them from this module.
__all__ = ["LOGIN_URL", "PERSONAS", "REGION_A_TEXT", "expect"]

URL_MODULES = (
    "pantau.tenancy.urls", "pantau.web.urls", "pantau.audit.urls", "pantau.accounts.urls",
)
# Apps whose URLs have their own matrix next to their tests; each file declares ``MATRIX``.
OTHER_MATRICES = {
    "pantau.surveys.urls": "tests/surveys/test_surveys_permission_matrix.py",
    "pantau.performance.urls_reporting":
        "tests/performance/reporting/test_reporting_permission_matrix.py",
    "pantau.performance.urls_plans": "tests/performance/plans/test_plans_permission_matrix.py",
    "pantau.performance.urls_analysis":
        "tests/performance/analysis/test_analysis_permission_matrix.py",
    "pantau.performance.urls_rakor": "tests/performance/rakor/test_rakor_permission_matrix.py",
    "pantau.reports.urls": "tests/reports/test_reports_permission_matrix.py",
    "pantau.api.urls": "tests/api/test_api_permission_matrix.py",
    "pantau.compliance.urls": "tests/compliance/test_compliance_permission_matrix.py",
    "pantau.compliance.urls_assessment":
        "tests/compliance/test_assessment_permission_matrix.py",
    "pantau.compliance.urls_standards": "tests/compliance/test_standards_permission_matrix.py",
    "pantau.compliance.urls_standards_public":
        "tests/compliance/test_standards_public_permission_matrix.py",
    "pantau.compliance.urls_gaps": "tests/compliance/test_gaps_permission_matrix.py",
    "pantau.compliance.urls_lokus": "tests/compliance/test_lokus_permission_matrix.py",
    "pantau.compliance.urls_perception": "tests/compliance/test_perception_permission_matrix.py",
    "pantau.compliance.urls_autofill": "tests/compliance/test_autofill_permission_matrix.py",
    "pantau.compliance.urls_readiness": "tests/compliance/test_readiness_permission_matrix.py",
}
PROJECT = Path(__file__).resolve().parent.parent


def opd_a(w: World) -> list[Any]:
    return [w.opd_a.pk]


def unit_a(w: World) -> list[Any]:
    return [w.unit_a.pk]


def product_a(w: World) -> list[Any]:
    return [w.product_a.pk]


def period_a(w: World) -> list[Any]:
    return [w.period_a.pk]


def membership_of_operator_a(w: World) -> list[Any]:
    return [w.memberships["operator_a"].pk]


def invitation_to_operator_a(w: World) -> list[Any]:
    """Kota Lain invites operator_a (an existing account): only operator_a may answer it."""
    with scopes_disabled():
        invitation = MembershipFactory(region=w.region_b, user=w.user("operator_a"),
                                       accepted_at=None)
    return [invitation.pk]


def invited_to_opd_a(w: World) -> list[Any]:
    """Invited to OPD A by email, never set a password: the invitation may be sent again."""
    user = UserFactory(username="rina", email="rina@contoh.go.id", password=None)
    user.set_unusable_password()
    user.save(update_fields=["password"])
    with scopes_disabled():
        membership = MembershipFactory(region=w.region_a, user=user, role="operator",
                                       agency=w.opd_a, invitation_sent_at=None)
    return [membership.pk]


def opd_a_history(w: World) -> list[Any]:
    return ["tenancy.agency", w.opd_a.pk]


def reset_link_args(w: World) -> list[Any]:
    return ["MQ", "tautan-tidak-berlaku"]


# Shorthands for the common shapes; each row below still names every persona.
EVERY_MEMBER = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                      admin=200, assessor=200, other_admin=200, anonymous=302)
EVERY_MEMBER_OF_A = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                           admin=200, assessor=200, other_admin=404, anonymous=302)
BACK_OFFICE_LIST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200, leader=403,
                          admin=200, assessor=403, other_admin=200, anonymous=302)
BACK_OFFICE_OBJECT = expect(operator_a=403, operator_b=403, head_a=403, evaluator=200,
                            leader=403, admin=200, assessor=403, other_admin=404, anonymous=302)
BACK_OFFICE_OBJECT_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=302,
                                 leader=403, admin=302, assessor=403, other_admin=404,
                                 anonymous=302)
OPD_A_STAFF_OBJECT = expect(operator_a=200, operator_b=403, head_a=200, evaluator=200, leader=403,
                            admin=200, assessor=403, other_admin=404, anonymous=302)
OPD_A_STAFF_OBJECT_POST = expect(operator_a=302, operator_b=403, head_a=302, evaluator=302,
                                 leader=403, admin=302, assessor=403, other_admin=404,
                                 anonymous=302)
ADMIN_LIST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=403, leader=403,
                    admin=200, assessor=403, other_admin=200, anonymous=302)
ADMIN_OBJECT = expect(operator_a=403, operator_b=403, head_a=403, evaluator=403, leader=403,
                      admin=200, assessor=403, other_admin=404, anonymous=302)
ADMIN_OBJECT_POST = expect(operator_a=403, operator_b=403, head_a=403, evaluator=403, leader=403,
                           admin=302, assessor=403, other_admin=404, anonymous=302)
POST_ONLY = expect(operator_a=405, operator_b=405, head_a=405, evaluator=405, leader=405,
                   admin=405, assessor=405, other_admin=405, anonymous=302)
EVERY_LOGGED_IN = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                         admin=200, assessor=200, other_admin=200, anonymous=302)
ONLY_THE_INVITED_POST = expect(operator_a=302, operator_b=404, head_a=404, evaluator=404,
                               leader=404, admin=404, assessor=404, other_admin=404,
                               anonymous=302)
EVERYONE = expect(operator_a=200, operator_b=200, head_a=200, evaluator=200, leader=200,
                  admin=200, assessor=200, other_admin=200, anonymous=200)

MATRIX: list[Row] = [
    # --- tenancy: OPD ---------------------------------------------------------------------
    Row("tenancy:agency_list", "get", no_args, EVERY_MEMBER),
    Row("tenancy:agency_create", "get", no_args, BACK_OFFICE_LIST),
    Row("tenancy:agency_import", "get", no_args, BACK_OFFICE_LIST),
    Row("tenancy:agency_import_template", "get", no_args, BACK_OFFICE_LIST),
    Row("tenancy:agency_detail", "get", opd_a, EVERY_MEMBER_OF_A),
    Row("tenancy:agency_update", "get", opd_a, BACK_OFFICE_OBJECT),
    Row("tenancy:agency_toggle", "post", opd_a, BACK_OFFICE_OBJECT_POST),
    Row("tenancy:agency_toggle", "get", opd_a, POST_ONLY),
    # --- tenancy: service units and products (OPD A's staff may manage their own) ---------
    Row("tenancy:unit_create", "get", opd_a, OPD_A_STAFF_OBJECT),
    Row("tenancy:unit_list", "get", no_args, EVERY_MEMBER),
    Row("tenancy:unit_detail", "get", unit_a, EVERY_MEMBER_OF_A),
    Row("tenancy:unit_update", "get", unit_a, OPD_A_STAFF_OBJECT),
    Row("tenancy:unit_update", "post", unit_a, OPD_A_STAFF_OBJECT_POST,
        data=lambda w: {"name": "Puskesmas Sukamaju", "kind": "puskesmas", "address": "Jl. Baru",
                        "agency": w.opd_a.pk}),
    Row("tenancy:unit_toggle", "post", unit_a, OPD_A_STAFF_OBJECT_POST),
    Row("tenancy:unit_toggle", "get", unit_a, POST_ONLY),
    Row("tenancy:product_create", "get", unit_a, OPD_A_STAFF_OBJECT),
    Row("tenancy:product_update", "get", product_a, OPD_A_STAFF_OBJECT),
    Row("tenancy:product_toggle", "post", product_a, OPD_A_STAFF_OBJECT_POST),
    Row("tenancy:product_toggle", "get", product_a, POST_ONLY),
    # --- tenancy: periods (back office) ----------------------------------------------------
    Row("tenancy:period_list", "get", no_args, BACK_OFFICE_LIST),
    Row("tenancy:period_reopen", "post", period_a, BACK_OFFICE_OBJECT_POST),
    Row("tenancy:period_reopen", "get", period_a, POST_ONLY),
    # --- tenancy: users (admin only) -------------------------------------------------------
    Row("tenancy:membership_list", "get", no_args, ADMIN_LIST),
    Row("tenancy:membership_invite", "get", no_args, ADMIN_LIST),
    Row("tenancy:membership_update", "get", membership_of_operator_a, ADMIN_OBJECT),
    Row("tenancy:membership_toggle", "post", membership_of_operator_a, ADMIN_OBJECT_POST),
    Row("tenancy:membership_toggle", "get", membership_of_operator_a, POST_ONLY),
    Row("tenancy:membership_resend_invitation", "post", invited_to_opd_a, ADMIN_OBJECT_POST),
    Row("tenancy:membership_resend_invitation", "get", invited_to_opd_a, POST_ONLY),
    # --- tenancy: the invited person answers their own invitations ---------------------------
    Row("tenancy:invitation_list", "get", no_args, EVERY_LOGGED_IN),
    Row("tenancy:invitation_accept", "post", invitation_to_operator_a, ONLY_THE_INVITED_POST),
    Row("tenancy:invitation_accept", "get", invitation_to_operator_a, POST_ONLY),
    Row("tenancy:invitation_decline", "post", invitation_to_operator_a, ONLY_THE_INVITED_POST),
    Row("tenancy:invitation_decline", "get", invitation_to_operator_a, POST_ONLY),
    # --- web --------------------------------------------------------------------------------
    Row("web:home", "get", no_args, EVERY_MEMBER),
    Row("web:switch_region", "post", no_args,
        expect(operator_a=302, operator_b=302, head_a=302, evaluator=302, leader=302, admin=302,
               assessor=302, other_admin=302, anonymous=302),
        data=lambda w: {"region": str(w.region_a.pk)}),
    Row("web:switch_region", "get", no_args, POST_ONLY),
    Row("web:calculator", "get", no_args, EVERY_LOGGED_IN),
    # --- audit (admin and evaluator) ---------------------------------------------------------
    Row("audit:event_list", "get", no_args, BACK_OFFICE_LIST),
    Row("audit:event_list", "get", no_args, BACK_OFFICE_LIST,  # filtered and paged alike
        data=lambda w: {"aksi": "tenancy", "pengguna": str(w.user("admin").pk),
                        "dari": "2026-01-01", "sampai": "2026-12-31", "halaman": "1"}),
    Row("audit:object_history", "get", opd_a_history, BACK_OFFICE_OBJECT),
    # --- accounts ---------------------------------------------------------------------------
    Row("accounts:login", "get", no_args,
        expect(operator_a=302, operator_b=302, head_a=302, evaluator=302, leader=302, admin=302,
               assessor=302, other_admin=302, anonymous=200), public=True),
    Row("accounts:logout", "post", no_args,
        expect(operator_a=302, operator_b=302, head_a=302, evaluator=302, leader=302, admin=302,
               assessor=302, other_admin=302, anonymous=302), public=True),
    Row("accounts:logout", "get", no_args,
        expect(operator_a=405, operator_b=405, head_a=405, evaluator=405, leader=405, admin=405,
               assessor=405, other_admin=405, anonymous=405), public=True),
    Row("accounts:password_change", "get", no_args, EVERY_LOGGED_IN),
    Row("accounts:password_change_done", "get", no_args, EVERY_LOGGED_IN),
    Row("accounts:password_reset", "get", no_args, EVERYONE, public=True),
    Row("accounts:password_reset_done", "get", no_args, EVERYONE, public=True),
    Row("accounts:password_reset_confirm", "get", reset_link_args, EVERYONE, public=True),
    Row("accounts:password_reset_complete", "get", no_args, EVERYONE, public=True),
]


@pytest.fixture
def region_a_history(world: World) -> None:
    """An audit event of region A, so a leaking audit page would show it."""
    with scopes_disabled():
        audit_record(actor=world.user("admin"), action="tenancy.agency.updated", obj=world.opd_a,
                     changes={"head_name": ["", "dr. Sari Wulandari"]})


@persona_matrix(MATRIX)
def test_persona_gets_the_expected_status(
    row: Row, persona: str, world: World, client_for: Any, region_a_history: None
) -> None:
    check_row(client_for(persona), row, persona, world)


def _matrix_of(test_file: str) -> list[Any]:
    module = import_module(test_file.removesuffix(".py").replace("/", "."))
    return list(module.MATRIX)


def test_every_url_has_a_row_in_the_matrix() -> None:
    names = set().union(*(url_names(module) for module in URL_MODULES))
    in_matrix = {row.name for row in MATRIX}

    assert names - in_matrix == set(), "URLs without a permission-matrix row"
    assert in_matrix - names == set(), "matrix rows for URLs that no longer exist"


@pytest.mark.parametrize("module", sorted(OTHER_MATRICES))
def test_every_url_of_every_app_has_a_row_in_its_matrix(module: str) -> None:
    in_matrix = {row_name(row) for row in _matrix_of(OTHER_MATRICES[module])}
    includers = {nested: namespace for outer in OTHER_MATRICES
                 for nested, namespace in nested_url_modules(outer).items()}
    names = url_names(module, includers.get(module, ""))

    assert names - in_matrix == set(), f"URLs of {module} without a permission-matrix row"
    assert in_matrix - names == set(), f"rows in the {module} matrix for URLs that are gone"


def test_every_url_module_of_pantau_has_a_permission_matrix() -> None:
    included = [
        getattr(pattern.urlconf_name, "__name__", pattern.urlconf_name)
        for pattern in import_module("pantau.urls").urlpatterns
        if isinstance(pattern, URLResolver)
    ]
    ours = {name for name in included if isinstance(name, str) and name.startswith("pantau.")}

    ours |= {nested for module in (*URL_MODULES, *OTHER_MATRICES)
             for nested in nested_url_modules(module)}  # included inside an app's URLs

    without_matrix = ours - set(URL_MODULES) - set(OTHER_MATRICES)
    assert without_matrix == set(), "add these URL modules to a permission matrix"
    for module, test_file in OTHER_MATRICES.items():
        assert (PROJECT / test_file).exists(), f"{module}: {test_file} is missing"


def test_every_row_names_every_persona() -> None:
    rows = MATRIX + [row for test_file in OTHER_MATRICES.values() for row in _matrix_of(test_file)]
    for row in rows:
        expected = row.expected if isinstance(row, Row) else next(
            part for part in row if isinstance(part, dict) and "anonymous" in part)
        assert set(expected) == set(PERSONAS), row_name(row)
