"""The bad rows of a refused import as the pages list them: the first ERRORS_SHOWN, then how
many more. A file of thousands of bad rows would otherwise render a page of megabytes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import template

register = template.Library()

ERRORS_SHOWN = 100


@register.filter
def first_errors(errors: Sequence[Any]) -> Sequence[Any]:
    return errors[:ERRORS_SHOWN]


@register.inclusion_tag("web/includes/import_errors_more.html")
def more_errors(errors: Sequence[Any]) -> dict[str, int]:
    return {"hidden": max(len(errors) - ERRORS_SHOWN, 0)}
