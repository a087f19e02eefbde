"""What a unit publishes: the public page (no login, six public components and the maklumat,
nothing internal or private, cached for everybody), the A4 sheet for the counter, and the SKM
poster that leads to both the survey and the standard."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.compliance.models import COMPONENTS, ServiceStandard, UnitMaklumat
from pantau.surveys.views import outputs
from tests.personas import World
from tests.surveys.conftest import make_survey
from tests.test_uploads import PNG


@pytest.fixture
def published(world: World) -> World:
    with scopes_disabled():
        ServiceStandard.objects.create(
            region=world.region_a, product=world.product_a,
            **{c.field: f"Teks {c.label}" for c in COMPONENTS},
            counter_photo=SimpleUploadedFile("rahasia-loket.png", PNG))
        ServiceStandard.objects.create(
            region=world.region_a, product=world.product_b, requirements="Ijazah asli",
            enacted_on=datetime.date(2026, 2, 2), decree="SK Kadisdik 3/2026")
        UnitMaklumat.objects.create(region=world.region_a, unit=world.unit_a,
                                    text="Kami siap memberikan pelayanan sesuai standar.")
    return world


def _public(world: World, unit: Any, client: Client | None = None) -> Any:
    url = reverse("compliance_public:unit", args=[world.region_a.slug, unit.pk])
    return (client or Client()).get(url)


def test_anybody_reads_the_six_public_components_and_the_maklumat_nothing_internal(
        published: World) -> None:
    response = _public(published, published.unit_a)
    body = response.content.decode()

    assert response.status_code == 200
    for component in COMPONENTS:
        assert (f"Teks {component.label}" in body) is component.public
    assert "Kami siap memberikan pelayanan sesuai standar." in body
    assert "belum ditetapkan" in body  # shown as filled, marked as not enacted yet
    assert "rahasia-loket" not in body and "csrfmiddlewaretoken" not in body
    assert response["Cache-Control"] == "public, max-age=60"


def test_an_enacted_standard_names_its_decree_and_a_missing_maklumat_says_so(
        published: World) -> None:
    body = _public(published, published.unit_b).content.decode()

    assert "SK Kadisdik 3/2026" in body and "Ijazah asli" in body
    assert "Belum diisi." in body
    assert "Maklumat pelayanan unit ini belum tersedia." in body


def test_a_logged_in_visitor_gets_a_private_copy(published: World, client_for: Any) -> None:
    response = _public(published, published.unit_a, client_for("operator_b"))

    assert response["Cache-Control"] == "private, max-age=60"
    assert "Ani Operator" not in response.content.decode()


def test_an_inactive_unit_and_another_pemdas_address_are_not_found(published: World) -> None:
    with scopes_disabled():
        published.unit_b.is_active = False
        published.unit_b.save()
    other = reverse("compliance_public:unit", args=[published.region_b.slug,
                                                   published.unit_a.pk])

    assert _public(published, published.unit_b).status_code == 404
    assert Client().get(other).status_code == 404


def test_too_many_pages_from_one_address_are_refused(published: World, settings: Any) -> None:
    settings.STANDARDS_PUBLIC_RATE = (2, 600)
    client = Client()
    statuses = [_public(published, published.unit_a, client).status_code for _ in range(3)]

    assert statuses == [200, 200, 429]


def test_the_counter_sheet_is_an_a4_pdf(published: World, client_for: Any) -> None:
    response = client_for("operator_a").get(
        reverse("compliance_standards:unit_pdf", args=[published.unit_a.pk]))

    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_skm_poster_also_carries_the_standard_s_address(
        published: World, client_for: Any, monkeypatch: Any) -> None:
    survey = make_survey(published.unit_a)
    monkeypatch.setattr(outputs, "_pdf", lambda html, filename: HttpResponse(html))
    body = client_for("operator_a").get(
        reverse("surveys:survey_poster", args=[survey.pk])).content.decode()

    standards = reverse("compliance_public:unit",
                        args=[published.region_a.slug, published.unit_a.pk])
    assert standards in body
    assert reverse("surveys:public_form", args=[survey.public_code]) in body


def test_an_edit_shows_on_the_public_page_at_once(published: World, client_for: Any,
                                                  django_capture_on_commit_callbacks: Any) -> None:
    _public(published, published.unit_a)  # now cached
    url = reverse("compliance_standards:maklumat_update", args=[published.unit_a.pk])
    with django_capture_on_commit_callbacks(execute=True):
        client_for("operator_a").post(url, {"text": "Janji baru kami kepada masyarakat."})

    assert "Janji baru kami" in _public(published, published.unit_a).content.decode()


def test_the_skm_thank_you_page_leads_to_the_unit_s_standard(published: World) -> None:
    survey = make_survey(published.unit_a)
    body = Client().get(reverse("surveys:public_thanks",
                                args=[survey.public_code])).content.decode()

    assert reverse("compliance_public:unit",
                   args=[published.region_a.slug, published.unit_a.pk]) in body
