from django.urls import path

from pantau.audit import views

app_name = "audit"
urlpatterns = [
    path("audit/", views.event_list, name="event_list"),
    path("riwayat/<str:model>/<int:pk>/", views.object_history, name="object_history"),
]
