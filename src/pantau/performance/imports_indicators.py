"""XLSX in and out for a plan's nodes, indicators and targets (the export round-trips).

Import: every row is validated first (every bad row reported with its line and reason), then all
rows are written with bulk inserts in one transaction, with one summary audit event.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pantau.audit.services import audit_record
from pantau.performance.models import (
    Aggregation,
    Indicator,
    NodeLevel,
    Plan,
    PlanLevel,
    PlanNode,
    Polarity,
    Target,
)
from pantau.performance.models.plans import CHILD_LEVELS
from pantau.performance.selectors.plans import plan_tree, targets_by_cell
from pantau.performance.services.targets import ensure_quarters_editable, ensure_year_open
from pantau.reports.xlsx import Column, Table, safe_cell
from pantau.reports.xlsx_import import RowError, open_workbook, sheet_rows, text
from pantau.tenancy.models import Agency

SHEET, NODES_SHEET, CHOICES_SHEET = "Indikator", "Simpul", "Pilihan"
FIXED_HEADERS = [
    "Kode simpul", "Kode simpul induk", "Tingkat simpul", "Nama simpul", "Kode indikator",
    "Nama indikator", "Satuan", "Polaritas", "Agregasi", "IKU", "Sumber data",
    "Singkatan OPD penanggung jawab", "Baseline", "Tahun baseline",
]
QUARTERS = ("TW I", "TW II", "TW III", "TW IV")
POLARITY_WORDS = {"positif": Polarity.POSITIVE, "negatif": Polarity.NEGATIVE}
AGGREGATION_WORDS = {"jumlah": Aggregation.SUM, "terakhir": Aggregation.LAST,
                     "rata-rata": Aggregation.AVG, "tertinggi": Aggregation.MAX,
                     "terendah": Aggregation.MIN}
YES_NO = {"ya": True, "tidak": False, "": False}
RANGE = re.compile(r"^\s*(-?[\d.,]+)\s*[-–—]\s*(-?[\d.,]+)\s*$")


def target_headers(plan: Plan) -> list[str]:
    return [h for y in plan.years for h in (f"Target {y}", *(f"{y} {q}" for q in QUARTERS))]


def _word(words: dict[str, Any], value: Any) -> str:
    return next(w for w, v in words.items() if v == value)


def _node_code(node: PlanNode) -> str:
    return node.code or f"S{node.pk}"  # a node without a code still needs a key in the file


def _plain(value: Decimal | None) -> Any:
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def _target_cell(target: Target | None) -> Any:
    if target is None or target.value is None:
        return None
    if target.value_high is not None:
        return f"{format(target.value.normalize(), 'f')}–{format(target.value_high.normalize(), 'f')}"
    return _plain(target.value)


def _workbook(plan: Plan, rows: Iterable[list[Any]]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET
    headers = FIXED_HEADERS + target_headers(plan)
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="0B4F6C")
    for row in rows:
        sheet.append([safe_cell(v) for v in row])
    for index in range(1, len(headers) + 1):
        sheet.column_dimensions[get_column_letter(index)].width = 30 if index in (4, 6) else 14
    sheet.freeze_panes = "F2"
    choices = workbook.create_sheet(CHOICES_SHEET)
    levels = sorted({lvl for kids in CHILD_LEVELS[plan.level].values() for lvl in kids},
                    key=list(NodeLevel.values).index)
    lists = [list(POLARITY_WORDS), list(AGGREGATION_WORDS), ["ya", "tidak"], levels]
    for column, values in enumerate(lists, start=1):
        for line, value in enumerate(values, start=1):
            choices.cell(row=line, column=column, value=value)
    for letter, column, values in (("H", "A", lists[0]), ("I", "B", lists[1]),
                                   ("J", "C", lists[2]), ("C", "D", lists[3])):
        validation = DataValidation(
            type="list", formula1=f"{CHOICES_SHEET}!${column}$1:${column}${len(values)}",
            allow_blank=True)
        validation.error = _("Pilih dari daftar.")
        sheet.add_data_validation(validation)
        validation.add(f"{letter}2:{letter}5000")
    choices.sheet_state = "hidden"
    nodes = workbook.create_sheet(NODES_SHEET)
    nodes.append(["Kode simpul", "Tingkat", "Nama", "Kode simpul induk", "Aktif"])
    for row in plan_tree(plan=plan):
        node = row.node
        nodes.append([safe_cell(_node_code(node)), node.level, safe_cell(node.name),
                      safe_cell(_node_code(node.parent) if node.parent else ""),
                      "ya" if node.is_active else "tidak"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_bytes(*, plan: Plan) -> bytes:
    return _workbook(plan, [])


def plan_export_bytes(*, plan: Plan) -> bytes:
    """The plan's active tree with indicators and targets, in the template's layout."""
    tree = plan_tree(plan=plan, include_inactive=False)
    cells = targets_by_cell(indicators=[i for row in tree for i in row.indicators])
    parents = {row.node.pk: row.node for row in tree}
    rows: list[list[Any]] = []
    for row in tree:
        node = row.node
        parent = parents.get(node.parent_id) if node.parent_id else None
        node_part = [_node_code(node), _node_code(parent) if parent else "", node.level,
                     node.name]
        if not row.indicators:
            rows.append(node_part)
        for ind in row.indicators:
            targets = cells.get(ind.pk, {})
            rows.append(node_part + [
                ind.code, ind.name, ind.unit, _word(POLARITY_WORDS, ind.polarity),
                _word(AGGREGATION_WORDS, ind.aggregation), "ya" if ind.is_key else "tidak",
                ind.data_source, ind.agency.short_name, _plain(ind.baseline), ind.baseline_year,
            ] + [_target_cell(targets.get((y, q))) for y in plan.years for q in (None, 1, 2, 3, 4)])
    return _workbook(plan, rows)


def plan_list_table(plans: list[Plan]) -> Table:
    return Table(
        title=_("Dokumen perencanaan"), sheet_name=_("Rencana"),
        columns=[Column(_("Jenis"), 10), Column(_("Judul"), 50), Column(_("OPD"), 40),
                 Column(_("Tahun awal"), 10), Column(_("Tahun akhir"), 10),
                 Column(_("Simpul"), 10), Column(_("Indikator"), 10), Column(_("IKU"), 10)],
        rows=[[p.get_level_display(), p.title, p.agency.name if p.agency else "",
               p.start_year, p.end_year, p.node_count, p.indicator_count,  # type: ignore
               p.key_count] for p in plans])  # type: ignore[attr-defined]


# --- reading ---------------------------------------------------------------------------------


def parse_number(value: Any) -> Decimal:
    """A number from a cell; Indonesian "1.234,5" and plain "1234.5" both read. Raises ValueError."""
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    raw = text(value).replace(" ", "")
    if "," in raw:
        raw = raw.replace(".", "").replace(",", ".")
    try:
        number = Decimal(raw)
    except InvalidOperation:
        raise ValueError from None
    if not number.is_finite():
        raise ValueError
    return number


def parse_target(value: Any) -> tuple[Decimal, Decimal | None]:
    match = RANGE.match(value) if isinstance(value, str) else None
    if match:
        low, high = parse_number(match.group(1)), parse_number(match.group(2))
        if high < low:
            raise ValueError
        return low, high
    return parse_number(value), None


@dataclass
class NewNode:
    key: str
    parent_key: str | None
    level: str
    name: str
    code: str
    position: int


@dataclass
class ParsedImport:
    nodes: list[NewNode] = field(default_factory=list)
    indicators: list[dict[str, Any]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.nodes and not self.indicators
