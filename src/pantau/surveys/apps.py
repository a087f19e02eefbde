from django.apps import AppConfig


class SurveysConfig(AppConfig):
    name = "pantau.surveys"
    verbose_name = "Survei Kepuasan Masyarakat"

    def ready(self) -> None:
        from pantau.surveys import permissions  # noqa: F401  (registers rules)
