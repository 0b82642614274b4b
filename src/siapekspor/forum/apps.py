import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumConfig(AppConfig):
    name = "siapekspor.forum"
    label = "forum"
    verbose_name = _("Forum")

    def ready(self):
        from siapekspor.core import schedule
        from siapekspor.core.audit import register_actions
        from siapekspor.core.panels import register_nav
        from siapekspor.forum import access
        from siapekspor.forum.tasks import send_action_reminders
        from siapekspor.registry.signals import demo_clearing

        demo_clearing.connect(_clear_demo_rows, dispatch_uid="forum.demo_clear")

        register_nav("forum:meeting-list", _("Forum"), allowed=access.can_see_forum, order=60)
        register_nav("forum:my-data", _("My data"), allowed=access.can_use_data_rights, order=61)
        register_nav(
            "forum:request-list",
            _("Data requests"),
            allowed=access.can_see_request_queue,
            order=62,
        )
        register_actions(
            {
                "forum.meeting.created": _("Forum meeting recorded"),
                "forum.action.created": _("Follow-up action added"),
                "forum.action.updated": _("Follow-up action updated"),
                "forum.action.remind": _("Follow-up action deadline reminder sent"),
                "forum.data.exported": _("Owner downloaded their data"),
                "forum.request.created": _("Data request filed"),
                "forum.request.decided": _("Data request decided"),
                "forum.enterprise.anonymised": _("Personal data erased at the owner's request"),
            }
        )
        schedule.register(
            "forum.send_action_reminders", send_action_reminders, daily_at=dt.time(6, 45)
        )


def _clear_demo_rows(**kwargs) -> None:
    from siapekspor.forum.demo import demo_forum_clear

    demo_forum_clear()
