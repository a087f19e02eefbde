"""Timeliness of an OPD's report, worded once for every page and export.

``on_time`` is True (submitted at or before the deadline), False (submitted late, or the deadline
passed without a submission) or None (not submitted yet, or no deadline to judge by).
"""

from __future__ import annotations

from django.utils.translation import gettext as _


def timeliness_label(on_time: bool | None) -> str:
    if on_time is None:
        return _("Belum dinilai")
    return _("Tepat waktu") if on_time else _("Terlambat")
