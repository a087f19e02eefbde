from django.urls import path

from pantau.performance.views import plans

app_name = "performance_plans"
urlpatterns = [
    path("", plans.plan_list, name="plan_list"),
    path("baru/", plans.plan_create_view, name="plan_create"),
    path("<int:pk>/", plans.plan_detail, name="plan_detail"),
    path("<int:pk>/ubah/", plans.plan_update_view, name="plan_update"),
    path("<int:pk>/simpul/baru/", plans.node_create_view, name="node_create"),
    path("<int:pk>/ekspor.xlsx", plans.plan_export, name="plan_export"),
    path("<int:pk>/impor/", plans.plan_import, name="plan_import"),
    path("<int:pk>/impor/templat.xlsx", plans.plan_import_template, name="plan_import_template"),
    path("simpul/<int:pk>/ubah/", plans.node_update_view, name="node_update"),
    path("simpul/<int:pk>/status/", plans.node_toggle, name="node_toggle"),
    path("simpul/<int:pk>/indikator/baru/", plans.indicator_create_view,
         name="indicator_create"),
    path("indikator/<int:pk>/", plans.indicator_detail, name="indicator_detail"),
    path("indikator/<int:pk>/ubah/", plans.indicator_update_view, name="indicator_update"),
    path("indikator/<int:pk>/status/", plans.indicator_toggle, name="indicator_toggle"),
    path("indikator/<int:pk>/target/", plans.target_grid, name="target_grid"),
    path("indikator/<int:pk>/perubahan/", plans.target_revision, name="target_revision"),
]
