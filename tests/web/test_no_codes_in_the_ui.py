"""Pages and messages name things in Indonesian, never by their code: no 'lower_exclusive',
method ids such as 'ombudsman-2022' or level codes such as 'sub_kegiatan'."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django_scopes import scope

from pantau.performance.services.plans import node_create
from pantau.scoring.registry import all_methods
from tests.performance.analysis.builders import renstra
from tests.personas import World

METHOD_IDS = [method.id for method in all_methods()]


def _text(html: str) -> str:
    """What a reader sees: tags and form values left out."""
    body = html.split("<main", 1)[1]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", body))


def _calculate(client: Any, **query: Any) -> str:
    return _text(client.get(reverse("web:calculator"),
                            {"tab": "nilai", "hitung": "1", **query}).content.decode())


def test_the_sakip_result_names_its_boundary_rule_in_words(client_for: Any) -> None:
    page = _calculate(client_for("evaluator"), kind="sakip", value="90")

    assert "Aturan batas" in page
    assert "lower_exclusive" not in page and "lower_inclusive" not in page
    assert "batas bawah tidak termasuk" in page
    assert not [code for code in METHOD_IDS if code in page]


@pytest.mark.parametrize(("kind", "value", "year"), [
    ("ombudsman", "78,12", "2010"), ("ombudsman", "105", "2022"), ("pekppp", "9", "2023")])
def test_refusals_name_the_method_not_its_id(client_for: Any, kind: str, value: str,
                                             year: str) -> None:
    page = _calculate(client_for("evaluator"), kind=kind, value=value, year=year)

    assert "alert-danger" not in page  # the text only
    found = [code for code in METHOD_IDS if code in page]
    assert found == [], f"method ids shown: {found}"
    assert re.search(r"Ombudsman|PEKPPP", page)


def test_a_level_refusal_names_the_level(world: World) -> None:
    nodes = renstra(world.opd_a)
    with scope(region=world.region_a.pk), pytest.raises(ValidationError) as refused:
        node_create(actor=world.user("admin"), plan=nodes["program"].plan,
                    parent=nodes["program"], level="sub_kegiatan", name="Sub-kegiatan X",
                    code="X.1")

    message = " ".join(refused.value.messages)
    assert "Sub-kegiatan" in message and "sub_kegiatan" not in message
