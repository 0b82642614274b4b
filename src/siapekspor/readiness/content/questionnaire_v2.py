"""The readiness questionnaire, version 2, as data (Indonesian authoritative, five translations).

What changed from version 1 (whose assessments keep their version and their scores):

- A first page asks the product type (`branch`): processed food, agricultural or fishery
  commodity, craft or textile. Questions with `applies_to` are asked only for those types
  (PIRT/BPOM/halal only for processed food; EUDR traceability for food and commodities), and
  the digital dimension is informative, not gating, for commodity suppliers (`ungated_for`).
- Answers marked `NOT_APPLICABLE` (the fourth element of an option) take the question out of
  the score's denominator and count as met in a gate.
- The price gate is a price list under any named Incoterm (EXW included), not only FOB.
- A verified export (direct or indirect) in the 12 months before the assessment gives the
  experience question full score (`export_credit`) and places the enterprise at least at
  `export_floor` (menengah).
- New questions: NPWP, trademark, quarantine and laboratory tests, EUDR traceability, payment
  terms, minimum order.

Questions shared with version 1 reuse its texts (one place to correct them). Every text is
`{language code: text}` with one entry per language of `settings.LANGUAGES`.
"""

from copy import deepcopy

from siapekspor.readiness.content.questionnaire_v1 import QUESTIONNAIRE as V1
from siapekspor.readiness.content.questionnaire_v1 import SCALE

NOT_APPLICABLE = "not_applicable"
FOOD, COMMODITY, CRAFT = "pangan_olahan", "komoditas", "kerajinan"

_V1_QUESTIONS = {q["code"]: q for d in V1["dimensions"] for q in d["questions"]}
_V1_DIMENSIONS = {d["code"]: d for d in V1["dimensions"]}


def _v1(code: str, **changes) -> dict:
    return {**deepcopy(_V1_QUESTIONS[code]), **changes}


def _dimension(code: str, questions: list, **extra) -> dict:
    base = _V1_DIMENSIONS[code]
    return {
        "code": code,
        "weight": base["weight"],
        "name": deepcopy(base["name"]),
        "questions": questions,
        **extra,
    }


PRODUCT_TYPE = {
    "code": "product_type",
    "weight": 0,
    "branch": True,
    "options": [
        (
            FOOD,
            0,
            {
                "id": "Pangan olahan (mis. keripik pisang, kopi bubuk, gula aren, olahan ikan)",
                "en": "Processed food (e.g. banana chips, ground coffee, palm sugar, fish products)",
                "zh-hans": "加工食品（如香蕉片、咖啡粉、棕榈糖、鱼制品）",
                "ja": "加工食品（例：バナナチップス、挽いたコーヒー、ヤシ糖、水産加工品）",
                "ar": "أغذية مصنّعة (مثل رقائق الموز والقهوة المطحونة وسكر النخيل ومنتجات السمك)",
                "fr": "Aliment transformé (chips de banane, café moulu, sucre de palme, produits de la pêche…)",
            },
        ),
        (
            COMMODITY,
            0,
            {
                "id": "Komoditas pertanian atau perikanan (mis. kopi biji, lada, kakao, rumput laut)",
                "en": "Agricultural or fishery commodity (e.g. green coffee, pepper, cocoa beans, seaweed)",
                "zh-hans": "农产品或渔业大宗商品（如咖啡生豆、胡椒、可可豆、海藻）",
                "ja": "農水産物の一次産品（例：コーヒー生豆、コショウ、カカオ豆、海藻）",
                "ar": "سلعة زراعية أو سمكية (مثل البن الأخضر والفلفل وحبوب الكاكاو والأعشاب البحرية)",
                "fr": "Produit de base agricole ou halieutique (café vert, poivre, fèves de cacao, algues…)",
            },
        ),
        (
            CRAFT,
            0,
            {
                "id": "Kerajinan atau tekstil (mis. kain tapis, sulam usus, anyaman, kayu, rotan)",
                "en": "Craft or textile (e.g. tapis cloth, sulam usus, weaving, wood, rattan)",
                "zh-hans": "手工艺品或纺织品（如塔皮斯布、苏兰乌苏斯刺绣、编织品、木制品、藤制品）",
                "ja": "工芸品・繊維製品（例：タピス織、スラム・ウスス刺繍、編み細工、木工品、籐製品）",
                "ar": "حِرف يدوية أو منسوجات (مثل قماش التابيس وتطريز سولام أوسوس والسلال والخشب والروطان)",
                "fr": "Artisanat ou textile (tissu tapis, sulam usus, vannerie, bois, rotin…)",
            },
        ),
    ],
    "text": {
        "id": "Produk utama yang ingin Anda ekspor termasuk jenis apa?",
        "en": "What kind of product is the main product you want to export?",
        "zh-hans": "您想出口的主要产品属于哪一类？",
        "ja": "輸出したい主な製品はどの種類ですか？",
        "ar": "ما نوع المنتج الرئيسي الذي تريد تصديره؟",
        "fr": "De quel type est le principal produit que vous voulez exporter ?",
    },
    "next": (
        "",
        "",
        {
            "id": "Pilih jenis produk utama Anda; pertanyaan berikutnya menyesuaikan jenis ini.",
            "en": "Choose the kind of your main product; the following questions follow it.",
            "zh-hans": "请选择主要产品的类别；后续问题将据此调整。",
            "ja": "主な製品の種類を選んでください。以降の質問はそれに合わせて変わります。",
            "ar": "اختر نوع منتجك الرئيسي؛ تتكيف الأسئلة التالية معه.",
            "fr": "Choisissez le type de votre produit principal ; les questions suivantes s'y adaptent.",
        },
    ),
}

