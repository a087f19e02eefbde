from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.urls import reverse

from pantau.demo.load import demo_load
from pantau.demo.tenancy.data import DEMO_PASSWORD
from pantau.site_url import absolute_url, site_url
from pantau.tenancy.models import Role


class Command(BaseCommand):
    help = "Memuat (atau menyegarkan) Pemda demo “Kabupaten Contoh”. Aman dijalankan berulang."

    def handle(self, *args: Any, **options: Any) -> None:
        loaded = demo_load()
        summary = loaded.pemda
        out = self.stdout
        out.write(self.style.SUCCESS(
            f"{summary.region.name}: {summary.agencies} OPD, {summary.units} unit layanan, "
            f"{summary.products} produk layanan, {summary.periods} periode."
        ))
        if loaded.responses:
            out.write(f"SKM demo: {loaded.responses} jawaban survei dimuat.")
        if loaded.indicators:
            out.write(f"Kinerja demo: {loaded.indicators} indikator RPJMD/Renstra dengan data "
                      "2025–2026.")
        out.write("")
        out.write(f"Pantau: {site_url()}/   login demo, kata sandi: {DEMO_PASSWORD}")
        for login in summary.users:
            agency = f" ({login['agency']})" if login["agency"] else ""
            out.write(f"  {login['username']:<16} {Role(login['role']).label}{agency}")
        admin_url = absolute_url(reverse("admin:index"))
        out.write(f"  {'platform':<16} Admin platform (Django admin: {admin_url})")
