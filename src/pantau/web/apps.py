from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "pantau.web"
    verbose_name = "Tampilan web"

    def ready(self) -> None:
        from pantau.web import checks  # noqa: F401  (registers deployment checks)
