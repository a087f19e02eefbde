"""The one upload check (pantau.uploads): content decides, not the name; size and markup refused."""

from __future__ import annotations

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings

from pantau.uploads import IMAGE_OR_PDF, PDF_ONLY, check_upload

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02" + b"\0" * 64
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 64


@pytest.mark.parametrize(("name", "content", "mime"), [
    ("foto.png", PNG, "image/png"), ("foto.JPG", JPEG, "image/jpeg"),
    ("sk.pdf", PDF, "application/pdf")])
def test_an_image_or_pdf_is_accepted_with_its_real_type(name: str, content: bytes,
                                                       mime: str) -> None:
    assert check_upload(SimpleUploadedFile(name, content), IMAGE_OR_PDF) == mime


@pytest.mark.parametrize(("name", "content", "message"), [
    ("foto.png", PDF, "tidak sesuai dengan isinya"),
    ("foto.png", b"GIF89a" + b"\0" * 64, "Isi berkas bukan PDF, PNG, atau JPEG"),
    ("foto.png", PNG[:16] + b"<script>alert(1)</script>", "kode halaman web"),
    ("kosong.pdf", b"", "Berkas kosong"),
])
def test_a_wrong_file_is_refused_with_the_reason(name: str, content: bytes,
                                                message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_upload(SimpleUploadedFile(name, content), IMAGE_OR_PDF)


def test_pdf_only_refuses_an_image() -> None:
    with pytest.raises(ValidationError, match="Isi berkas bukan PDF;"):
        check_upload(SimpleUploadedFile("sk.png", PNG), PDF_ONLY)


@override_settings(UPLOAD_MAX_BYTES=1024 * 1024)
def test_a_file_above_the_limit_is_refused() -> None:
    with pytest.raises(ValidationError, match="maksimal 1 MB"):
        check_upload(SimpleUploadedFile("foto.png", PNG + b"\0" * (1024 * 1024)), IMAGE_OR_PDF)
