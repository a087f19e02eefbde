"""The questionnaire: official wording (PermenPANRB 14/2017, lampiran) and respondent profile.

Element names and answer labels come from ``pantau.scoring`` (the method's data); this module adds
only the question sentences and the profile choices, which are not part of the scoring method.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass
from typing import Any

from django.db import models
from django.utils.translation import gettext_lazy as _

from pantau import scoring

METHOD_ID = "skm-2017"
ELEMENT_FIELDS = tuple(f"u{index}" for index in range(1, 10))

QUESTIONS = (
    _("Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis "
      "pelayanannya?"),
    _("Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?"),
    _("Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?"),
    _("Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?"),
    _("Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum "
      "dalam standar pelayanan dengan hasil yang diberikan?"),
    _("Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?"),
    _("Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan "
      "dan keramahan?"),
    _("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?"),
    _("Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?"),
)


@dataclass(frozen=True)
class Element:
    index: int  # 1..9
    code: str  # "U1"
    name: str
    question: Any
    answers: tuple[tuple[int, str], ...]  # (value, label), lowest first

    @property
    def field(self) -> str:
        return f"u{self.index}"


@functools.cache
def elements() -> tuple[Element, ...]:
    details: dict[str, Any] = scoring.get(METHOD_ID).details()
    items: list[dict[str, Any]] = details["elements"]
    return tuple(
        Element(
            index=index,
            code=item["code"],
            name=item["name"],
            question=QUESTIONS[index - 1],
            answers=tuple(enumerate(item["answers"], start=1)),
        )
        for index, item in enumerate(items, start=1)
    )


class AgeBand(models.TextChoices):
    UNDER_20 = "lt20", _("Di bawah 20 tahun")
    FROM_20 = "20_29", _("20–29 tahun")
    FROM_30 = "30_39", _("30–39 tahun")
    FROM_40 = "40_49", _("40–49 tahun")
    FROM_50 = "50_59", _("50–59 tahun")
    FROM_60 = "60p", _("60 tahun ke atas")


class Sex(models.TextChoices):
    MALE = "L", _("Laki-laki")
    FEMALE = "P", _("Perempuan")


class Education(models.TextChoices):
    SD = "sd", _("SD ke bawah")
    SMP = "smp", _("SMP")
    SMA = "sma", _("SMA/SMK")
    DIPLOMA = "d3", _("D1–D3")
    S1 = "s1", _("D4/S1")
    S2 = "s2", _("S2 ke atas")


class Occupation(models.TextChoices):
    PNS = "pns", _("PNS/TNI/Polri")
    PRIVATE = "swasta", _("Pegawai swasta")
    ENTREPRENEUR = "wirausaha", _("Wiraswasta/usahawan")
    STUDENT = "pelajar", _("Pelajar/mahasiswa")
    FARMER = "petani", _("Petani/nelayan")
    HOUSEHOLD = "rumah_tangga", _("Mengurus rumah tangga")
    OTHER = "lainnya", _("Lainnya")


# The respondent profile's fields and their choices, in the questionnaire's order.
PROFILE_CHOICES: dict[str, type[models.TextChoices]] = {
    "age_band": AgeBand, "sex": Sex, "education": Education, "occupation": Occupation,
}
PROFILE_FIELDS = tuple(PROFILE_CHOICES)


def elements_for(questionnaire: Any) -> tuple[Element, ...]:
    """The nine elements in a Pemda's wording (``None``: the official wording).

    Only the question sentence and the answer labels change; code, name and the 1–4 values are
    the method's and never change.
    """
    official = elements()
    if questionnaire is None:
        return official
    questions = list(questionnaire.questions or [])
    labels = list(questionnaire.answer_labels or [])
    result = []
    for element in official:
        position = element.index - 1
        question = questions[position] if position < len(questions) else ""
        answers = labels[position] if position < len(labels) else []
        result.append(dataclasses.replace(
            element,
            question=question or element.question,
            answers=tuple(
                (value, (answers[value - 1] if value - 1 < len(answers) else "") or label)
                for value, label in element.answers
            ),
        ))
    return tuple(result)
