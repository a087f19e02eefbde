"""The demo Pemda's gap actions: this year's top gaps of the Ombudsman and KemenPAN-RB lokus, each
taken up by the unit's OPD, in every state — done with a photo, in progress, planned, planned
and past its due date, cancelled. Picked from the gap list as it stands when the demo loads, so
the actions sit on the gaps the page shows. Deterministic; written once (nothing is written when
the Pemda already has actions for the year).
"""

from __future__ import annotations

import datetime
import io
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from pantau.compliance.models import ActionStatus, GapAction
from pantau.compliance.selectors.gaps import GapRow, ombudsman_gap_list, pekppp_gap_list
from pantau.compliance.services.seeding import instruments_seed
from pantau.tenancy.models import Membership, Region, Role

DONE, PROGRESS, PLANNED, CANCELLED = (ActionStatus.DONE, ActionStatus.IN_PROGRESS,
                                      ActionStatus.PLANNED, ActionStatus.CANCELLED)
# (status, days from today to the due date, with a photo, note) for the top gaps in turn.
PLAN = (
    (DONE, -20, True, "Papan informasi terpasang di ruang tunggu; foto terlampir."),
    (DONE, -5, True, "Sudah dilaksanakan dan didokumentasikan."),
    (PROGRESS, 25, False, "Anggaran perubahan sudah disetujui; pengadaan berjalan."),
    (PROGRESS, -3, False, "Menunggu tanda tangan kepala OPD."),
    (PLANNED, 45, False, ""),
    (PLANNED, -10, False, "Belum dimulai: petugas pindah tugas."),
    (CANCELLED, 30, False, "Diganti tindakan lain yang lebih murah."),
    (PLANNED, 60, False, ""),
)
PEKPPP_PLAN = PLAN[1:4]


def _evaluator(region: Region) -> Any:
    """The demo evaluator, acting as the pages would (with the membership the middleware sets)."""
    membership = (Membership.objects.filter(region=region, role=Role.EVALUATOR, is_active=True)
                  .select_related("user").order_by("pk").first())
    if membership is None:
        return None
    user: Any = membership.user
    user.membership = membership
    return user


def _photo() -> SimpleUploadedFile:
    from PIL import Image, ImageDraw  # WeasyPrint's own dependency

    image = Image.new("RGB", (640, 400), "#eef5e8")
    draw = ImageDraw.Draw(image)
    draw.rectangle((40, 40, 600, 360), outline="#20bf55", width=6)
    draw.text((70, 180), "Bukti tindakan perbaikan (demo)", fill="#0b2530")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return SimpleUploadedFile("bukti-tindakan.png", buffer.getvalue(), "image/png")


def _take_up(actor: Any, region: Region, rows: list[GapRow], plan: tuple[Any, ...],
             today: datetime.date) -> int:
    from pantau.compliance.services.gap_actions import gap_action_create

    written = 0
    for row, (status, days, photo, note) in zip(rows, plan, strict=False):
        gap_action_create(
            actor=actor, region=region, year=today.year, unit=row.unit, indicator=row.indicator,
            owner=row.unit.agency, title=f"Perbaiki: {row.indicator.text}"[:300],
            due_date=today + datetime.timedelta(days=days), status=status, note=note,
            evidence=_photo() if photo else None)
        written += 1
    return written


def gaps_demo_load(*, region: Region, today: datetime.date | None = None) -> int:
    """Writes the demo gap actions once; returns how many were written."""
    today = today or timezone.localdate()
    with scope(region=region.pk), transaction.atomic():
        if GapAction.objects.filter(region=region, year=today.year).exists():
            return 0
        actor = _evaluator(region)
        if actor is None:
            return 0
        instruments_seed(region=region)  # idempotent: the versions the gap list computes with
        ombudsman = list(ombudsman_gap_list(region=region, year=today.year).rows)
        pekppp = list(pekppp_gap_list(region=region, year=today.year).rows)
        # One action per unit first (its top gap), so the list shows several OPDs at work.
        first: list[GapRow] = []
        for row in ombudsman:
            if all(row.unit.pk != taken.unit.pk for taken in first):
                first.append(row)
        spread = first + [r for r in ombudsman if all(r is not f for f in first)]
        return (_take_up(actor, region, spread, PLAN, today)
                + _take_up(actor, region, pekppp, PEKPPP_PLAN, today))
