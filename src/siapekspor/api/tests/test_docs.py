"""/api/v1/docs works offline (issue 13, item 1): Swagger UI comes from django-ninja's own
static files, allowed by the app's CSP; nothing from another host."""

from __future__ import annotations

import re

from django.contrib.staticfiles import finders


def test_the_docs_page_loads_swagger_ui_from_our_own_static_files(client, db):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    sources = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert "/static/ninja/swagger-ui-bundle.js" in sources
    assert "/static/ninja/swagger-ui-init.js" in sources
    assert "/static/ninja/swagger-ui.css" in sources
    assert all(s.startswith("/") for s in sources), sources  # no other host, no CDN
    assert "<script>" not in html  # no inline script (the settings are a JSON data block)
    for name in ("swagger-ui-bundle.js", "swagger-ui-init.js", "swagger-ui.css"):
        assert finders.find(f"ninja/{name}"), name  # shipped by the pinned package
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert '"url": "/api/v1/openapi.json"' in html
