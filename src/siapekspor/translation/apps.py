from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationConfig(AppConfig):
    name = "siapekspor.translation"
    label = "translation"
    verbose_name = _("Machine translation")

    def ready(self):
        from siapekspor.core.panels import register_nav
        from siapekspor.translation import access

        register_nav(
            "translation:review-list",
            _("Translations"),
            allowed=access.can_review_translations,
            order=70,
        )
