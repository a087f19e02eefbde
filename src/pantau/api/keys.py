"""API keys: a new random key and the form it is stored in (the key itself never is)."""

from __future__ import annotations

import hashlib
import secrets

KEY_PREFIX = "pantau_"


def key_hash(key: str) -> str:
    """The stored form of a key: its SHA-256 hex digest (the key itself is never stored)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_generate() -> str:
    return KEY_PREFIX + secrets.token_urlsafe(32)  # 256 random bits
