"""Certification: PIRT, BPOM MD, halal, SNI, quarantine and health certificates."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "dokumen-sertifikat",
    "level": "menengah",
    "dimension": "legality",
    "credit": 5,
    "title": t(
        "Sertifikasi: PIRT, BPOM, halal, SNI dan karantina",
        "Certification: PIRT, BPOM, halal, SNI and quarantine",
        "认证：PIRT、BPOM、清真、SNI与检疫",
        "認証：PIRT・BPOM・ハラール・SNI・検疫",
        "الشهادات: PIRT وBPOM والحلال وSNI والحجر",
        "Certification : PIRT, BPOM, halal, SNI et quarantaine",
    ),
    "summary": t(
        "Izin dalam negeri, sertifikat yang diminta negara tujuan, dan siapa menerbitkannya.",
        "Domestic permits, the certificates destinations ask for, and who issues them.",
        "国内许可、目标国要求的证书，以及由谁签发。",
        "国内の許可、輸出先が求める証明書、そして発行機関。",
        "التراخيص المحلية، والشهادات التي تطلبها بلدان الوجهة، ومن يصدرها.",
        "Autorisations nationales, certificats exigés à destination et qui les délivre.",
    ),
    "screens": [
        {
            "title": t(
                "Dua jenis sertifikat",
                "Two kinds of certificates",
                "两类证书",
                "2種類の証明書",
                "نوعان من الشهادات",
                "Deux sortes de certificats",
            ),
            "body": t(
                "1. Izin dan sertifikat dalam negeri, syarat menjual secara sah di Indonesia: NIB, "
                "PIRT atau BPOM MD untuk pangan olahan, sertifikat halal, SNI untuk produk "
                "tertentu.\n"
                "2. Persyaratan negara tujuan, sering per pengiriman: sertifikat fitosanitari atau "
                "kesehatan, pendaftaran di otoritas negara tujuan (FDA di AS, GACC di Tiongkok), "
                "halal dari lembaga yang diakui (Arab Saudi), bukti bebas deforestasi (EUDR).\n\n"
                "Ada juga standar yang tidak diwajibkan hukum tetapi diminta pembeli: HACCP, ISO "
                "22000, FSSC 22000, organik, Fairtrade. Bagi pembeli besar, standar ini sama "
                "wajibnya dengan aturan.\n\n"
                "Daftar kesenjangan di SiapEkspor membandingkan dokumen Anda dengan kebutuhan "
                "produk dan pasar yang Anda pilih.",
                "1. Domestic permits and certificates, the conditions for selling legally in "
                "Indonesia: NIB, PIRT or BPOM MD for processed food, halal certificate, SNI for "
                "certain products.\n"
                "2. Destination requirements, often per shipment: phytosanitary or health "
                "certificate, registration with the destination's authority (FDA in the US, GACC "
                "in China), halal from a recognised body (Saudi Arabia), proof of no deforestation "
                "(EUDR).\n\n"
                "There are also standards that no law requires but buyers do: HACCP, ISO 22000, "
                "FSSC 22000, organic, Fairtrade. For large buyers these are as compulsory as any "
                "rule.\n\n"
                "SiapEkspor's gap list compares your documents with what your product and chosen "
                "market need.",
                "1. 国内许可和证书，是在印尼合法销售的条件：NIB，加工食品的PIRT或BPOM MD，清真证书，"
                "部分产品的SNI。\n"
                "2. 目标国的要求，往往每批货都要：植物检疫证书或卫生证书，在目标国主管机构注册（美国FDA、"
                "中国海关总署GACC），经认可机构出具的清真证书（沙特阿拉伯），无毁林证明（EUDR）。\n\n"
                "还有一些法律不强制、但买家要求的标准：HACCP、ISO 22000、FSSC 22000、有机、公平贸易。"
                "对大买家来说，这些和法规一样必不可少。\n\n"
                "SiapEkspor的差距清单会把您的文件与您的产品和所选市场的要求进行对比。",
                "1. 国内の許可と証明書。インドネシアで合法的に販売するための条件です。NIB、加工食品の"
                "PIRTまたはBPOM MD、ハラール証明書、一部製品のSNI。\n"
                "2. 輸出先の要件。多くは出荷ごとに必要です。植物検疫証明書や衛生証明書、輸出先当局への"
                "登録（米国のFDA、中国のGACC）、認められた機関のハラール（サウジアラビア）、森林破壊が"
                "ないことの証明（EUDR）。\n\n"
                "法律では義務でなくてもバイヤーが求める規格もあります。HACCP、ISO 22000、FSSC 22000、"
                "有機、フェアトレード。大手バイヤーにとっては規則と同じくらい必須です。\n\n"
                "SiapEksporのギャップリストは、あなたの書類を製品と選んだ市場に必要なものと比べます。",
                "1. التراخيص والشهادات المحلية، وهي شروط البيع القانوني في إندونيسيا: رقم NIB، وPIRT "
                "أو BPOM MD للأغذية المصنّعة، وشهادة الحلال، وSNI لبعض المنتجات.\n"
                "2. متطلبات بلد الوجهة، وكثيرًا ما تكون لكل شحنة: شهادة الصحة النباتية أو الشهادة "
                "الصحية، والتسجيل لدى سلطة بلد الوجهة (FDA في الولايات المتحدة، وGACC في الصين)، "
                "وشهادة حلال من جهة معترف بها (السعودية)، وإثبات عدم إزالة الغابات (EUDR).\n\n"
                "وهناك معايير لا يفرضها القانون لكن يفرضها المشترون: HACCP وISO 22000 وFSSC 22000 "
                "والعضوي والتجارة العادلة. وهي عند كبار المشترين إلزامية كأي قاعدة.\n\n"
                "تقارن قائمة الفجوات في SiapEkspor مستنداتك بما يحتاجه منتجك والسوق التي اخترتها.",
                "1. Autorisations et certificats nationaux, conditions pour vendre légalement en "
                "Indonésie : NIB, PIRT ou BPOM MD pour les aliments transformés, certificat halal, "
                "SNI pour certains produits.\n"
                "2. Exigences du pays de destination, souvent par envoi : certificat "
                "phytosanitaire ou sanitaire, enregistrement auprès de l'autorité du pays (FDA aux "
                "États-Unis, GACC en Chine), halal d'un organisme reconnu (Arabie saoudite), preuve "
                "d'absence de déforestation (EUDR).\n\n"
                "Il existe aussi des normes qu'aucune loi n'impose mais que les acheteurs exigent : "
                "HACCP, ISO 22000, FSSC 22000, bio, Fairtrade. Pour les grands acheteurs, elles "
                "sont aussi obligatoires qu'une règle.\n\n"
                "La liste des écarts de SiapEkspor compare vos documents à ce que demandent votre "
                "produit et le marché choisi.",
            ),
        },
        {
            "title": t(
                "PIRT dan BPOM MD",
                "PIRT and BPOM MD",
                "PIRT和BPOM MD",
                "PIRTとBPOM MD",
                "PIRT وBPOM MD",
                "PIRT et BPOM MD",
            ),
            "body": t(
                "PIRT (Sertifikat Produksi Pangan Industri Rumah Tangga) diterbitkan pemerintah "
                "kabupaten/kota, kini diajukan lewat OSS, untuk jenis pangan olahan tertentu "
                "buatan rumah tangga yang tahan disimpan lebih dari tujuh hari, seperti keripik. "
                "Syaratnya antara lain penyuluhan keamanan pangan dan pemeriksaan sarana produksi.\n\n"
                "BPOM MD adalah nomor izin edar pangan olahan produksi dalam negeri dari Badan "
                "Pengawas Obat dan Makanan. MD diperlukan untuk jenis pangan yang tidak boleh "
                "memakai PIRT dan untuk produksi skala industri; penilaiannya mencakup sarana "
                "produksi (cara produksi pangan olahan yang baik) dan produknya.\n\n"
                "Banyak importir lebih percaya pada MD daripada PIRT. Untuk ekspor pangan olahan, "
                "BPOM juga dapat menerbitkan sertifikat kesehatan bila diminta negara tujuan.",
                "PIRT (home-industry food production certificate) is issued by the regency or city "
                "government, now applied for through OSS, for certain home-made processed foods "
                "that keep for more than seven days, such as chips. Its conditions include "
                "food-safety training and an inspection of the production premises.\n\n"
                "BPOM MD is the marketing authorisation number for domestically produced processed "
                "food from the Food and Drug Authority (BPOM). MD is needed for food types that "
                "may not use PIRT and for industrial-scale production; its assessment covers the "
                "premises (good manufacturing practice for processed food) and the product.\n\n"
                "Many importers trust MD more than PIRT. For processed-food exports, BPOM can also "
                "issue a health certificate when the destination asks for one.",
                "PIRT（家庭工业食品生产证书）由县/市政府签发，现在通过OSS申请，适用于某些常温下保质期超过七天的"
                "家庭自制加工食品，例如薯片类零食。条件包括参加食品安全培训和接受生产场所检查。\n\n"
                "BPOM MD是印尼食品药品监督管理局（BPOM）为国内生产的加工食品颁发的上市许可编号。不能使用PIRT的"
                "食品类别以及工业规模生产都需要MD；评审包括生产场所（加工食品良好生产规范）和产品本身。\n\n"
                "许多进口商更信任MD而不是PIRT。对于加工食品出口，若目标国要求，BPOM还可以签发卫生证书。",
                "PIRT（家内工業食品生産証明書）は県・市の政府が発行し、現在はOSSで申請します。チップス"
                "のように常温で7日より長く保存できる、特定の家内製造の加工食品が対象です。条件には食品安全の"
                "講習と製造施設の検査が含まれます。\n\n"
                "BPOM MDは、国家食品医薬品監督庁（BPOM）が国内製造の加工食品に与える流通許可番号です。"
                "PIRTを使えない食品の種類や工業規模の生産にはMDが必要で、審査は施設（加工食品の適正製造"
                "規範）と製品の両方に及びます。\n\n"
                "多くの輸入者はPIRTよりMDを信頼します。加工食品の輸出では、輸出先が求めればBPOMが衛生"
                "証明書を発行することもできます。",
                "شهادة PIRT (شهادة إنتاج الأغذية للصناعات المنزلية) تصدرها حكومة المقاطعة أو المدينة، "
                "ويُقدَّم طلبها الآن عبر OSS، لأنواع معيّنة من الأغذية المصنّعة منزليًا التي تُحفظ أكثر "
                "من سبعة أيام، كالرقائق. ومن شروطها دورة في سلامة الغذاء وتفتيش مكان الإنتاج.\n\n"
                "أما BPOM MD فهو رقم إذن التداول للأغذية المصنّعة محليًا من هيئة الرقابة على الغذاء "
                "والدواء (BPOM). ويلزم لأنواع الأغذية التي لا يجوز لها استعمال PIRT وللإنتاج الصناعي؛ "
                "ويشمل التقييم مكان الإنتاج (ممارسات التصنيع الجيد للأغذية) والمنتج نفسه.\n\n"
                "كثير من المستوردين يثقون بـ MD أكثر من PIRT. وفي تصدير الأغذية المصنّعة يمكن لـ BPOM "
                "أيضًا إصدار شهادة صحية إذا طلبها بلد الوجهة.",
                "Le PIRT (certificat de production alimentaire artisanale) est délivré par la "
                "kabupaten ou la ville, désormais demandé via OSS, pour certains aliments transformés "
                "faits maison qui se conservent plus de sept jours, comme les chips. Il suppose "
                "notamment une formation à la sécurité sanitaire et une inspection des locaux.\n\n"
                "Le BPOM MD est le numéro d'autorisation de mise sur le marché des aliments "
                "transformés produits en Indonésie, délivré par l'agence de contrôle des aliments "
                "et médicaments (BPOM). Il est requis pour les aliments exclus du PIRT et pour la "
                "production industrielle ; l'évaluation porte sur les locaux (bonnes pratiques de "
                "fabrication) et sur le produit.\n\n"
                "Beaucoup d'importateurs font davantage confiance au MD qu'au PIRT. Pour "
                "l'export d'aliments transformés, la BPOM peut aussi délivrer un certificat "
                "sanitaire si la destination l'exige.",
            ),
        },
        {
            "title": t(
                "Halal dan SNI",
                "Halal and SNI",
                "清真认证和SNI",
                "ハラールとSNI",
                "الحلال وSNI",
                "Halal et SNI",
            ),
            "body": t(
                "Sertifikat halal nasional diterbitkan BPJPH (Badan Penyelenggara Jaminan Produk "
                "Halal). Pemeriksaan dilakukan lembaga pemeriksa halal (LPH), dan penetapan "
                "kehalalan oleh MUI. Usaha mikro dan kecil dengan produk dan bahan sederhana dapat "
                "memakai jalur pernyataan pelaku usaha (self-declare) dengan pendamping proses "
                "produk halal.\n\n"
                "Untuk ekspor, tanyakan apakah negara tujuan mengakui sertifikat Anda: Arab Saudi "
                "hanya menerima sertifikat dari lembaga yang diakui SFDA, dan untuk banyak kategori "
                "pangan sertifikat diminta per pengiriman.\n\n"
                "SNI adalah Standar Nasional Indonesia yang ditetapkan BSN; sertifikasi produk "
                "dilakukan lembaga sertifikasi produk (LSPro). Sebagian SNI wajib untuk pasar dalam "
                "negeri. Untuk ekspor, SNI jarang diwajibkan negara tujuan, tetapi membantu "
                "menjelaskan mutu: misalnya SNI 2907:2008 mengatur mutu biji kopi dengan sistem "
                "nilai cacat.",
                "The national halal certificate is issued by BPJPH (Halal Product Assurance "
                "Agency). The audit is done by a halal inspection body (LPH), and the halal ruling "
                "by the MUI. Micro and small businesses with simple products and ingredients can "
                "use the self-declaration route with a halal process assistant.\n\n"
                "For exports, ask whether the destination recognises your certificate: Saudi "
                "Arabia only accepts certificates from bodies recognised by the SFDA, and for many "
                "food categories a certificate is asked for per shipment.\n\n"
                "SNI is the Indonesian National Standard set by BSN; products are certified by a "
                "product certification body (LSPro). Some SNI are mandatory on the domestic "
                "market. Destinations rarely require SNI, but it helps to describe quality: for "
                "example SNI 2907:2008 grades coffee beans with a defect-count system.",
                "国家清真证书由清真产品保障机构（BPJPH）签发。审核由清真检验机构（LPH）进行，清真裁定由印尼"
                "乌理玛理事会（MUI）作出。产品和原料简单的微型和小型企业，可在清真流程辅导员的帮助下走"
                "“经营者自我声明”途径。\n\n"
                "出口时要问清目标国是否承认您的证书：沙特阿拉伯只接受SFDA认可机构出具的证书，而且许多食品"
                "类别要求每批货都附证书。\n\n"
                "SNI是由国家标准化局（BSN）制定的印尼国家标准；产品认证由产品认证机构（LSPro）进行。部分SNI在"
                "国内市场是强制性的。目标国很少要求SNI，但它有助于说明质量：例如SNI 2907:2008用缺陷计数"
                "制度对咖啡豆分级。",
                "国のハラール証明書はハラール製品保証実施機関（BPJPH）が発行します。監査はハラール検査"
                "機関（LPH）が行い、ハラールの判定はインドネシア・ウラマー評議会（MUI）が下します。製品と"
                "原材料が単純な零細・小規模事業者は、ハラール工程指導員の支援を受けて事業者の自己申告"
                "ルートを使えます。\n\n"
                "輸出では、輸出先があなたの証明書を認めるか確認しましょう。サウジアラビアはSFDAが認めた"
                "機関の証明書しか受け付けず、多くの食品分類で出荷ごとに証明書が求められます。\n\n"
                "SNIは国家標準化庁（BSN）が定めるインドネシア国家規格で、製品認証は製品認証機関（LSPro）"
                "が行います。一部のSNIは国内市場で義務です。輸出先がSNIを求めることはまれですが、品質の"
                "説明に役立ちます。例えばSNI 2907:2008は欠点数方式でコーヒー豆を格付けします。",
                "تصدر شهادة الحلال الوطنية عن هيئة ضمان المنتجات الحلال (BPJPH). ويتولى التدقيقَ جهةُ "
                "فحص حلال (LPH)، ويصدر الحكم بالحلّ مجلسُ العلماء الإندونيسي (MUI). ويمكن للمنشآت "
                "الصغرى والصغيرة ذات المنتجات والمكوّنات البسيطة سلوك طريق الإقرار الذاتي بمساعدة مرافق "
                "لعملية الإنتاج الحلال.\n\n"
                "عند التصدير اسأل هل يعترف بلد الوجهة بشهادتك: فالسعودية لا تقبل إلا شهادات جهات تعترف "
                "بها الهيئة العامة للغذاء والدواء، وتُطلب الشهادة لكل شحنة في فئات غذائية كثيرة.\n\n"
                "أما SNI فهو المعيار الوطني الإندونيسي الذي تضعه الوكالة الوطنية للتقييس (BSN)، "
                "وتمنح شهادة المطابقة جهات اعتماد المنتجات (LSPro). وبعض معايير SNI إلزامية في السوق "
                "المحلية. ونادرًا ما تشترطه بلدان الوجهة، لكنه يساعد على وصف الجودة: فالمعيار SNI "
                "2907:2008 مثلًا يصنّف حبوب البن بنظام عدّ العيوب.",
                "Le certificat halal national est délivré par le BPJPH (agence de garantie des "
                "produits halal). L'audit est mené par un organisme d'inspection halal (LPH) et la "
                "décision halal rendue par le MUI. Les micro et petites entreprises aux produits et "
                "ingrédients simples peuvent passer par l'autodéclaration, avec un accompagnateur "
                "du processus halal.\n\n"
                "À l'export, demandez si la destination reconnaît votre certificat : l'Arabie "
                "saoudite n'accepte que ceux d'organismes reconnus par la SFDA, et pour beaucoup de "
                "catégories d'aliments un certificat est exigé par envoi.\n\n"
                "La SNI est la norme nationale indonésienne fixée par le BSN ; la certification des "
                "produits est faite par un organisme certificateur (LSPro). Certaines SNI sont "
                "obligatoires sur le marché intérieur. Les pays de destination l'exigent rarement, "
                "mais elle aide à décrire la qualité : par exemple la SNI 2907:2008 classe le café "
                "vert par un système de comptage des défauts.",
            ),
        },
        {
            "title": t(
                "Karantina dan sertifikat kesehatan",
                "Quarantine and health certificates",
                "检疫和卫生证书",
                "検疫と衛生証明書",
                "الحجر والشهادات الصحية",
                "Quarantaine et certificats sanitaires",
            ),
            "body": t(
                "Produk tumbuhan seperti biji kopi, lada dan kakao biasanya memerlukan sertifikat "
                "fitosanitari. Produk ikan dan hasil perikanan, termasuk rumput laut, memerlukan "
                "sertifikat kesehatan ikan. Keduanya diterbitkan Badan Karantina Indonesia "
                "(Barantin) setelah pemeriksaan, per pengiriman, sebelum barang dimuat.\n\n"
                "• Ajukan permohonan beberapa hari sebelum jadwal muat; petugas memeriksa barang "
                "dan bila perlu mengambil sampel.\n"
                "• Sebagian negara meminta perlakuan tambahan, misalnya fumigasi, yang dicatat di "
                "sertifikat.\n"
                "• Unit pengolahan hasil perikanan memerlukan Sertifikat Kelayakan Pengolahan (SKP) "
                "dari Kementerian Kelautan dan Perikanan; pasar tertentu juga meminta unit yang "
                "terdaftar di negara tujuan.\n\n"
                "Persyaratan karantina ditentukan negara tujuan. Tanyakan kepada importir dan "
                "Barantin sebelum menyepakati tanggal kirim.",
                "Plant products such as coffee beans, pepper and cocoa usually need a "
                "phytosanitary certificate. Fish and fishery products, including seaweed, need a "
                "fish health certificate. Both are issued by the Indonesian Quarantine Authority "
                "(Barantin) after an inspection, per shipment, before loading.\n\n"
                "• Apply a few days before the loading date; officers inspect the goods and take "
                "samples if needed.\n"
                "• Some countries require an extra treatment, such as fumigation, which is "
                "recorded on the certificate.\n"
                "• Fishery processing units need a processing fitness certificate (SKP) from the "
                "Ministry of Marine Affairs and Fisheries; some markets also require units listed "
                "by the destination country.\n\n"
                "Quarantine requirements are set by the destination. Ask the importer and Barantin "
                "before agreeing a shipment date.",
                "咖啡豆、胡椒和可可等植物产品通常需要植物检疫证书。鱼类和水产品（包括海藻）需要水产品卫生证书。"
                "两者均由印尼检疫局（Barantin）在装船前逐批检查后签发。\n\n"
                "• 在装船日期前几天提出申请；检疫人员检查货物，必要时取样。\n"
                "• 有些国家要求额外处理，例如熏蒸，并在证书上注明。\n"
                "• 水产加工单位需要海洋渔业部颁发的加工合格证书（SKP）；有些市场还要求加工单位在目标国注册。\n\n"
                "检疫要求由目标国决定。在约定装运日期前，请先询问进口商和检疫局。",
                "コーヒー豆、こしょう、カカオなどの植物製品には通常、植物検疫証明書が必要です。魚類・水産"
                "製品（海藻を含む）には水産物衛生証明書が必要です。どちらもインドネシア検疫庁（Barantin）が"
                "船積み前に出荷ごとに検査して発行します。\n\n"
                "• 船積み予定日の数日前に申請し、検査官が貨物を検査し、必要ならサンプルを取ります。\n"
                "• 燻蒸など追加の処理を求める国もあり、その処理は証明書に記載されます。\n"
                "• 水産加工施設には海洋水産省の加工適格証明書（SKP）が必要で、市場によっては輸出先に登録"
                "された施設であることも求められます。\n\n"
                "検疫要件を決めるのは輸出先です。船積日を約束する前に、輸入者とBarantinに確認しましょう。",
                "تحتاج المنتجات النباتية كحبوب البن والفلفل والكاكاو عادةً إلى شهادة صحة نباتية. وتحتاج "
                "الأسماك ومنتجات المصايد، ومنها الأعشاب البحرية، إلى شهادة صحة الأسماك. وتصدر "
                "الشهادتان عن هيئة الحجر الإندونيسية (Barantin) بعد الفحص، لكل شحنة، قبل التحميل.\n\n"
                "• قدّم الطلب قبل موعد التحميل ببضعة أيام؛ ويفحص المفتشون البضاعة ويأخذون عيّنات عند "
                "الحاجة.\n"
                "• تشترط بعض البلدان معالجة إضافية كالتبخير، وتُدوَّن في الشهادة.\n"
                "• تحتاج وحدات تصنيع منتجات المصايد إلى شهادة أهلية التصنيع (SKP) من وزارة الشؤون "
                "البحرية والمصايد؛ وتشترط بعض الأسواق أيضًا وحدات مسجّلة لدى بلد الوجهة.\n\n"
                "يحدد بلد الوجهة متطلبات الحجر. اسأل المستورد وهيئة الحجر قبل الاتفاق على موعد الشحن.",
                "Les produits végétaux comme le café vert, le poivre et le cacao demandent en "
                "général un certificat phytosanitaire. Les poissons et produits de la pêche, algues "
                "comprises, demandent un certificat sanitaire. Tous deux sont délivrés par "
                "l'autorité de quarantaine indonésienne (Barantin) après inspection, par envoi, "
                "avant le chargement.\n\n"
                "• Faites la demande quelques jours avant la date de chargement ; les agents "
                "inspectent la marchandise et prélèvent si besoin.\n"
                "• Certains pays exigent un traitement supplémentaire, comme une fumigation, "
                "mentionné sur le certificat.\n"
                "• Les unités de transformation des produits de la pêche ont besoin d'un "
                "certificat d'aptitude (SKP) du ministère des Affaires maritimes et de la Pêche ; "
                "certains marchés exigent aussi des unités agréées par le pays de destination.\n\n"
                "Les exigences de quarantaine sont fixées par la destination. Interrogez "
                "l'importateur et Barantin avant de promettre une date d'expédition.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: peta sertifikat tiga produk Lampung",
                "Example: a certificate map for three Lampung products",
                "示例：三种楠榜产品的证书地图",
                "例：ランプンの3製品の証明書マップ",
                "مثال: خريطة شهادات لثلاثة منتجات من لامبونغ",
                "Exemple : la carte des certificats de trois produits de Lampung",
            ),
            "body": t(
                "Keripik pisang (Bandar Lampung, ke Malaysia dan Jepang):\n"
                "• Sudah: NIB, PIRT. Berikutnya: halal lewat self-declare (bahan sederhana), lalu "
                "BPOM MD karena importir Jepang memintanya. Sertifikat kesehatan BPOM bila diminta.\n\n"
                "Kopi robusta biji hijau (koperasi di Lampung Barat, ke Jepang dan Uni Eropa):\n"
                "• Per pengiriman: sertifikat fitosanitari dari Barantin, e-SKA.\n"
                "• Mutu: penilaian nilai cacat menurut SNI 2907:2008 dan uji residu untuk daftar "
                "positif Jepang.\n"
                "• Uni Eropa: data koordinat kebun anggota untuk uji tuntas EUDR importir.\n\n"
                "Rumput laut kering (kelompok pembudidaya di Lampung Selatan, ke pabrik pengolah):\n"
                "• Per pengiriman: sertifikat kesehatan dari Barantin.\n"
                "• Spesifikasi pembeli: kadar air dan kebersihan; periksa juga apakah negara "
                "tujuan mewajibkan pendaftaran unit.\n\n"
                "Tulis untuk tiap sertifikat: penerbit, biaya, lama pengurusan, masa berlaku. Itu "
                "menjadi rencana kerja dan anggaran Anda.",
                "Banana chips (Bandar Lampung, to Malaysia and Japan):\n"
                "• Done: NIB, PIRT. Next: halal through self-declaration (simple ingredients), then "
                "BPOM MD because the Japanese importer asks for it. A BPOM health certificate if "
                "requested.\n\n"
                "Robusta green beans (a cooperative in West Lampung, to Japan and the EU):\n"
                "• Per shipment: phytosanitary certificate from Barantin, e-SKA.\n"
                "• Quality: defect-count grading under SNI 2907:2008 and residue tests for Japan's "
                "positive list.\n"
                "• European Union: members' plot coordinates for the importer's EUDR due "
                "diligence.\n\n"
                "Dried seaweed (a farmers' group in South Lampung, to a processing plant):\n"
                "• Per shipment: health certificate from Barantin.\n"
                "• Buyer's specification: moisture and cleanliness; also check whether the "
                "destination requires registration of the unit.\n\n"
                "For each certificate, write down the issuer, cost, processing time and validity. "
                "That becomes your work plan and budget.",
                "香蕉片（班达楠榜，销往马来西亚和日本）：\n"
                "• 已有：NIB、PIRT。下一步：通过自我声明取得清真证书（原料简单），然后因日本进口商要求而办理"
                "BPOM MD。如有要求，再办BPOM卫生证书。\n\n"
                "罗布斯塔生豆（西楠榜的合作社，销往日本和欧盟）：\n"
                "• 每批货：检疫局的植物检疫证书、e-SKA。\n"
                "• 质量：按SNI 2907:2008进行缺陷计数分级，并按日本肯定列表做残留检测。\n"
                "• 欧盟：提供社员种植地块坐标，供进口商做EUDR尽职调查。\n\n"
                "干海藻（南楠榜的养殖户团体，销往加工厂）：\n"
                "• 每批货：检疫局的卫生证书。\n"
                "• 买方规格：含水率和洁净度；还要核实目标国是否要求加工单位注册。\n\n"
                "为每份证书写下：签发机构、费用、办理时间、有效期。这就成了您的工作计划和预算。",
                "バナナチップス（バンダルランプン、マレーシアと日本向け）：\n"
                "• 取得済み：NIB、PIRT。次に：自己申告ルートでハラール（原材料が単純）、続いて日本の"
                "輸入者が求めるのでBPOM MD。求められればBPOMの衛生証明書。\n\n"
                "ロブスタ生豆（西ランプンの協同組合、日本とEU向け）：\n"
                "• 出荷ごと：Barantinの植物検疫証明書、e-SKA。\n"
                "• 品質：SNI 2907:2008の欠点数による格付けと、日本のポジティブリスト向けの残留検査。\n"
                "• EU：輸入者のEUDRデューデリジェンス用に、組合員の農園の座標データ。\n\n"
                "乾燥海藻（南ランプンの養殖グループ、加工工場向け）：\n"
                "• 出荷ごと：Barantinの衛生証明書。\n"
                "• バイヤーの規格：水分と清浄度。輸出先が施設の登録を求めるかも確認。\n\n"
                "証明書ごとに、発行機関、費用、所要期間、有効期間を書き出しましょう。それが作業計画と予算に"
                "なります。",
                "رقائق الموز (بندر لامبونغ، إلى ماليزيا واليابان):\n"
                "• متوفر: NIB وPIRT. التالي: الحلال عبر الإقرار الذاتي (مكوّنات بسيطة)، ثم BPOM MD "
                "لأن المستورد الياباني يطلبه. وشهادة صحية من BPOM إذا طُلبت.\n\n"
                "بن روبوستا أخضر (تعاونية في لامبونغ الغربية، إلى اليابان والاتحاد الأوروبي):\n"
                "• لكل شحنة: شهادة الصحة النباتية من Barantin، وشهادة المنشأ e-SKA.\n"
                "• الجودة: تصنيف بعدّ العيوب وفق SNI 2907:2008، وفحص البقايا للقائمة الإيجابية "
                "اليابانية.\n"
                "• الاتحاد الأوروبي: إحداثيات قطع الأعضاء لأجل العناية الواجبة التي يجريها المستورد "
                "وفق EUDR.\n\n"
                "أعشاب بحرية مجففة (مجموعة مزارعين في لامبونغ الجنوبية، إلى مصنع تحويل):\n"
                "• لكل شحنة: شهادة صحية من Barantin.\n"
                "• مواصفات المشتري: نسبة الرطوبة والنظافة؛ وتحقّق أيضًا هل يشترط بلد الوجهة تسجيل "
                "الوحدة.\n\n"
                "اكتب لكل شهادة: جهة الإصدار والتكلفة ومدة الإنجاز ومدة الصلاحية. فتصبح خطة عملك "
                "وميزانيتك.",
                "Chips de banane (Bandar Lampung, vers la Malaisie et le Japon) :\n"
                "• Acquis : NIB, PIRT. Ensuite : halal par autodéclaration (ingrédients simples), "
                "puis BPOM MD car l'importateur japonais le demande. Certificat sanitaire BPOM si "
                "demandé.\n\n"
                "Robusta vert (coopérative de Lampung Ouest, vers le Japon et l'UE) :\n"
                "• Par envoi : certificat phytosanitaire de Barantin, e-SKA.\n"
                "• Qualité : classement par comptage des défauts selon la SNI 2907:2008 et "
                "analyses de résidus pour la liste positive japonaise.\n"
                "• Union européenne : coordonnées des parcelles des membres pour la diligence "
                "raisonnée EUDR de l'importateur.\n\n"
                "Algues séchées (groupement d'algoculteurs de Lampung Sud, vers une usine de "
                "transformation) :\n"
                "• Par envoi : certificat sanitaire de Barantin.\n"
                "• Cahier des charges de l'acheteur : humidité et propreté ; vérifiez aussi si la "
                "destination exige l'agrément de l'unité.\n\n"
                "Pour chaque certificat, notez l'émetteur, le coût, le délai et la validité. Cela "
                "devient votre plan de travail et votre budget.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Siapa yang menerbitkan PIRT?",
                "Who issues the PIRT?",
                "PIRT由谁签发？",
                "PIRTを発行するのは誰ですか。",
                "من يصدر شهادة PIRT؟",
                "Qui délivre le PIRT ?",
            ),
            t(
                "Pemerintah kabupaten/kota",
                "The regency or city government",
                "县/市政府",
                "県・市の政府",
                "حكومة المقاطعة أو المدينة",
                "Le kabupaten ou la ville",
            ),
            [
                t("BPJPH", "BPJPH", "BPJPH", "BPJPH", "BPJPH", "BPJPH"),
                t(
                    "Bea Cukai",
                    "Customs",
                    "海关",
                    "税関",
                    "الجمارك",
                    "La douane",
                ),
            ],
            t(
                "PIRT diterbitkan pemerintah kabupaten/kota (diajukan lewat OSS). BPJPH "
                "menerbitkan sertifikat halal; Bea Cukai mengurus kepabeanan.",
                "PIRT is issued by the regency or city government (applied for via OSS). BPJPH "
                "issues halal certificates; customs handle declarations.",
                "PIRT由县/市政府签发（通过OSS申请）。BPJPH签发清真证书；海关负责报关。",
                "PIRTは県・市の政府が発行します（OSSで申請）。BPJPHはハラール証明書、税関は通関を担います。",
                "تصدر PIRT حكومة المقاطعة أو المدينة (بطلب عبر OSS). وتصدر BPJPH شهادات الحلال، وتتولى الجمارك البيانات.",
                "Le PIRT est délivré par le kabupaten ou la ville (demande via OSS). Le BPJPH "
                "délivre le halal ; la douane gère les déclarations.",
            ),
        ),
        q(
            t(
                "Lembaga yang menerbitkan sertifikat halal nasional Indonesia adalah…",
                "The body that issues Indonesia's national halal certificate is…",
                "签发印尼国家清真证书的机构是……",
                "インドネシアの国のハラール証明書を発行する機関は…",
                "الجهة التي تصدر شهادة الحلال الوطنية في إندونيسيا هي…",
                "L'organisme qui délivre le certificat halal national indonésien est…",
            ),
            t("BPJPH", "BPJPH", "BPJPH", "BPJPH", "BPJPH", "BPJPH"),
            [
                t("BPOM", "BPOM", "BPOM", "BPOM", "BPOM", "BPOM"),
                t("BSN", "BSN", "BSN", "BSN", "BSN", "BSN"),
            ],
            t(
                "BPJPH menerbitkan sertifikat; LPH memeriksa; MUI menetapkan kehalalan. BPOM "
                "mengurus izin edar pangan, BSN menetapkan SNI.",
                "BPJPH issues the certificate; an LPH audits; the MUI rules on halal status. BPOM "
                "handles food authorisations, BSN sets the SNI.",
                "BPJPH签发证书；LPH审核；MUI作出清真裁定。BPOM负责食品上市许可，BSN制定SNI。",
                "証明書の発行はBPJPH、監査はLPH、判定はMUIです。BPOMは食品の流通許可、BSNはSNIを扱います。",
                "تصدر BPJPH الشهادة، وتدقق LPH، ويحكم MUI بالحلّ. أما BPOM فلأذون تداول الغذاء، وBSN للمعايير.",
                "Le BPJPH délivre le certificat ; un LPH audite ; le MUI statue. La BPOM gère les "
                "autorisations alimentaires, le BSN fixe les SNI.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Sertifikat fitosanitari untuk biji kopi diterbitkan oleh…",
                "The phytosanitary certificate for coffee beans is issued by…",
                "咖啡豆的植物检疫证书由……签发",
                "コーヒー豆の植物検疫証明書を発行するのは…",
                "تصدر شهادة الصحة النباتية لحبوب البن عن…",
                "Le certificat phytosanitaire du café vert est délivré par…",
            ),
            t(
                "Badan Karantina Indonesia (Barantin)",
                "The Indonesian Quarantine Authority (Barantin)",
                "印尼检疫局（Barantin）",
                "インドネシア検疫庁（Barantin）",
                "هيئة الحجر الإندونيسية (Barantin)",
                "L'autorité de quarantaine indonésienne (Barantin)",
            ),
            [
                t(
                    "Dinas Perindustrian dan Perdagangan",
                    "The industry and trade office",
                    "工业和贸易厅",
                    "工業商業局",
                    "مكتب الصناعة والتجارة",
                    "Le service de l'industrie et du commerce",
                ),
                t(
                    "Importir di negara tujuan",
                    "The importer in the destination country",
                    "目标国的进口商",
                    "輸出先の輸入者",
                    "المستورد في بلد الوجهة",
                    "L'importateur du pays de destination",
                ),
            ],
            t(
                "Barantin memeriksa dan menerbitkan sertifikat karantina per pengiriman, sebelum "
                "barang dimuat.",
                "Barantin inspects and issues quarantine certificates per shipment, before loading.",
                "检疫局在装船前逐批检查并签发检疫证书。",
                "Barantinが船積み前に出荷ごとに検査し、検疫証明書を発行します。",
                "تفحص Barantin البضاعة وتصدر شهادات الحجر لكل شحنة قبل التحميل.",
                "Barantin inspecte et délivre les certificats de quarantaine par envoi, avant "
                "chargement.",
            ),
        ),
        q(
            t(
                "Untuk mengekspor pangan ke Arab Saudi, sertifikat halal harus…",
                "To export food to Saudi Arabia, the halal certificate must…",
                "向沙特阿拉伯出口食品，清真证书必须……",
                "サウジアラビアに食品を輸出するには、ハラール証明書は…",
                "لتصدير الغذاء إلى السعودية يجب أن تكون شهادة الحلال…",
                "Pour exporter des aliments en Arabie saoudite, le certificat halal doit…",
            ),
            t(
                "Berasal dari lembaga yang diakui SFDA",
                "Come from a body recognised by the SFDA",
                "来自SFDA认可的机构",
                "SFDAが認めた機関のものである",
                "صادرة عن جهة تعترف بها الهيئة العامة للغذاء والدواء",
                "Provenir d'un organisme reconnu par la SFDA",
            ),
            [
                t(
                    "Cukup logo halal di kemasan",
                    "Just be a halal logo on the pack",
                    "只要包装上有清真标志即可",
                    "包装にハラールマークがあれば足りる",
                    "يكفي شعار الحلال على العبوة",
                    "Se limiter à un logo halal sur l'emballage",
                ),
                t(
                    "Diterbitkan oleh pembeli",
                    "Be issued by the buyer",
                    "由买方签发",
                    "買主が発行する",
                    "يصدرها المشتري",
                    "Être délivré par l'acheteur",
                ),
            ],
            t(
                "Arab Saudi hanya menerima sertifikat dari lembaga yang diakui SFDA, dan untuk "
                "banyak kategori pangan meminta sertifikat per pengiriman.",
                "Saudi Arabia only accepts certificates from SFDA-recognised bodies and, for many "
                "food categories, asks for one per shipment.",
                "沙特阿拉伯只接受SFDA认可机构的证书，而且许多食品类别要求每批货都附证书。",
                "サウジアラビアはSFDAが認めた機関の証明書しか受け付けず、多くの食品分類で出荷ごとに求めます。",
                "لا تقبل السعودية إلا شهادات جهات تعترف بها الهيئة، وتطلبها لكل شحنة في فئات غذائية كثيرة.",
                "L'Arabie saoudite n'accepte que des organismes reconnus par la SFDA et, pour "
                "beaucoup de catégories, un certificat par envoi.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Kapan IKM pangan memerlukan BPOM MD, bukan PIRT?",
                "When does a food IKM need BPOM MD rather than PIRT?",
                "食品类中小企业什么时候需要BPOM MD而不是PIRT？",
                "食品の中小工業がPIRTではなくBPOM MDを必要とするのはいつですか。",
                "متى تحتاج منشأة غذائية صغيرة إلى BPOM MD بدل PIRT؟",
                "Quand une PMI alimentaire a-t-elle besoin du BPOM MD plutôt que du PIRT ?",
            ),
            t(
                "Untuk jenis pangan yang tidak boleh memakai PIRT atau produksi skala industri",
                "For food types excluded from PIRT or for industrial-scale production",
                "用于不能使用PIRT的食品类别或工业规模生产",
                "PIRTの対象外の食品や工業規模の生産の場合",
                "لأنواع الأغذية المستثناة من PIRT أو للإنتاج الصناعي",
                "Pour les aliments exclus du PIRT ou une production industrielle",
            ),
            [
                t(
                    "Tidak pernah; PIRT berlaku untuk semua",
                    "Never; PIRT covers everything",
                    "从不需要；PIRT适用于一切",
                    "不要。PIRTですべて足りる",
                    "أبدًا؛ فـ PIRT تشمل كل شيء",
                    "Jamais ; le PIRT couvre tout",
                ),
                t(
                    "Hanya untuk produk nonpangan",
                    "Only for non-food products",
                    "只用于非食品",
                    "食品以外の製品だけ",
                    "للمنتجات غير الغذائية فقط",
                    "Seulement pour les produits non alimentaires",
                ),
            ],
            t(
                "PIRT hanya untuk jenis pangan tertentu buatan rumah tangga. Di luar itu, dan bila "
                "produksi berskala industri, diperlukan MD dari BPOM.",
                "PIRT only covers certain home-made food types. Beyond that, and for industrial "
                "production, BPOM's MD is needed.",
                "PIRT只适用于某些家庭自制食品类别。除此之外以及工业规模生产，都需要BPOM的MD。",
                "PIRTは特定の家内製造食品だけが対象です。それ以外や工業規模の生産にはBPOMのMDが必要です。",
                "لا تشمل PIRT إلا أنواعًا معيّنة من الأغذية المنزلية. وما عداها، وكذلك الإنتاج الصناعي، يحتاج MD.",
                "Le PIRT ne couvre que certains aliments faits maison. Au-delà, et pour une "
                "production industrielle, il faut le MD de la BPOM.",
            ),
        ),
        q(
            t(
                "HACCP atau FSSC 22000 sering diminta oleh…",
                "HACCP or FSSC 22000 are often demanded by…",
                "HACCP或FSSC 22000常常由……要求",
                "HACCPやFSSC 22000を求めることが多いのは…",
                "كثيرًا ما يطلب HACCP أو FSSC 22000…",
                "HACCP ou FSSC 22000 sont souvent exigés par…",
            ),
            t(
                "Pembeli, walaupun tidak selalu diwajibkan hukum",
                "Buyers, even where no law requires them",
                "买家，即使法律并不总是强制",
                "バイヤー（法律で義務でなくても）",
                "المشترون، حتى إن لم يفرضها القانون دائمًا",
                "Les acheteurs, même quand la loi ne les impose pas",
            ),
            [
                t(
                    "Bea Cukai untuk setiap PEB",
                    "Customs for every PEB",
                    "海关对每份PEB都要求",
                    "税関がPEBごとに",
                    "الجمارك لكل بيان تصدير",
                    "La douane pour chaque PEB",
                ),
                t(
                    "Pemerintah desa",
                    "The village government",
                    "村政府",
                    "村役場",
                    "حكومة القرية",
                    "Le gouvernement du village",
                ),
            ],
            t(
                "Standar keamanan pangan ini sering menjadi syarat pembeli besar dan ritel. "
                "Bea Cukai tidak memintanya untuk PEB.",
                "These food-safety standards are often conditions of large buyers and retailers. "
                "Customs do not ask for them for the PEB.",
                "这些食品安全标准常是大买家和零售商的条件。海关办理PEB时并不要求。",
                "これらの食品安全規格は大手バイヤーや小売の条件になりがちです。税関はPEBで求めません。",
                "معايير سلامة الغذاء هذه شرط شائع لدى كبار المشترين وتجار التجزئة، ولا تطلبها الجمارك للبيان.",
                "Ces normes de sécurité sanitaire sont souvent des conditions des grands acheteurs "
                "et distributeurs. La douane ne les demande pas pour la PEB.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Usaha mikro keripik dengan bahan sederhana dapat memperoleh sertifikat halal "
                "lewat…",
                "A micro chips business with simple ingredients can get a halal certificate "
                "through…",
                "原料简单的微型香蕉片企业可以通过……取得清真证书",
                "原材料が単純な零細のチップス事業者は、どのルートでハラール証明書を取れますか。",
                "يمكن لمنشأة صغرى للرقائق ذات مكوّنات بسيطة الحصول على شهادة الحلال عبر…",
                "Une micro-entreprise de chips aux ingrédients simples peut obtenir le halal par…",
            ),
            t(
                "Jalur pernyataan pelaku usaha (self-declare) dengan pendamping",
                "The self-declaration route with an assistant",
                "在辅导员协助下的经营者自我声明途径",
                "指導員の支援による事業者の自己申告ルート",
                "طريق الإقرار الذاتي بمساعدة مرافق",
                "L'autodéclaration avec un accompagnateur",
            ),
            [
                t(
                    "Mencetak sendiri logo halal setelah pemasok menyatakan bahannya halal",
                    "Printing a halal logo yourself once suppliers say the ingredients are halal",
                    "供应商说原料清真后，自己印上清真标志",
                    "仕入先が原材料はハラールだと言えば、自分でハラールマークを印刷する",
                    "طباعة شعار الحلال بنفسك بعد أن يقول المورّدون إن المكوّنات حلال",
                    "Imprimer soi-même un logo halal quand les fournisseurs disent les ingrédients halal",
                ),
                t(
                    "Sertifikat SNI dari lembaga sertifikasi produk (LSPro)",
                    "An SNI certificate from a product certification body (LSPro)",
                    "产品认证机构（LSPro）出具的SNI证书",
                    "製品認証機関（LSPro）のSNI認証",
                    "شهادة SNI من جهة اعتماد المنتجات (LSPro)",
                    "Un certificat SNI d'un organisme certificateur (LSPro)",
                ),
            ],
            t(
                "Usaha mikro dan kecil dengan produk sederhana dapat memakai self-declare yang "
                "didampingi pendamping proses produk halal; sertifikat tetap diterbitkan BPJPH.",
                "Micro and small businesses with simple products can use the assisted "
                "self-declaration; the certificate is still issued by BPJPH.",
                "产品简单的微型和小型企业可在辅导员协助下走自我声明途径；证书仍由BPJPH签发。",
                "単純な製品の零細・小規模事業者は、指導員付きの自己申告を使えます。証明書はBPJPHが発行します。",
                "يمكن للمنشآت الصغرى والصغيرة ذات المنتجات البسيطة سلوك الإقرار الذاتي بمساعدة مرافق؛ وتبقى الشهادة من BPJPH.",
                "Les micro et petites entreprises aux produits simples peuvent s'autodéclarer avec "
                "un accompagnateur ; le certificat reste délivré par le BPJPH.",
            ),
        ),
        q(
            t(
                "Rumput laut kering diekspor. Sertifikat karantina apa yang biasanya diperlukan?",
                "Dried seaweed is exported. Which quarantine certificate is usually needed?",
                "出口干海藻通常需要哪种检疫证书？",
                "乾燥海藻を輸出します。通常必要な検疫証明書はどれですか。",
                "تُصدَّر أعشاب بحرية مجففة. أي شهادة حجر تلزم عادةً؟",
                "Des algues séchées sont exportées. Quel certificat de quarantaine faut-il en "
                "général ?",
            ),
            t(
                "Sertifikat kesehatan ikan dan produk perikanan dari Barantin",
                "A fish and fishery-product health certificate from Barantin",
                "检疫局签发的鱼类及水产品卫生证书",
                "Barantinの水産物衛生証明書",
                "شهادة صحة الأسماك ومنتجات المصايد من Barantin",
                "Un certificat sanitaire poissons et produits de la pêche de Barantin",
            ),
            [
                t(
                    "Sertifikat halal saja",
                    "A halal certificate only",
                    "仅清真证书",
                    "ハラール証明書だけ",
                    "شهادة حلال فقط",
                    "Seulement un certificat halal",
                ),
                t(
                    "Tidak ada, rumput laut bukan produk hidup",
                    "None, seaweed is not a living product",
                    "不需要，海藻不是活体产品",
                    "不要。海藻は生き物ではない",
                    "لا شيء، فالأعشاب البحرية ليست منتجًا حيًا",
                    "Aucun, les algues ne sont pas un produit vivant",
                ),
            ],
            t(
                "Rumput laut termasuk hasil perikanan, jadi memerlukan sertifikat kesehatan dari "
                "Barantin per pengiriman; pembeli juga menentukan spesifikasi mutunya.",
                "Seaweed counts as a fishery product, so it needs a Barantin health certificate "
                "per shipment; the buyer also sets its quality specification.",
                "海藻属于水产品，所以每批货都需要检疫局的卫生证书；质量规格则由买方规定。",
                "海藻は水産物に当たるので、出荷ごとにBarantinの衛生証明書が必要です。品質規格はバイヤーが決めます。",
                "تُعدّ الأعشاب البحرية من منتجات المصايد، فتحتاج شهادة صحية من Barantin لكل شحنة؛ ويحدد المشتري مواصفات جودتها.",
                "Les algues sont des produits de la pêche : il faut un certificat sanitaire de "
                "Barantin par envoi ; l'acheteur fixe aussi le cahier des charges.",
            ),
        ),
    ],
}
