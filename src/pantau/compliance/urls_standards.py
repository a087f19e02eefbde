from django.urls import path

from pantau.compliance.views import standards, standards_public

app_name = "compliance_standards"
urlpatterns = [
    path("", standards.register_view, name="register"),
    path("unduh.xlsx", standards.register_xlsx, name="register_xlsx"),
    path("produk/<int:pk>/ubah/", standards.standard_update_view, name="standard_update"),
    path("produk/<int:pk>/foto/<slug:which>/", standards.standard_photo, name="standard_photo"),
    path("unit/<int:pk>/", standards.unit_view, name="unit"),
    path("unit/<int:pk>/maklumat/", standards.maklumat_update_view, name="maklumat_update"),
    path("unit/<int:pk>/maklumat/foto/", standards.maklumat_photo, name="maklumat_photo"),
    path("unit/<int:pk>/cetak.pdf", standards_public.unit_pdf, name="unit_pdf"),
]
