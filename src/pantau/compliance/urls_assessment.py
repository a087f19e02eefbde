"""Self-assessment (penilaian mandiri): /kepatuhan/penilaian-mandiri/… (included from
pantau/urls.py beside the module's other URLs; its matrix: tests/compliance/
test_assessment_permission_matrix.py)."""

from django.urls import path

from pantau.compliance.views import assessment, assessment_sheet

app_name = "compliance_assessment"
UNIT = "<int:year>/unit/<int:unit_id>/<slug:family>/"
urlpatterns = [
    path("", assessment.start, name="start"),
    path("<int:year>/", assessment.overview, name="overview"),
    path("<int:year>/progres.xlsx", assessment.overview_xlsx, name="overview_xlsx"),
    path(UNIT, assessment.sheet, name="sheet"),
    path(f"{UNIT}jawaban.xlsx", assessment.unit_xlsx, name="sheet_xlsx"),
    path(f"{UNIT}indikator/<int:indicator_id>/", assessment_sheet.answer, name="answer"),
    path(f"{UNIT}indikator/<int:indicator_id>/reviu/", assessment_sheet.review,
         name="review"),
    path("bukti/<int:pk>/", assessment.evidence, name="evidence"),
]
