"""siapekspor demo-logins: print the demo accounts (one per role) if they exist."""

from django.utils.translation import gettext as _

from siapekspor.accounts.models import User
from siapekspor.core.commands import SiapEksporCommand
from siapekspor.registry.demo import DEMO_PASSWORD, DEMO_USERNAMES


class Command(SiapEksporCommand):
    help = "Print the demo logins for every role."

    def handle(self, *args, **options):
        users = {
            u.username: u
            for u in User.objects.filter(username__in=DEMO_USERNAMES).select_related(
                "regency", "enterprise", "partner_org"
            )
        }
        if not users:
            self.stdout.write(_("No demo accounts. Run `siapekspor seed-demo` to create them."))
            return
        self.stdout.write(_("Demo logins (password: %(password)s):") % {"password": DEMO_PASSWORD})
        for username in DEMO_USERNAMES:
            user = users.get(username)
            if user is None:
                continue
            if user.regency:
                scope = user.regency.display_name
            elif user.partner_org:
                scope = f"{user.partner_org.code} — {user.partner_org.name}"
            else:
                scope = user.partner_organisation or (
                    user.enterprise.name if user.enterprise else ""
                )
            self.stdout.write(f"  {username:<16} {user.get_role_display():<22} {scope}")
