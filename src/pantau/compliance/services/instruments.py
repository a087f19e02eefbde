"""Instrument versions: a new version for a year (a copy), and edits of a version nobody has
answered yet. A version with answers is refused with the reason, and the refusal is audited."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from pantau.audit.services import audit_record, diff, snapshot
from pantau.compliance.instrument_checks import (
    category_problems,
    ensure_unanswered,
    option_problems,
    shape_problems,
    share_problems,
    weight_problems,
    weighted_problems,
)
from pantau.compliance.methods import family_years
from pantau.compliance.models import (
    Family,
    Instrument,
    InstrumentDimension,
    InstrumentIndicator,
)
from pantau.compliance.selectors.instrument_seed import instrument_as_seed
from pantau.compliance.selectors.instruments import instrument_for_year
from pantau.compliance.services.instrument_writer import _instrument_write
from pantau.scoring.methods import Band

INSTRUMENT_FIELDS = ("name", "note", "dimension_share", "public_trust_share", "evaluator_share",
                     "user_share")
DIMENSION_FIELDS = ("name", "weight", "note")
INDICATOR_FIELDS = ("text", "group", "weight", "evidence", "checklist", "note", "source_status",
                    "auto_source")


def _refuse(problems: list[str]) -> None:
    if problems:
        raise ValidationError(problems)


def instrument_version_create(*, actor: Any, region: Any, family: str, year_from: int,
                              note: str = "") -> Instrument:
    """A copy of the version that applies to ``year_from`` (or the family's latest), as the
    family's next version applying from ``year_from``."""
    years = family_years(family)
    if not years.covers(year_from):
        raise ValidationError({"year_from": _(
            "%(family)s berlaku untuk tahun %(years)s; tahun %(year)s di luar itu.")
            % {"family": Family(family).label, "years": years, "year": year_from}})
    source = (instrument_for_year(region=region, family=family, year=year_from)
              or Instrument.objects.filter(region=region, family=family)
              .order_by("-year_from", "-version").first())
    if source is None:
        raise ValidationError(_("Belum ada versi %(family)s untuk disalin.")
                              % {"family": Family(family).label})
    shape = instrument_as_seed(source)
    _refuse(shape_problems(shape))
    with transaction.atomic():
        created = _instrument_write(region=region, seed=shape, year_from=year_from, actor=actor,
                                   note=note.strip() or None, copied_from=source)
        audit_record(actor=actor, action="compliance.instrument.created", obj=created,
                     changes={"version": [None, created.version],
                              "year_from": [None, year_from]},
                     note=_("Disalin dari versi %(version)s.") % {"version": source.version})
    return created


def instrument_update(*, actor: Any, instrument: Instrument, name: str, note: str,
                      dimension_share: Decimal | None = None,
                      public_trust_share: Decimal | None = None,
                      evaluator_share: Decimal | None = None, user_share: Decimal | None = None,
                      categories: Sequence[tuple[Decimal | None, str]] = ()) -> Instrument:
    """Name, note, shares and the category table (lower bound and label per row, in order)."""
    ensure_unanswered(actor=actor, instrument=instrument, attempt=_("ubah instrumen"))
    rows = list(instrument.categories.order_by("position"))
    problems = share_problems(dimension_share, public_trust_share,
                              _("Porsi dimensi dan porsi kepercayaan publik"))
    problems += share_problems(evaluator_share, user_share,
                               _("Porsi evaluator dan porsi pengguna"))
    if categories:
        if len(categories) != len(rows):
            problems.append(_("Jumlah kategori tidak sesuai dengan tabel kategori versi ini."))
        else:
            problems += category_problems([Band(lower, row.grade or None, label, row.zone)
                                           for row, (lower, label) in zip(rows, categories,
                                                                          strict=True)])
    if not name.strip():
        problems.append(_("Nama instrumen wajib diisi."))
    _refuse(problems)
    with transaction.atomic():
        before = snapshot(instrument, INSTRUMENT_FIELDS)
        instrument.name, instrument.note = name.strip(), note.strip()
        instrument.dimension_share, instrument.public_trust_share = (dimension_share,
                                                                     public_trust_share)
        instrument.evaluator_share, instrument.user_share = evaluator_share, user_share
        changes = diff(before, snapshot(instrument, INSTRUMENT_FIELDS))
        for row, (lower, label) in zip(rows, categories, strict=False):
            old = snapshot(row, ("lower", "label"))
            row.lower, row.label = lower, label.strip()
            row_changes = diff(old, snapshot(row, ("lower", "label")))
            if row_changes:
                row.save(update_fields=["lower", "label"])
            changes.update({f"kategori {row.position} {field}": pair
                            for field, pair in row_changes.items()})
        if changes:
            instrument.save()
            audit_record(actor=actor, action="compliance.instrument.updated", obj=instrument,
                         changes=changes)
    return instrument


def dimension_update(*, actor: Any, dimension: InstrumentDimension, name: str,
                     weight: Decimal | None, note: str) -> InstrumentDimension:
    ensure_unanswered(actor=actor, instrument=dimension.instrument, attempt=_("ubah dimensi"))
    problems = weight_problems(weight, _("dimensi %(name)s") % {"name": name or dimension.name})
    if not name.strip():
        problems.append(_("Nama dimensi wajib diisi."))
    _refuse(problems)
    with transaction.atomic():
        before = snapshot(dimension, DIMENSION_FIELDS)
        assert weight is not None  # weight_problems refused a missing one
        dimension.name, dimension.weight, dimension.note = name.strip(), weight, note.strip()
        changes = diff(before, snapshot(dimension, DIMENSION_FIELDS))
        if changes:
            dimension.save()
            audit_record(actor=actor, action="compliance.dimension.updated", obj=dimension,
                         changes=changes)
    return dimension


def indicator_update(*, actor: Any, indicator: InstrumentIndicator, text: str, weight: Decimal,
                     options: Mapping[int, str], group: str = "", evidence: str = "",
                     checklist: str = "", note: str = "", source_status: str | None = None,
                     auto_source: str = "") -> InstrumentIndicator:
    """Texts, weight inside the dimension and the meaning of each score."""
    instrument = indicator.instrument
    ensure_unanswered(actor=actor, instrument=instrument, attempt=_("ubah indikator"))
    problems = weight_problems(weight, _("indikator %(code)s") % {"code": indicator.code})
    if weight is not None and weight >= 0:
        others = (InstrumentIndicator.objects.filter(dimension=indicator.dimension)
                  .exclude(pk=indicator.pk).values_list("weight", flat=True))
        problems += weighted_problems(indicator.dimension.name, [weight, *others])
    problems += option_problems(options, instrument.answer_min, instrument.answer_max,
                                indicator.code)
    if not text.strip():
        problems.append(_("Teks indikator wajib diisi."))
    _refuse(problems)
    with transaction.atomic():
        before = snapshot(indicator, INDICATOR_FIELDS)
        indicator.text, indicator.group, indicator.weight = text.strip(), group.strip(), weight
        indicator.evidence, indicator.checklist = evidence.strip(), checklist.strip()
        indicator.note, indicator.auto_source = note.strip(), auto_source
        indicator.source_status = source_status or indicator.source_status
        changes = diff(before, snapshot(indicator, INDICATOR_FIELDS))
        for option in indicator.options.all():
            meaning = options.get(option.score, option.meaning).strip()
            if meaning != option.meaning:
                changes[f"nilai {option.score}"] = [option.meaning, meaning]
                option.meaning = meaning
                option.save(update_fields=["meaning"])
        if changes:
            indicator.save()
            audit_record(actor=actor, action="compliance.indicator.updated", obj=indicator,
                         changes=changes)
    return indicator
