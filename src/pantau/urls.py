from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    # First: the public questionnaire (its first patterns) is the hottest path, and URL
    # resolution walks the patterns in order. No pattern here overlaps another app's.
    path("", include("pantau.surveys.urls")),
    path("", include("pantau.web.urls")),
    path("", include("pantau.tenancy.urls")),
    path("", include("pantau.audit.urls")),
    path("", include("pantau.compliance.urls_standards_public")),
    path("rencana/", include("pantau.performance.urls_plans")),
    path("kinerja/", include("pantau.performance.urls_reporting")),
    path("analisis/", include("pantau.performance.urls_analysis")),
    path("rakor/", include("pantau.performance.urls_rakor")),
    path("kepatuhan/standar-pelayanan/", include("pantau.compliance.urls_standards")),
    path("kepatuhan/lokus/", include("pantau.compliance.urls_lokus")),
    path("kepatuhan/", include("pantau.compliance.urls")),
    path("kepatuhan/penilaian-mandiri/", include("pantau.compliance.urls_assessment")),
    path("kepatuhan/celah/", include("pantau.compliance.urls_gaps")),
    path("kepatuhan/", include("pantau.compliance.urls_autofill")),
    path("kepatuhan/kesiapan/", include("pantau.compliance.urls_readiness")),
    path("laporan/", include("pantau.reports.urls")),
    path("akun/", include("pantau.accounts.urls")),
    path("api/", include("pantau.api.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("django-admin/", admin.site.urls),
]
