from django.urls import path

from pantau.compliance.views import home, instrument_edit, instruments

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
]
