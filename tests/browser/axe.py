"""Runs axe-core (vendored under tests/browser/vendor/, test-only) on the page a browser shows.

The script is injected as an inline script, which the app's CSP (script-src 'self') refuses: the
pages are opened in a context with ``bypass_csp=True``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

AXE_JS = Path(__file__).resolve().parent / "vendor" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = ("critical", "serious")

_RUN = """async (tags) => {
  const result = await axe.run(document, {runOnly: {type: "tag", values: tags}});
  return result.violations.map(v => ({
    id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map(node => node.target.join(" ")),
  }));
}"""


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """The WCAG 2.1 A/AA rule violations axe finds on the page as it is now."""
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    violations: list[dict[str, Any]] = page.evaluate(_RUN, WCAG_TAGS)
    return violations


def blocking(violations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [v for v in violations if v["impact"] in BLOCKING_IMPACTS]


def describe(where: str, violations: list[dict[str, Any]], *, shown: int = 5) -> str:
    """One line per rule: page, rule id, impact, element count and the first target selectors."""
    lines = []
    for v in violations:
        targets = v["targets"]
        more = f" … (+{len(targets) - shown})" if len(targets) > shown else ""
        lines.append(f"{where}: {v['id']} [{v['impact']}] {len(targets)}× "
                     f"{' | '.join(targets[:shown])}{more}  ({v['help']})")
    return "\n".join(lines)
