from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "pantau.web"
    verbose_name = "Tampilan web"
