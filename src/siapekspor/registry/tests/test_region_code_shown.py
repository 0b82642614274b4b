"""The regency on the enterprise page: its name, in <bdi> (a Latin name inside an Arabic page);
its Kemendagri code only for officers, as a separate part of the detail list, never in
parentheses after the name (walkthrough: "Kota Bandar Lampung (18.71)")."""

from __future__ import annotations

from siapekspor.registry.tests.factories import make_enterprise


def test_officers_see_the_code_apart_from_the_name(client, users):
    ent = make_enterprise(regency="18.71")
    client.force_login(users["province_officer"])
    page = client.get(f"/registry/enterprises/{ent.pk}/").content.decode()
    assert "(18.71)" not in page and "(<bdi" not in page
    assert '<bdi>Kota Bandar Lampung</bdi> · <bdi dir="ltr" class="region-code">18.71</bdi>' in page


def test_the_owner_reads_the_name_without_the_code(client, users):
    owner = users["enterprise_owner"]
    client.force_login(owner)
    page = client.get(f"/registry/enterprises/{owner.enterprise_id}/").content.decode()
    assert "<bdi>Kota Bandar Lampung</bdi></dd>" in page or "<bdi>Kab." in page
    assert 'class="region-code"' not in page and "(<bdi" not in page
