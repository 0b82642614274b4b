"""A partner officer never sees a non-consenting enterprise through any page, export or API
operation: every GET route of the permission matrix, opened by a partner officer with the
placeholders filled with non-consenting enterprises, never names one of them."""

from __future__ import annotations

from siapekspor.accounts.tests.test_permission_matrix import MATRIX, world  # noqa: F401 (the fixture)

SECRET_NAMES = ("Usaha Kota", "Usaha Lamsel")  # {own} and {other}: no consent to anyone


def test_no_route_names_a_non_consenting_enterprise_to_a_partner(client, api_client, world):  # noqa: F811
    partner = world["users"]["partner_officer"]
    owner_enterprise = partner.__class__.objects.get(pk=world["users"]["enterprise_owner"].pk)
    secrets = (*SECRET_NAMES, owner_enterprise.enterprise.name)
    client.force_login(partner)
    api_client.as_user(partner)
    opened = 0
    for _name, method, path, _body, _expected in MATRIX:
        if method != "GET":
            continue
        url = path.format(
            own=world["own"],
            other=world["other"],
            mine=world["mine"],
            consented=world["consented"],
            consent=world["consent"],
            referral=world["referral"],
            contact_only=world["contact_only"],
            my_consent=world["my_consent"],
        )
        response = api_client.get(url) if url.startswith("/api/") else client.get(url)
        if response.status_code != 200 or response.streaming:
            continue
        opened += 1
        body = response.content.decode("utf-8", "replace")
        leaked = [name for name in secrets if name in body]
        assert not leaked, f"{url} shows {leaked} to a partner officer"
    assert opened > 20  # the partner really opened pages (home, lists, consenting records …)
