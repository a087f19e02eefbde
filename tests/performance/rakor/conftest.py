"""Two OPDs of Kabupaten Contoh with TW I 2026 data: OPD A (Dinas Kesehatan) ranks first."""

from __future__ import annotations

import re
import zlib
from typing import Any

import pytest

from pantau.tenancy.models import Period
from tests.performance.analysis.builders import budget, indicator, quarter, realize, renstra
from tests.personas import World


@pytest.fixture
def rakor_period(world: World) -> Period:
    nodes_a, nodes_b = renstra(world.opd_a), renstra(world.opd_b)
    good = indicator(nodes_a["program"], world.opd_a, "Cakupan imunisasi dasar lengkap",
                     annual=90)
    realize(good, 2026, {1: 99}, drivers="Posyandu aktif")
    weak = indicator(nodes_b["program"], world.opd_b, "Angka partisipasi murni SMP", annual=100)
    realize(weak, 2026, {1: 60}, obstacles="Pengadaan buku terlambat karena gagal lelang.",
            follow_up_plan="Percepatan pengadaan melalui e-katalog.")
    budget(nodes_a["sub_kegiatan"], world.opd_a, 1_000_000, {1: 250_000})
    budget(nodes_b["sub_kegiatan"], world.opd_b, 2_000_000, {1: 100_000})
    return quarter(world.region_a, 2026, 1)


def pdf_facts(data: bytes) -> tuple[int, bytes]:
    """(page count, all streams decompressed): WeasyPrint packs objects in compressed streams."""
    chunks = [data]
    for match in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            chunks.append(zlib.decompress(match.group(1)))
        except zlib.error:
            continue
    blob = b"\n".join(chunks)
    return len(re.findall(rb"/Type\s*/Page(?![s\w])", blob)), blob


def downloaded(response: Any) -> bytes:
    return b"".join(response.streaming_content)
