from django.urls import path

from pantau.reports import views

app_name = "reports"
urlpatterns = [
    path("<int:pk>/", views.status_view, name="status"),
    path("<int:pk>/kemajuan/", views.progress_fragment, name="progress"),
    path("<int:pk>/unduh/", views.download, name="download"),
]
