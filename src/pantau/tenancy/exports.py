from __future__ import annotations

from collections.abc import Iterable

from django.utils.translation import gettext as _

from pantau.spreadsheets.writer import Column, Table
from pantau.tenancy.models import Agency, ServiceUnit


def agency_table(agencies: Iterable[Agency]) -> Table:
    return Table(
        title=_("Daftar OPD"),
        sheet_name="OPD",
        columns=[Column(_("Nama OPD"), 50), Column(_("Singkatan"), 16), Column(_("Jenis"), 14),
                 Column(_("Kepala"), 32), Column(_("Jumlah unit aktif"), 12),
                 Column(_("Status"), 10)],
        rows=(
            [a.name, a.short_name, a.get_kind_display(), a.head_name,
             getattr(a, "unit_count", None), _("Aktif") if a.is_active else _("Nonaktif")]
            for a in agencies
        ),
    )


def unit_table(units: Iterable[ServiceUnit]) -> Table:
    return Table(
        title=_("Daftar unit layanan"),
        sheet_name="Unit layanan",
        columns=[Column(_("Unit layanan"), 45), Column(_("Jenis"), 20), Column(_("OPD"), 45),
                 Column(_("Alamat"), 40), Column(_("Jumlah produk"), 12), Column(_("Status"), 10)],
        rows=(
            [u.name, u.get_kind_display(), u.agency.name, u.address,
             getattr(u, "product_count", None), _("Aktif") if u.is_active else _("Nonaktif")]
            for u in units
        ),
    )
