"""XLSX in and out for a plan's nodes, indicators and targets (the export round-trips).

Import: every row is validated first (every bad row reported with its line and reason), then all
rows are written with bulk inserts in one transaction, with one summary audit event.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
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
from pantau.performance.models.plans import CHILD_LEVELS, level_label
from pantau.performance.selectors.plans import plan_tree, rpjmd_indicators, targets_by_cell
from pantau.performance.services.targets import ensure_quarters_editable, ensure_year_open
from pantau.scoring import ScoringError
from pantau.scoring.numbers import to_decimal
from pantau.spreadsheets.reader import (
    ImportRejected,
    RowError,
    header_row,
    open_workbook,
    sheet_rows,
    text,
)
from pantau.spreadsheets.writer import Column, Table, safe_cell
from pantau.tenancy.models import Agency

SHEET, NODES_SHEET, CHOICES_SHEET = "Indikator", "Simpul", "Pilihan"
FIXED_HEADERS = [
    "Kode simpul", "Kode simpul induk", "Tingkat simpul", "Nama simpul", "Kode indikator",
    "Nama indikator", "Satuan", "Polaritas", "Agregasi", "IKU", "Sumber data",
    "Singkatan OPD penanggung jawab", "Baseline", "Tahun baseline",
    "Mendukung indikator RPJMD (kode)",
]
FIRST_TARGET = len(FIXED_HEADERS)
QUARTERS = ("TW I", "TW II", "TW III", "TW IV")
POLARITY_WORDS = {"positif": Polarity.POSITIVE, "negatif": Polarity.NEGATIVE}
AGGREGATION_WORDS = {"jumlah": Aggregation.SUM, "terakhir": Aggregation.LAST,
                     "rata-rata": Aggregation.AVG, "tertinggi": Aggregation.MAX,
                     "terendah": Aggregation.MIN}
YES_NO = {"ya": True, "tidak": False, "": False}
RANGE = re.compile(r"^\s*(-?[0-9.,]+)\s*[-–—]\s*(-?[0-9.,]+)\s*$")


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


# --- reading ---------------------------------------------------------------------------------


# Targets are stored with max_digits=20, decimal_places=4.
_TARGET_LIMIT = Decimal(10) ** 16


def parse_number(value: Any) -> Decimal:
    """A number from a cell, read like every other number in Pantau (scoring.numbers.to_decimal:
    "1.234,5" and "1234.5"; an ambiguous "1.234" is refused), within what a target column holds;
    else ValueError."""
    try:
        number = to_decimal(text(value).replace(" ", "") if isinstance(value, str) else value,
                            "target")
    except ScoringError:
        raise ValueError from None
    if abs(number) >= _TARGET_LIMIT or number != number.quantize(Decimal("0.0001")):
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


@dataclass
class _Context:
    plan: Plan
    existing_nodes: dict[str, PlanNode]
    indicator_codes: set[str]
    agencies: dict[str, Agency]
    rpjmd_indicators: dict[str, list[Indicator]]
    parsed: ParsedImport

    def level_of(self, key: str) -> str | None:
        node = self.existing_nodes.get(key)
        if node is not None:
            return node.level
        new = next((n for n in self.parsed.nodes if n.key == key), None)
        return new.level if new else None


def _check_header(workbook: Any, plan: Plan) -> None:
    header = header_row(workbook, SHEET)
    found = [text(v) for v in header][len(FIXED_HEADERS):]
    found = [h for h in found if h]
    if found != target_headers(plan):
        raise ImportRejected(_("Kolom target di berkas tidak sesuai dengan tahun dokumen "
                               "(%(start)s–%(end)s). Unduh templat dokumen ini.") % {
            "start": plan.start_year, "end": plan.end_year})


def _read_node(ctx: _Context, line: int, cols: list[Any], problems: list[str]) -> str | None:
    code, parent_code, level_raw, name = (text(v) for v in cols[:4])
    key = code.lower()
    if not code:
        problems.append(_("kode simpul kosong"))
        return None
    node = ctx.existing_nodes.get(key)
    if node is not None:
        if not node.is_active:
            problems.append(_("simpul “%(code)s” nonaktif") % {"code": code})
        return key
    if ctx.level_of(key) is not None:
        return key  # a new node defined on an earlier row
    level = level_raw.lower().replace("-", "_").replace(" ", "_")
    if not name or not level_raw:
        problems.append(_("simpul “%(code)s” tidak ada; untuk simpul baru isi tingkat dan "
                          "nama simpul") % {"code": code})
        return None
    parent_key = parent_code.lower() or None
    parent_level = ctx.level_of(parent_key) if parent_key else ""
    if parent_key and parent_level is None:
        problems.append(_("simpul induk “%(code)s” tidak ada") % {"code": parent_code})
        return None
    allowed = CHILD_LEVELS[ctx.plan.level].get(parent_level or "", ())
    if level not in allowed:
        problems.append(_("tingkat “%(level)s” tidak boleh di bawah %(parent)s (yang boleh: "
                          "%(allowed)s)") % {
            "level": level_raw,
            "parent": level_label(parent_level).lower() if parent_level else _("puncak dokumen"),
            "allowed": ", ".join(level_label(code) for code in allowed) or "—"})
        return None
    if len(code) > 40 or len(name) > 500:
        problems.append(_("kode atau nama simpul terlalu panjang"))
        return None
    ctx.parsed.nodes.append(NewNode(key, parent_key, level, name, code, line))
    return key


def _read_indicator(ctx: _Context, node_key: str | None, cols: list[Any], headers: list[str],
                    problems: list[str]) -> None:
    code, name, unit, polarity_raw, aggregation_raw, key_raw, source, opd, baseline_raw, \
        baseline_year_raw, supports_raw = cols[4:FIRST_TARGET]
    code, name, unit, source, opd = (text(v) for v in (code, name, unit, source, opd))
    if not name:
        problems.append(_("nama indikator kosong"))
    if not unit:
        problems.append(_("satuan kosong"))
    if code and code.lower() in ctx.indicator_codes:
        problems.append(_("kode indikator “%(code)s” sudah dipakai di dokumen ini") % {
            "code": code})
    polarity = POLARITY_WORDS.get(text(polarity_raw).lower() or "positif") or (
        text(polarity_raw).lower() if text(polarity_raw).lower() in Polarity.values else None)
    if polarity is None:
        problems.append(_("polaritas “%(v)s” tidak dikenal (positif/negatif)") % {
            "v": text(polarity_raw)})
    aggregation = AGGREGATION_WORDS.get(text(aggregation_raw).lower() or "terakhir") or (
        text(aggregation_raw).lower() if text(aggregation_raw).lower() in Aggregation.values
        else None)
    if aggregation is None:
        problems.append(_("agregasi “%(v)s” tidak dikenal") % {"v": text(aggregation_raw)})
    is_key = YES_NO.get(text(key_raw).lower())
    if is_key is None:
        problems.append(_("IKU “%(v)s” harus ya atau tidak") % {"v": text(key_raw)})
    agency = ctx.plan.agency
    if opd and (agency is None or opd.lower() != agency.short_name.lower()):
        agency = ctx.agencies.get(opd.lower())
        if agency is None or (ctx.plan.agency and agency != ctx.plan.agency):
            problems.append(_("OPD “%(v)s” tidak dikenal atau bukan pemilik Renstra") % {"v": opd})
    elif agency is None:
        problems.append(_("singkatan OPD penanggung jawab wajib untuk indikator RPJMD"))
    numbers: dict[str, Any] = {}
    for label, raw in ((_("baseline"), baseline_raw), (_("tahun baseline"), baseline_year_raw)):
        try:
            numbers[label] = None if text(raw) == "" else parse_number(raw)
        except ValueError:
            problems.append(_("%(col)s: “%(v)s” bukan angka") % {"col": label, "v": text(raw)})
    baseline_year = numbers.get(_("tahun baseline"))
    if baseline_year is not None and (baseline_year != baseline_year.to_integral_value()
                                      or not 1900 <= baseline_year <= 2100):
        problems.append(_("tahun baseline “%(v)s” tidak sah") % {"v": text(baseline_year_raw)})
    targets: dict[tuple[int, int | None], tuple[Decimal, Decimal | None]] = {}
    cells = [(y, q) for y in ctx.plan.years for q in (None, 1, 2, 3, 4)]
    for (cell, header, raw) in zip(cells, headers, cols[FIRST_TARGET:], strict=False):
        if text(raw) == "":
            continue
        try:
            targets[cell] = parse_target(raw)
        except ValueError:
            problems.append(_("kolom “%(col)s”: “%(v)s” bukan angka") % {"col": header,
                                                                         "v": text(raw)})
    supports = None
    if text(supports_raw):
        matches = ctx.rpjmd_indicators.get(text(supports_raw).lower(), [])
        if ctx.plan.level == PlanLevel.RPJMD:
            problems.append(_("hanya indikator Renstra yang dapat mendukung indikator RPJMD"))
        elif len(matches) != 1:
            problems.append(_("indikator RPJMD berkode “%(v)s” %(why)s") % {
                "v": text(supports_raw),
                "why": _("tidak ada") if not matches else _("lebih dari satu")})
        else:
            supports = matches[0]
    if len(name) > 500 or len(unit) > 40 or len(code) > 40 or len(source) > 250:
        problems.append(_("teks terlalu panjang"))
    if problems or node_key is None:
        return
    if code:
        ctx.indicator_codes.add(code.lower())
    ctx.parsed.indicators.append({
        "node_key": node_key, "code": code, "name": name, "unit": unit, "polarity": polarity,
        "aggregation": aggregation, "is_key": is_key, "data_source": source, "agency": agency,
        "supports": supports,
        "baseline": numbers.get(_("baseline")),
        "baseline_year": int(baseline_year) if baseline_year is not None else None,
        "is_range": any(high is not None for _low, high in targets.values()),
        "targets": targets, "position": len(ctx.parsed.indicators),
    })


def _by_code(indicators: Iterable[Indicator]) -> dict[str, list[Indicator]]:
    found: dict[str, list[Indicator]] = {}
    for indicator in indicators:
        if indicator.code:
            found.setdefault(indicator.code.lower(), []).append(indicator)
    return found


def indicators_import_plan(*, upload: UploadedFile, plan: Plan) -> ParsedImport:
    """Reads and validates the whole file; writes nothing. Raises ImportRejected."""
    workbook = open_workbook(upload)
    _check_header(workbook, plan)
    nodes = PlanNode.objects.filter(plan=plan).select_related("parent")
    ctx = _Context(
        plan=plan, existing_nodes={_node_code(n).lower(): n for n in nodes},
        indicator_codes={c.lower() for c in Indicator.objects.filter(node__plan=plan)
                         .exclude(code="").values_list("code", flat=True)},
        agencies={a.short_name.lower(): a for a in Agency.objects.filter(is_active=True)},
        rpjmd_indicators=_by_code(rpjmd_indicators()), parsed=ParsedImport())
    headers = target_headers(plan)
    width = len(FIXED_HEADERS) + len(headers)
    for line, row in sheet_rows(workbook, SHEET):
        cols = (list(row) + [None] * width)[:width]
        problems: list[str] = []
        node_key = _read_node(ctx, line, cols, problems)
        if any(text(v) for v in cols[4:]):
            _read_indicator(ctx, node_key, cols, headers, problems)
        if problems:
            ctx.parsed.errors.append(RowError(SHEET, line, "; ".join(problems)))
    workbook.close()
    return ctx.parsed


def _check_locks(*, actor: Any, plan: Plan, parsed: ParsedImport) -> None:
    years = sorted({cell[0] for row in parsed.indicators for cell in row["targets"]})
    for year in years:
        ensure_year_open(actor=actor, obj=plan, year=year, attempt=_("impor target"))
    by_agency: dict[Agency, set[tuple[int, int | None]]] = {}
    for row in parsed.indicators:
        by_agency.setdefault(row["agency"], set()).update(row["targets"])
    for agency, cells in by_agency.items():
        ensure_quarters_editable(actor=actor, agency=agency, cells=cells,
                                 attempt=_("impor target"))


def indicators_import_apply(*, actor: Any, plan: Plan, parsed: ParsedImport) -> tuple[int, int]:
    """Writes a clean import with bulk inserts; returns (new nodes, new indicators)."""
    if parsed.errors:
        raise ValueError("an import with errors cannot be applied")
    _check_locks(actor=actor, plan=plan, parsed=parsed)
    with transaction.atomic():
        nodes = {_node_code(n).lower(): n for n in PlanNode.objects.filter(plan=plan)}
        pending = list(parsed.nodes)
        while pending:  # parents first: each round inserts the nodes whose parent exists
            ready = [n for n in pending if n.parent_key is None or n.parent_key in nodes]
            if not ready:
                raise ValueError("import nodes whose parents are never created")
            created = PlanNode.objects.bulk_create([PlanNode(
                region_id=plan.region_id, plan=plan, level=n.level, code=n.code, name=n.name,
                position=n.position, parent=nodes[n.parent_key] if n.parent_key else None)
                for n in ready])
            nodes.update({n.key: node for n, node in zip(ready, created, strict=True)})
            pending = [n for n in pending if n not in ready]
        indicators = Indicator.objects.bulk_create([Indicator(
            region_id=plan.region_id, node=nodes[row["node_key"]],
            **{k: v for k, v in row.items() if k not in ("node_key", "targets")})
            for row in parsed.indicators])
        targets = [Target(region_id=plan.region_id, indicator=indicator, year=year,
                          quarter=quarter, value=low, value_high=high)
                   for indicator, row in zip(indicators, parsed.indicators, strict=True)
                   for (year, quarter), (low, high) in row["targets"].items()]
        Target.objects.bulk_create(targets, batch_size=2000)
        audit_record(actor=actor, action="performance.import.applied", obj=plan, changes={
            "nodes": [0, len(parsed.nodes)], "indicators": [0, len(indicators)],
            "targets": [0, len(targets)]})
    return len(parsed.nodes), len(indicators)
