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
from siapekspor.reporting.narrative import paragraph


def pdf(request, ctx: dict) -> bytes:
    html = render_to_string("reporting/report_pdf.html", ctx, request=request)
    return render_pdf(html, language=get_language(), stylesheets=["reporting/report.css"])


def xlsx(ctx: dict) -> bytes:
    """The report's figures as a workbook: the summary (with the paragraph) and one sheet per
    table, the same numbers as the PDF."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    data, m = ctx["data"], ctx["m"]
    wb = Workbook()
    ws = wb.active
    ws.title = _sheet_title(_("Summary"))
    bold = Font(bold=True)
    t = data["totals"]
    previous, year_ago = m["previous"] or {}, m["year_ago"] or {}
    rows = [
        (_("SiapEkspor monthly report"), ""),
        (_("Report month"), m["month"][:7]),
        (_("Figures at"), m["end"]),
        (
            _("Computed at"),
            date_format(timezone.localtime(data["snapshot"]["computed"]), "DATETIME_FORMAT"),
        ),
        (_("Selection:"), " · ".join(ctx["scope"]) or _("All regencies and cities")),
        (_("Baseline enterprises"), data["baseline"]),
        (_("Target (enterprises exporting)"), m["target"]),
        (_("Exporting enterprises"), m["exporting"]),
        (_("of which direct"), m["direct"]),
        (_("of which indirect"), m["indirect"]),
        (_("Progress to the target (%)"), m["progress_pct"]),
        (_("Exporting enterprises, the month before"), previous.get("exporting")),
        (_("Exporting enterprises, a year earlier"), year_ago.get("exporting")),
        (_("First exports in the month"), m["new_exporters"]),
        (_("First exporters in the last 12 months"), m["new_12m"]),
        (_("Lapsed exporters"), t["lapsed"]),
        (_("Repeat exporters"), t["repeat"]),
        (_("Assisted to certify"), t["assisted"]),
        (_("Assisted to certify, first in the month"), m["assisted"]),
        (_("Capacity or quality improved"), t["improved"]),
        (_("Capacity or quality improved, first in the month"), m["improved"]),
        (_("Financed"), t["financed"]),
        (_("Financed, first in the month"), m["financed"]),
        (_("Coached by LPEI"), t["coached"]),
        (_("Coached by LPEI, first in the month"), m["coached"]),
        (_("Exported through a forum lead"), t["lead_exported"]),
        (_("Exported through a forum lead, first in the month"), m["lead_exported"]),
    ]
    for r in rows:
        ws.append([escape_formula(str(r[0])), r[1]])
    ws["A1"].font = bold
    ws.append([])
    ws.append([escape_formula(_("In brief")), escape_formula(" ".join(paragraph(data)))])
    ws.append([escape_formula(_("Method")), escape_formula(str(method_note()))])
    ws.column_dimensions["A"].width = 44
    ws.column_dimensions["B"].width = 90
    for row in ws.iter_rows(min_row=ws.max_row - 1):
        row[0].font = bold
        row[1].alignment = Alignment(wrap_text=True, vertical="top")

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
            _("Regency or city"),
            _("Enterprises"),
            _("Exporting"),
            _("Exporting, the month before"),
            _("Change since the previous month"),
            _("First exports in the month"),
            _("Share exporting (%)"),
            _("Code"),
        ],
        [
            (
                str(r["name"]),
                r["enterprises"],
                r["exporting"],
                r["previous"],
                r["change"],
                r["new_exporters"],
                r["share"],
                r["code"],
            )
            for r in ctx["regency_rows"]
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
        [(p["key"], str(p["name"]), p["usd"], p["shipments"]) for p in m["products"]],
    )
    sheet(
        _("Destinations"),
        [_("Country"), _("Name"), _("FOB value (USD)"), _("Shipments")],
        [(d["key"], str(d["name"]), d["usd"], d["shipments"]) for d in m["destinations"]],
    )
    sheet(
        _("Trend"),
        [_("Month"), _("Exporting"), _("Direct"), _("Indirect"), _("First exports in the month")],
        [
            (t["month"], t["exporting"], t["direct"], t["indirect"], t["new_exporters"])
            for t in m["trend"]
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
