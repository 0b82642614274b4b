from django.contrib import admin

from siapekspor.partners.models import ConsentText, Organisation


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ("code", "name", "kind", "is_active")
    list_filter = ("kind", "is_active")


@admin.register(ConsentText)
class ConsentTextAdmin(admin.ModelAdmin):
    list_display = ("purpose", "version", "published_at")
    readonly_fields = ("purpose", "version", "texts", "published_at")
