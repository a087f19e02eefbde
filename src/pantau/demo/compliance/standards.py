"""The demo Pemda's service standards and maklumat: a believable spread of completeness.

Each unit gets a stage, drawn once from a seeded generator over the units in name order:
established (every product 14 of 14, enacted, displayed at the counter, most online, reviewed
with the public within the year; every seventh such unit's review is overdue), in progress
(6–13 components, half of them enacted), started (1–5 components, not enacted) or not started
(no standard). About nine units in ten have a maklumat, most of them enacted and displayed.
Displays carry one generated demo photo. Deterministic; written once (nothing is written when
the Pemda already has standards).
"""

from __future__ import annotations

import datetime
import io
import random

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.utils.text import slugify
from django_scopes import scope

from pantau.compliance.models import COMPONENTS, ServiceStandard, UnitMaklumat
from pantau.demo.compliance.standards_data import DURATIONS, MAKLUMAT, component_texts
from pantau.tenancy.models import Region, ServiceProduct, ServiceUnit

SEED = "pantau-demo-standar-pelayanan"
STAGES = (("established", 40), ("progress", 30), ("started", 18), ("none", 12))
PHOTO_PATH = "kepatuhan/demo/standar-terpajang.png"
MAKLUMAT_PHOTO_PATH = "kepatuhan/demo/maklumat-terpajang.png"


def _photo(path: str, caption: str) -> str:
    """One generated picture standing in for every demo photo (stored once)."""
    if not default_storage.exists(path):
        from PIL import Image, ImageDraw  # WeasyPrint's own dependency

        image = Image.new("RGB", (640, 400), "#e8f1f5")
        draw = ImageDraw.Draw(image)
        draw.rectangle((40, 40, 600, 360), outline="#0b4f6c", width=6)
        draw.text((70, 180), caption, fill="#0b2530")
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        default_storage.save(path, ContentFile(buffer.getvalue()))
    return path


def _days_ago(today: datetime.date, days: int) -> datetime.date:
    return today - datetime.timedelta(days=days)


def _standard(region: Region, product: ServiceProduct, stage: str, draw: random.Random,
              today: datetime.date, overdue: bool, photo: str) -> ServiceStandard | None:
    if stage == "none":
        return None
    unit = product.unit
    texts = component_texts(product=product.name, unit=unit.name, agency=unit.agency.name,
                            staff=draw.randint(2, 9), duration=draw.choice(DURATIONS),
                            phone=f"0812-7{draw.randint(100, 999)}-{draw.randint(1000, 9999)}")
    filled = {"established": 14, "progress": draw.randint(6, 13),
              "started": draw.randint(1, 5)}[stage]
    standard = ServiceStandard(region=region, product=product,
                               **{c.field: texts[c.field] for c in COMPONENTS[:filled]})
    enacted = stage == "established" or (stage == "progress" and draw.random() < 0.5)
    if enacted:
        standard.enacted_on = _days_ago(today, draw.randint(120, 900))
        standard.decree = (f"Keputusan Kepala {unit.agency.short_name} Nomor "
                           f"800/{draw.randint(10, 480)}/{standard.enacted_on.year}")
        review_age = draw.randint(400, 620) if overdue else draw.randint(20, 300)
        standard.last_reviewed_on = max(standard.enacted_on, _days_ago(today, review_age))
        standard.public_involved = draw.random() < 0.8
    if stage == "established" or (enacted and draw.random() < 0.6):
        standard.displayed_at_counter, standard.counter_photo.name = True, photo
        if draw.random() < 0.7:
            standard.displayed_online = True
            standard.online_url = (f"https://ppid.kabupaten-contoh.example/standar-pelayanan/"
                                   f"{slugify(unit.name)}")
    return standard


def _maklumat(region: Region, unit: ServiceUnit, draw: random.Random, today: datetime.date,
              photo: str) -> UnitMaklumat | None:
    chance = draw.random()
    if chance < 0.1:
        return None
    maklumat = UnitMaklumat(region=region, unit=unit, text=MAKLUMAT.format(unit=unit.name))
    if chance < 0.8:
        maklumat.enacted_on = _days_ago(today, draw.randint(60, 800))
        maklumat.decree = (f"Keputusan Kepala {unit.agency.short_name} Nomor "
                           f"065/{draw.randint(10, 300)}/{maklumat.enacted_on.year}")
        maklumat.displayed, maklumat.photo.name = True, photo
        maklumat.displayed_online = draw.random() < 0.5
    return maklumat


def standards_demo_load(*, region: Region, today: datetime.date | None = None) -> int:
    """Writes the demo standards once; returns how many standards were written (0 if present)."""
    today = today or datetime.date.today()
    with scope(region=region.pk), transaction.atomic():
        if ServiceStandard.objects.filter(region=region).exists():
            return 0
        photo = _photo(PHOTO_PATH, "Contoh foto: standar pelayanan terpajang di loket")
        pledge_photo = _photo(MAKLUMAT_PHOTO_PATH, "Contoh foto: maklumat pelayanan terpajang")
        draw = random.Random(SEED)
        units = list(ServiceUnit.objects.filter(region=region, is_active=True)
                     .select_related("agency").order_by("name"))
        products: dict[int, list[ServiceProduct]] = {}
        for product in (ServiceProduct.objects.filter(region=region, is_active=True)
                        .order_by("name")):
            products.setdefault(product.unit_id, []).append(product)
        standards, pledges, established = [], [], 0
        for unit in units:
            stage = draw.choices([s for s, _w in STAGES], [w for _s, w in STAGES])[0]
            overdue = stage == "established" and established % 7 == 3
            established += stage == "established"
            for product in products.get(unit.pk, []):
                product.unit = unit
                standard = _standard(region, product, stage, draw, today, overdue, photo)
                if standard is not None:
                    standards.append(standard)
            pledge = _maklumat(region, unit, draw, today, pledge_photo)
            if pledge is not None:
                pledges.append(pledge)
        ServiceStandard.objects.bulk_create(standards)
        UnitMaklumat.objects.bulk_create(pledges)
        return len(standards)
