"""The project's URLs without the buyers app: the catalogue then shows no contact link."""

from django.conf.urls.i18n import i18n_patterns
from django.urls import LocalePrefixPattern

from siapekspor.urls import urlpatterns as project

urlpatterns = []
for entry in project:
    if isinstance(getattr(entry, "pattern", None), LocalePrefixPattern):
        urlpatterns += i18n_patterns(
            *[p for p in entry.url_patterns if str(getattr(p, "pattern", "")) != "buyers/"],
            prefix_default_language=False,
        )
    else:
        urlpatterns.append(entry)
