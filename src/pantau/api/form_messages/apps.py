from django.apps import AppConfig


class FormMessagesConfig(AppConfig):
    name = "pantau.api.form_messages"
    label = "api_form_messages"
