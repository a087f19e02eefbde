from __future__ import annotations

from typing import Any

from django.db.models import Count
from django.utils import timezone

from pantau.tenancy.models import Agency, Period, ServiceProduct, ServiceUnit, UnitKind
from pantau.tenancy.selectors import memberships_in_use


def region_overview() -> dict[str, Any]:
    """Counts for the home page, read inside the current Pemda's scope."""
    units_by_kind = dict(
        ServiceUnit.objects.filter(is_active=True)
        .values_list("kind")
        .annotate(n=Count("id"))
        .values_list("kind", "n")
    )
    return {
        "agency_count": Agency.objects.filter(is_active=True).count(),
        "unit_count": sum(units_by_kind.values()),
        "product_count": ServiceProduct.objects.filter(is_active=True).count(),
        "user_count": memberships_in_use().count(),
        "units_by_kind": [
            {"label": str(label), "count": units_by_kind.get(value, 0)}
            for value, label in UnitKind.choices
        ],
        "open_periods": open_periods(),
    }


def open_periods() -> list[Period]:
    """Future years' periods exist for planning; the home page shows those being reported now."""
    return list(Period.objects.filter(status="open", year__lte=timezone.localdate().year)
                .order_by("year", "quarter"))
