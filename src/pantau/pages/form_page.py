"""The create/update round trip every form page makes, and the plain form page.

GET (or an invalid POST) shows the form; a valid POST calls the service; the service's
``ValidationError`` lands on the form beside the fields it names; success says so and redirects.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

Saved = str | Callable[[Any], str]  # a text, or one made from what the service returned


def apply_service_errors(form: forms.BaseForm, error: ValidationError) -> None:
    """Shows a service's ValidationError on the form, field by field where it names fields."""
    if hasattr(error, "error_dict"):
        for field, errors in error.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error.messages)


def form_saved(request: HttpRequest, form: forms.BaseForm, *,
               save: Callable[[dict[str, Any]], Any], message: Saved,
               next_url: Saved) -> HttpResponse | None:
    """The redirect after a valid POST that ``save(cleaned_data)`` accepted, else None (the
    caller shows its page again, with the service's refusal on the form)."""
    if request.method != "POST" or not form.is_valid():
        return None
    try:
        result = save(form.cleaned_data)
    except ValidationError as error:
        apply_service_errors(form, error)
        return None
    messages.success(request, message(result) if callable(message) else message)
    return redirect(next_url(result) if callable(next_url) else next_url)


def form_page(request: HttpRequest, form: forms.BaseForm, *,
              save: Callable[[dict[str, Any]], Any], message: Saved, next_url: Saved,
              title: str, breadcrumbs: Sequence[dict[str, str]], cancel_url: str = "",
              intro: str = "", submit_label: str = "") -> HttpResponse:
    """``form_saved``, or the shared one-form page (``web/form_page.html``)."""
    done = form_saved(request, form, save=save, message=message, next_url=next_url)
    if done is not None:
        return done
    return render(request, "web/form_page.html", {
        "form": form, "title": title, "breadcrumbs": breadcrumbs, "cancel_url": cancel_url,
        "intro": intro, "submit_label": submit_label,
    })
