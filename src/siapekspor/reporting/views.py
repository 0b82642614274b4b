"""The home page: the province's registry in figures (real counts, not samples)."""

from __future__ import annotations

from django.conf import settings
from django.shortcuts import redirect, render

from siapekspor.accounts import roles
from siapekspor.registry import selectors as registry_selectors
from siapekspor.reporting.charts import bars


def home(request):
    if not request.user.is_authenticated:
        return redirect(settings.LOGIN_URL)
    if roles.role_of(request.user) == "enterprise_owner" and request.user.enterprise_id:
        return redirect("registry:enterprise-detail", pk=request.user.enterprise_id)
    by_regency = registry_selectors.enterprise_counts_by_regency(request.user)
    by_sector = registry_selectors.enterprise_counts_by_sector(request.user)
    total = sum(r["count"] for r in by_regency)
    return render(request, "reporting/home.html", {
        "total": total,
        "by_regency": by_regency,
        "by_sector": by_sector,
        "regency_bars": bars(by_regency),
        "sector_bars": bars(by_sector, limit=12),
        "baseline": settings.TARGET_BASELINE_ENTERPRISES,
        "target_share_pct": round(settings.TARGET_EXPORTING_SHARE * 100),
        "has_demo": registry_selectors.enterprise_has_demo_data(),
    })
