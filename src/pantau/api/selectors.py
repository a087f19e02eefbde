"""Reads of the API app: tokens, and the few small reads of performance data the shared
selectors do not offer one by one (a single realization row, an indicator's targets)."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import F, Prefetch, Q, QuerySet
from django_scopes import scopes_disabled

from pantau.api.keys import key_hash
from pantau.api.models import ApiToken
from pantau.performance.capaian.compute import indicators_in_year
from pantau.performance.models import Evidence, Indicator, Realization, Target
from pantau.performance.selectors.reporting import report_form_groups
from pantau.tenancy.models import Agency, Membership, Period
from pantau.tenancy.selectors import memberships_of_user


def tokens_of_user(*, user: Any) -> QuerySet[ApiToken]:
    """The user's tokens in the current Pemda (scoped), active first."""
    return ApiToken.objects.filter(user=user)


@dataclass(frozen=True)
class TokenOwner:
    token: ApiToken
    membership: Membership


def token_owner(*, key: str) -> TokenOwner | None:
    """The active token with this key and its user's active membership in the token's Pemda.

    Runs before any Pemda scope exists (the token decides the Pemda), hence scopes_disabled.
    None when the key is unknown or revoked, the user is inactive, or the membership is gone.
    """
    with scopes_disabled():
        token = (ApiToken.objects.select_related("user", "region")
                 .filter(key_hash=key_hash(key), is_revoked=False).first())
    if token is None or not token.user.is_active:
        return None
    for membership in memberships_of_user(user=token.user):
        if membership.region_id == token.region_id:
            return TokenOwner(token=token, membership=membership)
    return None


def indicator_queryset(*, region_id: int, year: int | None, agency: Agency | None,
                       agency_ids: Sequence[int] | None, include_inactive: bool
                       ) -> QuerySet[Indicator]:
    """Indicators for the API list: of ``year`` (in scope of the capaian computation) or all;
    limited to one OPD or to ``agency_ids`` (None: every OPD); with that year's targets."""
    if year is not None:
        indicators = indicators_in_year(region_id=region_id, year=year, agency=agency)
    else:
        indicators = Indicator.objects.all()
        if agency is not None:
            indicators = indicators.filter(agency=agency)
        if not include_inactive:
            indicators = indicators.filter(is_active=True)
    if agency_ids is not None:
        indicators = indicators.filter(agency_id__in=agency_ids)
    targets = Target.objects.order_by("year", F("quarter").asc(nulls_first=True))  # annual first
    if year is not None:
        targets = targets.filter(year=year)
    return (indicators.select_related("agency", "node", "node__plan")
            .prefetch_related(Prefetch("targets", queryset=targets))
            .order_by("agency__name", "node__plan_id", "position", "code", "id"))


@dataclass(frozen=True)
class RealizationRow:
    """One indicator of an OPD in one quarter: its targets, realization and evidence count."""

    indicator: Indicator
    annual_target: Target | None
    quarter_target: Target | None
    realization: Realization | None
    evidence_count: int

    @property
    def value(self) -> Decimal | None:
        return self.realization.value if self.realization else None

    @property
    def drivers(self) -> str:
        return self.realization.drivers if self.realization else ""

    @property
    def obstacles(self) -> str:
        return self.realization.obstacles if self.realization else ""

    @property
    def follow_up_plan(self) -> str:
        return self.realization.follow_up_plan if self.realization else ""

    @property
    def updated_at(self) -> datetime.datetime | None:
        return self.realization.updated_at if self.realization else None


def realization_rows(*, agency: Agency, period: Period) -> list[RealizationRow]:
    """The OPD's active indicators in the quarter, as the reporting form shows them."""
    return [RealizationRow(indicator=row.indicator, annual_target=row.annual_target,
                           quarter_target=row.quarter_target, realization=row.realization,
                           evidence_count=len(row.evidence))
            for group in report_form_groups(agency=agency, period=period) for row in group.rows]


def realization_row(*, indicator: Indicator, period: Period) -> RealizationRow:
    targets = {t.quarter: t for t in Target.objects.filter(
        indicator=indicator, year=period.year).filter(
        Q(quarter__isnull=True) | Q(quarter=period.quarter))}
    realization = Realization.objects.filter(indicator=indicator, period=period).first()
    evidence = (Evidence.objects.filter(realization=realization, is_active=True).count()
                if realization is not None else 0)
    return RealizationRow(indicator=indicator, annual_target=targets.get(None),
                          quarter_target=targets.get(period.quarter), realization=realization,
                          evidence_count=evidence)
