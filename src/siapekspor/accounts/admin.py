from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _

from siapekspor.accounts.forms import ThrottledAdminAuthenticationForm, UserAdminForm
from siapekspor.accounts.models import ApiToken, User

# The admin's sign-in goes through the same throttle as the sign-in page.
admin.site.login_form = ThrottledAdminAuthenticationForm


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    form = UserAdminForm
    list_display = (
        "username",
        "email",
        "role",
        "regency",
        "partner_org",
        "partner_organisation",
        "is_active",
    )
    list_filter = ("role", "regency", "partner_org", "is_active")
    list_select_related = ("regency", "partner_org")
    fieldsets = (
        *BaseUserAdmin.fieldsets,
        (
            _("Role and scope"),
            {
                "fields": (
                    "role",
                    "regency",
                    "partner_org",
                    "partner_organisation",
                    "enterprise",
                    "preferred_language",
                )
            },
        ),
    )
    raw_id_fields = ("enterprise",)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = (
        "name",
        "user",
        "prefix",
        "created_at",
        "expires_at",
        "last_used_at",
        "revoked_at",
    )
    readonly_fields = ("prefix", "key_hash", "created_at", "last_used_at")
