from django.urls import path

from siapekspor.markets import views

app_name = "markets"
urlpatterns = [
    path("", views.product_search, name="product-search"),
    path("products/<str:hs>/", views.product_detail, name="product-detail"),
]
