from django.urls import include, path

from pantau.compliance.views import home, instrument_edit, instruments, results

app_name = "compliance"
urlpatterns = [
    path("", home.index, name="index"),
    path("instrumen/", instruments.instrument_list, name="instrument_list"),
    path("instrumen/baru/", instrument_edit.instrument_create, name="instrument_create"),
    path("instrumen/<int:pk>/", instruments.instrument_detail, name="instrument_detail"),
    path("instrumen/<int:pk>/ubah/", instrument_edit.instrument_update_view,
         name="instrument_update"),
    path("instrumen/dimensi/<int:pk>/ubah/", instrument_edit.dimension_update_view,
         name="dimension_update"),
    path("instrumen/indikator/<int:pk>/ubah/", instrument_edit.indicator_update_view,
         name="indicator_update"),
    path("hasil-resmi/", results.result_list, name="result_list"),
    path("hasil-resmi.xlsx", results.result_xlsx, name="result_xlsx"),
    path("hasil-resmi/baru/", results.result_create, name="result_create"),
    path("hasil-resmi/<int:pk>/ubah/", results.result_update, name="result_update"),
    path("hasil-resmi/<int:pk>/sumber/", results.result_source, name="result_source"),
    path("persepsi/", include("pantau.compliance.urls_perception")),
]
