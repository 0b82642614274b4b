from django.urls import path

from siapekspor.training import views

app_name = "training"
urlpatterns = [
    path("", views.home, name="home"),
    path("classes/new/", views.class_create, name="class-create"),
    path("classes/<int:pk>/", views.class_detail, name="class-detail"),
    path("classes/<int:pk>/propose/", views.class_propose, name="class-propose"),
    path("classes/<int:pk>/invite/", views.class_invite, name="class-invite"),
    path("classes/<int:pk>/sessions/", views.session_create, name="session-create"),
    path("classes/<int:pk>/certificates/", views.certificates_issue, name="certificates-issue"),
    path("classes/<int:pk>/posts/", views.post_create, name="post-create"),
    path(
        "enrollments/<int:pk>/participant/",
        views.enrollment_participant,
        name="enrollment-participant",
    ),
    path("enrollments/<int:pk>/<slug:action>/", views.enrollment_action, name="enrollment-action"),
    path("sessions/<int:pk>/attendance/", views.attendance, name="attendance"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate-pdf"),
    path("verify/", views.verify, name="verify"),
    path("signatories/", views.signatories, name="signatories"),
    path("signatories/<int:pk>/signature/", views.signature_image, name="signature-image"),
    path("propose/", views.propose, name="propose"),
    path("modules/", views.modules, name="modules"),
    path("modules/<slug:code>/", views.module_detail, name="module-detail"),
    path("mentors/", views.mentors, name="mentors"),
    path("figures/", views.figures, name="figures"),
]
