"""Self-paced learning modules with short quizzes (Indonesian authoritative, five translations).

`dimension` is the readiness dimension that the module's completion credits (see
training.services.learning_credit). The first choice listed with True is the correct one.
"""

from siapekspor.readiness.content.questionnaire_v1 import t

MODULES = [
    {
        "code": "prosedur-ekspor",
        "level": "pemula",
        "dimension": "commitment",
        "credit": 5,
        "title": t(
            "Prosedur ekspor",
            "Export procedures",
            "出口流程",
            "輸出手続き",
            "إجراءات التصدير",
            "Procédures d'export",
        ),
        "summary": t(
            "Langkah dari pesanan sampai barang berangkat.",
            "The steps from an order to the goods leaving port.",
            "从订单到货物离港的步骤。",
            "注文から貨物の出港までの流れ。",
            "الخطوات من الطلبية حتى مغادرة البضاعة الميناء.",
            "Les étapes de la commande au départ des marchandises.",
        ),
        "body": t(
            "Ekspor dimulai dengan NIB, kontrak atau pesanan pembeli, lalu produksi dan kemasan. "
            "Eksportir atau forwarder mengajukan PEB melalui Bea Cukai, menyiapkan invoice dan "
            "packing list, dan bila perlu surat keterangan asal serta sertifikat karantina. "
            "Mulailah dari ekspor tidak langsung bersama eksportir yang sudah berpengalaman.",
            "Exporting starts with an NIB, a contract or buyer's order, then production and "
            "packing. The exporter or forwarder files the export declaration (PEB) with customs, "
            "prepares the invoice and packing list and, where needed, a certificate of origin and "
            "a quarantine certificate. Start with indirect export alongside an experienced exporter.",
            "出口始于NIB、合同或买家订单，然后是生产和包装。出口商或货代通过海关提交出口报关单（PEB），"
            "准备发票和装箱单，必要时还需原产地证书和检疫证书。可先与有经验的出口商合作进行间接出口。",
            "輸出はNIB、契約またはバイヤーの注文から始まり、生産と梱包に進みます。輸出者またはフォワーダーが"
            "税関に輸出申告（PEB）を行い、インボイスとパッキングリスト、必要に応じて原産地証明書と検疫証明書を"
            "準備します。まずは経験ある輸出業者と組んだ間接輸出から始めましょう。",
            "يبدأ التصدير برقم NIB وعقد أو طلبية من المشتري، ثم الإنتاج والتغليف. يقدّم المصدّر أو وكيل الشحن "
            "بيان التصدير (PEB) إلى الجمارك، ويجهّز الفاتورة وقائمة التعبئة، وعند الحاجة شهادة المنشأ وشهادة "
            "الحجر الصحي. ابدأ بالتصدير غير المباشر مع مصدّر ذي خبرة.",
            "L'export commence par un NIB, un contrat ou une commande, puis la production et "
            "l'emballage. L'exportateur ou le transitaire dépose la déclaration d'export (PEB) en douane, "
            "prépare la facture et la liste de colisage et, si besoin, un certificat d'origine et un "
            "certificat phytosanitaire. Commencez par l'export indirect avec un exportateur expérimenté.",
        ),
        "quiz": [
            (
                t(
                    "Dokumen pabean untuk ekspor dari Indonesia adalah…",
                    "The customs document for exporting from Indonesia is…",
                    "从印尼出口的海关单证是……",
                    "インドネシアからの輸出の税関書類は…",
                    "المستند الجمركي للتصدير من إندونيسيا هو…",
                    "Le document douanier pour exporter depuis l'Indonésie est…",
                ),
                [
                    (
                        t(
                            "PEB (pemberitahuan ekspor barang)",
                            "PEB (export declaration)",
                            "PEB（出口报关单）",
                            "PEB（輸出申告）",
                            "PEB (بيان التصدير)",
                            "PEB (déclaration d'export)",
                        ),
                        True,
                    ),
                    (t("PIRT", "PIRT", "PIRT", "PIRT", "PIRT", "PIRT"), False),
                    (t("NPWP", "NPWP", "NPWP", "NPWP", "NPWP", "NPWP"), False),
                ],
            ),
            (
                t(
                    "Cara paling mudah memulai ekspor bagi IKM kecil adalah…",
                    "The easiest way for a small IKM to start exporting is…",
                    "小型企业开始出口最容易的方式是……",
                    "小規模な中小工業が輸出を始める最も簡単な方法は…",
                    "أسهل طريقة لبدء التصدير لمنشأة صغيرة هي…",
                    "La façon la plus simple pour une petite PMI de commencer à exporter est…",
                ),
                [
                    (
                        t(
                            "Ekspor tidak langsung melalui eksportir",
                            "Indirect export through an exporter",
                            "通过出口商间接出口",
                            "輸出業者を通じた間接輸出",
                            "التصدير غير المباشر عبر مصدّر",
                            "L'export indirect via un exportateur",
                        ),
                        True,
                    ),
                    (
                        t(
                            "Mengirim kontainer penuh sendiri",
                            "Shipping a full container alone",
                            "独自运送整柜",
                            "単独でコンテナ1本を送る",
                            "شحن حاوية كاملة بمفردك",
                            "Expédier seul un conteneur complet",
                        ),
                        False,
                    ),
                    (
                        t(
                            "Menunggu pembeli datang sendiri",
                            "Waiting for buyers to turn up",
                            "坐等买家上门",
                            "バイヤーが来るのを待つ",
                            "انتظار قدوم المشترين",
                            "Attendre que les acheteurs se présentent",
                        ),
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
        "title": t(
            "Kalkulasi biaya dan Incoterms",
            "Costing and Incoterms",
            "成本核算与国际贸易术语",
            "原価計算とインコタームズ",
            "حساب التكاليف وإنكوترمز",
            "Coûts et Incoterms",
        ),
        "summary": t(
            "Menghitung harga EXW, FOB dan CIF.",
            "Working out EXW, FOB and CIF prices.",
            "计算EXW、FOB和CIF价格。",
            "EXW・FOB・CIF価格の計算。",
            "حساب أسعار EXW وFOB وCIF.",
            "Calculer les prix EXW, FOB et CIF.",
        ),
        "body": t(
            "Harga EXW adalah harga di tempat usaha. FOB menambahkan biaya kemasan ekspor, angkutan "
            "ke pelabuhan muat, dokumen dan pengurusan ekspor sampai barang di atas kapal. CIF "
            "menambahkan ongkos angkut laut dan asuransi sampai pelabuhan tujuan. Pembeli luar "
            "negeri biasanya meminta harga FOB: siapkan daftar harga FOB per satuan dan per kontainer.",
            "The EXW price is the price at your premises. FOB adds export packing, transport to "
            "the port of loading, documents and export clearance until the goods are on board. "
            "CIF adds sea freight and insurance to the destination port. Foreign buyers usually ask "
            "for FOB: prepare an FOB price list per unit and per container.",
            "EXW价格是工厂交货价。FOB在此基础上加上出口包装、运至装运港的运输、单证和出口清关费用，直至货物装船。"
            "CIF再加上到目的港的海运费和保险费。海外买家通常要求FOB报价：请准备按单位和按集装箱的FOB价格表。",
            "EXW価格は自社の敷地での価格です。FOBは輸出梱包、積み地港までの輸送、書類と輸出通関を加え、"
            "本船に積み込むまでの価格です。CIFはさらに仕向港までの海上運賃と保険を加えます。海外バイヤーは通常FOBを求めます。"
            "単位当たりとコンテナ当たりのFOB価格表を用意しましょう。",
            "سعر EXW هو السعر في مقر المنشأة. ويضيف FOB تغليف التصدير والنقل إلى ميناء الشحن والمستندات "
            "والتخليص حتى تصبح البضاعة على متن السفينة. ويضيف CIF أجرة الشحن البحري والتأمين حتى ميناء الوصول. "
            "يطلب المشترون الأجانب عادة سعر FOB: جهّز قائمة أسعار FOB للوحدة وللحاوية.",
            "Le prix EXW est le prix dans vos locaux. Le FOB ajoute l'emballage export, le transport "
            "jusqu'au port de chargement, les documents et le dédouanement jusqu'à la mise à bord. Le CIF "
            "ajoute le fret maritime et l'assurance jusqu'au port de destination. Les acheteurs demandent "
            "souvent du FOB : préparez une liste de prix FOB par unité et par conteneur.",
        ),
        "quiz": [
            (
                t(
                    "Harga FOB berlaku sampai…",
                    "An FOB price covers costs until…",
                    "FOB价格涵盖的费用截至……",
                    "FOB価格が含む費用はどこまでか…",
                    "يغطي سعر FOB التكاليف حتى…",
                    "Un prix FOB couvre les coûts jusqu'à…",
                ),
                [
                    (
                        t(
                            "barang di atas kapal di pelabuhan muat",
                            "the goods are on board at the port of loading",
                            "货物在装运港装上船",
                            "積み地港で本船に積み込むまで",
                            "تحميل البضاعة على السفينة في ميناء الشحن",
                            "la mise à bord au port de chargement",
                        ),
                        True,
                    ),
                    (
                        t(
                            "barang tiba di gudang pembeli",
                            "the goods reach the buyer's warehouse",
                            "货物到达买家仓库",
                            "バイヤーの倉庫に届くまで",
                            "وصول البضاعة إلى مستودع المشتري",
                            "l'arrivée à l'entrepôt de l'acheteur",
                        ),
                        False,
                    ),
                    (
                        t(
                            "barang keluar dari tempat usaha",
                            "the goods leave your premises",
                            "货物离开工厂",
                            "自社の敷地を出るまで",
                            "خروج البضاعة من مقر المنشأة",
                            "la sortie de vos locaux",
                        ),
                        False,
                    ),
                ],
            ),
            (
                t(
                    "CIF menambahkan pada FOB…",
                    "CIF adds to FOB…",
                    "CIF在FOB基础上增加……",
                    "CIFがFOBに加えるのは…",
                    "يضيف CIF إلى FOB…",
                    "Le CIF ajoute au FOB…",
                ),
                [
                    (
                        t(
                            "ongkos angkut laut dan asuransi",
                            "sea freight and insurance",
                            "海运费和保险费",
                            "海上運賃と保険",
                            "الشحن البحري والتأمين",
                            "le fret maritime et l'assurance",
                        ),
                        True,
                    ),
                    (
                        t(
                            "bea masuk negara tujuan",
                            "import duty at destination",
                            "目的国进口关税",
                            "仕向国の輸入関税",
                            "رسوم الاستيراد في بلد الوصول",
                            "les droits d'importation",
                        ),
                        False,
                    ),
                    (
                        t(
                            "biaya produksi",
                            "production cost",
                            "生产成本",
                            "生産コスト",
                            "تكلفة الإنتاج",
                            "le coût de production",
                        ),
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
        "title": t(
            "Dokumen dan sertifikat",
            "Documents and certificates",
            "单证与认证",
            "書類と認証",
            "المستندات والشهادات",
            "Documents et certificats",
        ),
        "summary": t(
            "Invoice, packing list, SKA, label, dan sertifikat pasar tujuan.",
            "Invoice, packing list, certificate of origin, labels and market certificates.",
            "发票、装箱单、原产地证、标签和目标市场认证。",
            "インボイス、パッキングリスト、原産地証明書、ラベル、市場の認証。",
            "الفاتورة وقائمة التعبئة وشهادة المنشأ والملصقات وشهادات السوق.",
            "Facture, liste de colisage, certificat d'origine, étiquetage et certificats du marché.",
        ),
        "body": t(
            "Setiap pengiriman butuh commercial invoice, packing list dan bill of lading. Surat "
            "keterangan asal (SKA) seperti Form D, Form E atau IJEPA bisa menurunkan bea masuk di "
            "negara tujuan. Label harus memakai bahasa negara tujuan. Pasar tertentu menuntut "
            "sertifikat: HACCP, registrasi FDA, GACC, atau halal yang diakui SFDA.",
            "Every shipment needs a commercial invoice, packing list and bill of lading. A "
            "certificate of origin such as Form D, Form E or IJEPA can lower import duty at "
            "destination. Labels must use the destination's language. Some markets demand "
            "certificates: HACCP, FDA registration, GACC or SFDA-recognised halal.",
            "每批货物都需要商业发票、装箱单和提单。Form D、Form E或IJEPA等原产地证书可降低目的国进口关税。"
            "标签须使用目的国语言。部分市场要求认证：HACCP、FDA注册、GACC或SFDA认可的清真认证。",
            "出荷ごとにコマーシャルインボイス、パッキングリスト、船荷証券が必要です。Form D、Form E、IJEPAなどの"
            "原産地証明書は仕向国の輸入関税を下げられます。ラベルは仕向国の言語で表示します。市場によっては"
            "HACCP、FDA登録、GACC、SFDA認定ハラールなどの認証が求められます。",
            "تحتاج كل شحنة إلى فاتورة تجارية وقائمة تعبئة وبوليصة شحن. ويمكن لشهادة المنشأ مثل Form D أو "
            "Form E أو IJEPA أن تخفض رسوم الاستيراد في بلد الوصول. يجب أن تكون الملصقات بلغة بلد الوصول. "
            "وتطلب بعض الأسواق شهادات مثل HACCP أو تسجيل FDA أو GACC أو الحلال المعترف به من SFDA.",
            "Chaque expédition exige une facture commerciale, une liste de colisage et un connaissement. "
            "Un certificat d'origine (Form D, Form E, IJEPA…) peut réduire les droits à destination. "
            "L'étiquette doit être dans la langue du pays de destination. Certains marchés exigent des "
            "certificats : HACCP, enregistrement FDA, GACC ou halal reconnu par la SFDA.",
        ),
        "quiz": [
            (
                t(
                    "Dokumen yang bisa menurunkan bea masuk di negara tujuan adalah…",
                    "The document that can lower import duty at destination is…",
                    "可降低目的国进口关税的单证是……",
                    "仕向国の輸入関税を下げられる書類は…",
                    "المستند الذي قد يخفض رسوم الاستيراد في بلد الوصول هو…",
                    "Le document qui peut réduire les droits à destination est…",
                ),
                [
                    (
                        t(
                            "Surat keterangan asal (SKA)",
                            "Certificate of origin",
                            "原产地证书",
                            "原産地証明書",
                            "شهادة المنشأ",
                            "Le certificat d'origine",
                        ),
                        True,
                    ),
                    (
                        t(
                            "Packing list",
                            "Packing list",
                            "装箱单",
                            "パッキングリスト",
                            "قائمة التعبئة",
                            "La liste de colisage",
                        ),
                        False,
                    ),
                    (
                        t(
                            "Kartu nama",
                            "Business card",
                            "名片",
                            "名刺",
                            "بطاقة العمل",
                            "La carte de visite",
                        ),
                        False,
                    ),
                ],
            ),
            (
                t(
                    "Ke Arab Saudi, sertifikat halal harus…",
                    "For Saudi Arabia, a halal certificate must…",
                    "出口沙特阿拉伯时，清真证书必须……",
                    "サウジアラビア向けのハラール認証は…",
                    "للتصدير إلى السعودية يجب أن تكون شهادة الحلال…",
                    "Pour l'Arabie saoudite, un certificat halal doit…",
                ),
                [
                    (
                        t(
                            "dari lembaga yang diakui SFDA",
                            "come from an SFDA-recognised body",
                            "由SFDA认可的机构出具",
                            "SFDA認定機関が発行したもの",
                            "صادرة عن جهة معترف بها من SFDA",
                            "venir d'un organisme reconnu par la SFDA",
                        ),
                        True,
                    ),
                    (
                        t(
                            "tidak diperlukan",
                            "is not needed",
                            "不需要",
                            "不要",
                            "غير مطلوبة",
                            "n'est pas nécessaire",
                        ),
                        False,
                    ),
                    (
                        t(
                            "ditulis tangan",
                            "be handwritten",
                            "手写",
                            "手書き",
                            "مكتوبة بخط اليد",
                            "être manuscrit",
                        ),
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
        "title": t(
            "Riset pasar",
            "Market research",
            "市场调研",
            "市場調査",
            "أبحاث السوق",
            "Étude de marché",
        ),
        "summary": t(
            "Memilih negara tujuan dengan data.",
            "Choosing a destination country with data.",
            "用数据选择目标国家。",
            "データで輸出先国を選ぶ。",
            "اختيار بلد الوجهة بالبيانات.",
            "Choisir un pays de destination avec des données.",
        ),
        "body": t(
            "Bandingkan negara tujuan menurut nilai impor produk Anda (kode HS), pertumbuhannya, "
            "tarif bea masuk, persyaratan sertifikat dan jarak pengiriman. Pilih satu atau dua "
            "negara dahulu. Halaman pasar SiapEkspor menampilkan data perdagangan per kode HS.",
            "Compare destination countries by their imports of your product (HS code), growth, "
            "import duty, certificate requirements and shipping distance. Pick one or two countries "
            "first. The SiapEkspor markets pages show trade data per HS code.",
            "按产品（HS编码）进口额、增长率、进口关税、认证要求和运输距离比较目标国家。先选一两个国家。"
            "SiapEkspor的市场页面按HS编码展示贸易数据。",
            "製品（HSコード）の輸入額、伸び率、輸入関税、認証要件、輸送距離で輸出先国を比較します。"
            "まず1～2か国を選びましょう。SiapEksporの市場ページにHSコード別の貿易データがあります。",
            "قارن بين الدول المستهدفة حسب وارداتها من منتجك (رمز HS) ونموها ورسوم الاستيراد ومتطلبات "
            "الشهادات ومسافة الشحن. اختر دولة أو دولتين أولًا. تعرض صفحات الأسواق في SiapEkspor بيانات "
            "التجارة لكل رمز HS.",
            "Comparez les pays selon leurs importations de votre produit (code SH), leur croissance, "
            "les droits de douane, les certificats exigés et la distance. Choisissez d'abord un ou deux "
            "pays. Les pages marchés de SiapEkspor montrent les données commerciales par code SH.",
        ),
        "quiz": [
            (
                t(
                    "Kode yang dipakai untuk mencari data perdagangan produk adalah…",
                    "The code used to look up a product's trade data is…",
                    "查询产品贸易数据使用的编码是……",
                    "製品の貿易データを調べるのに使うコードは…",
                    "الرمز المستخدم للبحث عن بيانات تجارة المنتج هو…",
                    "Le code utilisé pour chercher les données commerciales d'un produit est…",
                ),
                [
                    (
                        t("Kode HS", "The HS code", "HS编码", "HSコード", "رمز HS", "Le code SH"),
                        True,
                    ),
                    (
                        t(
                            "Kode pos",
                            "The postcode",
                            "邮政编码",
                            "郵便番号",
                            "الرمز البريدي",
                            "Le code postal",
                        ),
                        False,
                    ),
                    (t("NIK", "The NIK", "NIK", "NIK", "NIK", "Le NIK"), False),
                ],
            ),
            (
                t(
                    "Untuk awal, sebaiknya fokus pada…",
                    "To begin with, it is best to focus on…",
                    "起步阶段最好专注于……",
                    "始めのうちは何に集中するのがよいか…",
                    "في البداية من الأفضل التركيز على…",
                    "Pour commencer, mieux vaut se concentrer sur…",
                ),
                [
                    (
                        t(
                            "satu atau dua negara",
                            "one or two countries",
                            "一两个国家",
                            "1～2か国",
                            "دولة أو دولتين",
                            "un ou deux pays",
                        ),
                        True,
                    ),
                    (
                        t(
                            "semua negara sekaligus",
                            "every country at once",
                            "同时所有国家",
                            "すべての国に同時に",
                            "جميع الدول دفعة واحدة",
                            "tous les pays à la fois",
                        ),
                        False,
                    ),
                    (
                        t(
                            "negara yang paling jauh",
                            "the furthest country",
                            "最远的国家",
                            "最も遠い国",
                            "أبعد دولة",
                            "le pays le plus lointain",
                        ),
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
        "title": t(
            "Pembeli dan negosiasi",
            "Buyers and negotiation",
            "买家与谈判",
            "バイヤーと交渉",
            "المشترون والتفاوض",
            "Acheteurs et négociation",
        ),
        "summary": t(
            "Menemukan pembeli, mengirim sampel dan penawaran.",
            "Finding buyers, sending samples and offers.",
            "寻找买家、寄送样品和报价。",
            "バイヤー探し、サンプルと見積りの送付。",
            "إيجاد المشترين وإرسال العينات والعروض.",
            "Trouver des acheteurs, envoyer échantillons et offres.",
        ),
        "body": t(
            "Pembeli ditemukan lewat pameran, atase perdagangan, platform B2B dan katalog ekspor. "
            "Balas pertanyaan dalam 24 jam dengan katalog berbahasa Inggris, spesifikasi, harga FOB, "
            "jumlah pesanan minimum dan waktu kirim. Kirim sampel yang sama dengan produksi massal "
            "dan catat setiap kesepakatan secara tertulis.",
            "Buyers are found through trade fairs, trade attachés, B2B platforms and export "
            "catalogues. Answer inquiries within 24 hours with an English catalogue, specifications, "
            "FOB price, minimum order and lead time. Send samples identical to mass production and "
            "put every agreement in writing.",
            "买家可通过展会、商务参赞、B2B平台和出口目录找到。24小时内回复询价，附英文目录、规格、FOB价格、"
            "最小订购量和交货期。寄送与批量生产一致的样品，并书面记录每项约定。",
            "バイヤーは見本市、商務官、B2Bプラットフォーム、輸出カタログで見つかります。問い合わせには24時間以内に、"
            "英語カタログ、仕様、FOB価格、最小注文数量、納期を添えて返信します。量産品と同じサンプルを送り、"
            "合意はすべて書面に残しましょう。",
            "يُعثر على المشترين عبر المعارض والملحقين التجاريين ومنصات B2B وكتالوجات التصدير. أجب عن "
            "الاستفسارات خلال 24 ساعة بكتالوج إنجليزي ومواصفات وسعر FOB والحد الأدنى للطلب ومدة التسليم. "
            "أرسل عينات مطابقة للإنتاج الكمي ودوّن كل اتفاق كتابيًا.",
            "On trouve des acheteurs dans les salons, auprès des attachés commerciaux, sur les "
            "plateformes B2B et dans les catalogues export. Répondez sous 24 heures avec un catalogue "
            "en anglais, les spécifications, le prix FOB, la commande minimale et le délai. Envoyez des "
            "échantillons identiques à la production et mettez chaque accord par écrit.",
        ),
        "quiz": [
            (
                t(
                    "Pertanyaan pembeli sebaiknya dijawab dalam…",
                    "A buyer's inquiry should be answered within…",
                    "买家询价应在多长时间内回复……",
                    "バイヤーの問い合わせにはいつまでに返信すべきか…",
                    "يجب الرد على استفسار المشتري خلال…",
                    "Il faut répondre à une demande d'acheteur sous…",
                ),
                [
                    (t("24 jam", "24 hours", "24小时", "24時間", "24 ساعة", "24 heures"), True),
                    (t("satu bulan", "one month", "一个月", "1か月", "شهر واحد", "un mois"), False),
                    (
                        t(
                            "tidak perlu dijawab",
                            "no answer is needed",
                            "无需回复",
                            "返信は不要",
                            "لا حاجة للرد",
                            "pas besoin de répondre",
                        ),
                        False,
                    ),
                ],
            ),
            (
                t(
                    "Sampel yang dikirim harus…",
                    "Samples you send must…",
                    "寄送的样品必须……",
                    "送るサンプルは…",
                    "يجب أن تكون العينات المرسلة…",
                    "Les échantillons envoyés doivent…",
                ),
                [
                    (
                        t(
                            "sama dengan produksi massal",
                            "match mass production",
                            "与批量生产一致",
                            "量産品と同じであること",
                            "مطابقة للإنتاج الكمي",
                            "correspondre à la production",
                        ),
                        True,
                    ),
                    (
                        t(
                            "lebih bagus dari produksi massal",
                            "be better than mass production",
                            "比批量生产更好",
                            "量産品より良いこと",
                            "أفضل من الإنتاج الكمي",
                            "être meilleurs que la production",
                        ),
                        False,
                    ),
                    (
                        t(
                            "tanpa label",
                            "have no label",
                            "没有标签",
                            "ラベルなし",
                            "بلا ملصق",
                            "être sans étiquette",
                        ),
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
        "title": t(
            "Pembayaran dan pembiayaan",
            "Payment and finance",
            "支付与融资",
            "支払いと資金調達",
            "الدفع والتمويل",
            "Paiement et financement",
        ),
        "summary": t(
            "Cara bayar ekspor dan sumber modal kerja.",
            "Export payment terms and working capital.",
            "出口付款方式与流动资金来源。",
            "輸出の決済条件と運転資金。",
            "شروط الدفع في التصدير ورأس المال العامل.",
            "Conditions de paiement à l'export et fonds de roulement.",
        ),
        "body": t(
            "Cara bayar dari yang paling aman bagi eksportir: uang muka (advance payment), letter of "
            "credit (L/C), documentary collection, lalu open account. Untuk pesanan pertama, minta "
            "uang muka sebagian. Modal kerja ekspor tersedia dari bank (KUR) dan LPEI; OJK membantu "
            "literasi keuangan.",
            "Payment terms from safest for the exporter: advance payment, letter of credit (L/C), "
            "documentary collection, then open account. For a first order, ask for a partial "
            "advance. Export working capital is available from banks (KUR) and LPEI; OJK helps with "
            "financial literacy.",
            "对出口商而言，从最安全到最不安全的付款方式依次为：预付款、信用证（L/C）、跟单托收、赊销。"
            "首笔订单应要求部分预付款。出口流动资金可向银行（KUR）和LPEI申请；OJK提供金融知识帮助。",
            "輸出者にとって安全な順の決済条件：前払い、信用状（L/C）、荷為替手形、オープンアカウント。"
            "最初の注文では一部前払いを求めましょう。輸出の運転資金は銀行（KUR）とLPEIから得られ、OJKが金融リテラシーを支援します。",
            "شروط الدفع من الأكثر أمانًا للمصدّر: الدفع المسبق، ثم الاعتماد المستندي (L/C)، ثم التحصيل "
            "المستندي، ثم الحساب المفتوح. في الطلبية الأولى اطلب دفعة مقدمة جزئية. يتوفر رأس المال العامل "
            "للتصدير من البنوك (KUR) ومن LPEI، وتساعد OJK في الثقافة المالية.",
            "Conditions de paiement, de la plus sûre pour l'exportateur : paiement d'avance, lettre de "
            "crédit (L/C), remise documentaire, puis compte ouvert. Pour une première commande, demandez "
            "un acompte. Le fonds de roulement export est disponible auprès des banques (KUR) et de LPEI ; "
            "l'OJK aide à l'éducation financière.",
        ),
        "quiz": [
            (
                t(
                    "Cara bayar paling aman bagi eksportir adalah…",
                    "The safest payment term for the exporter is…",
                    "对出口商最安全的付款方式是……",
                    "輸出者にとって最も安全な決済条件は…",
                    "أكثر شروط الدفع أمانًا للمصدّر هو…",
                    "La condition de paiement la plus sûre pour l'exportateur est…",
                ),
                [
                    (
                        t(
                            "uang muka (advance payment)",
                            "advance payment",
                            "预付款",
                            "前払い",
                            "الدفع المسبق",
                            "le paiement d'avance",
                        ),
                        True,
                    ),
                    (
                        t(
                            "open account",
                            "open account",
                            "赊销",
                            "オープンアカウント",
                            "الحساب المفتوح",
                            "le compte ouvert",
                        ),
                        False,
                    ),
                    (
                        t(
                            "bayar setelah barang laku",
                            "payment after the goods are sold",
                            "货物售出后付款",
                            "商品が売れてから支払い",
                            "الدفع بعد بيع البضاعة",
                            "le paiement après revente",
                        ),
                        False,
                    ),
                ],
            ),
            (
                t(
                    "Lembaga pembiayaan ekspor Indonesia adalah…",
                    "Indonesia's export financing agency is…",
                    "印尼的出口融资机构是……",
                    "インドネシアの輸出金融機関は…",
                    "وكالة تمويل الصادرات الإندونيسية هي…",
                    "L'agence indonésienne de financement des exportations est…",
                ),
                [
                    (t("LPEI", "LPEI", "LPEI", "LPEI", "LPEI", "LPEI"), True),
                    (t("BPOM", "BPOM", "BPOM", "BPOM", "BPOM", "BPOM"), False),
                    (t("BPS", "BPS", "BPS", "BPS", "BPS", "BPS"), False),
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
ANCHORS = [
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
