"""Finding buyers, catalogues, samples and negotiation, with a tapis example."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "pembeli-negosiasi",
    "level": "mahir",
    "dimension": "digital",
    "credit": 5,
    "title": t(
        "Menemukan pembeli dan bernegosiasi",
        "Finding buyers and negotiating",
        "寻找买家与谈判",
        "バイヤー探しと交渉",
        "إيجاد المشترين والتفاوض",
        "Trouver des acheteurs et négocier",
    ),
    "summary": t(
        "Dari mana pembeli datang, katalog yang meyakinkan, sampel, tawar-menawar yang adil, dan "
        "cara mengenali penipuan.",
        "Where buyers come from, a convincing catalogue, samples, fair bargaining and how to "
        "spot fraud.",
        "买家从哪里来、有说服力的产品目录、样品、公平的讨价还价，以及如何识别诈骗。",
        "バイヤーの見つけ方、説得力のあるカタログ、サンプル、公正な交渉、詐欺の見分け方。",
        "من أين يأتي المشترون، وكتالوج مقنع، والعيّنات، والمساومة العادلة، وكيف تكشف الاحتيال.",
        "D'où viennent les acheteurs, un catalogue convaincant, les échantillons, une "
        "négociation équitable et comment repérer la fraude.",
    ),
    "screens": [
        {
            "title": t(
                "Dari mana pembeli datang",
                "Where buyers come from",
                "买家从哪里来",
                "バイヤーはどこから来るか",
                "من أين يأتي المشترون",
                "D'où viennent les acheteurs",
            ),
            "body": t(
                "• Pameran dagang: Trade Expo Indonesia (Kementerian Perdagangan) dan pameran "
                "khusus di negara tujuan.\n"
                "• Temu bisnis (business matching) oleh atase perdagangan, ITPC, LPEI dan forum "
                "ekspor provinsi.\n"
                "• Platform: InaExport milik Kementerian Perdagangan, dan platform B2B "
                "internasional. Di platform, permintaan langsung (inquiry) berbeda dengan "
                "permintaan penawaran terbuka (RFQ) yang dikirim ke banyak pemasok.\n"
                "• Jaringan: eksportir di Lampung, diaspora, pembeli yang sudah puas.\n\n"
                "Pembeli yang datang lewat lembaga pemerintah atau rekomendasi biasanya lebih "
                "mudah diperiksa daripada pesan tanpa nama di media sosial.",
                "• Trade fairs: Trade Expo Indonesia (Ministry of Trade) and specialised fairs in "
                "the destination country.\n"
                "• Business matching by trade attachés, ITPCs, LPEI and the provincial export "
                "forum.\n"
                "• Platforms: the Ministry of Trade's InaExport, and international B2B platforms. "
                "On platforms, a direct inquiry differs from an open request for quotation (RFQ) "
                "sent to many suppliers.\n"
                "• Networks: exporters in Lampung, the diaspora, satisfied buyers.\n\n"
                "Buyers who come through government bodies or referrals are usually easier to "
                "check than anonymous messages on social media.",
                "• 展会：印尼贸易博览会（Trade Expo Indonesia，由贸易部主办）以及目标国的专业展会。\n"
                "• 商务参赞、印尼贸易促进中心（ITPC）、LPEI和省出口论坛组织的商务对接。\n"
                "• 平台：贸易部的InaExport以及国际B2B平台。在平台上，直接询盘与发给众多供应商的公开"
                "报价请求（RFQ）是不同的。\n"
                "• 人脉：楠榜的出口商、海外侨民、满意的老客户。\n\n"
                "通过政府机构或推荐来的买家，通常比社交媒体上的匿名消息更容易核实。",
                "• 展示会：Trade Expo Indonesia（商業省主催）と仕向国の専門展示会。\n"
                "• 商務官、ITPC、LPEI、州の輸出フォーラムによる商談会（ビジネスマッチング）。\n"
                "• プラットフォーム：商業省のInaExportと国際的なB2Bプラットフォーム。プラットフォームでは、"
                "個別の引合い（インクワイアリー）と、多くの供給者に送られる公開の見積依頼（RFQ）は別物です。\n"
                "• 人脈：ランプンの輸出業者、在外インドネシア人、満足している既存の買主。\n\n"
                "政府機関や紹介を通じて来るバイヤーは、SNS上の匿名のメッセージよりも身元を確かめやすいのが"
                "普通です。",
                "• المعارض التجارية: معرض Trade Expo Indonesia (وزارة التجارة) والمعارض المتخصصة في "
                "بلد الوجهة.\n"
                "• لقاءات الأعمال التي ينظمها الملحقون التجاريون ومراكز ITPC وLPEI ومنتدى التصدير في "
                "الإقليم.\n"
                "• المنصات: منصة InaExport التابعة لوزارة التجارة، ومنصات B2B الدولية. وفي المنصات "
                "يختلف الاستفسار المباشر عن طلب عرض الأسعار المفتوح (RFQ) المرسل إلى موردين كثيرين.\n"
                "• الشبكات: المصدّرون في لامبونغ، والجاليات في الخارج، والمشترون الراضون.\n\n"
                "المشترون القادمون عبر جهات حكومية أو توصيات يسهل التحقق منهم عادةً أكثر من رسائل "
                "مجهولة على وسائل التواصل.",
                "• Salons : Trade Expo Indonesia (ministère du Commerce) et salons spécialisés "
                "dans le pays cible.\n"
                "• Rencontres d'affaires organisées par les attachés commerciaux, les ITPC, LPEI "
                "et le forum export de la province.\n"
                "• Plateformes : InaExport du ministère du Commerce et plateformes B2B "
                "internationales. Sur une plateforme, une demande directe diffère d'un appel "
                "d'offres ouvert (RFQ) envoyé à de nombreux fournisseurs.\n"
                "• Réseaux : exportateurs de Lampung, diaspora, clients satisfaits.\n\n"
                "Les acheteurs venus par un organisme public ou une recommandation sont en "
                "général plus faciles à vérifier que des messages anonymes sur les réseaux sociaux.",
            ),
        },
        {
            "title": t(
                "Katalog dan balasan pertama",
                "Catalogue and first reply",
                "产品目录与首次回复",
                "カタログと最初の返信",
                "الكتالوج والرد الأول",
                "Catalogue et première réponse",
            ),
            "body": t(
                "Katalog berbahasa Inggris (dan bahasa pasar tujuan bila bisa) memuat: foto jelas, "
                "spesifikasi (ukuran, berat, bahan, mutu), kemasan, jumlah minimum pesanan (MOQ), "
                "kapasitas per bulan, waktu produksi, harga FOB atau FCA, sertifikat yang dimiliki, "
                "dan kontak.\n\n"
                "Balas permintaan secepatnya, sebaiknya dalam satu hari kerja. Jawab yang "
                "ditanyakan, lalu ajukan pertanyaan untuk mengenal pembeli: nama perusahaan dan "
                "situs web, negara, jumlah dan frekuensi pembelian, Incoterm dan pelabuhan yang "
                "diinginkan, sertifikat yang diminta.\n\n"
                "Jangan menjanjikan volume atau tanggal yang belum pasti bisa Anda penuhi.",
                "A catalogue in English (and the destination's language if you can) shows: clear "
                "photos, specifications (size, weight, material, grade), packaging, minimum order "
                "quantity (MOQ), monthly capacity, lead time, FOB or FCA price, the certificates "
                "you hold, and contacts.\n\n"
                "Reply to inquiries quickly, ideally within one working day. Answer what was asked, "
                "then ask questions to get to know the buyer: company name and website, country, "
                "quantity and frequency of purchases, preferred Incoterm and port, certificates "
                "required.\n\n"
                "Do not promise volumes or dates you are not sure you can meet.",
                "英文目录（如可能，再加目标市场语言）应包括：清晰的照片、规格（尺寸、重量、材料、等级）、"
                "包装、最小起订量（MOQ）、月产能、交货期、FOB或FCA价格、已持有的证书以及联系方式。\n\n"
                "尽快回复询盘，最好在一个工作日内。先回答对方的问题，再提问以了解买家：公司名称和网站、"
                "国家、采购数量和频率、希望的贸易术语和港口、需要的证书。\n\n"
                "不要承诺您没有把握做到的数量或日期。",
                "英語のカタログ（できれば仕向国の言語も）には、鮮明な写真、仕様（寸法、重量、素材、"
                "等級）、包装、最小発注数量（MOQ）、月間生産能力、リードタイム、FOBまたはFCA価格、保有する"
                "認証、連絡先を載せます。\n\n"
                "引合いにはすぐ、できれば1営業日以内に返信します。聞かれたことに答え、それからバイヤーを"
                "知るための質問をします。会社名とウェブサイト、国、購入量と頻度、希望するインコタームズと"
                "港、必要な認証。\n\n"
                "確実に守れるか分からない数量や日付は約束しないでください。",
                "يتضمن الكتالوج بالإنجليزية (وبلغة بلد الوجهة إن أمكن): صورًا واضحة، والمواصفات "
                "(المقاس والوزن والمادة والدرجة)، والتغليف، والحد الأدنى للطلب (MOQ)، والقدرة "
                "الشهرية، ومدة التجهيز، وسعر FOB أو FCA، والشهادات التي تملكها، وبيانات الاتصال.\n\n"
                "ردّ على الاستفسارات بسرعة، ويُفضَّل خلال يوم عمل واحد. أجب عمّا سُئلت عنه، ثم اسأل "
                "لتتعرّف إلى المشتري: اسم الشركة وموقعها الإلكتروني، والبلد، وكمية المشتريات "
                "وتواترها، وقاعدة إنكوتيرمز والميناء المفضّلان، والشهادات المطلوبة.\n\n"
                "لا تعد بكميات أو مواعيد لست متأكدًا من قدرتك على الوفاء بها.",
                "Un catalogue en anglais (et dans la langue du pays cible si possible) présente : "
                "photos nettes, spécifications (taille, poids, matière, qualité), emballage, "
                "quantité minimale de commande (MOQ), capacité mensuelle, délai de production, "
                "prix FOB ou FCA, certificats détenus et coordonnées.\n\n"
                "Répondez vite aux demandes, idéalement dans le jour ouvré. Répondez à la "
                "question posée, puis interrogez l'acheteur pour le connaître : nom et site de "
                "l'entreprise, pays, quantités et fréquence d'achat, Incoterm et port souhaités, "
                "certificats exigés.\n\n"
                "Ne promettez pas de volumes ni de dates que vous n'êtes pas sûr de tenir.",
            ),
        },
        {
            "title": t(
                "Sampel dan tawar-menawar",
                "Samples and bargaining",
                "样品与讨价还价",
                "サンプルと価格交渉",
                "العيّنات والمساومة",
                "Échantillons et marchandage",
            ),
            "body": t(
                "Sampel adalah janji mutu: produk pesanan harus sama dengan sampel. Simpan satu "
                "sampel pembanding dengan tanggal dan kode produksi. Sepakati siapa membayar sampel "
                "dan ongkos kirimnya; banyak eksportir menagih sampel lalu memotongnya dari pesanan "
                "pertama.\n\n"
                "Dalam tawar-menawar, jangan memberi potongan tanpa imbalan. Tukar konsesi: harga "
                "lebih rendah untuk volume lebih besar, pembayaran di muka, kemasan yang lebih "
                "sederhana, atau waktu pengiriman yang lebih longgar. Ketahui harga terendah Anda "
                "(dari perhitungan biaya) sebelum mulai.\n\n"
                "Tuangkan hasilnya dalam kontrak atau proforma invoice yang ditandatangani: "
                "spesifikasi, jumlah, harga dengan Incoterm, pembayaran, tanggal kirim, dan cara "
                "menangani klaim mutu.",
                "A sample is a promise of quality: the ordered goods must match it. Keep a "
                "reference sample with its date and batch code. Agree who pays for samples and "
                "their freight; many exporters charge for samples and deduct the charge from the "
                "first order.\n\n"
                "When bargaining, never give a discount for nothing. Trade concessions: a lower "
                "price for a bigger volume, advance payment, simpler packaging or a more relaxed "
                "delivery date. Know your lowest price (from your cost calculation) before you "
                "start.\n\n"
                "Put the outcome in a signed contract or proforma invoice: specifications, "
                "quantity, price with Incoterm, payment, shipment date and how quality claims are "
                "handled.",
                "样品是对质量的承诺：订货必须与样品一致。保留一份注明日期和批号的对照样品。约定样品及其运费"
                "由谁承担；许多出口商先收样品费，再从首笔订单中扣除。\n\n"
                "讨价还价时，不要无条件让价。用让步换取回报：更大的数量换更低的价格、预付款、更简单的包装或"
                "更宽松的交货期。开始前先弄清自己的最低价（来自成本核算）。\n\n"
                "把结果写进双方签字的合同或形式发票：规格、数量、带贸易术语的价格、付款方式、装运日期以及"
                "质量索赔的处理办法。",
                "サンプルは品質の約束です。注文品はサンプルと同じでなければなりません。日付とロット番号を"
                "付けた保管サンプルを残しましょう。サンプル代と送料を誰が払うかを取り決めます。多くの輸出者は"
                "サンプル代を請求し、初回注文から差し引きます。\n\n"
                "交渉では、見返りなしに値引きしないこと。譲歩は交換です。数量を増やすなら値下げ、前払い、"
                "簡素な包装、ゆとりのある納期など。始める前に、原価計算から自社の最低価格を把握しておきます。\n\n"
                "結果は署名した契約書またはプロフォーマインボイスに書きます。仕様、数量、インコタームズ付きの"
                "価格、支払、船積日、品質クレームの扱い。",
                "العيّنة وعدٌ بالجودة: يجب أن تطابقها البضاعة المطلوبة. احتفظ بعيّنة مرجعية عليها "
                "التاريخ ورمز الدفعة. اتفق على من يدفع ثمن العيّنات وشحنها؛ فكثير من المصدّرين يتقاضون "
                "ثمنها ثم يخصمونه من الطلبية الأولى.\n\n"
                "في المساومة لا تمنح خصمًا بلا مقابل. بادل التنازلات: سعر أقل مقابل كمية أكبر، أو دفع "
                "مقدّم، أو تغليف أبسط، أو موعد شحن أكثر مرونة. واعرف أدنى سعر لك (من حساب التكاليف) "
                "قبل أن تبدأ.\n\n"
                "دوّن النتيجة في عقد أو فاتورة مبدئية موقّعة: المواصفات، والكمية، والسعر مع قاعدة "
                "إنكوتيرمز، والدفع، وموعد الشحن، وطريقة معالجة شكاوى الجودة.",
                "Un échantillon est une promesse de qualité : la commande doit lui être conforme. "
                "Gardez un échantillon témoin avec sa date et son numéro de lot. Convenez de qui "
                "paie les échantillons et leur transport ; beaucoup d'exportateurs les facturent "
                "puis déduisent le montant de la première commande.\n\n"
                "En négociation, ne cédez jamais une remise sans contrepartie. Échangez des "
                "concessions : prix plus bas contre volume plus grand, paiement d'avance, "
                "emballage plus simple ou délai plus souple. Connaissez votre prix plancher (issu "
                "de votre calcul de coûts) avant de commencer.\n\n"
                "Consignez le résultat dans un contrat ou une facture pro forma signés : "
                "spécifications, quantité, prix avec Incoterm, paiement, date d'expédition et "
                "traitement des réclamations qualité.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: kain tapis untuk butik di Lyon",
                "Example: tapis cloth for a boutique in Lyon",
                "示例：为里昂一家精品店供应塔比斯织物",
                "例：リヨンのブティック向けタピス布",
                "مثال: قماش التابيس لمتجر في ليون",
                "Exemple : des tissus tapis pour une boutique lyonnaise",
            ),
            "body": t(
                "Sebuah sanggar tapis di Pesawaran bertemu pemilik butik dari Lyon, Prancis, dalam "
                "temu bisnis. Butik meminta 60 taplak meja bermotif tapis dan bertanya harga. "
                "Angka berikut adalah contoh.\n\n"
                "• Sanggar menghitung biaya: Rp 900.000 per taplak, termasuk benang emas, upah "
                "penyulam dan kemasan; harga terendahnya Rp 1.100.000.\n"
                "• Penawaran: Rp 1.350.000 per helai FCA Bandara Radin Inten II, minimum 40 helai, "
                "waktu produksi 10 minggu, 50 % di muka.\n"
                "• Butik meminta Rp 1.150.000. Sanggar menjawab: Rp 1.200.000 bila pesanan 60 "
                "helai dan pembayaran di muka 70 %; sampel dua helai dibayar dan dipotong dari "
                "pesanan.\n"
                "• Butik juga meminta label komposisi serat dan petunjuk perawatan dalam bahasa "
                "Prancis: sanggar menambah label jahit.\n\n"
                "Kesepakatan ditulis di proforma invoice yang ditandatangani kedua pihak, dengan "
                "foto sampel pembanding terlampir.",
                "A tapis workshop in Pesawaran meets the owner of a boutique from Lyon, France, at "
                "a business-matching event. The boutique wants 60 table runners with tapis motifs "
                "and asks for a price. The figures below are an example.\n\n"
                "• The workshop works out its cost: IDR 900,000 per runner, including gold thread, "
                "embroiderers' wages and packaging; its lowest price is IDR 1,100,000.\n"
                "• Offer: IDR 1,350,000 per piece FCA Radin Inten II Airport, minimum 40 pieces, "
                "10 weeks' production, 50 % in advance.\n"
                "• The boutique asks for IDR 1,150,000. The workshop answers: IDR 1,200,000 for an "
                "order of 60 pieces with 70 % paid in advance; two samples paid for and deducted "
                "from the order.\n"
                "• The boutique also asks for fibre-composition and care labels in French: the "
                "workshop adds sewn-in labels.\n\n"
                "The agreement is written on a proforma invoice signed by both, with photos of the "
                "reference sample attached.",
                "佩萨瓦兰的一家塔比斯（tapis）工坊在商务对接会上结识了法国里昂一家精品店的店主。精品店想要"
                "60条带塔比斯图案的桌旗，并询价。以下数字为示例。\n\n"
                "• 工坊核算成本：每条900,000印尼盾，含金线、绣工工资和包装；最低价为1,100,000印尼盾。\n"
                "• 报价：每条1,350,000印尼盾，FCA 拉丁·因丹二世机场，最少40条，生产期10周，预付50%。\n"
                "• 精品店还价到1,150,000印尼盾。工坊回复：订60条且预付70%，每条1,200,000印尼盾；两条样品"
                "收费，并从订单中扣除。\n"
                "• 精品店还要求提供法语的纤维成分标签和洗护说明：工坊加缝了标签。\n\n"
                "协议写在双方签字的形式发票上，并附上对照样品的照片。",
                "プサワランのタピス工房が、商談会でフランス・リヨンのブティックのオーナーと出会いました。"
                "ブティックはタピス柄のテーブルランナーを60枚希望し、価格を尋ねます。以下の数字は例です。\n\n"
                "• 工房は原価を計算：金糸、刺繍職人の賃金、包装を含め1枚900,000ルピア。最低価格は"
                "1,100,000ルピア。\n"
                "• オファー：1枚1,350,000ルピア、FCA ラデン・インテン2世空港、最低40枚、製作期間10週間、"
                "50%前払い。\n"
                "• ブティックは1,150,000ルピアを希望。工房の回答：60枚の注文で70%前払いなら1,200,000"
                "ルピア。サンプル2枚は有償で、注文代金から差し引く。\n"
                "• ブティックはフランス語の繊維組成表示と取扱い表示も求め、工房は縫い付けラベルを追加します。\n\n"
                "合意内容は双方が署名したプロフォーマインボイスに書き、保管サンプルの写真を添付します。",
                "تلتقي ورشة للتابيس في بيساواران صاحبةَ متجر من ليون بفرنسا في لقاء أعمال. يطلب "
                "المتجر 60 مفرش طاولة بزخارف التابيس ويسأل عن السعر. الأرقام الآتية مثال.\n\n"
                "• تحسب الورشة تكلفتها: 900,000 روبية للمفرش، تشمل الخيط الذهبي وأجور المطرّزات "
                "والتغليف؛ وأدنى سعر لها 1,100,000 روبية.\n"
                "• العرض: 1,350,000 روبية للقطعة FCA مطار رادين إنتن الثاني، بحد أدنى 40 قطعة، "
                "ومدة إنتاج 10 أسابيع، و50 % مقدّمًا.\n"
                "• يطلب المتجر 1,150,000 روبية. فتجيب الورشة: 1,200,000 روبية لطلبية من 60 قطعة "
                "مع دفع 70 % مقدّمًا؛ والعيّنتان مدفوعتان وتُخصمان من الطلبية.\n"
                "• يطلب المتجر أيضًا ملصقات بتركيب الألياف وتعليمات العناية بالفرنسية: فتضيف الورشة "
                "ملصقات مخيطة.\n\n"
                "يُكتب الاتفاق في فاتورة مبدئية يوقّعها الطرفان، مع صور العيّنة المرجعية مرفقة.",
                "Un atelier de tapis de Pesawaran rencontre la gérante d'une boutique lyonnaise "
                "lors de rencontres d'affaires. La boutique veut 60 chemins de table à motifs "
                "tapis et demande un prix. Les chiffres ci-dessous sont un exemple.\n\n"
                "• L'atelier calcule son coût : 900 000 IDR par pièce, fil d'or, salaires des "
                "brodeuses et emballage compris ; son prix plancher est de 1 100 000 IDR.\n"
                "• Offre : 1 350 000 IDR la pièce FCA aéroport Radin Inten II, minimum 40 "
                "pièces, 10 semaines de production, 50 % d'avance.\n"
                "• La boutique demande 1 150 000 IDR. L'atelier répond : 1 200 000 IDR pour 60 "
                "pièces avec 70 % d'avance ; deux échantillons payants, déduits de la commande.\n"
                "• La boutique veut aussi des étiquettes de composition et d'entretien en "
                "français : l'atelier ajoute des étiquettes cousues.\n\n"
                "L'accord est consigné sur une facture pro forma signée des deux parties, avec les "
                "photos de l'échantillon témoin en annexe.",
            ),
        },
        {
            "title": t(
                "Mengenali penipuan",
                "Spotting fraud",
                "识别诈骗",
                "詐欺を見分ける",
                "كشف الاحتيال",
                "Repérer la fraude",
            ),
            "body": t(
                "Tanda bahaya yang sering muncul:\n"
                "• «Pembeli» meminta biaya pendaftaran, biaya sertifikat atau biaya «izin impor» "
                "sebelum memesan.\n"
                "• Pesanan besar dari pembeli yang tidak dikenal tanpa pertanyaan tentang mutu "
                "atau spesifikasi.\n"
                "• Email yang mengabarkan «rekening bank kami berubah» tepat saat pembayaran.\n"
                "• Permintaan mengirim barang dulu, dibayar belakangan, oleh pembeli baru.\n\n"
                "Periksa perusahaan: situs web dan alamat, registrasi usaha di negaranya, "
                "rekomendasi atase perdagangan atau ITPC. Konfirmasi perubahan rekening lewat "
                "telepon ke nomor yang sudah Anda kenal, bukan nomor di email itu. Pembeli yang "
                "sungguhan tidak meminta Anda membayar untuk mendapat pesanan.",
                "Common warning signs:\n"
                '• A "buyer" asks for a registration fee, a certificate fee or an "import '
                'licence" fee before ordering.\n'
                "• A large order from an unknown buyer with no questions about quality or "
                "specifications.\n"
                '• An email saying "our bank account has changed" just as payment is due.\n'
                "• A new buyer asking you to ship first and be paid later.\n\n"
                "Check the company: website and address, business registration in its country, a "
                "reference from a trade attaché or ITPC. Confirm any change of bank account by "
                "phoning a number you already know, not the one in that email. A real buyer does "
                "not ask you to pay to get an order.",
                "常见的危险信号：\n"
                "• “买家”在下单前要求支付注册费、证书费或“进口许可”费。\n"
                "• 陌生买家下大单，却对质量或规格毫无疑问。\n"
                "• 恰在付款时收到邮件称“我们的银行账户已变更”。\n"
                "• 新买家要求先发货、后付款。\n\n"
                "核实对方公司：网站和地址、在其本国的企业注册、商务参赞或ITPC的推荐。任何账户变更都要打您"
                "原本就知道的电话号码确认，而不是那封邮件里的号码。真正的买家不会要求您付钱才能拿到订单。",
                "よくある危険信号：\n"
                "• 「バイヤー」が注文前に登録料、証明書代、「輸入許可」料を求める。\n"
                "• 見知らぬバイヤーからの大口注文なのに、品質や仕様について何も質問がない。\n"
                "• 支払の直前に「当社の銀行口座が変わりました」というメールが届く。\n"
                "• 新規のバイヤーが先に出荷して後払いにしてほしいと言う。\n\n"
                "会社を確かめましょう。ウェブサイトと住所、その国での商業登記、商務官やITPCの紹介。口座変更は"
                "そのメールにある番号ではなく、以前から知っている番号に電話して確認します。本物のバイヤーは、"
                "注文を出す代わりにお金を払えとは言いません。",
                "علامات تحذير شائعة:\n"
                "• «مشترٍ» يطلب رسوم تسجيل أو رسوم شهادة أو رسوم «رخصة استيراد» قبل الطلب.\n"
                "• طلبية كبيرة من مشترٍ مجهول دون أي سؤال عن الجودة أو المواصفات.\n"
                "• رسالة تقول «تغيّر حسابنا المصرفي» في لحظة استحقاق الدفع.\n"
                "• مشترٍ جديد يطلب الشحن أولًا والدفع لاحقًا.\n\n"
                "تحقّق من الشركة: الموقع والعنوان، والتسجيل التجاري في بلدها، وتوصية من الملحق "
                "التجاري أو مركز ITPC. وأكّد أي تغيير في الحساب بالاتصال برقم تعرفه مسبقًا، لا بالرقم "
                "الوارد في تلك الرسالة. المشتري الحقيقي لا يطلب منك أن تدفع لتحصل على طلبية.",
                "Signaux d'alerte fréquents :\n"
                "• Un « acheteur » réclame des frais d'inscription, de certificat ou de « licence "
                "d'importation » avant de commander.\n"
                "• Une grosse commande d'un inconnu sans aucune question sur la qualité ou les "
                "spécifications.\n"
                "• Un courriel annonçant « notre compte bancaire a changé » juste à l'échéance.\n"
                "• Un nouvel acheteur qui demande d'expédier d'abord et de payer ensuite.\n\n"
                "Vérifiez l'entreprise : site et adresse, immatriculation dans son pays, référence "
                "d'un attaché commercial ou d'un ITPC. Confirmez tout changement de compte en "
                "appelant un numéro que vous connaissez déjà, pas celui du courriel. Un vrai "
                "acheteur ne vous demande pas de payer pour obtenir une commande.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Calon pembeli meminta «biaya pendaftaran pemasok» sebelum memesan. Ini paling "
                "mungkin…",
                'A prospective buyer asks for a "supplier registration fee" before ordering. '
                "This is most likely…",
                "潜在买家在下单前要求支付“供应商注册费”。这最可能是……",
                "見込みバイヤーが注文前に「サプライヤー登録料」を求めています。これは最も可能性が高いのは…",
                "مشترٍ محتمل يطلب «رسوم تسجيل مورّد» قبل الطلب. هذا على الأرجح…",
                "Un acheteur potentiel réclame des « frais d'inscription fournisseur » avant de "
                "commander. C'est très probablement…",
            ),
            t(
                "Penipuan",
                "A fraud",
                "诈骗",
                "詐欺",
                "احتيال",
                "Une fraude",
            ),
            [
                t(
                    "Prosedur impor biasa",
                    "A normal import procedure",
                    "正常的进口手续",
                    "通常の輸入手続き",
                    "إجراء استيراد عادي",
                    "Une procédure d'import normale",
                ),
                t(
                    "Syarat Incoterms 2020",
                    "An Incoterms 2020 requirement",
                    "Incoterms 2020的要求",
                    "インコタームズ2020の要件",
                    "شرط من إنكوتيرمز 2020",
                    "Une exigence des Incoterms 2020",
                ),
            ],
            t(
                "Pembeli yang sungguhan tidak memungut uang dari pemasok agar bisa memesan. "
                "Periksa perusahaannya dan jangan membayar.",
                "Real buyers do not charge suppliers for the right to order. Check the company and "
                "do not pay.",
                "真正的买家不会向供应商收钱才下单。请核实该公司，不要付款。",
                "本物のバイヤーは注文する代わりに供給者からお金を取りません。会社を確かめ、支払わないこと。",
                "المشتري الحقيقي لا يأخذ مالًا من المورّد مقابل الطلب. تحقّق من الشركة ولا تدفع.",
                "Un vrai acheteur ne fait pas payer le fournisseur pour commander. Vérifiez "
                "l'entreprise et ne payez pas.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Apa yang paling perlu ada di katalog ekspor?",
                "What most needs to be in an export catalogue?",
                "出口产品目录中最需要包含什么？",
                "輸出用カタログに最も必要なものはどれですか。",
                "ما الذي يجب أن يتضمنه كتالوج التصدير قبل كل شيء؟",
                "Que doit surtout contenir un catalogue export ?",
            ),
            t(
                "Spesifikasi, MOQ, kapasitas, waktu produksi, harga FOB/FCA dan sertifikat",
                "Specifications, MOQ, capacity, lead time, FOB/FCA price and certificates",
                "规格、最小起订量、产能、交货期、FOB/FCA价格和证书",
                "仕様、MOQ、生産能力、リードタイム、FOB/FCA価格、認証",
                "المواصفات والحد الأدنى للطلب والقدرة ومدة التجهيز وسعر FOB/FCA والشهادات",
                "Spécifications, MOQ, capacité, délai, prix FOB/FCA et certificats",
            ),
            [
                t(
                    "Sejarah usaha, foto pemilik dan penghargaan lomba tingkat daerah",
                    "The company history, the owner's photo and regional awards",
                    "企业历史、店主照片和地区比赛奖项",
                    "会社の沿革、経営者の写真、地域コンテストの受賞歴",
                    "تاريخ المنشأة وصورة المالك وجوائز المسابقات المحلية",
                    "L'historique de l'entreprise, la photo du patron et ses prix régionaux",
                ),
                t(
                    "Harga eceran di pasar lokal dan nomor rekening untuk uang muka",
                    "Local retail prices and the bank account for the deposit",
                    "本地零售价和收取定金的银行账号",
                    "地元の小売価格と手付金の振込口座",
                    "أسعار التجزئة المحلية ورقم الحساب المصرفي للعربون",
                    "Les prix de détail locaux et le compte bancaire pour l'acompte",
                ),
            ],
            t(
                "Pembeli menilai apakah Anda bisa memasok: spesifikasi, jumlah, waktu dan harga "
                "pada syarat penyerahan yang jelas, serta sertifikat.",
                "Buyers judge whether you can supply: specifications, quantities, timing and a "
                "price on a clear delivery term, plus certificates.",
                "买家要判断您能否供货：规格、数量、时间、明确贸易术语下的价格以及证书。",
                "バイヤーは供給できるかを判断します。仕様、数量、時期、明確な引渡し条件での価格、そして認証です。",
                "يحكم المشتري على قدرتك على التوريد: المواصفات والكميات والمواعيد والسعر بشرط تسليم واضح والشهادات.",
                "L'acheteur juge si vous pouvez livrer : spécifications, quantités, délais, prix "
                "sur une règle de livraison claire, et certificats.",
            ),
        ),
        q(
            t(
                "Pembeli meminta potongan harga 10 %. Tanggapan yang baik…",
                "A buyer asks for a 10 % discount. A good answer is…",
                "买家要求降价10%。好的回应是……",
                "バイヤーが10%の値引きを求めています。よい対応は…",
                "يطلب المشتري خصمًا بنسبة 10 %. الرد الجيد هو…",
                "Un acheteur demande 10 % de remise. Une bonne réponse est…",
            ),
            t(
                "Memberi potongan dengan imbalan, misalnya volume lebih besar atau bayar di muka",
                "Give a discount in exchange, e.g. a bigger volume or advance payment",
                "以换取回报为条件让价，例如更大数量或预付款",
                "見返りと引き換えに値引きする（数量増や前払いなど）",
                "منح الخصم مقابل شيء، كزيادة الكمية أو الدفع المقدّم",
                "Accorder la remise contre une contrepartie, par exemple plus de volume ou une "
                "avance",
            ),
            [
                t(
                    "Langsung setuju agar pembeli senang",
                    "Agree at once to please the buyer",
                    "立刻同意，让买家满意",
                    "買主を喜ばせるためにすぐ同意する",
                    "الموافقة فورًا لإرضاء المشتري",
                    "Accepter tout de suite pour faire plaisir",
                ),
                t(
                    "Menolak dan berhenti membalas",
                    "Refuse and stop replying",
                    "拒绝并不再回复",
                    "断って返信をやめる",
                    "الرفض والتوقف عن الرد",
                    "Refuser et ne plus répondre",
                ),
            ],
            t(
                "Tukar konsesi dan jangan turun di bawah harga terendah hasil perhitungan biaya "
                "Anda.",
                "Trade concessions and never go below the lowest price from your cost calculation.",
                "以让步换取回报，且绝不低于成本核算得出的最低价。",
                "譲歩は交換で。原価計算で出した最低価格は決して下回らないこと。",
                "بادل التنازلات ولا تنزل أبدًا عن أدنى سعر من حساب تكاليفك.",
                "Échangez des concessions et ne descendez jamais sous le prix plancher de votre "
                "calcul de coûts.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Email dari pembeli berkata rekening banknya berubah tepat saat pembayaran. Apa "
                "yang Anda lakukan?",
                "An email from the buyer says its bank account changed just as payment is due. "
                "What do you do?",
                "买家来邮件说付款时银行账户变了。您怎么做？",
                "支払時にバイヤーから口座変更のメールが来ました。どうしますか。",
                "رسالة من المشتري تقول إن حسابه المصرفي تغيّر عند استحقاق الدفع. ماذا تفعل؟",
                "Un courriel de l'acheteur annonce un changement de compte à l'échéance. Que "
                "faites-vous ?",
            ),
            t(
                "Menelepon pembeli di nomor yang sudah dikenal untuk memastikan",
                "Phone the buyer on a number you already know to confirm",
                "拨打原本就知道的号码向买家确认",
                "以前から知っている番号でバイヤーに電話して確認する",
                "الاتصال بالمشتري على رقم تعرفه مسبقًا للتأكد",
                "Appeler l'acheteur à un numéro déjà connu pour confirmer",
            ),
            [
                t(
                    "Membalas email itu dan mengikuti petunjuknya",
                    "Reply to that email and follow its instructions",
                    "回复那封邮件并按其指示操作",
                    "そのメールに返信して指示に従う",
                    "الرد على الرسالة واتباع تعليماتها",
                    "Répondre à ce courriel et suivre ses instructions",
                ),
                t(
                    "Mengabaikannya, itu hal biasa",
                    "Ignore it, it is routine",
                    "置之不理，这很平常",
                    "よくあることなので無視する",
                    "تجاهلها، فهذا أمر معتاد",
                    "L'ignorer, c'est la routine",
                ),
            ],
            t(
                "Penipu sering membajak email dan mengganti nomor rekening. Konfirmasi lewat "
                "saluran lain yang sudah Anda percaya.",
                "Fraudsters often hijack email and swap the account number. Confirm through "
                "another channel you already trust.",
                "骗子常劫持邮箱并更换账号。请通过您信任的其他渠道确认。",
                "詐欺師はよくメールを乗っ取り、口座番号をすり替えます。信頼できる別の経路で確認しましょう。",
                "كثيرًا ما يخترق المحتالون البريد ويغيّرون رقم الحساب. أكّد عبر قناة أخرى تثق بها.",
                "Les fraudeurs piratent souvent la messagerie et changent le numéro de compte. "
                "Confirmez par un autre canal de confiance.",
            ),
        ),
        q(
            t(
                "Mengapa menyimpan sampel pembanding?",
                "Why keep a reference sample?",
                "为什么要保留对照样品？",
                "保管サンプルを残すのはなぜですか。",
                "لماذا تحتفظ بعيّنة مرجعية؟",
                "Pourquoi garder un échantillon témoin ?",
            ),
            t(
                "Untuk membuktikan mutu yang disepakati bila ada klaim",
                "To prove the agreed quality if there is a claim",
                "发生索赔时用来证明约定的质量",
                "クレーム時に合意した品質を証明するため",
                "لإثبات الجودة المتفق عليها عند وجود شكوى",
                "Pour prouver la qualité convenue en cas de réclamation",
            ),
            [
                t(
                    "Karena Bea Cukai mewajibkannya untuk PEB",
                    "Because customs require it for the PEB",
                    "因为海关办理PEB时要求",
                    "税関がPEBに必要とするから",
                    "لأن الجمارك تشترطها لبيان التصدير",
                    "Parce que la douane l'exige pour la PEB",
                ),
                t(
                    "Untuk dijual lagi di pasar lokal",
                    "To sell it again locally",
                    "为了在本地再卖",
                    "国内で売り直すため",
                    "لبيعها مجددًا محليًا",
                    "Pour la revendre sur place",
                ),
            ],
            t(
                "Pesanan harus sama dengan sampel. Sampel bertanggal dengan kode produksi adalah "
                "bukti terbaik ketika pembeli mengeluh soal mutu.",
                "The order must match the sample. A dated sample with its batch code is the best "
                "evidence when a buyer complains about quality.",
                "订货必须与样品一致。注明日期和批号的样品，是买家投诉质量时最好的证据。",
                "注文品はサンプルと同じでなければなりません。日付とロット番号付きのサンプルは、品質クレーム時の"
                "最良の証拠です。",
                "يجب أن تطابق الطلبية العيّنة. والعيّنة المؤرخة برمز الدفعة أفضل دليل عند شكوى الجودة.",
                "La commande doit être conforme à l'échantillon. Un échantillon daté avec son "
                "numéro de lot est la meilleure preuve en cas de réclamation.",
            ),
        ),
        q(
            t(
                "Apa beda inquiry dan RFQ di platform B2B?",
                "How does an inquiry differ from an RFQ on a B2B platform?",
                "B2B平台上的询盘与RFQ有什么区别？",
                "B2Bプラットフォームでの引合いとRFQの違いは何ですか。",
                "ما الفرق بين الاستفسار وطلب عرض الأسعار في منصات B2B؟",
                "Qu'est-ce qui distingue une demande directe d'un RFQ sur une plateforme B2B ?",
            ),
            t(
                "Inquiry dikirim ke satu pemasok, RFQ terbuka untuk banyak pemasok",
                "An inquiry goes to one supplier, an RFQ is open to many suppliers",
                "询盘发给一家供应商，RFQ面向众多供应商",
                "引合いは1社宛て、RFQは多数の供給者に開かれている",
                "الاستفسار يُرسل إلى مورّد واحد، وطلب العروض مفتوح لموردين كثيرين",
                "La demande vise un fournisseur, le RFQ est ouvert à beaucoup",
            ),
            [
                t(
                    "Tidak ada bedanya",
                    "There is no difference",
                    "没有区别",
                    "違いはない",
                    "لا فرق",
                    "Aucune différence",
                ),
                t(
                    "RFQ selalu berarti pesanan pasti",
                    "An RFQ always means a firm order",
                    "RFQ总是意味着确定订单",
                    "RFQは常に確定注文を意味する",
                    "طلب العروض يعني دائمًا طلبية مؤكدة",
                    "Un RFQ signifie toujours une commande ferme",
                ),
            ],
            t(
                "Pada RFQ Anda bersaing dengan banyak pemasok, jadi penawaran harus cepat, jelas "
                "dan lengkap.",
                "With an RFQ you compete with many suppliers, so your quote must be fast, clear "
                "and complete.",
                "面对RFQ，您要与众多供应商竞争，所以报价必须快速、清楚、完整。",
                "RFQでは多くの供給者と競うので、見積りは速く、明確で、漏れのないものに。",
                "في طلب العروض تنافس موردين كثيرين، فليكن عرضك سريعًا وواضحًا وكاملًا.",
                "Avec un RFQ, vous êtes en concurrence avec beaucoup d'autres : votre offre doit "
                "être rapide, claire et complète.",
            ),
        ),
        q(
            t(
                "Apa yang harus tertulis di kontrak atau proforma invoice yang ditandatangani?",
                "What must a signed contract or proforma invoice state?",
                "双方签字的合同或形式发票上必须写明什么？",
                "署名済みの契約書やプロフォーマインボイスに必ず書くことは何ですか。",
                "ما الذي يجب أن ينصّ عليه العقد أو الفاتورة المبدئية الموقّعة؟",
                "Que doit indiquer un contrat ou une facture pro forma signés ?",
            ),
            t(
                "Spesifikasi, jumlah, harga dengan Incoterm, pembayaran, tanggal kirim, klaim",
                "Specifications, quantity, price with Incoterm, payment, shipment date, claims",
                "规格、数量、带贸易术语的价格、付款、装运日期、索赔",
                "仕様、数量、インコタームズ付き価格、支払、船積日、クレーム",
                "المواصفات والكمية والسعر مع إنكوتيرم والدفع وموعد الشحن والشكاوى",
                "Spécifications, quantité, prix avec Incoterm, paiement, date d'expédition, "
                "réclamations",
            ),
            [
                t(
                    "Harga total dan tanda tangan; sisanya cukup disepakati lewat telepon",
                    "The total price and signatures; the rest can be agreed by phone",
                    "总价和签名即可，其余电话里商定就行",
                    "合計金額と署名だけで、残りは電話で決めればよい",
                    "السعر الإجمالي والتوقيعات، والباقي يُتفق عليه هاتفيًا",
                    "Le prix total et les signatures ; le reste se règle par téléphone",
                ),
                t(
                    "Nomor PEB, nomor kontainer dan nama kapal",
                    "The PEB number, the container number and the vessel's name",
                    "PEB编号、集装箱号和船名",
                    "PEB番号、コンテナ番号、本船名",
                    "رقم بيان التصدير ورقم الحاوية واسم السفينة",
                    "Le numéro de PEB, le numéro de conteneur et le nom du navire",
                ),
            ],
            t(
                "Semua hal yang bisa disengketakan harus tertulis sebelum produksi. PEB baru ada "
                "setelah barang siap dikirim.",
                "Everything that could be disputed must be written down before production. The "
                "PEB only exists once the goods are ready to ship.",
                "凡是可能产生争议的事项，都应在生产前写明。PEB要到货物备妥待运时才会有。",
                "争いになりうることは生産前にすべて書いておきます。PEBは出荷準備ができてから作るものです。",
                "كل ما قد يُختلف عليه يجب أن يُكتب قبل الإنتاج. أما بيان التصدير فلا يوجد إلا حين تجهز البضاعة للشحن.",
                "Tout ce qui peut prêter à litige doit être écrit avant la production. La PEB "
                "n'existe qu'une fois la marchandise prête à partir.",
            ),
        ),
        q(
            t(
                "Pada contoh tapis, mengapa sanggar mau turun ke Rp 1.200.000?",
                "In the tapis example, why did the workshop accept IDR 1,200,000?",
                "在塔比斯示例中，工坊为什么同意降到1,200,000印尼盾？",
                "タピスの例で、工房が1,200,000ルピアに応じたのはなぜですか。",
                "في مثال التابيس، لماذا قبلت الورشة 1,200,000 روبية؟",
                "Dans l'exemple des tapis, pourquoi l'atelier a-t-il accepté 1 200 000 IDR ?",
            ),
            t(
                "Karena pesanan 60 helai dan 70 % dibayar di muka, masih di atas harga terendahnya",
                "Because of a 60-piece order and 70 % in advance, still above its lowest price",
                "因为订60条且预付70%，仍高于其最低价",
                "60枚の注文と70%前払いがあり、最低価格を上回っていたから",
                "لأن الطلبية 60 قطعة مع دفع 70 % مقدّمًا، وما زال السعر فوق حدّه الأدنى",
                "Grâce à 60 pièces et 70 % d'avance, toujours au-dessus de son prix plancher",
            ),
            [
                t(
                    "Karena pembeli dari Eropa selalu membayar lebih cepat daripada pembeli lain",
                    "Because European buyers always pay faster than others",
                    "因为欧洲买家总比别人付款快",
                    "欧州のバイヤーは他より必ず早く支払うから",
                    "لأن المشترين الأوروبيين يدفعون دائمًا أسرع من غيرهم",
                    "Parce que les acheteurs européens paient toujours plus vite",
                ),
                t(
                    "Karena harga benang emas turun sehingga biaya per helai ikut turun",
                    "Because gold thread got cheaper, lowering the cost per piece",
                    "因为金线降价，每条成本随之下降",
                    "金糸が値下がりし、1枚当たりの原価も下がったから",
                    "لأن سعر الخيط الذهبي انخفض فانخفضت تكلفة القطعة",
                    "Parce que le fil d'or a baissé, et donc le coût par pièce",
                ),
            ],
            t(
                "Potongan ditukar dengan volume dan uang muka yang lebih besar, dan harga tetap di "
                "atas Rp 1.100.000 yang dihitung dari biaya.",
                "The discount was traded for more volume and a bigger advance, and the price "
                "stayed above the IDR 1,100,000 worked out from costs.",
                "让价换来了更大的数量和更多的预付款，价格仍高于按成本算出的1,100,000印尼盾。",
                "値引きは数量増と前払い増との交換で、価格は原価から出した1,100,000ルピアを上回っています。",
                "بودل الخصم بكمية أكبر ودفعة مقدّمة أكبر، وبقي السعر فوق 1,100,000 روبية المحسوبة من التكاليف.",
                "La remise a été échangée contre plus de volume et une avance plus forte, et le "
                "prix reste au-dessus des 1 100 000 IDR calculés à partir des coûts.",
            ),
        ),
    ],
}
