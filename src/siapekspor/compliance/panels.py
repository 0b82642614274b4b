"""The certification section on the enterprise page: certificates, expiring ones, open cases
and a link to the gap checklist for each of the enterprise's products."""

from __future__ import annotations

from django.utils import timezone

from siapekspor.compliance import access, selectors


def enterprise_context(request, enterprise):
    if not access.can_see_panel(request.user, enterprise):
        return None
    today = timezone.localdate()
    certificates = selectors.enterprise_certificates(enterprise)
    products = list(enterprise.products.values_list("hs_code_id", flat=True).distinct()[:5])
    return {
        "can_open": access.can_use_compliance(request.user),
        "certificates": certificates[:8],
        "expiring": [
            c
            for c in certificates
            if c.valid_until and today <= c.valid_until <= today + selectors.expiring_delta()
        ],
        "open_cases": [
            c for c in selectors.enterprise_cases(enterprise) if c.status in selectors.OPEN_STATUSES
        ][:5],
        "product_codes": [p for p in products if p],
        "today": today,
    }
