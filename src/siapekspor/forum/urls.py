from django.urls import path

from siapekspor.forum import views

app_name = "forum"
urlpatterns = [
    path("", views.meeting_list, name="meeting-list"),
    path("meetings/new/", views.meeting_create, name="meeting-create"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting-detail"),
    path("meetings/<int:pk>/minutes.pdf", views.meeting_pdf, name="meeting-pdf"),
    path("actions/<int:pk>/", views.action_update, name="action-update"),
    path("my-data/", views.my_data, name="my-data"),
    path("my-data/download.<slug:fmt>", views.my_data_download, name="my-data-download"),
    path("requests/", views.request_list, name="request-list"),
    path("requests/<int:pk>/decide/", views.request_decide, name="request-decide"),
]
