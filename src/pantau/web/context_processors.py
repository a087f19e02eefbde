from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from pantau.tenancy.selectors import memberships_of_user
from pantau.web.navigation import menu_for


def navigation(request: HttpRequest) -> dict[str, Any]:
    user = request.user
    if not user.is_authenticated:
        return {}
    return {
        "nav_menu": menu_for(user, request.path),
        "current_region": getattr(request, "region", None),
        "current_membership": getattr(request, "membership", None),
        "other_memberships": [
            m for m in memberships_of_user(user=user)
            if m.region_id != getattr(getattr(request, "region", None), "pk", None)
        ],
    }
