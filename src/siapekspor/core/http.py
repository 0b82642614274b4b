"""HTTP helpers shared by the pages and the API: the one place that reads the client address."""

from __future__ import annotations

import ipaddress

from django.conf import settings


def client_ip(request) -> str | None:
    """The address of the client that sent `request`.

    With no reverse proxy (`SIAPEKSPOR_TRUSTED_PROXIES=0`, the default) this is REMOTE_ADDR:
    X-Forwarded-For is then written by the client and ignored. Behind N trusted proxies,
    each appends the address it received the request from, so the client is the N-th entry
    from the right; anything to its left was written by the client and is not trusted.
    """
    if request is None:
        return None
    remote = request.META.get("REMOTE_ADDR") or None
    trusted = settings.TRUSTED_PROXY_COUNT
    if trusted <= 0:
        return remote
    chain = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    chain = [a for a in chain if a]
    if not chain:
        return remote
    candidate = chain[-trusted] if len(chain) >= trusted else chain[0]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote


def throttle_address(address: str | None) -> str:
    """The part of a client address that a rate limit counts: an IPv4 address as it is, an
    IPv6 address by its /64 network (one subscriber is given a whole /64 and may send from
    any of its addresses), an IPv4-mapped IPv6 address as the IPv4 one; "unknown" without
    an address."""
    if not address:
        return "unknown"
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ipaddress.IPv6Network((parsed, 64), strict=False))
    return str(parsed)
