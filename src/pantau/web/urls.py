from django.urls import path

from pantau.web import views
from pantau.web.calculator.views import calculator

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("pemda/ganti/", views.switch_region, name="switch_region"),
    path("kalkulator/", calculator, name="calculator"),
]
