from django.contrib.auth.hashers import UNUSABLE_PASSWORD_PREFIX
from django.db import migrations, models
from django.db.models import F, Q


def sent_when_created(apps, schema_editor):
    """Invitations still unanswered were sent when their membership was created."""
    membership = apps.get_model("tenancy", "Membership")
    membership._base_manager.filter(
        Q(accepted_at__isnull=True) | Q(user__password__startswith=UNUSABLE_PASSWORD_PREFIX)
    ).update(invitation_sent_at=F("created_at"))


class Migration(migrations.Migration):

    dependencies = [
        ("tenancy", "0002_membership_accepted_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="membership",
            name="invitation_sent_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="undangan dikirim"),
        ),
        migrations.RunPython(sent_when_created, migrations.RunPython.noop),
    ]
