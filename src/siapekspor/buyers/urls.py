from django.urls import path

from siapekspor.buyers import import_views, views

app_name = "buyers"
urlpatterns = [
    path("", views.buyer_list, name="list"),
    path("new/", views.buyer_edit, name="create"),
    path("<int:pk>/edit/", views.buyer_edit, name="edit"),
    path("<int:pk>/matches/", views.buyer_matches, name="matches"),
    path("inquiry/", views.inquiry, name="inquiry"),
    path("inquiry/confirm/<str:token>/", views.inquiry_confirm, name="inquiry-confirm"),
    path("inquiries/", views.inquiry_list, name="inquiry-list"),
    path("inquiries/<int:pk>/", views.inquiry_detail, name="inquiry-detail"),
    path("inquiries/<int:pk>/stage/", views.inquiry_stage, name="inquiry-stage"),
    path("pools/", views.pool_list, name="pool-list"),
    path("pools/new/", views.pool_create, name="pool-create"),
    path("pools/<int:pk>/", views.pool_detail, name="pool-detail"),
    path("pools/<int:pk>/status/", views.pool_status, name="pool-status"),
    path("pools/<int:pk>/shipment/", views.pool_shipment, name="pool-shipment"),
    # buyerimport: the directory from a spreadsheet, imported by the worker
    path("import/", import_views.buyer_import, name="import"),
    path("import/<int:pk>/", import_views.buyer_import_detail, name="import-detail"),
    path("import/<int:pk>/report.xlsx", import_views.buyer_import_report, name="import-report"),
]
