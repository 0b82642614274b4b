"""The audit log in the Django admin: readable by administrators, never editable or deletable
(entries are written only by `core.audit.audit_record`)."""

from django.contrib import admin

from siapekspor.core.models import AuditEntry


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    list_display = ("created_at", "action", "target_type", "target_id", "target_label", "actor")
    list_filter = ("action", "target_type")
    search_fields = ("action", "target_type", "target_id", "target_label")
    date_hierarchy = "created_at"
    list_select_related = ("actor",)
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
