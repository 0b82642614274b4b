"""Encryption at rest and blind indexes for personal data (SECURITY.md).

Values are sealed with AES-256-GCM. The key ring comes from settings.PII_KEYS as
"kid:key,kid2:key2" (rules in `core.keys`): the first key seals, every key opens, so keys
rotate without a flag day (`siapekspor rotate-pii-keys` re-seals old values). Lookups and
de-duplication go through HMAC-SHA256 with a secret pepper, never a plain hash: the NIK
space is small enough to brute-force.

A sealed value is "<version>.<kid>.<base64url(nonce + ciphertext)>", the kid bound as
associated data:

| version | AES key from the ring's key text                              | written   |
|---------|---------------------------------------------------------------|-----------|
| g2      | HKDF-SHA256(key bytes, info="siapekspor/pii/g2/<kid>")         | every seal |
| g1      | SHA-256 of the key text (the first format)                    | no longer; still opened |

`rotate-pii-keys` re-seals every value that is not g2 under the current sealing key.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from functools import lru_cache

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

from siapekspor.core.keys import key_material, parse_key_ring

SEAL_VERSION = "g2"
LEGACY_VERSIONS = frozenset({"g1"})
# Keys read from settings once per process (an import seals and hashes hundreds of thousands
# of values; a settings lookup per value cost more than the HMAC itself). Cleared whenever a
# test or a rotation changes the settings.
_KEYS: dict[object, object] = {}


@receiver(setting_changed)
def _forget_keys(*, setting: str, **kwargs) -> None:
    if setting in ("PII_KEYS", "PII_HMAC_KEY", "PII_WEAK_KEYS_ALLOWED"):
        _KEYS.clear()


def _derive_g1(secret: str) -> bytes:
    # The first format: SHA-256 of the key's text. Kept to open values sealed before g2.
    return hashlib.sha256(secret.encode("utf-8")).digest()


def _derive_g2(secret: str, kid: str) -> bytes:
    return HKDF(
        algorithm=hashes.SHA256(),
        length=32,
        salt=None,
        info=f"siapekspor/pii/g2/{kid}".encode(),
    ).derive(key_material(secret))


@lru_cache(maxsize=4)
def _ring(spec: str, strict: bool) -> tuple[str, dict[tuple[str, str], AESGCM]]:
    """(sealing kid, {(version, kid): cipher})."""
    ring: dict[tuple[str, str], AESGCM] = {}
    keys = parse_key_ring(spec, strict=strict)
    for key in keys:
        ring[(SEAL_VERSION, key.kid)] = AESGCM(_derive_g2(key.secret, key.kid))
        ring[("g1", key.kid)] = AESGCM(_derive_g1(key.secret))
    return keys[0].kid, ring


def seal(plain: str | None) -> str:
    """Encrypt a text value with the sealing key (format g2); returns '' for empty input."""
    if not plain:
        return ""
    primary, ring = _current_ring()
    nonce = os.urandom(12)
    ct = ring[(SEAL_VERSION, primary)].encrypt(nonce, plain.encode("utf-8"), primary.encode())
    return f"{SEAL_VERSION}.{primary}.{base64.urlsafe_b64encode(nonce + ct).decode('ascii')}"


def unseal(token: str | None) -> str:
    """Decrypt a value sealed by `seal` (g2, or the legacy g1); raises ValueError if it was
    tampered with or no configured key opens it."""
    if not token:
        return ""
    try:
        version, kid, payload = token.split(".", 2)
        if version != SEAL_VERSION and version not in LEGACY_VERSIONS:
            raise ValueError("unknown format")
        _, ring = _current_ring()
        raw = base64.urlsafe_b64decode(payload.encode("ascii"))
        return ring[(version, kid)].decrypt(raw[:12], raw[12:], kid.encode()).decode("utf-8")
    except Exception as exc:  # InvalidTag, KeyError, binascii errors: one clear failure
        raise ValueError("personal data could not be decrypted with the configured keys") from exc


def _current_ring() -> tuple[str, dict[tuple[str, str], AESGCM]]:
    ring = _KEYS.get("ring")
    if ring is None:
        ring = _KEYS["ring"] = _ring(settings.PII_KEYS, not settings.PII_WEAK_KEYS_ALLOWED)
    return ring  # type: ignore[return-value]


def sealed_with_primary(token: str) -> bool:
    """True when `token` is in the current format under the current sealing key (nothing
    for `rotate-pii-keys` to do)."""
    primary, _ = _current_ring()
    return token.startswith(f"{SEAL_VERSION}.{primary}.")


@lru_cache(maxsize=32)
def _purpose_key(pepper: str, purpose: str) -> bytes:
    return hmac.new(pepper.encode("utf-8"), purpose.encode(), hashlib.sha256).digest()


def blind_index(value: str | None, *, purpose: str) -> str:
    """HMAC-SHA256 of a normalised value, keyed by the pepper and the purpose; '' if empty."""
    if not value:
        return ""
    key = _KEYS.get(("hmac", purpose))
    if key is None:
        key = _KEYS[("hmac", purpose)] = _purpose_key(settings.PII_HMAC_KEY, purpose)
    return hmac.digest(key, value.encode("utf-8"), "sha256").hex()


def mask_digits(value: str, *, keep_start: int, keep_end: int) -> str:
    if not value:
        return ""
    if len(value) <= keep_start + keep_end:
        return "*" * len(value)
    middle = len(value) - keep_start - keep_end
    return value[:keep_start] + "*" * middle + value[len(value) - keep_end :]


def mask_nik(nik: str) -> str:
    """180101******0001: region code and the last four digits only."""
    return mask_digits(nik, keep_start=6, keep_end=4)


def mask_phone(e164: str) -> str:
    """+62 812****7890 shown in the national form 0812****7890."""
    if not e164:
        return ""
    national = "0" + e164[3:] if e164.startswith("+62") else e164
    return mask_digits(national, keep_start=4, keep_end=4)


def mask_name(name: str) -> str:
    """'Siti Aminah' -> 'S*** A*****': the initials only."""
    return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split() if word)


# ---- Bytes (stored files) ------------------------------------------------------------------
# Added for `core.uploads` (encryption of uploaded files at rest). Same key ring as the
# personal-data fields: the first key seals, every key opens. `aad` binds a sealed chunk to
# its place in its file (file id, chunk index, last-chunk flag), so chunks cannot be swapped,
# reordered or cut off unnoticed.


def seal_bytes(plain: bytes, *, aad: bytes = b"") -> bytes:
    """AES-256-GCM of `plain` with the sealing key (g2 derivation; the additional data is
    prefixed `file:` so a sealed field never opens as a file chunk): kid length, kid, nonce,
    ciphertext."""
    primary, ring = _current_ring()
    kid = primary.encode("utf-8")
    nonce = os.urandom(12)
    key = ring[(SEAL_VERSION, primary)]
    return bytes([len(kid)]) + kid + nonce + key.encrypt(nonce, plain, b"file:" + aad + kid)


def unseal_bytes(sealed: bytes, *, aad: bytes = b"") -> bytes:
    """Open what `seal_bytes` sealed; raises ValueError if it was tampered with."""
    try:
        size = sealed[0]
        kid = sealed[1 : 1 + size]
        nonce = sealed[1 + size : 13 + size]
        _, ring = _current_ring()
        key = ring[(SEAL_VERSION, kid.decode("utf-8"))]
        return key.decrypt(nonce, sealed[13 + size :], b"file:" + aad + kid)
    except Exception as exc:  # InvalidTag, KeyError, IndexError: one clear failure
        raise ValueError("a stored file could not be decrypted with the configured keys") from exc
