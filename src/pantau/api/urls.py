"""/api/: the token page (HTML) and the JSON API, version 1 (docs/api.md)."""

from django.urls import path

from pantau.api.views import realizations, reference, scores, tokens

app_name = "api"
urlpatterns = [
    path("token/", tokens.token_list, name="token_list"),
    path("token/<int:pk>/cabut/", tokens.token_revoke_view, name="token_revoke"),
    path("v1/", reference.RootView.as_view(), name="root"),
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
]
