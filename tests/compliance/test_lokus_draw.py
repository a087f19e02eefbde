"""The lokus draw as plain Python: random.Random(seed).sample(candidates, k), repeatable by
anyone from the seed and the ordered candidate list."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pantau.compliance.draw import draw, new_seed, recipe

NAMES = [f"Puskesmas {n:02d}" for n in range(1, 26)]


@st.composite
def draws(draw_: st.DrawFn) -> tuple[str, list[str], int]:
    seed = draw_(st.text(max_size=64))
    # Names as unit names are: distinct, any characters; or simply numbered (larger lists).
    candidates = draw_(st.one_of(
        st.lists(st.text(min_size=1, max_size=12), unique=True, max_size=20),
        st.integers(min_value=0, max_value=200).map(
            lambda n: [f"Puskesmas {i}" for i in range(n)])))
    k = draw_(st.integers(min_value=0, max_value=len(candidates)))
    return seed, candidates, k


def test_the_draw_is_pythons_sample_with_the_seed() -> None:
    assert draw("kabupaten-contoh-2026", NAMES, 2) == random.Random(
        "kabupaten-contoh-2026").sample(NAMES, 2)


def test_a_known_draw_stays_the_same_on_every_machine() -> None:
    # Fixed expectations: a change of Python's seeding or sampling would show here first.
    assert draw("kabupaten-contoh-2026", NAMES, 2) == ["Puskesmas 21", "Puskesmas 01"]


@given(draws())
def test_same_seed_and_candidates_give_the_same_draw(case: tuple[str, list[str], int]) -> None:
    seed, candidates, k = case
    assert draw(seed, candidates, k) == draw(seed, list(candidates), k)


@given(draws())
def test_the_draw_is_k_distinct_candidates(case: tuple[str, list[str], int]) -> None:
    seed, candidates, k = case
    drawn = draw(seed, candidates, k)
    assert len(drawn) == k
    assert len(set(drawn)) == k
    assert set(drawn) <= set(candidates)


@given(draws())
def test_the_draw_picks_by_position_whatever_the_list_holds(
        case: tuple[str, list[str], int]) -> None:
    """Names, ids or {id, name} rows: the same positions are drawn in the same order, so the
    recipe with names repeats a draw made over the stored rows."""
    seed, candidates, k = case
    rows = [{"id": n, "name": name} for n, name in enumerate(candidates)]
    assert [row["name"] for row in draw(seed, rows, k)] == draw(seed, candidates, k)


@given(draws())
def test_the_recipe_prints_the_draw(case: tuple[str, list[str], int]) -> None:
    seed, candidates, k = case
    lines = recipe(seed, candidates, k).split("\n")
    assert len(lines) == 3
    scope: dict[str, object] = {}
    exec("\n".join(lines[:2]), scope)  # noqa: S102  (our own three lines)
    assert scope["calon"] == candidates
    assert eval(lines[2].removeprefix("print(").removesuffix(")"), scope) == draw(  # noqa: S307
        seed, candidates, k)


def test_a_draw_larger_than_the_candidates_or_negative_is_refused() -> None:
    with pytest.raises(ValueError):
        draw("x", NAMES[:2], 3)
    with pytest.raises(ValueError):
        draw("x", NAMES, -1)


def test_a_new_seed_is_sixteen_hex_characters_and_not_repeated() -> None:
    seeds = {new_seed() for _ in range(50)}
    assert len(seeds) == 50
    assert all(len(seed) == 16 and int(seed, 16) >= 0 for seed in seeds)
