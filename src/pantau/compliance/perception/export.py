"""The perception results of one unit and year as an XLSX table (pantau.spreadsheets)."""

from __future__ import annotations

from django.utils.translation import gettext as _

from pantau.compliance.perception.questions import thresholds_text
from pantau.compliance.selectors.perception import UnitPerception
from pantau.spreadsheets.writer import Column, Table
from pantau.tenancy.models import ServiceUnit


def perception_table(result: UnitPerception, *, unit: ServiceUnit) -> Table:
    rule = result.rule
    thresholds = thresholds_text(rule)
    return Table(
        title=_("Persepsi maladministrasi pengguna — %(unit)s, %(year)s")
        % {"unit": unit.name, "year": result.year},
        sheet_name=_("Persepsi pengguna"),
        notes=[
            _("Responden: %(count)s jawaban SKM sah yang menjawab paling sedikit satu "
              "pertanyaan persepsi.") % {"count": result.respondents},
            _("Nilai perkiraan (asumsi Pantau, metode Ombudsman tidak dipublikasikan): porsi "
              "responden yang tidak mengalami, %(thresholds)s, selain itu 0; tanpa nilai bila "
              "kurang dari %(minimum)s responden.") % {"thresholds": thresholds,
                                                      "minimum": rule.min_respondents},
        ],
        columns=[Column(_("Kode"), 8), Column(_("Indikator"), 26), Column(_("Pertanyaan"), 60),
                 Column(_("Mengalami (ya)"), 12, "0"), Column(_("Tidak mengalami"), 12, "0"),
                 Column(_("Menjawab"), 10, "0"), Column(_("Tidak mengalami (%)"), 14, "0.00"),
                 Column(_("Nilai perkiraan (0–3)"), 14, "0")],
        rows=([item.question.indicator, str(item.question.title), item.text, item.yes,
               item.no, item.answered, item.share, item.score]
              for item in result.questions),
    )
