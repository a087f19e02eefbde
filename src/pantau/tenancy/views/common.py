"""Small helpers shared by the tenancy views: permission checks and form round trips."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest

from pantau.tenancy.models import Region


def current_region(request: HttpRequest) -> Region:
    """The Pemda the request runs in (set by RegionScopeMiddleware); none means no access."""
    region: Region | None = getattr(request, "region", None)
    if region is None:
        raise PermissionDenied
    return region


def require_perm(request: HttpRequest, perm: str, obj: Any = None) -> None:
    if not request.user.has_perm(perm, obj):
        raise PermissionDenied


def apply_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Shows a service's ValidationError on the form, field by field where it names fields."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)
