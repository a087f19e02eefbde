"""The readiness report page (kepatuhan/kesiapan/); its matrix:
tests/compliance/test_readiness_permission_matrix.py."""

from django.urls import path

from pantau.compliance.views import readiness

app_name = "compliance_readiness"
urlpatterns = [
    path("", readiness.readiness_view, name="index"),
]