NPWP = {
    "code": "legal_npwp",
    "weight": 1,
    "options": deepcopy(_V1_QUESTIONS["legal_nib"]["options"]),
    "text": {
        "id": "Apakah usaha Anda (atau pemiliknya) sudah memiliki NPWP?",
        "en": "Does your business (or its owner) have a tax ID (NPWP)?",
        "zh-hans": "您的企业（或企业主）是否已有税号（NPWP）？",
        "ja": "事業（または事業主）は納税者番号（NPWP）を持っていますか？",
        "ar": "هل لدى منشأتك (أو مالكها) رقم تعريف ضريبي (NPWP)؟",
        "fr": "Votre entreprise (ou son dirigeant) a-t-elle un numéro fiscal (NPWP) ?",
    },
    "next": (
        "referral",
        "KPP / DJP",
        {
            "id": "Daftarkan NPWP di kantor pajak (KPP) terdekat atau secara daring di pajak.go.id.",
            "en": "Register for an NPWP at the nearest tax office (KPP) or online at pajak.go.id.",
            "zh-hans": "在最近的税务局（KPP）或通过 pajak.go.id 在线登记NPWP。",
            "ja": "最寄りの税務署（KPP）またはpajak.go.idでオンラインでNPWPを登録する。",
            "ar": "سجّل للحصول على NPWP في أقرب مكتب ضرائب (KPP) أو عبر الإنترنت على pajak.go.id.",
            "fr": "Demandez un NPWP au bureau des impôts (KPP) le plus proche ou en ligne sur pajak.go.id.",
        },
    ),
}

