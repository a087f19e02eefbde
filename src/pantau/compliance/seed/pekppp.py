"""The PEKPPP instrument (PermenPANRB 29/2022 jo. 4/2023): six aspects, 30 indicators, F-03.

Aspect codes, names and weights, the 0–5 scale, the predikat table and the Kebijakan weights
come from pantau.scoring; the other indicators, every level's wording and the F-03 items from
shared/domain/instruments.md §B. Weights are percent: aspects sum to 100, and so do the
indicators inside each aspect.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pantau.compliance.seed.pekppp_channels import (
    CONSULTATION,
    INFORMATION,
    INNOVATION,
    USER_ITEMS,
)
from pantau.compliance.seed.pekppp_policy import POLICY
from pantau.compliance.seed.pekppp_service import FACILITIES, STAFF
from pantau.compliance.seed.shapes import (
    OFFICIAL,
    SEVERAL,
    CategorySeed,
    DimensionSeed,
    IndicatorSeed,
    InstrumentSeed,
    PekpppRow,
)
from pantau.scoring.definitions.pekppp import PEKPPP_2022, Aspect
from pantau.scoring.weights import as_decimal

HUNDRED = Decimal(100)
CENT = Decimal("0.01")
_ROWS: dict[str, Sequence[PekpppRow]] = {
    "sdm": STAFF, "sarpras": FACILITIES, "sipp": INFORMATION, "pengaduan": CONSULTATION,
    "inovasi": INNOVATION,
}


def _policy(aspect: Aspect) -> tuple[IndicatorSeed, ...]:
    weights = [as_decimal(share) * HUNDRED for share in aspect.effective_weights()]
    return tuple(
        IndicatorSeed(code, text, status, weight=weight.quantize(CENT), levels=levels,
                      evidence=evidence, checklist=checklist, note=note, auto_source=auto)
        for (code, text, status, levels, evidence, checklist, note, auto), weight
        in zip(POLICY, weights, strict=True)
    )


def _other(code: str) -> tuple[IndicatorSeed, ...]:
    return tuple(
        IndicatorSeed(number, text, SEVERAL, weight=Decimal(weight), levels=levels,
                      evidence=evidence, checklist=checklist, note=note)
        for number, text, weight, levels, evidence, checklist, note in _ROWS[code]
    )


def _dimensions() -> tuple[DimensionSeed, ...]:
    return tuple(
        DimensionSeed(
            aspect.code, aspect.name, (aspect.weight * HUNDRED).quantize(CENT),
            OFFICIAL if aspect.code == "kebijakan" else SEVERAL,
            _policy(aspect) if aspect.code == "kebijakan" else _other(aspect.code),
            user_items=USER_ITEMS.get(aspect.code, ()),
        )
        for aspect in PEKPPP_2022.aspects
    )


PEKPPP_SEED = InstrumentSeed(
    key="pekppp-2022",
    family="pekppp",
    year_from=2022,
    name="Pemantauan dan Evaluasi Kinerja Penyelenggaraan Pelayanan Publik (F-02 tatap muka)",
    note="Bobot aspek dan bobot indikator Kebijakan dari bahan KemenPAN-RB; bobot indikator "
    "aspek lain dari beberapa aplikasi Pemda yang sepakat. Indeks unit = 0,75 × evaluator "
    "(F-02) + 0,25 × pengguna (F-03) dan indeks Pemda = rata-rata unit dipakai tiga aplikasi "
    "Pemda, tanpa teks resmi: dapat diubah. Skala butir pengguna 0–5 (satu aplikasi memakai "
    "1–5). Indikator tambahan “sistem antrean” (bobot 0) tidak dimuat. PEKPPP 2025 memakai "
    "instrumen yang sama.",
    answer_min=PEKPPP_2022.answer_min,
    answer_max=PEKPPP_2022.answer_max,
    dimensions=_dimensions(),
    categories=tuple(CategorySeed(band, SEVERAL) for band in PEKPPP_2022.bands),
    shares={"evaluator_share": Decimal("0.75"), "user_share": Decimal("0.25"),
            "user_answer_min": Decimal(0), "user_answer_max": Decimal(5)},
)
