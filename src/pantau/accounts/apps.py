from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "pantau.accounts"
    verbose_name = "Akun"
