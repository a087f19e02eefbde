"""One signed submission token per form load: the survey and a random nonce.

The nonce is stored in ``SurveyResponse.token`` (unique), so a retry, a double tap or a replay of
the same form counts once.
"""

from __future__ import annotations

import secrets

from django.core import signing

SALT = "pantau.surveys.submission"
MAX_AGE = 12 * 3600  # a form left open for half a day must be reloaded


class TokenInvalid(Exception):
    """Tampered, for another survey, or not a token at all."""


class TokenExpired(Exception):
    """Signed by us but older than MAX_AGE."""


def token_make(*, survey_id: int) -> str:
    return signing.dumps({"s": survey_id, "n": secrets.token_urlsafe(18)}, salt=SALT)


def token_read(*, value: str, survey_id: int) -> str:
    """The nonce of a valid token for this survey."""
    try:
        data = signing.loads(value, salt=SALT, max_age=MAX_AGE)
    except signing.SignatureExpired as error:
        raise TokenExpired from error
    except signing.BadSignature as error:
        raise TokenInvalid from error
    if not isinstance(data, dict) or data.get("s") != survey_id:
        raise TokenInvalid
    nonce = data.get("n")
    if not isinstance(nonce, str) or not 16 <= len(nonce) <= 40:
        raise TokenInvalid
    return nonce
