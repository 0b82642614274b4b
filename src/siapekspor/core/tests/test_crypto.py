import pytest

from siapekspor.core import crypto


@pytest.fixture(autouse=True)
def _keys(settings):
    settings.PII_KEYS = "k2:new-secret,k1:old-secret"
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
    settings.PII_KEYS = "k1:old-secret"
    old = crypto.seal("secret")
    settings.PII_KEYS = "k2:new-secret,k1:old-secret"
    assert crypto.unseal(old) == "secret"
    assert not crypto.sealed_with_primary(old)
    assert crypto.sealed_with_primary(crypto.seal("secret"))


def test_value_sealed_with_unknown_key_is_refused(settings):
    token = crypto.seal("secret")
    settings.PII_KEYS = "k9:other"
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
