"""Lokus penilaian: /kepatuhan/lokus/… (its own permission matrix:
tests/compliance/test_lokus_permission_matrix.py)."""

from django.urls import path

from pantau.compliance.views import lokus, lokus_edit

app_name = "compliance_lokus"
urlpatterns = [
    path("", lokus.lokus_list, name="list"),
    path("undi/", lokus_edit.lokus_create, name="create"),
    path("<int:pk>/", lokus.lokus_detail, name="detail"),
    path("<int:pk>/unit.xlsx", lokus.lokus_xlsx, name="xlsx"),
    path("<int:pk>/periksa-ulang/", lokus.lokus_check, name="check"),
    path("<int:pk>/ganti/", lokus_edit.lokus_replace_view, name="replace"),
]
