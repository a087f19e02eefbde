from django.apps import AppConfig


class ComplianceConfig(AppConfig):
    name = "pantau.compliance"
    verbose_name = "Kepatuhan pelayanan publik"

    def ready(self) -> None:
        from django.db.models.signals import post_migrate

        from pantau.compliance import (
            permissions,  # noqa: F401  (registers rules)
            report_kinds,
        )
        from pantau.compliance.perception.form import PerceptionQuestions
        from pantau.compliance.services.seeding import seed_after_migrate
        from pantau.surveys.extras import extra_register

        # Every existing Pemda gets the seeded instruments when the schema is migrated; a Pemda
        # created later gets them the first time a compliance page needs them.
        post_migrate.connect(seed_after_migrate, sender=self)
        # The perception questions ride on the unit's public SKM form.
        extra_register(PerceptionQuestions())
        report_kinds.register()
