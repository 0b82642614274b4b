from django.urls import path

from siapekspor.reporting import views

app_name = "reporting"
urlpatterns = [path("", views.home, name="home")]
