"""Who may open a page, and in which Pemda it runs."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest


def current_region(request: HttpRequest) -> Any:
    """The Pemda (``tenancy.Region``) the request runs in, set by the scope middleware; none
    means no access. Typed ``Any``: this floor knows no app's models."""
    region = getattr(request, "region", None)
    if region is None:
        raise PermissionDenied
    return region


def require_perm(request: HttpRequest, perm: str, obj: Any = None) -> None:
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied
