"""Loaded with ``-p tests.pytest_env`` (see pyproject.toml), before pytest-django imports settings.

The settings refuse to start without a SECRET_KEY when DEBUG is false, and production settings
serve static files from a manifest that only ``collectstatic`` builds. Tests therefore import the
development settings; Django's test environment still runs every test with ``DEBUG = False``.
An explicit ``DEBUG`` in the environment wins.
"""

from __future__ import annotations

import os

os.environ.setdefault("DEBUG", "true")
