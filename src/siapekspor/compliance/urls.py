from django.urls import path

from siapekspor.compliance import views

app_name = "compliance"
urlpatterns = [
    path("", views.home, name="home"),
    path("checklist/", views.checklist, name="checklist"),
    path("enterprises/<int:pk>/", views.enterprise, name="enterprise"),
    path("enterprises/<int:pk>/cases/", views.case_create, name="case-create"),
    path(
        "certificates/<int:pk>/evidence/", views.certificate_evidence, name="certificate-evidence"
    ),
    path("certificates/<int:pk>/delete/", views.certificate_delete, name="certificate-delete"),
    path("cases/<int:pk>/", views.case, name="case"),
    path("rules/", views.rules, name="rules"),
    path("rules/<int:pk>/", views.rule_edit, name="rule"),
]
