"""Report kinds for the tests: one that works, one that fails; and a finished report."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from django.core.files.base import ContentFile
from django_scopes import scopes_disabled

from pantau.reports import kinds
from pantau.reports.models import GeneratedReport, ReportStatus
from tests.personas import World

PERMISSION = "performance.generate_rakor_pack"


def _hello(report: GeneratedReport, progress: Callable[[int, str], None]) -> tuple[str, bytes]:
    progress(50, "Separuh jalan")
    return "halo.txt", f"Halo {report.parameters['who']}".encode()


def _broken(report: GeneratedReport, progress: Callable[[int, str], None]) -> tuple[str, bytes]:
    raise RuntimeError("disk penuh")


@pytest.fixture(autouse=True)
def test_kinds() -> Iterator[None]:
    kinds.background_report_register("test.hello", "Laporan uji", _hello, permission=PERMISSION)
    kinds.background_report_register("test.broken", "Laporan rusak", _broken, permission=PERMISSION)
    yield
    kinds._REGISTRY.pop("test.hello", None)
    kinds._REGISTRY.pop("test.broken", None)


@pytest.fixture
def done_report(world: World) -> GeneratedReport:
    with scopes_disabled():
        report = GeneratedReport.objects.create(
            region=world.region_a, kind="test.hello", parameters={"who": "Kabupaten Contoh"},
            status=ReportStatus.DONE, progress=100, filename="halo.txt",
            created_by=world.user("evaluator"))
        report.file.save("halo.txt", ContentFile(b"Halo Kabupaten Contoh"))
    return report


def body(response: Any) -> bytes:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return bytes(response.content)
