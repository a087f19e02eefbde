"""The one exception type of the scoring package.

It subclasses ValueError so plain ``except ValueError`` keeps working; the app catches
ScoringError to show the (Indonesian) message to the user as is.
"""


class ScoringError(ValueError):
    """Input that no official method accepts; the message says what is wrong and what is allowed."""
