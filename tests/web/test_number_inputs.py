"""Every number field takes the Indonesian format and shows it back as typed: text inputs read by
the app's own parser, never ``type=number`` (which refuses "3.140" and "87,5" in the browser)."""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from django import forms
from django.urls import reverse
from django_scopes import scopes_disabled

import pantau
from pantau.pages.number_fields import DecimalTextField, WholeNumberField, YearField
from pantau.performance.models import Realization
from tests.performance.reporting.conftest import Reporting, form_data, rep  # noqa: F401


def _form_classes() -> Iterator[type[forms.BaseForm]]:
    for module in pkgutil.walk_packages(pantau.__path__, "pantau."):
        if ".migrations" not in module.name and ".management" not in module.name:
            importlib.import_module(module.name)
    pending = list(forms.BaseForm.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if cls.__module__.startswith("pantau."):
            yield cls


def _numeric_fields() -> list[tuple[str, str, forms.Field]]:
    found = []
    for cls in _form_classes():
        for name, field in getattr(cls, "base_fields", {}).items():
            if isinstance(field.widget, forms.HiddenInput):
                continue  # an id carried by the page, never typed
            if isinstance(field, forms.IntegerField | forms.DecimalField | forms.FloatField):
                found.append((f"{cls.__module__}.{cls.__name__}", name, field))
    return found


def test_every_number_field_is_a_text_input_read_by_the_apps_parser() -> None:
    fields = _numeric_fields()
    assert len(fields) >= 10  # years, counts, targets, baselines, settings

    wrong = [f"{form}.{name}: {type(field).__name__}/{type(field.widget).__name__}"
             for form, name, field in fields
             if not isinstance(field, DecimalTextField | WholeNumberField)
             or isinstance(field.widget, forms.NumberInput)]

    assert wrong == []


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("3.140", 3140, "3.140"), ("3140", 3140, "3.140"), ("1.234.567", 1234567, "1.234.567"),
])
def test_a_count_reads_dots_as_thousands_and_shows_them_again(typed: str, stored: int,
                                                               shown: str) -> None:
    field = WholeNumberField(label="Populasi")
    assert field.clean(typed) == stored
    assert field.prepare_value(stored) == shown
    assert 'type="text"' in field.widget.render("p", shown)


@pytest.mark.parametrize("typed", ["3,5", "tiga ribu", "3.14"])
def test_a_count_refuses_what_is_not_a_whole_number(typed: str) -> None:
    with pytest.raises(forms.ValidationError) as refused:
        WholeNumberField(label="Populasi").clean(typed)
    assert refused.value.messages == ["Isi dengan bilangan bulat, mis. 3.140."]


@pytest.mark.parametrize(("typed", "stored", "shown"), [
    ("1.234,5", Decimal("1234.5"), "1.234,5"), ("87,5", Decimal("87.5"), "87,5"),
    ("1.234.567", Decimal("1234567"), "1.234.567"), ("1234", Decimal("1234"), "1.234"),
    ("1.500", Decimal("1500"), "1.500"), ("70,4200", Decimal("70.42"), "70,42"),
])
def test_a_decimal_reads_back_as_it_was_typed(typed: str, stored: Decimal, shown: str) -> None:
    field = DecimalTextField(label="Target", max_digits=20, decimal_places=4)
    assert field.clean(typed) == stored
    assert field.prepare_value(stored) == shown


@pytest.mark.parametrize("typed", ["delapan", "1,2,3", "١٢٣"])
def test_a_decimal_refuses_what_is_not_a_number(typed: str) -> None:
    with pytest.raises(forms.ValidationError) as refused:
        DecimalTextField(label="Target").clean(typed)
    assert refused.value.messages == ["Isi dengan angka, mis. 1.234,5."]


def test_a_year_is_shown_without_a_thousands_dot() -> None:
    field = YearField(label="Tahun", min_value=2000, max_value=2100)
    assert field.clean("2026") == 2026
    assert field.prepare_value(2026) == "2026"
    with pytest.raises(forms.ValidationError):
        field.clean("1999")


def test_a_quarterly_realization_reads_back_as_it_was_typed(
    rep: Reporting, client_for: Any  # noqa: F811
) -> None:
    operator = client_for("operator_a")
    response = operator.post(rep.form_url(), form_data(rep, percent="1.234,5", people="1.234.567"))
    assert response.status_code == 302

    page = operator.get(rep.form_url()).content.decode()

    with scopes_disabled():
        assert Realization.objects.get(indicator=rep.percent, period=rep.q1).value == \
            Decimal("1234.5")
    assert f'id="value-{rep.percent.pk}" value="1.234,5"' in page
    assert f'id="value-{rep.people.pk}" value="1.234.567"' in page


def test_the_survey_form_takes_a_population_of_3140(world: Any, client_for: Any) -> None:
    page = client_for("admin").get(reverse("surveys:survey_create")).content.decode()
    assert 'type="number"' not in page
    assert 'name="population"' in page and 'inputmode="numeric"' in page
