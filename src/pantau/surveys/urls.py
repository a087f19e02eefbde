from django.urls import path

from pantau.surveys.views import outputs, public, staff

app_name = "surveys"
urlpatterns = [
    path("s/<str:code>/", public.survey_form, name="public_form"),
    path("s/<str:code>/terima-kasih/", public.survey_thanks, name="public_thanks"),
    path("survei/", staff.survey_list_view, name="survey_list"),
    path("survei/baru/", staff.survey_create_view, name="survey_create"),
    path("survei/<int:pk>/", staff.survey_detail, name="survey_detail"),
    path("survei/<int:pk>/ubah/", staff.survey_update_view, name="survey_update"),
    path("survei/<int:pk>/qr.svg", outputs.survey_qr, name="survey_qr"),
    path("survei/<int:pk>/poster.pdf", outputs.survey_poster, name="survey_poster"),
    path("survei/<int:pk>/jawaban/", staff.response_list_view, name="response_list"),
    path("survei/<int:pk>/jawaban/<int:response_pk>/tidak-sah/", staff.response_invalidate_view,
         name="response_invalidate"),
    path("survei/<int:pk>/jawaban.xlsx", outputs.responses_xlsx, name="responses_xlsx"),
    path("survei/<int:pk>/rekap.xlsx", outputs.recap_xlsx, name="recap_xlsx"),
]
