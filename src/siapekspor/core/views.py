"""Views of the core app: the health endpoint."""

from __future__ import annotations

from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from siapekspor.core.health import health_report


@never_cache
@require_GET
def healthz(request):
    """Database, worker liveness and queue depth as JSON, without sign-in (nothing personal:
    counts and ages only). 200 while the database answers (status "ok" or "degraded"), 503
    when it does not."""
    report = health_report()
    return JsonResponse(report, status=503 if report["status"] == "unavailable" else 200)


def server_error(request):
    """The friendly 500 page in the visitor's language, rendered without the database or
    the request context (either may be what failed); no detail of the error is shown."""
    from django.http import HttpResponseServerError
    from django.template import loader

    try:
        return HttpResponseServerError(loader.get_template("500.html").render())
    except Exception:  # the page itself failed (a missing static manifest, say)
        return HttpResponseServerError(
            b"<!DOCTYPE html><title>SiapEkspor</title><h1>500</h1>", content_type="text/html"
        )
