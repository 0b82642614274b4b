"""Self-paced learning modules, one file per module, in the order of the export path.

Each module is a dict: `code`, `level`, `dimension` (the readiness dimension its completion
credits), `credit`, `title`, `summary`, `screens` (at least five: `title`, `body`, `example`
for a worked example from a Lampung product) and `quiz` (at least eight questions, each with
its answers and an explanation). Every text is `{language: text}` in all six languages,
Indonesian authoritative (see `text.t`). Load with `siapekspor load-modules`.
"""

from siapekspor.training.content.learning import (
    adaptasi_produk,
    biaya_incoterms,
    dokumen_sertifikat,
    pembayaran_pembiayaan,
    pembeli_negosiasi,
    pengiriman_kecil,
    prosedur_ekspor,
    riset_pasar,
)

MODULES = [
    riset_pasar.MODULE,
    pembeli_negosiasi.MODULE,
    adaptasi_produk.MODULE,
    dokumen_sertifikat.MODULE,
    biaya_incoterms.MODULE,
    prosedur_ekspor.MODULE,
    pembayaran_pembiayaan.MODULE,
    pengiriman_kecil.MODULE,
]
