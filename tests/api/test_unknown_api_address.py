"""An address under /api/v1/ that no endpoint serves answers like the API: JSON 404 with an
Indonesian message, not the HTML error page of the web UI (found by the schema fuzzer with
``/api/v1/opd/null/capaian/``)."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.mark.parametrize("method", ["get", "post", "put", "patch", "delete"])
@pytest.mark.parametrize("path", ["/api/v1/opd/null/capaian/", "/api/v1/tidak-ada/",
                                  "/api/v1/opd/1/realisasi/-2/"])
def test_an_unknown_api_address_answers_json_404(path: str, method: str, api_for: Any) -> None:
    response = getattr(api_for("operator_a"), method)(path, {"value": "1"}, format="json")

    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Alamat API ini tidak ada."}


def test_without_the_final_slash_the_api_redirects_to_it(api_for: Any) -> None:
    response = api_for("operator_a").get("/api/v1/opd")

    assert response.status_code == 301
    assert response["Location"] == "/api/v1/opd/"
