"""How the SKM demo draws a unit's year: its volume and grade, its open days, each respondent's
answers and comment, and each survey's population. Pure Python on one seeded ``random.Random``.
"""

from __future__ import annotations

import datetime
import math
import random
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pantau.demo.surveys import data
from pantau.scoring import sampling
from pantau.tenancy.models import ServiceUnit

MOOD_SD = 0.38  # respondents' overall satisfaction around the unit's level
NOISE_SD = 0.42  # one answer around the respondent's level
# Shift of each element's answers: cost (U4) is mostly "free", speed (U3), facilities (U8) and
# complaint handling (U9) are where units fall short, courtesy (U7) is where they shine.
ELEMENT_BIAS = (0.0, -0.05, -0.25, 0.35, 0.0, 0.05, 0.15, -0.2, -0.15)
GRADE_SHARES = (("A", 0.2), ("C", 0.1))  # and one D; the rest B
SCORE_RANGES = {"A": (88.31, 95.0), "B": (76.61, 88.30), "C": (65.0, 76.60), "D": (58.0, 64.99)}
SHORT_SHARE = 0.1  # units whose surveys stay below the minimum sample
BLANK_SHARE = 0.03  # respondents who skip a profile question

Calendar = tuple[list[datetime.date], list[float]]  # open days, cumulative traffic weights

_NORMAL = statistics.NormalDist()
_NOISE = statistics.NormalDist(0, NOISE_SD)


@dataclass
class Plan:
    """One unit's year: how many respond, its grade and the level its answers are drawn at."""

    unit: ServiceUnit
    profile: data.UnitProfile
    volume: float
    count: int = 0
    grade: str = "B"
    level: float = 3.0  # mean answer before the element biases (the latent level)
    drift: float = 0.0  # change of the level from the first day to the last
    biases: tuple[float, ...] = ELEMENT_BIAS
    short: bool = False  # its surveys stay below the minimum sample

    @property
    def calendar_key(self) -> str:
        return f"{self.profile.schedule}/{self.profile.season}"


class Answers:
    """A respondent's nine answers: a mood around the unit's level, then each answer around the
    mood shifted by the element's bias, rounded and kept within 1–4 (drawn from per-mood
    thresholds: one uniform number per answer)."""

    STEPS = 20  # moods are bucketed by 1/20

    def __init__(self, biases: Sequence[float]) -> None:
        self.biases = tuple(biases)
        self.tables: dict[int, list[tuple[float, float, float]]] = {}

    def draw(self, rng: random.Random, mood: float) -> list[int]:
        bucket = round(mood * self.STEPS)
        table = self.tables.get(bucket)
        if table is None:
            level = bucket / self.STEPS
            table = self.tables[bucket] = [
                (_NOISE.cdf(1.5 - level - bias), _NOISE.cdf(2.5 - level - bias),
                 _NOISE.cdf(3.5 - level - bias)) for bias in self.biases
            ]
        uniform = rng.random
        return [1 + (u >= a) + (u >= b) + (u >= c) for a, b, c in table for u in (uniform(),)]


def _expected_answer(mean: float) -> float:
    """Mean of an answer drawn as round(N(mean, sd)) kept within 1–4."""
    sd = math.hypot(MOOD_SD, NOISE_SD)
    return 1 + sum(1 - _NORMAL.cdf((cut - mean) / sd) for cut in (1.5, 2.5, 3.5))


def _level_for(score: float, biases: Sequence[float]) -> float:
    """The latent level whose answers average ``score`` / 25 over the nine elements."""
    low, high = -2.0, 7.0
    for _ in range(40):
        middle = (low + high) / 2
        if statistics.fmean(_expected_answer(middle + bias) for bias in biases) < score / 25:
            low = middle
        else:
            high = middle
    return (low + high) / 2


