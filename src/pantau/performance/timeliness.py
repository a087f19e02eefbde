"""Timeliness of an OPD's report: decided and worded once for every page and export.

``on_time`` is True (submitted at or before the deadline), False (submitted late, or the deadline
passed without a submission) or None (not submitted and the deadline still ahead, or no deadline
to judge by).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.utils import timezone
from django.utils.translation import gettext as _


def on_time(*, submitted_at: datetime.datetime | None,
            due_at: datetime.datetime | None) -> bool | None:
    """One quarter's report against its deadline (the first submission counts)."""
    if due_at is None:
        return None
    if submitted_at is None:
        return False if due_at < timezone.now() else None
    return submitted_at <= due_at


def on_time_over(verdicts: Iterable[bool | None]) -> bool | None:
    """Several quarters (a year): on time when every judged quarter is; None if none is judged."""
    judged = [verdict for verdict in verdicts if verdict is not None]
    return all(judged) if judged else None


def timeliness_label(on_time: bool | None) -> str:
    if on_time is None:
        return _("Belum dinilai")
    return _("Tepat waktu") if on_time else _("Terlambat")
