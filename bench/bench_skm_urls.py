"""The project's URLs plus a bare view that inserts one row (the throughput baseline)."""

import secrets

from django.http import HttpRequest, HttpResponse
from django.urls import include, path
from django.utils import timezone

from pantau.surveys.models import SubmissionBucket


def bare_insert(request: HttpRequest) -> HttpResponse:
    SubmissionBucket.objects.create(key=secrets.token_hex(16), tokens=1.0,
                                    updated_at=timezone.now())
    return HttpResponse(status=302, headers={"Location": "/"})


urlpatterns = [
    path("bench/bare/", bare_insert),
    path("", include("pantau.urls")),
]
