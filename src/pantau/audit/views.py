from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from pantau.audit.forms import AuditFilterForm
from pantau.audit.models import AuditEvent
from pantau.audit.selectors import audit_actors, audit_events_filtered, audit_events_for_object
from pantau.pages.paging import page_of


def _require_history_perm(request: HttpRequest) -> None:
    if not request.user.has_perm("audit.view_history"):
        raise PermissionDenied


def _paged(request: HttpRequest, events: models.QuerySet[AuditEvent]) -> dict[str, Any]:
    page = page_of(request, events)
    return {"page": page, "events": page.object_list}


@login_required
def event_list(request: HttpRequest) -> HttpResponse:
    _require_history_perm(request)
    form = AuditFilterForm(request.GET or None, actors=audit_actors())
    if form.is_bound:
        form.is_valid()  # runs the checks; filters() then keeps only the valid fields
    filters = form.filters()
    return render(request, "audit/event_list.html", {
        "form": form, "filtered": any(value for value in filters.values()),
        **_paged(request, audit_events_filtered(**filters)),
    })


@login_required
def object_history(request: HttpRequest, model: str, pk: int) -> HttpResponse:
    _require_history_perm(request)
    try:
        model_class = apps.get_model(model)
    except (LookupError, ValueError):
        raise Http404 from None
    # Only tenant data has a history page, and it is read through the scoped manager: an object
    # of another Pemda is not found.
    if not any(f.name == "region" for f in model_class._meta.get_fields()):
        raise Http404
    obj = get_object_or_404(model_class._default_manager, pk=pk)
    return render(request, "audit/object_history.html", {
        "object": obj,
        "verbose_name": model_class._meta.verbose_name,
        **_paged(request, audit_events_for_object(obj=obj)),
    })
