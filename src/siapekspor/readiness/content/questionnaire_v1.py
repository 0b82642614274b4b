"""The readiness questionnaire, version 1, as data (Indonesian authoritative, five translations).

Most questions are statements answered on one four-step scale; the gate questions (NIB, FOB
price list, certificates of the target market) have their own answers. `next` is the concrete
next step shown in the gap list when the answer is below a full score: a learning module
(`module`, by module code), a certificate (`certificate`) or a referral (`referral`).
"""

LANGS = ("id", "en", "zh_hans", "ja", "ar", "fr")


def t(id_, en, zh, ja, ar, fr):
    return dict(zip(LANGS, (id_, en, zh, ja, ar, fr), strict=True))


SCALE = [
    (
        "belum",
        0,
        t(
            "Belum sama sekali",
            "Not at all",
            "完全没有",
            "まったくない",
            "لا على الإطلاق",
            "Pas du tout",
        ),
    ),
    (
        "mulai",
        35,
        t(
            "Baru mulai",
            "Just started",
            "刚刚开始",
            "始めたばかり",
            "بدأنا للتو",
            "Tout juste commencé",
        ),
    ),
    (
        "sebagian",
        70,
        t(
            "Sebagian besar sudah",
            "Mostly in place",
            "大部分已到位",
            "ほぼできている",
            "متوفر في معظمه",
            "En grande partie",
        ),
    ),
    (
        "penuh",
        100,
        t(
            "Sudah sepenuhnya",
            "Fully in place",
            "已完全到位",
            "完全にできている",
            "متوفر بالكامل",
            "Entièrement",
        ),
    ),
]

YES_PROCESS_NO = [
    ("tidak", 0, t("Belum punya", "No", "没有", "ない", "لا", "Non")),
    (
        "proses",
        30,
        t("Sedang diurus", "Being arranged", "正在办理", "手続き中", "قيد الإجراء", "En cours"),
    ),
    ("ya", 100, t("Sudah punya", "Yes", "有", "ある", "نعم", "Oui")),
]

