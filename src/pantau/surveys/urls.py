from django.urls import path

from pantau.surveys.views import outputs, public, publication, results, staff, work

app_name = "surveys"
urlpatterns = [
    path("s/<str:code>/", public.survey_form, name="public_form"),
    path("s/<str:code>/terima-kasih/", public.survey_thanks, name="public_thanks"),
    path("publik/<slug:slug>/skm/", publication.publication_view, name="publication"),
    path("survei/", staff.survey_list_view, name="survey_list"),
    path("survei/baru/", staff.survey_create_view, name="survey_create"),
    path("survei/hasil/", results.results_view, name="results"),
    path("survei/hasil/unit/<int:pk>/", results.unit_results_view, name="unit_results"),
    path("survei/hasil/opd/<int:pk>/laporan.pdf", outputs.agency_report_pdf,
         name="agency_report"),
    path("survei/tindak-lanjut/", work.followup_list_view, name="followup_list"),
    path("survei/tindak-lanjut.xlsx", work.followups_xlsx, name="followups_xlsx"),
    path("survei/tindak-lanjut/<int:pk>/ubah/", work.followup_update_view,
         name="followup_update"),
    path("survei/kuesioner/", work.questionnaire_view, name="questionnaire"),
    path("survei/<int:pk>/", staff.survey_detail, name="survey_detail"),
    path("survei/<int:pk>/ubah/", staff.survey_update_view, name="survey_update"),
    path("survei/<int:pk>/profil/", results.survey_profile_view, name="survey_profile"),
    path("survei/<int:pk>/laporan.pdf", outputs.survey_report_pdf, name="survey_report"),
    path("survei/<int:pk>/tindak-lanjut/baru/", work.followup_create_view,
         name="followup_create"),
    path("survei/<int:pk>/impor/", work.survey_import_view, name="survey_import"),
    path("survei/<int:pk>/impor/templat.xlsx", work.import_template_view,
         name="import_template"),
    path("survei/<int:pk>/qr.svg", outputs.survey_qr, name="survey_qr"),
    path("survei/<int:pk>/poster.pdf", outputs.survey_poster, name="survey_poster"),
    path("survei/<int:pk>/jawaban/", staff.response_list_view, name="response_list"),
    path("survei/<int:pk>/jawaban/<int:response_pk>/tidak-sah/", staff.response_invalidate_view,
         name="response_invalidate"),
    path("survei/<int:pk>/jawaban.xlsx", outputs.responses_xlsx, name="responses_xlsx"),
    path("survei/<int:pk>/rekap.xlsx", outputs.recap_xlsx, name="recap_xlsx"),
]
