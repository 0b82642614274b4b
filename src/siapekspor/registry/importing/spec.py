"""The enterprise columns the import understands, with their header synonyms (id and en)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from siapekspor.core.tabular import Column, ColumnSpec

ENTERPRISE_COLUMNS = [
    Column("nib", _("NIB"), ("NIB", "Nomor Induk Berusaha", "No NIB", "NIB OSS",
                             "Business identification number")),
    Column("name", _("Business name"), (
        "Nama Usaha", "Nama IKM", "Nama Perusahaan", "Nama UMKM", "Nama UKM", "Nama Unit Usaha",
        "Nama Badan Usaha", "Nama Industri", "Nama Toko", "Business name", "Company name",
        "Enterprise", "Usaha"), required=True),
    Column("owner_name", _("Owner's name"), (
        "Nama Pemilik", "Pemilik", "Nama Pengusaha", "Nama Penanggung Jawab", "Pemilik Nama",
        "Nama Pelaku Usaha", "Owner", "Owner name", "Owner's name")),
    Column("nik", _("NIK"), ("NIK", "No KTP", "Nomor KTP", "NIK Pemilik", "Pemilik NIK",
                             "NIK KTP", "Nomor Induk Kependudukan", "ID number")),
    Column("phone", _("Phone"), (
        "No HP", "No Telp", "No Telp/WA", "No HP/WA", "HP/WA", "Telepon", "Telp", "HP", "WA",
        "No WA", "Nomor HP", "Nomor Telepon", "Kontak", "Pemilik No HP", "Phone",
        "Telephone", "Mobile")),
    Column("address", _("Address"), ("Alamat", "Alamat Usaha", "Alamat Lengkap",
                                     "Alamat Perusahaan", "Address")),
    Column("regency", _("Regency or city"), (
        "Kab/Kota", "Kabupaten / Kota", "Kabupaten", "Kota", "Kab", "Kabupaten Kota",
        "Kota/Kabupaten", "Kode Kab/Kota", "Regency", "City", "Regency/City",
        "Regency or city"), required=True),
    Column("district", _("District"), ("Kecamatan", "Kec", "District")),
    Column("kbli", _("KBLI"), ("KBLI", "Kode KBLI", "KBLI 2020", "KBLI code")),
    Column("product", _("Product"), ("Produk", "Komoditi", "Komoditas", "Jenis Produk",
                                     "Produk Utama", "Nama Produk", "Product", "Commodity")),
    Column("hs_code", _("HS code"), ("Kode HS", "HS", "HS Code", "Pos Tarif", "Kode HS Produk",
                                     "Nomor HS")),
    Column("capacity", _("Production capacity"), (
        "Kapasitas Produksi", "Kapasitas", "Kapasitas per Bulan", "Kapasitas Produksi per Bulan",
        "Kapasitas Produksi/Bulan", "Production capacity", "Monthly capacity")),
    Column("capacity_unit", _("Unit"), ("Satuan", "Satuan Kapasitas", "Unit")),
    Column("workforce", _("Workforce"), ("Tenaga Kerja", "Jumlah Tenaga Kerja", "TK",
                                         "Jumlah TK", "Karyawan", "Jumlah Karyawan",
                                         "Workforce", "Employees")),
    Column("revenue", _("Annual revenue"), (
        "Omzet", "Omset", "Omzet per Tahun", "Omzet Tahunan", "Omzet/Tahun", "Nilai Penjualan",
        "Penjualan per Tahun", "Annual revenue", "Revenue", "Turnover")),
    Column("legal_form", _("Legal form"), ("Bentuk Usaha", "Badan Usaha", "Bentuk Badan Usaha",
                                           "Legal form")),
    Column("gender", _("Owner's gender"), ("Jenis Kelamin", "L/P", "JK", "Gender", "Sex")),
    Column("latitude", _("Latitude"), ("Latitude", "Lintang", "Lat")),
    Column("longitude", _("Longitude"), ("Longitude", "Bujur", "Long", "Lng")),
]
SPEC = ColumnSpec(ENTERPRISE_COLUMNS)
