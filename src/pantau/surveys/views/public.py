"""The public questionnaire: no login, one signed token per form load, honeypot, rate limit.

The scope middleware scopes logged-in users only, so every public view opens the survey's Pemda
scope itself after finding the survey by its random public code.

Submitting is the hot path (a whole Puskesmas queue on its phones), so it does the least work:
the survey comes from this process's short-lived copy (``selectors.surveys.public_survey``), the
answer sheet is read once by ``forms.answer_sheet`` (directly when plainly valid, else through
``ResponseForm`` for its messages), and the response is one guarded INSERT (``response_submit``).
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Iterator
from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import get_script_prefix, reverse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django_scopes import scope

from pantau.dates import sentence_date
from pantau.pages.client import client_address
from pantau.surveys.forms import ResponseForm, answer_sheet, response_form
from pantau.surveys.models import Survey
from pantau.surveys.ratelimit import submission_allowed
from pantau.surveys.selectors.surveys import local_day, public_survey, survey_is_open
from pantau.surveys.services.responses import (
    SubmissionDuplicate,
    SurveyClosed,
    response_submit,
)
from pantau.surveys.tokens import TokenExpired, TokenInvalid, token_make, token_read


def _not_found(request: HttpRequest) -> HttpResponse:
    return _message(
        request, None, status=404, title=_("Survei tidak ditemukan"),
        text=_("Tautan atau kode QR ini tidak mengarah ke survei mana pun. Periksa kembali "
               "tautannya atau tanyakan kepada petugas layanan."),
    )


@contextmanager
def survey_scope(survey: Survey) -> Iterator[None]:
    with scope(region=survey.region_id), timezone.override(
        zoneinfo.ZoneInfo(survey.region.timezone)
    ):
        yield


def _own_copy(response: HttpResponse) -> HttpResponse:
    """The questionnaire pages carry the visitor's CSRF token and a one-time form token: no
    shared cache may keep them, and the browser asks again rather than reuse a spent form."""
    patch_cache_control(response, private=True, no_cache=True)
    return response


def _message(request: HttpRequest, survey: Survey | None, *, title: str, text: str,
             status: int, kiosk: bool = False, retry: bool = False) -> HttpResponse:
    return _own_copy(render(request, "surveys/public_message.html", {
        "survey": survey, "title": title, "text": text, "kiosk": kiosk, "retry": retry,
    }, status=status))


def _closed(request: HttpRequest, survey: Survey) -> HttpResponse:
    return _message(
        request, survey, status=403, title=_("Survei sedang tidak dibuka"),
        text=_("Survei kepuasan unit ini dibuka %(start)s sampai %(end)s. Terima kasih atas "
               "kesediaan Anda; silakan kembali pada masa survei.") % {
            "start": sentence_date(survey.starts_on), "end": sentence_date(survey.ends_on),
        } if survey.is_active else _("Survei kepuasan unit ini sedang tidak dibuka."),
    )


def _form_page(request: HttpRequest, survey: Survey, form: ResponseForm,
               kiosk: bool, status: int = 200) -> HttpResponse:
    return _own_copy(render(request, "surveys/public_form.html", {
        "survey": survey, "form": form, "kiosk": kiosk,
    }, status=status))


def survey_form(request: HttpRequest, code: str) -> HttpResponse:
    survey = public_survey(code)
    if survey is None:
        return _not_found(request)
    with survey_scope(survey):
        return _survey_form(request, survey)


def _survey_form(request: HttpRequest, survey: Survey) -> HttpResponse:
    today = local_day(region=survey.region, moment=timezone.now())
    if not survey_is_open(survey=survey, day=today):
        return _closed(request, survey)
    if request.method != "POST":
        kiosk = request.GET.get("kiosk") == "1"
        blank = response_form(
            None, survey=survey, initial={"token": token_make(survey_id=survey.pk), "kiosk": kiosk})
        return _form_page(request, survey, blank, kiosk)
    kiosk = request.POST.get("kiosk") in ("True", "true", "1", "on")
    if not submission_allowed(ip=client_address(request), survey_code=survey.public_code):
        return _message(
            request, survey, status=429, kiosk=kiosk, title=_("Terlalu banyak pengisian"),
            text=_("Terlalu banyak jawaban dikirim dari perangkat atau jaringan ini dalam waktu "
                   "singkat. Silakan coba lagi beberapa menit lagi."),
        )
    if request.POST.get("website"):
        return _message(
            request, survey, status=400, kiosk=kiosk, title=_("Jawaban tidak dapat diterima"),
            text=_("Jawaban ini tidak dapat diterima. Silakan isi ulang formulir."), retry=True,
        )
    try:
        nonce = token_read(value=request.POST.get("token", ""), survey_id=survey.pk)
    except TokenExpired:
        return _message(
            request, survey, status=400, kiosk=kiosk, title=_("Formulir kedaluwarsa"),
            text=_("Formulir ini sudah terlalu lama dibuka. Silakan isi ulang formulir."),
            retry=True,
        )
    except TokenInvalid:
        return _message(
            request, survey, status=400, kiosk=kiosk, title=_("Jawaban tidak dapat diterima"),
            text=_("Formulir tidak sah. Silakan buka ulang formulir survei."), retry=True,
        )
    sheet, form = answer_sheet(request.POST, survey=survey)
    if sheet is None:  # something to explain: the form's messages
        assert form is not None
        return _form_page(request, survey, form, kiosk)
    try:
        response_submit(
            survey=survey, answers=sheet.answers, token=nonce, profile=sheet.profile,
            product=sheet.product_id, comment=sheet.comment, extra=sheet.extra,
        )
    except SubmissionDuplicate:
        return _already(request, survey, kiosk)
    except SurveyClosed:
        return _closed(request, survey)
    except ValidationError as error:
        form = form or response_form(request.POST, survey=survey)
        if form.is_valid():  # the form found nothing wrong: show the service's reason
            form.add_error(None, error.messages)
        return _form_page(request, survey, form, kiosk)
    url = _thanks_path(get_script_prefix(), survey.public_code)
    return HttpResponseRedirect(f"{url}?kiosk=1" if kiosk else url)  # a path: nothing to resolve


@functools.lru_cache(maxsize=4096)
def _thanks_path(prefix: str, code: str) -> str:
    """The thank-you page of a survey, reversed once per code (reversing is a large share of
    this hot view's own work)."""
    return reverse("surveys:public_thanks", args=[code])


def _already(request: HttpRequest, survey: Survey, kiosk: bool) -> HttpResponse:
    return _message(
        request, survey, status=200, kiosk=kiosk, title=_("Jawaban Anda sudah tercatat"),
        text=_("Jawaban dari formulir ini sudah tercatat sebelumnya dan hanya dihitung satu "
               "kali. Terima kasih."),
    )


def survey_thanks(request: HttpRequest, code: str) -> HttpResponse:
    survey = public_survey(code)
    if survey is None:
        return _not_found(request)
    kiosk = request.GET.get("kiosk") == "1"
    with survey_scope(survey):
        return _own_copy(render(request, "surveys/public_thanks.html",
                                {"survey": survey, "kiosk": kiosk}))
