from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BuyersConfig(AppConfig):
    name = "siapekspor.buyers"
    label = "buyers"
    verbose_name = _("Buyers and inquiries")

    def ready(self):
        from siapekspor.buyers import access, history
        from siapekspor.core.panels import register_nav, register_panel
        from siapekspor.registry.signals import demo_clearing

        demo_clearing.connect(_clear_demo_rows, dispatch_uid="buyers.demo_clear")

        register_nav(
            "buyers:inquiry-list", _("Inquiries"), allowed=access.can_list_inquiries, order=45
        )
        register_nav("buyers:list", _("Buyers"), allowed=access.can_manage_buyers, order=46)
        register_nav("buyers:pool-list", _("Pools"), allowed=access.can_list_pools, order=47)
        register_panel(
            "enterprise",
            "buyers/panels/enterprise_pools.html",
            context=_enterprise_pools,
            order=45,
        )
        history.register()


def _clear_demo_rows(**kwargs) -> None:
    from siapekspor.buyers.demo import demo_buyers_clear

    demo_buyers_clear()


def _enterprise_pools(request, enterprise):
    """The pools an enterprise is a member of, on its page (nothing when there is none)."""
    from siapekspor.buyers import selectors

    pools = selectors.pools_of_enterprise(request.user, enterprise.pk)
    return {"pools": pools} if pools else None
