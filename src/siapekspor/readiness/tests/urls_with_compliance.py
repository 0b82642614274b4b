"""The project's URLs plus a stand-in `compliance:checklist` (when the compliance app does not
provide it yet), to test that readiness links the checklist only when it exists."""

from django.http import HttpResponse
from django.urls import NoReverseMatch, include, path, reverse

from siapekspor.urls import urlpatterns as project


def _checklist(request):
    return HttpResponse("checklist")


def _has_checklist() -> bool:
    try:
        reverse("compliance:checklist", urlconf="siapekspor.urls")
    except NoReverseMatch:
        return False
    return True


urlpatterns = list(project)
if not _has_checklist():
    urlpatterns.append(
        path(
            "compliance/",
            include(([path("checklist/", _checklist, name="checklist")], "compliance")),
        )
    )
