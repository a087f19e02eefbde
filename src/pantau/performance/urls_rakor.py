from django.urls import path

from pantau.performance.views import rakor

app_name = "performance_rakor"
urlpatterns = [
    path("", rakor.rakor_view, name="index"),
]
