"""Deployment checks of the project (`siapekspor check --deploy`)."""

from __future__ import annotations

from django.conf import settings
from django.core.checks import Tags, Warning, register

from siapekspor.core.keys import parse_key_ring


@register(Tags.security, deploy=True)
def weak_retired_pii_keys(app_configs, **kwargs):
    """An older key of the ring may be weak only until the data it sealed is re-sealed."""
    if settings.PII_WEAK_KEYS_ALLOWED:
        return []
    weak = [k.kid for k in parse_key_ring(settings.PII_KEYS, strict=False)[1:] if not k.strong]
    if not weak:
        return []
    return [
        Warning(
            "SIAPEKSPOR_PII_KEYS still holds weak keys for opening old values: " + ", ".join(weak),
            hint="Run `siapekspor rotate-pii-keys`, then remove them from the ring.",
            id="siapekspor.W001",
        )
    ]
