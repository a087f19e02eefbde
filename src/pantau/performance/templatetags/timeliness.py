"""``{{ on_time|timeliness }}``: the one wording of report timeliness (see timeliness.py)."""

from __future__ import annotations

from django import template

from pantau.performance.timeliness import timeliness_label

register = template.Library()


@register.filter
def timeliness(on_time: bool | None) -> str:
    return timeliness_label(on_time)
