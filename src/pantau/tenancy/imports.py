"""Import of OPDs and their service units from the XLSX template: all rows or none."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

from pantau.audit.services import audit_record
from pantau.spreadsheets.reader import RowError, open_workbook, sheet_rows, text
from pantau.tenancy.models import Agency, AgencyKind, Region, ServiceUnit, UnitKind
from pantau.tenancy.services.agencies import agency_create, unit_create

AGENCY_SHEET = "OPD"
UNIT_SHEET = "Unit layanan"
AGENCY_HEADERS = ["Nama OPD", "Singkatan", "Jenis", "Nama kepala"]
UNIT_HEADERS = ["Nama unit layanan", "Jenis", "Singkatan OPD", "Alamat"]


def template_bytes() -> bytes:
    """The blank template with dropdowns for the kinds and one example row per sheet."""
    workbook = Workbook()
    agencies = workbook.active
    assert agencies is not None
    agencies.title = AGENCY_SHEET
    agencies.append(AGENCY_HEADERS)
    agencies.append(["Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "Dinas", ""])
    units = workbook.create_sheet(UNIT_SHEET)
    units.append(UNIT_HEADERS)
    units.append(["Loket Disdukcapil", "Front office / loket OPD", "Disdukcapil", ""])
    with translation.override("id"):  # the template is always in Indonesian, like the sheet names
        agency_labels = [str(label) for label in AgencyKind.labels]
        unit_labels = [str(label) for label in UnitKind.labels]
    for sheet, column, choices in (
        (agencies, "C", agency_labels),
        (units, "B", unit_labels),
    ):
        validation = DataValidation(
            type="list", formula1='"' + ",".join(str(c) for c in choices) + '"', allow_blank=False
        )
        validation.error = _("Pilih jenis dari daftar.")
        sheet.add_data_validation(validation)
        validation.add(f"{column}2:{column}1000")
        for letter in "ABCD":
            sheet.column_dimensions[letter].width = 40
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _choice(value: Any, choices: type[AgencyKind] | type[UnitKind]) -> str | None:
    """The choice whose code or label (Indonesian, or the user's language) matches."""
    wanted = text(value).lower()
    with translation.override("id"):
        indonesian = {str(label).lower(): v for v, label in choices.choices}
    for choice_value, label in choices.choices:
        if wanted in (choice_value.lower(), str(label).lower()):
            return choice_value
    return indonesian.get(wanted)


@dataclass
class ImportPlan:
    agencies: list[dict[str, Any]] = field(default_factory=list)
    units: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)


def _plan_agencies(workbook: Workbook, plan: ImportPlan, region: Region) -> dict[str, Any]:
    existing = {a.short_name.lower(): a for a in Agency.objects.filter(region=region)}
    names = {a.name.lower() for a in existing.values()}
    short_names: dict[str, Any] = dict(existing)
    for line, row in sheet_rows(workbook, AGENCY_SHEET):
        name, short, kind_raw, head = (text(v) for v in (row + [None] * 4)[:4])
        kind = _choice(kind_raw, AgencyKind)
        problems = []
        if not name:
            problems.append(_("nama OPD kosong"))
        elif name.lower() in names:
            problems.append(_("OPD “%(name)s” sudah ada") % {"name": name})
        if not short:
            problems.append(_("singkatan kosong"))
        elif short.lower() in short_names:
            problems.append(_("singkatan “%(short)s” sudah dipakai") % {"short": short})
        if kind is None:
            problems.append(_("jenis “%(kind)s” tidak dikenal") % {"kind": kind_raw})
        if len(name) > 200 or len(short) > 40 or len(head) > 150:
            problems.append(_("teks terlalu panjang"))
        if problems:
            plan.errors.append(RowError(AGENCY_SHEET, line, "; ".join(problems)))
            continue
        names.add(name.lower())
        short_names[short.lower()] = short
        plan.agencies.append({"name": name, "short_name": short, "kind": kind, "head_name": head})
    return short_names


def _plan_units(workbook: Workbook, plan: ImportPlan, region: Region,
                short_names: dict[str, Any]) -> None:
    names = {n.lower() for n in ServiceUnit.objects.filter(region=region)
             .values_list("name", flat=True)}
    for line, row in sheet_rows(workbook, UNIT_SHEET):
        name, kind_raw, short, address = (text(v) for v in (row + [None] * 4)[:4])
        kind = _choice(kind_raw, UnitKind)
        problems = []
        if not name:
            problems.append(_("nama unit kosong"))
        elif name.lower() in names:
            problems.append(_("unit “%(name)s” sudah ada") % {"name": name})
        if kind is None:
            problems.append(_("jenis “%(kind)s” tidak dikenal") % {"kind": kind_raw})
        if short.lower() not in short_names:
            problems.append(_("OPD dengan singkatan “%(short)s” tidak ada") % {"short": short})
        if len(name) > 200 or len(address) > 300:
            problems.append(_("teks terlalu panjang"))
        if problems:
            plan.errors.append(RowError(UNIT_SHEET, line, "; ".join(problems)))
            continue
        names.add(name.lower())
        plan.units.append({"name": name, "kind": kind, "agency_short": short.lower(),
                           "address": address})


def agencies_import_plan(*, upload: UploadedFile, region: Region) -> ImportPlan:
    """Reads and validates the whole file; writes nothing. Raises ImportRejected."""
    workbook = open_workbook(upload)
    plan = ImportPlan()
    short_names = _plan_agencies(workbook, plan, region)
    _plan_units(workbook, plan, region, short_names)
    workbook.close()
    return plan


@transaction.atomic
def agencies_import_apply(*, actor: Any, region: Region, plan: ImportPlan) -> tuple[int, int]:
    if plan.errors:
        raise ValueError("a plan with errors cannot be applied")
    created: dict[str, Agency] = {}
    for row in plan.agencies:
        agency = agency_create(actor=actor, region=region, **row)
        created[agency.short_name.lower()] = agency
    by_short = {a.short_name.lower(): a for a in Agency.objects.filter(region=region)}
    for row in plan.units:
        data = dict(row)
        agency = created.get(data.pop("agency_short")) or by_short[row["agency_short"]]
        unit_create(actor=actor, agency=agency, **data)
    audit_record(actor=actor, action="tenancy.import.applied", region=region,
                 changes={"agencies": [0, len(plan.agencies)], "units": [0, len(plan.units)]})
    return len(plan.agencies), len(plan.units)
