import base64
import hashlib
import os
import secrets

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.core.exceptions import ImproperlyConfigured

from siapekspor.core import crypto, keys


@pytest.fixture(autouse=True)
def _keys(settings):
    settings.PII_KEYS = "k2:RXM0LonzMFdR_BIIACiyP-Tg5rNCgx7JtMtdDTbZkqU,k1:t7whWweZTEXOvOIeUM8aPYdyRf5JjIKcJIJy1Jbknf0"
    settings.PII_HMAC_KEY = "pepper"


def test_sealed_value_opens_to_the_original_and_hides_it():
    token = crypto.seal("1871014105900001")
    assert "1871014105900001" not in token
    assert crypto.unseal(token) == "1871014105900001"
    assert crypto.seal("1871014105900001") != token  # random nonce: equal values look different


def test_tampered_value_is_refused():
    token = crypto.seal("+6281234567890")
    broken = token[:-3] + ("AAA" if not token.endswith("AAA") else "BBB")
    with pytest.raises(ValueError):
        crypto.unseal(broken)


def test_old_key_still_opens_after_rotation(settings):
    settings.PII_KEYS = "k1:t7whWweZTEXOvOIeUM8aPYdyRf5JjIKcJIJy1Jbknf0"
    old = crypto.seal("secret")
    settings.PII_KEYS = "k2:RXM0LonzMFdR_BIIACiyP-Tg5rNCgx7JtMtdDTbZkqU,k1:t7whWweZTEXOvOIeUM8aPYdyRf5JjIKcJIJy1Jbknf0"
    assert crypto.unseal(old) == "secret"
    assert not crypto.sealed_with_primary(old)
    assert crypto.sealed_with_primary(crypto.seal("secret"))


def test_value_sealed_with_unknown_key_is_refused(settings):
    token = crypto.seal("secret")
    settings.PII_KEYS = "k9:hzrn3CoRhQqYqY-fsnrgEGlflZH5HGxy31C6BQT4c9M"
    with pytest.raises(ValueError):
        crypto.unseal(token)


def test_blind_index_depends_on_pepper_and_purpose(settings):
    a = crypto.blind_index("1871014105900001", purpose="nik")
    assert a == crypto.blind_index("1871014105900001", purpose="nik")
    assert a != crypto.blind_index("1871014105900001", purpose="phone")
    settings.PII_HMAC_KEY = "another pepper"
    assert a != crypto.blind_index("1871014105900001", purpose="nik")


def test_masks_show_only_what_security_allows():
    assert crypto.mask_nik("1801010105900001") == "180101******0001"
    assert crypto.mask_phone("+6281234567890") == "0812****7890"
    assert crypto.mask_name("Siti Aminah") == "S*** A*****"


SIXTEEN_BYTES = "AAECAwQFBgcICQoLDA0ODw"
STRONG = "3q0Jt8WmQv2c1yS0kXy7fG5rLd9nHb4eZaUoVwPiTjM"


def _legacy_g1(plain: str, kid: str, secret: str) -> str:
    """A value as the first format sealed it: AES-GCM under SHA-256 of the key text."""
    nonce = os.urandom(12)
    ct = AESGCM(hashlib.sha256(secret.encode()).digest()).encrypt(
        nonce, plain.encode(), kid.encode()
    )
    return f"g1.{kid}.{base64.urlsafe_b64encode(nonce + ct).decode()}"


def test_new_values_are_sealed_in_the_hkdf_format():
    token = crypto.seal("1871014105900001")
    assert token.startswith("g2.k2.")
    raw = base64.urlsafe_b64decode(token.split(".", 2)[2])
    legacy = AESGCM(hashlib.sha256(b"new-secret").digest())
    with pytest.raises(InvalidTag):  # not the SHA-256-of-text key any more
        legacy.decrypt(raw[:12], raw[12:], b"k2")


def test_values_sealed_in_the_first_format_still_open_and_count_as_stale():
    old = _legacy_g1("1871014105900001", "k2", "RXM0LonzMFdR_BIIACiyP-Tg5rNCgx7JtMtdDTbZkqU")
    assert crypto.unseal(old) == "1871014105900001"
    assert not crypto.sealed_with_primary(old)  # rotate-pii-keys re-seals it as g2


def test_a_strong_key_is_derived_from_its_bytes_not_its_text(settings):
    key = secrets.token_urlsafe(32)
    settings.PII_KEYS = f"k3:{key}"
    token = crypto.seal("secret")
    assert crypto.unseal(token) == "secret"
    assert keys.key_material(key) == base64.urlsafe_b64decode(key + "=")


@pytest.mark.parametrize(
    "spec",
    [
        "k1:short",
        "k1:production-pii-key-0123456789",  # text, not 32 random bytes
        "k1:" + SIXTEEN_BYTES,  # base64url, but 16 bytes
        f"k1:{SIXTEEN_BYTES},k0:{STRONG}",  # the sealing key is the one that counts
    ],
)
def test_weak_sealing_keys_are_refused_outside_debug(spec):
    with pytest.raises(ImproperlyConfigured, match="too weak"):
        keys.parse_key_ring(spec, strict=True)
    assert keys.parse_key_ring(spec, strict=False)  # embedded mode accepts them


def test_a_weak_retired_key_may_stay_behind_a_strong_one_for_opening():
    ring = keys.parse_key_ring(f"k2:{secrets.token_urlsafe(32)},k1:old-text", strict=True)
    assert [(k.kid, k.strong) for k in ring] == [("k2", True), ("k1", False)]


@pytest.mark.parametrize(
    "spec", ["", "nokid", "k1:", ":secret", "bad kid:secret", "k.1:secret", "k1:a,k1:b"]
)
def test_malformed_key_rings_are_refused(spec):
    with pytest.raises(ImproperlyConfigured):
        keys.parse_key_ring(spec, strict=False)


def test_a_weak_pepper_is_refused_outside_debug():
    with pytest.raises(ImproperlyConfigured, match="SIAPEKSPOR_PII_HMAC_KEY"):
        keys.check_pepper("production-pepper-0123456789", strict=True)
    strong = secrets.token_urlsafe(32)
    assert keys.check_pepper(strong, strict=True) == strong
    assert keys.check_pepper("pepper", strict=False) == "pepper"


def test_blind_indexes_are_computed_as_before_from_the_pepper_text():
    # Existing rows keep matching: HMAC(HMAC(pepper text, purpose), value), unchanged.
    import hmac

    purpose_key = hmac.new(b"pepper", b"nik", hashlib.sha256).digest()
    expected = hmac.new(purpose_key, b"1871014105900001", hashlib.sha256).hexdigest()
    assert crypto.blind_index("1871014105900001", purpose="nik") == expected
