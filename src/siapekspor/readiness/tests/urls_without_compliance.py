"""The project's URLs without the compliance app, to test that readiness then writes the
certificates step as a plain sentence (no link to a page that does not exist)."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import LocalePrefixPattern

from siapekspor.urls import urlpatterns as project


def _without_compliance(patterns):
    return [p for p in patterns if str(getattr(p, "pattern", "")) != "compliance/"]


urlpatterns = []
for entry in project:
    if isinstance(getattr(entry, "pattern", None), LocalePrefixPattern):
        urlpatterns += i18n_patterns(
            *_without_compliance(entry.url_patterns), prefix_default_language=False
        )
    else:
        urlpatterns.append(entry)
