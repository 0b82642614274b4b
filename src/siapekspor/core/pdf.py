"""PDF rendering in one place: WeasyPrint, a font per script, nothing fetched from the network.

`render_pdf(html, language=…, stylesheets=[…])` turns a rendered template into PDF bytes: the
body is set in the Noto font of the language's script (Latin, Arabic, Simplified Chinese,
Japanese; Debian's fonts-noto-core and fonts-noto-cjk, installed by `make`), followed by the
other scripts' fonts for mixed text (a Latin enterprise name in an Arabic certificate). The
script comes from CLDR (core.i18n.script), so a new language needs no change here unless it
brings a new script (add its font to SCRIPT_FONTS). Used by the training certificates and the
monthly report.
"""

from __future__ import annotations

from collections.abc import Iterable

from siapekspor.core import i18n

# The Noto family for each ISO 15924 script, first choice first.
SCRIPT_FONTS: dict[str, tuple[str, ...]] = {
    "Latn": ("Noto Sans",),
    "Cyrl": ("Noto Sans",),
    "Grek": ("Noto Sans",),
    "Arab": ("Noto Sans Arabic", "Noto Naskh Arabic"),
    "Hans": ("Noto Sans CJK SC",),
    "Hant": ("Noto Sans CJK TC",),
    "Jpan": ("Noto Sans CJK JP",),
    "Kore": ("Noto Sans CJK KR",),
    "Thai": ("Noto Sans Thai",),
    "Deva": ("Noto Sans Devanagari",),
    "Hebr": ("Noto Sans Hebrew",),
}
# The chart kit's layout in PDF documents (core.charts, includes/*.html).
KIT_STYLESHEET = "siapekspor/pdf.css"
# Fallbacks for text of another script inside the document.
MIXED = ("Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC")


def font_families(language: str) -> list[str]:
    """Font families for a document in `language`, its own script's font first."""
    own = SCRIPT_FONTS.get(i18n.script(language), ())
    families: list[str] = []
    for family in (*own, *MIXED):
        if family not in families:
            families.append(family)
    return families


def font_stack(language: str) -> str:
    """The CSS font-family value for a document in `language`."""
    return ", ".join(f'"{family}"' for family in font_families(language)) + ", sans-serif"


def render_pdf(html: str, *, language: str, stylesheets: Iterable[str] = ()) -> bytes:
    """PDF bytes of an HTML document; `stylesheets` are static file names (app/file.css),
    applied after the chart kit's own sheet."""
    from django.contrib.staticfiles import finders
    from weasyprint import CSS, HTML
    from weasyprint.urls import URLFetcher

    sheets = []
    for name in (KIT_STYLESHEET, *stylesheets):
        path = finders.find(name)
        if not path:
            raise FileNotFoundError(name)
        sheets.append(CSS(filename=path))
    # A user stylesheet marked !important: the script's font wins over a template's own rule.
    sheets.append(CSS(string=f"body {{ font-family: {font_stack(language)} !important; }}"))
    # Only inline data (data: URIs) may be embedded: a PDF never fetches a URL.
    fetcher = URLFetcher(allowed_protocols={"data"})
    return HTML(string=html, url_fetcher=fetcher).write_pdf(stylesheets=sheets)
