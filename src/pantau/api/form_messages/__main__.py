"""Rebuild locale/id: Django's translation of every msgid that rest_framework also translates.

Run ``python -m pantau.api.form_messages`` after upgrading Django or Django REST framework
(needs polib, a development dependency).
"""

from __future__ import annotations

from pathlib import Path

import django
import polib
import rest_framework

HERE = Path(__file__).resolve().parent
CATALOGUE = Path("locale") / "id" / "LC_MESSAGES" / "django"


def colliding() -> dict[str, str]:
    """{msgid: Django's msgstr} where rest_framework's Indonesian msgstr differs."""
    ours = polib.mofile(str(Path(django.__file__).parent / "conf" / CATALOGUE) + ".mo")
    theirs = polib.mofile(str(Path(rest_framework.__file__).parent / CATALOGUE) + ".mo")
    django_text = {e.msgid: e.msgstr for e in ours if e.msgstr and not e.msgid_plural}
    return {e.msgid: django_text[e.msgid] for e in theirs
            if e.msgid in django_text and e.msgstr and e.msgstr != django_text[e.msgid]}


def main() -> None:
    catalogue = polib.POFile()
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "id"}
    for msgid, msgstr in sorted(colliding().items()):
        catalogue.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    base = HERE / CATALOGUE
    base.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(base) + ".po")
    catalogue.save_as_mofile(str(base) + ".mo")
    print(f"{len(catalogue)} messages → {base}.po/.mo")


if __name__ == "__main__":
    main()
