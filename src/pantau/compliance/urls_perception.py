"""Perception survey URLs, included from compliance/urls.py under the compliance namespace."""

from django.urls import path

from pantau.compliance.views import perception

urlpatterns = [
    path("", perception.perception_index, name="perception_index"),
    path("pengaturan/", perception.perception_settings, name="perception_settings"),
    path("<int:pk>/<int:year>/", perception.perception_unit, name="perception_unit"),
    path("<int:pk>/<int:year>.xlsx", perception.perception_xlsx, name="perception_xlsx"),
    path("<int:pk>/<int:year>/atur/", perception.perception_switch_view,
         name="perception_switch"),
]
