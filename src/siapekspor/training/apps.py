from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TrainingConfig(AppConfig):
    name = "siapekspor.training"
    label = "training"
    verbose_name = _("Training")

    def ready(self):
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.readiness import hooks
        from siapekspor.registry.access import Area
        from siapekspor.training import access, services
        from siapekspor.training.panels import enterprise_panel

        hooks.register_learning_credit(services.learning_credit)
        hooks.register_submitted_listener(services.on_assessment_submitted)
        register_nav("training:home", _("Classes"), allowed=lambda u: u.is_authenticated, order=30)
        register_nav(
            "training:modules", _("Learning"), allowed=lambda u: u.is_authenticated, order=31
        )
        register_nav(
            "training:figures",
            _("Programme figures"),
            allowed=access.can_see_figures,
            order=32,
        )
        register_panel(
            "enterprise",
            "training/panels/enterprise.html",
            context=enterprise_panel,
            order=30,
            area=Area.TRAINING,
        )