TRADEMARK = {
    "code": "legal_trademark",
    "weight": 1,
    "options": [
        (
            "tidak",
            0,
            {
                "id": "Belum didaftarkan",
                "en": "Not registered",
                "zh-hans": "尚未注册",
                "ja": "未登録",
                "ar": "غير مسجلة",
                "fr": "Non déposée",
            },
        ),
        (
            "proses",
            50,
            {
                "id": "Sudah diajukan ke DJKI",
                "en": "Application filed with DJKI",
                "zh-hans": "已向知识产权总局（DJKI）提交申请",
                "ja": "DJKIに出願済み",
                "ar": "قُدّم الطلب إلى DJKI",
                "fr": "Demande déposée auprès de la DJKI",
            },
        ),
        (
            "ya",
            100,
            {
                "id": "Merek sudah terdaftar",
                "en": "Trademark registered",
                "zh-hans": "商标已注册",
                "ja": "商標登録済み",
                "ar": "العلامة التجارية مسجلة",
                "fr": "Marque enregistrée",
            },
        ),
        (
            "tanpa_merek",
            0,
            {
                "id": "Tidak perlu: saya menjual tanpa merek (curah) kepada eksportir atau pengolah",
                "en": "Not needed: I sell unbranded (in bulk) to an exporter or processor",
                "zh-hans": "不需要：我以无品牌散装形式卖给出口商或加工商",
                "ja": "不要：ブランドなし（バルク）で輸出業者や加工業者に販売している",
                "ar": "لا حاجة: أبيع بدون علامة تجارية (سائبًا) لمصدّر أو مصنّع",
                "fr": "Inutile : je vends sans marque (en vrac) à un exportateur ou transformateur",
            },
            NOT_APPLICABLE,
        ),
    ],
    "text": {
        "id": "Apakah merek produk Anda sudah terdaftar di DJKI (Direktorat Jenderal Kekayaan Intelektual)?",
        "en": "Is your product's brand registered as a trademark with DJKI (the intellectual property office)?",
        "zh-hans": "您的产品品牌是否已在知识产权总局（DJKI）注册为商标？",
        "ja": "製品のブランドはDJKI（知的財産総局）に商標登録されていますか？",
        "ar": "هل علامة منتجك مسجلة كعلامة تجارية لدى DJKI (المديرية العامة للملكية الفكرية)؟",
        "fr": "La marque de votre produit est-elle enregistrée auprès de la DJKI (office de la propriété intellectuelle) ?",
    },
    "next": (
        "referral",
        "DJKI",
        {
            "id": "Daftarkan merek di DJKI (dgip.go.id); UMKM membayar tarif yang lebih rendah.",
            "en": "Register the trademark with DJKI (dgip.go.id); micro and small businesses pay a lower fee.",
            "zh-hans": "在DJKI（dgip.go.id）注册商标；微型和小型企业享受较低费用。",
            "ja": "DJKI（dgip.go.id）で商標を登録する。零細・小規模事業者は手数料が安い。",
            "ar": "سجّل العلامة التجارية لدى DJKI (dgip.go.id)؛ تدفع المنشآت الصغيرة والمتناهية الصغر رسومًا أقل.",
            "fr": "Déposez la marque à la DJKI (dgip.go.id) ; les micro et petites entreprises paient un tarif réduit.",
        },
    ),
}

QUARANTINE = {
    "code": "legal_quarantine",
    "weight": 1,
    "options": [
        *deepcopy(SCALE),
        (
            "tidak_perlu",
            0,
            {
                "id": "Tidak diperlukan untuk produk saya (mis. tekstil tanpa bahan kayu atau tumbuhan)",
                "en": "Not required for my product (e.g. textiles without wood or plant material)",
                "zh-hans": "我的产品不需要（如不含木材或植物材料的纺织品）",
                "ja": "自社製品には不要（例：木材や植物素材を含まない繊維製品）",
                "ar": "غير مطلوب لمنتجي (مثل المنسوجات التي لا تحتوي على خشب أو مواد نباتية)",
                "fr": "Non requis pour mon produit (textile sans bois ni matière végétale, par exemple)",
            },
            NOT_APPLICABLE,
        ),
    ],
    "text": {
        "id": "Saya tahu sertifikat karantina (Barantin) dan uji laboratorium yang dibutuhkan produk saya (mis. kadar air, aflatoksin, residu pestisida, mikrobiologi) dan sudah pernah melakukannya.",
        "en": "I know the quarantine certificate (Barantin) and laboratory tests my product needs (e.g. moisture, aflatoxin, pesticide residues, microbiology) and have had them done.",
        "zh-hans": "我了解产品所需的检疫证书（Barantin）和实验室检测（如水分、黄曲霉毒素、农药残留、微生物），并已做过。",
        "ja": "製品に必要な検疫証明書（Barantin）と検査（水分、アフラトキシン、残留農薬、微生物など）を把握し、実施したことがある。",
        "ar": "أعرف شهادة الحجر الصحي (Barantin) والفحوص المخبرية التي يحتاجها منتجي (مثل الرطوبة والأفلاتوكسين ومتبقيات المبيدات والأحياء الدقيقة) وأجريتها.",
        "fr": "Je connais le certificat de quarantaine (Barantin) et les analyses de laboratoire que requiert mon produit (humidité, aflatoxines, résidus de pesticides, microbiologie…) et je les ai fait réaliser.",
    },
    "next": (
        "referral",
        "Barantin",
        {
            "id": "Tanyakan ke Badan Karantina Indonesia (Barantin) sertifikat dan uji laboratorium yang diminta negara tujuan untuk produk Anda.",
            "en": "Ask the Indonesian Quarantine Agency (Barantin) which certificate and laboratory tests the destination country asks for your product.",
            "zh-hans": "向印尼检疫局（Barantin）咨询目的国对您的产品要求的证书和实验室检测。",
            "ja": "インドネシア検疫庁（Barantin）に、輸出先国が製品に求める証明書と検査を問い合わせる。",
            "ar": "اسأل هيئة الحجر الصحي الإندونيسية (Barantin) عن الشهادة والفحوص المخبرية التي يطلبها بلد الوجهة لمنتجك.",
            "fr": "Demandez à l'agence indonésienne de quarantaine (Barantin) quel certificat et quelles analyses le pays de destination exige pour votre produit.",
        },
    ),
}

