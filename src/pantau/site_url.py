"""This site's own absolute address, for links read outside the browser.

Invitation emails, SKM QR codes, printed A4 posters and the API example carry an absolute address.
In production it is SITE_URL, whatever host a request names (a poster printed with a wrong
address cannot be corrected; ``check --deploy`` warns while SITE_URL is unset: pantau.W001). In
development SITE_URL is empty and the address is the one being served: the current request's
host, or PANTAU_DEV_ADDRESS (what ``make run`` serves) outside a request.
"""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING

from django.conf import settings

if TYPE_CHECKING:
    from django.http import HttpRequest

DEFAULT_DEV_ADDRESS = "127.0.0.1:8000"

# scheme://host of the request being served; set by the middleware, read by services too.
request_base: ContextVar[str | None] = ContextVar("request_base", default=None)

# runserver's "every interface" hosts: this machine reaches them at 127.0.0.1.
_ANY_INTERFACE = {"", "0", "0.0.0.0", "[::]"}  # noqa: S104  (read, not bound)


def base_of_request(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


def dev_base(address: str) -> str:
    """http://host:port of an address as runserver takes it ("8123", "0.0.0.0:8123", …)."""
    host, _colon, port = address.rpartition(":")
    return f"http://{'127.0.0.1' if host in _ANY_INTERFACE else host}:{port}"


def site_url() -> str:
    """scheme://host of this site, without a trailing slash."""
    configured = settings.SITE_URL.rstrip("/")
    if configured:
        return configured
    return request_base.get() or dev_base(settings.DEV_ADDRESS)


def absolute_url(path: str) -> str:
    """The absolute address of a path of this site (``reverse(...)``)."""
    return site_url() + path
