"""The OpenAPI 3 schema of /api/v1/: valid, public, in Indonesian, numbers as exact strings; its
docs page works under the CSP (no inline script, assets served by Pantau itself)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.contrib.staticfiles import finders
from django.core.management import call_command
from django.urls import reverse

from tests.api.test_api_security_headers import _no_inline_scripts

OPERATIONS = {
    ("/api/v1/", "get"), ("/api/v1/periode/", "get"), ("/api/v1/opd/", "get"),
    ("/api/v1/indikator/", "get"), ("/api/v1/indikator/{id}/", "get"),
    ("/api/v1/capaian/", "get"), ("/api/v1/opd/{agency_pk}/capaian/", "get"),
    ("/api/v1/opd/{agency_pk}/realisasi/{period_pk}/", "get"),
    ("/api/v1/opd/{agency_pk}/realisasi/{period_pk}/", "post"),
    ("/api/v1/opd/{agency_pk}/realisasi/{period_pk}/{indicator_pk}/", "get"),
    ("/api/v1/opd/{agency_pk}/realisasi/{period_pk}/{indicator_pk}/", "put"),
    ("/api/v1/opd/{agency_pk}/realisasi/{period_pk}/{indicator_pk}/", "patch"),
    ("/api/v1/kepatuhan/prediksi/", "get"), ("/api/v1/kepatuhan/kekurangan/", "get"),
    ("/api/v1/kepatuhan/hasil-resmi/", "get"),
}


def _schema(client: Any) -> dict[str, Any]:
    response = client.get(reverse("api:schema"), {"format": "json"})
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_schema_is_valid_openapi_without_warnings(tmp_path: Path) -> None:
    call_command("spectacular", "--validate", "--fail-on-warn",
                 "--file", str(tmp_path / "schema.yaml"))

    assert "openapi: 3." in (tmp_path / "schema.yaml").read_text()


def test_the_schema_is_public_and_lists_every_operation(client: Any) -> None:
    schema = _schema(client)  # no login, no token

    operations = {(path, method) for path, item in schema["paths"].items() for method in item}
    assert operations == OPERATIONS
    assert schema["components"]["securitySchemes"]["token"] == {
        "type": "http", "scheme": "bearer", "description": schema["components"][
            "securitySchemes"]["token"]["description"]}


def test_every_operation_is_described_in_indonesian_with_its_error_answers(
        client: Any) -> None:
    schema = _schema(client)

    for path, item in schema["paths"].items():
        for method, operation in item.items():
            assert operation["summary"] and operation["description"], (path, method)
            assert {"200", "401", "403", "429"} <= set(operation["responses"]), (path, method)
            if method != "get":
                assert {"400", "404", "409"} <= set(operation["responses"]), (path, method)
    locked = schema["components"]["schemas"]["Terkunci"]
    assert set(locked["properties"]) == {"detail", "code"}
    assert "Tidak ditemukan" in json.dumps(schema)
    assert "A page number" not in json.dumps(schema)  # DRF's English texts replaced


def _properties(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(component, name, prop)
            for component, body in schema["components"]["schemas"].items()
            for name, prop in body.get("properties", {}).items()]


def test_decimals_travel_as_exact_strings(client: Any) -> None:
    schema = _schema(client)

    answers = {name: prop for component, name, prop in _properties(schema)
               if not component.endswith("Request")}
    for name in ("value", "counted_value", "baseline", "achievement", "pagu", "realization"):
        assert answers[name]["type"] == "string", name
        assert answers[name]["pattern"] == r"^-?[0-9]+(\.[0-9]+)?$", name
    assert not [(c, n) for c, n, prop in _properties(schema)
                if prop.get("type") == "number" and not c.endswith("Request")]
    sent = schema["components"]["schemas"]["RealizationWriteRequest"]["properties"]["value"]
    assert [kind["type"] for kind in sent["oneOf"]] == ["string", "number"]
    assert sent["nullable"] is True


def test_the_docs_page_has_no_inline_script_and_serves_its_own_assets(client: Any) -> None:
    response = client.get(reverse("api:docs"))

    assert response.status_code == 200
    page = response.content.decode()
    _no_inline_scripts(page)
    assert "script-src 'self'" in response["Content-Security-Policy"]
    assert "//cdn" not in page and "unpkg" not in page
    for asset in ("swagger-ui-bundle.js", "swagger-ui-standalone-preset.js", "swagger-ui.css"):
        assert f"/static/drf_spectacular_sidecar/swagger-ui-dist/{asset}" in page
        assert finders.find(f"drf_spectacular_sidecar/swagger-ui-dist/{asset}"), asset
    script = client.get(reverse("api:docs"), {"script": ""})
    assert script.status_code == 200
    assert script["Content-Type"].startswith("application/javascript")
    assert reverse("api:schema") in script.content.decode()
