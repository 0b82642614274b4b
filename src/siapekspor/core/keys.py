"""The personal-data secrets from the environment, checked: the one place of their rules.

- `SIAPEKSPOR_PII_KEYS` is a key ring "kid:key,kid2:key2". Each key is 32 or more random
  bytes written in base64url (`python -c "import secrets; print(secrets.token_urlsafe(32))"`).
  The first key seals; every key opens (rotation).
- `SIAPEKSPOR_PII_HMAC_KEY`, the pepper of the blind indexes, follows the same rule.

Outside DEBUG a weak sealing key or a weak pepper stops the process (ImproperlyConfigured):
a short or free-text secret can be guessed. An older key of the ring may stay weak, for
opening what it sealed, until `siapekspor rotate-pii-keys` has re-sealed everything with the
first key (a deploy check warns meanwhile). In DEBUG (embedded mode, tests) any text is
accepted.

Used by `settings.py` (at start-up) and `core.crypto`; it imports nothing of Django but its
exception, so settings can call it.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

MIN_KEY_BYTES = 32
HOW_TO_MAKE = 'python -c "import secrets; print(secrets.token_urlsafe(32))"'
_KID = re.compile(r"[A-Za-z0-9_-]{1,16}")
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+={0,2}")


def decode_key(text: str) -> bytes | None:
    """The bytes of a base64url key (padding optional), or None if `text` is not one."""
    text = text.strip()
    if not _BASE64URL.fullmatch(text):
        return None
    try:
        return base64.urlsafe_b64decode(text.rstrip("=") + "=" * (-len(text.rstrip("=")) % 4))
    except (binascii.Error, ValueError):
        return None


def is_strong(text: str) -> bool:
    """A base64url text of at least MIN_KEY_BYTES random bytes."""
    raw = decode_key(text)
    return raw is not None and len(raw) >= MIN_KEY_BYTES


def key_material(text: str) -> bytes:
    """The bytes a key is derived from: its decoded bytes when it is a base64url key, else
    (a weak key, accepted only in DEBUG or for opening) its text."""
    raw = decode_key(text)
    return raw if raw is not None else text.encode("utf-8")


@dataclass(frozen=True)
class RingKey:
    kid: str
    secret: str
    strong: bool


def parse_key_ring(spec: str, *, strict: bool) -> list[RingKey]:
    """The keys of SIAPEKSPOR_PII_KEYS, the sealing key first. Raises ImproperlyConfigured
    on a malformed ring, and (strict: outside DEBUG) on a weak sealing key."""
    ring: list[RingKey] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        kid, sep, secret = part.partition(":")
        kid, secret = kid.strip(), secret.strip()
        if not sep or not secret or not _KID.fullmatch(kid):
            raise ImproperlyConfigured(
                "SIAPEKSPOR_PII_KEYS must look like 'kid:key,kid2:key2' (a kid is 1 to 16 "
                "letters, digits, '-' or '_'; each key is base64url text)."
            )
        if any(k.kid == kid for k in ring):
            raise ImproperlyConfigured(f"SIAPEKSPOR_PII_KEYS names the key '{kid}' twice.")
        ring.append(RingKey(kid, secret, is_strong(secret)))
    if not ring:
        raise ImproperlyConfigured("SIAPEKSPOR_PII_KEYS is empty.")
    if strict and not ring[0].strong:
        raise ImproperlyConfigured(
            f"SIAPEKSPOR_PII_KEYS: the sealing key '{ring[0].kid}' is too weak. Use at least "
            f"{MIN_KEY_BYTES} random bytes in base64url, made with: {HOW_TO_MAKE}. Put the new "
            "key first and keep the old one behind it until `siapekspor rotate-pii-keys` has "
            "re-sealed the data (docs/configuration.md)."
        )
    return ring


def check_pepper(text: str, *, strict: bool) -> str:
    """The HMAC pepper, refused outside DEBUG when weak. Blind indexes are computed from its
    text exactly as before this check existed; changing it means `rotate-pii-keys --reindex`."""
    if strict and not is_strong(text):
        raise ImproperlyConfigured(
            f"SIAPEKSPOR_PII_HMAC_KEY is too weak. Use at least {MIN_KEY_BYTES} random bytes "
            f"in base64url, made with: {HOW_TO_MAKE}. Changing it needs "
            "`siapekspor rotate-pii-keys --reindex` (docs/configuration.md)."
        )
    return text
