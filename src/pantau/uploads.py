"""Uploaded files checked by their content, not their name, and by size: one check for every
upload a page accepts (performance evidence, official-result sources, service-standard photos).

``check_upload(upload, allowed)`` returns the file's real content type or raises
``ValidationError`` with an Indonesian message; ``allowed`` maps each content type to the
extensions such a file may carry (``ALLOWED``, ``PDF_ONLY``, ``IMAGE_OR_PDF``). Plain helper
below every app: it knows no model.
"""

from __future__ import annotations

from collections.abc import Mapping

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

# What the content must be → the extensions such a file may carry.
ALLOWED = {
    "application/pdf": ("pdf",),
    "image/png": ("png",),
    "image/jpeg": ("jpg", "jpeg"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": ("xlsx",),
}
# A PNG or PDF whose first bytes hold HTML is a polyglot a sniffing browser could render as a
# page. Downloads go out as attachments with nosniff, so this is a second line: refuse them.
MARKUP_SCAN_BYTES = 1024
MARKUP = (b"<html", b"<script", b"<!doctype", b"<svg", b"<body", b"<iframe")


# How a message names each kind (in ALLOWED's order).
KIND_NAMES = {"application/pdf": "PDF", "image/png": "PNG", "image/jpeg": "JPEG",
              "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "XLSX"}
PDF_ONLY = {"application/pdf": ALLOWED["application/pdf"]}
IMAGE_OR_PDF = {mime: ALLOWED[mime] for mime in ("application/pdf", "image/png", "image/jpeg")}
# What a file input's ``accept`` attribute offers for IMAGE_OR_PDF (a hint; the check decides).
IMAGE_OR_PDF_ACCEPT = ".pdf,.png,.jpg,.jpeg,application/pdf,image/png,image/jpeg"


def _kinds_text(allowed: Mapping[str, tuple[str, ...]]) -> str:
    """"PDF", "PDF atau PNG", "PDF, PNG, JPEG, atau XLSX"."""
    names = [KIND_NAMES[mime] for mime in allowed]
    if len(names) < 3:
        return " atau ".join(names)
    return f"{', '.join(names[:-1])}, atau {names[-1]}"


def check_upload(upload: UploadedFile,
                 allowed: Mapping[str, tuple[str, ...]] = ALLOWED) -> str:
    """The file's real content type, or ValidationError when it is not allowed or too big.

    ``allowed`` narrows the kinds (content type → extensions), e.g. PDF_ONLY, IMAGE_OR_PDF."""
    limit = settings.UPLOAD_MAX_BYTES
    if upload.size is None or upload.size > limit:
        raise ValidationError(_("Berkas terlalu besar (maksimal %(mb)s MB).")
                              % {"mb": limit // (1024 * 1024)})
    if upload.size == 0:
        raise ValidationError(_("Berkas kosong."))
    upload.seek(0)
    head = upload.read(8192)
    upload.seek(0)
    kind = filetype.guess(head)
    extension = (upload.name or "").rsplit(".", 1)[-1].lower()
    if kind is None or kind.mime not in allowed:
        raise ValidationError(_("Isi berkas bukan %(kinds)s; berkas ditolak.")
                              % {"kinds": _kinds_text(allowed)})
    leading = head[:MARKUP_SCAN_BYTES].lower()  # bytes.lower(): ASCII only, like latin-1
    if any(tag in leading for tag in MARKUP):
        raise ValidationError(_("Awal isi berkas memuat kode halaman web (HTML/skrip); berkas "
                                "ditolak. Simpan ulang dokumennya sebagai PDF atau gambar."))
    if extension not in allowed[kind.mime]:
        raise ValidationError(_("Nama berkas (.%(ext)s) tidak sesuai dengan isinya (%(kind)s).")
                              % {"ext": extension, "kind": kind.extension.upper()})
    return str(kind.mime)
