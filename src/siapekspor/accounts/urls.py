from django.contrib.auth import views as auth_views
from django.urls import path

from siapekspor.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.LoginView.as_view(), name="login"),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("password-reset/", views.PasswordResetView.as_view(), name="password-reset"),
    path("password-reset/sent/", views.PasswordResetDoneView.as_view(), name="password-reset-done"),
    path(
        "reset/<uidb64>/<token>/",
        views.PasswordResetConfirmView.as_view(),
        name="password-reset-confirm",
    ),
    path("profile/", views.profile, name="profile"),
    path("password/", views.password_change, name="password-change"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="token-revoke"),
]
