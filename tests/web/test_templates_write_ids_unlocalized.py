"""Every template writes ids through ``|unlocalize``, so a new template cannot bring back
``name="value-1.475"`` (see test_ids_render_without_separators.py for the rendered pages)."""

from __future__ import annotations

import re
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "pantau"
# {{ var.path|filters }} and name=var.path|filters in {% with %} / {% blocktranslate with %}.
OUTPUT = re.compile(r"\{\{\s*([\w.]+)((?:\|[^}]*)?)\s*\}\}")
ALIAS = re.compile(r"\b\w+=([\w.]+)((?:\|[^\s%]*)?)")
TAG = re.compile(r"\{%\s*(?:with|blocktranslate|blocktrans|include)\b([^%]*)%\}")
# Inside these blocks, {{ name }} is an alias set above (checked there) or output is unlocalized.
SKIPPED_BLOCKS = re.compile(
    r"\{%\s*(blocktranslate|blocktrans|localize off)\b.*?%\}.*?\{%\s*end(?:blocktranslate|"
    r"blocktrans|localize)\s*%\}", re.S)
# Ends in "id" but holds text: a form field's HTML id, a chart's element id, a method code.
TEXT_IDS = ("auto_id", "chart.id", "method.id")
SAFE_FILTERS = ("unlocalize", "stringformat")


def _is_id(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return (last in {"pk", "id"} or last.endswith("_id")) and not name.endswith(TEXT_IDS)


def _unsafe(template: str) -> list[str]:
    found = []
    for tag in TAG.finditer(template):
        found += [f"{tag.group(0)[:60]}…" for name, filters in ALIAS.findall(tag.group(1))
                  if _is_id(name) and not any(f in filters for f in SAFE_FILTERS)]
    body = SKIPPED_BLOCKS.sub("", template)
    found += [match.group(0) for match in OUTPUT.finditer(body)
              if _is_id(match.group(1)) and not any(f in match.group(2) for f in SAFE_FILTERS)]
    return found


def test_every_template_writes_ids_without_a_thousands_separator() -> None:
    templates = sorted(SRC.glob("*/templates/**/*.html")) + sorted(SRC.glob("*/templates/**/*.txt"))
    assert len(templates) > 50

    unsafe = {str(path.relative_to(SRC)): found for path in templates
              if (found := _unsafe(path.read_text(encoding="utf-8")))}

    assert not unsafe, f"write ids as {{{{ x.pk|unlocalize }}}} ({{% load l10n %}}): {unsafe}"


def test_the_check_finds_a_bare_id() -> None:
    assert _unsafe('<input name="value-{{ i.pk }}">') == ["{{ i.pk }}"]
    assert _unsafe('<option value="{{ m.region_id }}">') == ["{{ m.region_id }}"]
    assert _unsafe("{% with x=row.node.pk %}{{ x }}{% endwith %}")
    assert _unsafe('<input name="value-{{ i.pk|unlocalize }}">') == []
    aliased = "{% blocktranslate with id=r.pk|unlocalize %}#{{ id }}{% endblocktranslate %}"
    assert _unsafe(aliased) == []
    assert _unsafe(aliased.replace("|unlocalize", ""))
    assert _unsafe("{% localize off %}{{ i.pk }}{% endlocalize %}") == []
    assert _unsafe('<label for="{{ field.auto_id }}">') == []
