"""Evidence is checked by content: a renamed executable is refused, a real PDF is kept."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.performance.models import Evidence
from tests.performance.reporting.conftest import Reporting

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 200


def _upload(rep: Reporting, client: Any, name: str, content: bytes) -> Any:
    url = reverse("performance_reporting:evidence_upload",
                  args=[rep.world.opd_a.pk, rep.q1.pk, rep.percent.pk])
    return client.post(url, {"file": SimpleUploadedFile(name, content)}, follow=True)


def test_an_exe_renamed_pdf_is_refused(rep: Reporting, client_for: Any) -> None:
    page = _upload(rep, client_for("operator_a"), "bukti.pdf", EXE).content.decode()

    assert "ditolak" in page
    with scopes_disabled():
        assert not Evidence.objects.exists()


def test_a_pdf_is_stored_and_can_be_downloaded_by_readers(rep: Reporting,
                                                          client_for: Any) -> None:
    _upload(rep, client_for("operator_a"), "bukti.pdf", PDF)

    with scopes_disabled():
        evidence = Evidence.objects.get()
    assert evidence.content_type == "application/pdf"
    url = reverse("performance_reporting:evidence_download", args=[evidence.pk])
    assert client_for("assessor").get(url).status_code == 200
    assert client_for("operator_b").get(url).status_code == 403


PNG_HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02"


@pytest.mark.parametrize(("name", "content"), [
    ("bukti.png", PNG_HEADER + b"<html><script>alert(document.cookie)</script>"),
    ("bukti.png", PNG_HEADER + b"\x00" * 600 + b"<SVG onload=alert(1)>"),
    ("bukti.pdf", b"%PDF-1.4\n<!DOCTYPE html><body><iframe src=x>"),
    ("bukti.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00<Body onload=alert(1)>"),
], ids=["png-html-script", "png-svg-upper-case", "pdf-doctype", "jpeg-body"])
def test_a_file_with_markup_in_its_first_bytes_is_refused(rep: Reporting, client_for: Any,
                                                          name: str, content: bytes) -> None:
    page = _upload(rep, client_for("operator_a"), name, content).content.decode()

    assert "kode halaman web" in page
    with scopes_disabled():
        assert not Evidence.objects.exists()


def test_a_pdf_named_png_is_refused(rep: Reporting, client_for: Any) -> None:
    page = _upload(rep, client_for("operator_a"), "bukti.png", PDF).content.decode()

    assert "tidak sesuai dengan isinya" in page


def test_a_file_over_the_limit_is_refused(rep: Reporting, client_for: Any, settings: Any) -> None:
    settings.UPLOAD_MAX_BYTES = 1024

    page = _upload(rep, client_for("operator_a"), "bukti.pdf", PDF + b"0" * 2048)

    assert "terlalu besar" in page.content.decode()


def test_evidence_for_a_quarter_not_started_is_refused(rep: Reporting, client_for: Any) -> None:
    from django.utils import timezone

    from pantau.performance.models import Realization
    from pantau.tenancy.models import Period

    with scopes_disabled():
        future = Period.objects.create(region=rep.world.region_a,
                                       year=timezone.localdate().year + 2, quarter=1)
    url = reverse("performance_reporting:evidence_upload",
                  args=[rep.world.opd_a.pk, future.pk, rep.percent.pk])

    page = client_for("operator_a").post(
        url, {"file": SimpleUploadedFile("bukti.pdf", PDF)}, follow=True).content.decode()

    assert "belum dimulai" in page
    with scopes_disabled():
        assert not Evidence.objects.exists()
        assert not Realization.objects.filter(period=future).exists()
