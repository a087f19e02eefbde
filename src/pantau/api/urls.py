"""/api/: the token page (HTML) and the JSON API, version 1 (docs/api.md)."""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView

from pantau.api.views import compliance, realizations, reference, scores, tokens, unknown

app_name = "api"
urlpatterns = [
    path("token/", tokens.token_list, name="token_list"),
    path("token/<int:pk>/cabut/", tokens.token_revoke_view, name="token_revoke"),
    path("v1/", reference.RootView.as_view(), name="root"),
    # The OpenAPI 3 schema and its docs page: public (they describe the API, hold no data).
    path("v1/schema/", SpectacularAPIView.as_view(), name="schema"),
    path("v1/docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    path("v1/periode/", reference.PeriodListView.as_view(), name="period_list"),
    path("v1/opd/", reference.AgencyListView.as_view(), name="agency_list"),
    path("v1/indikator/", reference.IndicatorListView.as_view(), name="indicator_list"),
    path("v1/indikator/<int:pk>/", reference.IndicatorDetailView.as_view(),
         name="indicator_detail"),
    path("v1/capaian/", scores.ScoreListView.as_view(), name="score_list"),
    path("v1/opd/<int:agency_pk>/capaian/", scores.AgencyScoreView.as_view(),
         name="agency_score"),
    path("v1/opd/<int:agency_pk>/realisasi/<int:period_pk>/",
         realizations.RealizationListView.as_view(), name="realization_list"),
    path("v1/opd/<int:agency_pk>/realisasi/<int:period_pk>/<int:indicator_pk>/",
         realizations.RealizationDetailView.as_view(), name="realization_detail"),
    path("v1/kepatuhan/prediksi/", compliance.PredictionView.as_view(),
         name="compliance_prediction"),
    path("v1/kepatuhan/kekurangan/", compliance.GapListView.as_view(), name="compliance_gaps"),
    path("v1/kepatuhan/hasil-resmi/", compliance.OfficialResultListView.as_view(),
         name="compliance_results"),
    # Last: any other address ending in "/" (without it, APPEND_SLASH redirects here first).
    re_path(r"^v1/(?P<rest>.+)/$", unknown.unknown_address, name="unknown_address"),
]
