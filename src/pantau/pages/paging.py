"""One way to page a long list: ``?halaman=N``, 50 rows, the nearest page for a bad number.

Templates render the links with ``web/includes/pagination.html`` (which keeps the other query
parameters, so filters survive paging).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

PAGE_PARAM = "halaman"
PER_PAGE = 50


def page_of(request: HttpRequest, items: Sequence[Any] | Any, *, per_page: int = PER_PAGE
            ) -> Page:
    """The requested page; a page number out of range or not a number shows the nearest page."""
    return Paginator(items, per_page).get_page(request.GET.get(PAGE_PARAM))
