"""Installing Django REST framework does not change the UI's Indonesian form messages: Django's
wording wins over rest_framework's for every message both translate (pantau.api.form_messages)."""

from __future__ import annotations

from django.utils import translation

from pantau.api.form_messages.__main__ import colliding


def test_django_wording_wins_for_every_message_rest_framework_also_translates() -> None:
    messages = colliding()

    assert "This field is required." in messages  # the check itself finds the collisions
    with translation.override("id"):
        shown = {msgid: translation.gettext(msgid) for msgid in messages}
    assert shown == messages, "rebuild with: python -m pantau.api.form_messages"


def test_rest_framework_messages_of_its_own_stay_translated() -> None:
    with translation.override("id"):
        assert translation.gettext("Authentication credentials were not provided.") == (
            "Data autentikasi tidak diberikan.")
