"""Indicators filled from SKM and the standards register (under /kepatuhan/)."""

from django.urls import path

from pantau.compliance.views import autofill

app_name = "compliance_autofill"
urlpatterns = [
    path("otomatis/<int:year>/unit/<int:pk>/", autofill.unit_facts, name="unit"),
    path("otomatis/<int:year>/unit/<int:pk>/data.xlsx", autofill.unit_facts_xlsx,
         name="unit_xlsx"),
    path("otomatis/<int:year>/unit/<int:pk>/perbarui/", autofill.unit_refresh,
         name="unit_refresh"),
    path("otomatis/<int:year>/perbarui/", autofill.region_refresh, name="region_refresh"),
]
