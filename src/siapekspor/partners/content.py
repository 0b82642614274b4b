"""The partners the forum works with and the consent texts shown to owners, as data.

Organisation names are proper names (not translated). Each consent text is written in every
language (`{language code: text}`); Indonesian is authoritative. A changed text is a new
version: add it here with the next number and load it (`siapekspor load-partners`).
"""

from __future__ import annotations

# (code, name, kind)
ORGANISATIONS: list[tuple[str, str, str]] = [
    ("LPEI", "Lembaga Pembiayaan Ekspor Indonesia (Indonesia Eximbank)", "exim"),
    ("OJK", "Otoritas Jasa Keuangan", "regulator"),
    ("BI", "Bank Indonesia (Kantor Perwakilan Lampung)", "central_bank"),
    ("BRI", "Bank Rakyat Indonesia", "bank"),
    ("BNI", "Bank Negara Indonesia", "bank"),
    ("MANDIRI", "Bank Mandiri", "bank"),
    ("BSI", "Bank Syariah Indonesia", "bank"),
    ("BANKLAMPUNG", "Bank Lampung", "bank"),
    ("ASKRINDO", "Asuransi Kredit Indonesia (Askrindo)", "insurer"),
    ("BEACUKAI", "Direktorat Jenderal Bea dan Cukai (Kanwil Sumbagbar)", "customs"),
    ("BARANTIN", "Badan Karantina Indonesia (Lampung)", "quarantine"),
    ("BPJPH", "Badan Penyelenggara Jaminan Produk Halal", "halal"),
    ("BPOM", "Balai Besar POM di Bandar Lampung", "food_drug"),
]

