"""Times are shown in the Pemda's own time zone: WITA for Kota Lain, WIB for Kabupaten Contoh."""

from __future__ import annotations

import datetime
from typing import Any
from unittest import mock

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.services import audit_record
from tests.personas import World

# 01:30 UTC is 08:30 in Jakarta (WIB, UTC+7) and 09:30 in Makassar (WITA, UTC+8).
AT = datetime.datetime(2026, 3, 2, 1, 30, tzinfo=datetime.UTC)


def _event_at(world: World, agency: Any) -> None:
    with scopes_disabled(), mock.patch("django.utils.timezone.now", return_value=AT):
        audit_record(actor=world.user("admin"), action="tenancy.agency.updated", obj=agency,
                     changes={"head_name": ["", "Kepala Baru"]})


def test_audit_time_is_shown_in_wita_for_a_user_of_kota_lain(
    world: World, client_for: Any
) -> None:
    _event_at(world, world.opd_other)

    body = client_for("other_admin").get(reverse("audit:event_list")).content.decode()

    assert "2 Mar 2026 09:30" in body
    assert "08:30" not in body
    assert "WITA (Asia/Makassar)" in body


def test_audit_time_is_shown_in_wib_for_a_user_of_kabupaten_contoh(
    world: World, client_for: Any
) -> None:
    _event_at(world, world.opd_a)

    body = client_for("evaluator").get(
        reverse("audit:object_history", args=["tenancy.agency", world.opd_a.pk])).content.decode()

    assert "2 Mar 2026 08:30" in body
    assert "09:30" not in body
