"""The project's URLs plus a stand-in `compliance:checklist`, to test the requirements link."""

from django.http import HttpRequest, HttpResponse
from django.urls import include, path

from siapekspor.urls import urlpatterns as project_urlpatterns


def checklist(request: HttpRequest) -> HttpResponse:
    return HttpResponse("checklist")


compliance = ([path("checklist/", checklist, name="checklist")], "compliance")
urlpatterns = [*project_urlpatterns, path("compliance/", include(compliance))]
