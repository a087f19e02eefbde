from django.apps import AppConfig


class PerformanceConfig(AppConfig):
    name = "pantau.performance"
    verbose_name = "Capaian kinerja OPD"

    def ready(self) -> None:
        from pantau.performance import (
            permissions,  # noqa: F401  (registers rules)
            report_kinds,
        )

        report_kinds.register()
