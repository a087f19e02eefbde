"""Plan pages: the list, the tree of a plan, nodes, indicators, target grid, revision, XLSX."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import form_page
from pantau.performance.forms_plans import (
    IndicatorForm,
    NodeForm,
    PlanForm,
    TargetGridForm,
    grid_initial,
)
from pantau.performance.locks import PeriodLocked, ReportInReview, locked_target_cells
from pantau.performance.models import Indicator, Plan, PlanLevel, PlanNode
from pantau.performance.models.plans import allowed_child_levels
from pantau.performance.plan_workbook.apply import indicators_import_apply
from pantau.performance.plan_workbook.export import (
    plan_export_bytes,
    plan_list_table,
    template_bytes,
)
from pantau.performance.plan_workbook.read import indicators_import_plan
from pantau.performance.selectors import plans as selectors
from pantau.performance.services.indicators import (
    indicator_create,
    indicator_set_active,
    indicator_update,
)
from pantau.performance.services.plans import (
    node_create,
    node_set_active,
    node_update,
    plan_create,
    plan_update,
)
from pantau.performance.services.targets import targets_revise, targets_save
from pantau.spreadsheets.reader import ImportRejected
from pantau.spreadsheets.writer import xlsx_download, xlsx_response
from pantau.tenancy.forms import ImportForm

NS = "performance_plans"


def _plan_perm(manage: bool) -> str:
    return "performance.edit_plan" if manage else "performance.view_plan"


def _plan(request: HttpRequest, pk: int, *, manage: bool = False) -> Plan:
    plan: Plan = get_object_or_404(Plan.objects.select_related("agency"), pk=pk)
    require_perm(request, _plan_perm(manage), plan)
    return plan


def _node(request: HttpRequest, pk: int) -> PlanNode:
    node: PlanNode = get_object_or_404(
        PlanNode.objects.select_related("plan", "plan__agency"), pk=pk)
    require_perm(request, "performance.edit_plan", node.plan)
    return node


def _indicator(request: HttpRequest, pk: int, *, manage: bool = False) -> Indicator:
    indicator: Indicator = get_object_or_404(
        Indicator.objects.select_related("node", "node__plan", "node__plan__agency", "agency",
                                         "supports"), pk=pk)
    require_perm(request, _plan_perm(manage), indicator.node.plan)
    return indicator


def _crumbs(plan: Plan | None = None) -> list[dict[str, str]]:
    crumbs = [{"label": _("Rencana & Indikator"), "url": reverse(f"{NS}:plan_list")}]
    if plan is not None:
        crumbs.append({"label": str(plan), "url": reverse(f"{NS}:plan_detail", args=[plan.pk])})
    return crumbs


def _plan_url(pk: int) -> str:
    return reverse(f"{NS}:plan_detail", args=[pk])


@login_required
def plan_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.view_any")
    plans = selectors.readable_plans(request.user)
    if request.GET.get("format") == "xlsx":
        return xlsx_response(plan_list_table(plans), filename="daftar-rencana.xlsx")
    return render(request, "performance/plans/plan_list.html", {
        "rpjmd": [p for p in plans if p.level == PlanLevel.RPJMD],
        "renstra": [p for p in plans if p.level == PlanLevel.RENSTRA],
        "can_manage": request.user.has_perm("performance.manage_plans"),
    })


@login_required
def plan_create_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "performance.manage_plans")
    return form_page(
        request, PlanForm(request.POST or None),
        save=lambda data: plan_create(actor=request.user, region=current_region(request), **data),
        message=lambda plan: _("Dokumen “%(t)s” dibuat.") % {"t": plan.title},
        next_url=lambda plan: _plan_url(plan.pk), title=_("Tambah dokumen perencanaan"),
        breadcrumbs=_crumbs(),
        cancel_url=reverse(f"{NS}:plan_list"))


@login_required
def plan_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    require_perm(request, "performance.manage_plans")
    return form_page(
        request, PlanForm(request.POST or None, instance=Plan.objects.get(pk=pk)),
        save=lambda data: plan_update(actor=request.user, plan=plan, **data),
        message=_("Perubahan dokumen disimpan."), next_url=_plan_url(plan.pk),
        title=_("Ubah dokumen"), breadcrumbs=_crumbs(plan), cancel_url=_plan_url(plan.pk))


@login_required
def plan_detail(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    show_inactive = request.GET.get("semua") == "1"
    rows = selectors.plan_tree(plan=plan, include_inactive=show_inactive)
    can_manage = request.user.has_perm("performance.edit_plan", plan)
    for row in rows:
        row.child_levels = allowed_child_levels(plan=plan, parent=row.node)  # type: ignore
    return render(request, "performance/plans/plan_detail.html", {
        "plan": plan, "rows": rows, "can_manage": can_manage, "show_inactive": show_inactive,
        "can_edit_plan": request.user.has_perm("performance.manage_plans"),
        "top_levels": allowed_child_levels(plan=plan, parent=None),
    })


@login_required
def node_create_view(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, manage=True)
    parent_id = request.GET.get("induk") or request.POST.get("induk")
    parent = (get_object_or_404(PlanNode, pk=parent_id, plan=plan)
              if parent_id and str(parent_id).isdecimal() else None)
    levels = allowed_child_levels(plan=plan, parent=parent)
    return form_page(
        request, NodeForm(request.POST or None, levels=levels),
        save=lambda data: node_create(actor=request.user, plan=plan, parent=parent, **data),
        message=lambda node: _("Simpul “%(n)s” ditambahkan.") % {"n": node},
        next_url=_plan_url(plan.pk),
        title=(_("Tambah simpul di bawah %(p)s") % {"p": parent}) if parent
        else _("Tambah simpul"),
        breadcrumbs=_crumbs(plan), cancel_url=_plan_url(plan.pk),
        intro="" if levels else _("Tidak ada tingkat yang boleh ditambahkan di bawah simpul ini."))


@login_required
def node_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    node = _node(request, pk)
    return form_page(
        request, NodeForm(request.POST or None, instance=PlanNode.objects.get(pk=pk)),
        save=lambda data: node_update(actor=request.user, node=node, **data),
        message=_("Perubahan simpul disimpan."), next_url=_plan_url(node.plan_id),
        title=_("Ubah simpul"), breadcrumbs=_crumbs(node.plan),
        cancel_url=_plan_url(node.plan_id))


@login_required
@require_POST
def node_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    node = _node(request, pk)
    try:
        node_set_active(actor=request.user, node=node, active=not node.is_active)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Simpul diaktifkan kembali.") if node.is_active
                         else _("Simpul dinonaktifkan. Datanya tetap tersimpan."))
    return redirect(f"{NS}:plan_detail", pk=node.plan_id)


@login_required
def indicator_create_view(request: HttpRequest, pk: int) -> HttpResponse:
    node = _node(request, pk)
    plan = node.plan
    initial = {"agency": plan.agency} if plan.agency else {}
    return form_page(
        request, IndicatorForm(request.POST or None, plan=plan, initial=initial),
        save=lambda data: indicator_create(actor=request.user, node=node, **data),
        message=_("Indikator ditambahkan. Isi targetnya."),
        next_url=lambda indicator: reverse(f"{NS}:target_grid", args=[indicator.pk]),
        title=_("Tambah indikator pada %(n)s") % {"n": node}, breadcrumbs=_crumbs(plan),
        cancel_url=_plan_url(plan.pk))


@login_required
def indicator_update_view(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = _indicator(request, pk, manage=True)
    plan = indicator.node.plan
    indicator_url = reverse(f"{NS}:indicator_detail", args=[pk])
    return form_page(
        request,
        IndicatorForm(request.POST or None, plan=plan, instance=Indicator.objects.get(pk=pk)),
        save=lambda data: indicator_update(actor=request.user, indicator=indicator, **data),
        message=_("Perubahan indikator disimpan."), next_url=indicator_url,
        title=_("Ubah indikator"), breadcrumbs=_crumbs(plan), cancel_url=indicator_url)


@login_required
@require_POST
def indicator_toggle(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = _indicator(request, pk, manage=True)
    try:
        indicator_set_active(actor=request.user, indicator=indicator,
                             active=not indicator.is_active)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("Indikator diaktifkan kembali.") if indicator.is_active
                         else _("Indikator dinonaktifkan. Datanya tetap tersimpan."))
    return redirect(f"{NS}:indicator_detail", pk=pk)


@login_required
def indicator_detail(request: HttpRequest, pk: int) -> HttpResponse:
    indicator = _indicator(request, pk)
    years = selectors.indicator_years(indicator=indicator)
    # The plan and its targets are public inside the Pemda (an RPJMD indicator is read by every
    # member); the quarterly realization is the responsible OPD's data.
    reads_data = request.user.has_perm("performance.view_agency", indicator.agency)
    supported_by = list(selectors.indicator_supported_by(indicator=indicator))
    # Another OPD's Renstra indicator is named (cascading) but linked only for its readers.
    readable_agencies = {other.agency_id for other in supported_by
                         if request.user.has_perm("performance.view_agency", other.agency)}
    return render(request, "performance/plans/indicator_detail.html", {
        "indicator": indicator, "plan": indicator.node.plan, "years": years,
        "flagged_years": [y.year for y in years if y.not_computable],
        "revision_notes": sorted({t.revision_note for y in years for t in [y.annual, *y.quarters]
                                  if t is not None and t.revision_note}),
        "supported_by": supported_by, "readable_agencies": readable_agencies,
        "reads_data": reads_data,
        "realizations": selectors.indicator_realizations(indicator=indicator)
        if reads_data else [],
        "can_manage": request.user.has_perm("performance.edit_plan", indicator.node.plan),
        "can_view_history": request.user.has_perm("audit.view_history"),
        "breadcrumbs": _crumbs(indicator.node.plan),
    })


def _grid(request: HttpRequest, pk: int, *, revision: bool) -> HttpResponse:
    indicator = _indicator(request, pk, manage=True)
    plan = indicator.node.plan
    cells = selectors.targets_by_cell(indicators=[indicator]).get(indicator.pk, {})
    note = next((t.revision_note for t in cells.values() if t.revision_note), "")
    initial = grid_initial(cells, revision=revision) | ({"note": note} if revision else {})
    form = TargetGridForm(request.POST or None, years=plan.years, is_range=indicator.is_range,
                          revision=revision, initial=initial,
                          originals=cells if revision else None,
                          locked=locked_target_cells(indicator=indicator, years=plan.years))
    if request.method == "POST" and form.is_valid():
        try:
            if revision:
                count = targets_revise(actor=request.user, indicator=indicator,
                                       note=form.cleaned_data.get("note", ""),
                                       cells=form.cells())
            else:
                count = targets_save(actor=request.user, indicator=indicator,
                                     cells=form.cells())
        except (PeriodLocked, ReportInReview, ValidationError) as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("%(n)s sel target disimpan.") % {"n": count})
            return redirect(f"{NS}:indicator_detail", pk=pk)
    return render(request, "performance/plans/target_grid.html", {
        "indicator": indicator, "plan": plan, "form": form, "revision": revision,
        "originals": cells, "breadcrumbs": _crumbs(plan),
    })


@login_required
def target_grid(request: HttpRequest, pk: int) -> HttpResponse:
    return _grid(request, pk, revision=False)


@login_required
def target_revision(request: HttpRequest, pk: int) -> HttpResponse:
    return _grid(request, pk, revision=True)


def _file_stem(request: HttpRequest, plan: Plan) -> str:
    """renstra-dinkes-2025-2029 or rpjmd-kabupaten-contoh-2025-2029: ASCII, unique per Pemda."""
    if plan.agency is not None:
        owner = plan.agency.short_name or plan.agency.name
    else:
        owner = current_region(request).name
    return slugify(f"{plan.level} {owner} {plan.start_year} {plan.end_year}")


@login_required
def plan_export(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk)
    return xlsx_download(plan_export_bytes(plan=plan),
                         filename=f"{_file_stem(request, plan)}.xlsx")


@login_required
def plan_import_template(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, manage=True)
    return xlsx_download(template_bytes(plan=plan),
                         filename=f"templat-indikator-{_file_stem(request, plan)}.xlsx")


@login_required
def plan_import(request: HttpRequest, pk: int) -> HttpResponse:
    plan = _plan(request, pk, manage=True)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[Any] = []
    if request.method == "POST" and form.is_valid():
        try:
            parsed = indicators_import_plan(upload=form.cleaned_data["file"], plan=plan)
            if not parsed.errors and parsed.is_empty:
                form.add_error("file", _("Berkas tidak berisi baris data."))
            elif not parsed.errors:
                nodes, indicators = indicators_import_apply(
                    actor=request.user, plan=plan, parsed=parsed)
                messages.success(request, _("Impor berhasil: %(n)s simpul dan %(i)s indikator "
                                            "ditambahkan.") % {"n": nodes, "i": indicators})
                return redirect(f"{NS}:plan_detail", pk=plan.pk)
            errors = parsed.errors
        except ImportRejected as rejected:
            form.add_error("file", str(rejected))
        except (PeriodLocked, ReportInReview) as locked:
            form.add_error(None, locked.messages)
    return render(request, "performance/plans/import.html", {
        "plan": plan, "form": form, "errors": errors, "breadcrumbs": _crumbs(plan)})
