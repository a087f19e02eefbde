"""Keeps Django's own Indonesian form messages when Django REST framework is installed.

Django merges the catalogues of INSTALLED_APPS over its own, so ``rest_framework``'s Indonesian
catalogue would replace six of Django's form messages everywhere in the UI ("Bidang ini tidak
boleh kosong." would become "Bidang ini harus diisi.", and so on). This app, listed before
``rest_framework``, carries Django's wording of exactly those messages, so it wins again.
``tests/api/test_form_messages_unchanged.py`` fails if the set of colliding messages changes
(then rebuild the catalogue with ``python -m pantau.api.form_messages``).

It holds no translatable strings of its own, so ``makemessages`` writes nothing here.
"""
