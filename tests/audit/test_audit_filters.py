"""The audit trail pages by 50 and filters by action or module, user and date range."""

from __future__ import annotations

import datetime
import re
from typing import Any
from unittest import mock

from django.urls import reverse
from django_scopes import scopes_disabled

from pantau.audit.services import audit_record
from tests.personas import World

URL = "/audit/"
NOTE = re.compile(r"uji-(\d+)\b")


def _events(world: World, count: int, *, persona: str = "admin",
            action: str = "tenancy.agency.updated", at: datetime.datetime | None = None,
            start: int = 0, agency: Any = None) -> None:
    with scopes_disabled(), mock.patch("django.utils.timezone.now",
                                       return_value=at or datetime.datetime.now(datetime.UTC)):
        for number in range(start, start + count):
            audit_record(actor=world.user(persona), action=action, obj=agency or world.opd_a,
                         note=f"uji-{number}")


def _shown(client: Any, **params: str) -> tuple[list[int], str]:
    response = client.get(URL, params)
    assert response.status_code == 200
    body = response.content.decode()
    return [int(n) for n in NOTE.findall(body)], body


def test_the_trail_shows_50_events_a_page_and_links_keep_the_filter(
    world: World, client_for: Any
) -> None:
    _events(world, 120)
    evaluator = client_for("evaluator")

    first, body = _shown(evaluator, aksi="tenancy")
    last, last_body = _shown(evaluator, aksi="tenancy", halaman="3")

    assert first == list(range(119, 69, -1))  # newest first
    assert "Menampilkan 1–50 dari 120 catatan" in body
    assert 'href="?aksi=tenancy&amp;halaman=3"' in body
    assert last == list(range(19, -1, -1))
    assert "Menampilkan 101–120 dari 120 catatan" in last_body


def test_a_page_number_out_of_range_shows_the_last_page(world: World, client_for: Any) -> None:
    _events(world, 60)

    shown, _body = _shown(client_for("evaluator"), halaman="99")

    assert shown == list(range(9, -1, -1))


def test_filter_by_module_or_by_one_action(world: World, client_for: Any) -> None:
    _events(world, 2, action="tenancy.agency.updated")
    _events(world, 3, action="performance.target.updated", start=10)
    _events(world, 1, action="performance.report.submitted", start=20)
    evaluator = client_for("evaluator")

    module, _body = _shown(evaluator, aksi="performance")
    action, _body = _shown(evaluator, aksi="performance.target.updated")

    assert sorted(module) == [10, 11, 12, 20]
    assert sorted(action) == [10, 11, 12]


def test_filter_by_user_lists_only_the_pemdas_users(world: World, client_for: Any) -> None:
    _events(world, 2, persona="admin")
    _events(world, 2, persona="evaluator", start=10)
    _events(world, 1, persona="other_admin", start=50, agency=world.opd_other)
    evaluator = client_for("evaluator")

    shown, body = _shown(evaluator, pengguna=str(world.user("evaluator").pk))
    _all, refused = _shown(evaluator, pengguna=str(world.user("other_admin").pk))

    assert sorted(shown) == [10, 11]
    assert "Fajar Admin Contoh</option>" in body
    assert "Hana Admin Kota Lain" not in body
    assert "Pengguna ini tidak ada dalam jejak audit Pemda ini." in refused


def test_filter_by_dates_counts_whole_days_in_the_pemdas_time_zone(
    world: World, client_for: Any
) -> None:
    # 23:30 WIB on 1 March and 00:30 WIB on 2 March (UTC+7).
    _events(world, 1, at=datetime.datetime(2026, 3, 1, 16, 30, tzinfo=datetime.UTC))
    _events(world, 1, at=datetime.datetime(2026, 3, 1, 17, 30, tzinfo=datetime.UTC), start=1)
    _events(world, 1, at=datetime.datetime(2026, 2, 27, 3, 0, tzinfo=datetime.UTC), start=2)
    evaluator = client_for("evaluator")

    first_of_march, _body = _shown(evaluator, dari="2026-03-01", sampai="2026-03-01")
    from_march, _body = _shown(evaluator, dari="2026-03-01")
    until_february, _body = _shown(evaluator, sampai="2026-02-28")

    assert first_of_march == [0]
    assert from_march == [1, 0]
    assert until_february == [2]


def test_bad_dates_get_a_message_and_filter_nothing(world: World, client_for: Any) -> None:
    _events(world, 2)
    evaluator = client_for("evaluator")

    not_a_date, body = _shown(evaluator, dari="kemarin")
    _events_shown, reversed_body = _shown(evaluator, dari="2026-03-05", sampai="2026-03-01")

    assert sorted(not_a_date) == [0, 1]
    assert "Masukkan tanggal yang valid." in body
    assert "Tanggal akhir tidak boleh sebelum tanggal awal." in reversed_body


def test_dates_at_the_ends_of_the_calendar_are_refused_not_a_server_error(
    world: World, client_for: Any
) -> None:
    _events(world, 2)
    evaluator = client_for("evaluator")

    late, late_body = _shown(evaluator, sampai="9999-12-31")
    early, early_body = _shown(evaluator, dari="0001-01-01")

    assert sorted(late) == sorted(early) == [0, 1]
    assert "Pilih tanggal antara tahun 2000 dan 2100." in late_body + early_body


def test_another_pemda_sees_none_of_these_events_whatever_the_filter(
    world: World, client_for: Any
) -> None:
    _events(world, 3)

    shown, body = _shown(client_for("other_admin"), aksi="tenancy",
                         pengguna=str(world.user("admin").pk), dari="2020-01-01")

    assert shown == []
    assert "Fajar Admin Contoh" not in body
    assert "Dinas Kesehatan" not in body


def test_operators_may_not_open_the_trail_with_filters(world: World, client_for: Any) -> None:
    response = client_for("operator_a").get(reverse("audit:event_list"), {"aksi": "tenancy"})

    assert response.status_code == 403
