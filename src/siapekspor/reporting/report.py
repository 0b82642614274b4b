"""The monthly report of the province: the dashboard's figures as PDF (WeasyPrint) and xlsx."""

from __future__ import annotations

import io

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from siapekspor.core.pdf import render_pdf
from siapekspor.core.tabular import escape_formula
from siapekspor.reporting.labels import FUNNEL_LABELS


def pdf(request, ctx: dict) -> bytes:
    html = render_to_string("reporting/report_pdf.html", ctx, request=request)
    return render_pdf(html, language=get_language(), stylesheets=["reporting/report.css"])


def xlsx(ctx: dict) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    data = ctx["data"]
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_title(_("Summary"))
    bold = Font(bold=True)
    t = data["totals"]
    rows = [
        (_("SiapEkspor monthly report"), ""),
        (_("As of"), data["snapshot"]["as_of"]),
        (
            _("Computed at"),
            date_format(timezone.localtime(data["snapshot"]["computed"]), "DATETIME_FORMAT"),
        ),
        (_("Baseline enterprises"), data["baseline"]),
        (_("Target (enterprises exporting)"), data["target"]),
        (_("Exporting enterprises"), t["exporting"]),
        (_("of which direct"), t["direct"]),
        (_("of which indirect"), t["indirect"]),
        (_("Share of the baseline (%)"), data["share_of_baseline_pct"]),
        (_("Progress to the target (%)"), data["progress_pct"]),
        (_("Lapsed exporters"), t["lapsed"]),
        (_("Repeat exporters"), t["repeat"]),
        (_("New exporters in the last 12 months"), t["new_exporters"]),
    ]
    for r in rows:
        ws.append([escape_formula(str(r[0])), r[1]])
    ws["A1"].font = bold
    ws.append([])
    ws.append([escape_formula(_("Method")), escape_formula(str(method_note()))])

    def sheet(title, headers, body):
        s = wb.create_sheet(_sheet_title(title))
        s.append([escape_formula(str(h)) for h in headers])
        for cell in s[1]:
            cell.font = bold
        for row in body:
            s.append([escape_formula(v) if isinstance(v, str) else v for v in row])

    sheet(
        _("Regencies"),
        [
            _("Code"),
            _("Regency or city"),
            _("Enterprises"),
            _("Exporting"),
            _("Direct"),
            _("Indirect"),
            _("Share exporting (%)"),
        ],
        [
            (
                r["code"],
                str(r["name"]),
                r["enterprises"],
                r["exporting"],
                r["direct"],
                r["indirect"],
                r["share"],
            )
            for r in data["regencies"]
        ],
    )
    sheet(
        _("Sectors"),
        [_("KBLI"), _("Sector"), _("Enterprises"), _("Exporting")],
        [(s["code"], str(s["name"]), s["enterprises"], s["exporting"]) for s in data["sectors"]],
    )
    sheet(
        _("Funnel"),
        [_("Stage"), _("Enterprises")],
        [(str(FUNNEL_LABELS[f["key"]]), f["count"]) for f in data["funnel"]],
    )
    sheet(
        _("Products"),
        [_("HS"), _("Product"), _("FOB value (USD)"), _("Shipments")],
        [(p["key"], str(p["name"]), p["usd"], p["shipments"]) for p in data["products"]],
    )
    sheet(
        _("Destinations"),
        [_("Country"), _("Name"), _("FOB value (USD)"), _("Shipments")],
        [(d["key"], str(d["name"]), d["usd"], d["shipments"]) for d in data["destinations"]],
    )
    sheet(
        _("Trend"),
        [_("Month"), _("Exporting"), _("Direct"), _("Indirect"), _("New exporters")],
        [
            (t["month"], t["exporting"], t["direct"], t["indirect"], t["new_exporters"])
            for t in data["trend"]
        ],
    )
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _sheet_title(title) -> str:
    """Sheet names may not hold []:*?/\\ and are at most 31 characters."""
    return "".join("-" if ch in "[]:*?/\\" else ch for ch in str(title))[:31] or "-"


def method_note() -> str:
    return _(
        "An enterprise is exporting when it has at least one verified export in the trailing "
        "12 months (after the same day one year earlier; 12 whole calendar months when the "
        "date is a month end), direct (its own PEB) or indirect (its goods in a verified "
        "shipment of an exporter or aggregator, with a share above zero). Lapsed: exported "
        "before, not in the last 12 months. Repeat exporter: two verified shipments at least "
        "%(days)d days apart. Export value counts direct shipments in full and indirect ones "
        "by the supplier's share. Figures come from the KPI snapshot of the date shown."
    ) % {"days": settings.REPEAT_EXPORT_MIN_DAYS}
