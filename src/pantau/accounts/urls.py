from django.contrib.auth import views as auth_views
from django.urls import path

from pantau.accounts import views

app_name = "accounts"
urlpatterns = [
    path("masuk/", views.LoginView.as_view(), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("kata-sandi/", views.PasswordChangeView.as_view(), name="password_change"),
    path(
        "kata-sandi/selesai/",
        auth_views.PasswordChangeDoneView.as_view(template_name="accounts/message.html",
                                                  extra_context={"kind": "changed"}),
        name="password_change_done",
    ),
    path("lupa-kata-sandi/", views.PasswordResetView.as_view(), name="password_reset"),
    path(
        "lupa-kata-sandi/terkirim/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/message.html",
                                                 extra_context={"kind": "sent"}),
        name="password_reset_done",
    ),
    path(
        "atur-kata-sandi/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "atur-kata-sandi/selesai/",
        auth_views.PasswordResetCompleteView.as_view(template_name="accounts/message.html",
                                                     extra_context={"kind": "reset"}),
        name="password_reset_complete",
    ),
]
