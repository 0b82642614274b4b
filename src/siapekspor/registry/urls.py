from django.urls import include, path

from siapekspor.registry import views, views_picker, views_review

app_name = "registry"
urlpatterns = [
    path("enterprises/", views.enterprise_list, name="enterprise-list"),
    path("enterprises/export/", views.enterprise_export, name="enterprise-export"),
    path("enterprises/new/", views.enterprise_create, name="enterprise-create"),
    path("enterprises/pick.json", views_picker.enterprise_pick, name="enterprise-pick"),
    path("products/review/", views_review.products_to_review, name="products-to-review"),
    path("enterprises/<int:pk>/", views.enterprise_detail, name="enterprise-detail"),
    path("enterprises/<int:pk>/edit/", views.enterprise_edit, name="enterprise-edit"),
    path("enterprises/<int:pk>/products/new/", views.product_edit, name="product-create"),
    path(
        "enterprises/<int:pk>/products/<int:product_pk>/", views.product_edit, name="product-edit"
    ),
    path("", include("siapekspor.registry.urls_import")),
]
