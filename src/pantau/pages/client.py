"""The visitor's address, for audit events, the login lockout and rate limits."""

from __future__ import annotations

import ipaddress

from django.conf import settings
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """REMOTE_ADDR, or behind ``PROXY_COUNT`` proxies the address the outermost one saw.

    Each proxy appends the address it was called from to X-Forwarded-For, so with N proxies the
    client is the N-th entry from the right; anything further left was written by the client
    and is not trusted. A header shorter than N hops, or an entry that is not an IP address
    (which a database ``inet`` column would refuse), falls back to REMOTE_ADDR.
    """
    proxies = getattr(settings, "PROXY_COUNT", 0)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies and forwarded:
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if len(hops) >= proxies and _is_ip(hops[-proxies]):
            return hops[-proxies]
    return str(request.META.get("REMOTE_ADDR", ""))


def _is_ip(text: str) -> bool:
    try:
        ipaddress.ip_address(text)
    except ValueError:
        return False
    return True
