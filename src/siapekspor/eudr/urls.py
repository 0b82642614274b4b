from django.urls import path

from siapekspor.eudr import views

app_name = "eudr"
urlpatterns = [
    path("", views.home, name="home"),
    path("enterprises/<int:pk>/", views.enterprise, name="enterprise"),
    path("enterprises/<int:pk>/upload/", views.upload, name="upload"),
    path("enterprises/<int:pk>/plots.geojson", views.export_geojson, name="export-geojson"),
    path("enterprises/<int:pk>/plots.csv", views.export_csv, name="export-csv"),
    path("plots/<int:pk>/", views.plot, name="plot"),
    path("plots/<int:pk>/evidence/", views.plot_evidence, name="plot-evidence"),
    path("plots/<int:pk>/delete/", views.plot_delete, name="plot-delete"),
]
