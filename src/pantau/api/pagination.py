from __future__ import annotations

from typing import cast

from django.utils.translation import gettext_lazy as _
from rest_framework.pagination import PageNumberPagination


class PagePagination(PageNumberPagination):
    """``?halaman=2&per_halaman=200`` (at most 500 rows a page)."""

    page_query_param = "halaman"
    page_size_query_param = "per_halaman"
    max_page_size = 500
    invalid_page_message = cast(str, _("Halaman tidak ada."))  # lazy: translated per request
    page_query_description = cast(str, _("Nomor halaman, mulai 1 (halaman yang tidak ada: 404)."))
    page_size_query_description = cast(str, _("Baris per halaman: 100 bila tidak diisi, paling "
                                              "banyak 500."))
