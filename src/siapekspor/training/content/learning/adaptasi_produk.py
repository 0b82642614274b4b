"""Adapting the product, its packaging and its label, with banana chips and tapis examples."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "adaptasi-produk",
    "level": "pemula",
    "dimension": "product",
    "credit": 5,
    "title": t(
        "Adaptasi produk, kemasan dan label",
        "Adapting product, packaging and label",
        "产品、包装和标签的适配",
        "製品・包装・ラベルの現地適合",
        "تكييف المنتج والتغليف والملصق",
        "Adapter le produit, l'emballage et l'étiquette",
    ),
    "summary": t(
        "Apa yang diubah untuk negara tujuan: label dalam bahasanya, kemasan yang tahan "
        "perjalanan, dan produk yang cocok dengan selera pembeli.",
        "What to change for a destination: a label in its language, packaging that survives the "
        "journey, and a product that suits buyers' tastes.",
        "针对目标市场需要改变什么：当地语言的标签、经得起运输的包装、符合买家口味的产品。",
        "輸出先に合わせて変えるもの：現地語のラベル、長旅に耐える包装、買い手の好みに合う製品。",
        "ما الذي يتغيّر لبلد الوجهة: ملصق بلغتها، وتغليف يتحمّل الرحلة، ومنتج يناسب أذواق المشترين.",
        "Ce qu'il faut changer pour une destination : une étiquette dans sa langue, un "
        "emballage qui supporte le voyage et un produit au goût des acheteurs.",
    ),
    "screens": [
        {
            "title": t(
                "Inti tetap, kemasan menyesuaikan",
                "Keep the core, adapt the rest",
                "保留核心，调整其余",
                "核は守り、ほかを合わせる",
                "احتفظ بالجوهر وكيّف الباقي",
                "Garder l'essentiel, adapter le reste",
            ),
            "body": t(
                "Pembeli luar negeri membeli keunggulan produk Anda: rasa keripik pisang Lampung, "
                "motif tapis, aroma robusta. Yang biasanya perlu diubah adalah hal di sekitarnya:\n\n"
                "• Label: bahasa, isi wajib dan satuan menurut aturan negara tujuan.\n"
                "• Kemasan: tahan lembap dan benturan selama berminggu-minggu di kontainer.\n"
                "• Ukuran dan porsi: bungkus kecil untuk ritel, karung atau karton besar untuk "
                "industri.\n"
                "• Resep atau bahan: misalnya tingkat manis, pewarna atau bahan tambahan yang "
                "tidak diizinkan di negara tujuan.\n\n"
                "Tanyakan dulu kepada pembeli apa yang ia butuhkan. Ubah sesedikit mungkin, tetapi "
                "semua yang diwajibkan.",
                "Buyers abroad buy what makes your product special: the taste of Lampung banana "
                "chips, the motifs of tapis, the aroma of robusta. What usually needs to change is "
                "around it:\n\n"
                "• Label: language, mandatory content and units under the destination's rules.\n"
                "• Packaging: resistant to moisture and knocks for weeks in a container.\n"
                "• Size and portion: small packs for retail, bags or large cartons for industry.\n"
                "• Recipe or ingredients: for example the level of sweetness, or colourings and "
                "additives that the destination does not allow.\n\n"
                "Ask the buyer first what they need. Change as little as possible, but everything "
                "that is required.",
                "海外买家买的是您产品的特色：楠榜香蕉片的味道、塔比斯的图案、罗布斯塔的香气。通常需要改变的"
                "是它周围的东西：\n\n"
                "• 标签：按目标国规定的语言、必备内容和计量单位。\n"
                "• 包装：在集装箱里经过数周仍能防潮、防撞。\n"
                "• 规格和份量：零售用小包装，工业用袋装或大箱。\n"
                "• 配方或原料：例如甜度，或目标国不允许的色素和添加剂。\n\n"
                "先问买家需要什么。能少改就少改，但凡是规定必须的都要改。",
                "海外のバイヤーが買うのは、製品ならではの魅力です。ランプンのバナナチップスの味、タピスの"
                "文様、ロブスタの香り。変える必要があるのは、たいていその周りです。\n\n"
                "• ラベル：輸出先の規則に沿った言語、必須表示、単位。\n"
                "• 包装：コンテナの中で何週間も湿気と衝撃に耐えること。\n"
                "• サイズと量目：小売向けの小袋、業務向けの袋や大きなカートン。\n"
                "• レシピや原材料：甘さの程度や、輸出先で認められない着色料・添加物など。\n\n"
                "まずバイヤーに何が必要か聞きましょう。変更は最小限に、ただし義務のあるものはすべて。",
                "يشتري المشترون في الخارج ما يميّز منتجك: طعم رقائق الموز اللامبونغية، وزخارف "
                "التابيس، ورائحة الروبوستا. وما يحتاج عادةً إلى التغيير هو ما حوله:\n\n"
                "• الملصق: اللغة والبيانات الإلزامية والوحدات وفق قواعد بلد الوجهة.\n"
                "• التغليف: يقاوم الرطوبة والصدمات أسابيع داخل الحاوية.\n"
                "• الحجم والحصة: عبوات صغيرة للتجزئة، وأكياس أو كراتين كبيرة للصناعة.\n"
                "• الوصفة أو المكوّنات: مثل درجة الحلاوة، أو ملوّنات ومضافات لا يسمح بها بلد الوجهة.\n\n"
                "اسأل المشتري أولًا عمّا يحتاجه. غيّر أقل ما يمكن، لكن كل ما هو إلزامي.",
                "Les acheteurs étrangers achètent ce qui rend votre produit unique : le goût des "
                "chips de banane de Lampung, les motifs du tapis, l'arôme du robusta. Ce qu'il "
                "faut changer se trouve d'ordinaire autour :\n\n"
                "• L'étiquette : langue, mentions obligatoires et unités selon les règles du pays.\n"
                "• L'emballage : résistant à l'humidité et aux chocs pendant des semaines en "
                "conteneur.\n"
                "• Le format : petits sachets pour la distribution, sacs ou grands cartons pour "
                "l'industrie.\n"
                "• La recette : par exemple le niveau de sucre, ou des colorants et additifs non "
                "autorisés à destination.\n\n"
                "Demandez d'abord à l'acheteur ce qu'il lui faut. Changez le moins possible, mais "
                "tout ce qui est obligatoire.",
            ),
        },
        {
            "title": t(
                "Apa yang wajib ada di label pangan",
                "What a food label must show",
                "食品标签必须标示什么",
                "食品ラベルに必要な表示",
                "ما يجب أن يظهر على ملصق الغذاء",
                "Les mentions obligatoires d'une étiquette alimentaire",
            ),
            "body": t(
                "Aturan tiap negara berbeda, tetapi isi berikut hampir selalu diminta: nama produk, "
                "daftar bahan dari yang terbanyak, alergen, berat bersih dalam satuan metrik, "
                "tanggal kedaluwarsa atau «baik digunakan sebelum», cara penyimpanan, nama dan "
                "alamat produsen atau importir, negara asal, dan informasi nilai gizi.\n\n"
                "Contoh aturan:\n"
                "• Uni Eropa (Peraturan 1169/2011): dalam bahasa yang mudah dipahami konsumen "
                "negara anggota tempat dijual; alergen ditonjolkan dalam daftar bahan.\n"
                "• Amerika Serikat: bahasa Inggris, tabel Nutrition Facts format AS, berat dalam "
                "satuan metrik dan satuan AS.\n"
                "• Jepang: label berbahasa Jepang, biasanya ditempel oleh importir.\n"
                "• Arab Saudi dan negara Teluk: label berbahasa Arab (boleh dua bahasa).\n\n"
                "Minta pembeli memeriksa rancangan label sebelum Anda mencetak ribuan lembar.",
                "Rules differ by country, but the following is almost always required: product "
                "name, ingredients in descending order, allergens, net weight in metric units, "
                "use-by or best-before date, storage conditions, name and address of the producer "
                "or importer, country of origin, and nutrition information.\n\n"
                "Examples of rules:\n"
                "• European Union (Regulation 1169/2011): in a language easily understood by "
                "consumers of the member state where sold; allergens emphasised in the ingredients "
                "list.\n"
                "• United States: English, a US-format Nutrition Facts panel, weight in metric and "
                "US units.\n"
                "• Japan: a label in Japanese, usually applied by the importer.\n"
                "• Saudi Arabia and the Gulf states: a label in Arabic (bilingual allowed).\n\n"
                "Ask the buyer to check the label draft before you print thousands.",
                "各国规定不同，但以下内容几乎总是必需的：产品名称、按含量递减排列的配料表、过敏原、"
                "公制净含量、保质期或“最佳食用日期”、储存条件、生产商或进口商的名称和地址、原产国以及"
                "营养信息。\n\n"
                "规定示例：\n"
                "• 欧盟（第1169/2011号条例）：使用销售所在成员国消费者易懂的语言；过敏原须在配料表中突出显示。\n"
                "• 美国：英文，美国格式的营养成分表，净含量同时标公制和美制单位。\n"
                "• 日本：日文标签，通常由进口商粘贴。\n"
                "• 沙特阿拉伯和海湾国家：阿拉伯文标签（可双语）。\n\n"
                "在印刷成千上万张之前，请买家先审核标签草稿。",
                "規則は国によって違いますが、次の項目はほぼ必ず求められます。品名、重量順の原材料、"
                "アレルゲン、メートル法の正味量、消費期限または賞味期限、保存方法、製造者または輸入者の"
                "名称と住所、原産国、栄養成分表示。\n\n"
                "規則の例：\n"
                "• EU（規則1169/2011）：販売される加盟国の消費者が容易に理解できる言語で。アレルゲンは"
                "原材料表示の中で強調する。\n"
                "• 米国：英語、米国式のNutrition Facts表示、重量はメートル法と米国単位の併記。\n"
                "• 日本：日本語のラベル。通常は輸入者が貼付。\n"
                "• サウジアラビアと湾岸諸国：アラビア語のラベル（2か国語併記可）。\n\n"
                "何千枚も印刷する前に、ラベル案をバイヤーに確認してもらいましょう。",
                "تختلف القواعد من بلد إلى آخر، لكن البيانات الآتية مطلوبة في الغالب دائمًا: اسم "
                "المنتج، والمكوّنات بترتيب تنازلي، ومسبّبات الحساسية، والوزن الصافي بالوحدات المترية، "
                "وتاريخ انتهاء الصلاحية أو «يُفضَّل استهلاكه قبل»، وشروط التخزين، واسم المنتج أو "
                "المستورد وعنوانه، وبلد المنشأ، والمعلومات الغذائية.\n\n"
                "أمثلة على القواعد:\n"
                "• الاتحاد الأوروبي (اللائحة 1169/2011): بلغة يفهمها بسهولة مستهلكو الدولة العضو التي "
                "يُباع فيها؛ مع إبراز مسبّبات الحساسية في قائمة المكوّنات.\n"
                "• الولايات المتحدة: الإنجليزية، وجدول Nutrition Facts بالصيغة الأمريكية، والوزن "
                "بالوحدات المترية والأمريكية.\n"
                "• اليابان: ملصق باليابانية يضعه المستورد عادةً.\n"
                "• السعودية ودول الخليج: ملصق بالعربية (ويجوز بلغتين).\n\n"
                "اطلب من المشتري مراجعة مسودة الملصق قبل أن تطبع الآلاف.",
                "Les règles varient selon les pays, mais ceci est presque toujours exigé : "
                "dénomination, liste des ingrédients par ordre décroissant, allergènes, poids net "
                "en unités métriques, date limite ou date de durabilité minimale, conditions de "
                "conservation, nom et adresse du fabricant ou de l'importateur, pays d'origine et "
                "déclaration nutritionnelle.\n\n"
                "Exemples de règles :\n"
                "• Union européenne (règlement 1169/2011) : dans une langue facilement comprise "
                "par les consommateurs de l'État membre de vente ; allergènes mis en évidence dans "
                "la liste des ingrédients.\n"
                "• États-Unis : anglais, tableau Nutrition Facts au format américain, poids en "
                "unités métriques et américaines.\n"
                "• Japon : étiquette en japonais, en général apposée par l'importateur.\n"
                "• Arabie saoudite et pays du Golfe : étiquette en arabe (bilingue admise).\n\n"
                "Faites vérifier le projet d'étiquette par l'acheteur avant d'en imprimer des "
                "milliers.",
            ),
        },
        {
            "title": t(
                "Kemasan yang tahan perjalanan",
                "Packaging that survives the journey",
                "经得起运输的包装",
                "長旅に耐える包装",
                "تغليف يتحمّل الرحلة",
                "Un emballage qui tient le voyage",
            ),
            "body": t(
                "Perjalanan laut dari Panjang ke Eropa memakan beberapa minggu, di kontainer yang "
                "panas siang hari dan dingin malam hari, sehingga uap air bisa mengembun.\n\n"
                "• Kemasan primer: untuk keripik, plastik berlapis logam atau aluminium yang "
                "menahan uap air dan oksigen; pengisian gas nitrogen memperlambat ketengikan dan "
                "melindungi keripik dari hancur. Uji masa simpan sebelum menulis tanggal di label.\n"
                "• Kemasan luar: karton bergelombang yang cukup kuat untuk ditumpuk dan tahan "
                "lembap; isi penuh agar tidak bergeser.\n"
                "• Palet kayu: harus memenuhi ISPM 15 (diberi perlakuan panas atau fumigasi dan "
                "bertanda), atau gunakan palet plastik.\n"
                "• Marking: nama pembeli, tujuan, nomor karton (1/400), berat, tanda «jaga tetap "
                "kering».\n\n"
                "Kemasan yang rusak adalah penyebab klaim yang paling sering dan paling mudah "
                "dicegah.",
                "A sea voyage from Panjang to Europe takes several weeks, in a container that is "
                "hot by day and cool at night, so moisture can condense.\n\n"
                "• Primary packaging: for chips, metallised or aluminium laminate that blocks "
                "moisture and oxygen; nitrogen flushing slows rancidity and protects the chips "
                "from breaking. Test the shelf life before printing a date on the label.\n"
                "• Outer packaging: corrugated cartons strong enough to stack and resistant to "
                "damp; fill them fully so nothing shifts.\n"
                "• Wooden pallets: must meet ISPM 15 (heat-treated or fumigated and marked), or "
                "use plastic pallets.\n"
                '• Marks: buyer\'s name, destination, carton number (1/400), weight, "keep dry" '
                "sign.\n\n"
                "Damaged packaging is the most frequent cause of claims and the easiest to prevent.",
                "从潘姜港海运到欧洲需要数周，集装箱白天炎热、夜里凉爽，水汽可能凝结。\n\n"
                "• 内包装：香蕉片宜用镀铝或铝箔复合膜，阻隔水汽和氧气；充氮可延缓酸败，并防止碎裂。在标签上"
                "印日期之前先做保质期测试。\n"
                "• 外包装：足够结实、可堆码、防潮的瓦楞纸箱；装满，避免晃动。\n"
                "• 木托盘：必须符合ISPM 15（经热处理或熏蒸并加施标识），或改用塑料托盘。\n"
                "• 唛头：买方名称、目的地、箱号（1/400）、重量、“保持干燥”标志。\n\n"
                "包装破损是最常见、也最容易预防的索赔原因。",
                "パンジャン港から欧州までの船旅は数週間。コンテナは昼は暑く夜は冷え、湿気が結露します。\n\n"
                "• 内装：チップスには水分と酸素を遮るアルミ蒸着またはアルミ積層フィルム。窒素充填で酸化を"
                "遅らせ、割れも防ぎます。ラベルに期限を印刷する前に保存試験を。\n"
                "• 外装：積み重ねに耐え、湿気に強い段ボール箱。中で動かないよう満杯に詰める。\n"
                "• 木製パレット：ISPM 15（熱処理または燻蒸と表示）に適合させるか、プラスチック製を使う。\n"
                "• 荷印：買主名、仕向地、カートン番号（1/400）、重量、「水濡れ注意」マーク。\n\n"
                "包装の破損はクレームの原因として最も多く、最も防ぎやすいものです。",
                "تستغرق الرحلة البحرية من بانجانغ إلى أوروبا عدة أسابيع، في حاوية حارة نهارًا وباردة "
                "ليلًا، فقد يتكثف بخار الماء.\n\n"
                "• التغليف الأولي: للرقائق أغشية معدنية أو مصفّحة بالألومنيوم تحجب الرطوبة والأكسجين؛ "
                "والتعبئة بالنيتروجين تبطئ التزنّخ وتحمي الرقائق من التكسّر. اختبر مدة الصلاحية قبل "
                "طباعة التاريخ.\n"
                "• التغليف الخارجي: كراتين مموّجة متينة تتحمّل التكديس والرطوبة؛ املأها جيدًا كي لا "
                "يتحرك شيء.\n"
                "• المنصات الخشبية: يجب أن تستوفي المعيار ISPM 15 (معالجة حرارية أو تبخير مع علامة)، أو "
                "استعمل منصات بلاستيكية.\n"
                "• العلامات: اسم المشتري، والوجهة، ورقم الكرتونة (1/400)، والوزن، وعلامة «يُحفظ جافًا».\n\n"
                "التغليف التالف أكثر أسباب الشكاوى شيوعًا وأسهلها منعًا.",
                "Un voyage par mer de Panjang à l'Europe dure plusieurs semaines, dans un "
                "conteneur chaud le jour et frais la nuit : l'humidité peut condenser.\n\n"
                "• Emballage primaire : pour des chips, un complexe métallisé ou aluminium qui "
                "bloque l'humidité et l'oxygène ; l'inertage à l'azote ralentit le rancissement "
                "et évite la casse. Testez la durée de conservation avant d'imprimer une date.\n"
                "• Emballage extérieur : cartons ondulés assez solides pour être gerbés et "
                "résistants à l'humidité ; remplissez-les pour que rien ne bouge.\n"
                "• Palettes en bois : conformes à la NIMP 15 (traitées à la chaleur ou fumigées "
                "et marquées), ou palettes en plastique.\n"
                "• Marquage : nom de l'acheteur, destination, numéro de carton (1/400), poids, "
                "pictogramme « craint l'humidité ».\n\n"
                "L'emballage abîmé est la cause de réclamation la plus fréquente et la plus facile "
                "à éviter.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: keripik pisang untuk Jepang dan Arab Saudi",
                "Example: banana chips for Japan and Saudi Arabia",
                "示例：销往日本和沙特阿拉伯的香蕉片",
                "例：日本向けとサウジアラビア向けのバナナチップス",
                "مثال: رقائق الموز لليابان والسعودية",
                "Exemple : chips de banane pour le Japon et l'Arabie saoudite",
            ),
            "body": t(
                "Sebuah IKM di Bandar Lampung menjual keripik pisang cokelat dalam bungkus 250 g "
                "berlabel bahasa Indonesia dengan nomor PIRT. Dua pembeli baru meminta:\n\n"
                "Jepang (importir makanan ringan di Osaka):\n"
                "• Bungkus 100 g yang lebih kecil, rasa kurang manis, tanpa pewarna sintetis.\n"
                "• Importir menempel label berbahasa Jepang; IKM mengirim daftar bahan lengkap, "
                "alergen (susu dalam cokelat, kedelai dalam lesitin) dan hasil uji gizi.\n"
                "• Karton berisi 40 bungkus, dengan lapisan plastik di dalam.\n\n"
                "Arab Saudi (distributor di Jeddah):\n"
                "• Label dua bahasa Arab dan Inggris, tanggal produksi dan kedaluwarsa.\n"
                "• Sertifikat halal dari lembaga yang diakui SFDA; logo halal BPJPH saja belum "
                "cukup bila lembaganya tidak diakui.\n\n"
                "Produknya tetap keripik yang sama; yang berubah adalah ukuran, sedikit resep, "
                "label dan dokumen.",
                "An IKM in Bandar Lampung sells chocolate banana chips in 250 g packs labelled in "
                "Indonesian with a PIRT number. Two new buyers ask for:\n\n"
                "Japan (a snack importer in Osaka):\n"
                "• Smaller 100 g packs, less sweet, no synthetic colourings.\n"
                "• The importer applies a Japanese label; the IKM sends the full ingredients list, "
                "allergens (milk in the chocolate, soy in the lecithin) and nutrition test results.\n"
                "• Cartons of 40 packs, with a plastic liner inside.\n\n"
                "Saudi Arabia (a distributor in Jeddah):\n"
                "• A bilingual Arabic and English label, production and expiry dates.\n"
                "• A halal certificate from a body recognised by the SFDA; the BPJPH halal logo "
                "alone is not enough if the body is not recognised.\n\n"
                "The product remains the same chips; what changes is the size, a little of the "
                "recipe, the label and the documents.",
                "班达楠榜的一家中小企业销售250克装的巧克力香蕉片，标签为印尼文并有PIRT编号。两位新买家提出：\n\n"
                "日本（大阪的一家零食进口商）：\n"
                "• 改为100克小包装，甜度降低，不用合成色素。\n"
                "• 进口商粘贴日文标签；企业提供完整配料表、过敏原（巧克力中的乳、卵磷脂中的大豆）和营养检测结果。\n"
                "• 每箱40包，箱内加塑料内衬。\n\n"
                "沙特阿拉伯（吉达的一家分销商）：\n"
                "• 阿拉伯文和英文双语标签，注明生产日期和到期日期。\n"
                "• 由SFDA认可机构出具的清真证书；如果认证机构不被认可，仅有BPJPH清真标志是不够的。\n\n"
                "产品仍是同样的香蕉片；改变的是规格、少许配方、标签和单证。",
                "バンダルランプンの中小工業が、インドネシア語ラベルとPIRT番号付きの250g入りチョコ"
                "バナナチップスを売っています。新しい2社のバイヤーの要望：\n\n"
                "日本（大阪のスナック輸入商）：\n"
                "• 100gの小袋、甘さ控えめ、合成着色料なし。\n"
                "• 日本語ラベルは輸入商が貼付。工房は原材料の全リスト、アレルゲン（チョコレートの乳、"
                "レシチンの大豆）、栄養成分の分析結果を送る。\n"
                "• 1カートン40袋、内側にポリ袋の内張り。\n\n"
                "サウジアラビア（ジッダの販売代理店）：\n"
                "• アラビア語と英語の2か国語ラベル、製造日と期限。\n"
                "• SFDAが認めた機関のハラール証明書。認証機関が認められていなければ、BPJPHのハラール"
                "マークだけでは不十分。\n\n"
                "製品は同じチップスのまま。変わるのはサイズ、レシピの一部、ラベル、書類です。",
                "تبيع منشأة صغيرة في بندر لامبونغ رقائق موز بالشوكولاتة في عبوات 250 غ بملصق "
                "إندونيسي ورقم PIRT. يطلب مشتريان جديدان:\n\n"
                "اليابان (مستورد وجبات خفيفة في أوساكا):\n"
                "• عبوات أصغر بوزن 100 غ، وحلاوة أقل، وبلا ملوّنات صناعية.\n"
                "• يضع المستورد ملصقًا باليابانية؛ وترسل المنشأة قائمة المكوّنات كاملة، ومسبّبات "
                "الحساسية (الحليب في الشوكولاتة، والصويا في الليسيثين)، ونتائج تحليل القيمة الغذائية.\n"
                "• كراتين من 40 عبوة مع بطانة بلاستيكية.\n\n"
                "السعودية (موزّع في جدة):\n"
                "• ملصق بالعربية والإنجليزية، مع تاريخي الإنتاج والانتهاء.\n"
                "• شهادة حلال من جهة تعترف بها الهيئة العامة للغذاء والدواء؛ فشعار الحلال من BPJPH "
                "وحده لا يكفي إن لم تكن الجهة معترفًا بها.\n\n"
                "يبقى المنتج الرقائق نفسها؛ والذي يتغيّر هو الحجم وشيء من الوصفة والملصق والمستندات.",
                "Une PMI de Bandar Lampung vend des chips de banane au chocolat en sachets de 250 g "
                "étiquetés en indonésien avec un numéro PIRT. Deux nouveaux acheteurs demandent :\n\n"
                "Japon (importateur de snacks à Osaka) :\n"
                "• Des sachets plus petits de 100 g, moins sucrés, sans colorants de synthèse.\n"
                "• L'importateur appose une étiquette en japonais ; la PMI fournit la liste "
                "complète des ingrédients, les allergènes (lait dans le chocolat, soja dans la "
                "lécithine) et une analyse nutritionnelle.\n"
                "• Cartons de 40 sachets, avec un sac plastique intérieur.\n\n"
                "Arabie saoudite (distributeur à Djeddah) :\n"
                "• Une étiquette bilingue arabe et anglais, dates de production et de péremption.\n"
                "• Un certificat halal d'un organisme reconnu par la SFDA ; le logo halal BPJPH "
                "seul ne suffit pas si l'organisme n'est pas reconnu.\n\n"
                "Le produit reste les mêmes chips ; changent le format, un peu la recette, "
                "l'étiquette et les documents.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh nonpangan: tapis dan barcode",
                "A non-food example: tapis and barcodes",
                "非食品示例：塔比斯和条形码",
                "食品以外の例：タピスとバーコード",
                "مثال غير غذائي: التابيس والرموز الشريطية",
                "Un exemple non alimentaire : le tapis et les codes-barres",
            ),
            "body": t(
                "Sanggar tapis di Pesawaran menjual selendang dan hiasan dinding. Untuk toko di "
                "Uni Eropa, produk tekstil wajib diberi label komposisi serat (Peraturan UE "
                "1007/2011), misalnya «60 % katun, 40 % poliester (benang metalik)», dalam bahasa "
                "negara tempat dijual. Petunjuk perawatan wajib di beberapa negara seperti Amerika "
                "Serikat dan Jepang, dan biasanya diminta pembeli di negara lain.\n\n"
                "Toko ritel juga meminta barcode EAN-13 di setiap barang. Nomor barcode yang sah "
                "diperoleh dengan menjadi anggota GS1 Indonesia; jangan memakai nomor buatan "
                "sendiri.\n\n"
                "Cerita produk adalah bagian dari adaptasi: kartu kecil dalam bahasa pembeli yang "
                "menjelaskan asal motif tapis, nama penenun dan waktu pengerjaan membuat harga yang "
                "lebih tinggi masuk akal bagi pembeli.",
                "A tapis workshop in Pesawaran sells shawls and wall hangings. For shops in the "
                "European Union, textile products must carry a fibre-composition label (EU "
                'Regulation 1007/2011), for example "60 % cotton, 40 % polyester (metallic '
                'thread)", in the language of the country of sale. Care instructions are '
                "mandatory in some countries such as the United States and Japan, and buyers "
                "elsewhere usually ask for them.\n\n"
                "Retail shops also want an EAN-13 barcode on every item. Valid barcode numbers "
                "come with membership of GS1 Indonesia; do not make up your own numbers.\n\n"
                "The product's story is part of adapting it: a small card in the buyer's language "
                "telling where the tapis motif comes from, the weaver's name and the time it took "
                "makes a higher price understandable.",
                "佩萨瓦兰的塔比斯工坊销售披肩和挂饰。供应欧盟商店时，纺织品必须标注纤维成分标签（欧盟第"
                "1007/2011号条例），例如“棉60%，聚酯40%（金属线）”，并使用销售国的语言。在美国和日本等"
                "一些国家，洗护说明是强制性的，其他国家的买家通常也会要求。\n\n"
                "零售商店还要求每件商品都有EAN-13条形码。合法的条码号码需加入GS1印尼获得；不要自己编号。\n\n"
                "产品故事也是适配的一部分：用买家语言写一张小卡片，介绍塔比斯图案的来历、织工的名字和制作"
                "用时，会让较高的价格显得合理。",
                "プサワランのタピス工房はショールと壁掛けを販売しています。EUの店向けには、繊維製品に"
                "繊維組成表示（EU規則1007/2011）が必要です。例えば「綿60%、ポリエステル40%（金属糸）」を"
                "販売国の言語で。取扱い表示は米国や日本など一部の国で義務で、ほかの国でもバイヤーから"
                "たいてい求められます。\n\n"
                "小売店は全商品にEAN-13バーコードを求めます。正規のバーコード番号はGS1インドネシアの会員に"
                "なって取得します。自分で番号を作らないこと。\n\n"
                "製品の物語も現地適合の一部です。タピス文様の由来、織り手の名前、制作にかかった時間を"
                "バイヤーの言語で書いた小さなカードがあれば、高めの価格にも納得してもらえます。",
                "تبيع ورشة تابيس في بيساواران شالات ومعلّقات جدارية. وللمتاجر في الاتحاد الأوروبي "
                "يجب أن تحمل المنسوجات ملصقًا بتركيب الألياف (اللائحة الأوروبية 1007/2011)، مثل «60 % "
                "قطن، 40 % بوليستر (خيط معدني)»، بلغة بلد البيع. وتعليمات العناية إلزامية في بعض "
                "البلدان كالولايات المتحدة واليابان، ويطلبها المشترون عادةً في غيرها.\n\n"
                "وتطلب متاجر التجزئة أيضًا رمزًا شريطيًا EAN-13 على كل قطعة. وتُحصَّل الأرقام الصحيحة "
                "بالانتساب إلى GS1 إندونيسيا؛ فلا تخترع أرقامك.\n\n"
                "قصة المنتج جزء من تكييفه: بطاقة صغيرة بلغة المشتري تشرح أصل زخرفة التابيس واسم "
                "النسّاجة ومدة العمل تجعل السعر الأعلى مفهومًا.",
                "Un atelier de tapis de Pesawaran vend des étoles et des tentures. Pour des "
                "boutiques de l'Union européenne, les textiles doivent porter une étiquette de "
                "composition (règlement UE 1007/2011), par exemple « 60 % coton, 40 % polyester "
                "(fil métallique) », dans la langue du pays de vente. Les consignes d'entretien "
                "sont obligatoires dans certains pays comme les États-Unis et le Japon, et les "
                "acheteurs les demandent en général ailleurs.\n\n"
                "Les détaillants veulent aussi un code-barres EAN-13 sur chaque article. Les "
                "numéros valables s'obtiennent en adhérant à GS1 Indonésie ; n'inventez pas les "
                "vôtres.\n\n"
                "L'histoire du produit fait partie de l'adaptation : une petite carte dans la "
                "langue de l'acheteur sur l'origine du motif, le nom de la tisserande et le temps "
                "de travail rend un prix plus élevé compréhensible.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Label pangan di Uni Eropa harus ditulis dalam bahasa…",
                "In the European Union a food label must be written in…",
                "在欧盟，食品标签必须使用……",
                "EUでは食品ラベルはどの言語で書かなければなりませんか。",
                "في الاتحاد الأوروبي يجب أن يُكتب ملصق الغذاء بـ…",
                "Dans l'Union européenne, une étiquette alimentaire doit être rédigée…",
            ),
            t(
                "Yang mudah dipahami konsumen negara anggota tempat produk dijual",
                "A language easily understood by consumers of the member state where it is sold",
                "销售所在成员国消费者易懂的语言",
                "販売される加盟国の消費者が容易に理解できる言語",
                "لغة يفهمها بسهولة مستهلكو الدولة العضو التي يُباع فيها",
                "Dans une langue facilement comprise des consommateurs de l'État membre de vente",
            ),
            [
                t(
                    "Bahasa Inggris saja di semua negara",
                    "English only in every country",
                    "所有国家都只用英语",
                    "どの国でも英語だけ",
                    "الإنجليزية فقط في كل البلدان",
                    "En anglais seulement partout",
                ),
                t(
                    "Bahasa Indonesia, karena produk dari Indonesia",
                    "Indonesian, because the product is from Indonesia",
                    "印尼语，因为产品来自印尼",
                    "インドネシア語（製品がインドネシア産だから）",
                    "الإندونيسية، لأن المنتج من إندونيسيا",
                    "En indonésien, puisque le produit vient d'Indonésie",
                ),
            ],
            t(
                "Peraturan 1169/2011 meminta bahasa yang mudah dipahami konsumen di negara tempat "
                "produk dijual; label untuk Prancis berbahasa Prancis.",
                "Regulation 1169/2011 asks for a language easily understood by consumers where the "
                "product is sold; a label for France is in French.",
                "第1169/2011号条例要求使用销售地消费者易懂的语言；销往法国的标签用法语。",
                "規則1169/2011は販売国の消費者が容易に理解できる言語を求めます。フランス向けならフランス語です。",
                "تطلب اللائحة 1169/2011 لغة يفهمها المستهلكون بسهولة حيث يُباع المنتج؛ فملصق فرنسا بالفرنسية.",
                "Le règlement 1169/2011 exige une langue facilement comprise là où le produit est "
                "vendu ; en France, l'étiquette est en français.",
            ),
        ),
        q(
            t(
                "Palet kayu untuk ekspor harus…",
                "Wooden pallets for export must…",
                "出口用木托盘必须……",
                "輸出用の木製パレットは…",
                "المنصات الخشبية للتصدير يجب أن…",
                "Les palettes en bois pour l'export doivent…",
            ),
            t(
                "Memenuhi ISPM 15: diberi perlakuan dan bertanda",
                "Meet ISPM 15: treated and marked",
                "符合ISPM 15：经处理并加施标识",
                "ISPM 15に適合（処理済みで表示あり）",
                "تستوفي المعيار ISPM 15: معالجة وعليها علامة",
                "Respecter la NIMP 15 : traitées et marquées",
            ),
            [
                t(
                    "Dicat warna terang",
                    "Be painted a bright colour",
                    "漆成鲜艳的颜色",
                    "明るい色に塗られている",
                    "تُطلى بلون زاهٍ",
                    "Être peintes d'une couleur vive",
                ),
                t(
                    "Terbuat dari kayu jati",
                    "Be made of teak",
                    "用柚木制成",
                    "チーク材で作られている",
                    "تُصنع من خشب الساج",
                    "Être en teck",
                ),
            ],
            t(
                "ISPM 15 adalah standar internasional kemasan kayu untuk mencegah hama terbawa. "
                "Palet plastik tidak terkena aturan ini.",
                "ISPM 15 is the international standard for wood packaging, to stop pests travelling "
                "with it. Plastic pallets are not covered.",
                "ISPM 15是木质包装的国际标准，防止有害生物随之传播。塑料托盘不受此限。",
                "ISPM 15は害虫の移動を防ぐための木材こん包の国際基準です。プラスチック製パレットは対象外です。",
                "ISPM 15 معيار دولي لمواد التعبئة الخشبية لمنع انتقال الآفات. ولا يشمل المنصات البلاستيكية.",
                "La NIMP 15 est la norme internationale des emballages en bois, pour éviter de "
                "transporter des ravageurs. Les palettes en plastique n'y sont pas soumises.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Bagaimana memperlambat ketengikan keripik pisang selama perjalanan laut?",
                "How can rancidity of banana chips be slowed during a sea voyage?",
                "海运途中如何延缓香蕉片酸败？",
                "船旅の間、バナナチップスの酸化をどう遅らせますか。",
                "كيف يُبطأ تزنّخ رقائق الموز أثناء الرحلة البحرية؟",
                "Comment ralentir le rancissement des chips de banane pendant le voyage ?",
            ),
            t(
                "Kemasan berlapis logam/aluminium dan pengisian nitrogen",
                "Metallised or aluminium laminate and nitrogen flushing",
                "使用镀铝/铝箔复合膜并充氮",
                "アルミ蒸着・積層フィルムと窒素充填",
                "غشاء معدني أو مصفّح بالألومنيوم مع التعبئة بالنيتروجين",
                "Complexe métallisé ou aluminium et inertage à l'azote",
            ),
            [
                t(
                    "Plastik bening tipis agar produk terlihat",
                    "Thin clear plastic so the product shows",
                    "用薄透明塑料，让产品看得见",
                    "中身が見える薄い透明フィルム",
                    "بلاستيك شفاف رقيق ليظهر المنتج",
                    "Un plastique fin transparent pour voir le produit",
                ),
                t(
                    "Menambah garam",
                    "Adding salt",
                    "多加盐",
                    "塩を増やす",
                    "زيادة الملح",
                    "Ajouter du sel",
                ),
            ],
            t(
                "Oksigen dan uap air mempercepat ketengikan. Lapisan penghalang dan nitrogen "
                "menahannya; uji masa simpan sebelum menulis tanggal.",
                "Oxygen and moisture speed up rancidity. Barrier films and nitrogen keep them out; "
                "test the shelf life before printing a date.",
                "氧气和水汽会加速酸败。阻隔膜和充氮可以挡住它们；印日期前先测试保质期。",
                "酸素と水分が酸化を早めます。バリアフィルムと窒素で防ぎ、期限を印刷する前に保存試験を。",
                "الأكسجين والرطوبة يسرّعان التزنّخ. والأغشية العازلة والنيتروجين يمنعانهما؛ اختبر الصلاحية قبل الطباعة.",
                "L'oxygène et l'humidité accélèrent le rancissement. Films barrières et azote les "
                "tiennent à distance ; testez la conservation avant d'imprimer une date.",
            ),
        ),
        q(
            t(
                "Label keripik untuk distributor di Arab Saudi harus memuat bahasa…",
                "A chips label for a distributor in Saudi Arabia must include…",
                "销往沙特分销商的香蕉片标签必须包含哪种语言？",
                "サウジアラビアの販売代理店向けチップスのラベルに必要な言語は…",
                "ملصق الرقائق لموزّع في السعودية يجب أن يتضمن…",
                "L'étiquette de chips pour un distributeur saoudien doit comporter…",
            ),
            t(
                "Arab (boleh bersama bahasa Inggris)",
                "Arabic (alongside English if you like)",
                "阿拉伯语（可同时加英语）",
                "アラビア語（英語との併記可）",
                "العربية (ويجوز معها الإنجليزية)",
                "L'arabe (avec l'anglais si l'on veut)",
            ),
            [
                t(
                    "Indonesia saja",
                    "Indonesian only",
                    "仅印尼语",
                    "インドネシア語のみ",
                    "الإندونيسية فقط",
                    "L'indonésien seulement",
                ),
                t(
                    "Prancis",
                    "French",
                    "法语",
                    "フランス語",
                    "الفرنسية",
                    "Le français",
                ),
            ],
            t(
                "Negara Teluk mewajibkan label berbahasa Arab; label dua bahasa lazim dipakai.",
                "Gulf states require labels in Arabic; bilingual labels are common.",
                "海湾国家要求阿拉伯文标签；双语标签很常见。",
                "湾岸諸国はアラビア語表示を義務づけており、2か国語ラベルが一般的です。",
                "تشترط دول الخليج ملصقًا بالعربية، والملصقات ثنائية اللغة شائعة.",
                "Les pays du Golfe exigent l'arabe ; les étiquettes bilingues sont courantes.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Di Amerika Serikat, berat bersih di label ditulis dalam…",
                "In the United States, net weight on the label is given in…",
                "在美国，标签上的净含量用……标示",
                "米国では、ラベルの正味量をどう表示しますか。",
                "في الولايات المتحدة يُكتب الوزن الصافي على الملصق بـ…",
                "Aux États-Unis, le poids net figure sur l'étiquette en…",
            ),
            t(
                "Satuan metrik dan satuan AS",
                "Metric and US units",
                "公制和美制单位",
                "メートル法と米国単位の併記",
                "الوحدات المترية والأمريكية معًا",
                "Unités métriques et américaines",
            ),
            [
                t(
                    "Hanya gram",
                    "Grams only",
                    "只用克",
                    "グラムのみ",
                    "الغرامات فقط",
                    "En grammes seulement",
                ),
                t(
                    "Tidak perlu ditulis",
                    "It need not be shown",
                    "不需要标示",
                    "表示しなくてよい",
                    "لا حاجة لكتابته",
                    "Il n'est pas nécessaire",
                ),
            ],
            t(
                "Label pangan AS menyebut berat dalam dua sistem, misalnya «NET WT 8.8 oz (250 g)».",
                'US food labels state weight in both systems, e.g. "NET WT 8.8 oz (250 g)".',
                "美国食品标签用两种单位标示重量，例如“NET WT 8.8 oz (250 g)”。",
                "米国の食品ラベルは両方の単位で重量を示します。例：「NET WT 8.8 oz (250 g)」。",
                "تذكر ملصقات الأغذية الأمريكية الوزن بالنظامين، مثل «NET WT 8.8 oz (250 g)».",
                "Les étiquettes américaines indiquent le poids dans les deux systèmes, par exemple "
                "« NET WT 8.8 oz (250 g) ».",
            ),
        ),
        q(
            t(
                "Bagaimana mendapatkan nomor barcode EAN-13 yang sah?",
                "How do you get valid EAN-13 barcode numbers?",
                "如何取得合法的EAN-13条码号码？",
                "正規のEAN-13バーコード番号はどう取得しますか。",
                "كيف تحصل على أرقام رموز شريطية EAN-13 صحيحة؟",
                "Comment obtenir des numéros EAN-13 valables ?",
            ),
            t(
                "Menjadi anggota GS1 Indonesia",
                "By joining GS1 Indonesia",
                "加入GS1印尼",
                "GS1インドネシアの会員になる",
                "بالانتساب إلى GS1 إندونيسيا",
                "En adhérant à GS1 Indonésie",
            ),
            [
                t(
                    "Membuat nomor sendiri secara acak",
                    "Make up random numbers",
                    "自己随机编号",
                    "自分で適当に番号を作る",
                    "اختراع أرقام عشوائية",
                    "Inventer des numéros au hasard",
                ),
                t(
                    "Memakai nomor PIRT",
                    "Use the PIRT number",
                    "使用PIRT编号",
                    "PIRT番号を使う",
                    "استعمال رقم PIRT",
                    "Utiliser le numéro PIRT",
                ),
            ],
            t(
                "Nomor barcode harus unik di dunia; GS1 memberi awalan perusahaan. Nomor buatan "
                "sendiri bisa bentrok dengan barang lain dan ditolak toko.",
                "Barcode numbers must be unique worldwide; GS1 assigns the company prefix. "
                "Home-made numbers can clash with other goods and are refused by shops.",
                "条码号码必须全球唯一；GS1分配企业前缀。自编号码可能与其他商品冲突，会被商店拒收。",
                "バーコード番号は世界で一意でなければならず、GS1が事業者コードを付与します。自作の番号は"
                "他の商品と重複し、店に断られます。",
                "يجب أن يكون رقم الرمز فريدًا عالميًا؛ وتمنح GS1 بادئة الشركة. والأرقام المخترعة قد تتعارض "
                "مع سلع أخرى فترفضها المتاجر.",
                "Un numéro doit être unique au monde ; GS1 attribue le préfixe entreprise. Des "
                "numéros inventés peuvent entrer en conflit avec d'autres produits et être refusés.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Tapis dijual ke toko di Uni Eropa. Label apa yang wajib?",
                "Tapis is sold to a shop in the European Union. Which label is mandatory?",
                "塔比斯销往欧盟商店。哪种标签是强制性的？",
                "タピスをEUの店に売ります。義務となる表示はどれですか。",
                "يُباع التابيس لمتجر في الاتحاد الأوروبي. أي ملصق إلزامي؟",
                "Du tapis est vendu à une boutique de l'UE. Quelle étiquette est obligatoire ?",
            ),
            t(
                "Komposisi serat",
                "Fibre composition",
                "纤维成分",
                "繊維組成",
                "تركيب الألياف",
                "La composition en fibres",
            ),
            [
                t(
                    "Tabel nilai gizi",
                    "A nutrition table",
                    "营养成分表",
                    "栄養成分表",
                    "جدول القيمة الغذائية",
                    "Un tableau nutritionnel",
                ),
                t(
                    "Nomor PIRT",
                    "The PIRT number",
                    "PIRT编号",
                    "PIRT番号",
                    "رقم PIRT",
                    "Le numéro PIRT",
                ),
            ],
            t(
                "Peraturan UE 1007/2011 mewajibkan label komposisi serat untuk tekstil. PIRT dan "
                "tabel gizi hanya untuk pangan.",
                "EU Regulation 1007/2011 requires fibre-composition labelling for textiles. PIRT "
                "and nutrition tables are for food only.",
                "欧盟第1007/2011号条例要求纺织品标注纤维成分。PIRT和营养成分表只适用于食品。",
                "EU規則1007/2011は繊維製品に組成表示を義務づけています。PIRTと栄養成分表は食品だけのものです。",
                "تشترط اللائحة الأوروبية 1007/2011 ملصق تركيب الألياف للمنسوجات. أما PIRT وجدول الغذاء فللأغذية فقط.",
                "Le règlement UE 1007/2011 impose l'étiquetage de la composition des textiles. "
                "PIRT et tableau nutritionnel ne concernent que l'alimentaire.",
            ),
        ),
        q(
            t(
                "Sebelum mencetak ribuan label untuk pasar baru, sebaiknya…",
                "Before printing thousands of labels for a new market, you should…",
                "为新市场印刷成千上万张标签之前，最好……",
                "新市場向けのラベルを何千枚も印刷する前にすべきことは…",
                "قبل طباعة آلاف الملصقات لسوق جديدة، ينبغي…",
                "Avant d'imprimer des milliers d'étiquettes pour un nouveau marché, il faut…",
            ),
            t(
                "Meminta pembeli memeriksa rancangannya",
                "Ask the buyer to check the draft",
                "请买家审核草稿",
                "バイヤーに案を確認してもらう",
                "أن تطلب من المشتري مراجعة المسودة",
                "Faire vérifier le projet par l'acheteur",
            ),
            [
                t(
                    "Menyalin label pesaing",
                    "Copy a competitor's label",
                    "照抄竞争对手的标签",
                    "競合のラベルを写す",
                    "نسخ ملصق منافس",
                    "Copier l'étiquette d'un concurrent",
                ),
                t(
                    "Memakai label lokal apa adanya",
                    "Use the local label as it is",
                    "直接使用本地标签",
                    "国内用ラベルをそのまま使う",
                    "استعمال الملصق المحلي كما هو",
                    "Garder l'étiquette locale telle quelle",
                ),
            ],
            t(
                "Importir mengenal aturan negaranya dan bertanggung jawab atas produk di pasar. "
                "Label yang salah bisa membuat barang tertahan di pelabuhan tujuan.",
                "The importer knows its country's rules and is responsible for the product on the "
                "market. A wrong label can hold goods at the destination port.",
                "进口商熟悉本国规定并对上市产品负责。标签错误可能导致货物被扣在目的港。",
                "輸入者は自国の規則を知り、市場での製品に責任を負います。ラベルの誤りで貨物が仕向港で"
                "止められることがあります。",
                "المستورد يعرف قواعد بلده ويتحمّل مسؤولية المنتج في السوق. والملصق الخاطئ قد يوقف البضاعة "
                "في ميناء الوصول.",
                "L'importateur connaît les règles de son pays et répond du produit mis sur le "
                "marché. Une étiquette erronée peut bloquer la marchandise au port d'arrivée.",
            ),
        ),
    ],
}
