"""Compile every .po catalogue under src/pantau/locale to .mo with polib (no gettext tools needed).

Run from anywhere: `python scripts/compile_messages.py` (`make messages` runs it after
makemessages). The .mo files are committed, so a deployment never needs this script.

Untranslated and fuzzy entries are left out of the .mo (Django then shows the Indonesian msgid)
and reported. A translation whose placeholders differ from its msgid would break at runtime, so it
is always an error. With --check, untranslated or fuzzy entries are errors too (exit status 1).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "src" / "pantau" / "locale"

# %(name)s / %s / %d (python-format) and {{ name }} left in a blocktranslate body.
_PLACEHOLDER = re.compile(r"%\([^)]+\)[#0 +-]*\d*(?:\.\d+)?[sdifr]|%[sdifr]|\{\{\s*\w+\s*\}\}")


def _placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def _placeholder_errors(entry: polib.POEntry) -> list[str]:
    if not entry.translated():
        return []
    errors = []
    if entry.msgid_plural:
        expected = {tuple(_placeholders(entry.msgid)), tuple(_placeholders(entry.msgid_plural))}
        for index, text in sorted(entry.msgstr_plural.items()):
            if tuple(_placeholders(text)) not in expected:
                errors.append(f"msgstr[{index}] placeholders {_placeholders(text)}")
    elif _placeholders(entry.msgstr) != _placeholders(entry.msgid):
        errors.append(
            f"placeholders {_placeholders(entry.msgstr)} != msgid {_placeholders(entry.msgid)}"
        )
    return errors


def compile_catalogue(po_path: Path, *, check: bool) -> bool:
    """Write the .mo next to ``po_path``; return False if the catalogue has errors."""
    catalogue = polib.pofile(str(po_path), wrapwidth=0)
    name = po_path.relative_to(LOCALE_DIR.parent.parent.parent)
    ok = True
    for entry in catalogue:
        if entry.obsolete:
            continue
        for error in _placeholder_errors(entry):
            print(f"{name}: {entry.msgid[:60]!r}: {error}", file=sys.stderr)
            ok = False
    untranslated = catalogue.untranslated_entries()
    fuzzy = catalogue.fuzzy_entries()
    for label, entries in (("untranslated", untranslated), ("fuzzy", fuzzy)):
        if entries:
            print(
                f"{name}: {len(entries)} {label} entr{'y' if len(entries) == 1 else 'ies'}:",
                file=sys.stderr,
            )
            for entry in entries:
                print(f"    {entry.msgid[:70]!r}", file=sys.stderr)
            if check:
                ok = False
    if not ok:
        return False
    mo_path = po_path.with_suffix(".mo")
    catalogue.save_as_mofile(str(mo_path))
    print(f"{name} -> {mo_path.name}: {len(catalogue.translated_entries())} messages")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail on untranslated or fuzzy entries as well"
    )
    args = parser.parse_args(argv)
    po_files = sorted(LOCALE_DIR.glob("*/LC_MESSAGES/*.po"))
    if not po_files:
        print(f"No .po files under {LOCALE_DIR}", file=sys.stderr)
        return 1
    results = [compile_catalogue(path, check=args.check) for path in po_files]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
