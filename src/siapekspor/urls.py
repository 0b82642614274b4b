from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog

from siapekspor.accounts.views import set_language
from siapekspor.api.api import api
from siapekspor.core.views import healthz

urlpatterns = [
    path("api/v1/", api.urls),
    path("i18n/setlang/", set_language, name="set_language"),
    path("healthz", healthz, name="healthz"),
]

urlpatterns += i18n_patterns(
    path("", include("siapekspor.reporting.urls")),
    path("accounts/", include("siapekspor.accounts.urls")),
    path("registry/", include("siapekspor.registry.urls")),
    path("readiness/", include("siapekspor.readiness.urls")),
    path("training/", include("siapekspor.training.urls")),
    path("markets/", include("siapekspor.markets.urls")),
    path("shipments/", include("siapekspor.shipments.urls")),
    path("compliance/", include("siapekspor.compliance.urls")),
    path("improvement/", include("siapekspor.improvement.urls")),
    path("eudr/", include("siapekspor.eudr.urls")),
    path("partners/", include("siapekspor.partners.urls")),
    path("translation/", include("siapekspor.translation.urls")),
    path("forum/", include("siapekspor.forum.urls")),
    path("buyers/", include("siapekspor.buyers.urls")),
    path("paperwork/", include("siapekspor.paperwork.urls")),
    path("catalogue/", include("siapekspor.catalogue.urls")),
    path("admin/", admin.site.urls),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    prefix_default_language=False,
)
handler500 = "siapekspor.core.views.server_error"
