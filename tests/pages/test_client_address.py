"""The visitor's address: REMOTE_ADDR, or behind PROXY_COUNT proxies the one the outermost saw."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import RequestFactory

from pantau.pages.client import client_address


def _request(forwarded: str | None = None) -> Any:
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return RequestFactory().get("/", REMOTE_ADDR="10.0.0.254", **extra)


def test_without_proxies_the_header_is_ignored(settings: Any) -> None:
    settings.PROXY_COUNT = 0
    assert client_address(_request("203.0.113.7")) == "10.0.0.254"


@pytest.mark.parametrize(("proxies", "expected"), [(1, "198.51.100.2"), (2, "203.0.113.7")])
def test_behind_proxies_the_nth_entry_from_the_right(settings: Any, proxies: int,
                                                     expected: str) -> None:
    settings.PROXY_COUNT = proxies
    # The leftmost entry is whatever the client wrote itself: never trusted.
    assert client_address(_request("192.0.2.99, 203.0.113.7, 198.51.100.2")) == expected


def test_a_header_shorter_than_the_proxy_chain_falls_back(settings: Any) -> None:
    settings.PROXY_COUNT = 2
    assert client_address(_request("198.51.100.2")) == "10.0.0.254"
    assert client_address(_request()) == "10.0.0.254"


def test_an_entry_that_is_no_address_falls_back(settings: Any) -> None:
    settings.PROXY_COUNT = 1
    assert client_address(_request("203.0.113.7, unknown")) == "10.0.0.254"
