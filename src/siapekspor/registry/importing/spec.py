"""The enterprise columns the import understands, with their header synonyms (id and en)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular import Column, ColumnSpec

ENTERPRISE_COLUMNS = [
    Column(
        "nib",
        _("NIB"),
        ("NIB", "Nomor Induk Berusaha", "No NIB", "NIB OSS", "Business identification number"),
    ),
    Column(
        "name",
        _("Business name"),
        (
            "Nama Usaha",
            "Nama IKM",
            "Nama Perusahaan",
            "Nama UMKM",
            "Nama UKM",
            "Nama Unit Usaha",
            "Nama Badan Usaha",
            "Nama Industri",
            "Nama Toko",
            "Business name",
            "Company name",
            "Enterprise",
            "Usaha",
        ),
        required=True,
    ),
    Column(
        "owner_name",
        _("Owner's name"),
        (
            "Nama Pemilik",
            "Pemilik",
            "Nama Pengusaha",
            "Nama Penanggung Jawab",
            "Pemilik Nama",
            "Nama Pelaku Usaha",
            "Owner",
            "Owner name",
            "Owner's name",
        ),
    ),
    Column(
        "nik",
        _("NIK"),
        (
            "NIK",
            "No KTP",
            "Nomor KTP",
            "NIK Pemilik",
            "Pemilik NIK",
            "NIK KTP",
            "Nomor Induk Kependudukan",
            "ID number",
        ),
    ),
    Column(
        "phone",
        _("Phone"),
        (
            "No HP",
            "No Telp",
            "No Telp/WA",
            "No HP/WA",
            "HP/WA",
            "Telepon",
            "Telp",
            "HP",
            "WA",
            "No WA",
            "Nomor HP",
            "Nomor Telepon",
            "Kontak",
            "Pemilik No HP",
            "Phone",
            "Telephone",
            "Mobile",
        ),
    ),
    Column(
        "address",
        _("Address"),
        ("Alamat", "Alamat Usaha", "Alamat Lengkap", "Alamat Perusahaan", "Address"),
    ),
    Column(
        "regency",
        _("Regency or city"),
        (
            "Kab/Kota",
            "Kabupaten / Kota",
            "Kabupaten",
            "Kota",
            "Kab",
            "Kabupaten Kota",
            "Kota/Kabupaten",
            "Kode Kab/Kota",
            "Regency",
            "City",
            "Regency/City",
            "Regency or city",
        ),
        required=True,
    ),
    Column("district", _("District"), ("Kecamatan", "Kec", "District")),
    Column("kbli", _("KBLI"), ("KBLI", "Kode KBLI", "KBLI 2020", "KBLI code")),
    Column(
        "product",
        _("Product"),
        (
            "Produk",
            "Komoditi",
            "Komoditas",
            "Jenis Produk",
            "Produk Utama",
            "Nama Produk",
            "Product",
            "Commodity",
        ),
    ),
    Column(
        "hs_code",
        _("HS code"),
        ("Kode HS", "HS", "HS Code", "Pos Tarif", "Kode HS Produk", "Nomor HS"),
    ),
    Column(
        "capacity",
        _("Production capacity"),
        (
            "Kapasitas Produksi",
            "Kapasitas",
            "Kapasitas per Bulan",
            "Kapasitas Produksi per Bulan",
            "Kapasitas Produksi/Bulan",
            "Production capacity",
            "Monthly capacity",
        ),
    ),
    Column("capacity_unit", _("Unit"), ("Satuan", "Satuan Kapasitas", "Unit")),
    Column(
        "workforce",
        _("Workforce"),
        (
            "Tenaga Kerja",
            "Jumlah Tenaga Kerja",
            "TK",
            "Jumlah TK",
            "Karyawan",
            "Jumlah Karyawan",
            "Workforce",
            "Employees",
        ),
    ),
    Column(
        "revenue",
        _("Annual revenue"),
        (
            "Omzet",
            "Omset",
            "Omzet (Rp)",
            "Omset (Rp)",
            "Omzet per Tahun",
            "Omzet per Tahun (Rp)",
            "Omzet Tahunan",
            "Omzet/Tahun",
            "Omzet per Bulan",
            "Omzet per Bulan (Rp)",
            "Omzet Bulanan",
            "Omzet/Bulan",
            "Omset per Tahun",
            "Omset per Bulan",
            "Omset/Bulan",
            "Omset Bulanan",
            "Nilai Penjualan",
            "Nilai Penjualan (Rp)",
            "Penjualan",
            "Penjualan (Rp)",
            "Penjualan per Tahun",
            "Penjualan per Bulan",
            "Pendapatan",
            "Pendapatan per Tahun",
            "Pendapatan per Bulan",
            "Monthly revenue",
            "Monthly sales",
            "Sales",
            "Annual revenue",
            "Revenue",
            "Turnover",
        ),
    ),
    Column(
        "legal_form",
        _("Legal form"),
        ("Bentuk Usaha", "Badan Usaha", "Bentuk Badan Usaha", "Legal form"),
    ),
    Column("gender", _("Owner's gender"), ("Jenis Kelamin", "L/P", "JK", "Gender", "Sex")),
    Column("latitude", _("Latitude"), ("Latitude", "Lintang", "Lat")),
    Column("longitude", _("Longitude"), ("Longitude", "Bujur", "Long", "Lng")),
]
SPEC = ColumnSpec(ENTERPRISE_COLUMNS)

# The period of a revenue column: asked in the mapping step, guessed from its header.
REVENUE_YEARLY = "yearly"
REVENUE_MONTHLY = "monthly"
_MONTHLY_WORDS = ("bulan", "bln", "month")


def revenue_period_of(header: str) -> str:
    """`Omzet per Bulan`, `Omset/bln`, `Monthly revenue` are monthly; anything else yearly."""
    text = header.lower()
    return REVENUE_MONTHLY if any(word in text for word in _MONTHLY_WORDS) else REVENUE_YEARLY
