"""A plan's workbook written: the empty template and the export of its tree with indicators
and targets (the export round-trips through the import), and the list of plans."""

from __future__ import annotations

import io
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pantau.performance.models import NodeLevel, Plan, Target
from pantau.performance.models.plans import CHILD_LEVELS
from pantau.performance.plan_workbook.layout import (
    AGGREGATION_WORDS,
    CHOICES_SHEET,
    FIXED_HEADERS,
    NODES_SHEET,
    POLARITY_WORDS,
    SHEET,
    node_code,
    target_headers,
    word_for,
)
from pantau.performance.selectors.plans import plan_tree, targets_by_cell
from pantau.spreadsheets.writer import Column, Table, safe_cell


def _plain(value: Decimal | None) -> Any:
    if value is None:
        return None
    value = value.normalize()
    return int(value) if value == value.to_integral_value() else float(value)


def _target_cell(target: Target | None) -> Any:
    if target is None or target.value is None:
        return None
    if target.value_high is not None:
        low, high = (format(v.normalize(), "f") for v in (target.value, target.value_high))
        return f"{low}–{high}"
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
    for index, values in enumerate(lists, start=1):
        for line, value in enumerate(values, start=1):
            choices.cell(row=line, column=index, value=value)
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
    for tree_row in plan_tree(plan=plan):
        node = tree_row.node
        nodes.append([safe_cell(node_code(node)), node.level, safe_cell(node.name),
                      safe_cell(node_code(node.parent) if node.parent else ""),
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
        node_part = [node_code(node), node_code(parent) if parent else "", node.level,
                     node.name]
        if not row.indicators:
            rows.append(node_part)
        for ind in row.indicators:
            targets = cells.get(ind.pk, {})
            rows.append(node_part + [
                ind.code, ind.name, ind.unit, word_for(POLARITY_WORDS, ind.polarity),
                word_for(AGGREGATION_WORDS, ind.aggregation), "ya" if ind.is_key else "tidak",
                ind.data_source, ind.agency.short_name, _plain(ind.baseline), ind.baseline_year,
                ind.supports.code if ind.supports else "",
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
