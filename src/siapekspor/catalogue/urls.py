from django.urls import path

from siapekspor.catalogue import views

app_name = "catalogue"
urlpatterns = [
    path("", views.listing_list, name="list"),
    path("<int:pk>/", views.listing_detail, name="listing"),
    path("photos/<int:pk>/<str:size>/", views.photo, name="photo"),
    path("manage/", views.manage, name="manage"),
    path("manage/products/<int:pk>/", views.listing_edit, name="listing-edit"),
    path("manage/listings/<int:pk>/withdraw/", views.listing_withdraw, name="listing-withdraw"),
    path("manage/listings/<int:pk>/photos/", views.photo_add, name="photo-add"),
    path("manage/photos/<int:pk>/delete/", views.photo_delete, name="photo-delete"),
]
