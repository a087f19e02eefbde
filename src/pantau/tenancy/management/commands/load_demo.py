from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.urls import reverse

from pantau.dbstats import refresh_planner_statistics
from pantau.site_url import absolute_url, site_url
from pantau.tenancy.demo.data import DEMO_PASSWORD
from pantau.tenancy.demo.loader import demo_load
from pantau.tenancy.models import Role


class Command(BaseCommand):
    help = "Memuat (atau menyegarkan) Pemda demo “Kabupaten Contoh”. Aman dijalankan berulang."

    def handle(self, *args: Any, **options: Any) -> None:
        # Surveys sit above tenancy: imported here so tenancy does not depend on them.
        from pantau.performance.demo import performance_demo_load  # skipped if indicators exist
        from pantau.surveys.demo import survey_demo_load  # SKM demo: skipped if responses exist

        summary = demo_load()
        responses = survey_demo_load(region=summary.region)
        indicators = performance_demo_load(region=summary.region)
        user_model = get_user_model()
        if not user_model._default_manager.filter(username="platform").exists():
            user_model._default_manager.create_superuser(
                "platform", "platform@kabupaten-contoh.example", DEMO_PASSWORD,
                full_name="Admin Platform",
            )
        # The SKM and performance loaders analyze their own bulk tables; these are the rest.
        refresh_planner_statistics(*(model for label in ("accounts", "tenancy", "audit")
                                     for model in apps.get_app_config(label).get_models()))
        out = self.stdout
        out.write(self.style.SUCCESS(
            f"{summary.region.name}: {summary.agencies} OPD, {summary.units} unit layanan, "
            f"{summary.products} produk layanan, {summary.periods} periode."
        ))
        if responses:
            out.write(f"SKM demo: {responses} jawaban survei dimuat.")
        if indicators:
            out.write(f"Kinerja demo: {indicators} indikator RPJMD/Renstra dengan data 2025–2026.")
        out.write("")
        out.write(f"Pantau: {site_url()}/   login demo, kata sandi: {DEMO_PASSWORD}")
        for login in summary.users:
            agency = f" ({login['agency']})" if login["agency"] else ""
            out.write(f"  {login['username']:<16} {Role(login['role']).label}{agency}")
        admin_url = absolute_url(reverse("admin:index"))
        out.write(f"  {'platform':<16} Admin platform (Django admin: {admin_url})")
