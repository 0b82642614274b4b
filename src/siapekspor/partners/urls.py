from django.urls import path

from siapekspor.partners import views

app_name = "partners"

urlpatterns = [
    path("", views.home, name="home"),
    path("consents/new/", views.consent_give, name="consent-give"),
    path("consents/<int:pk>/withdraw/", views.consent_withdraw, name="consent-withdraw"),
    path("consents/<int:pk>/form/", views.consent_file, name="consent-file"),
    path("enterprises/<int:pk>/consents/", views.consent_record, name="consent-record"),
    path("referrals/new/", views.referral_create, name="referral-create"),
    path("referrals/<int:pk>/", views.referral_detail, name="referral-detail"),
]
