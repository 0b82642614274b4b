"""Self-paced learning modules with short quizzes (Indonesian authoritative, five translations).

`dimension` is the readiness dimension that the module's completion credits (see
training.services.learning_credit). The first choice listed with True is the correct one.
Every text is `{language code: text}`, one entry per language of `settings.LANGUAGES`.
"""

from typing import Any

MODULES = [
    {
        "code": "prosedur-ekspor",
        "level": "pemula",
        "dimension": "commitment",
        "credit": 5,
        "title": {
            "id": "Prosedur ekspor",
            "en": "Export procedures",
            "zh-hans": "出口流程",
            "ja": "輸出手続き",
            "ar": "إجراءات التصدير",
            "fr": "Procédures d'export",
        },
        "summary": {
            "id": "Langkah dari pesanan sampai barang berangkat.",
            "en": "The steps from an order to the goods leaving port.",
            "zh-hans": "从订单到货物离港的步骤。",
            "ja": "注文から貨物の出港までの流れ。",
            "ar": "الخطوات من الطلبية حتى مغادرة البضاعة الميناء.",
            "fr": "Les étapes de la commande au départ des marchandises.",
        },
        "body": {
            "id": "Ekspor dimulai dengan NIB, kontrak atau pesanan pembeli, lalu produksi dan kemasan. "
            "Eksportir atau forwarder mengajukan PEB melalui Bea Cukai, menyiapkan invoice dan "
            "packing list, dan bila perlu surat keterangan asal serta sertifikat karantina. "
            "Mulailah dari ekspor tidak langsung bersama eksportir yang sudah berpengalaman.",
            "en": "Exporting starts with an NIB, a contract or buyer's order, then production and "
            "packing. The exporter or forwarder files the export declaration (PEB) with customs, "
            "prepares the invoice and packing list and, where needed, a certificate of origin and "
            "a quarantine certificate. Start with indirect export alongside an experienced exporter.",
            "zh-hans": "出口始于NIB、合同或买家订单，然后是生产和包装。出口商或货代通过海关提交出口报关单（PEB），"
            "准备发票和装箱单，必要时还需原产地证书和检疫证书。可先与有经验的出口商合作进行间接出口。",
            "ja": "輸出はNIB、契約またはバイヤーの注文から始まり、生産と梱包に進みます。輸出者またはフォワーダーが"
            "税関に輸出申告（PEB）を行い、インボイスとパッキングリスト、必要に応じて原産地証明書と検疫証明書を"
            "準備します。まずは経験ある輸出業者と組んだ間接輸出から始めましょう。",
            "ar": "يبدأ التصدير برقم NIB وعقد أو طلبية من المشتري، ثم الإنتاج والتغليف. يقدّم المصدّر أو وكيل الشحن "
            "بيان التصدير (PEB) إلى الجمارك، ويجهّز الفاتورة وقائمة التعبئة، وعند الحاجة شهادة المنشأ وشهادة "
            "الحجر الصحي. ابدأ بالتصدير غير المباشر مع مصدّر ذي خبرة.",
            "fr": "L'export commence par un NIB, un contrat ou une commande, puis la production et "
            "l'emballage. L'exportateur ou le transitaire dépose la déclaration d'export (PEB) en douane, "
            "prépare la facture et la liste de colisage et, si besoin, un certificat d'origine et un "
            "certificat phytosanitaire. Commencez par l'export indirect avec un exportateur expérimenté.",
        },
        "quiz": [
            (
                {
                    "id": "Dokumen pabean untuk ekspor dari Indonesia adalah…",
                    "en": "The customs document for exporting from Indonesia is…",
                    "zh-hans": "从印尼出口的海关单证是……",
                    "ja": "インドネシアからの輸出の税関書類は…",
                    "ar": "المستند الجمركي للتصدير من إندونيسيا هو…",
                    "fr": "Le document douanier pour exporter depuis l'Indonésie est…",
                },
                [
                    (
                        {
                            "id": "PEB (pemberitahuan ekspor barang)",
                            "en": "PEB (export declaration)",
                            "zh-hans": "PEB（出口报关单）",
                            "ja": "PEB（輸出申告）",
                            "ar": "PEB (بيان التصدير)",
                            "fr": "PEB (déclaration d'export)",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "PIRT",
                            "en": "PIRT",
                            "zh-hans": "PIRT",
                            "ja": "PIRT",
                            "ar": "PIRT",
                            "fr": "PIRT",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "NPWP",
                            "en": "NPWP",
                            "zh-hans": "NPWP",
                            "ja": "NPWP",
                            "ar": "NPWP",
                            "fr": "NPWP",
                        },
                        False,
                    ),
                ],
            ),
            (
                {
                    "id": "Cara paling mudah memulai ekspor bagi IKM kecil adalah…",
                    "en": "The easiest way for a small IKM to start exporting is…",
                    "zh-hans": "小型企业开始出口最容易的方式是……",
                    "ja": "小規模な中小工業が輸出を始める最も簡単な方法は…",
                    "ar": "أسهل طريقة لبدء التصدير لمنشأة صغيرة هي…",
                    "fr": "La façon la plus simple pour une petite PMI de commencer à exporter est…",
                },
                [
                    (
                        {
                            "id": "Ekspor tidak langsung melalui eksportir",
                            "en": "Indirect export through an exporter",
                            "zh-hans": "通过出口商间接出口",
                            "ja": "輸出業者を通じた間接輸出",
                            "ar": "التصدير غير المباشر عبر مصدّر",
                            "fr": "L'export indirect via un exportateur",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "Mengirim kontainer penuh sendiri",
                            "en": "Shipping a full container alone",
                            "zh-hans": "独自运送整柜",
                            "ja": "単独でコンテナ1本を送る",
                            "ar": "شحن حاوية كاملة بمفردك",
                            "fr": "Expédier seul un conteneur complet",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "Menunggu pembeli datang sendiri",
                            "en": "Waiting for buyers to turn up",
                            "zh-hans": "坐等买家上门",
                            "ja": "バイヤーが来るのを待つ",
                            "ar": "انتظار قدوم المشترين",
                            "fr": "Attendre que les acheteurs se présentent",
                        },
                        False,
                    ),
                ],
            ),
        ],
    },
    {
        "code": "biaya-incoterms",
        "level": "pemula",
        "dimension": "pricing",
        "credit": 5,
        "title": {
            "id": "Kalkulasi biaya dan Incoterms",
            "en": "Costing and Incoterms",
            "zh-hans": "成本核算与国际贸易术语",
            "ja": "原価計算とインコタームズ",
            "ar": "حساب التكاليف وإنكوترمز",
            "fr": "Coûts et Incoterms",
        },
        "summary": {
            "id": "Menghitung harga EXW, FOB dan CIF.",
            "en": "Working out EXW, FOB and CIF prices.",
            "zh-hans": "计算EXW、FOB和CIF价格。",
            "ja": "EXW・FOB・CIF価格の計算。",
            "ar": "حساب أسعار EXW وFOB وCIF.",
            "fr": "Calculer les prix EXW, FOB et CIF.",
        },
        "body": {
            "id": "Harga EXW adalah harga di tempat usaha. FOB menambahkan biaya kemasan ekspor, angkutan "
            "ke pelabuhan muat, dokumen dan pengurusan ekspor sampai barang di atas kapal. CIF "
            "menambahkan ongkos angkut laut dan asuransi sampai pelabuhan tujuan. Pembeli luar "
            "negeri biasanya meminta harga FOB: siapkan daftar harga FOB per satuan dan per kontainer.",
            "en": "The EXW price is the price at your premises. FOB adds export packing, transport to "
            "the port of loading, documents and export clearance until the goods are on board. "
            "CIF adds sea freight and insurance to the destination port. Foreign buyers usually ask "
            "for FOB: prepare an FOB price list per unit and per container.",
            "zh-hans": "EXW价格是工厂交货价。FOB在此基础上加上出口包装、运至装运港的运输、单证和出口清关费用，直至货物装船。"
            "CIF再加上到目的港的海运费和保险费。海外买家通常要求FOB报价：请准备按单位和按集装箱的FOB价格表。",
            "ja": "EXW価格は自社の敷地での価格です。FOBは輸出梱包、積み地港までの輸送、書類と輸出通関を加え、"
            "本船に積み込むまでの価格です。CIFはさらに仕向港までの海上運賃と保険を加えます。海外バイヤーは通常FOBを求めます。"
            "単位当たりとコンテナ当たりのFOB価格表を用意しましょう。",
            "ar": "سعر EXW هو السعر في مقر المنشأة. ويضيف FOB تغليف التصدير والنقل إلى ميناء الشحن والمستندات "
            "والتخليص حتى تصبح البضاعة على متن السفينة. ويضيف CIF أجرة الشحن البحري والتأمين حتى ميناء الوصول. "
            "يطلب المشترون الأجانب عادة سعر FOB: جهّز قائمة أسعار FOB للوحدة وللحاوية.",
            "fr": "Le prix EXW est le prix dans vos locaux. Le FOB ajoute l'emballage export, le transport "
            "jusqu'au port de chargement, les documents et le dédouanement jusqu'à la mise à bord. Le CIF "
            "ajoute le fret maritime et l'assurance jusqu'au port de destination. Les acheteurs demandent "
            "souvent du FOB : préparez une liste de prix FOB par unité et par conteneur.",
        },
        "quiz": [
            (
                {
                    "id": "Harga FOB berlaku sampai…",
                    "en": "An FOB price covers costs until…",
                    "zh-hans": "FOB价格涵盖的费用截至……",
                    "ja": "FOB価格が含む費用はどこまでか…",
                    "ar": "يغطي سعر FOB التكاليف حتى…",
                    "fr": "Un prix FOB couvre les coûts jusqu'à…",
                },
                [
                    (
                        {
                            "id": "barang di atas kapal di pelabuhan muat",
                            "en": "the goods are on board at the port of loading",
                            "zh-hans": "货物在装运港装上船",
                            "ja": "積み地港で本船に積み込むまで",
                            "ar": "تحميل البضاعة على السفينة في ميناء الشحن",
                            "fr": "la mise à bord au port de chargement",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "barang tiba di gudang pembeli",
                            "en": "the goods reach the buyer's warehouse",
                            "zh-hans": "货物到达买家仓库",
                            "ja": "バイヤーの倉庫に届くまで",
                            "ar": "وصول البضاعة إلى مستودع المشتري",
                            "fr": "l'arrivée à l'entrepôt de l'acheteur",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "barang keluar dari tempat usaha",
                            "en": "the goods leave your premises",
                            "zh-hans": "货物离开工厂",
                            "ja": "自社の敷地を出るまで",
                            "ar": "خروج البضاعة من مقر المنشأة",
                            "fr": "la sortie de vos locaux",
                        },
                        False,
                    ),
                ],
            ),
            (
                {
                    "id": "CIF menambahkan pada FOB…",
                    "en": "CIF adds to FOB…",
                    "zh-hans": "CIF在FOB基础上增加……",
                    "ja": "CIFがFOBに加えるのは…",
                    "ar": "يضيف CIF إلى FOB…",
                    "fr": "Le CIF ajoute au FOB…",
                },
                [
                    (
                        {
                            "id": "ongkos angkut laut dan asuransi",
                            "en": "sea freight and insurance",
                            "zh-hans": "海运费和保险费",
                            "ja": "海上運賃と保険",
                            "ar": "الشحن البحري والتأمين",
                            "fr": "le fret maritime et l'assurance",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "bea masuk negara tujuan",
                            "en": "import duty at destination",
                            "zh-hans": "目的国进口关税",
                            "ja": "仕向国の輸入関税",
                            "ar": "رسوم الاستيراد في بلد الوصول",
                            "fr": "les droits d'importation",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "biaya produksi",
                            "en": "production cost",
                            "zh-hans": "生产成本",
                            "ja": "生産コスト",
                            "ar": "تكلفة الإنتاج",
                            "fr": "le coût de production",
                        },
                        False,
                    ),
                ],
            ),
        ],
    },
    {
        "code": "dokumen-sertifikat",
        "level": "menengah",
        "dimension": "legality",
        "credit": 5,
        "title": {
            "id": "Dokumen dan sertifikat",
            "en": "Documents and certificates",
            "zh-hans": "单证与认证",
            "ja": "書類と認証",
            "ar": "المستندات والشهادات",
            "fr": "Documents et certificats",
        },
        "summary": {
            "id": "Invoice, packing list, SKA, label, dan sertifikat pasar tujuan.",
            "en": "Invoice, packing list, certificate of origin, labels and market certificates.",
            "zh-hans": "发票、装箱单、原产地证、标签和目标市场认证。",
            "ja": "インボイス、パッキングリスト、原産地証明書、ラベル、市場の認証。",
            "ar": "الفاتورة وقائمة التعبئة وشهادة المنشأ والملصقات وشهادات السوق.",
            "fr": "Facture, liste de colisage, certificat d'origine, étiquetage et certificats du marché.",
        },
        "body": {
            "id": "Setiap pengiriman butuh commercial invoice, packing list dan bill of lading. Surat "
            "keterangan asal (SKA) seperti Form D, Form E atau IJEPA bisa menurunkan bea masuk di "
            "negara tujuan. Label harus memakai bahasa negara tujuan. Pasar tertentu menuntut "
            "sertifikat: HACCP, registrasi FDA, GACC, atau halal yang diakui SFDA.",
            "en": "Every shipment needs a commercial invoice, packing list and bill of lading. A "
            "certificate of origin such as Form D, Form E or IJEPA can lower import duty at "
            "destination. Labels must use the destination's language. Some markets demand "
            "certificates: HACCP, FDA registration, GACC or SFDA-recognised halal.",
            "zh-hans": "每批货物都需要商业发票、装箱单和提单。Form D、Form E或IJEPA等原产地证书可降低目的国进口关税。"
            "标签须使用目的国语言。部分市场要求认证：HACCP、FDA注册、GACC或SFDA认可的清真认证。",
            "ja": "出荷ごとにコマーシャルインボイス、パッキングリスト、船荷証券が必要です。Form D、Form E、IJEPAなどの"
            "原産地証明書は仕向国の輸入関税を下げられます。ラベルは仕向国の言語で表示します。市場によっては"
            "HACCP、FDA登録、GACC、SFDA認定ハラールなどの認証が求められます。",
            "ar": "تحتاج كل شحنة إلى فاتورة تجارية وقائمة تعبئة وبوليصة شحن. ويمكن لشهادة المنشأ مثل Form D أو "
            "Form E أو IJEPA أن تخفض رسوم الاستيراد في بلد الوصول. يجب أن تكون الملصقات بلغة بلد الوصول. "
            "وتطلب بعض الأسواق شهادات مثل HACCP أو تسجيل FDA أو GACC أو الحلال المعترف به من SFDA.",
            "fr": "Chaque expédition exige une facture commerciale, une liste de colisage et un connaissement. "
            "Un certificat d'origine (Form D, Form E, IJEPA…) peut réduire les droits à destination. "
            "L'étiquette doit être dans la langue du pays de destination. Certains marchés exigent des "
            "certificats : HACCP, enregistrement FDA, GACC ou halal reconnu par la SFDA.",
        },
        "quiz": [
            (
                {
                    "id": "Dokumen yang bisa menurunkan bea masuk di negara tujuan adalah…",
                    "en": "The document that can lower import duty at destination is…",
                    "zh-hans": "可降低目的国进口关税的单证是……",
                    "ja": "仕向国の輸入関税を下げられる書類は…",
                    "ar": "المستند الذي قد يخفض رسوم الاستيراد في بلد الوصول هو…",
                    "fr": "Le document qui peut réduire les droits à destination est…",
                },
                [
                    (
                        {
                            "id": "Surat keterangan asal (SKA)",
                            "en": "Certificate of origin",
                            "zh-hans": "原产地证书",
                            "ja": "原産地証明書",
                            "ar": "شهادة المنشأ",
                            "fr": "Le certificat d'origine",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "Packing list",
                            "en": "Packing list",
                            "zh-hans": "装箱单",
                            "ja": "パッキングリスト",
                            "ar": "قائمة التعبئة",
                            "fr": "La liste de colisage",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "Kartu nama",
                            "en": "Business card",
                            "zh-hans": "名片",
                            "ja": "名刺",
                            "ar": "بطاقة العمل",
                            "fr": "La carte de visite",
                        },
                        False,
                    ),
                ],
            ),
            (
                {
                    "id": "Ke Arab Saudi, sertifikat halal harus…",
                    "en": "For Saudi Arabia, a halal certificate must…",
                    "zh-hans": "出口沙特阿拉伯时，清真证书必须……",
                    "ja": "サウジアラビア向けのハラール認証は…",
                    "ar": "للتصدير إلى السعودية يجب أن تكون شهادة الحلال…",
                    "fr": "Pour l'Arabie saoudite, un certificat halal doit…",
                },
                [
                    (
                        {
                            "id": "dari lembaga yang diakui SFDA",
                            "en": "come from an SFDA-recognised body",
                            "zh-hans": "由SFDA认可的机构出具",
                            "ja": "SFDA認定機関が発行したもの",
                            "ar": "صادرة عن جهة معترف بها من SFDA",
                            "fr": "venir d'un organisme reconnu par la SFDA",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "tidak diperlukan",
                            "en": "is not needed",
                            "zh-hans": "不需要",
                            "ja": "不要",
                            "ar": "غير مطلوبة",
                            "fr": "n'est pas nécessaire",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "ditulis tangan",
                            "en": "be handwritten",
                            "zh-hans": "手写",
                            "ja": "手書き",
                            "ar": "مكتوبة بخط اليد",
                            "fr": "être manuscrit",
                        },
                        False,
                    ),
                ],
            ),
        ],
    },
    {
        "code": "riset-pasar",
        "level": "menengah",
        "dimension": "market",
        "credit": 5,
        "title": {
            "id": "Riset pasar",
            "en": "Market research",
            "zh-hans": "市场调研",
            "ja": "市場調査",
            "ar": "أبحاث السوق",
            "fr": "Étude de marché",
        },
        "summary": {
            "id": "Memilih negara tujuan dengan data.",
            "en": "Choosing a destination country with data.",
            "zh-hans": "用数据选择目标国家。",
            "ja": "データで輸出先国を選ぶ。",
            "ar": "اختيار بلد الوجهة بالبيانات.",
            "fr": "Choisir un pays de destination avec des données.",
        },
        "body": {
            "id": "Bandingkan negara tujuan menurut nilai impor produk Anda (kode HS), pertumbuhannya, "
            "tarif bea masuk, persyaratan sertifikat dan jarak pengiriman. Pilih satu atau dua "
            "negara dahulu. Halaman pasar SiapEkspor menampilkan data perdagangan per kode HS.",
            "en": "Compare destination countries by their imports of your product (HS code), growth, "
            "import duty, certificate requirements and shipping distance. Pick one or two countries "
            "first. The SiapEkspor markets pages show trade data per HS code.",
            "zh-hans": "按产品（HS编码）进口额、增长率、进口关税、认证要求和运输距离比较目标国家。先选一两个国家。"
            "SiapEkspor的市场页面按HS编码展示贸易数据。",
            "ja": "製品（HSコード）の輸入額、伸び率、輸入関税、認証要件、輸送距離で輸出先国を比較します。"
            "まず1～2か国を選びましょう。SiapEksporの市場ページにHSコード別の貿易データがあります。",
            "ar": "قارن بين الدول المستهدفة حسب وارداتها من منتجك (رمز HS) ونموها ورسوم الاستيراد ومتطلبات "
            "الشهادات ومسافة الشحن. اختر دولة أو دولتين أولًا. تعرض صفحات الأسواق في SiapEkspor بيانات "
            "التجارة لكل رمز HS.",
            "fr": "Comparez les pays selon leurs importations de votre produit (code SH), leur croissance, "
            "les droits de douane, les certificats exigés et la distance. Choisissez d'abord un ou deux "
            "pays. Les pages marchés de SiapEkspor montrent les données commerciales par code SH.",
        },
        "quiz": [
            (
                {
                    "id": "Kode yang dipakai untuk mencari data perdagangan produk adalah…",
                    "en": "The code used to look up a product's trade data is…",
                    "zh-hans": "查询产品贸易数据使用的编码是……",
                    "ja": "製品の貿易データを調べるのに使うコードは…",
                    "ar": "الرمز المستخدم للبحث عن بيانات تجارة المنتج هو…",
                    "fr": "Le code utilisé pour chercher les données commerciales d'un produit est…",
                },
                [
                    (
                        {
                            "id": "Kode HS",
                            "en": "The HS code",
                            "zh-hans": "HS编码",
                            "ja": "HSコード",
                            "ar": "رمز HS",
                            "fr": "Le code SH",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "Kode pos",
                            "en": "The postcode",
                            "zh-hans": "邮政编码",
                            "ja": "郵便番号",
                            "ar": "الرمز البريدي",
                            "fr": "Le code postal",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "NIK",
                            "en": "The NIK",
                            "zh-hans": "NIK",
                            "ja": "NIK",
                            "ar": "NIK",
                            "fr": "Le NIK",
                        },
                        False,
                    ),
                ],
            ),
            (
                {
                    "id": "Untuk awal, sebaiknya fokus pada…",
                    "en": "To begin with, it is best to focus on…",
                    "zh-hans": "起步阶段最好专注于……",
                    "ja": "始めのうちは何に集中するのがよいか…",
                    "ar": "في البداية من الأفضل التركيز على…",
                    "fr": "Pour commencer, mieux vaut se concentrer sur…",
                },
                [
                    (
                        {
                            "id": "satu atau dua negara",
                            "en": "one or two countries",
                            "zh-hans": "一两个国家",
                            "ja": "1～2か国",
                            "ar": "دولة أو دولتين",
                            "fr": "un ou deux pays",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "semua negara sekaligus",
                            "en": "every country at once",
                            "zh-hans": "同时所有国家",
                            "ja": "すべての国に同時に",
                            "ar": "جميع الدول دفعة واحدة",
                            "fr": "tous les pays à la fois",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "negara yang paling jauh",
                            "en": "the furthest country",
                            "zh-hans": "最远的国家",
                            "ja": "最も遠い国",
                            "ar": "أبعد دولة",
                            "fr": "le pays le plus lointain",
                        },
                        False,
                    ),
                ],
            ),
        ],
    },
    {
        "code": "pembeli-negosiasi",
        "level": "mahir",
        "dimension": "digital",
        "credit": 5,
        "title": {
            "id": "Pembeli dan negosiasi",
            "en": "Buyers and negotiation",
            "zh-hans": "买家与谈判",
            "ja": "バイヤーと交渉",
            "ar": "المشترون والتفاوض",
            "fr": "Acheteurs et négociation",
        },
        "summary": {
            "id": "Menemukan pembeli, mengirim sampel dan penawaran.",
            "en": "Finding buyers, sending samples and offers.",
            "zh-hans": "寻找买家、寄送样品和报价。",
            "ja": "バイヤー探し、サンプルと見積りの送付。",
            "ar": "إيجاد المشترين وإرسال العينات والعروض.",
            "fr": "Trouver des acheteurs, envoyer échantillons et offres.",
        },
        "body": {
            "id": "Pembeli ditemukan lewat pameran, atase perdagangan, platform B2B dan katalog ekspor. "
            "Balas pertanyaan dalam 24 jam dengan katalog berbahasa Inggris, spesifikasi, harga FOB, "
            "jumlah pesanan minimum dan waktu kirim. Kirim sampel yang sama dengan produksi massal "
            "dan catat setiap kesepakatan secara tertulis.",
            "en": "Buyers are found through trade fairs, trade attachés, B2B platforms and export "
            "catalogues. Answer inquiries within 24 hours with an English catalogue, specifications, "
            "FOB price, minimum order and lead time. Send samples identical to mass production and "
            "put every agreement in writing.",
            "zh-hans": "买家可通过展会、商务参赞、B2B平台和出口目录找到。24小时内回复询价，附英文目录、规格、FOB价格、"
            "最小订购量和交货期。寄送与批量生产一致的样品，并书面记录每项约定。",
            "ja": "バイヤーは見本市、商務官、B2Bプラットフォーム、輸出カタログで見つかります。問い合わせには24時間以内に、"
            "英語カタログ、仕様、FOB価格、最小注文数量、納期を添えて返信します。量産品と同じサンプルを送り、"
            "合意はすべて書面に残しましょう。",
            "ar": "يُعثر على المشترين عبر المعارض والملحقين التجاريين ومنصات B2B وكتالوجات التصدير. أجب عن "
            "الاستفسارات خلال 24 ساعة بكتالوج إنجليزي ومواصفات وسعر FOB والحد الأدنى للطلب ومدة التسليم. "
            "أرسل عينات مطابقة للإنتاج الكمي ودوّن كل اتفاق كتابيًا.",
            "fr": "On trouve des acheteurs dans les salons, auprès des attachés commerciaux, sur les "
            "plateformes B2B et dans les catalogues export. Répondez sous 24 heures avec un catalogue "
            "en anglais, les spécifications, le prix FOB, la commande minimale et le délai. Envoyez des "
            "échantillons identiques à la production et mettez chaque accord par écrit.",
        },
        "quiz": [
            (
                {
                    "id": "Pertanyaan pembeli sebaiknya dijawab dalam…",
                    "en": "A buyer's inquiry should be answered within…",
                    "zh-hans": "买家询价应在多长时间内回复……",
                    "ja": "バイヤーの問い合わせにはいつまでに返信すべきか…",
                    "ar": "يجب الرد على استفسار المشتري خلال…",
                    "fr": "Il faut répondre à une demande d'acheteur sous…",
                },
                [
                    (
                        {
                            "id": "24 jam",
                            "en": "24 hours",
                            "zh-hans": "24小时",
                            "ja": "24時間",
                            "ar": "24 ساعة",
                            "fr": "24 heures",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "satu bulan",
                            "en": "one month",
                            "zh-hans": "一个月",
                            "ja": "1か月",
                            "ar": "شهر واحد",
                            "fr": "un mois",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "tidak perlu dijawab",
                            "en": "no answer is needed",
                            "zh-hans": "无需回复",
                            "ja": "返信は不要",
                            "ar": "لا حاجة للرد",
                            "fr": "pas besoin de répondre",
                        },
                        False,
                    ),
                ],
            ),
            (
                {
                    "id": "Sampel yang dikirim harus…",
                    "en": "Samples you send must…",
                    "zh-hans": "寄送的样品必须……",
                    "ja": "送るサンプルは…",
                    "ar": "يجب أن تكون العينات المرسلة…",
                    "fr": "Les échantillons envoyés doivent…",
                },
                [
                    (
                        {
                            "id": "sama dengan produksi massal",
                            "en": "match mass production",
                            "zh-hans": "与批量生产一致",
                            "ja": "量産品と同じであること",
                            "ar": "مطابقة للإنتاج الكمي",
                            "fr": "correspondre à la production",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "lebih bagus dari produksi massal",
                            "en": "be better than mass production",
                            "zh-hans": "比批量生产更好",
                            "ja": "量産品より良いこと",
                            "ar": "أفضل من الإنتاج الكمي",
                            "fr": "être meilleurs que la production",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "tanpa label",
                            "en": "have no label",
                            "zh-hans": "没有标签",
                            "ja": "ラベルなし",
                            "ar": "بلا ملصق",
                            "fr": "être sans étiquette",
                        },
                        False,
                    ),
                ],
            ),
        ],
    },
    {
        "code": "pembayaran-pembiayaan",
        "level": "mahir",
        "dimension": "finance",
        "credit": 5,
        "title": {
            "id": "Pembayaran dan pembiayaan",
            "en": "Payment and finance",
            "zh-hans": "支付与融资",
            "ja": "支払いと資金調達",
            "ar": "الدفع والتمويل",
            "fr": "Paiement et financement",
        },
        "summary": {
            "id": "Cara bayar ekspor dan sumber modal kerja.",
            "en": "Export payment terms and working capital.",
            "zh-hans": "出口付款方式与流动资金来源。",
            "ja": "輸出の決済条件と運転資金。",
            "ar": "شروط الدفع في التصدير ورأس المال العامل.",
            "fr": "Conditions de paiement à l'export et fonds de roulement.",
        },
        "body": {
            "id": "Cara bayar dari yang paling aman bagi eksportir: uang muka (advance payment), letter of "
            "credit (L/C), documentary collection, lalu open account. Untuk pesanan pertama, minta "
            "uang muka sebagian. Modal kerja ekspor tersedia dari bank (KUR) dan LPEI; OJK membantu "
            "literasi keuangan.",
            "en": "Payment terms from safest for the exporter: advance payment, letter of credit (L/C), "
            "documentary collection, then open account. For a first order, ask for a partial "
            "advance. Export working capital is available from banks (KUR) and LPEI; OJK helps with "
            "financial literacy.",
            "zh-hans": "对出口商而言，从最安全到最不安全的付款方式依次为：预付款、信用证（L/C）、跟单托收、赊销。"
            "首笔订单应要求部分预付款。出口流动资金可向银行（KUR）和LPEI申请；OJK提供金融知识帮助。",
            "ja": "輸出者にとって安全な順の決済条件：前払い、信用状（L/C）、荷為替手形、オープンアカウント。"
            "最初の注文では一部前払いを求めましょう。輸出の運転資金は銀行（KUR）とLPEIから得られ、OJKが金融リテラシーを支援します。",
            "ar": "شروط الدفع من الأكثر أمانًا للمصدّر: الدفع المسبق، ثم الاعتماد المستندي (L/C)، ثم التحصيل "
            "المستندي، ثم الحساب المفتوح. في الطلبية الأولى اطلب دفعة مقدمة جزئية. يتوفر رأس المال العامل "
            "للتصدير من البنوك (KUR) ومن LPEI، وتساعد OJK في الثقافة المالية.",
            "fr": "Conditions de paiement, de la plus sûre pour l'exportateur : paiement d'avance, lettre de "
            "crédit (L/C), remise documentaire, puis compte ouvert. Pour une première commande, demandez "
            "un acompte. Le fonds de roulement export est disponible auprès des banques (KUR) et de LPEI ; "
            "l'OJK aide à l'éducation financière.",
        },
        "quiz": [
            (
                {
                    "id": "Cara bayar paling aman bagi eksportir adalah…",
                    "en": "The safest payment term for the exporter is…",
                    "zh-hans": "对出口商最安全的付款方式是……",
                    "ja": "輸出者にとって最も安全な決済条件は…",
                    "ar": "أكثر شروط الدفع أمانًا للمصدّر هو…",
                    "fr": "La condition de paiement la plus sûre pour l'exportateur est…",
                },
                [
                    (
                        {
                            "id": "uang muka (advance payment)",
                            "en": "advance payment",
                            "zh-hans": "预付款",
                            "ja": "前払い",
                            "ar": "الدفع المسبق",
                            "fr": "le paiement d'avance",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "open account",
                            "en": "open account",
                            "zh-hans": "赊销",
                            "ja": "オープンアカウント",
                            "ar": "الحساب المفتوح",
                            "fr": "le compte ouvert",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "bayar setelah barang laku",
                            "en": "payment after the goods are sold",
                            "zh-hans": "货物售出后付款",
                            "ja": "商品が売れてから支払い",
                            "ar": "الدفع بعد بيع البضاعة",
                            "fr": "le paiement après revente",
                        },
                        False,
                    ),
                ],
            ),
            (
                {
                    "id": "Lembaga pembiayaan ekspor Indonesia adalah…",
                    "en": "Indonesia's export financing agency is…",
                    "zh-hans": "印尼的出口融资机构是……",
                    "ja": "インドネシアの輸出金融機関は…",
                    "ar": "وكالة تمويل الصادرات الإندونيسية هي…",
                    "fr": "L'agence indonésienne de financement des exportations est…",
                },
                [
                    (
                        {
                            "id": "LPEI",
                            "en": "LPEI",
                            "zh-hans": "LPEI",
                            "ja": "LPEI",
                            "ar": "LPEI",
                            "fr": "LPEI",
                        },
                        True,
                    ),
                    (
                        {
                            "id": "BPOM",
                            "en": "BPOM",
                            "zh-hans": "BPOM",
                            "ja": "BPOM",
                            "ar": "BPOM",
                            "fr": "BPOM",
                        },
                        False,
                    ),
                    (
                        {
                            "id": "BPS",
                            "en": "BPS",
                            "zh-hans": "BPS",
                            "ja": "BPS",
                            "ar": "BPS",
                            "fr": "BPS",
                        },
                        False,
                    ),
                ],
            ),
        ],
    },
]

