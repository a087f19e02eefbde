"""What a browser would post for a form on a rendered page, read from the HTML itself.

Tests that post hand-built dicts keyed by ``f"value-{pk}"`` cannot notice a template writing
``value-1.475``; posting the fields exactly as rendered does.
"""

from __future__ import annotations

from html.parser import HTMLParser

SKIPPED_INPUT_TYPES = {"submit", "button", "reset", "image", "file"}


class _FormFields(HTMLParser):
    def __init__(self, form_id: str) -> None:
        super().__init__()
        self.form_id = form_id
        self.inside = False  # within <form id=form_id>
        self.fields: list[tuple[str, str]] = []
        self._textarea: tuple[str, list[str]] | None = None
        self._select: tuple[str, list[str], list[str]] | None = None  # name, selected, all

    def _belongs(self, attrs: dict[str, str | None]) -> bool:
        owner = attrs.get("form")
        owned = owner == self.form_id if owner is not None else self.inside
        return owned and bool(attrs.get("name")) and "disabled" not in attrs

    def handle_starttag(self, tag: str, attr_list: list[tuple[str, str | None]]) -> None:
        attrs = dict(attr_list)
        if tag == "form" and attrs.get("id") == self.form_id:
            self.inside = True
        elif tag == "input" and self._belongs(attrs):
            kind = (attrs.get("type") or "text").lower()
            if kind in SKIPPED_INPUT_TYPES or (kind in {"checkbox", "radio"}
                                                and "checked" not in attrs):
                return
            self.fields.append((str(attrs["name"]), attrs.get("value") or
                                ("on" if kind in {"checkbox", "radio"} else "")))
        elif tag == "textarea" and self._belongs(attrs):
            self._textarea = (str(attrs["name"]), [])
        elif tag == "select" and self._belongs(attrs):
            self._select = (str(attrs["name"]), [], [])
        elif tag == "option" and self._select is not None:
            value = attrs.get("value") or ""
            self._select[2].append(value)
            if "selected" in attrs:
                self._select[1].append(value)

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            self._textarea[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self.inside = False
        elif tag == "textarea" and self._textarea is not None:
            name, parts = self._textarea
            self.fields.append((name, "".join(parts).removeprefix("\n")))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            name, selected, options = self._select
            for value in selected or options[:1]:
                self.fields.append((name, value))
            self._select = None


def form_fields(html: str, form_id: str) -> dict[str, str]:
    """The name → value pairs the browser submits for ``<form id=form_id>`` as rendered."""
    parser = _FormFields(form_id)
    parser.feed(html)
    parser.close()
    return dict(parser.fields)
