"""Buyer contacts are walked by the key rotation (`rotate-pii-keys`) like every sealed value."""

from __future__ import annotations

from siapekspor.buyers.models import Buyer
from siapekspor.buyers.tests.factories import make_buyer
from siapekspor.core.crypto import sealed_with_primary, unseal
from siapekspor.registry.rekeying import blind_indexes_recompute, personal_data_reseal

NEW = "new:tBlwYCt6O76Yo1d5EQiCLS5M6zXTvws6VQg2gBI_jlw"
OLD = "old:F9v2DP8yUMCuEDEqqSug-57oAM0B9W85NVqfppiBh48"


def test_rotating_the_keys_reseals_buyer_contacts(users, settings):
    original = settings.PII_KEYS
    settings.PII_KEYS = f"{OLD},{original}"
    buyer = make_buyer(users["admin"])
    settings.PII_KEYS = f"{NEW},{OLD},{original}"
    buyer.refresh_from_db()
    assert not sealed_with_primary(buyer.email_sealed)
    assert personal_data_reseal().buyers == 1
    settings.PII_KEYS = NEW  # the old keys are gone
    buyer = Buyer.objects.get(pk=buyer.pk)
    assert unseal(buyer.email_sealed) == "hiroshi@example.jp"
    assert unseal(buyer.contact_name_sealed) == "Hiroshi Tanaka"


def test_reindex_recomputes_the_email_index(users, settings):
    buyer = make_buyer(users["admin"])
    assert blind_indexes_recompute().buyers == 0
    settings.PII_HMAC_KEY = "tBlwYCt6O76Yo1d5EQiCLS5M6zXTvws6VQg2gBI_jlw"
    assert blind_indexes_recompute().buyers == 1
    assert Buyer.objects.get(pk=buyer.pk).email_index != buyer.email_index
