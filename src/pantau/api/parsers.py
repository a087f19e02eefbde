"""JSON with exact numbers: a JSON number such as 87.5 becomes Decimal("87.5"), never a float."""

from __future__ import annotations

import codecs
import json
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _
from rest_framework.exceptions import ParseError
from rest_framework.parsers import JSONParser
from rest_framework.utils.json import strict_constant


class DecimalJSONParser(JSONParser):
    def parse(self, stream: Any, media_type: Any = None,
              parser_context: Any = None) -> Any:
        encoding = (parser_context or {}).get("encoding") or "utf-8"
        try:
            reader = codecs.getreader(encoding)(stream)
            return json.load(reader, parse_float=Decimal, parse_constant=strict_constant)
        except json.JSONDecodeError as error:
            raise ParseError(_("Isi permintaan bukan JSON yang sah (baris %(line)s, kolom "
                               "%(column)s).") % {"line": error.lineno, "column": error.colno}
                             ) from error
        except (ValueError, RecursionError) as error:
            # NaN/Infinity, bytes that are not the declared encoding, or nesting deeper than the
            # decoder's recursion limit ("[[[[…" by the ten thousand)
            raise ParseError(_("Isi permintaan bukan JSON yang sah.")) from error