EUDR = {
    "code": "legal_eudr",
    "weight": 1,
    "applies_to": [FOOD, COMMODITY],
    "options": [
        *deepcopy(SCALE),
        (
            "bukan_eudr",
            0,
            {
                "id": "Tidak berlaku: produk saya bukan kopi atau kakao (atau olahannya)",
                "en": "Not applicable: my product is not coffee or cocoa (or made from them)",
                "zh-hans": "不适用：我的产品不是咖啡或可可（或其制品）",
                "ja": "該当しない：製品はコーヒーやカカオ（またはその加工品）ではない",
                "ar": "لا ينطبق: منتجي ليس قهوة أو كاكاو (أو مصنوعًا منهما)",
                "fr": "Sans objet : mon produit n'est ni du café ni du cacao (ni fait à partir d'eux)",
            },
            NOT_APPLICABLE,
        ),
    ],
    "text": {
        "id": "Untuk kopi atau kakao: saya bisa menelusuri setiap lot sampai kebun asalnya (titik koordinat) dan menunjukkan lahannya tidak dibuka dari hutan setelah 31 Desember 2020, seperti dituntut EUDR Uni Eropa.",
        "en": "For coffee or cocoa: I can trace every lot to the plots where it grew (geolocation) and show the land was not deforested after 31 December 2020, as the EU Deforestation Regulation (EUDR) requires.",
        "zh-hans": "对于咖啡或可可：我能将每批货追溯到种植地块（地理坐标），并证明该土地在2020年12月31日之后未经毁林，符合欧盟《零毁林法规》（EUDR）的要求。",
        "ja": "コーヒーやカカオの場合：各ロットを栽培区画（位置情報）まで追跡でき、EU森林破壊防止規則（EUDR）が求めるとおり2020年12月31日以降に森林破壊された土地でないことを示せる。",
        "ar": "للقهوة أو الكاكاو: أستطيع تتبّع كل دفعة حتى القطع التي زُرعت فيها (الموقع الجغرافي) وإثبات أن الأرض لم تُزَل غاباتها بعد 31 ديسمبر 2020، كما تشترط لائحة الاتحاد الأوروبي لإزالة الغابات (EUDR).",
        "fr": "Pour le café ou le cacao : je peux relier chaque lot aux parcelles où il a poussé (géolocalisation) et montrer qu'elles n'ont pas été déboisées après le 31 décembre 2020, comme l'exige le règlement européen sur la déforestation (RDUE/EUDR).",
    },
    "next": (
        "referral",
        "EUDR",
        {
            "id": "Catat titik koordinat kebun setiap pemasok dan bukti lahannya bebas deforestasi setelah 31 Desember 2020; pembeli Uni Eropa memerlukannya untuk pernyataan uji tuntas EUDR.",
            "en": "Record the coordinates of every supplier's plots and evidence that they were not deforested after 31 December 2020; EU buyers need them for their EUDR due-diligence statement.",
            "zh-hans": "记录每个供应商地块的坐标，以及2020年12月31日之后未毁林的证据；欧盟买家需要这些资料提交EUDR尽职调查声明。",
            "ja": "各供給者の区画の座標と、2020年12月31日以降に森林破壊されていない証拠を記録する。EUの買い手はEUDRのデューデリジェンス声明にそれを必要とする。",
            "ar": "سجّل إحداثيات قطع كل مورّد وما يثبت أنها لم تُزَل غاباتها بعد 31 ديسمبر 2020؛ يحتاجها المشترون في الاتحاد الأوروبي لبيان العناية الواجبة وفق EUDR.",
            "fr": "Relevez les coordonnées des parcelles de chaque fournisseur et la preuve qu'elles n'ont pas été déboisées après le 31 décembre 2020 ; les acheteurs européens en ont besoin pour leur déclaration de diligence raisonnée RDUE.",
        },
    ),
}

