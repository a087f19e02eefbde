"""Respondent profile of ONE survey: counts and IKM per age band, sex, education, occupation and
service product. Reads that survey's valid raw responses with one GROUP BY per dimension (a
survey holds at most some thousands of rows); never used for dashboards over all data.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext as _

from pantau.scoring.numbers import percent
from pantau.surveys.models import Survey, SurveyResponse
from pantau.surveys.questions import AgeBand, Education, Occupation, Sex
from pantau.surveys.selectors.totals import RAW_TOTALS, SurveyResult, Totals
from pantau.tenancy.models import ServiceProduct

DIMENSIONS = ("age_band", "sex", "education", "occupation", "product")


@dataclass(frozen=True)
class ProfileGroup:
    label: str
    count: int
    share: Decimal  # percent, 2 decimals
    result: SurveyResult


@dataclass(frozen=True)
class ProfileTable:
    key: str
    title: str
    groups: tuple[ProfileGroup, ...]


def _labels(key: str, survey: Survey) -> tuple[str, dict[Any, Any]]:
    if key == "age_band":
        return _("Usia"), dict(AgeBand.choices)
    if key == "sex":
        return _("Jenis kelamin"), dict(Sex.choices)
    if key == "education":
        return _("Pendidikan"), dict(Education.choices)
    if key == "occupation":
        return _("Pekerjaan"), dict(Occupation.choices)
    products = ServiceProduct.objects.filter(unit_id=survey.unit_id).values_list("pk", "name")
    return _("Layanan yang diterima"), dict(products)


def _share(respondents: int, everyone: int) -> Decimal:
    share = percent(respondents, everyone)
    assert share is not None  # a group has respondents, so everyone > 0
    return share


def profile_tables(*, survey: Survey) -> tuple[ProfileTable, ...]:
    valid = SurveyResponse.objects.filter(survey=survey, is_valid=True)
    tables = []
    for key in DIMENSIONS:
        title, labels = _labels(key, survey)
        rows = list(valid.values(key).annotate(**RAW_TOTALS).order_by())
        everyone = sum(row["respondents"] for row in rows)
        order = list(labels)
        rows.sort(key=lambda row: order.index(row[key]) if row[key] in order else len(order))
        groups = tuple(
            ProfileGroup(
                label=labels.get(row[key], "") or _("Tidak diisi"),
                count=row["respondents"],
                share=_share(row["respondents"], everyone),
                result=Totals.of(row).result(),
            )
            for row in rows
        )
        tables.append(ProfileTable(key, title, groups))
    return tuple(tables)
