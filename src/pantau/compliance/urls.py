from django.urls import path

from pantau.compliance.views import home, instruments

app_name = "compliance"
urlpatterns = [
    path("", home.index, name="index"),
    path("instrumen/", instruments.instrument_list, name="instrument_list"),
    path("instrumen/<int:pk>/", instruments.instrument_detail, name="instrument_detail"),
]
