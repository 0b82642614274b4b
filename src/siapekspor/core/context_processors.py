from django.conf import settings
from django.utils import translation

from siapekspor.core.panels import nav_items


def siapekspor(request):
    lang = translation.get_language() or settings.LANGUAGE_CODE
    return {
        "SITE_NAME": settings.SITE_NAME,
        "PROVINCE_NAME": settings.PROVINCE_NAME,
        "IS_MACHINE_TRANSLATED": lang in settings.MACHINE_TRANSLATED_LANGUAGES,
        "SIAPEKSPOR_VERSION": settings.SIAPEKSPOR_VERSION,
        "NAV_ITEMS": nav_items(request),
    }
