"""Deployment checks of Pantau's own settings (run by `manage.py check --deploy`)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.security, deploy=True)
def site_url_is_public(**kwargs: Any) -> list[Warning]:
    """Invitation and password-reset links are built from SITE_URL."""
    url = settings.SITE_URL
    if url.startswith(("http://127.", "http://localhost")):
        return [Warning(
            f"SITE_URL is {url!r}: links in invitation emails would point at this machine.",
            hint="Set SITE_URL to the public address, e.g. https://pantau.kabupaten.go.id.",
            id="pantau.W001",
        )]
    if not url.startswith("https://"):
        return [Warning("SITE_URL does not use https://.", id="pantau.W002")]
    return []