_NO_PRICE_LIST = deepcopy(_V1_QUESTIONS["pricing_fob"]["options"][0])

PRICE_LIST = {
    "code": "pricing_incoterm",
    "weight": 2,
    "options": [
        _NO_PRICE_LIST,
        (
            "tanpa_incoterm",
            40,
            {
                "id": "Ada daftar harga, tetapi tanpa syarat penyerahan (Incoterm) yang jelas",
                "en": "A price list, but without a named delivery term (Incoterm)",
                "zh-hans": "有价格表，但没有注明交货条件（国际贸易术语）",
                "ja": "価格表はあるが、引渡条件（インコタームズ）が明記されていない",
                "ar": "لدي قائمة أسعار لكن دون شرط تسليم محدد (إنكوترمز)",
                "fr": "Une liste de prix, mais sans condition de livraison nommée (Incoterm)",
            },
        ),
        (
            "exw",
            100,
            {
                "id": "Daftar harga EXW (harga di tempat usaha atau gudang saya)",
                "en": "An EXW price list (price at my premises or warehouse)",
                "zh-hans": "EXW价格表（在我方工厂或仓库交货的价格）",
                "ja": "EXW価格表（自社の工場・倉庫渡し価格）",
                "ar": "قائمة أسعار EXW (السعر في منشأتي أو مستودعي)",
                "fr": "Une liste de prix EXW (prix dans mes locaux ou mon entrepôt)",
            },
        ),
        (
            "fca_fob",
            100,
            {
                "id": "Daftar harga FCA atau FOB (sampai diserahkan ke pengangkut atau di atas kapal)",
                "en": "An FCA or FOB price list (handed to the carrier or on board)",
                "zh-hans": "FCA或FOB价格表（交给承运人或装上船）",
                "ja": "FCAまたはFOB価格表（運送人への引渡しまたは本船積込みまで）",
                "ar": "قائمة أسعار FCA أو FOB (حتى التسليم للناقل أو على متن السفينة)",
                "fr": "Une liste de prix FCA ou FOB (remise au transporteur ou à bord)",
            },
        ),
        (
            "cif_dap",
            100,
            {
                "id": "Daftar harga CFR, CIF, DAP atau DDP (sampai negara tujuan)",
                "en": "A CFR, CIF, DAP or DDP price list (to the destination country)",
                "zh-hans": "CFR、CIF、DAP或DDP价格表（到目的国）",
                "ja": "CFR、CIF、DAP、DDP価格表（輸出先国まで）",
                "ar": "قائمة أسعار CFR أو CIF أو DAP أو DDP (حتى بلد الوجهة)",
                "fr": "Une liste de prix CFR, CIF, DAP ou DDP (jusqu'au pays de destination)",
            },
        ),
    ],
    "text": {
        "id": "Apakah Anda punya daftar harga untuk pembeli ekspor dengan syarat penyerahan (Incoterm) yang disebutkan, misalnya EXW, FOB atau CIF?",
        "en": "Do you have a price list for export buyers under a named delivery term (Incoterm), such as EXW, FOB or CIF?",
        "zh-hans": "您是否有面向出口买家、注明交货条件（国际贸易术语，如EXW、FOB或CIF）的价格表？",
        "ja": "輸出先のバイヤー向けに、引渡条件（インコタームズ：EXW、FOB、CIFなど）を明記した価格表がありますか？",
        "ar": "هل لديك قائمة أسعار لمشتري التصدير بشرط تسليم محدد (إنكوترمز) مثل EXW أو FOB أو CIF؟",
        "fr": "Avez-vous une liste de prix pour les acheteurs export sous une condition de livraison nommée (Incoterm), par exemple EXW, FOB ou CIF ?",
    },
    "next": (
        "module",
        "biaya-incoterms",
        {
            "id": "Pelajari modul Kalkulasi biaya dan Incoterms, lalu buat daftar harga dengan Incoterm yang disebutkan (EXW, FOB atau CIF).",
            "en": "Study the Costing and Incoterms module, then make a price list under a named Incoterm (EXW, FOB or CIF).",
            "zh-hans": "学习“成本核算与国际贸易术语”模块，然后制作注明贸易术语（EXW、FOB或CIF）的价格表。",
            "ja": "「原価計算とインコタームズ」モジュールを学び、引渡条件（EXW、FOB、CIF）を明記した価格表を作成する。",
            "ar": "ادرس وحدة حساب التكاليف وإنكوترمز، ثم أعدّ قائمة أسعار بشرط إنكوترمز محدد (EXW أو FOB أو CIF).",
            "fr": "Suivez le module Coûts et Incoterms, puis établissez une liste de prix sous un Incoterm nommé (EXW, FOB ou CIF).",
        },
    ),
}

