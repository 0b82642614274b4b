"""Pricing and Incoterms 2020, with a coffee price build-up from ex works to FOB Panjang."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "biaya-incoterms",
    "level": "pemula",
    "dimension": "pricing",
    "credit": 5,
    "title": t(
        "Harga ekspor dan Incoterms 2020",
        "Export prices and Incoterms 2020",
        "出口报价与《2020年国际贸易术语解释通则》",
        "輸出価格とインコタームズ2020",
        "أسعار التصدير وقواعد إنكوتيرمز 2020",
        "Prix à l'export et Incoterms 2020",
    ),
    "summary": t(
        "Dari biaya per unit ke harga FOB: siapa menanggung biaya dan risiko sampai di mana.",
        "From unit cost to an FOB price: who bears which cost and risk, up to where.",
        "从单位成本到FOB报价：谁承担哪些费用和风险，到哪里为止。",
        "単位原価からFOB価格へ：どの費用とリスクを誰がどこまで負うか。",
        "من تكلفة الوحدة إلى سعر فوب: من يتحمّل أي تكلفة وأي مخاطرة، وحتى أين.",
        "Du coût unitaire au prix FOB : qui supporte quel coût et quel risque, jusqu'où.",
    ),
    "screens": [
        {
            "title": t(
                "Dari biaya ke harga",
                "From cost to price",
                "从成本到价格",
                "原価から価格へ",
                "من التكلفة إلى السعر",
                "Du coût au prix",
            ),
            "body": t(
                "Harga ekspor bukan harga pasar lokal dikali kurs. Mulailah dari harga pokok per "
                "unit: bahan baku, tenaga kerja, listrik dan penyusutan alat, kemasan yang layak "
                "untuk perjalanan jauh, lalu tambahkan margin.\n\n"
                "Setelah itu tambahkan biaya untuk membawa barang sampai titik penyerahan yang "
                "disepakati dengan pembeli: angkutan ke pelabuhan, dokumen, pemeriksaan, biaya "
                "terminal. Satu harga selalu berlaku untuk satu syarat penyerahan (Incoterm) dan "
                "satu tempat bernama.\n\n"
                "Catat setiap biaya per kilogram atau per karton, supaya Anda bisa menghitung ulang "
                "dengan cepat ketika volume, kurs atau ongkos angkut berubah.",
                "An export price is not the local market price multiplied by the exchange rate. "
                "Start from the unit cost: raw materials, labour, power and wear of equipment, "
                "packaging fit for a long journey, then add your margin.\n\n"
                "Then add the costs of bringing the goods to the delivery point agreed with the "
                "buyer: transport to the port, documents, inspections, terminal charges. A price "
                "always holds for one delivery term (Incoterm) and one named place.\n\n"
                "Record every cost per kilogram or per carton, so you can recalculate quickly when "
                "volume, exchange rate or freight changes.",
                "出口价格不是本地市场价乘以汇率。应从单位成本算起：原料、人工、电费和设备折旧、"
                "适合长途运输的包装，然后加上利润。\n\n"
                "接着加上把货物送到与买家约定的交货地点所需的费用：到港运输、单证、检验、码头费。"
                "一个价格总是只对应一个交货术语（Incoterm）和一个指定地点。\n\n"
                "把每项费用都按每公斤或每箱记录下来，这样当数量、汇率或运费变化时，就能迅速重新计算。",
                "輸出価格は国内の市場価格に為替レートを掛けたものではありません。まず単位原価を出します。"
                "原材料、人件費、電気代と設備の減価償却、長距離輸送に耐える包装、そこに利益を加えます。\n\n"
                "次に、バイヤーと合意した引渡し地点まで貨物を運ぶ費用を加えます。港までの輸送、書類、"
                "検査、ターミナル費用などです。価格は常に一つの引渡し条件（インコタームズ）と一つの"
                "指定地に対して有効です。\n\n"
                "費用はすべて1キロ当たりまたは1カートン当たりで記録しましょう。数量、為替、運賃が"
                "変わってもすぐに計算し直せます。",
                "سعر التصدير ليس سعر السوق المحلية مضروبًا في سعر الصرف. ابدأ من تكلفة الوحدة: "
                "المواد الخام، والعمالة، والكهرباء واستهلاك المعدات، وتغليف يتحمّل رحلة طويلة، ثم "
                "أضف هامش الربح.\n\n"
                "بعد ذلك أضف تكاليف إيصال البضاعة إلى نقطة التسليم المتفق عليها مع المشتري: النقل "
                "إلى الميناء، والمستندات، والفحوص، ورسوم المحطة. كل سعر يصلح دائمًا لشرط تسليم واحد "
                "(إنكوتيرم) ومكان واحد مسمّى.\n\n"
                "سجّل كل تكلفة لكل كيلوغرام أو لكل كرتونة، لتعيد الحساب بسرعة عندما تتغيّر الكمية أو "
                "سعر الصرف أو أجرة الشحن.",
                "Un prix à l'export n'est pas le prix du marché local multiplié par le taux de "
                "change. Partez du coût unitaire : matières premières, main-d'œuvre, énergie et "
                "usure du matériel, emballage adapté à un long voyage, puis ajoutez votre marge.\n\n"
                "Ajoutez ensuite les frais pour amener la marchandise au point de livraison convenu "
                "avec l'acheteur : transport jusqu'au port, documents, contrôles, frais de terminal. "
                "Un prix vaut toujours pour une seule règle de livraison (Incoterm) et un lieu "
                "nommé.\n\n"
                "Notez chaque coût par kilogramme ou par carton, pour pouvoir refaire le calcul "
                "vite quand le volume, le taux de change ou le fret changent.",
            ),
        },
        {
            "title": t(
                "Incoterms 2020 secara singkat",
                "Incoterms 2020 in brief",
                "2020年国际贸易术语简介",
                "インコタームズ2020の概要",
                "قواعد إنكوتيرمز 2020 باختصار",
                "Les Incoterms 2020 en bref",
            ),
            "body": t(
                "Incoterms adalah aturan Kamar Dagang Internasional (ICC). Versi 2020 memuat 11 "
                "aturan. Tujuh berlaku untuk semua moda angkutan: EXW, FCA, CPT, CIP, DAP, DPU, "
                "DDP. Empat hanya untuk angkutan laut dan perairan darat: FAS, FOB, CFR, CIF.\n\n"
                "Incoterm menentukan tiga hal: biaya mana yang ditanggung penjual, di titik mana "
                "risiko kerusakan atau kehilangan berpindah ke pembeli, dan siapa mengurus "
                "kepabeanan ekspor dan impor. Incoterm tidak mengatur cara pembayaran atau "
                "perpindahan hak milik: itu diatur dalam kontrak.\n\n"
                "Tulis selalu lengkap: aturan, tempat bernama, versi. Contoh: «FOB Pelabuhan "
                "Panjang, Incoterms 2020».",
                "Incoterms are rules of the International Chamber of Commerce (ICC). The 2020 "
                "version has 11 rules. Seven apply to any mode of transport: EXW, FCA, CPT, CIP, "
                "DAP, DPU, DDP. Four are for sea and inland waterway transport only: FAS, FOB, "
                "CFR, CIF.\n\n"
                "An Incoterm settles three things: which costs the seller bears, at which point "
                "the risk of loss or damage passes to the buyer, and who handles export and "
                "import customs. An Incoterm does not settle payment or transfer of ownership: "
                "the contract does.\n\n"
                'Always write it in full: rule, named place, version. For example: "FOB Panjang '
                'Port, Incoterms 2020".',
                "国际贸易术语解释通则（Incoterms）是国际商会（ICC）制定的规则。2020年版共有11个术语。"
                "其中7个适用于任何运输方式：EXW、FCA、CPT、CIP、DAP、DPU、DDP；4个仅适用于海运和内河运输："
                "FAS、FOB、CFR、CIF。\n\n"
                "一个术语规定三件事：卖方承担哪些费用；货物灭失或损坏的风险在哪一点转移给买方；"
                "由谁办理出口和进口报关。术语不规定付款方式，也不规定所有权转移：这些由合同约定。\n\n"
                "务必完整书写：术语、指定地点、版本。例如：“FOB 潘姜港，Incoterms 2020”。",
                "インコタームズは国際商業会議所（ICC）の規則です。2020年版には11の規則があります。"
                "7つはあらゆる輸送手段に使えます：EXW、FCA、CPT、CIP、DAP、DPU、DDP。"
                "4つは海上および内陸水路輸送専用です：FAS、FOB、CFR、CIF。\n\n"
                "インコタームズが決めるのは3つです。売主がどの費用を負担するか、滅失・損傷のリスクが"
                "どの地点で買主に移るか、輸出入の通関を誰が行うか。支払方法や所有権の移転は決めません。"
                "それは契約で定めます。\n\n"
                "必ず規則・指定地・版を揃えて書きましょう。例：「FOB パンジャン港 Incoterms 2020」。",
                "قواعد إنكوتيرمز صادرة عن غرفة التجارة الدولية. تضم نسخة 2020 إحدى عشرة قاعدة. سبع "
                "منها تصلح لأي وسيلة نقل: EXW وFCA وCPT وCIP وDAP وDPU وDDP. وأربع للنقل البحري "
                "والمجاري المائية الداخلية فقط: FAS وFOB وCFR وCIF.\n\n"
                "تحدد القاعدة ثلاثة أمور: أي التكاليف يتحملها البائع، وعند أي نقطة تنتقل مخاطر الهلاك "
                "أو التلف إلى المشتري، ومن يتولى الإجراءات الجمركية للتصدير والاستيراد. ولا تحدد "
                "طريقة الدفع ولا انتقال الملكية: فذلك يحدده العقد.\n\n"
                "اكتبها كاملة دائمًا: القاعدة والمكان المسمّى والنسخة. مثال: «FOB ميناء بانجانغ، "
                "إنكوتيرمز 2020».",
                "Les Incoterms sont des règles de la Chambre de commerce internationale (ICC). La "
                "version 2020 compte 11 règles. Sept valent pour tout mode de transport : EXW, FCA, "
                "CPT, CIP, DAP, DPU, DDP. Quatre sont réservées au transport maritime et fluvial : "
                "FAS, FOB, CFR, CIF.\n\n"
                "Un Incoterm fixe trois choses : les frais à la charge du vendeur, le point où le "
                "risque de perte ou de dommage passe à l'acheteur, et qui accomplit les formalités "
                "douanières d'export et d'import. Il ne règle ni le paiement ni le transfert de "
                "propriété : c'est le contrat qui le fait.\n\n"
                "Écrivez-le toujours en entier : règle, lieu nommé, version. Par exemple : « FOB "
                "port de Panjang, Incoterms 2020 ».",
            ),
        },
        {
            "title": t(
                "EXW, FCA dan FOB: menyerahkan di Indonesia",
                "EXW, FCA and FOB: delivering in Indonesia",
                "EXW、FCA和FOB：在印尼交货",
                "EXW・FCA・FOB：インドネシア国内での引渡し",
                "EXW وFCA وFOB: التسليم داخل إندونيسيا",
                "EXW, FCA et FOB : livrer en Indonésie",
            ),
            "body": t(
                "EXW (Ex Works): barang disiapkan di gudang Anda; pembeli menanggung semua biaya "
                "dan risiko sejak itu, termasuk kepabeanan ekspor. Masalahnya, PEB harus diajukan "
                "oleh pihak di Indonesia, sehingga pembeli asing jarang bisa memakai EXW tanpa "
                "bantuan Anda.\n\n"
                "FCA (Free Carrier): Anda menyerahkan barang yang sudah diurus ekspornya kepada "
                "pengangkut yang ditunjuk pembeli, misalnya di depo kontainer. Cocok untuk "
                "kontainer dan kiriman udara.\n\n"
                "FOB (Free On Board): Anda mengurus ekspor dan membawa barang sampai di atas kapal "
                "di pelabuhan muat yang disebut. Risiko pindah ke pembeli saat barang sudah di atas "
                "kapal. FOB lazim dipakai untuk komoditas curah dan dalam karung, dan menjadi harga "
                "yang paling sering diminta pembeli. Untuk barang dalam kontainer yang diserahkan "
                "di terminal sebelum naik kapal, ICC menyarankan FCA; dalam perdagangan kopi dan "
                "lada, FOB tetap lazim.",
                "EXW (Ex Works): the goods are made available at your warehouse; the buyer bears "
                "every cost and risk from there, including export customs. The catch: the export "
                "declaration (PEB) must be filed by a party in Indonesia, so a foreign buyer can "
                "rarely use EXW without your help.\n\n"
                "FCA (Free Carrier): you hand the goods, cleared for export, to the carrier the "
                "buyer named, for example at a container depot. Suited to containers and air "
                "freight.\n\n"
                "FOB (Free On Board): you clear the goods for export and bring them on board the "
                "vessel at the named port of shipment. The risk passes to the buyer once the goods "
                "are on board. FOB is common for bulk and bagged commodities and is the price "
                "buyers ask for most often. For containerised goods handed over at a terminal "
                "before loading, the ICC recommends FCA; in the coffee and pepper trade FOB remains "
                "common.",
                "EXW（工厂交货）：货物在您的仓库备妥；此后一切费用和风险由买方承担，包括出口报关。"
                "问题在于出口报关单（PEB）必须由印尼境内的一方提交，所以外国买家若没有您的协助，"
                "很难使用EXW。\n\n"
                "FCA（货交承运人）：您办完出口手续后，把货物交给买方指定的承运人，例如在集装箱堆场。"
                "适合集装箱和空运。\n\n"
                "FOB（船上交货）：您办理出口手续，并把货物送上指定装运港的船上。货物一装上船，"
                "风险即转移给买方。FOB常用于散装和袋装大宗商品，也是买家最常要求的报价方式。对于装船前已在"
                "码头交付的集装箱货物，国际商会建议使用FCA；但在咖啡和胡椒贸易中FOB仍很常见。",
                "EXW（工場渡し）：貨物を自社倉庫で引き渡せる状態にし、以後の費用とリスクは輸出通関を含めて"
                "すべて買主が負います。ただし輸出申告（PEB）はインドネシア国内の当事者が行う必要があるため、"
                "海外のバイヤーがあなたの協力なしにEXWを使うことはほとんどできません。\n\n"
                "FCA（運送人渡し）：輸出通関を済ませた貨物を、買主が指定した運送人に引き渡します。"
                "たとえばコンテナデポで。コンテナ輸送や航空輸送に向いています。\n\n"
                "FOB（本船渡し）：輸出通関を行い、指定された船積港で貨物を本船に積み込みます。"
                "貨物が本船に積まれた時点でリスクが買主に移ります。FOBはばら積みや袋詰めの一次産品で"
                "よく使われ、バイヤーが最もよく求める価格条件です。船積み前にターミナルで引き渡すコンテナ"
                "貨物にはICCはFCAを勧めていますが、コーヒーやこしょうの取引ではFOBが今も一般的です。",
                "EXW (التسليم في مكان العمل): تُجهَّز البضاعة في مستودعك، ويتحمّل المشتري بعدها كل "
                "التكاليف والمخاطر، بما فيها إجراءات التصدير الجمركية. لكن بيان التصدير (PEB) يجب أن "
                "يقدّمه طرف في إندونيسيا، فنادرًا ما يستطيع مشترٍ أجنبي استعمال EXW دون مساعدتك.\n\n"
                "FCA (التسليم إلى الناقل): تسلّم البضاعة بعد تخليصها للتصدير إلى الناقل الذي عيّنه "
                "المشتري، في مستودع الحاويات مثلًا. تناسب الحاويات والشحن الجوي.\n\n"
                "FOB (التسليم على ظهر السفينة): تتولى إجراءات التصدير وتوصل البضاعة إلى ظهر السفينة "
                "في ميناء الشحن المسمّى. تنتقل المخاطر إلى المشتري حين تصبح البضاعة على متن السفينة. "
                "يشيع FOB في السلع السائبة والمعبأة في أكياس، وهو السعر الذي يطلبه المشترون غالبًا. "
                "وللبضائع في الحاويات التي تُسلَّم في المحطة قبل التحميل توصي غرفة التجارة الدولية بـ FCA؛ "
                "لكن FOB ما زال شائعًا في تجارة البن والفلفل.",
                "EXW (à l'usine) : la marchandise est mise à disposition dans votre entrepôt ; "
                "l'acheteur supporte ensuite tous les frais et risques, y compris le dédouanement "
                "export. Le hic : la déclaration d'export (PEB) doit être déposée par une partie "
                "établie en Indonésie, si bien qu'un acheteur étranger peut rarement utiliser EXW "
                "sans votre aide.\n\n"
                "FCA (franco transporteur) : vous remettez la marchandise dédouanée à l'export au "
                "transporteur désigné par l'acheteur, par exemple dans un dépôt de conteneurs. "
                "Adapté aux conteneurs et au fret aérien.\n\n"
                "FOB (franco à bord) : vous dédouanez à l'export et amenez la marchandise à bord du "
                "navire au port d'embarquement nommé. Le risque passe à l'acheteur une fois la "
                "marchandise à bord. FOB est courant pour les produits en vrac ou en sacs et c'est "
                "le prix que les acheteurs demandent le plus souvent. Pour des marchandises en "
                "conteneur remises au terminal avant le chargement, l'ICC recommande FCA ; dans le "
                "commerce du café et du poivre, FOB reste courant.",
            ),
        },
        {
            "title": t(
                "CFR, CIF, DAP dan DDP: menanggung lebih jauh",
                "CFR, CIF, DAP and DDP: carrying further",
                "CFR、CIF、DAP和DDP：承担得更远",
                "CFR・CIF・DAP・DDP：より遠くまで負担する",
                "CFR وCIF وDAP وDDP: تحمّل أبعد",
                "CFR, CIF, DAP et DDP : aller plus loin",
            ),
            "body": t(
                "Pada CFR dan CIF Anda membayar ongkos kapal sampai pelabuhan tujuan, tetapi risiko "
                "tetap pindah saat barang naik kapal di Indonesia. Pada CIF Anda juga membeli "
                "asuransi untuk pembeli; Incoterms 2020 hanya mewajibkan perlindungan minimum "
                "(Institute Cargo Clauses C), sedangkan CIP mewajibkan perlindungan yang luas "
                "(klausul A).\n\n"
                "Pada DAP Anda menanggung biaya dan risiko sampai tempat tujuan, belum dibongkar; "
                "pembeli mengurus impor. Pada DDP Anda juga membayar bea masuk dan pajak impor di "
                "negara pembeli: sulit dihitung dan berisiko bagi usaha yang baru mulai mengekspor.\n\n"
                "Semakin jauh titik penyerahan, semakin banyak biaya yang harus Anda ketahui dan "
                "semakin besar risikonya. Mulailah dengan FOB atau FCA, lalu tawarkan CFR atau CIF "
                "setelah Anda punya penawaran ongkos kapal yang bisa dipercaya dari forwarder.",
                "Under CFR and CIF you pay the sea freight to the destination port, but the risk "
                "still passes when the goods are loaded on board in Indonesia. Under CIF you also "
                "buy insurance for the buyer; Incoterms 2020 only require minimum cover (Institute "
                "Cargo Clauses C), whereas CIP requires broad cover (clauses A).\n\n"
                "Under DAP you bear costs and risk up to the place of destination, not unloaded; "
                "the buyer clears the import. Under DDP you also pay the import duties and taxes "
                "in the buyer's country: hard to calculate and risky for a firm that has only just started exporting.\n\n"
                "The further the delivery point, the more costs you must know and the bigger the "
                "risk. Start with FOB or FCA, then offer CFR or CIF once you have reliable freight "
                "quotes from a forwarder.",
                "在CFR和CIF下，您支付到目的港的海运费，但风险仍在货物于印尼装船时转移。在CIF下您还要"
                "为买方购买保险；Incoterms 2020只要求最低险别（协会货物条款C），而CIP要求广泛的险别"
                "（条款A）。\n\n"
                "在DAP下，您承担到目的地为止（不含卸货）的费用和风险，由买方办理进口。在DDP下，您还要"
                "支付买方国家的进口关税和税费：难以计算，对刚开始出口的企业风险很大。\n\n"
                "交货点越远，您需要掌握的费用就越多，风险也越大。先从FOB或FCA做起，等拿到货代可靠的"
                "运费报价后，再报CFR或CIF。",
                "CFRとCIFでは仕向港までの海上運賃を売主が払いますが、リスクはインドネシアで本船に積まれた"
                "時点で移ります。CIFでは買主のために保険も手配します。インコタームズ2020が求めるのは"
                "最低限の補償（協会貨物約款C）だけで、CIPでは広い補償（A約款）が必要です。\n\n"
                "DAPでは仕向地まで（荷卸し前）の費用とリスクを負い、輸入通関は買主が行います。DDPでは"
                "買主の国の関税や輸入税まで払います。計算が難しく、輸出を始めたばかりの企業には危険です。\n\n"
                "引渡し地点が遠いほど、把握すべき費用が増え、リスクも大きくなります。まずFOBかFCAで始め、"
                "フォワーダーから信頼できる運賃見積りを得てからCFRやCIFを提示しましょう。",
                "في CFR وCIF تدفع أجرة الشحن البحري حتى ميناء الوصول، لكن المخاطر تنتقل رغم ذلك عند "
                "تحميل البضاعة على السفينة في إندونيسيا. وفي CIF تشتري أيضًا تأمينًا لصالح المشتري؛ "
                "ولا تشترط إنكوتيرمز 2020 سوى الحد الأدنى من التغطية (شروط معهد البضائع C)، بينما "
                "يشترط CIP تغطية واسعة (الشروط A).\n\n"
                "في DAP تتحمّل التكاليف والمخاطر حتى مكان الوصول، دون التفريغ، ويتولى المشتري "
                "الاستيراد. وفي DDP تدفع أيضًا الرسوم الجمركية وضرائب الاستيراد في بلد المشتري: "
                "يصعب حسابها وهي مخاطرة لمنشأة بدأت التصدير للتو.\n\n"
                "كلما ابتعدت نقطة التسليم زادت التكاليف التي يجب أن تعرفها وزادت المخاطرة. ابدأ بـ FOB "
                "أو FCA، ثم اعرض CFR أو CIF حين تحصل على عروض أجرة شحن موثوقة من وكيل الشحن.",
                "En CFR et CIF, vous payez le fret maritime jusqu'au port de destination, mais le "
                "risque passe toujours au chargement à bord en Indonésie. En CIF, vous souscrivez "
                "aussi une assurance pour l'acheteur ; les Incoterms 2020 n'exigent qu'une "
                "couverture minimale (Institute Cargo Clauses C), alors que CIP exige une "
                "couverture étendue (clauses A).\n\n"
                "En DAP, vous supportez frais et risques jusqu'au lieu de destination, "
                "marchandise non déchargée ; l'acheteur dédouane à l'import. En DDP, vous payez "
                "aussi les droits et taxes d'importation du pays de l'acheteur : difficile à "
                "chiffrer et risqué pour une entreprise qui débute à l'export.\n\n"
                "Plus le point de livraison est loin, plus vous devez connaître de frais et plus le "
                "risque grandit. Commencez par FOB ou FCA, puis proposez CFR ou CIF quand vous "
                "aurez des cotations de fret fiables d'un transitaire.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: kopi robusta dari Liwa, EXW sampai FOB Panjang",
                "Example: robusta coffee from Liwa, ex works to FOB Panjang",
                "示例：利瓦的罗布斯塔咖啡，从工厂交货到FOB潘姜",
                "例：リワ産ロブスタコーヒー、工場渡しからFOBパンジャンまで",
                "مثال: بن روبوستا من ليوا، من EXW إلى FOB بانجانغ",
                "Exemple : robusta de Liwa, de l'usine au FOB Panjang",
            ),
            "body": t(
                "Sebuah koperasi di Lampung Barat menjual kopi robusta biji hijau (green bean) "
                "dalam karung goni 60 kg: 320 karung = 19.200 kg, satu kontainer 20 kaki. Angka di "
                "bawah adalah angka contoh untuk latihan, bukan harga pasar; minta penawaran nyata "
                "dari pengangkut dan forwarder Anda.\n\n"
                "1. Harga EXW di gudang Liwa (sudah termasuk karung dan margin): Rp 60.000/kg × "
                "19.200 kg = Rp 1.152.000.000.\n"
                "2. Truk kontainer Liwa–Pelabuhan Panjang: Rp 9.000.000.\n"
                "3. Stuffing ke kontainer dan fumigasi: Rp 3.000.000.\n"
                "4. Dokumen: jasa PEB oleh PPJK, sertifikat fitosanitari, e-SKA: Rp 2.500.000.\n"
                "5. Biaya terminal dan pemuatan di Panjang: Rp 3.500.000.\n\n"
                "Biaya 2–5 = Rp 18.000.000, atau Rp 937,5/kg. Harga FOB = Rp 1.170.000.000, "
                "atau Rp 60.937,5/kg. Dengan kurs contoh Rp 16.000 per USD: USD 73.125 per "
                "kontainer, sekitar USD 3,81/kg.\n\n"
                "Penawaran ditulis: «Robusta green bean, 19,2 ton, USD 3,81/kg FOB Pelabuhan "
                "Panjang, Incoterms 2020, berlaku 7 hari». Masa berlaku yang pendek melindungi Anda "
                "dari perubahan kurs dan harga kopi.",
                "A cooperative in West Lampung sells robusta green beans in 60 kg jute bags: 320 "
                "bags = 19,200 kg, one 20-foot container. The figures below are example figures for "
                "practice, not market prices; ask your haulier and forwarder for real quotes.\n\n"
                "1. EXW price at the Liwa warehouse (bags and margin included): IDR 60,000/kg × "
                "19,200 kg = IDR 1,152,000,000.\n"
                "2. Container truck Liwa–Panjang port: IDR 9,000,000.\n"
                "3. Stuffing the container and fumigation: IDR 3,000,000.\n"
                "4. Documents: PEB filed by a customs broker (PPJK), phytosanitary certificate, "
                "e-SKA: IDR 2,500,000.\n"
                "5. Terminal and loading charges at Panjang: IDR 3,500,000.\n\n"
                "Costs 2–5 = IDR 18,000,000, or IDR 937.5/kg. FOB price = IDR 1,170,000,000, or "
                "IDR 60,937.5/kg. At an example rate of IDR 16,000 per USD: USD 73,125 per "
                "container, about USD 3.81/kg.\n\n"
                'The offer reads: "Robusta green beans, 19.2 t, USD 3.81/kg FOB Panjang Port, '
                'Incoterms 2020, valid 7 days". A short validity protects you from swings in the '
                "exchange rate and the coffee price.",
                "西楠榜的一家合作社出售装在60公斤麻袋里的罗布斯塔生豆：320袋 = 19,200公斤，一个20英尺"
                "集装箱。以下数字是练习用的示例数字，不是市场价格；请向您的运输商和货代索取真实报价。\n\n"
                "1. 利瓦仓库的EXW价格（含麻袋和利润）：每公斤60,000印尼盾 × 19,200公斤 = "
                "1,152,000,000印尼盾。\n"
                "2. 利瓦至潘姜港的集装箱卡车：9,000,000印尼盾。\n"
                "3. 装箱和熏蒸：3,000,000印尼盾。\n"
                "4. 单证：报关行（PPJK）代办PEB、植物检疫证书、e-SKA：2,500,000印尼盾。\n"
                "5. 潘姜港码头及装船费：3,500,000印尼盾。\n\n"
                "第2至5项合计18,000,000印尼盾，即每公斤937.5印尼盾。FOB价格 = 1,170,000,000印尼盾，"
                "即每公斤60,937.5印尼盾。按示例汇率1美元兑16,000印尼盾：每柜73,125美元，约合每公斤"
                "3.81美元。\n\n"
                "报价写作：“罗布斯塔生豆，19.2吨，每公斤3.81美元，FOB 潘姜港，Incoterms 2020，有效期"
                "7天”。较短的有效期可以保护您免受汇率和咖啡价格波动的影响。",
                "西ランプンの協同組合が、ロブスタの生豆を60kgの麻袋で販売します。320袋＝19,200kg、"
                "20フィートコンテナ1本分です。以下の数字は練習用の例で、市場価格ではありません。"
                "実際の見積りは運送業者とフォワーダーに依頼してください。\n\n"
                "1. リワの倉庫でのEXW価格（麻袋と利益を含む）：1kg当たり60,000ルピア × 19,200kg ＝ "
                "1,152,000,000ルピア。\n"
                "2. リワからパンジャン港までのコンテナトラック：9,000,000ルピア。\n"
                "3. コンテナへの積込みと燻蒸：3,000,000ルピア。\n"
                "4. 書類：通関業者（PPJK）によるPEB、植物検疫証明書、e-SKA：2,500,000ルピア。\n"
                "5. パンジャン港のターミナル費用と船積み費用：3,500,000ルピア。\n\n"
                "2〜5の合計は18,000,000ルピア、1kg当たり937.5ルピア。FOB価格は1,170,000,000ルピア、"
                "1kg当たり60,937.5ルピアです。例として1米ドル＝16,000ルピアなら、コンテナ1本73,125"
                "米ドル、1kg当たり約3.81米ドルです。\n\n"
                "オファーは「ロブスタ生豆 19.2トン、1kg当たり3.81米ドル、FOB パンジャン港、"
                "Incoterms 2020、有効期限7日」と書きます。有効期限を短くすると、為替とコーヒー相場の"
                "変動から身を守れます。",
                "تبيع تعاونية في لامبونغ الغربية بن روبوستا أخضر في أكياس من الجوت وزن كل منها 60 "
                "كغ: 320 كيسًا = 19,200 كغ، أي حاوية واحدة بطول 20 قدمًا. الأرقام أدناه أرقام مثال "
                "للتدريب وليست أسعار سوق؛ اطلب عروضًا حقيقية من شركة النقل ووكيل الشحن.\n\n"
                "1. سعر EXW في مستودع ليوا (يشمل الأكياس والربح): 60,000 روبية/كغ × 19,200 كغ = "
                "1,152,000,000 روبية.\n"
                "2. شاحنة الحاوية من ليوا إلى ميناء بانجانغ: 9,000,000 روبية.\n"
                "3. تعبئة الحاوية والتبخير: 3,000,000 روبية.\n"
                "4. المستندات: تقديم PEB عبر مخلّص جمركي (PPJK)، وشهادة الصحة النباتية، وشهادة "
                "المنشأ e-SKA: 2,500,000 روبية.\n"
                "5. رسوم المحطة والتحميل في بانجانغ: 3,500,000 روبية.\n\n"
                "مجموع البنود 2–5 = 18,000,000 روبية، أي 937.5 روبية/كغ. سعر FOB = 1,170,000,000 "
                "روبية، أي 60,937.5 روبية/كغ. بسعر صرف مثالي قدره 16,000 روبية للدولار: 73,125 "
                "دولارًا للحاوية، نحو 3.81 دولار/كغ.\n\n"
                "يُكتب العرض هكذا: «بن روبوستا أخضر، 19.2 طن، 3.81 دولار/كغ FOB ميناء بانجانغ، "
                "إنكوتيرمز 2020، صالح 7 أيام». مدة الصلاحية القصيرة تحميك من تقلّب سعر الصرف وسعر البن.",
                "Une coopérative de Lampung Ouest vend du robusta vert en sacs de jute de 60 kg : "
                "320 sacs = 19 200 kg, un conteneur de 20 pieds. Les chiffres ci-dessous sont des "
                "exemples pour s'exercer, pas des prix de marché ; demandez de vraies cotations à "
                "votre transporteur et à votre transitaire.\n\n"
                "1. Prix EXW à l'entrepôt de Liwa (sacs et marge compris) : 60 000 IDR/kg × "
                "19 200 kg = 1 152 000 000 IDR.\n"
                "2. Camion porte-conteneur Liwa–port de Panjang : 9 000 000 IDR.\n"
                "3. Empotage et fumigation : 3 000 000 IDR.\n"
                "4. Documents : PEB par un commissionnaire en douane (PPJK), certificat "
                "phytosanitaire, e-SKA : 2 500 000 IDR.\n"
                "5. Frais de terminal et de mise à bord à Panjang : 3 500 000 IDR.\n\n"
                "Frais 2 à 5 = 18 000 000 IDR, soit 937,5 IDR/kg. Prix FOB = 1 170 000 000 IDR, "
                "soit 60 937,5 IDR/kg. Au taux d'exemple de 16 000 IDR pour 1 USD : 73 125 USD par "
                "conteneur, environ 3,81 USD/kg.\n\n"
                "L'offre s'écrit : « Robusta vert, 19,2 t, 3,81 USD/kg FOB port de Panjang, "
                "Incoterms 2020, valable 7 jours ». Une validité courte vous protège des "
                "variations du change et du cours du café.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Apa yang TIDAK diatur oleh Incoterms?",
                "What do Incoterms NOT settle?",
                "以下哪一项不由Incoterms规定？",
                "インコタームズが決めないものはどれですか。",
                "ما الذي لا تحدده قواعد إنكوتيرمز؟",
                "Que ne règlent PAS les Incoterms ?",
            ),
            t(
                "Cara pembayaran dan perpindahan hak milik",
                "Payment and transfer of ownership",
                "付款方式和所有权转移",
                "支払方法と所有権の移転",
                "طريقة الدفع وانتقال الملكية",
                "Le paiement et le transfert de propriété",
            ),
            [
                t(
                    "Titik perpindahan risiko",
                    "Where the risk passes",
                    "风险转移的地点",
                    "リスクが移転する地点",
                    "نقطة انتقال المخاطر",
                    "Le point de transfert du risque",
                ),
                t(
                    "Siapa mengurus kepabeanan ekspor",
                    "Who handles export customs",
                    "由谁办理出口报关",
                    "輸出通関を誰が行うか",
                    "من يتولى إجراءات التصدير الجمركية",
                    "Qui dédouane à l'export",
                ),
            ],
            t(
                "Incoterms mengatur biaya, risiko dan kepabeanan. Pembayaran dan hak milik diatur "
                "dalam kontrak penjualan.",
                "Incoterms settle costs, risk and customs. Payment and ownership are settled in "
                "the sales contract.",
                "Incoterms规定费用、风险和报关。付款和所有权由销售合同约定。",
                "インコタームズは費用・リスク・通関を定めます。支払と所有権は売買契約で定めます。",
                "تحدد إنكوتيرمز التكاليف والمخاطر والجمارك. أما الدفع والملكية فيحددهما عقد البيع.",
                "Les Incoterms règlent frais, risque et douane. Le paiement et la propriété "
                "relèvent du contrat de vente.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Pada FOB Pelabuhan Panjang, kapan risiko pindah ke pembeli?",
                "Under FOB Panjang Port, when does the risk pass to the buyer?",
                "在FOB潘姜港条件下，风险何时转移给买方？",
                "FOB パンジャン港では、リスクはいつ買主に移りますか。",
                "في FOB ميناء بانجانغ، متى تنتقل المخاطر إلى المشتري؟",
                "En FOB port de Panjang, quand le risque passe-t-il à l'acheteur ?",
            ),
            t(
                "Saat barang sudah di atas kapal di Panjang",
                "When the goods are on board the vessel at Panjang",
                "货物在潘姜港装上船时",
                "パンジャン港で貨物が本船に積まれた時",
                "حين تصبح البضاعة على متن السفينة في بانجانغ",
                "Quand la marchandise est à bord du navire à Panjang",
            ),
            [
                t(
                    "Saat barang keluar dari gudang penjual",
                    "When the goods leave the seller's warehouse",
                    "货物离开卖方仓库时",
                    "貨物が売主の倉庫を出た時",
                    "حين تغادر البضاعة مستودع البائع",
                    "Quand la marchandise quitte l'entrepôt du vendeur",
                ),
                t(
                    "Saat kapal tiba di pelabuhan tujuan",
                    "When the vessel arrives at the destination port",
                    "船舶抵达目的港时",
                    "本船が仕向港に着いた時",
                    "حين تصل السفينة إلى ميناء الوصول",
                    "Quand le navire arrive au port de destination",
                ),
            ],
            t(
                "FOB: penjual menanggung risiko sampai barang berada di atas kapal di pelabuhan "
                "muat yang disebut; setelah itu risiko milik pembeli.",
                "FOB: the seller bears the risk until the goods are on board at the named port of "
                "shipment; after that the risk is the buyer's.",
                "FOB：卖方承担风险直至货物在指定装运港装上船；此后风险由买方承担。",
                "FOBでは、指定船積港で貨物が本船に積まれるまで売主がリスクを負い、その後は買主が負います。",
                "في FOB يتحمّل البائع المخاطر حتى تصبح البضاعة على متن السفينة في ميناء الشحن المسمّى، "
                "ثم تصبح على المشتري.",
                "FOB : le vendeur porte le risque jusqu'à ce que la marchandise soit à bord au port "
                "d'embarquement nommé ; ensuite le risque est à l'acheteur.",
            ),
        ),
        q(
            t(
                "Mengapa EXW jarang cocok untuk pembeli asing dari IKM Lampung?",
                "Why does EXW rarely suit a foreign buyer of a Lampung IKM?",
                "为什么EXW很少适合楠榜中小企业的外国买家？",
                "ランプンの中小工業の海外バイヤーにEXWが向かないのはなぜですか。",
                "لماذا نادرًا ما يناسب EXW المشتري الأجنبي من منشأة صغيرة في لامبونغ؟",
                "Pourquoi EXW convient-il rarement à l'acheteur étranger d'une PMI de Lampung ?",
            ),
            t(
                "PEB harus diajukan oleh pihak di Indonesia",
                "The PEB must be filed by a party in Indonesia",
                "PEB必须由印尼境内的一方提交",
                "PEBはインドネシア国内の当事者が提出しなければならない",
                "يجب أن يقدّم بيانَ التصدير PEB طرفٌ في إندونيسيا",
                "La PEB doit être déposée par une partie établie en Indonésie",
            ),
            [
                t(
                    "EXW tidak ada dalam Incoterms 2020",
                    "EXW is not in Incoterms 2020",
                    "Incoterms 2020中没有EXW",
                    "EXWはインコタームズ2020にない",
                    "EXW غير موجود في إنكوتيرمز 2020",
                    "EXW n'existe pas dans les Incoterms 2020",
                ),
                t(
                    "EXW hanya untuk angkutan udara",
                    "EXW is for air freight only",
                    "EXW仅适用于空运",
                    "EXWは航空輸送専用だから",
                    "EXW للشحن الجوي فقط",
                    "EXW est réservé au fret aérien",
                ),
            ],
            t(
                "Pada EXW pembeli yang mengurus ekspor, padahal pemberitahuan ekspor ke Bea Cukai "
                "diajukan oleh pihak di Indonesia. FCA atau FOB lebih praktis.",
                "Under EXW the buyer clears the export, yet the export declaration to Indonesian "
                "customs is filed by a party in Indonesia. FCA or FOB are more practical.",
                "在EXW下由买方办理出口，但向印尼海关的出口申报须由印尼境内的一方提交。FCA或FOB更实际。",
                "EXWでは買主が輸出通関をしますが、税関への輸出申告はインドネシア国内の当事者が行います。"
                "FCAやFOBのほうが実際的です。",
                "في EXW يتولى المشتري التصدير، لكن بيان التصدير يقدَّم إلى الجمارك الإندونيسية من طرف "
                "في إندونيسيا. لذلك FCA أو FOB أكثر عملية.",
                "En EXW, l'acheteur dédouane à l'export, or la déclaration d'export est déposée par "
                "une partie en Indonésie. FCA ou FOB sont plus pratiques.",
            ),
        ),
        q(
            t(
                "Aturan mana yang hanya untuk angkutan laut dan perairan darat?",
                "Which rule is for sea and inland waterway transport only?",
                "哪个术语仅适用于海运和内河运输？",
                "海上・内陸水路輸送専用の規則はどれですか。",
                "أي قاعدة مخصصة للنقل البحري والمجاري المائية الداخلية فقط؟",
                "Quelle règle est réservée au transport maritime et fluvial ?",
            ),
            t("CIF", "CIF", "CIF", "CIF", "CIF", "CIF"),
            [
                t("FCA", "FCA", "FCA", "FCA", "FCA", "FCA"),
                t("DAP", "DAP", "DAP", "DAP", "DAP", "DAP"),
            ],
            t(
                "FAS, FOB, CFR dan CIF hanya untuk laut dan perairan darat. FCA dan DAP berlaku "
                "untuk semua moda, termasuk udara dan kontainer.",
                "FAS, FOB, CFR and CIF are for sea and inland waterways only. FCA and DAP apply to "
                "any mode, including air and containers.",
                "FAS、FOB、CFR和CIF仅用于海运和内河运输。FCA和DAP适用于任何运输方式，包括空运和集装箱。",
                "FAS・FOB・CFR・CIFは海上・内陸水路専用です。FCAとDAPは航空やコンテナを含むあらゆる"
                "輸送手段に使えます。",
                "FAS وFOB وCFR وCIF للنقل البحري والمائي الداخلي فقط. أما FCA وDAP فتصلحان لكل "
                "الوسائل، ومنها الجو والحاويات.",
                "FAS, FOB, CFR et CIF sont réservées au maritime et au fluvial. FCA et DAP valent "
                "pour tout mode, y compris l'aérien et les conteneurs.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Pada contoh kopi Liwa, biaya dari gudang sampai di atas kapal Rp 18.000.000 untuk "
                "19.200 kg. Berapa per kg?",
                "In the Liwa coffee example, the costs from warehouse to on board are IDR "
                "18,000,000 for 19,200 kg. How much per kg?",
                "在利瓦咖啡示例中，从仓库到装船的费用为18,000,000印尼盾，共19,200公斤。每公斤多少？",
                "リワのコーヒーの例で、倉庫から本船積込みまでの費用は19,200kgで18,000,000ルピアです。"
                "1kg当たりいくらですか。",
                "في مثال بن ليوا، تكاليف النقل من المستودع حتى ظهر السفينة 18,000,000 روبية لـ "
                "19,200 كغ. كم تبلغ لكل كيلوغرام؟",
                "Dans l'exemple du café de Liwa, les frais de l'entrepôt jusqu'à bord sont de "
                "18 000 000 IDR pour 19 200 kg. Combien par kg ?",
            ),
            t(
                "Rp 937,5",
                "IDR 937.5",
                "937.5印尼盾",
                "937.5ルピア",
                "937.5 روبية",
                "937,5 IDR",
            ),
            [
                t(
                    "Rp 93,75",
                    "IDR 93.75",
                    "93.75印尼盾",
                    "93.75ルピア",
                    "93.75 روبية",
                    "93,75 IDR",
                ),
                t(
                    "Rp 9.375",
                    "IDR 9,375",
                    "9,375印尼盾",
                    "9,375ルピア",
                    "9,375 روبية",
                    "9 375 IDR",
                ),
            ],
            t(
                "18.000.000 ÷ 19.200 = 937,5. Menghitung per kg memudahkan Anda menyesuaikan "
                "harga untuk volume lain.",
                "18,000,000 ÷ 19,200 = 937.5. Working per kg makes it easy to adjust the price for "
                "other volumes.",
                "18,000,000 ÷ 19,200 = 937.5。按每公斤计算便于为其他数量调整价格。",
                "18,000,000 ÷ 19,200 ＝ 937.5。1kg当たりで計算すると、他の数量にも価格を合わせやすく"
                "なります。",
                "18,000,000 ÷ 19,200 = 937.5. الحساب لكل كيلوغرام يسهّل تعديل السعر لكميات أخرى.",
                "18 000 000 ÷ 19 200 = 937,5. Raisonner au kilo permet d'ajuster facilement le "
                "prix à d'autres volumes.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Pada CIF, asuransi apa yang wajib dibeli penjual menurut Incoterms 2020?",
                "Under CIF, what insurance must the seller buy according to Incoterms 2020?",
                "根据Incoterms 2020，在CIF下卖方必须购买什么保险？",
                "インコタームズ2020のCIFで、売主が付保しなければならない保険はどれですか。",
                "في CIF، ما التأمين الذي يجب على البائع شراؤه وفق إنكوتيرمز 2020؟",
                "En CIF, quelle assurance le vendeur doit-il souscrire selon les Incoterms 2020 ?",
            ),
            t(
                "Perlindungan minimum (Institute Cargo Clauses C)",
                "Minimum cover (Institute Cargo Clauses C)",
                "最低险别（协会货物条款C）",
                "最低限の補償（協会貨物約款C）",
                "الحد الأدنى من التغطية (شروط معهد البضائع C)",
                "Une couverture minimale (Institute Cargo Clauses C)",
            ),
            [
                t(
                    "Tidak ada asuransi sama sekali",
                    "No insurance at all",
                    "完全不需要保险",
                    "保険は一切不要",
                    "لا تأمين على الإطلاق",
                    "Aucune assurance",
                ),
                t(
                    "Perlindungan penuh klausul A, seperti CIP",
                    "Full clause A cover, as under CIP",
                    "与CIP相同的条款A全面险",
                    "CIPと同じA約款の全面補償",
                    "تغطية كاملة بالشروط A كما في CIP",
                    "Une couverture complète clauses A, comme en CIP",
                ),
            ],
            t(
                "Incoterms 2020 mempertahankan perlindungan minimum (C) untuk CIF dan menaikkan "
                "CIP ke klausul A. Pembeli boleh meminta perlindungan lebih luas dalam kontrak.",
                "Incoterms 2020 kept minimum cover (C) for CIF and raised CIP to clauses A. The "
                "buyer may ask for broader cover in the contract.",
                "Incoterms 2020对CIF保留最低险别（C），而把CIP提高到条款A。买方可在合同中要求更广的险别。",
                "インコタームズ2020はCIFを最低補償（C）のままとし、CIPをA約款に引き上げました。"
                "買主は契約でより広い補償を求めることができます。",
                "أبقت إنكوتيرمز 2020 على الحد الأدنى (C) في CIF ورفعت CIP إلى الشروط A. ويمكن للمشتري "
                "طلب تغطية أوسع في العقد.",
                "Les Incoterms 2020 ont gardé la couverture minimale (C) pour CIF et porté CIP aux "
                "clauses A. L'acheteur peut demander plus dans le contrat.",
            ),
        ),
        q(
            t(
                "Mengapa penawaran harga kopi sebaiknya punya masa berlaku pendek?",
                "Why should a coffee price offer have a short validity?",
                "为什么咖啡报价的有效期应当较短？",
                "コーヒーのオファーの有効期限を短くすべきなのはなぜですか。",
                "لماذا يُستحسن أن تكون مدة صلاحية عرض سعر البن قصيرة؟",
                "Pourquoi une offre de prix pour du café doit-elle avoir une validité courte ?",
            ),
            t(
                "Kurs dan harga kopi bisa berubah cepat",
                "Exchange rates and coffee prices can move fast",
                "汇率和咖啡价格可能变化很快",
                "為替とコーヒー相場は急に動くことがあるから",
                "لأن سعر الصرف وسعر البن قد يتغيّران بسرعة",
                "Le change et le cours du café peuvent bouger vite",
            ),
            [
                t(
                    "Incoterms mewajibkan masa berlaku 7 hari",
                    "Incoterms require a 7-day validity",
                    "Incoterms规定有效期为7天",
                    "インコタームズが7日の有効期限を義務づけているから",
                    "لأن إنكوتيرمز تشترط صلاحية 7 أيام",
                    "Les Incoterms imposent une validité de 7 jours",
                ),
                t(
                    "Supaya pembeli tidak bisa menawar",
                    "So that the buyer cannot negotiate",
                    "让买方无法还价",
                    "買主に値切らせないため",
                    "حتى لا يستطيع المشتري التفاوض",
                    "Pour que l'acheteur ne puisse pas négocier",
                ),
            ],
            t(
                "Harga dalam rupiah yang dikonversi ke dolar dan harga komoditas bergerak; masa "
                "berlaku adalah keputusan Anda, bukan aturan Incoterms.",
                "A rupiah cost converted into dollars and a commodity price both move; validity "
                "is your decision, not an Incoterms rule.",
                "以印尼盾计的成本换算成美元，以及大宗商品价格，都会变动；有效期由您决定，并非Incoterms的规定。",
                "ルピア建ての原価をドルに換算した値も一次産品の相場も動きます。有効期限はあなたが決める"
                "ことで、インコタームズの規則ではありません。",
                "التكلفة بالروبية المحوّلة إلى الدولار وسعر السلعة كلاهما يتحركان؛ ومدة الصلاحية قرارك "
                "أنت وليست قاعدة من إنكوتيرمز.",
                "Un coût en roupies converti en dollars et le cours d'une matière première bougent "
                "tous deux ; la validité est votre choix, pas une règle Incoterms.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Penulisan syarat penyerahan yang paling tepat adalah…",
                "The most precise way to write the delivery term is…",
                "交货术语最准确的写法是……",
                "引渡し条件の最も正確な書き方はどれですか。",
                "أدق طريقة لكتابة شرط التسليم هي…",
                "La façon la plus précise d'écrire la règle de livraison est…",
            ),
            t(
                "FOB Pelabuhan Panjang, Incoterms 2020",
                "FOB Panjang Port, Incoterms 2020",
                "FOB 潘姜港，Incoterms 2020",
                "FOB パンジャン港 Incoterms 2020",
                "FOB ميناء بانجانغ، إنكوتيرمز 2020",
                "FOB port de Panjang, Incoterms 2020",
            ),
            [
                t("FOB", "FOB", "FOB", "FOB", "FOB", "FOB"),
                t(
                    "FOB Indonesia",
                    "FOB Indonesia",
                    "FOB 印度尼西亚",
                    "FOB インドネシア",
                    "FOB إندونيسيا",
                    "FOB Indonésie",
                ),
            ],
            t(
                "Aturan tanpa tempat dan versi membuka sengketa: pelabuhan mana, dan aturan tahun "
                "berapa? Sebutkan ketiganya.",
                "A rule without a place and version invites disputes: which port, which year's "
                "rules? State all three.",
                "只写术语而不写地点和版本容易引起争议：哪个港口？哪一年的规则？三者都要写明。",
                "場所と版のない規則は紛争のもとです。どの港か、何年版か。3つとも書きましょう。",
                "القاعدة بلا مكان ولا نسخة تفتح باب النزاع: أي ميناء؟ وقواعد أي سنة؟ اذكر الثلاثة.",
                "Une règle sans lieu ni version ouvre la porte aux litiges : quel port, quelle "
                "année ? Indiquez les trois.",
            ),
        ),
    ],
}
