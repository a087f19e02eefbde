"""The leadership demo in order: each step reads what the earlier ones wrote."""

from __future__ import annotations

import datetime

from pantau.demo.leadership.setup import setup_demo_load
from pantau.tenancy.models import Region


def leadership_demo_load(*, region: Region, today: datetime.date | None = None) -> None:
    setup_demo_load(region=region, today=today)
