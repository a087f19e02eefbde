"""The JSON API (REST, Django REST framework) and the personal API tokens that open it.

See docs/api.md. Views are thin: they check the same ``rules`` permissions as the pages, read
through the shared selectors and write through the performance services, so locks and the audit
trail apply to the API exactly as to the UI.
"""
