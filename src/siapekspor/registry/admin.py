from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from siapekspor.core.http import client_ip
from siapekspor.registry import access, services
from siapekspor.registry.models import District, Enterprise, HsCode, KbliCode, Product, Regency


@admin.register(Regency)
class RegencyAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "kind", "population")


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "regency")
    list_filter = ("regency",)
    search_fields = ("code", "name")


@admin.register(KbliCode)
class KbliCodeAdmin(TranslationAdmin):
    list_display = ("code", "level", "title")
    list_filter = ("level",)
    search_fields = ("code", "title_id", "title_en")


@admin.register(HsCode)
class HsCodeAdmin(TranslationAdmin):
    list_display = ("code", "level", "description")
    list_filter = ("level",)
    search_fields = ("code", "description_id", "description_en")


class ProductInline(admin.TabularInline):
    model = Product
    extra = 0
    raw_id_fields = ("hs_code",)


@admin.register(Enterprise)
class EnterpriseAdmin(admin.ModelAdmin):
    """Support staff see enterprises without personal data: it stays sealed here."""

    list_display = ("name", "nib", "regency", "kbli", "size_class", "is_active", "is_demo")
    list_filter = ("regency", "size_class", "is_active", "is_demo")
    search_fields = ("name", "nib")
    exclude = (
        "owner_name_sealed",
        "owner_name_index",
        "nik_sealed",
        "nik_hmac",
        "phone_sealed",
        "phone_hmac",
    )
    raw_id_fields = ("district", "kbli")
    inlines = [ProductInline]

    def has_change_permission(self, request, obj=None):
        # Changes go through the audited services (the registry pages), not the admin.
        return False

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and access.can_delete_enterprise(
            request.user
        )

    def delete_model(self, request, obj):
        # Through the service: the deletion is audited like one made anywhere else.
        services.enterprise_delete(
            actor=request.user, enterprise=obj, ip_address=client_ip(request)
        )

    def delete_queryset(self, request, queryset):
        for enterprise in queryset:
            self.delete_model(request, enterprise)
