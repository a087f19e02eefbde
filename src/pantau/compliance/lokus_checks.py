"""What a lokus draw must satisfy before anything is written, and the plan it writes.

Every problem of the typed input is collected and raised at once (field by field), nothing
saved. Units of another Pemda and a second draw for a drawn year are refused and the refusal is
audited in its own transaction, before the caller opens its own, so the record survives.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record
from pantau.compliance.draw import draw, new_seed
from pantau.compliance.models import Assessor, Lokus
from pantau.compliance.selectors.lokus import candidate_key, draw_candidates, lokus_active
from pantau.dates import sentence_date
from pantau.tenancy.models import Region, ServiceUnit, UnitKind

FIRST_YEAR = 2013  # the Ombudsman's first compliance assessment of local governments
SEED_MAX = 64
REFUSED = "compliance.lokus.refused"


def lokus_years() -> range:
    """The years a lokus may be drawn for: from the first assessment to next year."""
    return range(FIRST_YEAR, timezone.localdate().year + 2)


@dataclass(frozen=True)
class DrawPlan:
    """What a draw writes: the mandatory units, the candidates (id and name, in order), the
    drawn ones in draw order and, with "semua unit jenis ini", the rest of the candidates."""

    mandatory: list[ServiceUnit]
    candidates: list[dict[str, Any]]
    drawn: list[dict[str, Any]]
    rest: list[dict[str, Any]]
    seed: str

    @property
    def unit_count(self) -> int:
        return len(self.mandatory) + len(self.drawn) + len(self.rest)


def refuse_second_draw(*, actor: Any, region: Region, year: int, assessor: str) -> None:
    """A lokus is already in force for the year and assessor: refused (audited)."""
    existing = lokus_active(region=region, year=year, assessor=assessor)
    if existing is None:
        return
    message = second_draw_message(existing)
    with transaction.atomic():
        audit_record(actor=actor, action=REFUSED, obj=existing,
                     note=_("Undian kedua ditolak: %(reason)s") % {"reason": message})
    raise ValidationError(message)


def second_draw_message(existing: Lokus) -> str:
    return _("Lokus %(assessor)s %(year)s sudah diundi pada %(date)s; ganti dengan alasan bila "
             "perlu.") % {"assessor": existing.get_assessor_display(), "year": existing.year,
                          "date": sentence_date(existing.created_at)}


def mandatory_of(*, actor: Any, region: Region,
                 units: Sequence[ServiceUnit | int]) -> list[ServiceUnit]:
    """The mandatory units as this Pemda's rows, in ``candidate_key`` order. A unit of another
    Pemda (or an id this Pemda does not have) is refused, and the refusal audited."""
    ids = list(dict.fromkeys(u if isinstance(u, int) else u.pk for u in units))
    foreign = [u.pk for u in units if isinstance(u, ServiceUnit) and u.region_id != region.pk]
    found = {u.pk: u for u in ServiceUnit.objects.filter(region=region, pk__in=ids)
             .select_related("agency")}
    foreign += [pk for pk in ids if pk not in found and pk not in foreign]
    if foreign:
        message = _("Unit layanan #%(ids)s bukan milik Pemda ini; lokus hanya memuat unit "
                    "layanan Pemda sendiri. Tidak ada yang disimpan.") % {
            "ids": ", #".join(str(pk) for pk in foreign)}
        with transaction.atomic():
            audit_record(actor=actor, action=REFUSED, region=region, note=message)
        raise ValidationError({"mandatory_units": message})
    return sorted(found.values(), key=candidate_key)


def draw_plan(*, region: Region, year: int, assessor: str, mandatory: list[ServiceUnit],
              drawn_kind: str, draw_count: int | None, all_of_kind: bool,
              seed: str | None) -> DrawPlan:
    """Checks the typed input and makes the draw; raises every problem at once."""
    problems: dict[str, list[str]] = {}

    def refuse(field: str, message: str) -> None:
        problems.setdefault(field, []).append(message)

    years = lokus_years()
    if year not in years:
        refuse("year", _("Tahun lokus harus antara %(first)s dan %(last)s.")
               % {"first": years[0], "last": years[-1]})
    if assessor not in Assessor.values:
        refuse("assessor", _("Pilih penilai: Ombudsman RI atau KemenPAN-RB."))
    inactive = [unit.name for unit in mandatory if not unit.is_active]
    if inactive:
        refuse("mandatory_units", _("Unit tidak aktif tidak dapat menjadi lokus: %(names)s.")
               % {"names": ", ".join(inactive)})
    count = draw_count or 0
    if count < 0:
        refuse("draw_count", _("Jumlah yang diundi tidak boleh negatif."))
    if drawn_kind and drawn_kind not in UnitKind.values:
        refuse("drawn_kind", _("Jenis unit itu tidak dikenal."))
    elif not drawn_kind and (count > 0 or all_of_kind):
        refuse("drawn_kind", _("Pilih jenis unit yang diundi."))
    seed = (seed or "").strip()
    if len(seed) > SEED_MAX:
        refuse("seed", _("Benih undian paling panjang %(max)s karakter.") % {"max": SEED_MAX})
    elif not seed.isprintable():
        refuse("seed", _("Benih undian hanya boleh memuat huruf, angka, spasi dan tanda baca "
                         "yang terlihat."))
    candidates: list[dict[str, Any]] = []
    if drawn_kind in UnitKind.values:
        candidates = [{"id": unit.pk, "name": unit.name} for unit in draw_candidates(
            region=region, kind=drawn_kind, excluded=[unit.pk for unit in mandatory])]
        if count > len(candidates):
            refuse("draw_count", _(
                "Hanya ada %(count)s unit %(kind)s aktif di luar unit wajib, jadi paling banyak "
                "%(count)s yang dapat diundi.") % {"count": len(candidates),
                                                   "kind": UnitKind(drawn_kind).label})
    if problems:
        raise ValidationError(problems)
    seed = seed or new_seed()
    drawn = draw(seed, candidates, count)
    drawn_ids = {row["id"] for row in drawn}
    rest = [row for row in candidates if row["id"] not in drawn_ids] if all_of_kind else []
    plan = DrawPlan(mandatory=mandatory, candidates=candidates, drawn=drawn, rest=rest,
                    seed=seed)
    if not plan.unit_count:
        raise ValidationError(_("Lokus tanpa unit: pilih sedikitnya satu unit wajib, undi "
                                "sedikitnya satu unit, atau nilai mandiri semua unit suatu "
                                "jenis."))
    return plan
