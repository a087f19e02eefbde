"""The demo Pemda's self-assessment of this year: half finished, with realistic gaps.

Every unit of this year's Ombudsman and KemenPAN-RB lokus is answered on the version that
applies to the year. The indicators other modules know are filled by the auto-fill demo
(``autofill_demo_load``, loaded before); the OPDs' operators (the back office where an OPD has
none) answer the typed indicators through ``answer_save``, and the evaluator reviews through
``answer_review``. Each unit has a story, in
lokus order: a strong unit complete and reviewed, middling units complete or nearly so, a weak
unit half done, and units that have only begun, so the prediction and the gap list show a
believable spread. Deterministic (a seeded generator per unit and instrument); written once
(nothing is written when the Pemda already has typed answers this year).
"""

from __future__ import annotations

import datetime
import random
from dataclasses import dataclass
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.utils import timezone
from django_scopes import scope

from pantau.compliance.models import Answer, Lokus, LokusStatus
from pantau.compliance.selectors.assessment import assessment_track, indicator_scores
from pantau.compliance.services.answers import answer_review, answer_save
from pantau.compliance.services.seeding import instruments_seed
from pantau.tenancy.models import Membership, Region, Role, ServiceUnit

SEED = "pantau-demo-penilaian-mandiri"
PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]"
       b"/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


@dataclass(frozen=True)
class Story:
    level: float  # the usual score as a share of the scale's top (0..1)
    answered: float  # share of the typed indicators answered
    reviewed: float  # share of the answers the evaluator has reviewed


# In lokus order; units past the list take the last story.
STORIES = (
    Story(0.95, 1.0, 1.0),   # a front office that prepared early: complete and reviewed
    Story(0.85, 1.0, 0.5),   # complete, half reviewed
    Story(0.8, 1.0, 0.0),    # complete, waiting for the review
    Story(0.7, 0.5, 0.0),    # half done
    Story(0.75, 0.8, 0.0),   # nearly done
    Story(0.65, 0.25, 0.0),  # just begun
    Story(0.6, 0.0, 0.0),    # not begun
)
OPERATOR_NOTES = (
    "Foto dan daftar hadir terlampir.", "Sudah tersedia sejak Maret.",
    "Masih dalam pengadaan, target selesai triwulan III.", "",
    "SK penetapan sudah ditandatangani kepala dinas.", "",
)
REVIEW_NOTES = (
    "Bukti daftar hadir bimtek tidak dilampirkan.",
    "Saat observasi fasilitas ini belum dapat dipakai pengunjung.",
    "Dokumen belum ditandatangani pejabat yang berwenang.",
    "Informasi di loket berbeda dengan yang di laman.",
)


def _acting(user: Any, membership: Membership) -> Any:
    user.membership = membership  # as the scope middleware sets it on a request
    return user


def _people(region: Region) -> tuple[Any, dict[int, Any]]:
    """The evaluator, and an operator per OPD that has one (else the evaluator answers)."""
    memberships = list(Membership.objects.filter(region=region, is_active=True)
                       .select_related("user").order_by("pk"))
    evaluator = next(_acting(m.user, m) for m in memberships if m.role == Role.EVALUATOR)
    operators: dict[int, Any] = {}
    for m in memberships:
        if m.role == Role.OPERATOR and m.agency_id is not None and m.agency_id not in operators:
            operators[m.agency_id] = _acting(m.user, m)
    return evaluator, operators


def _score(rng: random.Random, scores: list[int], level: float) -> int:
    top = max(scores)
    wanted = round(min(max(rng.gauss(level * top, top * 0.22), 0), top))
    return min(scores, key=lambda s: abs(s - wanted))


def assessment_demo_load(*, region: Region, today: datetime.date | None = None) -> int:
    """Writes the demo's answers and reviews once; returns how many answers were typed."""
    today = today or timezone.localdate()
    year = today.year
    with scope(region=region.pk), transaction.atomic():
        if Answer.objects.filter(region=region, year=year, filled_from="").exists():
            return 0
        instruments_seed(region=region)  # a Pemda created after migrate has none yet
        evaluator, operators = _people(region)
        typed = 0
        for lokus in Lokus.objects.filter(region=region, year=year, status=LokusStatus.ACTIVE):
            slug = "ombudsman" if lokus.assessor == "ombudsman" else "pekppp"
            track = assessment_track(region=region, year=year, slug=slug)
            if track is None or track.instrument is None:
                continue
            indicators = list(track.instrument.indicators.filter(auto_source="")
                              .select_related("instrument", "dimension")
                              .prefetch_related("options")
                              .order_by("dimension__position", "position"))
            units = [row.unit for row in lokus.units.select_related("unit").order_by("position")]
            for n, unit in enumerate(units):
                story = STORIES[min(n, len(STORIES) - 1)]
                typed += _answer_unit(region, year, unit, indicators, story, evaluator,
                                      operators.get(unit.agency_id, evaluator), slug)
        return typed


def _answer_unit(region: Region, year: int, unit: ServiceUnit, indicators: list[Any],
                 story: Story, evaluator: Any, operator: Any, slug: str) -> int:
    rng = random.Random(f"{SEED}-{slug}-{unit.name}")
    count = round(len(indicators) * story.answered)
    typed = 0
    for position, indicator in enumerate(indicators[:count]):
        scores = indicator_scores(indicator)
        score = _score(rng, scores, story.level)
        evidence = (SimpleUploadedFile(f"bukti-{indicator.code}.pdf", PDF)
                    if score and position % 4 == 0 else None)
        answer_save(actor=operator, region=region, unit=unit, indicator=indicator, year=year,
                    score=score, note=rng.choice(OPERATOR_NOTES), evidence=evidence)
        typed += 1
        if rng.random() < story.reviewed:
            lower = score > min(scores) and rng.random() < 0.2
            answer_review(actor=evaluator, region=region, unit=unit, indicator=indicator,
                          year=year, score=max(s for s in scores if s < score) if lower else None,
                          note=rng.choice(REVIEW_NOTES) if lower else "")
    return typed
