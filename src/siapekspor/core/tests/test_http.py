"""The client address: REMOTE_ADDR unless trusted proxies are configured."""

import pytest
from django.test import RequestFactory

from siapekspor.core.http import client_ip


def _request(remote="10.0.0.9", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_proxies_a_forwarded_header_is_ignored(settings):
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(_request(forwarded="1.2.3.4")) == "10.0.0.9"
    assert client_ip(None) is None


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (1, "203.0.113.7", "203.0.113.7"),
        # The client wrote "6.6.6.6" itself; the one proxy appended the real address.
        (1, "6.6.6.6, 203.0.113.7", "203.0.113.7"),
        (2, "6.6.6.6, 203.0.113.7, 198.51.100.2", "203.0.113.7"),
        (2, "203.0.113.7", "203.0.113.7"),  # fewer entries than proxies: the first
        (1, "not-an-address", "10.0.0.9"),
        (1, "", "10.0.0.9"),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_behind_trusted_proxies_the_client_is_counted_from_the_right(
    settings, proxies, forwarded, expected
):
    settings.TRUSTED_PROXY_COUNT = proxies
    assert client_ip(_request(forwarded=forwarded)) == expected


@pytest.mark.parametrize(
    ("address", "counted"),
    [
        ("203.0.113.7", "203.0.113.7"),
        # Every address of one /64 is one client: a subscriber may send from any of them.
        ("2001:db8:16:1::1", "2001:db8:16:1::/64"),
        ("2001:db8:16:1:ffff:ffff:ffff:fffe", "2001:db8:16:1::/64"),
        ("2001:db8:16:2::1", "2001:db8:16:2::/64"),
        ("::ffff:203.0.113.7", "203.0.113.7"),
        (None, "unknown"),
        ("", "unknown"),
    ],
)
def test_rate_limits_count_an_ipv6_client_by_its_64(address, counted):
    from siapekspor.core.http import throttle_address

    assert throttle_address(address) == counted
