from django.urls import path

from siapekspor.translation import views

app_name = "translation"
urlpatterns = [
    path("", views.review_list, name="review-list"),
    path("<int:pk>/", views.review_detail, name="review"),
    path("glossary/", views.glossary_list, name="glossary-list"),
    path("glossary/new/", views.glossary_edit, name="glossary-create"),
    path("glossary/<int:pk>/", views.glossary_edit, name="glossary-edit"),
]
