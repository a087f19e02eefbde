"""Page helpers below every app: what any app's views and forms need and nothing app-specific.

``access`` (``require_perm``, ``current_region``), ``client`` (the visitor's address behind
``PROXY_COUNT`` proxies), ``form_page`` (the create/update round trip and its page), ``forms``
(Bootstrap classes), ``number_fields`` (numbers typed the Indonesian way), ``paging``. Imports
Django and ``pantau.scoring`` only, never an app.
"""
