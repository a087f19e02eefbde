from django.urls import path

from pantau.performance.views import bulk_verify, followups, reporting, workflow

app_name = "performance_reporting"
REPORT = "laporan/<int:agency_pk>/<int:period_pk>/"
urlpatterns = [
    path("", reporting.overview, name="overview"),
    path("laporan/<int:period_pk>/rekap.xlsx", reporting.overview_xlsx, name="overview_xlsx"),
    path(REPORT, reporting.report_form, name="report_form"),
    path(REPORT + "aksi/<str:action>/", workflow.report_transition, name="report_transition"),
    path(REPORT + "bukti/<int:indicator_pk>/", reporting.evidence_upload, name="evidence_upload"),
    path(REPORT + "templat.xlsx", reporting.import_template, name="import_template"),
    path(REPORT + "impor/", reporting.import_view, name="import"),
    path("bukti/<int:pk>/", reporting.evidence_download, name="evidence_download"),
    path("bukti/<int:pk>/hapus/", reporting.evidence_remove_view, name="evidence_remove"),
    path("periode/<int:period_pk>/kunci/", workflow.period_lock_view, name="period_lock"),
    path("periode/<int:period_pk>/verifikasi/", bulk_verify.bulk_verify_view,
         name="bulk_verify"),
    path("periode/<int:period_pk>/tutup/", workflow.period_close_view, name="period_close"),
    path("periode/<int:period_pk>/batas-waktu/", workflow.deadline_set_view,
         name="deadline_set"),
    path("tindak-lanjut/", followups.followup_list_view, name="followup_list"),
    path("tindak-lanjut.xlsx", followups.followup_xlsx, name="followup_xlsx"),
    path("tindak-lanjut/<int:pk>/", followups.followup_update_view, name="followup_update"),
]
