from django.apps import AppConfig


class LeadershipConfig(AppConfig):
    name = "pantau.leadership"
    verbose_name = "Pimpinan"

    def ready(self) -> None:
        from pantau.leadership import permissions  # noqa: F401  (registers rules)
