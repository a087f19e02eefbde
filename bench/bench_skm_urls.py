"""The project's URLs plus two bare views (the throughput baselines of bench_skm).

- ``bench/bare/``: inserts one row into a three-column table (``bench.bare_row.BareRow``, created
  by the benchmark for the run);
- ``bench/bare-response/``: stores the posted answers as one ``SurveyResponse`` row the plainest
  Django way (``objects.create``), with none of the submission's guarantees (no signed token,
  rate limit, honeypot, survey window, validation or rollup).
"""

import secrets

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.utils import timezone
from django_scopes import scopes_disabled

from bench.bare_row import BareRow
from pantau.surveys.models import SurveyResponse


def bare_insert(request: HttpRequest) -> HttpResponse:
    BareRow.objects.create(key=secrets.token_hex(16), tokens=1.0, updated_at=timezone.now())
    return HttpResponse(status=302, headers={"Location": "/"})


def bare_response(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    with scopes_disabled():
        SurveyResponse.objects.create(
            region_id=request.POST["r"], survey_id=request.POST["s"], unit_id=request.POST["u"],
            submitted_at=now, day=timezone.localdate(now), token=secrets.token_urlsafe(18),
            **{f"u{index}": request.POST[f"u{index}"] for index in range(1, 10)},
        )
    return HttpResponse(status=302, headers={"Location": "/"})


urlpatterns = [
    path("bench/bare/", bare_insert),
    path("bench/bare-response/", bare_response),
    path("", include("pantau.urls")),
]
