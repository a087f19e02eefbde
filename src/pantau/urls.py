from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("", include("pantau.web.urls")),
    path("", include("pantau.tenancy.urls")),
    path("", include("pantau.audit.urls")),
    path("", include("pantau.surveys.urls")),
    path("akun/", include("pantau.accounts.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
]
