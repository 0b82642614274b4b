from django.urls import path

from siapekspor.paperwork import views

app_name = "paperwork"
urlpatterns = [
    path("enterprises/<int:pk>/", views.enterprise, name="enterprise"),
    path("products/<int:pk>/", views.product, name="product"),
    path("products/<int:pk>/documents/new/", views.document_create, name="document-create"),
    path("documents/<int:pk>/pdf/", views.document_pdf, name="document-pdf"),
]
