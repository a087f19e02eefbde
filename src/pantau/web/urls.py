from django.urls import path

from pantau.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("pemda/ganti/", views.switch_region, name="switch_region"),
]
