"""The live prediction panel of a unit's answer sheet: the unit's points and predicted score
and category, and the Pemda's (mean of the lokus units) with zone and opinion, from the
prediction selectors."""

from __future__ import annotations

from typing import Any

from pantau.compliance.selectors.assessment import Track
from pantau.tenancy.models import ServiceUnit


def prediction_panel(*, region: Any, year: int, track: Track, unit: ServiceUnit) -> Any:
    """None until the predictions are available."""
    return None
