"""Choosing a destination market from data, with black pepper and robusta coffee examples."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "riset-pasar",
    "level": "menengah",
    "dimension": "market",
    "credit": 5,
    "title": t(
        "Memilih pasar tujuan",
        "Choosing a destination market",
        "选择目标市场",
        "輸出先市場を選ぶ",
        "اختيار سوق الوجهة",
        "Choisir un marché de destination",
    ),
    "summary": t(
        "Dari kode HS ke satu atau dua negara tujuan: data impor, tarif, persyaratan dan "
        "kemampuan Anda sendiri.",
        "From an HS code to one or two destination countries: import data, tariffs, "
        "requirements and your own capacity.",
        "从HS编码到一两个目标国家：进口数据、关税、准入要求以及自身能力。",
        "HSコードから1〜2か国の輸出先へ：輸入データ、関税、要件、そして自社の能力。",
        "من رمز النظام المنسق إلى بلد أو بلدين للتصدير: بيانات الاستيراد والتعريفات والمتطلبات "
        "وقدرتك الذاتية.",
        "D'un code SH à un ou deux pays cibles : données d'importation, droits de douane, "
        "exigences et vos propres capacités.",
    ),
    "screens": [
        {
            "title": t(
                "Mengapa memilih, bukan menjual ke mana saja",
                "Why choose rather than sell anywhere",
                "为什么要选择，而不是到处卖",
                "どこにでも売るのではなく選ぶ理由",
                "لماذا تختار بدل البيع في كل مكان",
                "Pourquoi choisir plutôt que vendre partout",
            ),
            "body": t(
                "Setiap negara tujuan menuntut pekerjaan: label dalam bahasanya, sertifikat yang "
                "diminta, pembeli yang harus dikenal, harga yang harus dihitung ulang. IKM yang "
                "mencoba sepuluh negara sekaligus biasanya tidak berhasil di satu pun.\n\n"
                "Pilih satu atau dua pasar yang (1) membeli produk Anda dalam jumlah berarti, "
                "(2) persyaratannya bisa Anda penuhi dalam waktu dekat, dan (3) bisa dijangkau "
                "dengan ongkos kirim yang masuk akal.\n\n"
                "Titik awal yang baik: negara tempat produk sejenis dari Lampung sudah terjual, "
                "atau eksportir di Lampung yang bisa membeli produk Anda (ekspor tidak langsung).",
                "Every destination takes work: labels in its language, the certificates it asks "
                "for, buyers to get to know, prices to recalculate. An IKM that tries ten "
                "countries at once usually succeeds in none.\n\n"
                "Choose one or two markets that (1) buy your product in meaningful quantities, "
                "(2) have requirements you can meet soon, and (3) can be reached at a reasonable "
                "freight cost.\n\n"
                "Good starting points: countries where similar products from Lampung already sell, "
                "or an exporter in Lampung who can buy your product (indirect export).",
                "每个目标市场都需要投入：用当地语言的标签、对方要求的证书、需要结识的买家、需要重新计算的"
                "价格。同时尝试十个国家的中小企业，往往一个也做不成。\n\n"
                "选择一到两个市场，它们应当：（1）大量购买您的产品；（2）要求是您近期能够达到的；"
                "（3）运费合理、能够到达。\n\n"
                "好的起点是：楠榜同类产品已经销往的国家，或者能收购您产品的楠榜出口商（间接出口）。",
                "輸出先ごとに手間がかかります。その国の言語のラベル、求められる認証、知り合うべきバイヤー、"
                "計算し直す価格。10か国を同時に狙う中小工業は、たいていどこでも成功しません。\n\n"
                "次の条件を満たす1〜2の市場を選びましょう。（1）自社製品をまとまった量で買っている、"
                "（2）要件を近いうちに満たせる、（3）妥当な運賃で届けられる。\n\n"
                "よい出発点は、ランプンの同種製品がすでに売れている国、または自社製品を買い取ってくれる"
                "ランプンの輸出業者（間接輸出）です。",
                "كل وجهة تتطلب عملًا: ملصقات بلغتها، والشهادات التي تطلبها، ومشترين يجب التعرّف "
                "إليهم، وأسعارًا يجب إعادة حسابها. والمنشأة الصغيرة التي تجرّب عشرة بلدان معًا لا "
                "تنجح عادةً في أيٍّ منها.\n\n"
                "اختر سوقًا أو سوقين: (1) تشتري منتجك بكميات معتبرة، (2) ومتطلباتها يمكنك تلبيتها "
                "قريبًا، (3) ويمكن الوصول إليها بأجرة شحن معقولة.\n\n"
                "نقاط بداية جيدة: بلدان يُباع فيها منتج مماثل من لامبونغ، أو مصدّر في لامبونغ يشتري "
                "منتجك (التصدير غير المباشر).",
                "Chaque destination demande du travail : étiquettes dans sa langue, certificats "
                "exigés, acheteurs à connaître, prix à recalculer. Une PMI qui tente dix pays à la "
                "fois ne réussit généralement dans aucun.\n\n"
                "Choisissez un ou deux marchés qui (1) achètent votre produit en quantités "
                "significatives, (2) ont des exigences que vous pouvez remplir bientôt, et (3) sont "
                "accessibles à un coût de fret raisonnable.\n\n"
                "Bons points de départ : les pays où des produits semblables de Lampung se vendent "
                "déjà, ou un exportateur de Lampung qui peut acheter votre produit (export "
                "indirect).",
            ),
        },
        {
            "title": t(
                "Alat data: mulai dari kode HS",
                "Data tools: start from the HS code",
                "数据工具：从HS编码开始",
                "データの道具：HSコードから始める",
                "أدوات البيانات: ابدأ من رمز النظام المنسق",
                "Outils de données : partir du code SH",
            ),
            "body": t(
                "Statistik perdagangan dan tarif disusun menurut kode HS, jadi tentukan dulu kode "
                "enam digit produk Anda.\n\n"
                "• Trade Map (ITC, trademap.org): nilai dan volume impor per negara, pertumbuhan, "
                "dan negara pemasoknya.\n"
                "• Market Access Map (ITC): tarif bea masuk, termasuk tarif preferensi perjanjian "
                "dagang, dan persyaratan teknis.\n"
                "• Halaman pasar di SiapEkspor: potensi ekspor provinsi menurut produk.\n"
                "• Atase perdagangan dan ITPC Kementerian Perdagangan, serta platform InaExport: "
                "informasi pasar dan permintaan pembeli.\n\n"
                "Lihat tren lima tahun, bukan satu tahun: pasar yang tumbuh memberi ruang bagi "
                "pemasok baru.",
                "Trade statistics and tariffs are organised by HS code, so first settle your "
                "product's six-digit code.\n\n"
                "• Trade Map (ITC, trademap.org): import values and volumes by country, growth "
                "and supplying countries.\n"
                "• Market Access Map (ITC): import tariffs, including trade-agreement preferences, "
                "and technical requirements.\n"
                "• The markets page of SiapEkspor: the province's export potential by product.\n"
                "• Trade attachés and ITPCs of the Ministry of Trade, and the InaExport platform: "
                "market information and buyer requests.\n\n"
                "Look at five-year trends, not one year: a growing market leaves room for new "
                "suppliers.",
                "贸易统计和关税都按HS编码整理，所以先确定产品的六位编码。\n\n"
                "• Trade Map（国际贸易中心ITC，trademap.org）：各国进口额和进口量、增长率及供应国。\n"
                "• Market Access Map（ITC）：进口关税（包括贸易协定优惠税率）和技术要求。\n"
                "• SiapEkspor的市场页面：本省各产品的出口潜力。\n"
                "• 贸易部的商务参赞和印尼贸易促进中心（ITPC），以及InaExport平台：市场信息和买家需求。\n\n"
                "看五年的趋势，而不是一年：增长中的市场给新供应商留有空间。",
                "貿易統計と関税はHSコードごとに整理されているので、まず製品の6桁コードを決めます。\n\n"
                "• Trade Map（ITC、trademap.org）：国別の輸入額・輸入量、伸び率、供給国。\n"
                "• Market Access Map（ITC）：輸入関税（貿易協定の特恵税率を含む）と技術的要件。\n"
                "• SiapEksporの市場ページ：州の製品別輸出ポテンシャル。\n"
                "• 商業省の商務官とITPC、InaExportプラットフォーム：市場情報とバイヤーの引合い。\n\n"
                "1年ではなく5年の傾向を見ましょう。伸びている市場には新しい供給者の入る余地があります。",
                "تُنظَّم إحصاءات التجارة والتعريفات حسب رمز النظام المنسق، فحدّد أولًا الرمز السداسي "
                "لمنتجك.\n\n"
                "• خريطة التجارة Trade Map (مركز التجارة الدولية، trademap.org): قيم الواردات "
                "وكمياتها لكل بلد، ونموها، والبلدان المورِّدة.\n"
                "• خريطة النفاذ إلى الأسواق Market Access Map: الرسوم الجمركية، ومنها تفضيلات "
                "الاتفاقيات التجارية، والمتطلبات الفنية.\n"
                "• صفحة الأسواق في SiapEkspor: إمكانات التصدير في الإقليم حسب المنتج.\n"
                "• الملحقون التجاريون ومراكز ITPC التابعة لوزارة التجارة، ومنصة InaExport: معلومات "
                "السوق وطلبات المشترين.\n\n"
                "انظر إلى اتجاه خمس سنوات لا سنة واحدة: فالسوق النامية تترك مكانًا لموردين جدد.",
                "Les statistiques commerciales et les droits de douane sont classés par code SH : "
                "fixez d'abord le code à six chiffres de votre produit.\n\n"
                "• Trade Map (ITC, trademap.org) : valeurs et volumes importés par pays, "
                "croissance et pays fournisseurs.\n"
                "• Market Access Map (ITC) : droits d'importation, y compris les préférences des "
                "accords commerciaux, et exigences techniques.\n"
                "• La page des marchés de SiapEkspor : le potentiel d'export de la province par "
                "produit.\n"
                "• Les attachés commerciaux et les ITPC du ministère du Commerce, et la plateforme "
                "InaExport : informations de marché et demandes d'acheteurs.\n\n"
                "Regardez la tendance sur cinq ans, pas sur un an : un marché en croissance laisse "
                "de la place aux nouveaux fournisseurs.",
            ),
        },
        {
            "title": t(
                "Saring dengan persyaratan dan kemampuan",
                "Filter by requirements and capacity",
                "按要求和能力筛选",
                "要件と自社の能力でふるいにかける",
                "التصفية حسب المتطلبات والقدرة",
                "Filtrer selon les exigences et vos capacités",
            ),
            "body": t(
                "Pasar yang besar belum tentu pasar yang tepat. Untuk setiap calon negara, tanyakan:\n\n"
                "• Sertifikat dan aturan apa yang wajib? Contoh: Uni Eropa membatasi residu "
                "pestisida; mulai 30 Desember 2026 aturan bebas deforestasi (EUDR) berlaku untuk "
                "kopi dari operator besar dan menengah (usaha mikro dan kecil 30 Juni 2027), "
                "termasuk titik koordinat kebun. Amerika Serikat mewajibkan pendaftaran fasilitas "
                "pangan di FDA. Arab Saudi meminta sertifikat halal dari lembaga yang diakui SFDA.\n"
                "• Berapa besar pesanan biasa, dan apakah kapasitas Anda cukup?\n"
                "• Apakah ada kapal atau jalur konsolidasi dari Panjang atau Jakarta?\n"
                "• Berapa tarif yang dibayar pembeli, dan adakah SKA preferensi?\n\n"
                "Aturan berubah; periksa lagi sebelum memutuskan.",
                "A big market is not necessarily the right one. For each candidate country, ask:\n\n"
                "• Which certificates and rules are mandatory? For example, the EU limits "
                "pesticide residues; from 30 December 2026 the deforestation-free rule (EUDR) "
                "applies to coffee for large and medium operators (micro and small businesses from "
                "30 June 2027), including the plots' coordinates. The United States requires FDA "
                "food facility registration. Saudi Arabia asks for a halal certificate from a body "
                "recognised by the SFDA.\n"
                "• How big is a usual order, and is your capacity enough?\n"
                "• Is there a vessel or consolidation service from Panjang or Jakarta?\n"
                "• What tariff does the buyer pay, and is there a preferential SKA?\n\n"
                "Rules change; check again before you decide.",
                "大市场不一定是合适的市场。对每个候选国家，请问：\n\n"
                "• 哪些证书和规定是强制性的？例如：欧盟限制农药残留；从2026年12月30日起，无毁林法规"
                "（EUDR）对大中型经营者的咖啡适用（微型和小型企业从2027年6月30日起），包括种植地块的坐标。"
                "美国要求在FDA进行食品设施注册。沙特阿拉伯要求由SFDA认可机构出具的清真证书。\n"
                "• 一般订单有多大，您的产能够不够？\n"
                "• 从潘姜港或雅加达有没有船期或拼箱服务？\n"
                "• 买方要缴多少关税，有没有优惠原产地证书可用？\n\n"
                "规定会变化，做决定前请再次核实。",
                "大きな市場が正しい市場とは限りません。候補国ごとに確認しましょう。\n\n"
                "• 必須の認証や規則は何か。例：EUは残留農薬を制限しています。2026年12月30日から、"
                "森林破壊防止規則（EUDR）が大・中規模事業者のコーヒーに適用され（零細・小規模事業者は"
                "2027年6月30日から）、農園の位置座標も求められます。米国はFDAへの食品施設登録を義務づけて"
                "います。サウジアラビアはSFDAが認めた機関のハラール証明書を求めます。\n"
                "• 通常の注文量はどのくらいで、自社の生産能力で足りるか。\n"
                "• パンジャン港やジャカルタからの船便や混載サービスがあるか。\n"
                "• 買主が払う関税はいくらか、特恵用SKAは使えるか。\n\n"
                "規則は変わります。決める前にもう一度確認しましょう。",
                "السوق الكبيرة ليست بالضرورة السوق المناسبة. اسأل عن كل بلد مرشّح:\n\n"
                "• ما الشهادات والقواعد الإلزامية؟ مثلًا: يحدّ الاتحاد الأوروبي من بقايا المبيدات؛ "
                "ومن 30 ديسمبر 2026 تسري لائحة المنتجات الخالية من إزالة الغابات (EUDR) على البن لدى "
                "المشغّلين الكبار والمتوسطين (والمنشآت الصغرى والصغيرة من 30 يونيو 2027)، بما في ذلك "
                "إحداثيات قطع الأرض. وتشترط الولايات المتحدة تسجيل منشأة الأغذية لدى FDA. وتطلب "
                "السعودية شهادة حلال من جهة تعترف بها الهيئة العامة للغذاء والدواء.\n"
                "• ما حجم الطلبية المعتاد، وهل تكفي قدرتك؟\n"
                "• هل توجد سفن أو خدمة تجميع من بانجانغ أو جاكرتا؟\n"
                "• كم الرسوم التي يدفعها المشتري، وهل توجد شهادة منشأ تفضيلية؟\n\n"
                "القواعد تتغيّر؛ تحقّق مجددًا قبل أن تقرّر.",
                "Un grand marché n'est pas forcément le bon. Pour chaque pays candidat, "
                "demandez-vous :\n\n"
                "• Quels certificats et règles sont obligatoires ? Par exemple, l'UE limite les "
                "résidus de pesticides ; à partir du 30 décembre 2026, le règlement sur la "
                "déforestation (RDUE/EUDR) s'applique au café des grands et moyens opérateurs "
                "(micro et petites entreprises : 30 juin 2027), coordonnées des parcelles "
                "comprises. Les États-Unis exigent l'enregistrement de l'établissement alimentaire "
                "auprès de la FDA. L'Arabie saoudite demande un certificat halal d'un organisme "
                "reconnu par la SFDA.\n"
                "• Quelle est la taille d'une commande habituelle, et votre capacité suffit-elle ?\n"
                "• Y a-t-il un navire ou un service de groupage depuis Panjang ou Jakarta ?\n"
                "• Quel droit paie l'acheteur, et existe-t-il un SKA préférentiel ?\n\n"
                "Les règles changent ; vérifiez de nouveau avant de décider.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: lada hitam dari Lampung Timur",
                "Example: black pepper from East Lampung",
                "示例：东楠榜的黑胡椒",
                "例：東ランプンの黒こしょう",
                "مثال: الفلفل الأسود من شرق لامبونغ",
                "Exemple : poivre noir de Lampung Est",
            ),
            "body": t(
                "Kelompok usaha lada di Lampung Timur (dikenal di pasar dunia sebagai «Lampung "
                "black pepper», HS 0904.11) membandingkan tiga calon pasar. Skor 1–5 di bawah "
                "adalah contoh cara menilai, bukan hasil riset; isi dengan data Anda sendiri.\n\n"
                "Kriteria: permintaan impor, pertumbuhan, tarif, persyaratan yang bisa dipenuhi, "
                "logistik.\n"
                "• Jerman (UE): permintaan 5, pertumbuhan 3, tarif 4, persyaratan 2 (batas residu "
                "dan uji mikrobiologi ketat), logistik 3 → 17.\n"
                "• India: permintaan 4, pertumbuhan 4, tarif 2, persyaratan 4, logistik 4 → 18.\n"
                "• Amerika Serikat: permintaan 5, pertumbuhan 3, tarif 4, persyaratan 3 (pendaftaran "
                "FDA, prior notice), logistik 2 → 17.\n\n"
                "Hasilnya dekat, jadi kelompok memilih India sebagai pasar pertama (pembeli sudah "
                "dikenal lewat program desa devisa) dan menyiapkan uji residu untuk Jerman sebagai "
                "pasar kedua tahun depan.",
                'A pepper business group in East Lampung (known on world markets as "Lampung '
                'black pepper", HS 0904.11) compares three candidate markets. The 1–5 scores '
                "below show how to rate, they are not research results; fill in your own data.\n\n"
                "Criteria: import demand, growth, tariff, requirements you can meet, logistics.\n"
                "• Germany (EU): demand 5, growth 3, tariff 4, requirements 2 (strict residue "
                "limits and microbiological tests), logistics 3 → 17.\n"
                "• India: demand 4, growth 4, tariff 2, requirements 4, logistics 4 → 18.\n"
                "• United States: demand 5, growth 3, tariff 4, requirements 3 (FDA registration, "
                "prior notice), logistics 2 → 17.\n\n"
                "The results are close, so the group picks India as its first market (buyers are "
                "already known through the export-village programme) and prepares residue tests "
                "for Germany as its second market next year.",
                "东楠榜的一个胡椒生产团体（在国际市场上以“楠榜黑胡椒”著称，HS 0904.11）比较三个候选市场。"
                "下面1至5的评分只是示范如何打分，不是调研结果；请用您自己的数据填写。\n\n"
                "标准：进口需求、增长、关税、能够满足的要求、物流。\n"
                "• 德国（欧盟）：需求5，增长3，关税4，要求2（严格的残留限量和微生物检测），物流3 → 17。\n"
                "• 印度：需求4，增长4，关税2，要求4，物流4 → 18。\n"
                "• 美国：需求5，增长3，关税4，要求3（FDA注册、预先通报），物流2 → 17。\n\n"
                "结果相近，于是该团体把印度定为第一个市场（通过“出口创汇村”项目已认识买家），并为明年"
                "把德国作为第二个市场准备残留检测。",
                "東ランプンのこしょう生産者グループ（国際市場では「ランプン・ブラックペッパー」として"
                "知られる、HS 0904.11）が3つの候補市場を比べます。下の1〜5点は採点方法の例で、調査結果"
                "ではありません。自分のデータで埋めてください。\n\n"
                "基準：輸入需要、伸び、関税、満たせる要件、物流。\n"
                "• ドイツ（EU）：需要5、伸び3、関税4、要件2（厳しい残留基準と微生物検査）、物流3 → 17。\n"
                "• インド：需要4、伸び4、関税2、要件4、物流4 → 18。\n"
                "• 米国：需要5、伸び3、関税4、要件3（FDA登録、事前通知）、物流2 → 17。\n\n"
                "差は小さいので、グループはインドを最初の市場に選び（輸出村プログラムを通じてバイヤーと"
                "面識がある）、来年の第二の市場としてドイツ向けの残留検査を準備します。",
                "تقارن مجموعة لإنتاج الفلفل في شرق لامبونغ (المعروف في الأسواق العالمية باسم "
                "«الفلفل الأسود اللامبونغي»، الرمز 0904.11) بين ثلاث أسواق مرشّحة. الدرجات من 1 إلى 5 "
                "أدناه مثال على طريقة التقييم وليست نتائج بحث؛ املأها ببياناتك.\n\n"
                "المعايير: الطلب على الاستيراد، النمو، التعريفة، المتطلبات الممكن تلبيتها، اللوجستيات.\n"
                "• ألمانيا (الاتحاد الأوروبي): الطلب 5، النمو 3، التعريفة 4، المتطلبات 2 (حدود بقايا "
                "وفحوص ميكروبيولوجية صارمة)، اللوجستيات 3 ← 17.\n"
                "• الهند: الطلب 4، النمو 4، التعريفة 2، المتطلبات 4، اللوجستيات 4 ← 18.\n"
                "• الولايات المتحدة: الطلب 5، النمو 3، التعريفة 4، المتطلبات 3 (تسجيل FDA، والإشعار "
                "المسبق)، اللوجستيات 2 ← 17.\n\n"
                "النتائج متقاربة، فتختار المجموعة الهند سوقًا أولى (المشترون معروفون عبر برنامج قرى "
                "التصدير) وتُعدّ فحوص البقايا لألمانيا سوقًا ثانية في العام المقبل.",
                "Un groupement de producteurs de poivre de Lampung Est (connu sur les marchés "
                "mondiaux comme « Lampung black pepper », SH 0904.11) compare trois marchés "
                "candidats. Les notes de 1 à 5 ci-dessous montrent comment noter ; ce ne sont pas "
                "des résultats d'étude : mettez vos propres données.\n\n"
                "Critères : demande à l'import, croissance, droit de douane, exigences "
                "atteignables, logistique.\n"
                "• Allemagne (UE) : demande 5, croissance 3, droit 4, exigences 2 (limites de "
                "résidus et analyses microbiologiques strictes), logistique 3 → 17.\n"
                "• Inde : demande 4, croissance 4, droit 2, exigences 4, logistique 4 → 18.\n"
                "• États-Unis : demande 5, croissance 3, droit 4, exigences 3 (enregistrement "
                "FDA, notification préalable), logistique 2 → 17.\n\n"
                "Les résultats sont proches : le groupement choisit l'Inde comme premier marché "
                "(acheteurs déjà connus grâce au programme des villages exportateurs) et prépare "
                "les analyses de résidus pour l'Allemagne, second marché l'an prochain.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Rencana pasar satu halaman: kopi robusta ke Jepang",
                "A one-page market plan: robusta coffee to Japan",
                "一页纸市场计划：罗布斯塔咖啡出口日本",
                "1枚の市場計画：ロブスタコーヒーを日本へ",
                "خطة سوق في صفحة واحدة: بن روبوستا إلى اليابان",
                "Un plan de marché d'une page : robusta vers le Japon",
            ),
            "body": t(
                "Tuliskan keputusan Anda dalam satu halaman, supaya tim, pendamping dan bank "
                "membaca hal yang sama. Contoh dari sebuah kelompok tani kopi di Tanggamus:\n\n"
                "• Produk dan kode HS: robusta biji hijau, 0901.11, mutu sesuai standar tertulis.\n"
                "• Negara dan jenis pembeli: Jepang; importir kopi dan pemanggang skala menengah.\n"
                "• Cara masuk: tahun pertama lewat eksportir di Bandar Lampung (tidak langsung), "
                "tahun kedua langsung.\n"
                "• Persyaratan: sertifikat fitosanitari; e-SKA Form IJEPA atau RCEP (bandingkan "
                "tarifnya); pemeriksaan residu menurut sistem daftar positif Jepang.\n"
                "• Harga: daftar harga FOB Panjang, diperbarui tiap minggu.\n"
                "• Jadwal: sampel ke tiga importir dalam 3 bulan, pesanan percobaan dalam 6 bulan.\n\n"
                "Bagian yang belum bisa Anda isi adalah daftar pekerjaan berikutnya.",
                "Write your decision on one page, so your team, mentor and bank read the same "
                "thing. An example from a coffee farmers' group in Tanggamus:\n\n"
                "• Product and HS code: robusta green beans, 0901.11, quality to a written "
                "standard.\n"
                "• Country and buyer type: Japan; coffee importers and mid-sized roasters.\n"
                "• Entry: first year through an exporter in Bandar Lampung (indirect), second year "
                "direct.\n"
                "• Requirements: phytosanitary certificate; e-SKA Form IJEPA or RCEP (compare the "
                "tariffs); residue checks under Japan's positive list system.\n"
                "• Price: FOB Panjang price list, updated weekly.\n"
                "• Timeline: samples to three importers within 3 months, a trial order within 6 "
                "months.\n\n"
                "The parts you cannot fill in yet are your next to-do list.",
                "把您的决定写在一页纸上，让团队、辅导员和银行看到的是同一份内容。以下是丹加木斯一个咖啡"
                "农民团体的例子：\n\n"
                "• 产品和HS编码：罗布斯塔生豆，0901.11，质量符合书面标准。\n"
                "• 国家和买家类型：日本；咖啡进口商和中型烘焙商。\n"
                "• 进入方式：第一年通过班达楠榜的出口商（间接），第二年直接出口。\n"
                "• 要求：植物检疫证书；e-SKA Form IJEPA或RCEP（比较税率）；按日本肯定列表制度进行残留检测。\n"
                "• 价格：FOB 潘姜港价目表，每周更新。\n"
                "• 时间表：3个月内向三家进口商寄样，6个月内获得试订单。\n\n"
                "您暂时还填不了的部分，就是接下来要做的事。",
                "決定を1枚にまとめ、チーム、指導者、銀行が同じものを読めるようにします。タンガムスの"
                "コーヒー農家グループの例：\n\n"
                "• 製品とHSコード：ロブスタ生豆、0901.11、書面の規格どおりの品質。\n"
                "• 国とバイヤーの種類：日本。コーヒー輸入商と中規模の焙煎業者。\n"
                "• 参入方法：1年目はバンダルランプンの輸出業者経由（間接）、2年目から直接。\n"
                "• 要件：植物検疫証明書。e-SKA Form IJEPAまたはRCEP（税率を比較）。日本のポジティブ"
                "リスト制度に沿った残留検査。\n"
                "• 価格：FOB パンジャン港の価格表、毎週更新。\n"
                "• 日程：3か月以内に3社の輸入商へサンプル送付、6か月以内に試験注文。\n\n"
                "まだ埋められない項目が、次にやることのリストです。",
                "اكتب قرارك في صفحة واحدة ليقرأ فريقك ومرشدك والمصرف الشيء نفسه. مثال من مجموعة "
                "مزارعي بن في تانغاموس:\n\n"
                "• المنتج والرمز: بن روبوستا أخضر، 0901.11، بجودة وفق معيار مكتوب.\n"
                "• البلد ونوع المشتري: اليابان؛ مستوردو البن ومحامص متوسطة الحجم.\n"
                "• طريقة الدخول: السنة الأولى عبر مصدّر في بندر لامبونغ (غير مباشر)، والثانية مباشرة.\n"
                "• المتطلبات: شهادة الصحة النباتية؛ شهادة منشأ e-SKA بالنموذج IJEPA أو RCEP (قارن "
                "التعريفتين)؛ فحص البقايا وفق نظام القائمة الإيجابية الياباني.\n"
                "• السعر: قائمة أسعار FOB بانجانغ تُحدَّث أسبوعيًا.\n"
                "• الجدول: عيّنات إلى ثلاثة مستوردين خلال 3 أشهر، وطلبية تجريبية خلال 6 أشهر.\n\n"
                "الأجزاء التي لا تستطيع ملأها بعد هي قائمة مهامك التالية.",
                "Écrivez votre décision sur une page, pour que votre équipe, votre mentor et votre "
                "banque lisent la même chose. Exemple d'un groupement de caféiculteurs de "
                "Tanggamus :\n\n"
                "• Produit et code SH : robusta vert, 0901.11, qualité selon une norme écrite.\n"
                "• Pays et type d'acheteur : Japon ; importateurs de café et torréfacteurs de "
                "taille moyenne.\n"
                "• Mode d'entrée : la première année via un exportateur de Bandar Lampung "
                "(indirect), la deuxième en direct.\n"
                "• Exigences : certificat phytosanitaire ; e-SKA Form IJEPA ou RCEP (comparez les "
                "tarifs) ; contrôle des résidus selon le système de liste positive japonais.\n"
                "• Prix : liste de prix FOB Panjang, mise à jour chaque semaine.\n"
                "• Calendrier : échantillons à trois importateurs en 3 mois, commande d'essai en "
                "6 mois.\n\n"
                "Ce que vous ne pouvez pas encore remplir forme votre prochaine liste de tâches.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Mengapa menentukan kode HS sebelum riset pasar?",
                "Why settle the HS code before researching markets?",
                "为什么要在市场调研之前确定HS编码？",
                "市場調査の前にHSコードを決めるのはなぜですか。",
                "لماذا تحدد رمز النظام المنسق قبل دراسة الأسواق؟",
                "Pourquoi fixer le code SH avant d'étudier les marchés ?",
            ),
            t(
                "Statistik impor dan tarif disusun menurut kode HS",
                "Import statistics and tariffs are organised by HS code",
                "进口统计和关税都按HS编码整理",
                "輸入統計と関税がHSコードごとに整理されているから",
                "لأن إحصاءات الاستيراد والتعريفات منظّمة حسب الرمز",
                "Les statistiques d'importation et les droits sont classés par code SH",
            ),
            [
                t(
                    "Kode HS menentukan harga jual",
                    "The HS code sets the selling price",
                    "HS编码决定售价",
                    "HSコードが販売価格を決めるから",
                    "لأن الرمز يحدد سعر البيع",
                    "Le code SH fixe le prix de vente",
                ),
                t(
                    "Pembeli hanya membaca kode HS",
                    "Buyers only read HS codes",
                    "买家只看HS编码",
                    "バイヤーはHSコードしか読まないから",
                    "لأن المشترين لا يقرؤون إلا الرموز",
                    "Les acheteurs ne lisent que les codes SH",
                ),
            ],
            t(
                "Trade Map, Market Access Map dan BTKI semuanya dicari dengan kode HS; kode yang "
                "salah memberi data pasar yang salah.",
                "Trade Map, Market Access Map and the BTKI are all searched by HS code; a wrong "
                "code gives the wrong market data.",
                "Trade Map、Market Access Map和BTKI都按HS编码查询；编码错了，市场数据就错了。",
                "Trade Map、Market Access Map、BTKIはいずれもHSコードで検索します。コードを誤ると"
                "市場データも誤ります。",
                "يُبحث في Trade Map وMarket Access Map وBTKI بالرمز؛ والرمز الخاطئ يعطي بيانات سوق خاطئة.",
                "Trade Map, Market Access Map et le BTKI se consultent par code SH ; un mauvais "
                "code donne de mauvaises données de marché.",
            ),
        ),
        q(
            t(
                "Alat mana yang menunjukkan nilai impor suatu produk per negara?",
                "Which tool shows a product's import value by country?",
                "哪个工具按国家显示某产品的进口额？",
                "製品の国別輸入額を示す道具はどれですか。",
                "أي أداة تبيّن قيمة واردات منتج حسب البلد؟",
                "Quel outil montre la valeur importée d'un produit par pays ?",
            ),
            t(
                "Trade Map (ITC)",
                "Trade Map (ITC)",
                "Trade Map（ITC）",
                "Trade Map（ITC）",
                "Trade Map (مركز التجارة الدولية)",
                "Trade Map (ITC)",
            ),
            [
                t("CEISA", "CEISA", "CEISA", "CEISA", "CEISA", "CEISA"),
                t(
                    "Sistem OSS",
                    "The OSS system",
                    "OSS系统",
                    "OSSシステム",
                    "نظام OSS",
                    "Le système OSS",
                ),
            ],
            t(
                "Trade Map memuat statistik impor dan ekspor per negara dan kode HS. CEISA untuk "
                "kepabeanan, OSS untuk perizinan usaha.",
                "Trade Map holds import and export statistics by country and HS code. CEISA is for "
                "customs, OSS for business licensing.",
                "Trade Map收录按国家和HS编码的进出口统计。CEISA用于报关，OSS用于企业许可。",
                "Trade Mapには国別・HSコード別の輸出入統計があります。CEISAは通関用、OSSは事業許可用です。",
                "تضم Trade Map إحصاءات الاستيراد والتصدير حسب البلد والرمز. CEISA للجمارك وOSS لتراخيص الأعمال.",
                "Trade Map contient les statistiques d'import et d'export par pays et code SH. "
                "CEISA sert à la douane, OSS aux autorisations d'entreprise.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Di mana Anda memeriksa tarif bea masuk, termasuk tarif preferensi?",
                "Where do you check import tariffs, including preferential ones?",
                "在哪里查询进口关税（包括优惠税率）？",
                "特恵税率を含む輸入関税はどこで調べますか。",
                "أين تتحقق من رسوم الاستيراد، ومنها التفضيلية؟",
                "Où vérifier les droits d'importation, y compris préférentiels ?",
            ),
            t(
                "Market Access Map (ITC)",
                "Market Access Map (ITC)",
                "Market Access Map（ITC）",
                "Market Access Map（ITC）",
                "Market Access Map (مركز التجارة الدولية)",
                "Market Access Map (ITC)",
            ),
            [
                t(
                    "Packing list",
                    "The packing list",
                    "装箱单",
                    "パッキングリスト",
                    "قائمة التعبئة",
                    "La liste de colisage",
                ),
                t(
                    "Media sosial pembeli",
                    "The buyer's social media",
                    "买家的社交媒体",
                    "バイヤーのSNS",
                    "وسائل التواصل لدى المشتري",
                    "Les réseaux sociaux de l'acheteur",
                ),
            ],
            t(
                "Market Access Map menampilkan tarif umum dan preferensi per perjanjian, sehingga "
                "Anda tahu SKA mana yang menguntungkan pembeli.",
                "Market Access Map shows general and preferential tariffs per agreement, so you "
                "know which SKA helps the buyer.",
                "Market Access Map显示各协定下的普通税率和优惠税率，让您知道哪种原产地证书对买方有利。",
                "Market Access Mapは協定ごとの一般税率と特恵税率を示すので、どのSKAが買主に有利か分かります。",
                "تعرض Market Access Map التعريفات العامة والتفضيلية لكل اتفاقية، فتعرف أي شهادة منشأ تفيد المشتري.",
                "Market Access Map affiche les droits généraux et préférentiels par accord : vous "
                "savez quel SKA avantage l'acheteur.",
            ),
        ),
        q(
            t(
                "Berapa pasar sebaiknya dibidik IKM yang baru mulai ekspor?",
                "How many markets should an IKM that is just starting to export target?",
                "刚开始出口的中小企业应瞄准几个市场？",
                "輸出を始めたばかりの中小工業は、いくつの市場を狙うべきですか。",
                "كم سوقًا ينبغي أن تستهدف منشأة صغيرة بدأت التصدير للتو؟",
                "Combien de marchés une PMI qui débute à l'export doit-elle viser ?",
            ),
            t(
                "Satu atau dua, dipilih dengan data",
                "One or two, chosen from data",
                "一到两个，依据数据选择",
                "データで選んだ1〜2市場",
                "سوق أو سوقان، يُختاران بالبيانات",
                "Un ou deux, choisis à partir de données",
            ),
            [
                t(
                    "Sebanyak mungkin sekaligus",
                    "As many as possible at once",
                    "同时越多越好",
                    "同時にできるだけ多く",
                    "أكبر عدد ممكن دفعة واحدة",
                    "Le plus possible à la fois",
                ),
                t(
                    "Hanya negara terbesar di dunia",
                    "Only the world's largest country",
                    "只选世界上最大的国家",
                    "世界最大の国だけ",
                    "أكبر بلد في العالم فقط",
                    "Seulement le plus grand pays du monde",
                ),
            ],
            t(
                "Setiap pasar butuh label, sertifikat, pembeli dan harga sendiri. Fokus pada satu "
                "atau dua membuat pekerjaan itu bisa diselesaikan.",
                "Each market needs its own labels, certificates, buyers and prices. Focusing on one "
                "or two makes that work doable.",
                "每个市场都需要各自的标签、证书、买家和价格。专注一两个市场，才能把这些工作做完。",
                "市場ごとにラベル、認証、バイヤー、価格が必要です。1〜2に絞ればやり遂げられます。",
                "كل سوق تحتاج ملصقاتها وشهاداتها ومشتريها وأسعارها. والتركيز على سوق أو سوقين يجعل العمل ممكنًا.",
                "Chaque marché exige ses étiquettes, certificats, acheteurs et prix. Se concentrer "
                "sur un ou deux rend ce travail faisable.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Apa yang dituntut aturan bebas deforestasi Uni Eropa (EUDR) untuk kopi?",
                "What does the EU deforestation regulation (EUDR) require for coffee?",
                "欧盟无毁林法规（EUDR）对咖啡有什么要求？",
                "EUの森林破壊防止規則（EUDR）はコーヒーに何を求めますか。",
                "ماذا تشترط لائحة الاتحاد الأوروبي لمكافحة إزالة الغابات (EUDR) للبن؟",
                "Qu'exige le règlement européen sur la déforestation (EUDR) pour le café ?",
            ),
            t(
                "Bukti bebas deforestasi setelah 31 Desember 2020, dengan titik koordinat kebun",
                "Proof of no deforestation after 31 December 2020, with the plots' coordinates",
                "证明2020年12月31日之后未毁林，并提供地块坐标",
                "2020年12月31日以降に森林破壊がない証明と農園の位置座標",
                "إثبات عدم إزالة الغابات بعد 31 ديسمبر 2020 مع إحداثيات قطع الأرض",
                "La preuve de l'absence de déforestation après le 31 décembre 2020, avec les "
                "coordonnées des parcelles",
            ),
            [
                t(
                    "Sertifikat halal dari lembaga yang diakui SFDA untuk setiap pengiriman",
                    "A halal certificate from an SFDA-recognised body for every shipment",
                    "每批货都附SFDA认可机构出具的清真证书",
                    "出荷ごとにSFDAが認めた機関のハラール証明書",
                    "شهادة حلال من جهة تعترف بها الهيئة السعودية لكل شحنة",
                    "Un certificat halal d'un organisme reconnu par la SFDA pour chaque envoi",
                ),
                t(
                    "Pendaftaran fasilitas pangan di FDA dan pemberitahuan sebelum kapal tiba",
                    "FDA food facility registration and prior notice before arrival",
                    "在FDA注册食品设施并在到港前预先通报",
                    "FDAへの食品施設登録と到着前の事前通知",
                    "تسجيل منشأة الأغذية لدى FDA والإشعار المسبق قبل الوصول",
                    "L'enregistrement FDA de l'établissement et une notification avant l'arrivée",
                ),
            ],
            t(
                "EUDR mencakup kopi, kakao, sawit dan lainnya: bebas deforestasi sejak 31 Desember "
                "2020, legal, dengan geolokasi kebun. Berlaku 30 Desember 2026 (besar, menengah) "
                "dan 30 Juni 2027 (mikro, kecil).",
                "The EUDR covers coffee, cocoa, palm oil and more: deforestation-free since 31 "
                "December 2020, legal, with plot geolocation. It applies from 30 December 2026 "
                "(large, medium) and 30 June 2027 (micro, small).",
                "EUDR涵盖咖啡、可可、棕榈油等：自2020年12月31日起无毁林、合法，并有地块地理定位。"
                "2026年12月30日起适用于大中型经营者，2027年6月30日起适用于微型和小型企业。",
                "EUDRはコーヒー、カカオ、パーム油などが対象で、2020年12月31日以降の森林破壊がなく合法で"
                "あること、農園の位置情報を求めます。大・中規模は2026年12月30日、零細・小規模は2027年"
                "6月30日から適用です。",
                "تشمل EUDR البن والكاكاو وزيت النخيل وغيرها: خالية من إزالة الغابات منذ 31 ديسمبر 2020، "
                "وقانونية، مع تحديد الموقع الجغرافي. تسري من 30 ديسمبر 2026 (الكبار والمتوسطون) و30 "
                "يونيو 2027 (الصغرى والصغيرة).",
                "L'EUDR couvre café, cacao, huile de palme et d'autres : sans déforestation depuis "
                "le 31 décembre 2020, légal, avec géolocalisation des parcelles. Applicable le 30 "
                "décembre 2026 (grands, moyens) et le 30 juin 2027 (micro, petits).",
            ),
        ),
        q(
            t(
                "Mengapa melihat pertumbuhan impor lima tahun, bukan hanya besarnya?",
                "Why look at five-year import growth, not only size?",
                "为什么要看五年的进口增长，而不只是规模？",
                "規模だけでなく5年間の輸入の伸びを見るのはなぜですか。",
                "لماذا تنظر إلى نمو الواردات خلال خمس سنوات لا إلى حجمها فقط؟",
                "Pourquoi regarder la croissance des importations sur cinq ans, pas seulement leur "
                "taille ?",
            ),
            t(
                "Pasar yang tumbuh memberi ruang bagi pemasok baru",
                "A growing market leaves room for new suppliers",
                "增长中的市场为新供应商留有空间",
                "伸びている市場には新しい供給者の余地があるから",
                "لأن السوق النامية تترك مكانًا لموردين جدد",
                "Un marché en croissance laisse de la place aux nouveaux fournisseurs",
            ),
            [
                t(
                    "Karena tarif selalu turun di pasar besar",
                    "Because tariffs always fall in big markets",
                    "因为大市场的关税总在下降",
                    "大きな市場では関税が必ず下がるから",
                    "لأن التعريفات تنخفض دائمًا في الأسواق الكبيرة",
                    "Parce que les droits baissent toujours sur les grands marchés",
                ),
                t(
                    "Satu tahun data sudah cukup",
                    "One year of data is enough",
                    "一年的数据就够了",
                    "1年分のデータで十分だから",
                    "لأن بيانات سنة واحدة تكفي",
                    "Une année de données suffit",
                ),
            ],
            t(
                "Di pasar besar yang stagnan, pemasok lama sudah mengisi permintaan. Tren beberapa "
                "tahun juga meredam lonjakan satu tahun.",
                "In a big but flat market, existing suppliers already fill demand. A several-year "
                "trend also smooths out a one-year spike.",
                "在规模大但停滞的市场，老供应商已经满足了需求。多年的趋势也能消除一年的异常波动。",
                "大きくても伸びない市場では、既存の供給者が需要を満たしています。数年の傾向を見れば1年の"
                "急変にも惑わされません。",
                "في سوق كبيرة راكدة يغطي الموردون القدامى الطلب. واتجاه عدة سنوات يخفف أثر قفزة سنة واحدة.",
                "Sur un marché grand mais stagnant, les fournisseurs en place couvrent déjà la "
                "demande. Une tendance sur plusieurs années lisse aussi un pic ponctuel.",
            ),
        ),
        q(
            t(
                "Pasar terbesar untuk lada Anda menuntut batas residu yang belum bisa Anda penuhi. "
                "Langkah yang masuk akal…",
                "The biggest market for your pepper demands residue limits you cannot meet yet. "
                "A sensible step is…",
                "您的胡椒最大的市场要求的残留限量您暂时达不到。合理的做法是……",
                "こしょうの最大市場が、まだ満たせない残留基準を求めています。妥当な一手は…",
                "أكبر سوق لفلفلك تشترط حدود بقايا لا تستطيع تلبيتها بعد. الخطوة المعقولة هي…",
                "Le plus grand marché pour votre poivre exige des limites de résidus que vous ne "
                "pouvez pas encore respecter. Une démarche sensée est…",
            ),
            t(
                "Mulai di pasar yang bisa dilayani sekarang dan rencanakan uji residu untuk pasar "
                "besar itu",
                "Start in a market you can serve now and plan residue tests for the big one",
                "先从现在能服务的市场做起，同时为大市场安排残留检测",
                "今対応できる市場で始め、大市場向けの残留検査を計画する",
                "البدء في سوق يمكنك خدمتها الآن والتخطيط لفحوص البقايا للسوق الكبيرة",
                "Commencer sur un marché servable dès maintenant et planifier les analyses pour le "
                "grand",
            ),
            [
                t(
                    "Tetap mengirim ke pasar besar itu dan berharap kiriman lolos pemeriksaan",
                    "Ship to the big market anyway and hope the goods pass inspection",
                    "照样发往大市场，指望货物能通过检验",
                    "とにかく大市場に出荷し、検査を通ることを願う",
                    "الشحن إلى السوق الكبيرة على أي حال على أمل اجتياز الفحص",
                    "Expédier quand même vers le grand marché en espérant passer le contrôle",
                ),
                t(
                    "Berhenti mengekspor lada sampai semua pasar bisa dilayani sekaligus",
                    "Stop exporting pepper until every market can be served at once",
                    "停止出口胡椒，直到能同时服务所有市场",
                    "すべての市場に同時に対応できるまでこしょうの輸出をやめる",
                    "التوقف عن تصدير الفلفل حتى يمكن خدمة كل الأسواق معًا",
                    "Arrêter d'exporter du poivre jusqu'à pouvoir servir tous les marchés à la fois",
                ),
            ],
            t(
                "Kiriman yang melampaui batas residu bisa ditolak atau dimusnahkan atas biaya "
                "eksportir. Pasar yang persyaratannya terpenuhi memberi pengalaman dan arus kas "
                "lebih dulu.",
                "A shipment over the residue limits can be refused or destroyed at the exporter's "
                "cost. A market whose requirements you meet brings experience and cash flow first.",
                "超过残留限量的货物可能被拒收或销毁，费用由出口商承担。先做能满足要求的市场，可以积累"
                "经验和现金流。",
                "残留基準を超えた貨物は、輸出者の負担で積戻しや廃棄になることがあります。要件を満たせる"
                "市場で、まず経験と資金繰りを得ましょう。",
                "الشحنة التي تتجاوز حدود البقايا قد تُرفض أو تُتلف على نفقة المصدّر. والسوق التي تلبي "
                "متطلباتها تمنحك الخبرة والسيولة أولًا.",
                "Un envoi au-delà des limites de résidus peut être refoulé ou détruit aux frais de "
                "l'exportateur. Un marché dont vous remplissez les exigences apporte d'abord "
                "expérience et trésorerie.",
            ),
        ),
        q(
            t(
                "Apa yang dimaksud ekspor tidak langsung?",
                "What is indirect export?",
                "什么是间接出口？",
                "間接輸出とは何ですか。",
                "ما المقصود بالتصدير غير المباشر؟",
                "Qu'est-ce que l'export indirect ?",
            ),
            t(
                "Memasok eksportir atau agregator yang mengirim ke luar negeri",
                "Supplying an exporter or aggregator who ships abroad",
                "向负责出口的出口商或集货商供货",
                "海外へ出荷する輸出業者や集荷業者に供給すること",
                "التوريد لمصدّر أو مجمِّع يشحن إلى الخارج",
                "Fournir un exportateur ou un agrégateur qui expédie à l'étranger",
            ),
            [
                t(
                    "Menjual lewat toko daring di dalam negeri saja",
                    "Selling only through a domestic online shop",
                    "只通过国内网店销售",
                    "国内のネットショップだけで売ること",
                    "البيع عبر متجر إلكتروني محلي فقط",
                    "Vendre seulement via une boutique en ligne nationale",
                ),
                t(
                    "Mengirim tanpa PEB",
                    "Shipping without a PEB",
                    "不报关就发货",
                    "PEBなしで出荷すること",
                    "الشحن بلا بيان تصدير",
                    "Expédier sans PEB",
                ),
            ],
            t(
                "Produk Anda tetap diekspor, tetapi eksportir lain yang mengurus dokumen dan "
                "pembeli. Ini cara belajar dengan risiko kecil, dan program menghitungnya.",
                "Your product is still exported, but another exporter handles documents and "
                "buyers. It is a low-risk way to learn, and the programme counts it.",
                "您的产品照样出口，只是由其他出口商处理单证和买家。这是低风险的学习方式，项目也会计入。",
                "製品は輸出されますが、書類とバイヤーは他の輸出業者が扱います。リスクの小さい学び方で、"
                "プログラムでも実績に数えます。",
                "يُصدَّر منتجك فعلًا، لكن مصدّرًا آخر يتولى المستندات والمشترين. إنها طريقة تعلّم قليلة "
                "المخاطر، ويحتسبها البرنامج.",
                "Votre produit est bien exporté, mais un autre exportateur gère documents et "
                "acheteurs. C'est une façon d'apprendre à faible risque, et le programme la compte.",
            ),
            right_at=1,
        ),
    ],
}
