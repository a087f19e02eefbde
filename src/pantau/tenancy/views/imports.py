from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from pantau.pages.access import current_region, require_perm
from pantau.spreadsheets.reader import ImportRejected
from pantau.spreadsheets.writer import xlsx_download
from pantau.tenancy.forms import ImportForm
from pantau.tenancy.imports import agencies_import_apply, agencies_import_plan, template_bytes


@login_required
def import_template(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_agencies")
    return xlsx_download(template_bytes(), filename="templat-impor-opd-unit.xlsx")


def _conflict_text(conflict: Exception) -> str:
    if isinstance(conflict, ValidationError):
        return " ".join(conflict.messages)
    return _("nama atau singkatan sudah dipakai")


@login_required
def import_view(request: HttpRequest) -> HttpResponse:
    require_perm(request, "tenancy.manage_agencies")
    form = ImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            plan = agencies_import_plan(
                upload=form.cleaned_data["file"], region=current_region(request)
            )
        except ImportRejected as rejected:
            form.add_error("file", str(rejected))
        else:
            if plan.errors:
                errors = plan.errors
            elif not plan.agencies and not plan.units:
                form.add_error("file", _("Berkas tidak berisi baris data."))
            else:
                try:
                    agencies, units = agencies_import_apply(
                        actor=request.user, region=current_region(request), plan=plan)
                except (ValidationError, IntegrityError) as conflict:
                    # Someone added the same OPD or unit between checking and writing.
                    form.add_error("file", _(
                        "Data OPD/unit berubah saat impor berjalan (%(why)s). Tidak ada yang "
                        "disimpan; unggah ulang berkas.") % {"why": _conflict_text(conflict)})
                    return render(request, "tenancy/import.html", {"form": form, "errors": []})
                messages.success(request, _("Impor berhasil: %(a)s OPD dan %(u)s unit layanan "
                                            "ditambahkan.") % {"a": agencies, "u": units})
                return redirect("tenancy:agency_list")
    return render(request, "tenancy/import.html", {"form": form, "errors": errors})
