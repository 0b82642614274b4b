import datetime as dt

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReportingConfig(AppConfig):
    name = "siapekspor.reporting"
    label = "reporting"
    verbose_name = _("Reporting")

    def ready(self):
        from siapekspor.core.panels import register_nav
        from siapekspor.core.signals import figures_changed
        from siapekspor.readiness import hooks as readiness_hooks
        from siapekspor.registry.reference_hooks import register_reference_loader
        from siapekspor.reporting.access import can_see_dashboard
        from siapekspor.reporting.geo import load_regions_geojson
        from siapekspor.reporting.services import on_figures_changed

        register_nav(
            "reporting:dashboard", _("Export outcomes"), allowed=can_see_dashboard, order=60
        )
        # Indicators rebuild by themselves after the changes they read (debounced).
        figures_changed.connect(on_figures_changed, dispatch_uid="reporting.rebuild")
        readiness_hooks.register_submitted_listener(_assessment_submitted)
        register_reference_loader(
            "regions_geojson",
            help="GeoJSON of the regency outlines (property kode) for the map.",
            label="regency outlines",
            load=load_regions_geojson,
        )
        # A fresh snapshot every night, after the statuses' refresh (figures move with time).
        from siapekspor.core import schedule
        from siapekspor.reporting.tasks import rebuild_indicators_task

        schedule.register(
            "reporting.nightly_rebuild", rebuild_indicators_task, daily_at=dt.time(2, 0)
        )


def _assessment_submitted(assessment, previous_level) -> None:
    from siapekspor.core.signals import announce_figures_changed

    announce_figures_changed("readiness.assessed")
