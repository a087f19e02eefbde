from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django import template
from django.core.paginator import Page

register = template.Library()


@register.filter
def elided_pages(page: Page) -> Iterator[Any]:
    """Page numbers around the current one, with the paginator's ellipsis between the ends."""
    return page.paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
