"""Reading what a user sees on Pantau's pages."""

from __future__ import annotations

import re


def stat_cards(body: str) -> dict[str, str]:
    """{label: shown number} of the count cards at the top of the home page."""
    pairs = re.findall(r"</i>\s*([^<]+?)\s*</div>\s*<div class=\"display-6\">([^<]+)</div>", body)
    return {label: value.strip() for label, value in pairs}
