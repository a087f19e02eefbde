"""Any other address under /api/v1/: a JSON 404 like the API's own answers, not the web UI's
HTML error page (a client parses JSON whatever the address it got wrong)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt


@csrf_exempt  # it changes nothing: a token client's POST gets the 404, not a CSRF page
def unknown_address(request: HttpRequest, *args: Any, **kwargs: Any) -> JsonResponse:
    return JsonResponse({"detail": _("Alamat API ini tidak ada.")}, status=404)
