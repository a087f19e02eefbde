from django.apps import AppConfig


class AuditConfig(AppConfig):
    name = "pantau.audit"
    verbose_name = "Jejak audit"
