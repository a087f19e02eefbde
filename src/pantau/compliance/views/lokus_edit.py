"""Drawing a lokus (back office) and replacing the one in force with a reason (admin)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from pantau.compliance.forms_lokus import LokusDrawForm, LokusReplaceForm
from pantau.compliance.models import Assessor, Lokus, LokusStatus
from pantau.compliance.selectors.lokus import lokus_active, unit_groups
from pantau.compliance.services.lokus import lokus_draw, lokus_replace
from pantau.compliance.views.lokus import breadcrumbs
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_saved
from pantau.tenancy.models import UnitKind


def _saved(lokus: Lokus) -> str:
    return _("Lokus %(assessor)s %(year)s disimpan dengan benih undian %(seed)s.") % {
        "assessor": lokus.get_assessor_display(), "year": lokus.year, "seed": lokus.seed}


def _detail_url(lokus: Lokus) -> str:
    return reverse("compliance_lokus:detail", args=[lokus.pk])


@login_required
def lokus_create(request: HttpRequest) -> HttpResponse:
    require_perm(request, "compliance.manage_lokus")
    region = current_region(request)
    form = LokusDrawForm(request.POST or None, initial={
        "year": timezone.localdate().year, "assessor": Assessor.OMBUDSMAN,
        "drawn_kind": UnitKind.PUSKESMAS, "draw_count": 2})

    def save(data: dict[str, Any]) -> Lokus:
        return lokus_draw(actor=request.user, region=region, **data)

    done = form_saved(request, form, save=save, message=_saved, next_url=_detail_url)
    if done is not None:
        return done
    return _form(request, form, title=_("Undi lokus"), existing=_existing(request, form))


@login_required
def lokus_replace_view(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "compliance.replace_lokus")
    lokus = get_object_or_404(Lokus, pk=pk)
    form = LokusReplaceForm(request.POST or None, initial=LokusDrawForm.initial_from(lokus))

    def save(data: dict[str, Any]) -> Lokus:
        return lokus_replace(actor=request.user, lokus=lokus, **data)

    done = form_saved(request, form, save=save, message=_saved, next_url=_detail_url)
    if done is not None:
        return done
    return _form(request, form, title=_("Ganti %(lokus)s") % {"lokus": lokus}, replacing=lokus)


def _existing(request: HttpRequest, form: LokusDrawForm) -> Lokus | None:
    """After a refused second draw: the lokus in force, so an admin can go and replace it."""
    if not form.is_bound or not form.errors:
        return None
    year, assessor = form.cleaned_data.get("year"), form.cleaned_data.get("assessor")
    if not year or not assessor:
        return None
    return lokus_active(region=current_region(request), year=year, assessor=assessor)


def _form(request: HttpRequest, form: LokusDrawForm, *, title: str,
          existing: Lokus | None = None, replacing: Lokus | None = None) -> HttpResponse:
    region = current_region(request)
    value = form["mandatory_units"].value() or []
    selected = {int(v) for v in value if str(v).isdigit()}
    groups = unit_groups(region=region)
    return render(request, "compliance/lokus_form.html", {
        "form": form, "title": title, "selected": selected,
        # Each kind folds away, open where a unit is chosen (front offices always).
        "groups": [(group, n == 0 or any(unit.pk in selected for unit in group.units))
                   for n, group in enumerate(groups)],
        "kind_counts": [(g.label, len(g.units)) for g in groups],
        "existing": existing, "replacing": replacing,
        "can_replace": request.user.has_perm("compliance.replace_lokus"),
        "active": LokusStatus.ACTIVE,
        "breadcrumbs": breadcrumbs(*([{"url": _detail_url(replacing), "label": str(replacing)}]
                                     if replacing else [])),
        "cancel_url": _detail_url(replacing) if replacing else reverse("compliance_lokus:list"),
    })
