from django.urls import path

from pantau.performance.views import analysis, settings

app_name = "performance_analysis"
urlpatterns = [
    path("", analysis.index, name="index"),
    path("peringkat/", analysis.ranking_view, name="ranking"),
    path("peringkat.xlsx", analysis.ranking_xlsx, name="ranking_xlsx"),
    path("peringatan-dini/", analysis.warning_view, name="warning"),
    path("peringatan-dini.xlsx", analysis.warning_xlsx, name="warning_xlsx"),
    path("opd/<int:pk>/", analysis.scorecard_view, name="scorecard"),
    path("opd/<int:pk>/rapor.xlsx", analysis.scorecard_xlsx, name="scorecard_xlsx"),
    path("opd/<int:pk>/renja/", analysis.renja_view, name="renja"),
    path("opd/<int:pk>/renja.xlsx", analysis.renja_xlsx, name="renja_xlsx"),
    path("pengaturan/", settings.settings_view, name="settings"),
]
