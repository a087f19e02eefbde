"""Django admin is for the platform admin only; Pemda admins use Pantau's own pages."""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from pantau.tenancy.models import Agency, Membership, Period, Region, ServiceProduct, ServiceUnit


class NoDeleteAdmin(admin.ModelAdmin):
    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # deactivate instead: scores are computed from these rows


@admin.register(Region)
class RegionAdmin(NoDeleteAdmin):
    list_display = ("name", "kind", "code", "timezone", "is_active")
    search_fields = ("name", "code")
    prepopulated_fields = {"slug": ("name",)}


@admin.register(Agency)
class AgencyAdmin(NoDeleteAdmin):
    list_display = ("name", "short_name", "kind", "region", "is_active")
    list_filter = ("region", "kind", "is_active")
    search_fields = ("name", "short_name")


@admin.register(ServiceUnit)
class ServiceUnitAdmin(NoDeleteAdmin):
    list_display = ("name", "kind", "agency", "region", "is_active")
    list_filter = ("region", "kind", "is_active")
    search_fields = ("name",)


@admin.register(ServiceProduct)
class ServiceProductAdmin(NoDeleteAdmin):
    list_display = ("name", "unit", "region", "is_active")
    list_filter = ("region",)
    search_fields = ("name",)


@admin.register(Period)
class PeriodAdmin(NoDeleteAdmin):
    list_display = ("__str__", "region", "status")
    list_filter = ("region", "status")


@admin.register(Membership)
class MembershipAdmin(NoDeleteAdmin):
    list_display = ("user", "region", "role", "agency", "is_active")
    list_filter = ("region", "role", "is_active")
