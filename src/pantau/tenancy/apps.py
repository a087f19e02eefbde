from django.apps import AppConfig


class TenancyConfig(AppConfig):
    name = "pantau.tenancy"
    verbose_name = "Pemda dan OPD"

    def ready(self) -> None:
        from pantau.tenancy import permissions  # noqa: F401  (registers rules)
