from django.urls import path

from siapekspor.improvement import views

app_name = "improvement"
urlpatterns = [
    path("", views.home, name="home"),
    path("enterprises/<int:pk>/", views.enterprise, name="enterprise"),
    path("plans/<int:pk>/", views.plan, name="plan"),
]
