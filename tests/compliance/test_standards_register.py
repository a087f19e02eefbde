"""The service-standards register as a user sees it: completeness per unit, OPD and Pemda to the
cent, review due after 12 months, edits by the unit's OPD (audited), refusals (audited, nothing
saved), bad input with a clear message."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scope, scopes_disabled

from pantau.audit.models import AuditEvent
from pantau.compliance.models import COMPONENTS, ServiceStandard, UnitMaklumat
from pantau.compliance.selectors.standards import months_before, register, review_due
from tests.factories import ServiceProductFactory, ServiceUnitFactory
from tests.personas import World
from tests.test_uploads import PDF, PNG

TODAY = datetime.date(2026, 12, 5)
ALL = {c.field: f"Isi {c.field}" for c in COMPONENTS}


def _standard(world: World, product: Any, filled: int, **extra: Any) -> ServiceStandard:
    texts = {c.field: f"Isi {c.field}" for c in COMPONENTS[:filled]}
    with scopes_disabled():
        return ServiceStandard.objects.create(region=world.region_a, product=product,
                                              **texts, **extra)


@pytest.fixture
def spread(world: World) -> World:
    """Unit A: Imunisasi Dasar 14/14 and a second product 7/14 → 75,00 %. A second unit of OPD A
    with one product without any standard → OPD A = 21 / 42 = 50,00 %. OPD B: Legalisir Ijazah
    3/14 → 21,43 %. Pemda = 24 / 56 = 42,86 %."""
    with scopes_disabled():
        second = ServiceProductFactory(unit=world.unit_a, name="Pemeriksaan Kehamilan")
        other_unit = ServiceUnitFactory(agency=world.opd_a, name="Puskesmas Mekarsari")
        ServiceProductFactory(unit=other_unit, name="Rawat Jalan")
    _standard(world, world.product_a, 14, enacted_on=datetime.date(2026, 1, 5),
              decree="SK 1/2026", displayed_at_counter=True)
    _standard(world, second, 7)
    _standard(world, world.product_b, 3, last_reviewed_on=datetime.date(2025, 11, 1))
    return world


def test_completeness_adds_components_over_products_per_unit_opd_and_pemda(
        spread: World, admin: Any) -> None:
    admin.membership = spread.memberships["admin"]  # what the middleware sets on a request
    with scope(region=spread.region_a.pk):
        data = register(region=spread.region_a, user=admin, today=TODAY)
    by_name = {a.agency.name: a for a in data.agencies}
    dinkes = by_name["Dinas Kesehatan"]
    units = {u.unit.name: u.tally.completeness for u in dinkes.units}

    assert units == {"Puskesmas Mekarsari": Decimal("0.00"),
                     "Puskesmas Sukamaju": Decimal("75.00")}
    assert dinkes.tally.completeness == Decimal("50.00")
    assert by_name["Dinas Pendidikan"].tally.completeness == Decimal("21.43")
    assert data.tally.completeness == Decimal("42.86")
    assert (data.tally.complete, data.tally.enacted, data.tally.displayed) == (1, 1, 1)


def test_the_page_shows_the_shares_the_indonesian_way_and_the_review_due(
        spread: World, client_for: Any) -> None:
    body = client_for("evaluator").get(reverse("compliance_standards:register")).content.decode()

    for text in ("42,86 %", "75,00 %", "50,00 %", "21,43 %", "14/14", "perlu ditinjau"):
        assert text in body
    assert "Kelengkapan Pemda" in body


def test_an_operator_sees_only_their_own_opd_and_no_pemda_figure(
        spread: World, client_for: Any) -> None:
    body = client_for("operator_a").get(reverse("compliance_standards:register")).content.decode()

    assert "Puskesmas Sukamaju" in body
    assert "Legalisir Ijazah" not in body and "21,43" not in body
    assert "Kelengkapan Pemda" not in body


def test_the_opd_filter_and_the_xlsx_follow_the_choice(spread: World, client_for: Any) -> None:
    client = client_for("evaluator")
    url = reverse("compliance_standards:register")
    body = client.get(url, {"opd": spread.opd_b.pk}).content.decode()
    xlsx = client.get(reverse("compliance_standards:register_xlsx"), {"opd": spread.opd_b.pk})

    assert "Legalisir Ijazah" in body and "Puskesmas Sukamaju" not in body
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize(("reviewed", "due"), [
    (datetime.date(2025, 12, 5), False), (datetime.date(2025, 12, 4), True)])
def test_a_standard_is_due_for_review_after_twelve_months(reviewed: datetime.date,
                                                           due: bool) -> None:
    standard = ServiceStandard(requirements="x", last_reviewed_on=reviewed)
    assert review_due(standard, today=TODAY) is due


def test_a_draft_never_enacted_nor_reviewed_is_not_due_for_review() -> None:
    assert review_due(ServiceStandard(requirements="x"), today=TODAY) is False


def test_twelve_months_before_the_29th_of_february_is_the_28th() -> None:
    assert months_before(datetime.date(2028, 2, 29), 12) == datetime.date(2027, 2, 28)


def _post(client: Any, world: World, **data: Any) -> Any:
    url = reverse("compliance_standards:standard_update", args=[world.product_a.pk])
    return client.post(url, {**ALL, **data}, follow=True)


def test_the_operator_of_the_opd_fills_a_standard_and_the_change_is_audited(
        world: World, client_for: Any) -> None:
    page = _post(client_for("operator_a"), world, enacted_on="2026-03-01",
                 decree="SK Kadinkes 7/2026", displayed_at_counter="on",
                 counter_photo=SimpleUploadedFile("loket.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF"
                                                  + b"\0" * 64))

    assert "disimpan" in page.content.decode()
    with scopes_disabled():
        standard = ServiceStandard.objects.get(product=world.product_a)
        event = AuditEvent.objects.get(action="compliance.service_standard.updated")
    assert standard.requirements == "Isi requirements" and standard.counter_photo
    assert event.changes["decree"] == [None, "SK Kadinkes 7/2026"]


def test_an_operator_of_another_opd_is_refused_audited_and_nothing_is_saved(
        world: World, client_for: Any) -> None:
    response = _post(client_for("operator_b"), world)

    assert response.status_code == 403
    with scopes_disabled():
        assert not ServiceStandard.objects.exists()
        refusal = AuditEvent.objects.get(action="compliance.service_standard.refused")
    assert refusal.actor == world.user("operator_b")


@pytest.mark.parametrize(("data", "message"), [
    ({"displayed_at_counter": "on"}, "Lampirkan foto standar yang terpajang di loket"),
    ({"displayed_at_counter": "on",
      "counter_photo": SimpleUploadedFile("loket.jpg", b"MZ\x90\x00" + b"\0" * 64)},
     "Isi berkas bukan PDF, PNG, atau JPEG"),
    ({"displayed_online": "on"}, "Isi alamat publikasi daring"),
    ({"decree": "SK 1/2026"}, "Isi tanggal penetapan"),
    ({"enacted_on": "2026-01-05"}, "Isi nomor keputusan"),
    ({"last_reviewed_on": "2999-01-01"}, "antara 1 Januari 2000 dan hari ini"),
    ({"requirements": "x" * 5001}, "Paling banyak 5000 karakter"),
], ids=["counter-no-photo", "photo-not-image", "online-no-link", "decree-no-date",
        "date-no-decree", "future-review", "too-long"])
def test_bad_input_gets_a_clear_message_and_saves_nothing(
        world: World, client_for: Any, data: dict[str, Any], message: str) -> None:
    page = _post(client_for("operator_a"), world, **data).content.decode()

    assert message in page
    with scopes_disabled():
        assert not ServiceStandard.objects.exists()
        assert not AuditEvent.objects.filter(action__startswith="compliance.").exists()


def test_a_maklumat_is_kept_per_unit_and_an_empty_one_refused(world: World,
                                                               client_for: Any) -> None:
    url = reverse("compliance_standards:maklumat_update", args=[world.unit_a.pk])
    client = client_for("head_a")
    empty = client.post(url, {"text": "  "}).content.decode()
    client.post(url, {"text": "Kami siap melayani.", "displayed": "on", "enacted_on": "2026-02-01",
                      "decree": "SK 2/2026", "photo": SimpleUploadedFile("m.pdf", PDF)})

    assert "tidak boleh kosong" in empty
    with scopes_disabled():
        maklumat = UnitMaklumat.objects.get(unit=world.unit_a)
        assert AuditEvent.objects.filter(action="compliance.unit_maklumat.updated").count() == 1
    assert maklumat.displayed and maklumat.photo.name.endswith(".pdf")


def test_the_register_shows_the_maklumat_state(world: World, client_for: Any) -> None:
    with scopes_disabled():
        UnitMaklumat.objects.create(region=world.region_a, unit=world.unit_a, text="Siap",
                                    enacted_on=datetime.date(2026, 1, 1), decree="SK",
                                    displayed=True, photo=SimpleUploadedFile("m.png", PNG))
    body = client_for("admin").get(reverse("compliance_standards:register")).content.decode()

    assert "Ditetapkan, dipajang" in body and "Belum ada" in body


def test_the_unit_page_shows_every_component_to_a_reader_without_edit_links(
        spread: World, client_for: Any) -> None:
    body = client_for("assessor").get(
        reverse("compliance_standards:unit", args=[spread.unit_a.pk])).content.decode()

    assert "75,00 %" in body and "Isi staff_evaluation" in body  # an internal component
    assert "Ubah standar" not in body and "Ubah maklumat" not in body


def test_the_register_reads_the_same_number_of_queries_for_more_units(
        world: World, admin: Any) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    admin.membership = world.memberships["admin"]

    def count() -> int:
        with scope(region=world.region_a.pk), CaptureQueriesContext(connection) as queries:
            register(region=world.region_a, user=admin, today=TODAY)
        return len(queries)

    small = count()
    with scopes_disabled():
        for n in range(6):
            unit = ServiceUnitFactory(agency=world.opd_b, name=f"Sekolah Uji {n}")
            product = ServiceProductFactory(unit=unit, name="Legalisir")
            _standard(world, product, n)
            UnitMaklumat.objects.create(region=world.region_a, unit=unit, text="Siap")
    assert count() == small


def test_the_xlsx_holds_each_product_its_texts_and_the_pemda_share(
        spread: World, client_for: Any) -> None:
    import io

    from openpyxl import load_workbook

    with scopes_disabled():
        ServiceStandard.objects.filter(product=spread.product_b).update(
            requirements='=HYPERLINK("http://contoh.invalid","klik")')
    response = client_for("evaluator").get(reverse("compliance_standards:register_xlsx"))
    book = load_workbook(io.BytesIO(response.content))
    products, summary = book.worksheets
    rows = [row for row in products.iter_rows(values_only=True) if row and row[2]]
    legalisir = next(row for row in rows if row[2] == "Legalisir Ijazah")
    pemda = next(row for row in summary.iter_rows(values_only=True) if row[0] == "Pemda")

    assert legalisir[3:5] == (3, 21.43)
    assert not str(legalisir[13]).startswith("=")  # a formula typed into a component stays text
    assert pemda[3:6] == (24, 56, 42.86)


def test_the_register_sums_up_each_opd_in_a_table_that_filters_to_it(
        spread: World, client_for: Any) -> None:
    body = client_for("evaluator").get(reverse("compliance_standards:register")).content.decode()
    summary = body[body.index('data-testid="opd-summary"'):]

    assert f'href="?opd={spread.opd_b.pk}"' in summary
    assert summary.index("Dinas Kesehatan") < summary.index("Dinas Pendidikan")


def test_the_service_refuses_a_link_that_is_not_a_web_address(world: World) -> None:
    from django.core.exceptions import ValidationError

    from pantau.compliance.services.standards import service_standard_update

    with scope(region=world.region_a.pk), pytest.raises(ValidationError, match="alamat situs"):
        service_standard_update(actor=world.user("admin"), region=world.region_a,
                                product=world.product_a, components={},
                                displayed_at_counter=False, displayed_online=True,
                                online_url="javascript:alert(1)")
