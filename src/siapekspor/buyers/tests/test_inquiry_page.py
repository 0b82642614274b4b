"""The public inquiry page as a buyer meets it (walkthrough fixes, branch fixforum): a rate
limit's message alone, a message of our own for a too long text, a made-up confirmation link
refused at once."""

# ruff: noqa: F811 (the fixtures `setting` and `commit` are shared with test_inquiries)
from __future__ import annotations

import pytest
from django.core import mail

from siapekspor.buyers.models import Inquiry
from siapekspor.buyers.tests.test_inquiries import _form, _link, commit, setting  # noqa: F401

pytestmark = pytest.mark.django_db


def test_a_refused_inquiry_shows_the_limit_alone_without_the_fields_banner(
    client, setting, settings
):
    settings.INQUIRY_ADDRESS_LIMIT = 1
    url = f"/zh-hans/buyers/inquiry/?product={setting['product'].pk}"
    assert client.post(url, _form()).status_code == 200
    refused = client.post(url, _form())
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "来自您地址的询盘过多" in html  # the limit's message, in Chinese
    assert not refused.context["form"].errors
    assert 'class="form-errors"' in html and "请更正" not in html
    assert Inquiry.objects.count() == 1


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("", "Pesan terlalu panjang: paling banyak 4.000 karakter (sekarang 4.321)."),
        ("/en", "The message is too long: at most 4,000 characters (now 4,321)."),
        ("/zh-hans", "留言过长：最多"),
    ],
)
def test_a_too_long_message_says_so_in_our_words(client, setting, language, expected):
    url = f"{language}/buyers/inquiry/?product={setting['product'].pk}"
    response = client.post(url, _form(message="a" * 4321))
    assert response.status_code == 200
    errors = response.context["form"].errors["message"]
    assert len(errors) == 1 and expected in errors[0]
    assert "确保" not in errors[0] and "Ensure" not in errors[0]
    assert not Inquiry.objects.exists()


def test_exactly_the_limit_is_accepted(client, setting, commit):
    with commit():
        response = client.post(
            f"/buyers/inquiry/?product={setting['product'].pk}", _form(message="b" * 4000)
        )
    assert response.status_code == 200
    assert Inquiry.objects.get().message == "b" * 4000


def test_a_made_up_confirmation_link_is_refused_on_opening(client, setting, commit):
    for path in ("/zh-hans/buyers/inquiry/confirm/garbage-token/", "/buyers/inquiry/confirm/x/"):
        response = client.get(path)
        assert response.status_code == 404
        assert '<form method="post" class="card">' not in response.content.decode()
    assert "tidak berlaku" in client.get("/buyers/inquiry/confirm/x/").content.decode()
    # a real link still shows its button
    with commit():
        client.post(f"/buyers/inquiry/?product={setting['product'].pk}", _form())
    path = _link(mail.outbox[0]).split("testserver", 1)[1]
    real = client.get(path)
    assert real.status_code == 200
    assert '<form method="post" class="card">' in real.content.decode()
    assert Inquiry.objects.get().confirmed_at is None


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("company", "ACME\x1b[2J\x07 GmbH"),
        ("contact_name", "Li \u202eWei"),
        ("message", "Harga?\x1b[31m merah"),
    ],
)
def test_control_and_override_characters_are_refused_by_the_one_rule(client, setting, field, value):
    response = client.post(
        f"/buyers/inquiry/?product={setting['product'].pk}", _form(**{field: value})
    )
    assert response.status_code == 200
    assert "karakter kontrol" in " ".join(response.context["form"].errors[field])
    assert not Inquiry.objects.exists()


def test_a_message_keeps_its_line_breaks(client, setting, commit):
    with commit():
        client.post(
            f"/buyers/inquiry/?product={setting['product'].pk}",
            _form(message="Baris satu\r\nBaris dua\tdengan tab"),
        )
    assert Inquiry.objects.get().message.splitlines() == ["Baris satu", "Baris dua\tdengan tab"]
