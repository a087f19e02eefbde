"""A plan's workbook read: every row validated, every bad row reported with its line and reason,
nothing written (``indicators_import_plan``); ``apply`` writes what it found."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext as _

from pantau.performance.models import Aggregation, Indicator, Plan, PlanLevel, PlanNode, Polarity
from pantau.performance.models.plans import CHILD_LEVELS, level_label
from pantau.performance.plan_workbook.layout import (
    AGGREGATION_WORDS,
    FIRST_TARGET,
    FIXED_HEADERS,
    POLARITY_WORDS,
    RANGE,
    SHEET,
    YES_NO,
    node_code,
    target_headers,
)
from pantau.performance.selectors.plans import rpjmd_indicators
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
from pantau.tenancy.models import Agency

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
        plan=plan, existing_nodes={node_code(n).lower(): n for n in nodes},
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
