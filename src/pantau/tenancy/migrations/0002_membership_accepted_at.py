import django.utils.timezone
from django.db import migrations, models
from django.db.models import F


def accepted_when_created(apps, schema_editor):
    """Memberships made before invitations needed consent count as accepted when created."""
    membership = apps.get_model("tenancy", "Membership")
    membership._base_manager.update(accepted_at=F("created_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("tenancy", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="membership",
            name="accepted_at",
            field=models.DateTimeField(
                blank=True, default=django.utils.timezone.now, null=True, verbose_name="diterima"
            ),
        ),
        migrations.RunPython(accepted_when_created, migrations.RunPython.noop),
    ]
