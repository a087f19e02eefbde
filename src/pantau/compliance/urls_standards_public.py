"""The public page of a unit's service standard (no login), beside the SKM's public pages."""

from django.urls import path

from pantau.compliance.views import standards_public

app_name = "compliance_public"
urlpatterns = [
    path("publik/<slug:slug>/standar-pelayanan/<int:pk>/", standards_public.public_unit,
         name="unit"),
]
