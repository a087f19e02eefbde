"""Personal API tokens. Only the SHA-256 hash of a key is stored; the key is shown once."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_scopes import ScopedManager


class ApiToken(models.Model):
    """A user's key to the API of one Pemda, acting with the user's role in that Pemda."""

    region = models.ForeignKey("tenancy.Region", on_delete=models.PROTECT, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="api_tokens"
    )
    name = models.CharField(_("nama token"), max_length=100)
    key_hash = models.CharField(_("hash SHA-256 kunci"), max_length=64, unique=True,
                                editable=False)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("terakhir dipakai"), null=True, blank=True)
    is_revoked = models.BooleanField(_("dicabut"), default=False)
    revoked_at = models.DateTimeField(_("dicabut pada"), null=True, blank=True)

    objects: models.Manager[ApiToken] = ScopedManager(region="region")

    class Meta:
        verbose_name = _("token API")
        verbose_name_plural = _("token API")
        ordering = ["is_revoked", "-created_at", "-id"]
        indexes = [models.Index(fields=["region", "user"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.user})"
