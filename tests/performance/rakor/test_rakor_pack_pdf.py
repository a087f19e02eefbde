"""The rakor pack PDF: cover, summary, one page per OPD, the list of obstacles; made in the
background from the rakor page and downloaded from the report's status page."""

from __future__ import annotations

from typing import Any

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.report_kinds import PDF_KIND
from pantau.performance.selectors.scores import agency_scores
from pantau.reports.models import GeneratedReport, ReportStatus
from pantau.tenancy.models import Period
from tests.performance.rakor.conftest import downloaded, pdf_facts
from tests.personas import World


def _request_pack(client: Any, period: Period, fmt: str = "pdf") -> GeneratedReport:
    response = client.post(reverse("performance_rakor:index"),
                           {"period": period.pk, "format": fmt})
    assert response.status_code == 302
    with scopes_disabled():
        report = GeneratedReport.objects.latest("id")
    assert response["Location"] == reverse("reports:status", args=[report.pk])
    return report


def test_evaluator_gets_a_pdf_with_cover_summary_one_page_per_opd_and_obstacles(
    world: World, client_for: Any, rakor_period: Period
) -> None:
    client = client_for("evaluator")
    report = _request_pack(client, rakor_period)

    assert report.kind == PDF_KIND
    assert report.status == ReportStatus.DONE and report.progress == 100
    response = client.get(reverse("reports:download", args=[report.pk]))
    assert response.status_code == 200
    pages, text = pdf_facts(downloaded(response))
    # cover + summary (table and chart) + 2 OPD pages + the list of obstacles and follow-ups
    assert pages == 1 + 1 + 2 + 1
    assert b"Rapat Koordinasi Evaluasi Capaian Kinerja Perangkat Daerah" in text
    assert b"Daftar faktor penghambat dan rencana tindak lanjut" in text


def test_pdf_names_the_top_ranked_opd(world: World, client_for: Any,
                                      rakor_period: Period) -> None:
    with scopes_disabled():
        top = agency_scores(period=rakor_period)[0]
    client = client_for("leader")
    report = _request_pack(client, rakor_period)

    _pages, text = pdf_facts(downloaded(client.get(reverse("reports:download",
                                                           args=[report.pk]))))
    assert top.rank == 1 and top.agency == world.opd_a
    assert top.agency.name.encode() in text


def test_rakor_page_offers_quarters_and_lists_recent_packs(
    world: World, client_for: Any, rakor_period: Period
) -> None:
    client = client_for("evaluator")
    report = _request_pack(client, rakor_period)

    body = client.get(reverse("performance_rakor:index")).content.decode()
    assert "Buat paket rakor" in body
    assert "TW I 2026" in body
    assert reverse("reports:download", args=[report.pk]) in body


def test_unknown_period_is_refused_with_a_message_and_nothing_queued(
    world: World, client_for: Any, rakor_period: Period
) -> None:
    response = client_for("evaluator").post(reverse("performance_rakor:index"),
                                            {"period": world.period_other.pk, "format": "pdf"})

    assert response.status_code == 200
    assert "Pilih" in response.content.decode() or "valid" in response.content.decode()
    with scopes_disabled():
        assert not GeneratedReport.objects.exists()
