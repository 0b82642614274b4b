"""A chosen language stays chosen: pages without a language prefix follow the language switch
(its cookie) or the signed-in user's remembered choice; the API and health check do not move."""

from __future__ import annotations

from siapekspor.accounts.models import User


def test_the_switch_is_remembered_and_unprefixed_pages_follow_it(client, users):
    officer = users["province_officer"]
    client.force_login(officer)
    switched = client.post("/i18n/setlang/", {"language": "ar", "next": "/registry/enterprises/"})
    assert switched.status_code == 302 and switched["Location"] == "/ar/registry/enterprises/"
    assert User.objects.get(pk=officer.pk).preferred_language == "ar"

    page = client.get("/registry/enterprises/?regency=18.71")
    assert page.status_code == 302
    assert page["Location"] == "/ar/registry/enterprises/?regency=18.71"
    followed = client.get(page["Location"])
    assert followed.status_code == 200 and 'dir="rtl"' in followed.content.decode()

    # Back to Indonesian: the unprefixed page is served as it is.
    client.post("/i18n/setlang/", {"language": "id", "next": "/"})
    assert client.get("/registry/enterprises/").status_code == 200
    assert User.objects.get(pk=officer.pk).preferred_language == "id"


def test_a_new_device_follows_the_account_choice(client, users):
    owner = users["enterprise_owner"]
    User.objects.filter(pk=owner.pk).update(preferred_language="zh-hans")
    client.force_login(User.objects.get(pk=owner.pk))
    response = client.get("/readiness/")
    assert response.status_code == 302 and response["Location"] == "/zh-hans/readiness/"


def test_the_api_health_and_posts_are_not_redirected(client, api_client, users):
    client.cookies["django_language"] = "fr"
    assert client.get("/healthz").status_code == 200
    assert client.get("/api/v1/docs").status_code == 200
    assert client.post("/accounts/login/", {"username": "x", "password": "y"}).status_code == 200
    anonymous = client.get("/accounts/login/")
    assert anonymous.status_code == 302 and anonymous["Location"] == "/fr/accounts/login/"


def test_an_unknown_cookie_language_is_ignored(client, users):
    client.force_login(users["province_officer"])
    client.cookies["django_language"] = "xx"
    assert client.get("/registry/enterprises/").status_code == 200
    assert User.objects.get(pk=users["province_officer"].pk).preferred_language == ""
