"""The value rules of a quarter's report, once: the realization of an indicator and the rupiah
spent on a budget line. The form, the XLSX import, the API and the services all check with these;
each raises or returns its refusal in Indonesian and writes nothing."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from pantau.performance.models import Indicator
from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import format_number, to_decimal

# Units that count things: a quarter's count can never be negative.
COUNT_UNITS = frozenset({
    "orang", "jiwa", "dokumen", "unit", "buah", "kali", "kegiatan", "laporan", "paket", "lokasi",
    "desa", "kelurahan", "sekolah", "izin", "perkara", "kasus", "keluarga", "kk", "rumah", "ha",
    "km", "titik", "lembaga", "kelompok", "usaha", "produk", "jenis", "inovasi", "layanan",
})
DECIMAL_LIMIT = Decimal("10") ** 16  # the column holds 16 digits before the decimal point


def is_count_unit(unit: str) -> bool:
    return unit.strip().lower() in COUNT_UNITS


def realization_value_clean(*, indicator: Indicator, raw: Any) -> Decimal | None:
    """The realization as a Decimal (None when left empty); ValidationError in Indonesian."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        value = to_decimal(raw, "realisasi")
    except ScoringError as error:
        raise ValidationError(str(error)) from error
    if value < 0 and is_count_unit(indicator.unit):
        raise ValidationError(
            _("Realisasi %(unit)s tidak boleh negatif (jumlah yang dihitung).")
            % {"unit": indicator.unit})
    if abs(value) >= DECIMAL_LIMIT or value.as_tuple().exponent < -4:  # type: ignore[operator]
        raise ValidationError(_("Realisasi terlalu besar atau lebih dari 4 angka desimal."))
    return value


MONEY_LIMIT = Decimal("10") ** 16


def budget_amount_clean(raw: Any) -> Decimal | None:
    """A rupiah amount ≥ 0 with at most 2 decimals, or None when empty."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    try:
        value = to_decimal(raw, "realisasi anggaran")
    except ScoringError as error:
        raise ValidationError(str(error)) from error
    if value < 0:
        raise ValidationError(_("Realisasi anggaran tidak boleh negatif."))
    if value >= MONEY_LIMIT or value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise ValidationError(_("Realisasi anggaran terlalu besar atau lebih dari 2 desimal."))
    return value


def _rupiah_text(value: Decimal) -> str:
    """Rupiah the Indonesian way for messages: 309.411.000, or 1.250.000,50 with sen."""
    if value == value.to_integral_value():
        return format_number(value.quantize(Decimal(1)))
    return format_number(value.quantize(Decimal("0.01")))


def budget_pagu_problem(*, amount: Decimal | None, pagu: Decimal, spent_other: Decimal,
                        before: Decimal | None = None) -> str | None:
    """Why ``amount`` breaks the pagu, or None. ``spent_other``: the year's other quarters;
    ``before``: this quarter's amount now. Lowering an amount is always allowed, so a line
    already above its pagu (older data, a pagu lowered later) can still be corrected."""
    if amount is None or amount <= (before or 0):
        return None
    if amount > pagu:
        return _("Realisasi anggaran Rp%(amount)s melebihi pagu Rp%(pagu)s.") % {
            "amount": _rupiah_text(amount), "pagu": _rupiah_text(pagu)}
    if spent_other + amount > pagu:
        return _("Realisasi anggaran Rp%(amount)s ditambah realisasi triwulan lain tahun ini "
                 "Rp%(other)s melebihi pagu Rp%(pagu)s (sisa pagu Rp%(left)s).") % {
            "amount": _rupiah_text(amount), "other": _rupiah_text(spent_other),
            "pagu": _rupiah_text(pagu), "left": _rupiah_text(max(pagu - spent_other, Decimal(0)))}
    return None
