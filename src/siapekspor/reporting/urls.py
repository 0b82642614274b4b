from django.urls import path

from siapekspor.reporting import views

app_name = "reporting"
urlpatterns = [
    path("", views.home, name="home"),
    path("outcomes/", views.dashboard, name="dashboard"),
    path("outcomes/forecast/", views.forecast_view, name="forecast"),
    path("outcomes/report.pdf", views.monthly_report, {"fmt": "pdf"}, name="report-pdf"),
    path("outcomes/report.xlsx", views.monthly_report, {"fmt": "xlsx"}, name="report-xlsx"),
]