# Approximate centroids (latitude, longitude) of Lampung's regencies and cities, for the
# distance reason of class proposals (straight-line kilometres between centroids).
REGENCY_CENTROIDS = {
    "18.01": (-5.55, 105.55),
    "18.02": (-5.35, 104.60),
    "18.03": (-4.95, 104.85),
    "18.04": (-5.05, 104.30),
    "18.05": (-4.45, 105.30),
    "18.06": (-5.30, 105.70),
    "18.07": (-4.90, 105.25),
    "18.08": (-4.45, 104.60),
    "18.09": (-5.45, 105.10),
    "18.10": (-5.35, 104.95),
    "18.11": (-4.10, 105.50),
    "18.12": (-4.45, 105.10),
    "18.13": (-5.15, 103.95),
    "18.71": (-5.43, 105.26),
    "18.72": (-5.11, 105.31),
}

# Published anchors for the conversion from coaching to first export.
ANCHORS: list[dict[str, Any]] = [
    {
        "key": "sumbar-2023",
        "first_exporters": 16,
        "participants": 30,
        "source": "West Sumatra export coaching 2023 (DOMAIN.md)",
    },
    {
        "key": "lpei-jatim",
        "first_exporters": 50,
        "participants": 604,
        "source": "LPEI Coaching Program for New Exporters, East Java, by 2022 (DOMAIN.md)",
    },
]
