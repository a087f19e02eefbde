"""Valid XLSX files with one cell rewritten in the sheet XML, as a crafted upload would have it.

openpyxl reads an upload lazily, so a cell it cannot parse raises only while the rows are read.
"""

from __future__ import annotations

import io
import re
import zipfile

# Cells openpyxl cannot turn into a value: a "number" that is not one, a shared string that does
# not exist, a boolean or date that is neither; and numbers that parse but are not finite.
UNREADABLE_CELLS = {
    "NaN": '<c r="{ref}" t="n"><v>NaN</v></c>',
    "TRUE": '<c r="{ref}" t="n"><v>TRUE</v></c>',
    "inf": '<c r="{ref}" t="n"><v>inf</v></c>',
    "missing shared string": '<c r="{ref}" t="s"><v>99999</v></c>',
    "boolean": '<c r="{ref}" t="b"><v>maybe</v></c>',
    "date": '<c r="{ref}" t="d"><v>kemarin</v></c>',
    "5000 digits": '<c r="{ref}" t="n"><v>' + "9" * 5000 + "</v></c>",
}
NON_FINITE_CELLS = {
    "1e999999": '<c r="{ref}" t="n"><v>1e999999</v></c>',
    "-1e999999": '<c r="{ref}" t="n"><v>-1e999999</v></c>',
}
DAMAGED_CELLS = {**UNREADABLE_CELLS, **NON_FINITE_CELLS}


def _sheet_path(archive: zipfile.ZipFile, title: str) -> str:
    workbook = archive.read("xl/workbook.xml").decode()
    rel_id = re.search(rf'<sheet [^>]*name="{re.escape(title)}"[^>]*r:id="([^"]+)"', workbook)
    assert rel_id, f"no sheet {title}"
    rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    target = re.search(rf'<Relationship [^>]*Id="{rel_id.group(1)}"[^>]*Target="([^"]+)"', rels)
    if target is None:  # attribute order differs between writers
        target = re.search(rf'Target="([^"]+)"[^>]*Id="{rel_id.group(1)}"', rels)
    assert target
    path = target.group(1).lstrip("/")
    return path if path.startswith("xl/") else f"xl/{path}"


def damage_cell(content: bytes, sheet: str, ref: str, cell_xml: str) -> bytes:
    """``content`` with cell ``ref`` of ``sheet`` replaced by ``cell_xml`` (``{ref}`` filled in);
    the cell must exist in the file."""
    source = zipfile.ZipFile(io.BytesIO(content))
    path = _sheet_path(source, sheet)
    xml = source.read(path).decode()
    pattern = re.compile(rf'<c r="{ref}"(?:[^>]*/>|[^>]*>.*?</c>)')
    assert pattern.search(xml), f"no cell {ref} in {sheet}"
    xml = pattern.sub(lambda _match: cell_xml.format(ref=ref), xml, count=1)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, xml if item.filename == path else source.read(item))
    return buffer.getvalue()
