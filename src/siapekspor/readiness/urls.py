from django.urls import path

from siapekspor.readiness import views

app_name = "readiness"
urlpatterns = [
    path("", views.home, name="home"),
    path("enterprises/<int:pk>/", views.enterprise, name="enterprise"),
    path("enterprises/<int:pk>/start/", views.start, name="start"),
    path("assessments/<int:pk>/", views.take, name="take"),
    path("assessments/<int:pk>/submit/", views.submit, name="submit"),
    path("assessments/<int:pk>/result/", views.result, name="result"),
]