def plans(rng: random.Random, units: list[ServiceUnit], total: int) -> list[Plan]:
    """About ``total`` responses shared by volume; grades by rank of the units' tendency."""
    result = []
    for unit in units:
        profile = data.profile_of(name=unit.name, kind=unit.kind)
        result.append(Plan(unit, profile, profile.volume * rng.lognormvariate(0, 0.25)))
    scale = total / sum(plan.volume for plan in result)
    ranked = sorted(result, key=lambda plan: plan.profile.tendency + rng.gauss(0, 0.3),
                    reverse=True)
    size = len(ranked)
    shares = {grade: round(size * share) for grade, share in GRADE_SHARES}
    lowest = size - (1 if size >= 20 else 0)
    for rank, plan in enumerate(ranked):
        plan.count = max(3, round(plan.volume * scale))
        plan.grade = ("A" if rank < shares["A"] else "D" if rank >= lowest
                      else "C" if rank >= lowest - shares["C"] else "B")
        shifts = dict(plan.profile.bias)
        plan.biases = tuple(bias + shifts.get(index, 0.0) + rng.gauss(0, 0.08)
                            for index, bias in enumerate(ELEMENT_BIAS, start=1))
        low, high = SCORE_RANGES[plan.grade]
        margin = max(1.0, 25 / math.sqrt(plan.count))  # ~2.5 standard errors of the score
        score = (rng.uniform(low + margin, high - margin) if low + margin < high - margin
                 else (low + high) / 2)
        plan.level = _level_for(score, plan.biases)
        plan.drift = rng.choice((0.0, 0.0, 0.1, 0.15, -0.1))  # some improve, a few slip
    candidates = [plan for plan in result if 15 <= plan.count <= 300]
    for plan in rng.sample(candidates, min(len(candidates), round(size * SHORT_SHARE))):
        plan.short = True
    return result


def calendar(first: datetime.date, last: datetime.date, plan: Plan) -> Calendar:
    """The days the unit is open and their cumulative traffic weights."""
    schedule = data.SCHEDULES[plan.profile.schedule]
    season = data.SEASONS[plan.profile.season]
    days: list[datetime.date] = []
    cumulative: list[float] = []
    running = 0.0
    day = first
    while day <= last:
        hours = schedule.days[day.weekday()]
        if hours is not None:
            weight = hours[2] * season[day.month - 1]
            if day in data.HOLIDAYS:
                weight *= schedule.holidays
            if weight > 0:
                running += weight
                days.append(day)
                cumulative.append(running)
        day += datetime.timedelta(days=1)
    return days, cumulative


def draws(rng: random.Random, values: Sequence[Any], weights: Sequence[float],
          count: int) -> list[Any]:
    """``count`` choices by weight, a few left blank ("")."""
    blank = sum(weights) * BLANK_SHARE / (1 - BLANK_SHARE)
    return rng.choices([*values, ""], weights=[*weights, blank], k=count)


def comment(rng: random.Random, topic: str, average: float) -> str:
    """Mostly nothing; unhappy respondents complain more often than happy ones praise."""
    bad, good = data.TOPICS.get(topic, ((), ()))
    if average < 2.7:
        chance, pool, own = 0.22, data.COMPLAINTS, bad
    elif average < 3.3:
        chance, pool, own = 0.06, data.SUGGESTIONS, bad
    else:
        chance, pool, own = 0.05, data.PRAISE, good
    if rng.random() >= chance:
        return ""
    return rng.choice(own if own and rng.random() < 0.5 else pool)


def population(rng: random.Random, respondents: int, short: bool) -> int | None:
    """A survey's population: most reach the Krejcie–Morgan minimum, a ``short`` one does not."""
    if respondents <= 0:
        return None
    if short:
        size = max(respondents + 1, round(respondents * rng.uniform(2.5, 6)))
        while sampling.min_sample(size) <= respondents:
            size = round(size * 1.3) + 1
        return size if size < 100 else math.ceil(size / 10) * 10  # rounding up: still short
    size = round(respondents / rng.uniform(0.08, 0.4))  # the share of users who answered
    if respondents < 384:  # beyond that every population is covered
        covered = [rows for rows, need in sampling.table() if need <= respondents]
        size = min(size, max([respondents, *covered]))
    rounded = size if size < 100 else size // 10 * 10
    return rounded if sampling.min_sample(rounded) <= respondents else size
