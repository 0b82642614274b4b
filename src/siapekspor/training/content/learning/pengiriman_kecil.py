"""Shipping small volumes: courier, air cargo, LCL consolidation, pooling and samples."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "pengiriman-kecil",
    "level": "menengah",
    "dimension": "capacity",
    "credit": 5,
    "title": t(
        "Mengirim volume kecil: kurir, konsolidasi, sampel",
        "Shipping small volumes: courier, consolidation, samples",
        "小批量发货：快递、拼箱、样品",
        "少量の出荷：クーリエ、混載、サンプル",
        "شحن الكميات الصغيرة: البريد السريع والتجميع والعيّنات",
        "Expédier de petits volumes : express, groupage, échantillons",
    ),
    "summary": t(
        "Memilih antara kurir, kargo udara, LCL dan kontainer bersama; menghitung berat "
        "volumetrik; mengirim sampel dengan benar.",
        "Choosing between courier, air cargo, LCL and a shared container; working out "
        "volumetric weight; sending samples properly.",
        "在快递、空运、拼箱和合装整柜之间选择；计算体积重量；正确寄送样品。",
        "クーリエ、航空貨物、LCL、共同コンテナの選び方。容積重量の計算。サンプルの正しい送り方。",
        "الاختيار بين البريد السريع والشحن الجوي والشحن الجزئي والحاوية المشتركة؛ حساب الوزن "
        "الحجمي؛ إرسال العيّنات كما ينبغي.",
        "Choisir entre express, fret aérien, groupage et conteneur partagé ; calculer le poids "
        "volumétrique ; bien envoyer des échantillons.",
    ),
    "screens": [
        {
            "title": t(
                "Pilihan menurut volume",
                "Options by volume",
                "按数量选择运输方式",
                "量に応じた選択肢",
                "الخيارات حسب الحجم",
                "Les options selon le volume",
            ),
            "body": t(
                "IKM tidak perlu menunggu sanggup mengisi satu kontainer untuk mulai ekspor.\n\n"
                "• Kurir ekspres: sampel dan paket sampai puluhan kilogram; cepat, pintu ke pintu, "
                "mahal per kg.\n"
                "• Kargo udara lewat forwarder: puluhan sampai ratusan kilogram; cocok untuk produk "
                "bernilai tinggi seperti tapis.\n"
                "• Laut LCL (less than container load): mulai sekitar satu meter kubik; forwarder "
                "menggabungkan barang beberapa pengirim dalam satu kontainer.\n"
                "• Kontainer penuh (FCL) bersama: beberapa IKM atau koperasi mengisi satu kontainer "
                "untuk satu pembeli atau lewat satu eksportir.\n"
                "• Ekspor tidak langsung: menjual kepada eksportir atau agregator yang sudah "
                "mengirim kontainer.\n\n"
                "Naik kelas dari volume kecil adalah jalan yang wajar: sampel, lalu pesanan "
                "percobaan, lalu pengiriman rutin.",
                "An IKM need not wait until it can fill a container to start exporting.\n\n"
                "• Express courier: samples and parcels up to a few tens of kilograms; fast, door "
                "to door, expensive per kg.\n"
                "• Air cargo through a forwarder: tens to hundreds of kilograms; suits high-value "
                "products such as tapis.\n"
                "• Sea LCL (less than container load): from about one cubic metre; the forwarder "
                "consolidates several shippers' goods in one container.\n"
                "• A shared full container (FCL): several IKM or a cooperative fill one container "
                "for one buyer or through one exporter.\n"
                "• Indirect export: selling to an exporter or aggregator who already ships "
                "containers.\n\n"
                "Moving up from small volumes is the normal path: samples, then a trial order, then "
                "regular shipments.",
                "中小企业不必等到能装满一个集装箱才开始出口。\n\n"
                "• 国际快递：样品和几十公斤以内的包裹；快速、门到门，但每公斤价格高。\n"
                "• 经货代空运：几十到几百公斤；适合塔比斯等高价值产品。\n"
                "• 海运拼箱（LCL）：约一立方米起；货代把多家发货人的货物拼进一个集装箱。\n"
                "• 合装整柜（FCL）：几家中小企业或合作社为一个买家或通过一个出口商装满一个集装箱。\n"
                "• 间接出口：卖给已经在发整柜的出口商或集货商。\n\n"
                "从小批量逐步升级是正常的路径：先样品，再试订单，然后定期发货。",
                "中小工業は、コンテナ1本を満たせるようになるまで輸出を待つ必要はありません。\n\n"
                "• 国際クーリエ：サンプルや数十kgまでの小包。速くて戸口から戸口まで届くが、1kg当たりは高い。\n"
                "• フォワーダー経由の航空貨物：数十〜数百kg。タピスのような高価格の製品向き。\n"
                "• 海上LCL（小口混載）：約1立方メートルから。フォワーダーが複数の荷主の貨物を1本のコンテナに"
                "まとめる。\n"
                "• 共同のFCL（コンテナ1本貸切）：複数の中小工業や協同組合が、1社のバイヤー向けまたは1社の"
                "輸出者を通じて1本を満たす。\n"
                "• 間接輸出：すでにコンテナで出荷している輸出者や集荷業者に売る。\n\n"
                "少量から段階的に大きくするのが普通の道です。サンプル、試験注文、そして定期出荷へ。",
                "لا تحتاج المنشأة الصغيرة إلى انتظار قدرتها على ملء حاوية لتبدأ التصدير.\n\n"
                "• البريد السريع: العيّنات والطرود حتى بضع عشرات من الكيلوغرامات؛ سريع ومن الباب إلى "
                "الباب، لكنه مكلف لكل كيلوغرام.\n"
                "• الشحن الجوي عبر وكيل شحن: من عشرات إلى مئات الكيلوغرامات؛ يناسب المنتجات عالية "
                "القيمة كالتابيس.\n"
                "• الشحن البحري الجزئي (LCL): من نحو متر مكعب؛ يجمع وكيل الشحن بضائع عدة شاحنين في "
                "حاوية واحدة.\n"
                "• حاوية كاملة مشتركة (FCL): عدة منشآت أو تعاونية تملأ حاوية لمشترٍ واحد أو عبر مصدّر "
                "واحد.\n"
                "• التصدير غير المباشر: البيع لمصدّر أو مجمِّع يشحن الحاويات أصلًا.\n\n"
                "الترقّي من الكميات الصغيرة هو الطريق الطبيعي: عيّنات، ثم طلبية تجريبية، ثم شحنات منتظمة.",
                "Une PMI n'a pas besoin d'attendre de pouvoir remplir un conteneur pour exporter.\n\n"
                "• Express : échantillons et colis jusqu'à quelques dizaines de kilos ; rapide, "
                "porte à porte, cher au kilo.\n"
                "• Fret aérien via un transitaire : de dizaines à centaines de kilos ; adapté aux "
                "produits de valeur comme le tapis.\n"
                "• Maritime en groupage (LCL) : à partir d'environ un mètre cube ; le transitaire "
                "regroupe les marchandises de plusieurs chargeurs dans un conteneur.\n"
                "• Conteneur complet partagé (FCL) : plusieurs PMI ou une coopérative remplissent "
                "un conteneur pour un acheteur ou via un exportateur.\n"
                "• Export indirect : vendre à un exportateur ou agrégateur qui expédie déjà des "
                "conteneurs.\n\n"
                "Monter en volume pas à pas est la voie normale : échantillons, commande d'essai, "
                "puis envois réguliers.",
            ),
        },
        {
            "title": t(
                "Kurir dan berat volumetrik",
                "Courier and volumetric weight",
                "快递与体积重量",
                "クーリエと容積重量",
                "البريد السريع والوزن الحجمي",
                "Express et poids volumétrique",
            ),
            "body": t(
                "Kurir dan maskapai menagih berat yang lebih besar antara berat sebenarnya dan "
                "berat volumetrik.\n\n"
                "• Kurir ekspres umumnya: panjang × lebar × tinggi (cm) ÷ 5.000 = kg volumetrik.\n"
                "• Kargo udara umumnya: ÷ 6.000.\n"
                "Pembaginya bisa berbeda per perusahaan; tanyakan sebelum mengemas.\n\n"
                "Produk ringan dan besar seperti keripik cepat menjadi mahal: karton 60 × 40 × 40 "
                "cm berisi keripik 5 kg dihitung 19,2 kg lewat kurir. Kemasan yang lebih padat "
                "menghemat ongkos.\n\n"
                "Perusahaan jasa titipan (PJT) mengurus pemberitahuan pabean untuk barang kiriman, "
                "tetapi Anda tetap memberi invoice, uraian barang yang benar dan nilainya. Periksa "
                "daftar barang yang dilarang atau dibatasi kurir dan negara tujuan, misalnya "
                "cairan, produk hewani atau tanaman.",
                "Couriers and airlines charge the greater of the actual weight and the volumetric "
                "weight.\n\n"
                "• Express couriers usually: length × width × height (cm) ÷ 5,000 = volumetric kg.\n"
                "• Air cargo usually: ÷ 6,000.\n"
                "The divisor can differ by company; ask before packing.\n\n"
                "Light, bulky products such as chips get expensive quickly: a 60 × 40 × 40 cm "
                "carton holding 5 kg of chips is charged as 19.2 kg by courier. Denser packing "
                "saves freight.\n\n"
                "Courier companies (PJT) handle the customs notification for consignments, but you "
                "still provide the invoice, a true description of the goods and their value. Check "
                "the list of goods the courier and the destination ban or restrict, such as "
                "liquids, animal or plant products.",
                "快递公司和航空公司按实际重量与体积重量中较大者计费。\n\n"
                "• 国际快递通常：长 × 宽 × 高（厘米）÷ 5,000 = 体积重量（公斤）。\n"
                "• 空运货物通常：÷ 6,000。\n"
                "各公司的除数可能不同；包装前先问清楚。\n\n"
                "香蕉片这类轻而占体积的产品运费很快变贵：60 × 40 × 40厘米的纸箱装5公斤香蕉片，快递按19.2公斤"
                "计费。包装得更紧凑可以省运费。\n\n"
                "快递公司（PJT）负责快件的海关申报，但您仍须提供发票、真实的货物描述及其价值。请查看快递公司和"
                "目标国禁止或限制的物品清单，例如液体、动物或植物产品。",
                "クーリエや航空会社は、実重量と容積重量のうち大きい方で料金を計算します。\n\n"
                "• 国際クーリエでは通常：縦 × 横 × 高さ（cm）÷ 5,000 ＝ 容積重量（kg）。\n"
                "• 航空貨物では通常：÷ 6,000。\n"
                "除数は会社によって違うことがあるので、梱包前に確認しましょう。\n\n"
                "チップスのように軽くてかさばる製品はすぐ高くつきます。チップス5kg入りの60 × 40 × 40cmの"
                "カートンは、クーリエでは19.2kgとして計算されます。詰め方を密にすれば運賃を節約できます。\n\n"
                "クーリエ会社（PJT）が小口貨物の税関申告を行いますが、インボイス、正しい品名と価額はあなたが"
                "用意します。液体や動植物製品など、クーリエや輸出先が禁止・制限する品目の一覧も確認を。",
                "تحسب شركات البريد السريع والطيران الوزنَ الأكبر بين الوزن الفعلي والوزن الحجمي.\n\n"
                "• البريد السريع عادةً: الطول × العرض × الارتفاع (سم) ÷ 5,000 = الوزن الحجمي بالكيلوغرام.\n"
                "• الشحن الجوي عادةً: ÷ 6,000.\n"
                "وقد يختلف القاسم بين الشركات؛ اسأل قبل التغليف.\n\n"
                "المنتجات الخفيفة الضخمة كالرقائق تغلو بسرعة: كرتونة 60 × 40 × 40 سم فيها 5 كغ من "
                "الرقائق تُحسب 19.2 كغ بالبريد السريع. والتغليف الأكثر إحكامًا يوفّر أجرة الشحن.\n\n"
                "تتولى شركات البريد السريع (PJT) الإخطار الجمركي للطرود، لكنك تبقى من يقدّم الفاتورة "
                "والوصف الصحيح للبضاعة وقيمتها. وراجع قائمة ما تحظره أو تقيّده الشركة وبلد الوجهة، "
                "كالسوائل والمنتجات الحيوانية أو النباتية.",
                "Les transporteurs express et les compagnies aériennes facturent le plus élevé du "
                "poids réel et du poids volumétrique.\n\n"
                "• En express, en général : longueur × largeur × hauteur (cm) ÷ 5 000 = kg "
                "volumétriques.\n"
                "• En fret aérien, en général : ÷ 6 000.\n"
                "Le diviseur peut varier selon l'entreprise ; demandez avant d'emballer.\n\n"
                "Les produits légers et encombrants comme les chips deviennent vite chers : un "
                "carton de 60 × 40 × 40 cm contenant 5 kg de chips est facturé 19,2 kg en express. "
                "Un emballage plus dense fait économiser.\n\n"
                "Les sociétés de messagerie (PJT) accomplissent la déclaration en douane des "
                "envois, mais c'est vous qui fournissez la facture, une désignation exacte et la "
                "valeur. Vérifiez la liste des articles interdits ou restreints par le "
                "transporteur et la destination, comme les liquides et les produits animaux ou "
                "végétaux.",
            ),
        },
        {
            "title": t(
                "LCL dan kontainer bersama",
                "LCL and a shared container",
                "拼箱与合装整柜",
                "LCLと共同コンテナ",
                "الشحن الجزئي والحاوية المشتركة",
                "Groupage et conteneur partagé",
            ),
            "body": t(
                "Pada LCL, Anda mengantar barang ke gudang konsolidasi (CFS) forwarder; forwarder "
                "menggabungkannya dengan barang pengirim lain. Ongkos laut dihitung per W/M "
                "(weight or measurement): per meter kubik atau per 1.000 kg, mana yang lebih besar. "
                "Tambahkan biaya gudang dan dokumen di asal, dan biaya serupa di tujuan yang "
                "dibayar pembeli atau Anda, sesuai Incoterm.\n\n"
                "Dari Lampung, muatan LCL kadang dibawa dulu ke Jakarta untuk digabung, jadi waktu "
                "kirim lebih lama dari FCL. Tanyakan rute dan jadwal tutup (closing) kepada "
                "forwarder.\n\n"
                "Bila beberapa IKM punya pembeli atau eksportir yang sama, gabungkan muatan menjadi "
                "satu kontainer penuh: biaya per kg turun dan pesanan minimum pembeli bisa "
                "terpenuhi. Forum ekspor dan koperasi dapat membantu mengatur penggabungan, "
                "termasuk siapa yang menjadi eksportir tercatat di PEB.",
                "With LCL, you deliver the goods to the forwarder's consolidation warehouse (CFS); "
                "the forwarder combines them with other shippers' goods. Sea freight is charged per "
                "W/M (weight or measurement): per cubic metre or per 1,000 kg, whichever is "
                "greater. Add warehouse and document charges at origin, and similar charges at "
                "destination paid by the buyer or by you, depending on the Incoterm.\n\n"
                "From Lampung, LCL cargo is sometimes taken to Jakarta first for consolidation, so "
                "transit takes longer than FCL. Ask the forwarder about the route and the closing "
                "dates.\n\n"
                "When several IKM share a buyer or an exporter, pool the cargo into one full "
                "container: the cost per kg falls and the buyer's minimum order can be met. The "
                "export forum and cooperatives can help organise pooling, including who is the "
                "exporter of record on the PEB.",
                "拼箱时，您把货物送到货代的集拼仓库（CFS），由货代与其他发货人的货物拼在一起。海运费按W/M"
                "（重量或体积）计收：每立方米或每1,000公斤，取较大者。另加起运地的仓库费和单证费，以及目的地的"
                "类似费用，按贸易术语由买方或您支付。\n\n"
                "从楠榜出发的拼箱货有时先运到雅加达再拼柜，所以运输时间比整柜长。请向货代询问路线和截关日期。\n\n"
                "如果几家中小企业有同一个买家或出口商，就把货物合成一个整柜：每公斤成本下降，也能达到买家的"
                "最低订货量。出口论坛和合作社可以帮助组织合装，包括由谁作为PEB上登记的出口商。",
                "LCLでは、貨物をフォワーダーの混載倉庫（CFS）に搬入し、フォワーダーが他の荷主の貨物と"
                "まとめます。海上運賃はW/M（重量または容積）で、1立方メートル当たりか1,000kg当たりの大きい方で"
                "計算されます。さらに積地の倉庫料と書類費、揚地の同様の費用がかかり、インコタームズに応じて"
                "買主かあなたが払います。\n\n"
                "ランプンからのLCL貨物は、いったんジャカルタに運んで混載されることがあり、FCLより輸送日数が"
                "長くなります。経路とカット日をフォワーダーに確認しましょう。\n\n"
                "複数の中小工業が同じバイヤーや輸出者を持つなら、貨物をまとめてコンテナ1本にしましょう。"
                "1kg当たりの費用が下がり、バイヤーの最小発注量も満たせます。輸出フォーラムや協同組合が、"
                "PEB上の輸出者を誰にするかも含めて、取りまとめを手伝えます。",
                "في الشحن الجزئي تسلّم البضاعة إلى مستودع التجميع (CFS) لدى وكيل الشحن، فيجمعها مع "
                "بضائع شاحنين آخرين. وتُحسب أجرة الشحن البحري بطريقة W/M (الوزن أو الحجم): لكل متر "
                "مكعب أو لكل 1,000 كغ، أيهما أكبر. وتُضاف رسوم المستودع والمستندات في بلد المنشأ، "
                "ورسوم مماثلة في الوجهة يدفعها المشتري أو أنت حسب قاعدة إنكوتيرمز.\n\n"
                "من لامبونغ تُنقل الشحنات الجزئية أحيانًا إلى جاكرتا أولًا لتجميعها، فتطول مدة النقل "
                "مقارنة بالحاوية الكاملة. اسأل وكيل الشحن عن المسار ومواعيد الإقفال.\n\n"
                "إذا كان لعدة منشآت صغيرة مشترٍ أو مصدّر واحد، فاجمعوا الشحنات في حاوية كاملة: تنخفض "
                "التكلفة لكل كيلوغرام ويُستوفى الحد الأدنى لطلب المشتري. ويمكن لمنتدى التصدير "
                "والتعاونيات المساعدة في تنظيم التجميع، بما في ذلك تحديد المصدّر المسجّل في بيان التصدير.",
                "En groupage, vous livrez la marchandise à l'entrepôt de groupage (CFS) du "
                "transitaire, qui la réunit avec celle d'autres chargeurs. Le fret maritime se "
                "facture au W/M (poids ou volume) : par mètre cube ou par 1 000 kg, le plus "
                "élevé des deux. S'ajoutent des frais d'entrepôt et de documents au départ, et des "
                "frais semblables à l'arrivée, payés par l'acheteur ou par vous selon "
                "l'Incoterm.\n\n"
                "Depuis Lampung, le groupage passe parfois d'abord par Jakarta, si bien que le "
                "transit est plus long qu'en FCL. Demandez au transitaire l'itinéraire et les "
                "dates de clôture.\n\n"
                "Quand plusieurs PMI partagent un acheteur ou un exportateur, regroupez-vous dans "
                "un conteneur complet : le coût au kilo baisse et le minimum de commande de "
                "l'acheteur est atteint. Le forum export et les coopératives peuvent aider à "
                "organiser ce regroupement, y compris le choix de l'exportateur déclarant de la "
                "PEB.",
            ),
        },
        {
            "title": t(
                "Mengirim sampel",
                "Sending samples",
                "寄送样品",
                "サンプルを送る",
                "إرسال العيّنات",
                "Envoyer des échantillons",
            ),
            "body": t(
                "Sampel adalah kesan pertama pembeli. Kirim produk yang sama dengan yang akan Anda "
                "jual, dalam kemasan yang rapi, dengan lembar spesifikasi dan daftar harga.\n\n"
                "• Sertakan proforma invoice dengan nilai yang wajar, walaupun ditulis «sample, no "
                "commercial value»: petugas pabean tetap memerlukan nilai.\n"
                "• Sampel produk tumbuhan, seperti biji kopi atau lada, bisa tetap memerlukan "
                "sertifikat fitosanitari di negara tujuan; tanyakan kepada pembeli dan Barantin.\n"
                "• Sepakati siapa membayar ongkos kirim; pembeli serius sering memberi nomor akun "
                "kurirnya.\n"
                "• Simpan sampel pembanding dengan kode produksi yang sama, dan catat nomor resi "
                "untuk menindaklanjuti.\n\n"
                "Tanyakan pendapat pembeli dua minggu setelah sampel tiba: tindak lanjut yang "
                "cepat sering menentukan pesanan percobaan.",
                "Samples are the buyer's first impression. Send the same product you will sell, "
                "neatly packed, with a specification sheet and a price list.\n\n"
                '• Include a proforma invoice with a fair value, even if marked "sample, no '
                'commercial value": customs still need a value.\n'
                "• Samples of plant products, such as coffee beans or pepper, may still need a "
                "phytosanitary certificate at destination; ask the buyer and Barantin.\n"
                "• Agree who pays the freight; serious buyers often give their courier account "
                "number.\n"
                "• Keep a reference sample with the same batch code, and note the tracking number "
                "to follow up.\n\n"
                "Ask for the buyer's opinion two weeks after the sample arrives: a quick follow-up "
                "often decides the trial order.",
                "样品是买家的第一印象。寄送与您将要销售的产品相同的货物，包装整齐，并附规格表和价目表。\n\n"
                "• 附上价值合理的形式发票，即使注明“样品，无商业价值”，海关仍需要一个价值。\n"
                "• 咖啡豆或胡椒等植物产品的样品，在目标国可能仍需植物检疫证书；请询问买家和检疫局。\n"
                "• 约定运费由谁支付；认真的买家常会提供其快递账号。\n"
                "• 保留同一批号的对照样品，并记下运单号以便跟进。\n\n"
                "样品到达两周后询问买家的意见：及时跟进往往决定能否拿到试订单。",
                "サンプルはバイヤーの第一印象です。実際に売るのと同じ製品を、きれいに梱包し、仕様書と価格表を"
                "添えて送りましょう。\n\n"
                "• 「サンプル、商業価値なし」と書いても、妥当な価額を記したプロフォーマインボイスを同封します。"
                "税関には価額が必要です。\n"
                "• コーヒー豆やこしょうなど植物製品のサンプルは、輸出先で植物検疫証明書が必要なことがあります。"
                "バイヤーとBarantinに確認しましょう。\n"
                "• 送料を誰が払うか取り決めます。本気のバイヤーはクーリエのアカウント番号を教えてくれることが"
                "多いです。\n"
                "• 同じロット番号の保管サンプルを残し、追跡番号を控えてフォローします。\n\n"
                "サンプル到着の2週間後にバイヤーの感想を聞きましょう。素早いフォローが試験注文を左右します。",
                "العيّنة هي الانطباع الأول لدى المشتري. أرسل المنتج نفسه الذي ستبيعه، مغلّفًا بعناية، "
                "مع ورقة مواصفات وقائمة أسعار.\n\n"
                "• أرفق فاتورة مبدئية بقيمة معقولة، حتى لو كُتب عليها «عيّنة بلا قيمة تجارية»: فالجمارك "
                "تحتاج إلى قيمة.\n"
                "• قد تحتاج عيّنات المنتجات النباتية، كحبوب البن أو الفلفل، إلى شهادة صحة نباتية في "
                "بلد الوجهة؛ اسأل المشتري وهيئة الحجر.\n"
                "• اتفق على من يدفع أجرة الشحن؛ فالمشتري الجاد كثيرًا ما يعطيك رقم حسابه لدى شركة البريد "
                "السريع.\n"
                "• احتفظ بعيّنة مرجعية من الدفعة نفسها، وسجّل رقم التتبع للمتابعة.\n\n"
                "اسأل المشتري عن رأيه بعد أسبوعين من وصول العيّنة: فالمتابعة السريعة كثيرًا ما تحسم "
                "الطلبية التجريبية.",
                "L'échantillon est la première impression de l'acheteur. Envoyez le produit que "
                "vous vendrez vraiment, bien emballé, avec une fiche technique et une liste de "
                "prix.\n\n"
                "• Joignez une facture pro forma d'une valeur raisonnable, même avec la mention "
                "« échantillon sans valeur commerciale » : la douane a besoin d'une valeur.\n"
                "• Des échantillons de produits végétaux, comme le café vert ou le poivre, peuvent "
                "exiger un certificat phytosanitaire à destination ; interrogez l'acheteur et "
                "Barantin.\n"
                "• Convenez de qui paie le transport ; un acheteur sérieux donne souvent son "
                "numéro de compte chez le transporteur express.\n"
                "• Gardez un échantillon témoin du même lot et notez le numéro de suivi pour "
                "relancer.\n\n"
                "Demandez l'avis de l'acheteur deux semaines après l'arrivée : une relance rapide "
                "décide souvent de la commande d'essai.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: rumput laut kering dari Lampung Selatan",
                "Example: dried seaweed from South Lampung",
                "示例：南楠榜的干海藻",
                "例：南ランプンの乾燥海藻",
                "مثال: أعشاب بحرية مجففة من لامبونغ الجنوبية",
                "Exemple : algues séchées de Lampung Sud",
            ),
            "body": t(
                "Kelompok pembudidaya rumput laut di Lampung Selatan akan mengirim pesanan "
                "percobaan 2.000 kg rumput laut kering dalam 40 bal (50 kg, 0,25 m³ per bal), "
                "jadi total 10 m³. Tarif di bawah adalah angka contoh.\n\n"
                "• Sampel dulu: 2 kg dalam kotak 30 × 20 × 20 cm lewat kurir. Berat volumetrik "
                "12.000 ÷ 5.000 = 2,4 kg, lebih besar dari 2 kg, jadi ditagih 2,4 kg (dibulatkan "
                "ke atas menurut aturan kurir). Disertai proforma invoice dan sertifikat kesehatan "
                "bila diminta negara tujuan.\n"
                "• Kargo udara: 10 m³ = 10.000.000 cm³ ÷ 6.000 ≈ 1.667 kg; berat sebenarnya 2.000 "
                "kg lebih besar, jadi ditagih 2.000 kg. Dengan tarif contoh USD 2,50/kg = USD 5.000.\n"
                "• LCL laut: W/M = lebih besar dari 10 m³ dan 2 ton → 10. Dengan tarif contoh USD "
                "40 per W/M = USD 400, ditambah biaya gudang dan dokumen di asal.\n\n"
                "Untuk barang bernilai rendah dan besar seperti rumput laut kering, LCL jauh lebih "
                "murah; kargo udara hanya masuk akal untuk sampel atau produk bernilai tinggi. "
                "Tahun berikutnya, bila pesanan naik, kelompok menggabungkan muatan dengan kelompok "
                "lain untuk satu kontainer penuh.",
                "A seaweed farmers' group in South Lampung is sending a trial order of 2,000 kg of "
                "dried seaweed in 40 bales (50 kg, 0.25 m³ each), 10 m³ in total. The rates below "
                "are example figures.\n\n"
                "• Samples first: 2 kg in a 30 × 20 × 20 cm box by courier. Volumetric weight "
                "12,000 ÷ 5,000 = 2.4 kg, more than 2 kg, so 2.4 kg is charged (rounded up under "
                "the courier's rules). With a proforma invoice and a health certificate if the "
                "destination asks for one.\n"
                "• Air cargo: 10 m³ = 10,000,000 cm³ ÷ 6,000 ≈ 1,667 kg; the actual 2,000 kg is "
                "greater, so 2,000 kg is charged. At an example rate of USD 2.50/kg = USD 5,000.\n"
                "• Sea LCL: W/M = the greater of 10 m³ and 2 tonnes → 10. At an example rate of "
                "USD 40 per W/M = USD 400, plus warehouse and document charges at origin.\n\n"
                "For low-value, bulky goods such as dried seaweed, LCL is far cheaper; air cargo "
                "only makes sense for samples or high-value products. The next year, as orders "
                "grow, the group pools cargo with another group for one full container.",
                "南楠榜的一个海藻养殖户团体要发一笔试订单：2,000公斤干海藻，共40包（每包50公斤、0.25立方米），"
                "合计10立方米。以下费率为示例数字。\n\n"
                "• 先寄样品：2公斤装在30 × 20 × 20厘米的盒子里走快递。体积重量12,000 ÷ 5,000 = 2.4公斤，"
                "大于2公斤，所以按2.4公斤计费（按快递公司规则向上取整）。附形式发票，如目标国要求则附卫生证书。\n"
                "• 空运：10立方米 = 10,000,000立方厘米 ÷ 6,000 ≈ 1,667公斤；实际重量2,000公斤更大，所以按"
                "2,000公斤计费。按示例费率每公斤2.50美元 = 5,000美元。\n"
                "• 海运拼箱：W/M取10立方米与2吨中的较大者 → 10。按示例费率每W/M 40美元 = 400美元，另加起运地"
                "仓库费和单证费。\n\n"
                "对于干海藻这种价值低、体积大的货物，拼箱便宜得多；空运只适合样品或高价值产品。第二年订单增加后，"
                "该团体与另一个团体合装一个整柜。",
                "南ランプンの海藻養殖グループが、乾燥海藻2,000kgの試験注文を40梱（1梱50kg・0.25m³）、"
                "合計10m³で出荷します。以下の料金は例の数字です。\n\n"
                "• まずサンプル：2kgを30 × 20 × 20cmの箱でクーリエ便に。容積重量は12,000 ÷ 5,000 ＝ 2.4kgで"
                "2kgより大きいので、2.4kgで課金（クーリエの規則で切り上げ）。プロフォーマインボイスと、輸出先が"
                "求めれば衛生証明書を添付。\n"
                "• 航空貨物：10m³ ＝ 10,000,000cm³ ÷ 6,000 ≈ 1,667kg。実重量2,000kgの方が大きいので2,000kgで"
                "課金。例の料金1kg当たり2.50米ドルなら5,000米ドル。\n"
                "• 海上LCL：W/Mは10m³と2トンの大きい方で10。例の料金1W/M当たり40米ドルなら400米ドル、これに"
                "積地の倉庫料と書類費が加わります。\n\n"
                "乾燥海藻のように価格が低くかさばる貨物では、LCLがはるかに安く、航空貨物はサンプルや高価格の"
                "製品にしか向きません。翌年、注文が増えたら、グループは別のグループと貨物をまとめてコンテナ"
                "1本にします。",
                "سترسل مجموعة مزارعي أعشاب بحرية في لامبونغ الجنوبية طلبية تجريبية من 2,000 كغ أعشاب "
                "مجففة في 40 بالة (50 كغ و0.25 م³ لكل بالة)، أي 10 م³ إجمالًا. الأسعار أدناه أرقام مثال.\n\n"
                "• العيّنة أولًا: 2 كغ في صندوق 30 × 20 × 20 سم بالبريد السريع. الوزن الحجمي 12,000 ÷ "
                "5,000 = 2.4 كغ، أكبر من 2 كغ، فيُحسب 2.4 كغ (مع التقريب إلى الأعلى وفق قواعد الشركة). "
                "مع فاتورة مبدئية وشهادة صحية إن طلبها بلد الوجهة.\n"
                "• الشحن الجوي: 10 م³ = 10,000,000 سم³ ÷ 6,000 ≈ 1,667 كغ؛ والوزن الفعلي 2,000 كغ "
                "أكبر، فيُحسب 2,000 كغ. وبسعر مثالي 2.50 دولار/كغ = 5,000 دولار.\n"
                "• الشحن البحري الجزئي: W/M = الأكبر بين 10 م³ و2 طن ← 10. وبسعر مثالي 40 دولارًا "
                "لكل W/M = 400 دولار، تضاف إليها رسوم المستودع والمستندات في بلد المنشأ.\n\n"
                "للبضائع الضخمة منخفضة القيمة كالأعشاب المجففة، الشحن الجزئي أرخص بكثير؛ ولا يصلح الشحن "
                "الجوي إلا للعيّنات أو المنتجات عالية القيمة. وفي العام التالي، مع نمو الطلبيات، تجمع "
                "المجموعة شحنتها مع مجموعة أخرى في حاوية كاملة.",
                "Un groupement d'algoculteurs de Lampung Sud envoie une commande d'essai de 2 000 "
                "kg d'algues séchées en 40 balles (50 kg et 0,25 m³ chacune), soit 10 m³. Les "
                "tarifs ci-dessous sont des exemples.\n\n"
                "• D'abord les échantillons : 2 kg dans une boîte de 30 × 20 × 20 cm en express. "
                "Poids volumétrique 12 000 ÷ 5 000 = 2,4 kg, plus que 2 kg : on paie 2,4 kg "
                "(arrondi au-dessus selon les règles du transporteur). Avec une facture pro forma "
                "et un certificat sanitaire si la destination l'exige.\n"
                "• Fret aérien : 10 m³ = 10 000 000 cm³ ÷ 6 000 ≈ 1 667 kg ; le poids réel de 2 000 "
                "kg est supérieur, on paie 2 000 kg. Au tarif d'exemple de 2,50 USD/kg = 5 000 USD.\n"
                "• Groupage maritime : W/M = le plus grand de 10 m³ et 2 tonnes → 10. Au tarif "
                "d'exemple de 40 USD par W/M = 400 USD, plus les frais d'entrepôt et de documents "
                "au départ.\n\n"
                "Pour une marchandise encombrante et de faible valeur comme les algues séchées, le "
                "groupage coûte bien moins ; l'aérien ne se justifie que pour des échantillons ou "
                "des produits de valeur. L'année suivante, avec des commandes plus grosses, le "
                "groupement partage un conteneur complet avec un autre groupement.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Karton keripik 60 × 40 × 40 cm beratnya 5 kg. Dengan pembagi kurir 5.000, berat "
                "yang ditagih…",
                "A 60 × 40 × 40 cm carton of chips weighs 5 kg. With a courier divisor of 5,000, "
                "the charged weight is…",
                "一箱60 × 40 × 40厘米的香蕉片重5公斤。按快递除数5,000，计费重量是……",
                "60 × 40 × 40cmのチップスのカートンは5kgです。クーリエの除数5,000なら課金重量は…",
                "كرتونة رقائق 60 × 40 × 40 سم وزنها 5 كغ. بقاسم 5,000 لدى البريد السريع، الوزن المحتسب…",
                "Un carton de chips de 60 × 40 × 40 cm pèse 5 kg. Avec un diviseur express de "
                "5 000, le poids facturé est de…",
            ),
            t("19,2 kg", "19.2 kg", "19.2公斤", "19.2kg", "19.2 كغ", "19,2 kg"),
            [
                t("5 kg", "5 kg", "5公斤", "5kg", "5 كغ", "5 kg"),
                t("96 kg", "96 kg", "96公斤", "96kg", "96 كغ", "96 kg"),
            ],
            t(
                "60 × 40 × 40 = 96.000 cm³ ÷ 5.000 = 19,2 kg, lebih besar dari 5 kg, jadi itulah "
                "yang ditagih.",
                "60 × 40 × 40 = 96,000 cm³ ÷ 5,000 = 19.2 kg, more than 5 kg, so that is what is "
                "charged.",
                "60 × 40 × 40 = 96,000立方厘米 ÷ 5,000 = 19.2公斤，大于5公斤，所以按此计费。",
                "60 × 40 × 40 ＝ 96,000cm³ ÷ 5,000 ＝ 19.2kg。5kgより大きいので、こちらで課金されます。",
                "60 × 40 × 40 = 96,000 سم³ ÷ 5,000 = 19.2 كغ، وهو أكبر من 5 كغ، فيُحتسب.",
                "60 × 40 × 40 = 96 000 cm³ ÷ 5 000 = 19,2 kg, plus que 5 kg : c'est ce qui est "
                "facturé.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Pada LCL, «W/M» berarti ongkos dihitung…",
                'In LCL, "W/M" means freight is charged…',
                "拼箱中的“W/M”是指运费按……计算",
                "LCLの「W/M」とは、運賃をどう計算することですか。",
                "في الشحن الجزئي تعني «W/M» أن الأجرة تُحسب…",
                "En groupage, « W/M » signifie que le fret est facturé…",
            ),
            t(
                "Per m³ atau per 1.000 kg, mana yang lebih besar",
                "Per m³ or per 1,000 kg, whichever is greater",
                "按每立方米或每1,000公斤，取较大者",
                "1m³当たりか1,000kg当たりの大きい方",
                "لكل م³ أو لكل 1,000 كغ، أيهما أكبر",
                "Par m³ ou par 1 000 kg, le plus élevé des deux",
            ),
            [
                t(
                    "Per karton, tanpa melihat ukuran",
                    "Per carton, whatever its size",
                    "按箱计算，不论尺寸",
                    "大きさに関係なく1カートン当たり",
                    "لكل كرتونة مهما كان حجمها",
                    "Par carton, quelle que soit sa taille",
                ),
                t(
                    "Per nilai barang",
                    "By the value of the goods",
                    "按货值计算",
                    "貨物の価額に応じて",
                    "حسب قيمة البضاعة",
                    "Selon la valeur de la marchandise",
                ),
            ],
            t(
                "W/M = weight or measurement. Barang ringan dan besar ditagih menurut volume, "
                "barang berat menurut berat.",
                "W/M = weight or measurement. Light, bulky goods are charged by volume, heavy goods "
                "by weight.",
                "W/M即重量或体积。轻泡货按体积计费，重货按重量计费。",
                "W/Mは重量または容積。軽くてかさばる貨物は容積で、重い貨物は重量で課金されます。",
                "W/M تعني الوزن أو الحجم. فالبضائع الخفيفة الضخمة تُحسب بالحجم، والثقيلة بالوزن.",
                "W/M = poids ou volume. Les marchandises légères et encombrantes paient au "
                "volume, les lourdes au poids.",
            ),
        ),
        q(
            t(
                "Sampel biji kopi dikirim dengan tulisan «no commercial value». Apakah sertifikat "
                "fitosanitari bisa tetap diperlukan?",
                'Coffee bean samples are marked "no commercial value". Can a phytosanitary '
                "certificate still be needed?",
                "咖啡豆样品注明“无商业价值”。是否仍可能需要植物检疫证书？",
                "コーヒー豆のサンプルに「商業価値なし」と書きました。それでも植物検疫証明書が必要になりえますか。",
                "عيّنات حبوب البن مكتوب عليها «بلا قيمة تجارية». هل قد تلزم شهادة صحة نباتية رغم ذلك؟",
                "Des échantillons de café vert portent « sans valeur commerciale ». Un certificat "
                "phytosanitaire peut-il encore être exigé ?",
            ),
            t(
                "Ya, tergantung aturan negara tujuan",
                "Yes, depending on the destination's rules",
                "是的，取决于目标国的规定",
                "はい、輸出先の規則によります",
                "نعم، حسب قواعد بلد الوجهة",
                "Oui, selon les règles du pays de destination",
            ),
            [
                t(
                    "Tidak, sampel selalu bebas",
                    "No, samples are always exempt",
                    "不会，样品一律豁免",
                    "いいえ、サンプルは常に免除",
                    "لا، العيّنات معفاة دائمًا",
                    "Non, les échantillons sont toujours dispensés",
                ),
                t(
                    "Hanya bila beratnya di atas 1 ton",
                    "Only above 1 tonne",
                    "只有超过1吨时才需要",
                    "1トンを超える場合だけ",
                    "فقط إذا تجاوز الوزن طنًا",
                    "Seulement au-delà d'une tonne",
                ),
            ],
            t(
                "Risiko hama tidak bergantung pada nilai dagang. Tanyakan kepada pembeli dan "
                "Barantin sebelum mengirim sampel produk tumbuhan.",
                "Pest risk does not depend on commercial value. Ask the buyer and Barantin before "
                "sending plant-product samples.",
                "有害生物风险与商业价值无关。寄送植物产品样品前请询问买家和检疫局。",
                "病害虫のリスクは商業価値とは関係ありません。植物製品のサンプルを送る前にバイヤーとBarantinに確認を。",
                "خطر الآفات لا يتعلق بالقيمة التجارية. اسأل المشتري وهيئة الحجر قبل إرسال عيّنات نباتية.",
                "Le risque phytosanitaire ne dépend pas de la valeur commerciale. Interrogez "
                "l'acheteur et Barantin avant d'envoyer des échantillons végétaux.",
            ),
        ),
        q(
            t(
                "Mengapa sampel tetap disertai proforma invoice dengan nilai?",
                "Why do samples still need a proforma invoice with a value?",
                "为什么样品仍要附带写明价值的形式发票？",
                "サンプルにも価額入りのプロフォーマインボイスが必要なのはなぜですか。",
                "لماذا تحتاج العيّنات مع ذلك إلى فاتورة مبدئية فيها قيمة؟",
                "Pourquoi des échantillons ont-ils besoin d'une facture pro forma chiffrée ?",
            ),
            t(
                "Petugas pabean memerlukan nilai untuk pemeriksaan dan perhitungan",
                "Customs need a value for checks and calculations",
                "海关需要价值用于查验和计算",
                "税関が審査と計算に価額を必要とするから",
                "لأن الجمارك تحتاج إلى قيمة للفحص والحساب",
                "La douane a besoin d'une valeur pour contrôler et calculer",
            ),
            [
                t(
                    "Supaya pembeli membayar sampel dua kali",
                    "So the buyer pays twice for samples",
                    "让买家为样品付两次钱",
                    "買主にサンプル代を二重に払わせるため",
                    "ليدفع المشتري ثمن العيّنات مرتين",
                    "Pour que l'acheteur paie deux fois",
                ),
                t(
                    "Karena Incoterms mewajibkannya",
                    "Because Incoterms require it",
                    "因为Incoterms有此规定",
                    "インコタームズが義務づけているから",
                    "لأن إنكوتيرمز تشترط ذلك",
                    "Parce que les Incoterms l'imposent",
                ),
            ],
            t(
                "Nilai nol atau tidak wajar bisa membuat kiriman tertahan. Tulis nilai yang "
                "wajar dan uraian yang benar.",
                "A zero or unrealistic value can hold a parcel up. Write a fair value and a true "
                "description.",
                "价值为零或不合理可能导致快件被扣。请写合理的价值和真实的描述。",
                "価額ゼロや不自然な価額は貨物が止められる原因になります。妥当な価額と正しい品名を。",
                "القيمة الصفرية أو غير المعقولة قد توقف الطرد. اكتب قيمة معقولة ووصفًا صحيحًا.",
                "Une valeur nulle ou irréaliste peut bloquer un colis. Indiquez une valeur "
                "raisonnable et une désignation exacte.",
            ),
        ),
        q(
            t(
                "Cara paling murah mengirim 10 m³ (2 ton) rumput laut kering ke luar negeri "
                "biasanya…",
                "The cheapest way to ship 10 m³ (2 tonnes) of dried seaweed abroad is usually…",
                "运送10立方米（2吨）干海藻出国，通常最便宜的方式是……",
                "乾燥海藻10m³（2トン）を海外へ送る最も安い方法は通常…",
                "أرخص طريقة عادةً لشحن 10 م³ (طنين) من الأعشاب البحرية المجففة إلى الخارج هي…",
                "La façon la moins chère d'expédier 10 m³ (2 tonnes) d'algues séchées est en "
                "général…",
            ),
            t(
                "LCL lewat laut",
                "Sea LCL",
                "海运拼箱",
                "海上LCL",
                "الشحن البحري الجزئي",
                "Le groupage maritime",
            ),
            [
                t(
                    "Kurir ekspres",
                    "Express courier",
                    "国际快递",
                    "国際クーリエ",
                    "البريد السريع",
                    "L'express",
                ),
                t(
                    "Kargo udara",
                    "Air cargo",
                    "空运",
                    "航空貨物",
                    "الشحن الجوي",
                    "Le fret aérien",
                ),
            ],
            t(
                "Pada contoh, LCL sekitar USD 400 ditambah biaya asal, sedangkan kargo udara USD "
                "5.000. Kurir lebih mahal lagi untuk volume ini.",
                "In the example, LCL costs about USD 400 plus origin charges, air cargo USD 5,000. "
                "A courier costs even more for this volume.",
                "在示例中，拼箱约400美元加起运地费用，空运则是5,000美元。这个量走快递还要更贵。",
                "例ではLCLが約400米ドルに積地費用、航空貨物は5,000米ドル。この量をクーリエで送ればさらに高くつきます。",
                "في المثال يكلّف الشحن الجزئي نحو 400 دولار مع رسوم المنشأ، والجوي 5,000 دولار. والبريد السريع أغلى لهذا الحجم.",
                "Dans l'exemple, le groupage coûte environ 400 USD plus les frais de départ, "
                "l'aérien 5 000 USD. L'express serait encore plus cher pour ce volume.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Apa manfaat menggabungkan muatan beberapa IKM dalam satu kontainer?",
                "What is the benefit of pooling several IKM's cargo in one container?",
                "把几家中小企业的货物合装一个集装箱有什么好处？",
                "複数の中小工業の貨物を1本のコンテナにまとめる利点は何ですか。",
                "ما فائدة تجميع شحنات عدة منشآت صغيرة في حاوية واحدة؟",
                "Quel est l'intérêt de regrouper les marchandises de plusieurs PMI dans un "
                "conteneur ?",
            ),
            t(
                "Biaya per kg turun dan pesanan minimum pembeli bisa terpenuhi",
                "Lower cost per kg and the buyer's minimum order can be met",
                "每公斤成本下降，也能达到买家的最低订货量",
                "1kg当たりの費用が下がり、バイヤーの最小発注量も満たせる",
                "تنخفض التكلفة لكل كيلوغرام ويُستوفى الحد الأدنى لطلب المشتري",
                "Un coût au kilo plus bas et le minimum de l'acheteur atteint",
            ),
            [
                t(
                    "PEB tidak diperlukan lagi karena forwarder yang mengirim",
                    "No PEB is needed because the forwarder ships it",
                    "由货代发运，所以不再需要PEB",
                    "フォワーダーが出すのでPEBが不要になる",
                    "لا حاجة إلى بيان تصدير لأن وكيل الشحن هو من يشحن",
                    "Plus besoin de PEB puisque le transitaire expédie",
                ),
                t(
                    "Barang dalam kontainer penuh bebas dari pemeriksaan karantina",
                    "Goods in a full container are exempt from quarantine checks",
                    "整柜货物免于检疫检查",
                    "コンテナ1本の貨物は検疫検査が免除される",
                    "البضاعة في حاوية كاملة معفاة من فحص الحجر",
                    "Les marchandises en conteneur complet échappent à la quarantaine",
                ),
            ],
            t(
                "Kontainer penuh lebih murah per kg daripada LCL. Dokumen dan karantina tetap "
                "diperlukan; sepakati siapa eksportir yang tercatat di PEB.",
                "A full container is cheaper per kg than LCL. Documents and quarantine are still "
                "needed; agree who is the exporter of record on the PEB.",
                "整柜每公斤比拼箱便宜。单证和检疫仍然需要；要约定由谁作为PEB上登记的出口商。",
                "コンテナ1本の方がLCLより1kg当たり安くなります。書類と検疫は引き続き必要で、PEB上の輸出者を"
                "誰にするかを決めておきます。",
                "الحاوية الكاملة أرخص لكل كيلوغرام من الشحن الجزئي. وتبقى المستندات والحجر لازمة؛ اتفقوا على المصدّر المسجّل في البيان.",
                "Un conteneur complet coûte moins au kilo que le groupage. Documents et "
                "quarantaine restent nécessaires ; convenez de l'exportateur déclarant de la PEB.",
            ),
        ),
        q(
            t(
                "Siapa yang mengurus pemberitahuan pabean untuk paket kurir?",
                "Who handles the customs notification for a courier parcel?",
                "快递包裹的海关申报由谁办理？",
                "クーリエ便の税関申告を行うのは誰ですか。",
                "من يتولى الإخطار الجمركي لطرد البريد السريع؟",
                "Qui accomplit la déclaration en douane d'un colis express ?",
            ),
            t(
                "Perusahaan kurir (PJT), dengan invoice dan data yang benar dari Anda",
                "The courier company (PJT), with an invoice and true data from you",
                "快递公司（PJT），由您提供发票和真实数据",
                "クーリエ会社（PJT）。インボイスと正しいデータはあなたが提供",
                "شركة البريد السريع (PJT)، بفاتورة وبيانات صحيحة منك",
                "La société de messagerie (PJT), avec votre facture et des données exactes",
            ),
            [
                t(
                    "Tidak ada, paket kecil tidak melewati pabean",
                    "Nobody, small parcels skip customs",
                    "没人办，小包裹不过海关",
                    "誰もしない。小包は税関を通らない",
                    "لا أحد، فالطرود الصغيرة لا تمر بالجمارك",
                    "Personne, les petits colis ne passent pas en douane",
                ),
                t(
                    "Pembeli, sebelum paket berangkat",
                    "The buyer, before the parcel leaves",
                    "买家，在包裹发出之前",
                    "バイヤーが、荷物の出発前に",
                    "المشتري، قبل مغادرة الطرد",
                    "L'acheteur, avant le départ du colis",
                ),
            ],
            t(
                "Paket kurir tetap melewati pabean; PJT mengurus pemberitahuannya berdasarkan "
                "invoice dan uraian yang Anda berikan.",
                "Courier parcels still go through customs; the PJT files the notification from the "
                "invoice and description you provide.",
                "快递包裹同样要过海关；PJT根据您提供的发票和描述进行申报。",
                "クーリエ便も税関を通ります。PJTがあなたのインボイスと品名をもとに申告します。",
                "تمر طرود البريد السريع بالجمارك أيضًا؛ وتقدّم PJT الإخطار بناءً على فاتورتك ووصفك.",
                "Les colis express passent bien en douane ; la PJT déclare à partir de la facture "
                "et de la désignation que vous fournissez.",
            ),
        ),
        q(
            t(
                "Pembagi berat volumetrik yang umum untuk kargo udara adalah…",
                "The usual volumetric divisor for air cargo is…",
                "空运常用的体积重量除数是……",
                "航空貨物で一般的な容積重量の除数は…",
                "القاسم المعتاد للوزن الحجمي في الشحن الجوي هو…",
                "Le diviseur volumétrique habituel du fret aérien est…",
            ),
            t("6.000", "6,000", "6,000", "6,000", "6,000", "6 000"),
            [
                t("1.000", "1,000", "1,000", "1,000", "1,000", "1 000"),
                t("500", "500", "500", "500", "500", "500"),
            ],
            t(
                "Kargo udara umumnya memakai cm³ ÷ 6.000 (kurir ekspres sering ÷ 5.000). Selalu "
                "tanyakan pembagi yang dipakai forwarder Anda.",
                "Air cargo usually uses cm³ ÷ 6,000 (express couriers often ÷ 5,000). Always ask "
                "which divisor your forwarder uses.",
                "空运通常用立方厘米 ÷ 6,000（国际快递常用 ÷ 5,000）。务必问清您的货代用哪个除数。",
                "航空貨物は通常cm³ ÷ 6,000（クーリエは ÷ 5,000が多い）。フォワーダーがどの除数を使うか必ず確認を。",
                "يستعمل الشحن الجوي عادةً سم³ ÷ 6,000 (والبريد السريع غالبًا ÷ 5,000). اسأل دائمًا عن قاسم وكيلك.",
                "Le fret aérien utilise d'ordinaire cm³ ÷ 6 000 (l'express souvent ÷ 5 000). "
                "Demandez toujours le diviseur de votre transitaire.",
            ),
        ),
    ],
}
