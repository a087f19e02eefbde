"""Reads of Pemda, OPD, unit, period and membership data, and whose OPD data a user reads."""

from __future__ import annotations

from typing import Any, TypeVar

from django.db.models import Count, Model, Q, QuerySet
from django_scopes import scopes_disabled

from pantau.tenancy.models import (
    PASSWORD_NOT_SET,
    Agency,
    Membership,
    Period,
    ServiceProduct,
    ServiceUnit,
)
from pantau.tenancy.permissions import is_region_wide, membership_of

RowT = TypeVar("RowT", bound=Model)


def agency_ids_visible_to(*, user: Any) -> tuple[int, ...] | None:
    """The OPDs whose data the user reads in the current Pemda: None for every OPD (back
    office, leaders, assessors), their own OPD for operators and heads, none without an
    active membership or for an OPD role whose membership names no OPD.

    The one rule behind every list narrowed to the user's OPD (surveys, SKM results and
    follow-ups, the quarterly overview, the API's indicator list); the per-object checks are
    the ``rules`` predicates in ``tenancy.permissions``.
    """
    membership = membership_of(user)
    if membership is None:
        return ()
    if is_region_wide(user):
        return None
    return (membership.agency_id,) if membership.agency_id is not None else ()


def visible_to(rows: QuerySet[RowT], *, user: Any, agency: str = "agency") -> QuerySet[RowT]:
    """``rows`` narrowed to the OPDs the user reads (``agency_ids_visible_to``); ``agency`` is
    the path from the rows to their OPD, such as ``"unit__agency"`` for surveys."""
    agency_ids = agency_ids_visible_to(user=user)
    if agency_ids is None:
        return rows
    if not agency_ids:
        return rows.none()
    return rows.filter(**{f"{agency}__in": agency_ids})


def memberships_of_user(*, user: Any) -> list[Membership]:
    """The user's active, accepted memberships across Pemda (for the Pemda switcher)."""
    with scopes_disabled():
        return list(
            Membership.objects.filter(user=user, is_active=True, region__is_active=True,
                                      accepted_at__isnull=False)
            .select_related("region", "agency")
            .order_by("region__name")
        )


def membership_current(*, user: Any, region_id: int | None) -> Membership | None:
    """The membership of the chosen Pemda, else the one the user joined first.

    Not the first by name: joining another Pemda must not change where the user lands after
    logging in; they move there with "Ganti Pemda".
    """
    memberships = memberships_of_user(user=user)
    for membership in memberships:
        if membership.region_id == region_id:
            return membership
    if not memberships:
        return None
    return min(memberships, key=lambda m: (m.accepted_at or m.created_at, m.pk))


def invitations_pending(*, user: Any) -> list[Membership]:
    """Memberships offered to the user that wait for them to accept or decline."""
    with scopes_disabled():
        return list(
            Membership.objects.filter(user=user, is_active=True, region__is_active=True,
                                      accepted_at__isnull=True)
            .select_related("region", "agency")
            .order_by("created_at")
        )


def invitation_of_user(*, user: Any, pk: int) -> Membership | None:
    return next((m for m in invitations_pending(user=user) if m.pk == pk), None)


def agency_list(*, include_inactive: bool = False) -> QuerySet[Agency]:
    agencies = Agency.objects.annotate(
        unit_count=Count("units", filter=Q(units__is_active=True), distinct=True)
    )
    if not include_inactive:
        agencies = agencies.filter(is_active=True)
    return agencies.order_by("kind", "name")


def unit_list(
    *, agency: Agency | None = None, kind: str = "", include_inactive: bool = False
) -> QuerySet[ServiceUnit]:
    units = ServiceUnit.objects.select_related("agency").annotate(
        product_count=Count("products", filter=Q(products__is_active=True))
    )
    if agency is not None:
        units = units.filter(agency=agency)
    if kind:
        units = units.filter(kind=kind)
    if not include_inactive:
        units = units.filter(is_active=True)
    return units.order_by("agency__name", "name")


def product_list(*, unit: ServiceUnit, include_inactive: bool = False) -> QuerySet[ServiceProduct]:
    products = ServiceProduct.objects.filter(unit=unit)
    if not include_inactive:
        products = products.filter(is_active=True)
    return products.order_by("name")


def period_list() -> QuerySet[Period]:
    return Period.objects.order_by("-year", "quarter")


def memberships_in_use() -> QuerySet[Membership]:
    """Members of this Pemda who can work in it now: active, accepted and able to log in.

    An invitation that waits for consent, or for the invited person to set a password, is left
    out: that person cannot open anything yet.
    """
    return Membership.objects.filter(
        is_active=True, accepted_at__isnull=False, user__is_active=True
    ).exclude(PASSWORD_NOT_SET)


def membership_list(*, include_inactive: bool = True) -> QuerySet[Membership]:
    memberships = Membership.objects.select_related("user", "agency")
    if not include_inactive:
        memberships = memberships.filter(is_active=True)
    return memberships.order_by("-is_active", "role", "user__full_name", "user__username")
