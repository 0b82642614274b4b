"""Export documents and customs: invoice, packing list, HS code, PEB, NPE, e-SKA."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "prosedur-ekspor",
    "level": "pemula",
    "dimension": "experience",
    "credit": 5,
    "title": t(
        "Prosedur ekspor: dokumen dan kepabeanan",
        "Export procedure: documents and customs",
        "出口流程：单证与海关",
        "輸出手続き：書類と通関",
        "إجراءات التصدير: المستندات والجمارك",
        "Procédure d'export : documents et douane",
    ),
    "summary": t(
        "Invoice, packing list, kode HS, PEB dan surat keterangan asal (e-SKA), langkah demi langkah.",
        "Invoice, packing list, HS code, export declaration (PEB) and certificate of origin "
        "(e-SKA), step by step.",
        "发票、装箱单、HS编码、出口报关单（PEB）和原产地证书（e-SKA），逐步讲解。",
        "インボイス、パッキングリスト、HSコード、輸出申告（PEB）、原産地証明書（e-SKA）を順に。",
        "الفاتورة وقائمة التعبئة ورمز النظام المنسق وبيان التصدير (PEB) وشهادة المنشأ (e-SKA)، خطوة خطوة.",
        "Facture, liste de colisage, code SH, déclaration d'export (PEB) et certificat "
        "d'origine (e-SKA), pas à pas.",
    ),
    "screens": [
        {
            "title": t(
                "Jalan dokumen dari pesanan sampai kapal",
                "The paper trail from order to vessel",
                "从订单到装船的单证流程",
                "注文から船積みまでの書類の流れ",
                "مسار المستندات من الطلبية إلى السفينة",
                "Le parcours des documents, de la commande au navire",
            ),
            "body": t(
                "1. NIB dari sistem OSS: identitas usaha Anda, juga untuk akses kepabeanan.\n"
                "2. Pesanan atau kontrak, sering didahului proforma invoice (penawaran resmi).\n"
                "3. Produksi dan pengemasan, lalu invoice dan packing list final.\n"
                "4. PEB (pemberitahuan ekspor barang) diajukan ke Bea Cukai; setelah diterima dan, "
                "bila perlu, diperiksa, terbit NPE (nota pelayanan ekspor) sehingga barang boleh "
                "dimuat.\n"
                "5. Setelah barang dimuat, pengangkut menerbitkan bill of lading (laut) atau air "
                "waybill (udara).\n"
                "6. Dokumen tambahan sesuai barang dan negara tujuan: surat keterangan asal (SKA), "
                "sertifikat karantina, sertifikat kesehatan.\n\n"
                "Banyak IKM memakai forwarder atau PPJK (pengusaha pengurusan jasa kepabeanan) "
                "untuk langkah 4–5. Tanggung jawab atas kebenaran data tetap pada eksportir.",
                "1. NIB from the OSS system: your business ID, also used for customs access.\n"
                "2. An order or contract, often preceded by a proforma invoice (formal offer).\n"
                "3. Production and packing, then the final invoice and packing list.\n"
                "4. The export declaration (PEB) is filed with customs; once accepted and, if "
                "needed, inspected, an export approval (NPE) is issued and the goods may be "
                "loaded.\n"
                "5. After loading, the carrier issues a bill of lading (sea) or an air waybill "
                "(air).\n"
                "6. Further documents depending on the goods and destination: certificate of "
                "origin (SKA), quarantine certificate, health certificate.\n\n"
                "Many IKM use a forwarder or a licensed customs broker (PPJK) for steps 4–5. The "
                "exporter remains responsible for the correctness of the data.",
                "1. 通过OSS系统取得的NIB：企业身份号码，也用于海关准入。\n"
                "2. 订单或合同，通常先有形式发票（正式报价）。\n"
                "3. 生产和包装，然后出具最终发票和装箱单。\n"
                "4. 向海关提交出口报关单（PEB）；被接受并在需要时查验后，海关签发出口放行通知（NPE），"
                "货物即可装船。\n"
                "5. 装船后，承运人签发提单（海运）或航空运单（空运）。\n"
                "6. 视货物和目的国而定的其他单证：原产地证书（SKA）、检疫证书、卫生证书。\n\n"
                "许多中小企业请货代或持牌报关行（PPJK）办理第4至5步，但数据正确与否的责任仍在出口商。",
                "1. OSSシステムで取得するNIB：事業者番号で、税関へのアクセスにも使います。\n"
                "2. 注文または契約。多くの場合、その前にプロフォーマインボイス（正式な見積り）を出します。\n"
                "3. 生産と梱包、そして最終のインボイスとパッキングリスト。\n"
                "4. 税関に輸出申告（PEB）を提出します。受理され、必要なら検査を経て、輸出許可（NPE）が"
                "出ると船積みできます。\n"
                "5. 船積み後、運送人が船荷証券（海上）または航空運送状（航空）を発行します。\n"
                "6. 貨物と仕向国に応じた追加書類：原産地証明書（SKA）、検疫証明書、衛生証明書。\n\n"
                "多くの中小工業は手順4〜5をフォワーダーや通関業者（PPJK）に任せますが、データの正しさの"
                "責任は輸出者にあります。",
                "1. رقم NIB من نظام OSS: هوية منشأتك، ويُستعمل أيضًا للنفاذ إلى الجمارك.\n"
                "2. طلبية أو عقد، يسبقهما غالبًا فاتورة مبدئية (عرض رسمي).\n"
                "3. الإنتاج والتغليف، ثم الفاتورة وقائمة التعبئة النهائيتان.\n"
                "4. يُقدَّم بيان التصدير (PEB) إلى الجمارك؛ وبعد قبوله وفحصه عند الحاجة يصدر إذن "
                "التصدير (NPE) فيُسمح بتحميل البضاعة.\n"
                "5. بعد التحميل يصدر الناقل بوليصة الشحن (بحرًا) أو بوليصة الشحن الجوي (جوًا).\n"
                "6. مستندات إضافية حسب البضاعة وبلد الوصول: شهادة المنشأ (SKA)، وشهادة الحجر، "
                "والشهادة الصحية.\n\n"
                "تستعين منشآت صغيرة كثيرة بوكيل شحن أو مخلّص جمركي مرخّص (PPJK) في الخطوتين 4 و5، "
                "لكن المصدّر يبقى مسؤولًا عن صحة البيانات.",
                "1. Le NIB du système OSS : l'identifiant de votre entreprise, utilisé aussi pour "
                "l'accès douanier.\n"
                "2. Une commande ou un contrat, souvent précédé d'une facture pro forma (offre "
                "formelle).\n"
                "3. Production et emballage, puis facture et liste de colisage définitives.\n"
                "4. La déclaration d'export (PEB) est déposée en douane ; une fois acceptée et, si "
                "besoin, contrôlée, l'autorisation d'export (NPE) est délivrée et la marchandise "
                "peut être chargée.\n"
                "5. Après le chargement, le transporteur émet un connaissement (mer) ou une lettre "
                "de transport aérien (air).\n"
                "6. D'autres documents selon la marchandise et la destination : certificat "
                "d'origine (SKA), certificat de quarantaine, certificat sanitaire.\n\n"
                "Beaucoup de PMI confient les étapes 4 et 5 à un transitaire ou à un "
                "commissionnaire en douane agréé (PPJK). L'exportateur reste responsable de "
                "l'exactitude des données.",
            ),
        },
        {
            "title": t(
                "Invoice dan packing list",
                "Invoice and packing list",
                "发票和装箱单",
                "インボイスとパッキングリスト",
                "الفاتورة وقائمة التعبئة",
                "Facture et liste de colisage",
            ),
            "body": t(
                "Commercial invoice memuat: nama dan alamat penjual dan pembeli, nomor dan tanggal, "
                "uraian barang dan kode HS, jumlah, harga satuan, nilai total dan mata uang, "
                "Incoterm dengan tempatnya, syarat pembayaran.\n\n"
                "Packing list memuat: jumlah dan jenis kemasan (karton, karung), isi tiap kemasan, "
                "berat bersih dan berat kotor, ukuran, serta tanda (marking) pada kemasan. Packing "
                "list tidak perlu memuat harga.\n\n"
                "Angka di invoice, packing list, PEB dan bill of lading harus sama. Selisih berat "
                "atau jumlah kemasan adalah alasan umum pemeriksaan, penundaan, dan penolakan "
                "pembayaran L/C.",
                "A commercial invoice shows: names and addresses of seller and buyer, number and "
                "date, description of the goods and HS code, quantity, unit price, total value and "
                "currency, the Incoterm with its place, payment terms.\n\n"
                "A packing list shows: number and type of packages (cartons, bags), contents of "
                "each, net and gross weights, dimensions and the marks on the packages. A packing "
                "list does not need prices.\n\n"
                "The figures on the invoice, packing list, PEB and bill of lading must match. A "
                "difference in weight or number of packages is a common reason for inspections, "
                "delays and refused L/C payments.",
                "商业发票载明：买卖双方名称和地址、编号和日期、货物描述和HS编码、数量、单价、总值和币种、"
                "带地点的贸易术语、付款条件。\n\n"
                "装箱单载明：包装件数和种类（纸箱、袋）、每件内容、净重和毛重、尺寸以及包装上的唛头。"
                "装箱单不需要写价格。\n\n"
                "发票、装箱单、PEB和提单上的数字必须一致。重量或件数不符是查验、延误以及信用证拒付的常见原因。",
                "コマーシャルインボイスには、売主と買主の名称・住所、番号と日付、品名とHSコード、数量、"
                "単価、合計金額と通貨、場所付きのインコタームズ、支払条件を記載します。\n\n"
                "パッキングリストには、梱包の数と種類（カートン、袋）、各梱包の内容、正味重量と総重量、"
                "寸法、梱包の荷印を記載します。価格は不要です。\n\n"
                "インボイス、パッキングリスト、PEB、船荷証券の数字は一致していなければなりません。"
                "重量や個数の食い違いは、検査、遅延、信用状の支払拒絶のよくある原因です。",
                "تبيّن الفاتورة التجارية: اسم البائع والمشتري وعنوانيهما، والرقم والتاريخ، ووصف "
                "البضاعة ورمزها في النظام المنسق، والكمية، وسعر الوحدة، والقيمة الإجمالية والعملة، "
                "وقاعدة إنكوتيرمز مع مكانها، وشروط الدفع.\n\n"
                "وتبيّن قائمة التعبئة: عدد الطرود ونوعها (كراتين، أكياس)، ومحتوى كل طرد، والوزن "
                "الصافي والإجمالي، والأبعاد، والعلامات على الطرود. ولا تحتاج قائمة التعبئة إلى أسعار.\n\n"
                "يجب أن تتطابق الأرقام في الفاتورة وقائمة التعبئة وبيان التصدير وبوليصة الشحن. "
                "واختلاف الوزن أو عدد الطرود سبب شائع للفحص والتأخير ورفض الدفع بالاعتماد المستندي.",
                "La facture commerciale indique : noms et adresses du vendeur et de l'acheteur, "
                "numéro et date, désignation des marchandises et code SH, quantité, prix unitaire, "
                "valeur totale et devise, l'Incoterm avec son lieu, les conditions de paiement.\n\n"
                "La liste de colisage indique : nombre et type de colis (cartons, sacs), contenu de "
                "chacun, poids net et brut, dimensions et marques sur les colis. Elle n'a pas "
                "besoin des prix.\n\n"
                "Les chiffres de la facture, de la liste de colisage, de la PEB et du connaissement "
                "doivent concorder. Un écart de poids ou de nombre de colis est une cause "
                "fréquente de contrôles, de retards et de refus de paiement par crédit "
                "documentaire.",
            ),
        },
        {
            "title": t(
                "Kode HS dan PEB",
                "HS code and the PEB",
                "HS编码和出口报关单（PEB）",
                "HSコードとPEB",
                "رمز النظام المنسق وبيان التصدير",
                "Le code SH et la PEB",
            ),
            "body": t(
                "Kode HS (Harmonized System) mengelompokkan barang; enam digit pertamanya sama di "
                "seluruh dunia. Indonesia memakai delapan digit dalam BTKI (Buku Tarif Kepabeanan "
                "Indonesia). Contoh: kopi belum disangrai dan tidak dihilangkan kafeinnya 0901.11; "
                "lada hitam utuh 0904.11.\n\n"
                "PEB diajukan secara elektronik melalui sistem CEISA Bea Cukai oleh eksportir atau "
                "PPJK, sebelum barang masuk kawasan pabean pelabuhan. Kode HS menentukan apakah "
                "barang kena larangan dan pembatasan (lartas), misalnya wajib izin tertentu, atau "
                "bea keluar (berlaku untuk sebagian barang seperti CPO dan biji kakao). Sebagian "
                "besar produk IKM tidak kena bea keluar.\n\n"
                "Kode HS yang salah bisa berarti izin yang terlewat atau tarif preferensi yang "
                "hilang di negara tujuan. Cek di BTKI dan tanyakan ke Bea Cukai bila ragu.",
                "The HS code (Harmonized System) classifies goods; its first six digits are the "
                "same worldwide. Indonesia uses eight digits in the BTKI (Indonesian customs "
                "tariff book). For example: coffee, not roasted, not decaffeinated 0901.11; whole "
                "black pepper 0904.11.\n\n"
                "The PEB is filed electronically through customs' CEISA system by the exporter or "
                "a PPJK, before the goods enter the port's customs area. The HS code decides "
                "whether the goods fall under prohibitions and restrictions (lartas), such as a "
                "required licence, or an export duty (which applies to some goods such as crude "
                "palm oil and cocoa beans). Most IKM products pay no export duty.\n\n"
                "A wrong HS code can mean a missed licence or a lost preferential tariff in the "
                "destination country. Check the BTKI and ask customs when in doubt.",
                "HS编码（协调制度）用于商品归类；前六位全球通用。印尼在BTKI（印尼海关税则）中使用八位编码。"
                "例如：未焙炒、未浸除咖啡因的咖啡为0901.11；未磨黑胡椒为0904.11。\n\n"
                "PEB由出口商或报关行通过海关CEISA系统以电子方式提交，须在货物进入港口海关监管区之前。"
                "HS编码决定货物是否属于禁止和限制类（lartas），例如需要特定许可，或是否征收出口税"
                "（适用于部分货物，如毛棕榈油和可可豆）。大多数中小企业产品不征出口税。\n\n"
                "HS编码错误可能导致漏办许可，或在目的国失去优惠关税。请查阅BTKI，有疑问时咨询海关。",
                "HSコード（統一システム）は物品を分類する番号で、上6桁は世界共通です。インドネシアでは"
                "BTKI（インドネシア関税率表）の8桁を使います。例：焙煎しておらずカフェインを除いていない"
                "コーヒーは0901.11、粒の黒こしょうは0904.11です。\n\n"
                "PEBは、貨物が港の保税地域に入る前に、輸出者または通関業者が税関のCEISAシステムで電子的に"
                "提出します。HSコードによって、特定の許可が必要な輸出禁止・制限品目（lartas）に当たるか、"
                "輸出税（パーム原油やカカオ豆など一部の物品）がかかるかが決まります。中小工業の製品の"
                "多くは輸出税がかかりません。\n\n"
                "HSコードを誤ると、必要な許可を見落としたり、仕向国での特恵関税を失ったりします。BTKIで"
                "確認し、迷ったら税関に問い合わせましょう。",
                "يصنّف رمز النظام المنسق (HS) البضائع؛ وأرقامه الستة الأولى واحدة في العالم كله. "
                "وتستعمل إندونيسيا ثمانية أرقام في دليل التعريفة الجمركية الإندونيسية (BTKI). مثال: "
                "البن غير المحمّص وغير منزوع الكافيين 0901.11، والفلفل الأسود الحَب 0904.11.\n\n"
                "يُقدَّم بيان التصدير إلكترونيًا عبر نظام CEISA الجمركي من المصدّر أو المخلّص "
                "الجمركي، قبل دخول البضاعة المنطقة الجمركية للميناء. ويحدد الرمز ما إذا كانت البضاعة "
                "خاضعة للحظر والتقييد (lartas)، كاشتراط ترخيص معيّن، أو لرسم تصدير (يطبَّق على بعض "
                "السلع مثل زيت النخيل الخام وحبوب الكاكاو). ومعظم منتجات المنشآت الصغيرة لا تدفع رسم "
                "تصدير.\n\n"
                "الرمز الخاطئ قد يعني ترخيصًا فائتًا أو خسارة تعريفة تفضيلية في بلد الوصول. راجع "
                "BTKI واسأل الجمارك عند الشك.",
                "Le code SH (Système harmonisé) classe les marchandises ; ses six premiers chiffres "
                "sont les mêmes partout. L'Indonésie utilise huit chiffres dans le BTKI (tarif "
                "douanier indonésien). Par exemple : café non torréfié, non décaféiné 0901.11 ; "
                "poivre noir en grains 0904.11.\n\n"
                "La PEB est déposée en ligne dans le système CEISA de la douane par l'exportateur "
                "ou un PPJK, avant l'entrée de la marchandise dans la zone sous douane du port. Le "
                "code SH détermine si la marchandise relève des interdictions et restrictions "
                "(lartas), par exemple une licence requise, ou d'un droit à l'export (qui frappe "
                "certains produits comme l'huile de palme brute et les fèves de cacao). La plupart "
                "des produits de PMI n'en paient pas.\n\n"
                "Un mauvais code SH peut faire manquer une licence ou perdre un tarif préférentiel "
                "à destination. Vérifiez dans le BTKI et interrogez la douane en cas de doute.",
            ),
        },
        {
            "title": t(
                "Surat keterangan asal (e-SKA)",
                "Certificate of origin (e-SKA)",
                "原产地证书（e-SKA）",
                "原産地証明書（e-SKA）",
                "شهادة المنشأ (e-SKA)",
                "Certificat d'origine (e-SKA)",
            ),
            "body": t(
                "SKA membuktikan barang berasal dari Indonesia. Dengan SKA preferensi, pembeli bisa "
                "membayar bea masuk lebih rendah menurut perjanjian dagang, asal barang memenuhi "
                "ketentuan asal barang. SKA diajukan secara elektronik (e-SKA) ke instansi penerbit "
                "SKA.\n\n"
                "Formulir menurut tujuan:\n"
                "• Form D: negara ASEAN (ATIGA)\n"
                "• Form E: Tiongkok (ACFTA)\n"
                "• Form AK: Korea Selatan\n"
                "• Form IJEPA: Jepang\n"
                "• Form AI: India\n"
                "• Form RCEP: negara anggota RCEP\n"
                "Untuk GSP Uni Eropa dipakai sertifikasi mandiri REX.\n\n"
                "Bandingkan tarif tiap perjanjian untuk kode HS Anda sebelum memilih formulir; "
                "tarif bisa berbeda antarperjanjian.",
                "An SKA proves that the goods originate in Indonesia. With a preferential SKA the "
                "buyer can pay a lower import duty under a trade agreement, provided the goods "
                "meet its rules of origin. The SKA is applied for electronically (e-SKA) at an "
                "issuing agency.\n\n"
                "Forms by destination:\n"
                "• Form D: ASEAN countries (ATIGA)\n"
                "• Form E: China (ACFTA)\n"
                "• Form AK: South Korea\n"
                "• Form IJEPA: Japan\n"
                "• Form AI: India\n"
                "• Form RCEP: RCEP members\n"
                "For the EU's GSP, REX self-certification is used.\n\n"
                "Compare each agreement's tariff for your HS code before choosing a form; tariffs "
                "can differ between agreements.",
                "SKA证明货物原产于印尼。凭优惠原产地证书，只要货物符合原产地规则，买方即可按贸易协定"
                "缴纳较低的进口关税。SKA通过电子系统（e-SKA）向签证机构申请。\n\n"
                "按目的地区分的格式：\n"
                "• Form D：东盟国家（ATIGA）\n"
                "• Form E：中国（ACFTA）\n"
                "• Form AK：韩国\n"
                "• Form IJEPA：日本\n"
                "• Form AI：印度\n"
                "• Form RCEP：RCEP成员国\n"
                "欧盟普惠制（GSP）使用REX自我声明。\n\n"
                "选择格式前，请比较各协定对您的HS编码的税率；不同协定的税率可能不同。",
                "SKAは貨物がインドネシア原産であることを証明します。特恵用のSKAがあれば、貨物が原産地"
                "規則を満たす限り、買主は貿易協定に基づく低い関税を払えます。SKAは電子申請（e-SKA）で"
                "発給機関に申請します。\n\n"
                "仕向地別の様式：\n"
                "• Form D：ASEAN諸国（ATIGA）\n"
                "• Form E：中国（ACFTA）\n"
                "• Form AK：韓国\n"
                "• Form IJEPA：日本\n"
                "• Form AI：インド\n"
                "• Form RCEP：RCEP加盟国\n"
                "EUの一般特恵（GSP）にはREXの自己申告を使います。\n\n"
                "様式を選ぶ前に、自社のHSコードについて協定ごとの税率を比べましょう。協定によって税率が"
                "違うことがあります。",
                "تثبت شهادة المنشأ أن البضاعة إندونيسية المنشأ. وبشهادة منشأ تفضيلية يدفع المشتري "
                "رسومًا جمركية أقل بموجب اتفاقية تجارية، بشرط أن تستوفي البضاعة قواعد المنشأ. ويُطلب "
                "الحصول عليها إلكترونيًا (e-SKA) من جهة إصدار.\n\n"
                "النماذج حسب الوجهة:\n"
                "• النموذج D: دول آسيان (ATIGA)\n"
                "• النموذج E: الصين (ACFTA)\n"
                "• النموذج AK: كوريا الجنوبية\n"
                "• النموذج IJEPA: اليابان\n"
                "• النموذج AI: الهند\n"
                "• نموذج RCEP: أعضاء الشراكة الاقتصادية الإقليمية الشاملة\n"
                "ولنظام الأفضليات المعمم في الاتحاد الأوروبي يُستعمل التصديق الذاتي REX.\n\n"
                "قارن تعريفة كل اتفاقية لرمز بضاعتك قبل اختيار النموذج؛ فقد تختلف التعريفات بين "
                "الاتفاقيات.",
                "Le SKA prouve que la marchandise est originaire d'Indonésie. Avec un SKA "
                "préférentiel, l'acheteur peut payer un droit d'importation réduit au titre d'un "
                "accord commercial, si la marchandise respecte les règles d'origine. Il se demande "
                "en ligne (e-SKA) auprès d'un organisme émetteur.\n\n"
                "Formulaires selon la destination :\n"
                "• Form D : pays de l'ASEAN (ATIGA)\n"
                "• Form E : Chine (ACFTA)\n"
                "• Form AK : Corée du Sud\n"
                "• Form IJEPA : Japon\n"
                "• Form AI : Inde\n"
                "• Form RCEP : membres du RCEP\n"
                "Pour le SPG de l'Union européenne, on utilise l'autocertification REX.\n\n"
                "Comparez le tarif de chaque accord pour votre code SH avant de choisir ; les "
                "tarifs peuvent différer d'un accord à l'autre.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: keripik pisang ke Malaysia",
                "Example: banana chips to Malaysia",
                "示例：香蕉片出口马来西亚",
                "例：バナナチップスをマレーシアへ",
                "مثال: رقائق الموز إلى ماليزيا",
                "Exemple : chips de banane vers la Malaisie",
            ),
            "body": t(
                "Sebuah IKM keripik pisang di Bandar Lampung menerima pesanan 400 karton (masing-"
                "masing 20 bungkus × 250 g) dari importir di Johor Bahru, FOB Pelabuhan Panjang, "
                "dikirim sebagai muatan LCL lewat forwarder.\n\n"
                "• Invoice: 400 karton, 8.000 bungkus, harga per bungkus, nilai total dalam USD, "
                "«FOB Pelabuhan Panjang, Incoterms 2020», syarat bayar.\n"
                "• Packing list: 400 karton, berat bersih 2.000 kg, berat kotor per karton dan "
                "total, ukuran karton, marking «JB-01 1/400…400/400».\n"
                "• PEB: diajukan PPJK rekanan forwarder dengan data yang sama persis.\n"
                "• e-SKA Form D: pembeli di Malaysia bisa menikmati tarif ATIGA bila ketentuan "
                "asal barang terpenuhi; pisang dan bahan utamanya dari Lampung.\n"
                "• Bill of lading dari forwarder (house B/L) setelah kontainer dimuat.\n\n"
                "Kirim salinan semua dokumen ke pembeli sebelum kapal tiba, supaya importir bisa "
                "menyiapkan impor. Simpan arsipnya: data ini juga dicatat SiapEkspor sebagai "
                "pengiriman.",
                "A banana-chip IKM in Bandar Lampung receives an order for 400 cartons (each 20 "
                "packs × 250 g) from an importer in Johor Bahru, FOB Panjang Port, shipped as an "
                "LCL consignment through a forwarder.\n\n"
                '• Invoice: 400 cartons, 8,000 packs, price per pack, total value in USD, "FOB '
                'Panjang Port, Incoterms 2020", payment terms.\n'
                "• Packing list: 400 cartons, net weight 2,000 kg, gross weight per carton and in "
                'total, carton size, marks "JB-01 1/400…400/400".\n'
                "• PEB: filed by the forwarder's partner PPJK with exactly the same data.\n"
                "• e-SKA Form D: the Malaysian buyer can get the ATIGA tariff if the rules of "
                "origin are met; the bananas and main ingredients come from Lampung.\n"
                "• Bill of lading from the forwarder (house B/L) once the container is loaded.\n\n"
                "Send copies of every document to the buyer before the vessel arrives, so the "
                "importer can prepare the import. Keep the file: SiapEkspor records the same data "
                "as a shipment.",
                "楠榜省会班达楠榜的一家香蕉片企业收到柔佛州新山一位进口商的订单：400箱（每箱20包×250克），"
                "FOB 潘姜港，经货代以拼箱（LCL）发运。\n\n"
                "• 发票：400箱、8,000包、每包单价、美元总值、“FOB 潘姜港，Incoterms 2020”、付款条件。\n"
                "• 装箱单：400箱、净重2,000公斤、每箱及总毛重、纸箱尺寸、唛头“JB-01 1/400…400/400”。\n"
                "• PEB：由货代合作的报关行提交，数据完全一致。\n"
                "• e-SKA Form D：只要符合原产地规则，马来西亚买家即可享受ATIGA税率；香蕉和主要原料"
                "均来自楠榜。\n"
                "• 集装箱装船后，货代出具提单（货代提单）。\n\n"
                "在船到港前把所有单证副本发给买家，以便进口商准备进口。请保存档案：SiapEkspor也会把这些"
                "数据记录为一票出货。",
                "バンダルランプンのバナナチップス工房が、ジョホールバルの輸入業者から400カートン（各20袋"
                "×250g）の注文を受けました。FOB パンジャン港、フォワーダー経由の混載（LCL）で出荷します。\n\n"
                "• インボイス：400カートン、8,000袋、1袋当たりの価格、米ドル建て合計金額、「FOB パンジャン港 "
                "Incoterms 2020」、支払条件。\n"
                "• パッキングリスト：400カートン、正味重量2,000kg、カートンごとと合計の総重量、カートン寸法、"
                "荷印「JB-01 1/400…400/400」。\n"
                "• PEB：フォワーダー提携の通関業者が、まったく同じデータで提出。\n"
                "• e-SKA Form D：原産地規則を満たせば、マレーシアの買主はATIGA税率を受けられます。"
                "バナナと主原料はランプン産です。\n"
                "• コンテナ船積み後、フォワーダーが船荷証券（ハウスB/L）を発行。\n\n"
                "本船到着前にすべての書類の写しを買主に送り、輸入準備ができるようにしましょう。控えは保管を。"
                "SiapEksporも同じデータを出荷として記録します。",
                "تتلقى منشأة لرقائق الموز في بندر لامبونغ طلبية من مستورد في جوهور بهرو: 400 كرتونة "
                "(في كل منها 20 كيسًا × 250 غ)، FOB ميناء بانجانغ، تُشحن شحنةً جزئية (LCL) عبر وكيل "
                "شحن.\n\n"
                "• الفاتورة: 400 كرتونة، 8,000 كيس، سعر الكيس، القيمة الإجمالية بالدولار، «FOB ميناء "
                "بانجانغ، إنكوتيرمز 2020»، شروط الدفع.\n"
                "• قائمة التعبئة: 400 كرتونة، وزن صافٍ 2,000 كغ، الوزن الإجمالي لكل كرتونة وللمجموع، "
                "مقاس الكرتونة، العلامات «JB-01 1/400…400/400».\n"
                "• بيان التصدير: يقدّمه المخلّص الجمركي الشريك لوكيل الشحن بالبيانات نفسها تمامًا.\n"
                "• e-SKA النموذج D: يستفيد المشتري الماليزي من تعريفة ATIGA إذا استوفيت قواعد المنشأ؛ "
                "فالموز والمكوّنات الرئيسية من لامبونغ.\n"
                "• بوليصة شحن من وكيل الشحن (house B/L) بعد تحميل الحاوية.\n\n"
                "أرسل نسخًا من كل المستندات إلى المشتري قبل وصول السفينة ليستعد للاستيراد. واحتفظ "
                "بالملف: فـ SiapEkspor يسجّل البيانات نفسها شحنةً.",
                "Une PMI de chips de banane de Bandar Lampung reçoit une commande de 400 cartons "
                "(20 sachets × 250 g chacun) d'un importateur de Johor Bahru, FOB port de Panjang, "
                "expédiée en groupage (LCL) par un transitaire.\n\n"
                "• Facture : 400 cartons, 8 000 sachets, prix par sachet, valeur totale en USD, "
                "« FOB port de Panjang, Incoterms 2020 », conditions de paiement.\n"
                "• Liste de colisage : 400 cartons, poids net 2 000 kg, poids brut par carton et "
                "total, dimensions du carton, marques « JB-01 1/400…400/400 ».\n"
                "• PEB : déposée par le PPJK partenaire du transitaire avec exactement les mêmes "
                "données.\n"
                "• e-SKA Form D : l'acheteur malaisien peut obtenir le tarif ATIGA si les règles "
                "d'origine sont respectées ; bananes et ingrédients principaux viennent de "
                "Lampung.\n"
                "• Connaissement du transitaire (house B/L) une fois le conteneur chargé.\n\n"
                "Envoyez une copie de chaque document à l'acheteur avant l'arrivée du navire, pour "
                "qu'il prépare l'import. Gardez le dossier : SiapEkspor enregistre les mêmes "
                "données comme expédition.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Siapa yang boleh mengajukan PEB ke Bea Cukai?",
                "Who may file the PEB with customs?",
                "谁可以向海关提交PEB？",
                "税関にPEBを提出できるのは誰ですか。",
                "من يجوز له تقديم بيان التصدير إلى الجمارك؟",
                "Qui peut déposer la PEB auprès de la douane ?",
            ),
            t(
                "Eksportir sendiri atau PPJK yang dikuasakan",
                "The exporter itself or an authorised PPJK",
                "出口商本人或受托的报关行（PPJK）",
                "輸出者自身または委任された通関業者（PPJK）",
                "المصدّر نفسه أو مخلّص جمركي مفوَّض (PPJK)",
                "L'exportateur lui-même ou un PPJK mandaté",
            ),
            [
                t(
                    "Hanya pembeli di luar negeri",
                    "Only the buyer abroad",
                    "只有国外买家",
                    "海外の買主だけ",
                    "المشتري في الخارج فقط",
                    "Seulement l'acheteur à l'étranger",
                ),
                t(
                    "Perusahaan pelayaran",
                    "The shipping line",
                    "船公司",
                    "船会社",
                    "شركة الملاحة",
                    "La compagnie maritime",
                ),
            ],
            t(
                "PEB diajukan oleh eksportir atau PPJK yang dikuasakan melalui CEISA. Tanggung "
                "jawab atas kebenaran data tetap pada eksportir.",
                "The PEB is filed through CEISA by the exporter or a PPJK acting for it. The "
                "exporter stays responsible for the data.",
                "PEB由出口商或受其委托的报关行通过CEISA提交。数据的责任仍在出口商。",
                "PEBは輸出者または委任を受けた通関業者がCEISAで提出します。データの責任は輸出者に残ります。",
                "يقدّم المصدّر أو المخلّص المفوَّض بيان التصدير عبر CEISA، ويبقى المصدّر مسؤولًا عن البيانات.",
                "La PEB est déposée dans CEISA par l'exportateur ou un PPJK pour son compte. "
                "L'exportateur reste responsable des données.",
            ),
        ),
        q(
            t(
                "Dokumen apa yang menandakan barang boleh dimuat ke kapal?",
                "Which document shows that the goods may be loaded?",
                "哪份单证表明货物可以装船？",
                "貨物を船積みしてよいことを示す書類はどれですか。",
                "أي مستند يبيّن أنه يجوز تحميل البضاعة؟",
                "Quel document indique que la marchandise peut être chargée ?",
            ),
            t(
                "NPE (nota pelayanan ekspor)",
                "The NPE (export approval)",
                "NPE（出口放行通知）",
                "NPE（輸出許可）",
                "إذن التصدير NPE",
                "La NPE (autorisation d'export)",
            ),
            [
                t(
                    "Proforma invoice",
                    "The proforma invoice",
                    "形式发票",
                    "プロフォーマインボイス",
                    "الفاتورة المبدئية",
                    "La facture pro forma",
                ),
                t(
                    "Packing list",
                    "The packing list",
                    "装箱单",
                    "パッキングリスト",
                    "قائمة التعبئة",
                    "La liste de colisage",
                ),
            ],
            t(
                "Setelah PEB diterima dan, bila perlu, diperiksa, Bea Cukai menerbitkan NPE; baru "
                "setelah itu barang boleh dimuat.",
                "Once the PEB is accepted and, if needed, inspected, customs issues the NPE; only "
                "then may the goods be loaded.",
                "PEB被接受并在需要时查验后，海关签发NPE；此后货物才能装船。",
                "PEBが受理され、必要なら検査を経て、税関がNPEを出します。それから初めて船積みできます。",
                "بعد قبول البيان وفحصه عند الحاجة تُصدر الجمارك إذن NPE، وعندها فقط يجوز التحميل.",
                "Une fois la PEB acceptée et, si besoin, contrôlée, la douane délivre la NPE ; "
                "alors seulement la marchandise peut être chargée.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Berapa digit kode HS yang sama di seluruh dunia?",
                "How many digits of the HS code are the same worldwide?",
                "HS编码的前几位是全球通用的？",
                "HSコードのうち世界共通なのは何桁ですか。",
                "كم رقمًا من رمز النظام المنسق موحّد عالميًا؟",
                "Combien de chiffres du code SH sont communs au monde entier ?",
            ),
            t("Enam", "Six", "六位", "6桁", "ستة", "Six"),
            [
                t("Empat", "Four", "四位", "4桁", "أربعة", "Quatre"),
                t("Sepuluh", "Ten", "十位", "10桁", "عشرة", "Dix"),
            ],
            t(
                "Enam digit HS berlaku internasional; Indonesia menambah menjadi delapan digit di "
                "BTKI.",
                "Six HS digits are international; Indonesia extends them to eight in the BTKI.",
                "前六位是国际通用的；印尼在BTKI中扩展为八位。",
                "6桁が国際共通で、インドネシアはBTKIで8桁に細分しています。",
                "الأرقام الستة دولية، وتوسّعها إندونيسيا إلى ثمانية في BTKI.",
                "Six chiffres sont internationaux ; l'Indonésie les porte à huit dans le BTKI.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Keripik pisang dikirim ke Malaysia. SKA preferensi yang dipakai adalah…",
                "Banana chips go to Malaysia. The preferential certificate of origin is…",
                "香蕉片出口到马来西亚，应使用哪种优惠原产地证书？",
                "バナナチップスをマレーシアへ送ります。使う特恵原産地証明書はどれですか。",
                "تُشحن رقائق الموز إلى ماليزيا. شهادة المنشأ التفضيلية المستعملة هي…",
                "Des chips de banane partent en Malaisie. Le certificat d'origine préférentiel est…",
            ),
            t("Form D", "Form D", "Form D", "Form D", "النموذج D", "Form D"),
            [
                t("Form E", "Form E", "Form E", "Form E", "النموذج E", "Form E"),
                t(
                    "Form IJEPA",
                    "Form IJEPA",
                    "Form IJEPA",
                    "Form IJEPA",
                    "النموذج IJEPA",
                    "Form IJEPA",
                ),
            ],
            t(
                "Malaysia anggota ASEAN, jadi Form D (ATIGA). Form E untuk Tiongkok, IJEPA untuk "
                "Jepang.",
                "Malaysia is in ASEAN, so Form D (ATIGA). Form E is for China, IJEPA for Japan.",
                "马来西亚是东盟成员，所以用Form D（ATIGA）。Form E用于中国，IJEPA用于日本。",
                "マレーシアはASEAN加盟国なのでForm D（ATIGA）です。Form Eは中国、IJEPAは日本向けです。",
                "ماليزيا عضو في آسيان، فالنموذج D (ATIGA). النموذج E للصين، وIJEPA لليابان.",
                "La Malaisie est membre de l'ASEAN : Form D (ATIGA). Form E vaut pour la Chine, "
                "IJEPA pour le Japon.",
            ),
        ),
        q(
            t(
                "Kopi dikirim ke Tiongkok dengan tarif ACFTA. Formulir SKA-nya…",
                "Coffee goes to China at the ACFTA tariff. Its SKA form is…",
                "咖啡按ACFTA税率出口到中国，原产地证书格式是……",
                "コーヒーをACFTA税率で中国へ送ります。SKAの様式はどれですか。",
                "يُصدَّر البن إلى الصين بتعريفة ACFTA. نموذج شهادة المنشأ هو…",
                "Du café part en Chine au tarif ACFTA. Son formulaire SKA est…",
            ),
            t("Form E", "Form E", "Form E", "Form E", "النموذج E", "Form E"),
            [
                t("Form D", "Form D", "Form D", "Form D", "النموذج D", "Form D"),
                t("Form AK", "Form AK", "Form AK", "Form AK", "النموذج AK", "Form AK"),
            ],
            t(
                "Form E untuk perjanjian ASEAN–Tiongkok (ACFTA). Bandingkan juga tarif RCEP untuk "
                "kode HS yang sama sebelum memilih.",
                "Form E is for the ASEAN–China agreement (ACFTA). Also compare the RCEP tariff for "
                "the same HS code before choosing.",
                "Form E用于东盟—中国自贸协定（ACFTA）。选择前也请比较同一HS编码的RCEP税率。",
                "Form EはASEAN・中国協定（ACFTA）用です。選ぶ前に同じHSコードのRCEP税率も比べましょう。",
                "النموذج E لاتفاقية آسيان–الصين (ACFTA). وقارن أيضًا تعريفة RCEP للرمز نفسه قبل الاختيار.",
                "Form E correspond à l'accord ASEAN–Chine (ACFTA). Comparez aussi le tarif RCEP "
                "pour le même code SH avant de choisir.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Apa yang TIDAK perlu ada di packing list?",
                "What does a packing list NOT need?",
                "装箱单上不需要哪一项？",
                "パッキングリストに不要なものはどれですか。",
                "ما الذي لا تحتاجه قائمة التعبئة؟",
                "De quoi la liste de colisage n'a-t-elle PAS besoin ?",
            ),
            t(
                "Harga satuan",
                "Unit prices",
                "单价",
                "単価",
                "أسعار الوحدات",
                "Les prix unitaires",
            ),
            [
                t(
                    "Berat bersih dan berat kotor",
                    "Net and gross weights",
                    "净重和毛重",
                    "正味重量と総重量",
                    "الوزن الصافي والإجمالي",
                    "Les poids net et brut",
                ),
                t(
                    "Jumlah kemasan dan marking",
                    "Number of packages and marks",
                    "件数和唛头",
                    "梱包数と荷印",
                    "عدد الطرود والعلامات",
                    "Le nombre de colis et les marques",
                ),
            ],
            t(
                "Packing list menjelaskan fisik kiriman (kemasan, isi, berat, ukuran, marking). "
                "Harga ada di invoice.",
                "The packing list describes the physical shipment (packages, contents, weights, "
                "sizes, marks). Prices belong on the invoice.",
                "装箱单描述货物的实物情况（包装、内容、重量、尺寸、唛头）。价格写在发票上。",
                "パッキングリストは貨物の物理的な内容（梱包、中身、重量、寸法、荷印）を示します。"
                "価格はインボイスに書きます。",
                "تصف قائمة التعبئة الشحنة ماديًا (الطرود والمحتوى والأوزان والمقاسات والعلامات). "
                "أما الأسعار فمكانها الفاتورة.",
                "La liste de colisage décrit l'envoi physique (colis, contenu, poids, dimensions, "
                "marques). Les prix figurent sur la facture.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Berat di packing list 2.000 kg, di PEB 2.200 kg. Apa akibat yang mungkin?",
                "The packing list says 2,000 kg, the PEB 2,200 kg. What may happen?",
                "装箱单写2,000公斤，PEB写2,200公斤。可能有什么后果？",
                "パッキングリストは2,000kg、PEBは2,200kgです。何が起こりえますか。",
                "قائمة التعبئة تقول 2,000 كغ وبيان التصدير 2,200 كغ. ماذا قد يحدث؟",
                "La liste de colisage indique 2 000 kg, la PEB 2 200 kg. Que peut-il se passer ?",
            ),
            t(
                "Pemeriksaan, penundaan atau penolakan dokumen",
                "Inspection, delay or rejected documents",
                "查验、延误或单证被拒",
                "検査、遅延、書類の不受理",
                "فحص أو تأخير أو رفض المستندات",
                "Un contrôle, un retard ou des documents refusés",
            ),
            [
                t(
                    "Tidak ada, selisih 10 % dianggap wajar",
                    "Nothing, a 10 % gap is normal",
                    "没什么，10%的差异属正常",
                    "何もない。10%の差は普通",
                    "لا شيء، فالفرق 10 % طبيعي",
                    "Rien, un écart de 10 % est normal",
                ),
                t(
                    "Bea keluar otomatis naik",
                    "Export duty rises automatically",
                    "出口税自动提高",
                    "輸出税が自動的に上がる",
                    "يرتفع رسم التصدير تلقائيًا",
                    "Le droit à l'export augmente automatiquement",
                ),
            ],
            t(
                "Data yang tidak sama di antara dokumen memicu pemeriksaan dan bisa membuat bank "
                "menolak dokumen L/C. Samakan angka sebelum mengajukan PEB.",
                "Data that differs between documents triggers inspection and can make a bank "
                "refuse L/C documents. Align the figures before filing the PEB.",
                "单证之间数据不一致会引发查验，也可能导致银行拒收信用证单据。提交PEB前请核对一致。",
                "書類間でデータが違うと検査の原因になり、銀行が信用状の書類を拒むこともあります。"
                "PEB提出前に数字を揃えましょう。",
                "اختلاف البيانات بين المستندات يستدعي الفحص وقد يجعل المصرف يرفض مستندات الاعتماد. "
                "وحّد الأرقام قبل تقديم البيان.",
                "Des données qui diffèrent d'un document à l'autre déclenchent des contrôles et "
                "peuvent faire refuser les documents du crédit documentaire. Alignez les chiffres "
                "avant de déposer la PEB.",
            ),
        ),
        q(
            t(
                "Apa manfaat SKA preferensi bagi pembeli?",
                "What does a preferential SKA give the buyer?",
                "优惠原产地证书对买方有什么好处？",
                "特恵用SKAは買主に何をもたらしますか。",
                "ما الذي تمنحه شهادة المنشأ التفضيلية للمشتري؟",
                "Qu'apporte un SKA préférentiel à l'acheteur ?",
            ),
            t(
                "Bea masuk lebih rendah bila ketentuan asal barang terpenuhi",
                "A lower import duty if the rules of origin are met",
                "若符合原产地规则，可享受较低的进口关税",
                "原産地規則を満たせば関税が下がる",
                "رسوم استيراد أقل إذا استُوفيت قواعد المنشأ",
                "Un droit d'importation réduit si les règles d'origine sont respectées",
            ),
            [
                t(
                    "Pembebasan pemeriksaan karantina",
                    "Exemption from quarantine checks",
                    "免于检疫检查",
                    "検疫検査の免除",
                    "الإعفاء من فحص الحجر",
                    "Une dispense de contrôle de quarantaine",
                ),
                t(
                    "Jaminan pembayaran dari bank",
                    "A payment guarantee from a bank",
                    "银行的付款担保",
                    "銀行の支払保証",
                    "ضمان دفع من مصرف",
                    "Une garantie de paiement bancaire",
                ),
            ],
            t(
                "SKA membuktikan asal barang untuk tarif preferensi. SKA tidak menggantikan "
                "sertifikat karantina dan tidak menjamin pembayaran.",
                "The SKA proves origin for the preferential tariff. It does not replace a "
                "quarantine certificate and does not guarantee payment.",
                "原产地证书用于证明原产地以享受优惠税率，不能代替检疫证书，也不担保付款。",
                "SKAは特恵税率のために原産地を証明するもので、検疫証明書の代わりにも支払保証にもなりません。",
                "تثبت الشهادة المنشأ لأجل التعريفة التفضيلية، ولا تحل محل شهادة الحجر ولا تضمن الدفع.",
                "Le SKA prouve l'origine pour le tarif préférentiel. Il ne remplace pas un "
                "certificat de quarantaine et ne garantit pas le paiement.",
            ),
        ),
    ],
}