PAYMENT = {
    "code": "finance_payment",
    "weight": 1,
    "text": {
        "id": "Saya tahu cara pembayaran ekspor (uang muka, L/C, wesel inkaso, open account) dan sudah menentukan yang saya terima.",
        "en": "I know the export payment terms (advance payment, letter of credit, documentary collection, open account) and have decided which I accept.",
        "zh-hans": "我了解出口付款方式（预付款、信用证、跟单托收、赊销），并已确定接受哪些方式。",
        "ja": "輸出の支払条件（前払い、信用状、荷為替手形、後払い）を理解し、受け入れる条件を決めている。",
        "ar": "أعرف شروط الدفع في التصدير (الدفع المسبق، الاعتماد المستندي، التحصيل المستندي، الحساب المفتوح) وحددت ما أقبله.",
        "fr": "Je connais les conditions de paiement à l'export (paiement d'avance, crédit documentaire, remise documentaire, compte ouvert) et j'ai choisi celles que j'accepte.",
    },
    "next": (
        "module",
        "pembayaran-pembiayaan",
        {
            "id": "Pelajari modul Pembayaran dan pembiayaan dan tentukan syarat pembayaran untuk pesanan pertama.",
            "en": "Study the Payment and finance module and decide the payment terms for a first order.",
            "zh-hans": "学习“支付与融资”模块，并确定首笔订单的付款条件。",
            "ja": "「支払いと資金調達」モジュールを学び、最初の注文の支払条件を決める。",
            "ar": "ادرس وحدة الدفع والتمويل وحدّد شروط الدفع لأول طلبية.",
            "fr": "Suivez le module Paiement et financement et fixez les conditions de paiement d'une première commande.",
        },
    ),
}

MINIMUM_ORDER = {
    "code": "capacity_moq",
    "weight": 1,
    "text": {
        "id": "Saya sudah menetapkan jumlah pesanan minimum (MOQ) dan waktu produksi yang bisa saya tawarkan kepada pembeli.",
        "en": "I have set the minimum order quantity (MOQ) and the lead time I can offer buyers.",
        "zh-hans": "我已确定可向买家提供的最低起订量（MOQ）和交货期。",
        "ja": "バイヤーに提示できる最小発注量（MOQ）と納期を決めている。",
        "ar": "حددت الحد الأدنى لكمية الطلب (MOQ) ومدة التسليم التي أستطيع عرضها على المشترين.",
        "fr": "J'ai fixé la quantité minimale de commande (MOQ) et le délai que je peux proposer aux acheteurs.",
    },
    "next": (
        "module",
        "biaya-incoterms",
        {
            "id": "Hitung pesanan minimum yang masih untung dari biaya per produksi (modul Kalkulasi biaya dan Incoterms) dan waktu yang Anda butuhkan untuk memenuhinya.",
            "en": "Work out the smallest order that still pays from your cost per batch (Costing and Incoterms module) and the time you need to deliver it.",
            "zh-hans": "根据每批成本（“成本核算与国际贸易术语”模块）算出仍能盈利的最低订单量，以及交货所需时间。",
            "ja": "1回の生産コスト（「原価計算とインコタームズ」モジュール）から採算の取れる最小注文量と、納品に必要な期間を算出する。",
            "ar": "احسب أصغر طلبية تبقى مربحة من تكلفة الدفعة الواحدة (وحدة حساب التكاليف وإنكوترمز) والوقت اللازم لتسليمها.",
            "fr": "Calculez la plus petite commande encore rentable à partir de votre coût par lot (module Coûts et Incoterms) et le délai nécessaire pour la livrer.",
        },
    ),
}

