"""Checks an instrument must pass before anything of it is saved, with Indonesian messages.

Each returns the list of problems (empty: fine); the services raise them together as one
ValidationError, so the admin sees every problem at once and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.compliance.models import Answer, Instrument
from pantau.compliance.seed.shapes import InstrumentSeed
from pantau.scoring.errors import ScoringError
from pantau.scoring.methods import Band, Method, Years
from pantau.scoring.numbers import format_number


class InstrumentFrozen(ValidationError):
    """The version has answers: it is never changed (a new version is made instead)."""


def weight_problems(weight: Decimal | None, what: str) -> list[str]:
    if weight is None:
        return [_("Bobot %(what)s wajib diisi.") % {"what": what}]
    if weight < 0:
        return [_("Bobot %(what)s tidak boleh negatif (%(weight)s).")
                % {"what": what, "weight": format_number(weight)}]
    return []


def weighted_problems(dimension_name: str, weights: Iterable[Decimal]) -> list[str]:
    """A dimension needs at least one indicator with a weight above 0 to be scored at all."""
    if sum(weights, Decimal(0)) > 0:
        return []
    return [_("Dimensi %(name)s tidak mempunyai indikator berbobot; minimal satu indikator harus "
              "berbobot lebih dari 0.") % {"name": dimension_name}]


def option_problems(options: Mapping[int, str], low: int, high: int, code: str) -> list[str]:
    outside = sorted(score for score in options if not low <= score <= high)
    if outside:
        return [_("Pilihan nilai %(scores)s pada indikator %(code)s di luar rentang "
                  "%(low)s–%(high)s.") % {"scores": ", ".join(map(str, outside)), "code": code,
                                          "low": low, "high": high}]
    return []


def share_problems(first: Decimal | None, second: Decimal | None, names: str) -> list[str]:
    if first is None and second is None:
        return []
    if first is None or second is None or first < 0 or second < 0 or first + second != 1:
        return [_("%(names)s harus tidak negatif dan berjumlah 1 (mis. 0,75 dan 0,25).")
                % {"names": names}]
    return []


def category_problems(bands: Sequence[Band]) -> list[str]:
    """Bands best first, lower bounds strictly falling, the last without one (scoring's rule)."""
    try:
        Method(id="kategori", family="", name="", legal_basis="", years=Years(None, None),
               facts=(), bands=tuple(bands))
    except ScoringError:
        return [_("Batas bawah kategori harus menurun dari kategori terbaik ke terendah, dan "
                  "hanya kategori terakhir tanpa batas bawah.")]
    if any(not band.label.strip() for band in bands):
        return [_("Setiap kategori harus mempunyai predikat/opini.")]
    return []


def shape_problems(seed: InstrumentSeed) -> list[str]:
    """Every check over a whole instrument (seeds, new versions)."""
    problems: list[str] = []
    if seed.answer_min >= seed.answer_max:
        problems.append(_("Rentang nilai indikator tidak sah."))
    for dimension in seed.dimensions:
        problems += weight_problems(dimension.weight, _("dimensi %(name)s")
                                    % {"name": dimension.name})
        for indicator in dimension.indicators:
            problems += weight_problems(indicator.weight, _("indikator %(code)s")
                                        % {"code": indicator.code})
            if indicator.levels and len(indicator.levels) != seed.answer_max - seed.answer_min + 1:
                problems.append(_("Indikator %(code)s harus mempunyai satu arti per nilai "
                                  "%(low)s–%(high)s.") % {"code": indicator.code,
                                                          "low": seed.answer_min,
                                                          "high": seed.answer_max})
        problems += weighted_problems(dimension.name, (i.weight for i in dimension.indicators))
    problems += category_problems([category.band for category in seed.categories])
    return problems


def ensure_unanswered(*, actor: Any, instrument: Instrument, attempt: str) -> None:
    """Refuse (audited in its own transaction) any change to a version that has answers.

    Call it before the service opens its transaction, so the record survives the refusal."""
    count = Answer.objects.filter(instrument=instrument).count()
    if not count:
        return
    reason = _("Versi %(version)s sudah dipakai %(count)s jawaban penilaian mandiri, sehingga "
               "tidak dapat diubah: jawaban itu dinilai dengan isi versi ini. Buat versi baru "
               "untuk tahun yang dimaksud.") % {"version": instrument.version, "count": count}
    with transaction.atomic():
        audit_record(actor=actor, action="compliance.instrument.refused", obj=instrument,
                     note=f"{attempt}: {reason}")
    raise InstrumentFrozen(reason)