QUESTIONNAIRE = {
    "version": 1,
    "title": t(
        "Diagnosis kesiapan ekspor IKM",
        "IKM export readiness diagnosis",
        "中小工业出口准备度诊断",
        "中小工業の輸出準備度診断",
        "تشخيص جاهزية الصناعات الصغيرة والمتوسطة للتصدير",
        "Diagnostic de préparation à l'export des PMI",
    ),
    "dimensions": [
        {
            "code": "commitment",
            "weight": 2,
            "name": t(
                "Komitmen manajemen",
                "Management commitment",
                "管理层承诺",
                "経営者のコミットメント",
                "التزام الإدارة",
                "Engagement de la direction",
            ),
            "questions": [
                {
                    "code": "commit_plan",
                    "weight": 2,
                    "text": t(
                        "Usaha saya punya rencana ekspor tertulis dengan target dan anggaran.",
                        "My business has a written export plan with targets and a budget.",
                        "我的企业有书面的出口计划，包括目标和预算。",
                        "当社には目標と予算を含む書面の輸出計画がある。",
                        "لدى منشأتي خطة تصدير مكتوبة تتضمن أهدافًا وميزانية.",
                        "Mon entreprise a un plan d'export écrit avec des objectifs et un budget.",
                    ),
                    "next": (
                        "module",
                        "prosedur-ekspor",
                        t(
                            "Pelajari modul Prosedur ekspor dan susun rencana ekspor sederhana.",
                            "Study the Export procedures module and write a simple export plan.",
                            "学习“出口流程”模块并制定简单的出口计划。",
                            "「輸出手続き」モジュールを学び、簡単な輸出計画を作成する。",
                            "ادرس وحدة إجراءات التصدير واكتب خطة تصدير بسيطة.",
                            "Suivez le module Procédures d'export et rédigez un plan d'export simple.",
                        ),
                    ),
                },
                {
                    "code": "commit_time",
                    "weight": 1,
                    "text": t(
                        "Pemilik atau staf menyediakan waktu tetap setiap minggu untuk urusan ekspor.",
                        "The owner or a staff member sets aside fixed time every week for export work.",
                        "企业主或员工每周固定安排时间处理出口事务。",
                        "経営者または従業員が毎週決まった時間を輸出業務に充てている。",
                        "يخصص المالك أو أحد الموظفين وقتًا ثابتًا كل أسبوع لأعمال التصدير.",
                        "Le dirigeant ou un employé consacre chaque semaine un temps fixe à l'export.",
                    ),
                    "next": (
                        "referral",
                        "Disperindag",
                        t(
                            "Ikuti kelas ekspor Disperindag dan tunjuk satu penanggung jawab ekspor.",
                            "Join a Disperindag export class and name one person responsible for exports.",
                            "参加工贸厅出口培训班，并指定一名出口负责人。",
                            "商工局の輸出講座に参加し、輸出担当者を1名決める。",
                            "انضم إلى صف التصدير لدى مكتب الصناعة والتجارة وعيّن مسؤولًا واحدًا عن التصدير.",
                            "Inscrivez-vous à une classe export de la Disperindag et désignez un responsable export.",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "product",
            "weight": 2,
            "name": t(
                "Produk dan mutu",
                "Product and quality",
                "产品与质量",
                "製品と品質",
                "المنتج والجودة",
                "Produit et qualité",
            ),
            "questions": [
                {
                    "code": "product_quality",
                    "weight": 2,
                    "text": t(
                        "Mutu produk saya konsisten dan mengikuti standar tertulis.",
                        "My product quality is consistent and follows a written standard.",
                        "我的产品质量稳定，并遵循书面标准。",
                        "製品の品質は安定しており、書面の基準に従っている。",
                        "جودة منتجي ثابتة وتتبع معيارًا مكتوبًا.",
                        "La qualité de mon produit est constante et suit une norme écrite.",
                    ),
                    "next": (
                        "referral",
                        "Disperindag",
                        t(
                            "Minta pendampingan mutu dan standar produksi dari Disperindag.",
                            "Ask Disperindag for quality and production-standard assistance.",
                            "向工贸厅申请质量和生产标准辅导。",
                            "商工局に品質・生産基準の支援を依頼する。",
                            "اطلب من مكتب الصناعة والتجارة المساعدة في الجودة ومعايير الإنتاج.",
                            "Demandez à la Disperindag un accompagnement qualité et normes de production.",
                        ),
                    ),
                },
                {
                    "code": "product_packaging",
                    "weight": 1,
                    "text": t(
                        "Kemasan dan label saya siap ekspor (bahasa Inggris, masa simpan, komposisi).",
                        "My packaging and label are export-ready (English, shelf life, ingredients).",
                        "我的包装和标签符合出口要求（英文、保质期、成分）。",
                        "包装とラベルは輸出対応済み（英語、賞味期限、原材料）。",
                        "التغليف والملصق جاهزان للتصدير (بالإنجليزية، مدة الصلاحية، المكونات).",
                        "Mon emballage et mon étiquette sont prêts pour l'export (anglais, durée de conservation, composition).",
                    ),
                    "next": (
                        "module",
                        "dokumen-sertifikat",
                        t(
                            "Pelajari modul Dokumen dan sertifikat, bagian label dan kemasan.",
                            "Study the Documents and certificates module, section on labels and packaging.",
                            "学习“单证与认证”模块中的标签与包装部分。",
                            "「書類と認証」モジュールのラベルと包装の章を学ぶ。",
                            "ادرس وحدة المستندات والشهادات، قسم الملصقات والتغليف.",
                            "Suivez le module Documents et certificats, partie étiquetage et emballage.",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "capacity",
            "weight": 1,
            "name": t(
                "Kapasitas produksi",
                "Production capacity",
                "生产能力",
                "生産能力",
                "الطاقة الإنتاجية",
                "Capacité de production",
            ),
            "questions": [
                {
                    "code": "capacity_volume",
                    "weight": 2,
                    "text": t(
                        "Saya sanggup memasok volume yang sama setiap bulan sepanjang tahun.",
                        "I can supply the same volume every month all year round.",
                        "我能全年每月稳定供应相同数量。",
                        "年間を通じて毎月同じ数量を供給できる。",
                        "أستطيع توريد الكمية نفسها كل شهر طوال العام.",
                        "Je peux livrer le même volume chaque mois toute l'année.",
                    ),
                    "next": (
                        "referral",
                        "Disperindag",
                        t(
                            "Minta pendampingan peningkatan kapasitas (mesin, bahan baku) dari Disperindag.",
                            "Ask Disperindag for capacity assistance (machinery, raw materials).",
                            "向工贸厅申请产能提升辅导（设备、原料）。",
                            "商工局に生産能力向上（機械、原材料）の支援を依頼する。",
                            "اطلب من مكتب الصناعة والتجارة المساعدة في رفع الطاقة (الآلات، المواد الخام).",
                            "Demandez à la Disperindag un appui pour la capacité (machines, matières premières).",
                        ),
                    ),
                },
                {
                    "code": "capacity_scaleup",
                    "weight": 1,
                    "text": t(
                        "Saya bisa menggandakan produksi dalam tiga bulan bila ada pesanan besar.",
                        "I could double production within three months for a large order.",
                        "如有大订单，我能在三个月内将产量翻倍。",
                        "大口注文があれば3か月以内に生産を倍増できる。",
                        "أستطيع مضاعفة الإنتاج خلال ثلاثة أشهر عند ورود طلبية كبيرة.",
                        "Je pourrais doubler la production en trois mois pour une grosse commande.",
                    ),
                    "next": (
                        "referral",
                        "LPEI",
                        t(
                            "Bicarakan pembiayaan modal kerja untuk menambah kapasitas dengan LPEI.",
                            "Discuss working-capital financing for more capacity with LPEI.",
                            "与印尼进出口银行（LPEI）商谈扩大产能的流动资金融资。",
                            "生産拡大のための運転資金融資をLPEIと相談する。",
                            "ناقش مع LPEI تمويل رأس المال العامل لزيادة الطاقة.",
                            "Discutez avec LPEI d'un financement du fonds de roulement pour augmenter la capacité.",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "legality",
            "weight": 2,
            "name": t(
                "Legalitas dan sertifikasi",
                "Legality and certification",
                "合法性与认证",
                "法的要件と認証",
                "الوضع القانوني والشهادات",
                "Légalité et certification",
            ),
            "questions": [
                {
                    "code": "legal_nib",
                    "weight": 2,
                    "options": YES_PROCESS_NO,
                    "text": t(
                        "Apakah usaha Anda sudah memiliki NIB (Nomor Induk Berusaha) dari OSS?",
                        "Does your business have an NIB (business identification number) from OSS?",
                        "您的企业是否已在OSS系统取得NIB（营业识别号）？",
                        "OSSで発行されるNIB（事業者番号）を取得していますか？",
                        "هل لدى منشأتك رقم NIB (رقم تعريف الأعمال) من نظام OSS؟",
                        "Votre entreprise a-t-elle un NIB (numéro d'identification d'entreprise) délivré par l'OSS ?",
                    ),
                    "next": (
                        "referral",
                        "DPMPTSP",
                        t(
                            "Daftarkan NIB di OSS (oss.go.id); petugas Disperindag dapat membantu.",
                            "Register an NIB in OSS (oss.go.id); a Disperindag officer can help.",
                            "在OSS（oss.go.id）注册NIB；工贸厅工作人员可提供协助。",
                            "OSS（oss.go.id）でNIBを登録する。商工局の職員が支援できる。",
                            "سجّل رقم NIB في نظام OSS (oss.go.id)؛ يمكن لموظف مكتب الصناعة والتجارة المساعدة.",
                            "Enregistrez un NIB sur l'OSS (oss.go.id) ; un agent de la Disperindag peut vous aider.",
                        ),
                    ),
                },
                {
                    "code": "legal_permit",
                    "weight": 1,
                    "text": t(
                        "Produk saya punya izin edar dalam negeri (PIRT, BPOM MD, halal atau SNI sesuai produk).",
                        "My product has its domestic permits (PIRT, BPOM MD, halal or SNI as applicable).",
                        "我的产品已取得国内上市许可（视产品而定：PIRT、BPOM MD、清真或SNI）。",
                        "製品は国内の許可（製品に応じてPIRT、BPOM MD、ハラール、SNI）を取得している。",
                        "لدى منتجي تصاريح التداول المحلية (PIRT أو BPOM MD أو حلال أو SNI حسب المنتج).",
                        "Mon produit a ses autorisations nationales (PIRT, BPOM MD, halal ou SNI selon le produit).",
                    ),
                    "next": (
                        "certificate",
                        "PIRT / BPOM MD / Halal",
                        t(
                            "Urus izin edar dan sertifikat halal; mulai dari PIRT atau BPOM MD sesuai produk.",
                            "Obtain the marketing permit and halal certificate; start with PIRT or BPOM MD.",
                            "办理上市许可和清真认证；视产品先办PIRT或BPOM MD。",
                            "販売許可とハラール認証を取得する。製品に応じてPIRTかBPOM MDから始める。",
                            "استخرج تصريح التداول وشهادة الحلال؛ ابدأ بـ PIRT أو BPOM MD حسب المنتج.",
                            "Obtenez l'autorisation de mise sur le marché et le certificat halal ; commencez par PIRT ou BPOM MD.",
                        ),
                    ),
                },
                {
                    "code": "legal_market_certs",
                    "weight": 2,
                    "options": [
                        (
                            "belum_pasar",
                            0,
                            t(
                                "Belum tahu pasar tujuan",
                                "No target market yet",
                                "尚未确定目标市场",
                                "輸出先市場が未定",
                                "لم أحدد السوق المستهدفة بعد",
                                "Pas encore de marché cible",
                            ),
                        ),
                        (
                            "tahu",
                            20,
                            t(
                                "Tahu syaratnya, belum punya sertifikat",
                                "I know the requirements but hold none",
                                "了解要求，但尚无证书",
                                "要件は知っているが認証はない",
                                "أعرف المتطلبات لكن لا أملك أي شهادة",
                                "Je connais les exigences mais n'ai aucun certificat",
                            ),
                        ),
                        (
                            "sebagian",
                            60,
                            t(
                                "Sebagian sertifikat sudah ada",
                                "Some of them",
                                "已有部分证书",
                                "一部の認証がある",
                                "بعضها متوفر",
                                "Une partie",
                            ),
                        ),
                        (
                            "lengkap",
                            100,
                            t(
                                "Semua sertifikat yang dituntut pasar tujuan sudah ada",
                                "All certificates the target market demands",
                                "已具备目标市场要求的全部证书",
                                "輸出先市場が求める認証をすべて持っている",
                                "جميع الشهادات التي تطلبها السوق المستهدفة",
                                "Tous les certificats exigés par le marché cible",
                            ),
                        ),
                    ],
                    "text": t(
                        "Apakah Anda memiliki sertifikat yang dituntut pasar tujuan (mis. HACCP, registrasi FDA, halal yang diakui SFDA, GACC, organik)?",
                        "Do you hold the certificates your target market demands (e.g. HACCP, FDA registration, SFDA-recognised halal, GACC, organic)?",
                        "您是否持有目标市场要求的证书（如HACCP、FDA注册、SFDA认可的清真、GACC、有机）？",
                        "輸出先市場が求める認証（HACCP、FDA登録、SFDA認定ハラール、GACC、有機など）を持っていますか？",
                        "هل تملك الشهادات التي تطلبها السوق المستهدفة (مثل HACCP وتسجيل FDA والحلال المعترف به من SFDA وGACC والعضوي)؟",
                        "Détenez-vous les certificats exigés par votre marché cible (HACCP, enregistrement FDA, halal reconnu par la SFDA, GACC, bio…) ?",
                    ),
                    "next": (
                        "certificate",
                        "HACCP / FDA / GACC / Halal SFDA",
                        t(
                            "Daftar sertifikat yang dituntut pasar tujuan dan ajukan pendampingan sertifikasi.",
                            "List the certificates your target market demands and apply for certification assistance.",
                            "列出目标市场要求的证书并申请认证辅导。",
                            "輸出先市場が求める認証を洗い出し、認証取得支援を申請する。",
                            "حدّد الشهادات التي تطلبها السوق المستهدفة وقدّم طلبًا للمساعدة في الحصول عليها.",
                            "Listez les certificats exigés par le marché cible et demandez un accompagnement à la certification.",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "market",
            "weight": 1,
            "name": t(
                "Pengetahuan pasar",
                "Market knowledge",
                "市场知识",
                "市場知識",
                "المعرفة بالسوق",
                "Connaissance du marché",
            ),
            "questions": [
                {
                    "code": "market_target",
                    "weight": 2,
                    "text": t(
                        "Saya sudah memilih negara tujuan berdasarkan data permintaan dan persyaratannya.",
                        "I have chosen a destination country from demand data and its requirements.",
                        "我已根据需求数据和准入要求选定目标国家。",
                        "需要データと要件に基づいて輸出先の国を選んでいる。",
                        "اخترت بلد الوجهة بناءً على بيانات الطلب ومتطلباته.",
                        "J'ai choisi un pays de destination à partir des données de demande et de ses exigences.",
                    ),
                    "next": (
                        "module",
                        "riset-pasar",
                        t(
                            "Pelajari modul Riset pasar dan bandingkan tiga negara tujuan.",
                            "Study the Market research module and compare three destination countries.",
                            "学习“市场调研”模块并比较三个目标国家。",
                            "「市場調査」モジュールを学び、3つの輸出先国を比較する。",
                            "ادرس وحدة أبحاث السوق وقارن بين ثلاث دول مستهدفة.",
                            "Suivez le module Étude de marché et comparez trois pays de destination.",
                        ),
                    ),
                },
                {
                    "code": "market_buyers",
                    "weight": 1,
                    "text": t(
                        "Saya sudah berhubungan dengan calon pembeli luar negeri (pertanyaan, sampel, pesanan).",
                        "I am in contact with potential foreign buyers (inquiries, samples, orders).",
                        "我已与潜在海外买家建立联系（询价、样品、订单）。",
                        "海外の潜在的なバイヤーと連絡を取っている（問い合わせ、サンプル、注文）。",
                        "أنا على تواصل مع مشترين أجانب محتملين (استفسارات، عينات، طلبيات).",
                        "Je suis en contact avec des acheteurs étrangers potentiels (demandes, échantillons, commandes).",
                    ),
                    "next": (
                        "module",
                        "pembeli-negosiasi",
                        t(
                            "Pelajari modul Pembeli dan negosiasi, lalu siapkan sampel dan penawaran.",
                            "Study the Buyers and negotiation module, then prepare samples and an offer.",
                            "学习“买家与谈判”模块，然后准备样品和报价。",
                            "「バイヤーと交渉」モジュールを学び、サンプルと見積りを準備する。",
                            "ادرس وحدة المشترين والتفاوض، ثم جهّز العينات والعرض.",
                            "Suivez le module Acheteurs et négociation, puis préparez échantillons et offre.",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "pricing",
            "weight": 2,
            "name": t(
                "Harga dan kalkulasi biaya (Incoterms)",
                "Pricing and costing (Incoterms)",
                "定价与成本核算（国际贸易术语）",
                "価格設定と原価計算（インコタームズ）",
                "التسعير وحساب التكاليف (إنكوترمز)",
                "Prix et calcul des coûts (Incoterms)",
            ),
            "questions": [
                {
                    "code": "pricing_fob",
                    "weight": 2,
                    "options": [
                        ("tidak", 0, t("Belum punya", "No", "没有", "ない", "لا", "Non")),
                        (
                            "exw",
                            40,
                            t(
                                "Hanya harga pabrik (EXW)",
                                "Only a factory price (EXW)",
                                "只有出厂价（EXW）",
                                "工場渡し価格（EXW）のみ",
                                "سعر المصنع فقط (EXW)",
                                "Seulement un prix départ usine (EXW)",
                            ),
                        ),
                        (
                            "fob",
                            100,
                            t(
                                "Sudah punya daftar harga FOB",
                                "Yes, an FOB price list",
                                "有FOB价格表",
                                "FOB価格表がある",
                                "نعم، قائمة أسعار FOB",
                                "Oui, une liste de prix FOB",
                            ),
                        ),
                    ],
                    "text": t(
                        "Apakah Anda punya daftar harga FOB (harga sampai barang di atas kapal di pelabuhan muat)?",
                        "Do you have an FOB price list (price with the goods on board at the port of loading)?",
                        "您是否有FOB价格表（货物装上装运港船舶时的价格）？",
                        "FOB価格表（積み地港で本船に積み込むまでの価格）がありますか？",
                        "هل لديك قائمة أسعار FOB (السعر حتى تحميل البضاعة على السفينة في ميناء الشحن)؟",
                        "Avez-vous une liste de prix FOB (marchandise à bord au port de chargement) ?",
                    ),
                    "next": (
                        "module",
                        "biaya-incoterms",
                        t(
                            "Pelajari modul Kalkulasi biaya dan Incoterms, lalu buat daftar harga FOB.",
                            "Study the Costing and Incoterms module, then make an FOB price list.",
                            "学习“成本核算与国际贸易术语”模块，然后制作FOB价格表。",
                            "「原価計算とインコタームズ」モジュールを学び、FOB価格表を作成する。",
                            "ادرس وحدة حساب التكاليف وإنكوترمز، ثم أعدّ قائمة أسعار FOB.",
                            "Suivez le module Coûts et Incoterms, puis établissez une liste de prix FOB.",
                        ),
                    ),
                },
                {
                    "code": "pricing_costing",
                    "weight": 1,
                    "text": t(
                        "Saya tahu biaya pokok per unit, termasuk kemasan ekspor dan pengiriman.",
                        "I know my cost per unit, including export packaging and shipping.",
                        "我了解单位成本，包括出口包装和运输。",
                        "輸出用包装と輸送を含めた単位当たり原価を把握している。",
                        "أعرف تكلفة الوحدة بما في ذلك تغليف التصدير والشحن.",
                        "Je connais mon coût unitaire, emballage export et transport compris.",
                    ),
                    "next": (
                        "module",
                        "biaya-incoterms",
                        t(
                            "Hitung biaya pokok per unit dengan lembar kerja di modul Kalkulasi biaya dan Incoterms.",
                            "Work out your unit cost with the worksheet in the Costing and Incoterms module.",
                            "使用“成本核算与国际贸易术语”模块中的工作表计算单位成本。",
                            "「原価計算とインコタームズ」モジュールのワークシートで単位原価を計算する。",
                            "احسب تكلفة الوحدة باستخدام ورقة العمل في وحدة حساب التكاليف وإنكوترمز.",
                            "Calculez votre coût unitaire avec la feuille de calcul du module Coûts et Incoterms.",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "finance",
            "weight": 1,
            "name": t("Keuangan", "Finance", "财务", "財務", "المالية", "Finances"),
            "questions": [
                {
                    "code": "finance_books",
                    "weight": 1,
                    "text": t(
                        "Keuangan usaha dicatat terpisah dari keuangan rumah tangga.",
                        "The business keeps its books separate from household money.",
                        "企业账目与家庭财务分开记录。",
                        "事業の会計を家計と分けて記録している。",
                        "تُمسك حسابات المنشأة منفصلة عن أموال الأسرة.",
                        "L'entreprise tient une comptabilité séparée de celle du ménage.",
                    ),
                    "next": (
                        "referral",
                        "OJK",
                        t(
                            "Ikuti pelatihan literasi keuangan OJK dan mulai pembukuan sederhana.",
                            "Take OJK financial-literacy training and start simple bookkeeping.",
                            "参加OJK金融知识培训并开始简单记账。",
                            "OJKの金融リテラシー研修を受け、簡単な帳簿付けを始める。",
                            "احضر تدريب الثقافة المالية لدى OJK وابدأ مسك دفاتر بسيطة.",
                            "Suivez la formation d'éducation financière de l'OJK et tenez une comptabilité simple.",
                        ),
                    ),
                },
                {
                    "code": "finance_capital",
                    "weight": 2,
                    "text": t(
                        "Saya punya modal kerja atau akses pembiayaan untuk pesanan ekspor pertama.",
                        "I have working capital or access to financing for a first export order.",
                        "我有流动资金或可获得融资来完成首笔出口订单。",
                        "最初の輸出注文に対応できる運転資金または融資の手段がある。",
                        "لدي رأس مال عامل أو وصول إلى تمويل لأول طلبية تصدير.",
                        "J'ai un fonds de roulement ou un accès au financement pour une première commande export.",
                    ),
                    "next": (
                        "module",
                        "pembayaran-pembiayaan",
                        t(
                            "Pelajari modul Pembayaran dan pembiayaan; minta rujukan ke LPEI atau bank (KUR).",
                            "Study the Payment and finance module; ask for a referral to LPEI or a bank (KUR).",
                            "学习“支付与融资”模块；申请转介至LPEI或银行（KUR）。",
                            "「支払いと資金調達」モジュールを学び、LPEIまたは銀行（KUR）への紹介を依頼する。",
                            "ادرس وحدة الدفع والتمويل؛ واطلب إحالة إلى LPEI أو بنك (KUR).",
                            "Suivez le module Paiement et financement ; demandez une orientation vers LPEI ou une banque (KUR).",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "digital",
            "weight": 1,
            "name": t(
                "Kehadiran digital dan promosi",
                "Digital presence and promotion",
                "数字化形象与推广",
                "デジタル発信とプロモーション",
                "الحضور الرقمي والترويج",
                "Présence numérique et promotion",
            ),
            "questions": [
                {
                    "code": "digital_presence",
                    "weight": 1,
                    "text": t(
                        "Produk saya tampil di situs web, marketplace atau platform B2B yang bisa dibaca pembeli asing.",
                        "My products appear on a website, marketplace or B2B platform that foreign buyers can read.",
                        "我的产品展示在外国买家可阅读的网站、电商平台或B2B平台上。",
                        "製品が海外バイヤーの読めるウェブサイト、マーケットプレイス、B2Bプラットフォームに掲載されている。",
                        "تظهر منتجاتي على موقع أو منصة بيع أو منصة B2B يستطيع المشترون الأجانب قراءتها.",
                        "Mes produits figurent sur un site, une place de marché ou une plateforme B2B lisible par des acheteurs étrangers.",
                    ),
                    "next": (
                        "module",
                        "riset-pasar",
                        t(
                            "Buat profil produk di katalog ekspor SiapEkspor dan di satu platform B2B.",
                            "Create a product profile in the SiapEkspor export catalogue and on one B2B platform.",
                            "在SiapEkspor出口目录和一个B2B平台上创建产品档案。",
                            "SiapEksporの輸出カタログと1つのB2Bプラットフォームに製品情報を登録する。",
                            "أنشئ ملفًا للمنتج في كتالوج التصدير في SiapEkspor وعلى منصة B2B واحدة.",
                            "Créez une fiche produit dans le catalogue export SiapEkspor et sur une plateforme B2B.",
                        ),
                    ),
                },
                {
                    "code": "digital_catalogue",
                    "weight": 1,
                    "text": t(
                        "Saya punya katalog produk dengan foto dan spesifikasi dalam bahasa Inggris.",
                        "I have a product catalogue with photos and specifications in English.",
                        "我有带照片和英文规格的产品目录。",
                        "写真と英語の仕様を載せた製品カタログがある。",
                        "لدي كتالوج منتجات بالصور والمواصفات باللغة الإنجليزية.",
                        "J'ai un catalogue produits avec photos et spécifications en anglais.",
                    ),
                    "next": (
                        "module",
                        "pembeli-negosiasi",
                        t(
                            "Siapkan katalog berbahasa Inggris mengikuti contoh di modul Pembeli dan negosiasi.",
                            "Prepare an English catalogue following the example in the Buyers and negotiation module.",
                            "参照“买家与谈判”模块中的示例准备英文目录。",
                            "「バイヤーと交渉」モジュールの例に沿って英語カタログを準備する。",
                            "جهّز كتالوجًا بالإنجليزية وفق المثال في وحدة المشترين والتفاوض.",
                            "Préparez un catalogue en anglais d'après l'exemple du module Acheteurs et négociation.",
                        ),
                    ),
                },
            ],
        },
        {
            "code": "experience",
            "weight": 1,
            "name": t(
                "Pengalaman ekspor",
                "Export experience",
                "出口经验",
                "輸出経験",
                "الخبرة في التصدير",
                "Expérience de l'export",
            ),
            "questions": [
                {
                    "code": "exp_shipments",
                    "weight": 2,
                    "text": t(
                        "Produk saya sudah pernah diekspor, langsung atau melalui eksportir lain.",
                        "My products have been exported, directly or through another exporter.",
                        "我的产品曾经出口，直接出口或通过其他出口商。",
                        "製品を直接または他の輸出業者を通じて輸出したことがある。",
                        "سبق تصدير منتجاتي، مباشرة أو عبر مصدّر آخر.",
                        "Mes produits ont déjà été exportés, directement ou via un autre exportateur.",
                    ),
                    "next": (
                        "referral",
                        "LPEI",
                        t(
                            "Mulai dari ekspor tidak langsung: pasok eksportir atau agregator; minta pendampingan LPEI.",
                            "Start with indirect export: supply an exporter or aggregator; ask LPEI for coaching.",
                            "从间接出口开始：向出口商或集货商供货；申请LPEI辅导。",
                            "間接輸出から始める：輸出業者や集荷業者に供給し、LPEIの指導を受ける。",
                            "ابدأ بالتصدير غير المباشر: ورّد لمصدّر أو مجمّع؛ واطلب إرشاد LPEI.",
                            "Commencez par l'export indirect : fournissez un exportateur ou un agrégateur ; demandez un coaching LPEI.",
                        ),
                    ),
                },
                {
                    "code": "exp_documents",
                    "weight": 1,
                    "text": t(
                        "Saya bisa menyiapkan invoice, packing list, PEB dan surat keterangan asal (SKA).",
                        "I can prepare an invoice, packing list, export declaration (PEB) and certificate of origin.",
                        "我能准备发票、装箱单、出口报关单（PEB）和原产地证书。",
                        "インボイス、パッキングリスト、輸出申告（PEB）、原産地証明書を準備できる。",
                        "أستطيع إعداد الفاتورة وقائمة التعبئة وبيان التصدير (PEB) وشهادة المنشأ.",
                        "Je sais préparer facture, liste de colisage, déclaration d'export (PEB) et certificat d'origine.",
                    ),
                    "next": (
                        "module",
                        "dokumen-sertifikat",
                        t(
                            "Pelajari modul Dokumen dan sertifikat dan latih pengisian dokumen dengan contoh.",
                            "Study the Documents and certificates module and practise with the sample documents.",
                            "学习“单证与认证”模块并用示例单证练习填写。",
                            "「書類と認証」モジュールを学び、見本書類で記入を練習する。",
                            "ادرس وحدة المستندات والشهادات وتدرّب على ملء النماذج.",
                            "Suivez le module Documents et certificats et exercez-vous avec les documents types.",
                        ),
                    ),
                },
            ],
        },
    ],
    # Level gates (DOMAIN.md proposal): a minimum overall score, a minimum in EVERY dimension,
    # and answers that must be complete. Placement is cumulative: mahir also needs menengah's.
    "gates": [
        {
            "level": "menengah",
            "min_overall": 45,
            "min_per_dimension": 20,
            "required_questions": ["legal_nib", "pricing_fob"],
        },
        {
            "level": "mahir",
            "min_overall": 70,
            "min_per_dimension": 50,
            "required_questions": ["legal_market_certs"],
        },
    ],
}
