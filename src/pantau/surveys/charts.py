"""Chart rows for IKM bar charts (staff results page and the public page), best first."""

from __future__ import annotations

from collections.abc import Iterable

from pantau.surveys.selectors.totals import SurveyResult


def ikm_bars(lines: Iterable[tuple[str, SurveyResult]]) -> list[dict[str, str]]:
    """One bar per labelled result with a score, ordered by value (highest first), ties by name:
    a reader looks for the weakest at the end, not for an abbreviation."""
    scored = [(label, result.score) for label, result in lines if result.score is not None]
    scored.sort(key=lambda item: (-item[1].ikm, item[0]))
    return [{"label": label, "name": label, "value": str(score.score)} for label, score in scored]
