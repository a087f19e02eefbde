"""The lokus draw as plain Python (no Django), so anyone can repeat it.

The draw of ``k`` units out of an ordered candidate list with a seed is exactly::

    import random
    candidates = [...]                       # the stored list, in its stored order
    random.Random(seed).sample(candidates, k)

``random.Random`` seeded with a string hashes it with SHA-512 (seeding version 2, the default
since Python 3.2), and ``sample`` picks by position, so the same seed, the same list (in the same
order) and the same ``k`` give the same units in the same order on any machine, whatever the
list holds (names, ids or both).
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Sequence
from typing import TypeVar

T = TypeVar("T")

SEED_BYTES = 8  # 16 hexadecimal characters: enough that nobody picks a seed to suit a result


def new_seed() -> str:
    """A seed nobody chose: 16 hexadecimal characters from the operating system's randomness."""
    return secrets.token_hex(SEED_BYTES)


def draw(seed: str, candidates: Sequence[T], k: int) -> list[T]:
    """``k`` of ``candidates`` in the order they were drawn: ``random.Random(seed).sample``."""
    if k < 0 or k > len(candidates):
        raise ValueError(f"cannot draw {k} of {len(candidates)} candidates")
    return random.Random(seed).sample(list(candidates), k)


def recipe(seed: str, names: Sequence[str], k: int) -> str:
    """Three lines of Python that repeat the draw and print the drawn names in draw order."""
    return "\n".join((
        "import random",
        f"calon = {json.dumps(list(names), ensure_ascii=False)}",
        f"print(random.Random({json.dumps(seed, ensure_ascii=False)}).sample(calon, {k}))",
    ))