# purpose → version → {language: text}
CONSENT_TEXTS: dict[str, dict[int, dict[str, str]]] = {
    "financing": {
        1: {
            "id": (
                "Saya setuju Dinas membagikan data usaha saya (nama, alamat, produk, omzet, "
                "ekspor, hasil penilaian kesiapan, dan nama serta kontak pemilik) kepada "
                "lembaga ini untuk menilai dan menawarkan pembiayaan. Persetujuan ini dapat "
                "saya tarik kapan saja dan berlaku sampai tanggal berakhirnya."
            ),
            "en": (
                "I agree that the office shares my enterprise's data (name, address, products, "
                "revenue, exports, readiness results, and the owner's name and contact) with "
                "this organisation to assess and offer financing. I may withdraw this consent "
                "at any time; it lasts until its expiry date."
            ),
            "zh-hans": (
                "我同意贸易工业厅将本企业的数据（名称、地址、产品、营业额、出口、出口准备评估结果以及"
                "业主姓名和联系方式）提供给该机构，用于评估并提供融资。我可随时撤回本同意，"
                "其有效期至到期日为止。"
            ),
            "ja": (
                "私は、事務所が当事業のデータ（名称、住所、製品、売上、輸出、輸出準備評価の結果、"
                "経営者の氏名と連絡先）を、融資の審査と提案のためにこの機関へ提供することに同意します。"
                "この同意はいつでも撤回でき、有効期限まで有効です。"
            ),
            "ar": (
                "أوافق على أن يشارك المكتب بيانات منشأتي (الاسم والعنوان والمنتجات والإيرادات "
                "والصادرات ونتائج تقييم الجاهزية واسم المالك ووسيلة الاتصال به) مع هذه الجهة "
                "لتقييم التمويل وعرضه. يمكنني سحب هذه الموافقة في أي وقت، وهي سارية حتى تاريخ انتهائها."
            ),
            "fr": (
                "J'accepte que le bureau communique les données de mon entreprise (nom, adresse, "
                "produits, chiffre d'affaires, exportations, résultats de préparation, nom et "
                "coordonnées du propriétaire) à cet organisme pour étudier et proposer un "
                "financement. Je peux retirer ce consentement à tout moment ; il vaut jusqu'à "
                "sa date d'expiration."
            ),
        }
    },
    "coaching": {
        1: {
            "id": (
                "Saya setuju Dinas membagikan data usaha saya (nama, alamat, produk, ekspor, hasil "
                "penilaian kesiapan, dan nama serta kontak pemilik) kepada lembaga ini untuk "
                "pendampingan dan pelatihan ekspor. Persetujuan ini dapat saya tarik kapan saja "
                "dan berlaku sampai tanggal berakhirnya."
            ),
            "en": (
                "I agree that the office shares my enterprise's data (name, address, products, "
                "exports, readiness results, and the owner's name and contact) with this "
                "organisation for export coaching and training. I may withdraw this consent at "
                "any time; it lasts until its expiry date."
            ),
            "zh-hans": (
                "我同意贸易工业厅将本企业的数据（名称、地址、产品、出口、出口准备评估结果以及业主姓名和"
                "联系方式）提供给该机构，用于出口辅导和培训。我可随时撤回本同意，其有效期至到期日为止。"
            ),
            "ja": (
                "私は、事務所が当事業のデータ（名称、住所、製品、輸出、輸出準備評価の結果、経営者の"
                "氏名と連絡先）を、輸出の指導と研修のためにこの機関へ提供することに同意します。"
                "この同意はいつでも撤回でき、有効期限まで有効です。"
            ),
            "ar": (
                "أوافق على أن يشارك المكتب بيانات منشأتي (الاسم والعنوان والمنتجات والصادرات "
                "ونتائج تقييم الجاهزية واسم المالك ووسيلة الاتصال به) مع هذه الجهة للإرشاد "
                "والتدريب على التصدير. يمكنني سحب هذه الموافقة في أي وقت، وهي سارية حتى تاريخ انتهائها."
            ),
            "fr": (
                "J'accepte que le bureau communique les données de mon entreprise (nom, adresse, "
                "produits, exportations, résultats de préparation, nom et coordonnées du "
                "propriétaire) à cet organisme pour un accompagnement et des formations à "
                "l'export. Je peux retirer ce consentement à tout moment ; il vaut jusqu'à sa "
                "date d'expiration."
            ),
        }
    },
    "certification": {
        1: {
            "id": (
                "Saya setuju Dinas membagikan data usaha saya (nama, alamat, produk, sertifikat, "
                "dan nama serta kontak pemilik) kepada lembaga ini untuk mengurus sertifikasi "
                "dan perizinan. Persetujuan ini dapat saya tarik kapan saja dan berlaku sampai "
                "tanggal berakhirnya."
            ),
            "en": (
                "I agree that the office shares my enterprise's data (name, address, products, "
                "certificates, and the owner's name and contact) with this organisation to "
                "process certification and permits. I may withdraw this consent at any time; "
                "it lasts until its expiry date."
            ),
            "zh-hans": (
                "我同意贸易工业厅将本企业的数据（名称、地址、产品、证书以及业主姓名和联系方式）提供给"
                "该机构，用于办理认证和许可。我可随时撤回本同意，其有效期至到期日为止。"
            ),
            "ja": (
                "私は、事務所が当事業のデータ（名称、住所、製品、認証、経営者の氏名と連絡先）を、"
                "認証と許可の手続きのためにこの機関へ提供することに同意します。"
                "この同意はいつでも撤回でき、有効期限まで有効です。"
            ),
            "ar": (
                "أوافق على أن يشارك المكتب بيانات منشأتي (الاسم والعنوان والمنتجات والشهادات "
                "واسم المالك ووسيلة الاتصال به) مع هذه الجهة لإنجاز الشهادات والتراخيص. "
                "يمكنني سحب هذه الموافقة في أي وقت، وهي سارية حتى تاريخ انتهائها."
            ),
            "fr": (
                "J'accepte que le bureau communique les données de mon entreprise (nom, adresse, "
                "produits, certificats, nom et coordonnées du propriétaire) à cet organisme "
                "pour traiter certifications et autorisations. Je peux retirer ce consentement "
                "à tout moment ; il vaut jusqu'à sa date d'expiration."
            ),
        }
    },
    "buyer_contact": {
        1: {
            "id": (
                "Saya setuju Dinas membagikan data usaha saya (nama, produk, kapasitas, dan nama "
                "serta kontak pemilik) kepada lembaga ini untuk mempertemukan saya dengan "
                "pembeli. Persetujuan ini dapat saya tarik kapan saja dan berlaku sampai "
                "tanggal berakhirnya."
            ),
            "en": (
                "I agree that the office shares my enterprise's data (name, products, capacity, "
                "and the owner's name and contact) with this organisation to put me in touch "
                "with buyers. I may withdraw this consent at any time; it lasts until its "
                "expiry date."
            ),
            "zh-hans": (
                "我同意贸易工业厅将本企业的数据（名称、产品、产能以及业主姓名和联系方式）提供给该机构，"
                "用于为我对接买家。我可随时撤回本同意，其有效期至到期日为止。"
            ),
            "ja": (
                "私は、事務所が当事業のデータ（名称、製品、生産能力、経営者の氏名と連絡先）を、"
                "バイヤーとの引き合わせのためにこの機関へ提供することに同意します。"
                "この同意はいつでも撤回でき、有効期限まで有効です。"
            ),
            "ar": (
                "أوافق على أن يشارك المكتب بيانات منشأتي (الاسم والمنتجات والطاقة الإنتاجية "
                "واسم المالك ووسيلة الاتصال به) مع هذه الجهة لربطي بالمشترين. يمكنني سحب هذه "
                "الموافقة في أي وقت، وهي سارية حتى تاريخ انتهائها."
            ),
            "fr": (
                "J'accepte que le bureau communique les données de mon entreprise (nom, produits, "
                "capacité, nom et coordonnées du propriétaire) à cet organisme pour me mettre "
                "en relation avec des acheteurs. Je peux retirer ce consentement à tout "
                "moment ; il vaut jusqu'à sa date d'expiration."
            ),
        }
    },
}
