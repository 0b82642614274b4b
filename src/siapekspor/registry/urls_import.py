from django.urls import path

from siapekspor.registry import views_import as views

# Included from registry/urls.py (namespace "registry").
urlpatterns = [
    path("import/", views.import_upload, name="import-upload"),
    path("import/template.xlsx", views.import_template, name="import-template"),
    path("import/<int:pk>/confirm/", views.import_confirm, name="import-confirm"),
    path("import/batches/", views.batch_list, name="batch-list"),
    path("import/batches/<int:pk>/", views.batch_detail, name="batch-detail"),
    path("import/batches/<int:pk>/status.json", views.batch_status, name="batch-status"),
    path("import/batches/<int:pk>/run-again/", views.batch_run_again, name="batch-run-again"),
    path("import/batches/<int:pk>/report/", views.batch_report, name="batch-report"),
    path("duplicates/", views.dedup_list, name="dedup-list"),
    path("duplicates/run/", views.dedup_run, name="dedup-run"),
    path("duplicates/run/status.json", views.dedup_run_status, name="dedup-run-status"),
    path("duplicates/<int:pk>/decide/", views.dedup_decide, name="dedup-decide"),
    path("duplicates/merges/<int:pk>/undo/", views.dedup_undo, name="dedup-undo"),
    path("export/", views.registry_export, name="registry-export"),
]
