"""Predicting an Ombudsman Output indicator (0–3) from service users' perception answers.

The Ombudsman scores its Output dimension ("Persepsi Maladministrasi", five forms of
maladministration) from interviews with service users; the question wording, the scale and the
conversion to 0–3 are not published (shared/domain/instruments.md §A). Pantau's assumption,
configurable: per indicator, the share of respondents who answered that question and report
*not* having experienced that form of maladministration gives the score by thresholds, highest
first (default: ≥ 95 % → 3, ≥ 85 % → 2, ≥ 70 % → 1, else 0). Below a minimum number of
respondents (default 30) no score is predicted.

Shares are compared exactly (``clean ≥ lower × answered`` in integers and Decimals, no rounding);
the share shown is a percentage rounded half-up to two decimals.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from pantau.scoring.errors import ScoringError
from pantau.scoring.numbers import percent


@dataclass(frozen=True)
class PerceptionRule:
    """``thresholds``: (lowest share of "no maladministration" as a fraction 0–1, score),
    highest share first; a share below every threshold scores 0."""

    thresholds: tuple[tuple[Decimal, int], ...]
    min_respondents: int

    def __post_init__(self) -> None:
        shares = [share for share, _score in self.thresholds]
        scores = [score for _share, score in self.thresholds]
        if not self.thresholds:
            raise ScoringError("Ambang persepsi belum diisi.")
        if any(not Decimal(0) <= share <= Decimal(1) for share in shares):
            raise ScoringError("Ambang persepsi harus di antara 0 % dan 100 %.")
        if shares != sorted(shares, reverse=True) or len(set(shares)) != len(shares):
            raise ScoringError("Ambang persepsi harus berurutan dari yang tertinggi.")
        if scores != sorted(scores, reverse=True) or any(not 0 < score <= 3 for score in scores):
            raise ScoringError("Nilai ambang persepsi harus 1–3, dari yang tertinggi.")
        if self.min_respondents < 1:
            raise ScoringError("Jumlah responden minimal persepsi paling sedikit 1.")


DEFAULT_RULE = PerceptionRule(
    thresholds=((Decimal("0.95"), 3), (Decimal("0.85"), 2), (Decimal("0.70"), 1)),
    min_respondents=30,
)


def _checked(clean: int, answered: int) -> None:
    if clean < 0 or answered < 0 or clean > answered:
        raise ScoringError("Jumlah jawaban persepsi tidak masuk akal.")


def clean_share(*, clean: int, answered: int) -> Decimal | None:
    """The percentage of respondents reporting no maladministration (2 places, half-up);
    None without respondents."""
    _checked(clean, answered)
    return percent(clean, answered)


def indicator_score(
    *, clean: int, answered: int, rule: PerceptionRule = DEFAULT_RULE
) -> int | None:
    """The predicted 0–3 of one indicator: ``clean`` of ``answered`` respondents report no
    maladministration. None below ``rule.min_respondents``."""
    _checked(clean, answered)
    if answered < rule.min_respondents:
        return None
    for lower, score in rule.thresholds:
        if Decimal(clean) >= lower * answered:
            return score
    return 0


def indicator_scores(
    counts: Sequence[tuple[int, int]], rule: PerceptionRule = DEFAULT_RULE
) -> list[int | None]:
    """``indicator_score`` of each (clean, answered) pair, in order."""
    return [
        indicator_score(clean=clean, answered=answered, rule=rule) for clean, answered in counts
    ]
