"""Gap list and gap actions: /kepatuhan/celah/…"""

from django.urls import path

from pantau.compliance.views import gap_actions, gaps

app_name = "compliance_gaps"
urlpatterns = [
    path("", gaps.gap_list, name="list"),
    path("celah.xlsx", gaps.gap_xlsx, name="xlsx"),
    path("tindakan/", gap_actions.action_list, name="actions"),
    path("tindakan.xlsx", gap_actions.action_xlsx, name="actions_xlsx"),
    path("tindakan/baru/", gap_actions.action_create, name="action_create"),
    path("tindakan/<int:pk>/ubah/", gap_actions.action_update, name="action_update"),
    path("tindakan/<int:pk>/bukti/", gap_actions.action_evidence, name="action_evidence"),
]
