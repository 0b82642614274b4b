import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    name = "siapekspor.partners"
    label = "partners"
    verbose_name = _("Partners")

    def ready(self):
        from siapekspor.core import audit, schedule
        from siapekspor.core.panels import register_nav
        from siapekspor.partners import access, history, uploads  # noqa: F401 (upload area)
        from siapekspor.partners.tasks import send_deadline_reminders
        from siapekspor.registry.signals import demo_clearing

        demo_clearing.connect(_clear_demo_rows, dispatch_uid="partners.demo_clear")

        audit.register_actions(
            {
                "partners.enterprise.disclose": _("Opened by a partner organisation"),
                "partners.consent.give": _("Consent given to a partner"),
                "partners.consent.withdraw": _("Consent withdrawn"),
                "partners.referral.create": _("Referred to a partner"),
                "partners.referral.update": _("Referral updated"),
                "partners.referral.remind": _("Referral deadline reminder sent"),
            }
        )
        history.register()
        register_nav("partners:home", _("Partners"), allowed=access.can_use_partners, order=55)
        schedule.register(
            "partners.send_deadline_reminders", send_deadline_reminders, daily_at=dt.time(6, 30)
        )


def _clear_demo_rows(**kwargs) -> None:
    from siapekspor.partners.demo import demo_partners_clear

    demo_partners_clear()
