"""docs/scoring.md stays in step with the registry."""

import pathlib

from pantau.scoring import all_methods

DOC = pathlib.Path(__file__).resolve().parents[2] / "docs" / "scoring.md"


def test_every_registered_method_is_documented():
    text = DOC.read_text(encoding="utf-8")
    missing = [m.id for m in all_methods() if f"`{m.id}`" not in text]
    assert missing == []
