"""The downloadable import template: a data sheet with the recognised headers (identifier
and code columns formatted as text, so a NIK keeps its 16 digits) and an instructions sheet
in Indonesian, the language of the regency offices that fill it in."""

from __future__ import annotations

import io

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from siapekspor.core import i18n

DATA_SHEET = "Data IKM"
# (header, what to write, an example) — the header is one the import recognises (`spec.py`).
COLUMNS = [
    ("Nama Usaha", gettext_lazy("Business name (required)."), "Kopi Bubuk Sinar Jaya"),
    ("NIB", gettext_lazy("13-digit business number from OSS, if any."), "1234567890123"),
    ("Bentuk Usaha", gettext_lazy("PT, CV, UD, Koperasi or Perorangan."), "Perorangan"),
    ("Nama Pemilik", gettext_lazy("Owner's full name."), "Siti Aminah"),
    ("Jenis Kelamin", gettext_lazy("L or P."), "P"),
    ("NIK", gettext_lazy("Owner's 16-digit NIK, as on the KTP (write it as text)."), ""),
    ("No HP", gettext_lazy("Phone or WhatsApp number, for example 0812 3456 7890."), ""),
    ("Alamat", gettext_lazy("Business address."), "Jl. Raya Liwa No. 5"),
    ("Kab/Kota", gettext_lazy("Regency or city in Lampung (required)."), "Lampung Barat"),
    ("Kecamatan", gettext_lazy("District (kecamatan)."), "Balik Bukit"),
    ("KBLI", gettext_lazy("5-digit KBLI 2020 code of the main activity."), "10761"),
    ("Produk", gettext_lazy("Main product."), "Kopi bubuk robusta"),
    (
        "Kode HS",
        gettext_lazy(
            "6-digit HS 2022 code of the product; an unknown code keeps the row and marks the "
            "product for review."
        ),
        "0901.21",
    ),
    ("Kapasitas Produksi per Bulan", gettext_lazy("Monthly production capacity."), "500"),
    (
        "Satuan",
        gettext_lazy("Unit: kg, ton, liter, pcs, botol, bungkus, pak, dus, karung, lusin, kodi…"),
        "kg",
    ),
    ("Tenaga Kerja", gettext_lazy("Number of workers."), "4"),
    (
        "Omzet per Tahun (Rp)",
        gettext_lazy(
            "Annual revenue in rupiah: 350.000.000 or Rp 350 juta. A monthly figure goes in a "
            "column named Omzet per Bulan."
        ),
        "350.000.000",
    ),
    ("Latitude", gettext_lazy("Latitude, for example -5.03."), ""),
    ("Longitude", gettext_lazy("Longitude, for example 104.06."), ""),
]
TEXT_COLUMNS = {"NIB", "NIK", "No HP", "KBLI", "Kode HS"}
NOTES = [
    gettext_lazy("Fill in one row per enterprise on the sheet “%(sheet)s”, below the headers."),
    gettext_lazy("Do not change the headers; extra columns are reported, not imported."),
    gettext_lazy(
        "Each row needs a NIB, a NIK or a phone number so that the same enterprise is "
        "recognised when it is imported again."
    ),
    gettext_lazy(
        "Numbers may be written as Indonesians write them: 1.500.000, Rp 1,5 juta, 2,5 ton."
    ),
    gettext_lazy("Personal data (NIK, phone, owner's name) is stored encrypted."),
]


def template_workbook() -> bytes:
    """The template as xlsx bytes (instructions always in Indonesian)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    with translation.override(i18n.default()):
        book = Workbook()
        guide = book.active
        guide.title = "Petunjuk"
        guide.append([_("How to fill in the enterprise import template")])
        guide["A1"].font = Font(bold=True, size=14)
        guide.append([])
        for note in NOTES:
            guide.append(["• " + str(note) % {"sheet": DATA_SHEET}])
        guide.append([])
        guide.append([_("Column"), _("What to write"), _("Example")])
        for cell in guide[guide.max_row]:
            cell.font = Font(bold=True)
        for header, help_text, example in COLUMNS:
            guide.append([header, str(help_text), example])
        guide.column_dimensions["A"].width = 30
        guide.column_dimensions["B"].width = 90
        guide.column_dimensions["C"].width = 28
        for row in guide.iter_rows():
            for cell in row:
                cell.alignment = Alignment(wrap_text=True, vertical="top")

        data = book.create_sheet(DATA_SHEET)
        data.append([header for header, _help, _example in COLUMNS])
        for index, (header, _help, _example) in enumerate(COLUMNS, start=1):
            cell = data.cell(row=1, column=index)
            cell.font = Font(bold=True)
            letter = cell.column_letter
            data.column_dimensions[letter].width = max(12, len(header) + 4)
            if header in TEXT_COLUMNS:  # keep leading zeros and all 16 digits
                for row in range(2, 1002):
                    data.cell(row=row, column=index).number_format = "@"
        data.freeze_panes = "A2"
        book.active = 1
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
