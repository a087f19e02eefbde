from django.apps import AppConfig


class ReportsConfig(AppConfig):
    name = "pantau.reports"
    verbose_name = "Laporan"
