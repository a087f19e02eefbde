"""The user's API tokens page: create (the key is shown once), list, revoke."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from pantau.api.forms import TokenCreateForm
from pantau.api.models import ApiToken
from pantau.api.selectors import tokens_of_user
from pantau.api.services import token_create, token_revoke
from pantau.pages.access import current_region, require_perm
from pantau.pages.form_page import apply_service_errors
from pantau.site_url import absolute_url


@never_cache  # the page that shows a new key must not be kept by any cache
@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    require_perm(request, "api.manage_tokens")
    region = current_region(request)
    form = TokenCreateForm(request.POST or None)
    created: ApiToken | None = None
    key = ""
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                created, key = token_create(actor=request.user, region=region,
                                            name=form.cleaned_data["name"])
            except ValidationError as error:
                apply_service_errors(form, error)
                status = 400
            else:
                form = TokenCreateForm()
        else:
            status = 400
    return render(request, "api/token_list.html", {
        "form": form, "tokens": tokens_of_user(user=request.user), "created": created,
        "key": key, "api_root_url": absolute_url(reverse("api:root")),
    }, status=status)


@login_required
@require_POST
def token_revoke_view(request: HttpRequest, pk: int) -> HttpResponse:
    require_perm(request, "api.manage_tokens")
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    if token_revoke(actor=request.user, token=token):
        messages.success(request, _("Token “%(name)s” dicabut; aplikasi yang memakainya tidak "
                                    "dapat masuk lagi.") % {"name": token.name})
    else:
        messages.info(request, _("Token ini sudah dicabut sebelumnya."))
    return redirect("api:token_list")
