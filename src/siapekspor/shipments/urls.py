from django.urls import path

from siapekspor.shipments import views

app_name = "shipments"
urlpatterns = [
    path("", views.shipment_list, name="list"),
    path("new/", views.shipment_create, name="create"),
    path("import/", views.shipment_import, name="import"),
    path("import/<int:pk>/", views.shipment_import_detail, name="import-detail"),
    path("<int:pk>/", views.shipment_detail, name="detail"),
    path("<int:pk>/delete/", views.shipment_delete, name="delete"),
    path("<int:pk>/evidence/", views.shipment_evidence, name="evidence"),
]
