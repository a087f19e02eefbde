"""The public SKM pages carry nothing of the visitor, so one visitor's page never reaches another.

The results page is cached for everybody; a logged-in admin of another Pemda (with a flash message
waiting) and an anonymous citizen must each get the same page, with no name, role, menu, message or
CSRF token of either in it, and a logged-in visitor's copy must never be marked for shared caches.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.conf import settings as django_settings
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token
from django.template import loader
from django.template.base import Lexer, TokenType
from django.template.loader_tags import ExtendsNode
from django.test import Client, RequestFactory
from django.urls import reverse

from pantau.tenancy.models import Role
from tests.personas import World
from tests.surveys.conftest import make_survey, submit_direct

SECRET_MESSAGE = "Undangan dikirim ke rahasia.baru@kotalain.go.id"
PUBLIC_TEMPLATES = (
    "surveys/publication.html", "surveys/public_form.html", "surveys/public_thanks.html",
    "surveys/public_message.html",
)
TOKEN = re.compile(r"[A-Za-z0-9]{64}")


@pytest.fixture
def cached_page(settings: Any) -> None:
    """The public page cached as in production (the surveys tests switch it off by default)."""
    settings.SKM_PUBLIC_CACHE_SECONDS = 60
    cache.clear()
    yield
    cache.clear()


def _with_pending_message(client: Client, text: str) -> None:
    """A flash message waiting for the client's next page, as after sending an invitation."""
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(messages.SUCCESS, text)
    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies[storage.cookie_name] = carrier.cookies[storage.cookie_name].value


def _page(client: Client, world: World) -> Any:
    return client.get(reverse("surveys:publication", args=[world.region_a.slug]))


def _csrf_secret(client: Client) -> str:
    cookie = client.cookies.get(django_settings.CSRF_COOKIE_NAME)
    return cookie.value if cookie else ""


def _assert_nothing_of(html: str, world: World, persona: str, secrets: list[str]) -> None:
    user = world.user(persona)
    assert user.get_full_name() not in html
    assert user.username not in html
    assert str(Role(world.memberships[persona].role).label) not in html
    assert "menu-utama" not in html and "menu-pengguna" not in html and "Jejak Audit" not in html
    assert SECRET_MESSAGE not in html
    assert "csrfmiddlewaretoken" not in html and "X-CSRFToken" not in html
    for candidate in TOKEN.findall(html):  # no masked copy of anybody's CSRF secret either
        assert _unmask_cipher_token(candidate) not in secrets


@pytest.fixture
def published(world: World) -> None:
    submit_direct(make_survey(world.unit_a), [4, 3, 4, 3, 4, 3, 4, 3, 4])


@pytest.mark.usefixtures("cached_page", "published")
def test_an_admin_of_another_pemda_leaves_nothing_for_the_next_visitor(
    world: World, client_for: Any
) -> None:
    admin = client_for("other_admin")
    admin.get(reverse("accounts:password_change"))  # any staff page: the admin has a CSRF cookie
    _with_pending_message(admin, SECRET_MESSAGE)
    seen_by_admin = _page(admin, world)
    anonymous = Client()

    seen_by_citizen = _page(anonymous, world)

    assert seen_by_admin.status_code == seen_by_citizen.status_code == 200
    html = seen_by_citizen.content.decode()
    assert "Puskesmas Sukamaju" in html and "Kabupaten Contoh" in html
    _assert_nothing_of(html, world, "other_admin", [_csrf_secret(admin)])
    assert "Kota Lain" not in html
    assert seen_by_citizen.cookies == {}  # no CSRF or session cookie handed out with it
    # The admin's message was not spent on a public page: it waits for their own next page.
    assert SECRET_MESSAGE in admin.get(reverse("web:home")).content.decode()


@pytest.mark.usefixtures("cached_page", "published")
def test_a_citizen_leaves_nothing_for_a_logged_in_admin_and_the_admin_sees_no_menu(
    world: World, client_for: Any
) -> None:
    citizen = Client()
    citizen.get(reverse("accounts:login"))  # the citizen's browser now holds a CSRF cookie
    first = _page(citizen, world)
    admin = client_for("admin")
    admin.get(reverse("accounts:password_change"))
    _with_pending_message(admin, SECRET_MESSAGE)

    second = _page(admin, world)

    secrets = [_csrf_secret(citizen), _csrf_secret(admin)]
    assert all(secrets)
    for response in (first, second):
        _assert_nothing_of(response.content.decode(), world, "admin", secrets)
    assert first.content == second.content  # one page for everybody


@pytest.mark.usefixtures("cached_page", "published")
@pytest.mark.parametrize("persona", ["admin", "other_admin", "operator_a"])
def test_a_logged_in_visitor_never_gets_a_copy_for_shared_caches(
    world: World, client_for: Any, persona: str
) -> None:
    anonymous = _page(Client(), world)
    logged_in = _page(client_for(persona), world)

    assert anonymous["Cache-Control"] == "public, max-age=60"
    assert "Cookie" in anonymous["Vary"]  # the language comes from a cookie
    assert "public" not in logged_in["Cache-Control"]
    assert "private" in logged_in["Cache-Control"]


@pytest.mark.usefixtures("published")
def test_the_public_form_pages_are_not_kept_by_shared_caches(
    world: World, client_for: Any
) -> None:
    survey = make_survey(world.unit_b)
    for client in (Client(), client_for("admin")):
        form = client.get(reverse("surveys:public_form", args=[survey.public_code]))
        thanks = client.get(reverse("surveys:public_thanks", args=[survey.public_code]))
        missing = client.get(reverse("surveys:public_form", args=["tidak-ada"]))
        for response in (form, thanks, missing):
            assert "private" in response["Cache-Control"]
            assert "Fajar Admin Contoh" not in response.content.decode()
        assert "csrfmiddlewaretoken" in form.content.decode()  # the form still posts


def _extends_chain(name: str) -> list[str]:
    chain = [name]
    template = loader.get_template(name).template
    while True:
        parents = template.nodelist.get_nodes_by_type(ExtendsNode)
        if not parents:
            return chain
        parent = parents[0].parent_name.resolve({})
        chain.append(parent)
        template = loader.get_template(parent).template


@pytest.mark.parametrize("name", PUBLIC_TEMPLATES)
def test_public_templates_build_on_the_public_base_not_the_staff_base(name: str) -> None:
    chain = _extends_chain(name)

    assert "web/base.html" not in chain
    assert chain[-1] == "web/public_base.html"


def test_the_public_base_reads_no_user_messages_or_csrf_token() -> None:
    source = loader.get_template("web/public_base.html").template.source
    used = " ".join(
        token.contents for token in Lexer(source).tokenize()
        if token.token_type in (TokenType.VAR, TokenType.BLOCK)
    )

    assert "extends" not in used
    for word in ("user", "messages", "csrf", "nav_menu", "membership", "current_region"):
        assert word not in used
