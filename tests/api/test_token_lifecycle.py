"""Personal API tokens: made on the token page (key shown once, only its hash stored), used with
``Token`` or ``Bearer``, refused once revoked or when the user's role in the Pemda ends; creating
and revoking are audited. A token acts in its own Pemda only."""

from __future__ import annotations

import hashlib
import re
from typing import Any

from django.urls import reverse
from django_scopes import scope, scopes_disabled
from rest_framework.test import APIClient

from pantau.api.models import ApiToken
from pantau.audit.models import AuditEvent
from pantau.tenancy.models import Membership, Role
from tests.api.conftest import make_token
from tests.factories import MembershipFactory
from tests.personas import World

KEY = re.compile(r"pantau_[A-Za-z0-9_-]{43}")


def _tokens(world: World) -> list[ApiToken]:
    with scopes_disabled():
        return list(ApiToken.objects.order_by("id"))


def _events(action: str) -> list[AuditEvent]:
    with scopes_disabled():
        return list(AuditEvent.objects.filter(action=action).order_by("id"))


def _api(key: str, keyword: str = "Token") -> APIClient:
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"{keyword} {key}")
    return client


def test_the_page_shows_a_new_key_once_and_stores_only_its_hash(world: World,
                                                                  client_for: Any) -> None:
    page = client_for("operator_a")

    response = page.post(reverse("api:token_list"), {"name": "Jembatan e-SAKIP"})

    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    keys = set(KEY.findall(response.content.decode()))
    assert len(keys) == 1
    key = keys.pop()
    [token] = _tokens(world)
    assert token.key_hash == hashlib.sha256(key.encode()).hexdigest()
    stored = [str(getattr(token, f.attname)) for f in ApiToken._meta.concrete_fields]
    assert not [value for value in stored if key in value or key[7:20] in value]
    assert (token.user, token.region, token.name) == (
        world.user("operator_a"), world.region_a, "Jembatan e-SAKIP")
    [event] = _events("api.token.created")
    assert (event.actor_id, event.region_id) == (world.user("operator_a").pk, world.region_a.pk)
    assert key not in str(event.changes) + event.object_repr + event.note

    again = page.get(reverse("api:token_list")).content.decode()

    assert "Jembatan e-SAKIP" in again
    assert not KEY.findall(again)


def test_a_token_needs_a_name(world: World, client_for: Any) -> None:
    response = client_for("operator_a").post(reverse("api:token_list"), {"name": "  "})

    assert response.status_code == 400
    assert _tokens(world) == []
    assert _events("api.token.created") == []


def test_the_key_opens_the_api_with_token_or_bearer(world: World) -> None:
    key = make_token(world, "operator_a")

    for keyword in ("Token", "Bearer", "token"):
        response = _api(key, keyword).get(reverse("api:root"))
        assert response.status_code == 200, keyword
        assert response.json()["agency"]["short_name"] == "Dinkes"
        assert response.json()["token"]["name"] == "Jembatan e-SAKIP"
    assert _tokens(world)[0].last_used_at is not None


def test_a_revoked_key_is_refused_and_the_revocation_is_audited(world: World,
                                                                client_for: Any) -> None:
    key = make_token(world, "operator_a")
    [token] = _tokens(world)
    assert _api(key).get(reverse("api:agency_list")).status_code == 200

    page = client_for("operator_a")
    response = page.post(reverse("api:token_revoke", args=[token.pk]))

    assert response.status_code == 302
    refused = _api(key).get(reverse("api:agency_list"))
    assert refused.status_code == 401
    assert "dicabut" in refused.json()["detail"]
    [event] = _events("api.token.revoked")
    assert event.changes == {"is_revoked": [False, True]}
    assert event.actor_id == world.user("operator_a").pk

    page.post(reverse("api:token_revoke", args=[token.pk]))

    assert len(_events("api.token.revoked")) == 1


def test_unknown_and_malformed_keys_are_refused(world: World) -> None:
    key = make_token(world, "operator_a")
    url = reverse("api:root")

    for header in (f"Token {key}x", "Token", f"Token {key} {key}", "Bearer pantau_salah",
                   f"Token {key[:-1]}é"):
        client = APIClient()
        client.credentials(HTTP_AUTHORIZATION=header)
        response = client.get(url)
        assert response.status_code == 401, header
        assert response["WWW-Authenticate"] == 'Token realm="api"'


def test_a_key_stops_working_when_the_role_in_the_pemda_ends(world: World) -> None:
    key = make_token(world, "operator_a")
    with scopes_disabled():
        Membership.objects.filter(pk=world.memberships["operator_a"].pk).update(is_active=False)

    assert _api(key).get(reverse("api:root")).status_code == 401


def test_a_key_stops_working_when_the_user_is_deactivated(world: World) -> None:
    key = make_token(world, "operator_a")
    user = world.user("operator_a")
    user.is_active = False
    user.save()

    assert _api(key).get(reverse("api:root")).status_code == 401


def test_a_key_acts_in_its_own_pemda_only(world: World) -> None:
    """A user with roles in two Pemda: the token made in Kota Lain reads Kota Lain only."""
    admin = world.user("admin")
    with scopes_disabled():
        membership = MembershipFactory(region=world.region_b, user=admin, role=Role.ADMIN)
    with scope(region=world.region_b.pk):
        from pantau.api.services import token_create

        _token, key = token_create(actor=admin, region=membership.region, name="Kota")
    client = _api(key)

    root = client.get(reverse("api:root")).json()
    agencies = client.get(reverse("api:agency_list")).json()["results"]

    assert root["region"]["name"] == "Kota Lain"
    assert [a["short_name"] for a in agencies] == ["Dishub"]
    assert client.get(reverse("api:agency_score", args=[world.opd_a.pk])).status_code == 404


def test_the_page_lists_only_my_own_tokens(world: World, client_for: Any) -> None:
    make_token(world, "operator_a", name="Token milik Ani")

    page = client_for("operator_b").get(reverse("api:token_list")).content.decode()

    assert "Token milik Ani" not in page
    assert "Belum ada token" in page


def test_the_user_menu_links_to_the_token_page(world: World, client_for: Any) -> None:
    page = client_for("leader").get(reverse("web:home")).content.decode()

    assert reverse("api:token_list") in page