_CERTS = _v1("legal_market_certs")
_CERTS["options"] = [
    *_CERTS["options"],
    (
        "tidak_dituntut",
        0,
        {
            "id": "Pasar tujuan saya tidak menuntut sertifikat untuk produk saya",
            "en": "My target market demands no certificate for my product",
            "zh-hans": "我的目标市场对我的产品不要求证书",
            "ja": "輸出先市場は自社製品に認証を求めていない",
            "ar": "لا تطلب سوقي المستهدفة أي شهادة لمنتجي",
            "fr": "Mon marché cible n'exige aucun certificat pour mon produit",
        },
        NOT_APPLICABLE,
    ),
]

PROFILE_NAME = {
    "id": "Jenis produk",
    "en": "Kind of product",
    "zh-hans": "产品类别",
    "ja": "製品の種類",
    "ar": "نوع المنتج",
    "fr": "Type de produit",
}

QUESTIONNAIRE = {
    "version": 2,
    "title": {
        "id": "Diagnosis kesiapan ekspor IKM (versi 2)",
        "en": "IKM export readiness diagnosis (version 2)",
        "zh-hans": "中小工业出口准备度诊断（第2版）",
        "ja": "中小工業の輸出準備度診断（第2版）",
        "ar": "تشخيص جاهزية الصناعات الصغيرة والمتوسطة للتصدير (الإصدار 2)",
        "fr": "Diagnostic de préparation à l'export des PMI (version 2)",
    },
    "export_floor": "menengah",
    "dimensions": [
        {"code": "profile", "weight": 0, "name": PROFILE_NAME, "questions": [PRODUCT_TYPE]},
        _dimension("commitment", [_v1("commit_plan"), _v1("commit_time")]),
        _dimension("product", [_v1("product_quality"), _v1("product_packaging")]),
        _dimension("capacity", [_v1("capacity_volume"), _v1("capacity_scaleup"), MINIMUM_ORDER]),
        _dimension(
            "legality",
            [
                _v1("legal_nib"),
                NPWP,
                _v1("legal_permit", applies_to=[FOOD]),
                TRADEMARK,
                QUARANTINE,
                EUDR,
                _CERTS,
            ],
        ),
        _dimension("market", [_v1("market_target"), _v1("market_buyers")]),
        _dimension("pricing", [PRICE_LIST, _v1("pricing_costing")]),
        _dimension("finance", [_v1("finance_books"), _v1("finance_capital"), PAYMENT]),
        _dimension(
            "digital",
            [_v1("digital_presence"), _v1("digital_catalogue")],
            ungated_for=[COMMODITY],
        ),
        _dimension("experience", [_v1("exp_shipments", export_credit=True), _v1("exp_documents")]),
    ],
    # Same thresholds as version 1; the price gate is any named Incoterm. A verified exporter
    # is at least menengah (`export_floor`).
    "gates": [
        {
            "level": "menengah",
            "min_overall": 45,
            "min_per_dimension": 20,
            "required_questions": ["legal_nib", "pricing_incoterm"],
        },
        {
            "level": "mahir",
            "min_overall": 70,
            "min_per_dimension": 50,
            "required_questions": ["legal_market_certs"],
        },
    ],
}

VERSIONS = [V1, QUESTIONNAIRE]
