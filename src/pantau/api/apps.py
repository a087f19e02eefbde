from django.apps import AppConfig


class ApiConfig(AppConfig):
    name = "pantau.api"
    label = "api"
    verbose_name = "API"

    def ready(self) -> None:
        from pantau.api import permissions  # noqa: F401  (registers rules)
