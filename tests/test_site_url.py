"""Links read outside the browser (invitation emails, SKM QR codes, A4 posters, the API example,
the `make run` banner) carry this site's own address.

In development (no SITE_URL) that is the address being served: the request's host, or
PANTAU_DEV_ADDRESS outside a request. In production SITE_URL is the address, whatever the request
says, and `check --deploy` warns (pantau.W001) while it is unset or local.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
import segno
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from pantau.surveys.models import Survey
from pantau.tenancy.models import Role
from pantau.web.checks import site_url_is_public
from tests.personas import World
from tests.surveys.conftest import make_survey

PROJECT = Path(__file__).resolve().parent.parent
SERVED = "127.0.0.1:8123"


@pytest.fixture
def dev_site(settings: Any) -> None:
    """A developer's machine: no SITE_URL, `make run` told to serve on another port."""
    settings.SITE_URL = ""
    settings.DEV_ADDRESS = SERVED


@pytest.fixture
def survey_a(world: World) -> Survey:
    return make_survey(world.unit_a)


def _qr_svg(url: str) -> bytes:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="svg", scale=8, border=2, xmldecl=True)
    return buffer.getvalue()


def test_in_development_the_survey_link_and_qr_code_point_at_the_address_being_served(
    dev_site: None, survey_a: Survey, client_for: Any
) -> None:
    client = client_for("operator_a")
    expected = f"http://{SERVED}/s/{survey_a.public_code}/"

    detail = client.get(reverse("surveys:survey_detail", args=[survey_a.pk]), HTTP_HOST=SERVED)
    qr = client.get(reverse("surveys:survey_qr", args=[survey_a.pk]), HTTP_HOST=SERVED)

    assert f'href="{expected}"' in detail.content.decode()
    assert "127.0.0.1:8000" not in detail.content.decode()
    assert qr.content == _qr_svg(expected)


def test_in_production_the_qr_code_uses_site_url_whatever_host_the_request_names(
    settings: Any, survey_a: Survey, client_for: Any
) -> None:
    settings.SITE_URL = "https://pantau.contoh.go.id"

    qr = client_for("operator_a").get(
        reverse("surveys:survey_qr", args=[survey_a.pk]), HTTP_HOST="localhost")

    assert qr.content == _qr_svg(f"https://pantau.contoh.go.id/s/{survey_a.public_code}/")


def test_in_development_the_invitation_email_links_to_the_address_being_served(
    dev_site: None, world: World, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        client_for("admin").post(reverse("tenancy:membership_invite"), {
            "email": "rina@contoh.go.id", "full_name": "Rina", "role": Role.OPERATOR,
            "agency": world.opd_a.pk,
        }, HTTP_HOST=SERVED)

    links = re.findall(r"https?://\S+", mail.outbox[0].body)
    assert links and all(link.startswith(f"http://{SERVED}/akun/") for link in links)


def test_the_api_token_page_example_uses_site_url_like_every_other_absolute_link(
    settings: Any, world: World, client_for: Any
) -> None:
    settings.SITE_URL = "https://pantau.contoh.go.id"

    body = client_for("operator_a").post(
        reverse("api:token_list"), {"name": "e-SAKIP"}, HTTP_HOST="localhost").content.decode()

    assert "https://pantau.contoh.go.id/api/v1/" in body
    assert "http://localhost" not in body


def test_the_make_run_banner_names_the_address_being_served(
    dev_site: None, db: None, monkeypatch: Any
) -> None:
    """`PANTAU_DEV_ADDRESS=127.0.0.1:8123 make run` prints logins under that address (the demo
    loaders themselves are stubbed: only the banner is under test)."""
    region = SimpleNamespace(name="Kabupaten Contoh")
    summary = SimpleNamespace(region=region, agencies=0, units=0, products=0, periods=0, users=[])
    loaded = SimpleNamespace(pemda=summary, responses=0, indicators=0)
    monkeypatch.setattr("pantau.demo.management.commands.load_demo.demo_load", lambda: loaded)
    out = io.StringIO()

    call_command("load_demo", stdout=out)

    assert f"Pantau: http://{SERVED}/" in out.getvalue()
    assert f"http://{SERVED}/django-admin/" in out.getvalue()
    assert "127.0.0.1:8000" not in out.getvalue()


@pytest.mark.parametrize(("served", "base"), [
    ("127.0.0.1:8123", "http://127.0.0.1:8123"),
    ("0.0.0.0:8124", "http://127.0.0.1:8124"),  # every interface: this machine reaches it here
    ("8125", "http://127.0.0.1:8125"),  # runserver's "port only" form
    ("localhost:8126", "http://localhost:8126"),
])
def test_the_development_settings_read_the_served_address_from_pantau_dev_address(
    served: str, base: str
) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "PANTAU_"))}
    env.pop("SITE_URL", None)
    env.update({"DEBUG": "true", "PANTAU_DEV_ADDRESS": served,
                "DJANGO_SETTINGS_MODULE": "pantau.settings"})
    code = "import django; django.setup(); from pantau.site_url import site_url; print(site_url())"

    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT, env=env,
                            capture_output=True, text=True, timeout=60, check=False)

    assert result.stdout.strip() == base, result.stderr


@pytest.mark.parametrize("url", ["", "http://127.0.0.1:8000", "http://localhost:8000"])
def test_the_deploy_check_says_printed_posters_depend_on_site_url(
    settings: Any, url: str
) -> None:
    settings.SITE_URL = url

    warnings = site_url_is_public()

    assert [w.id for w in warnings] == ["pantau.W001"]
    assert "poster" in warnings[0].msg
