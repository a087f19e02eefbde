"""Evaluators see the change history of an OPD and the Pemda's audit trail."""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tests.personas import World


def _rename_head(client: Any, world: World, head: str) -> None:
    response = client.post(reverse("tenancy:agency_update", args=[world.opd_a.pk]), {
        "name": "Dinas Kesehatan", "short_name": "Dinkes", "kind": "dinas", "head_name": head,
    })
    assert response.status_code == 302


def test_opd_history_lists_each_change_with_before_and_after(
    world: World, client_for: Any
) -> None:
    admin = client_for("admin")
    _rename_head(admin, world, "dr. Budi Santoso")
    _rename_head(admin, world, "dr. Citra Lestari")

    response = client_for("evaluator").get(
        reverse("audit:object_history", args=["tenancy.agency", world.opd_a.pk]))

    body = response.content.decode()
    assert response.status_code == 200
    assert "Riwayat perubahan" in body
    assert body.count("OPD diubah") == 2
    assert "tenancy.agency.updated" not in body  # codes stay in the data, labels on screen
    assert "Nama kepala" in body
    assert "dr. Sari Wulandari" in body
    assert "dr. Budi Santoso" in body
    assert "dr. Citra Lestari" in body
    assert "Fajar Admin Contoh" in body
    assert body.index("dr. Citra Lestari") < body.index("dr. Sari Wulandari")  # newest first


def test_opd_detail_links_to_its_history_for_evaluators_only(
    world: World, client_for: Any
) -> None:
    url = reverse("tenancy:agency_detail", args=[world.opd_a.pk])
    history = reverse("audit:object_history", args=["tenancy.agency", world.opd_a.pk])

    assert history in client_for("evaluator").get(url).content.decode()
    assert history not in client_for("operator_a").get(url).content.decode()


def test_audit_trail_lists_changes_of_the_pemda(world: World, client_for: Any) -> None:
    _rename_head(client_for("admin"), world, "dr. Budi Santoso")

    body = client_for("admin").get(reverse("audit:event_list")).content.decode()

    assert "Jejak audit" in body
    assert "OPD diubah" in body
    assert "Dinas Kesehatan" in body
    assert "127.0.0.1" in body


def test_history_of_a_model_without_pemda_data_is_not_found(
    world: World, client_for: Any
) -> None:
    response = client_for("admin").get(
        reverse("audit:object_history", args=["accounts.user", world.user("admin").pk]))

    assert response.status_code == 404


def test_closing_a_period_shows_readable_status_values(world: World, client_for: Any) -> None:
    client_for("evaluator").post(
        reverse("performance_reporting:period_close", args=[world.period_a.pk]),
        {"reason": "tutup buku"})

    body = client_for("evaluator").get(reverse("audit:event_list")).content.decode()

    assert "Periode ditutup" in body
    assert "Terbuka</span> → <span class=\"text-success-emphasis\">Ditutup" in body
