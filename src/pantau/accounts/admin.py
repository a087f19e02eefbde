from django.contrib import admin
from django.contrib.auth.admin import UserAdmin

from pantau.accounts.models import User


@admin.register(User)
class PantauUserAdmin(UserAdmin):
    fieldsets = (*(UserAdmin.fieldsets or ()), ("Pantau", {"fields": ("full_name",)}))
    list_display = ("username", "email", "full_name", "is_active", "is_superuser")
    search_fields = ("username", "email", "full_name")
