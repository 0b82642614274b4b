"""Payment terms (advance, T/T, collections, L/C) and export financing (LPEI, banks)."""

from siapekspor.training.content.learning.text import q, t

MODULE = {
    "code": "pembayaran-pembiayaan",
    "level": "mahir",
    "dimension": "finance",
    "credit": 5,
    "title": t(
        "Pembayaran dan pembiayaan ekspor",
        "Export payment and financing",
        "出口收款与融资",
        "輸出の決済と資金調達",
        "الدفع والتمويل في التصدير",
        "Paiement et financement à l'export",
    ),
    "summary": t(
        "Cara dibayar dengan aman (uang muka, T/T, inkaso, L/C) dan dari mana modal kerja "
        "ekspor datang (LPEI, bank).",
        "How to get paid safely (advance, T/T, collections, L/C) and where export working "
        "capital comes from (LPEI, banks).",
        "如何安全收款（预付款、电汇、托收、信用证），以及出口营运资金从哪里来（LPEI、银行）。",
        "安全な代金回収（前払い、送金、取立、信用状）と輸出の運転資金の出どころ（LPEI、銀行）。",
        "كيف تحصل على مالك بأمان (دفعة مقدّمة، تحويل، تحصيل مستندي، اعتماد مستندي) ومن أين يأتي "
        "رأس المال العامل للتصدير (LPEI، المصارف).",
        "Se faire payer sans risque (avance, virement, encaissement, crédit documentaire) et "
        "trouver le fonds de roulement export (LPEI, banques).",
    ),
    "screens": [
        {
            "title": t(
                "Tangga risiko cara pembayaran",
                "The risk ladder of payment methods",
                "付款方式的风险阶梯",
                "決済方法のリスクの階段",
                "سلّم مخاطر طرق الدفع",
                "L'échelle des risques des modes de paiement",
            ),
            "body": t(
                "Dari yang paling aman bagi eksportir sampai yang paling berisiko:\n\n"
                "1. Pembayaran di muka (T/T sebelum produksi atau sebelum kirim).\n"
                "2. Letter of credit (L/C): bank pembeli berjanji membayar bila dokumen sesuai.\n"
                "3. Inkaso dokumenter: D/P (dokumen diserahkan setelah pembeli membayar) lebih aman "
                "daripada D/A (dokumen diserahkan setelah pembeli menerima wesel untuk dibayar "
                "kemudian).\n"
                "4. Open account: barang dan dokumen dikirim, pembeli membayar kemudian.\n\n"
                "Bagi pembeli urutannya terbalik. Dengan pembeli baru, mintalah cara yang aman; "
                "setelah beberapa pengiriman lancar, Anda bisa menawarkan cara yang lebih ringan "
                "sebagai keunggulan bersaing.",
                "From safest for the exporter to riskiest:\n\n"
                "1. Payment in advance (T/T before production or before shipment).\n"
                "2. Letter of credit (L/C): the buyer's bank promises to pay if the documents "
                "comply.\n"
                "3. Documentary collection: D/P (documents released once the buyer pays) is safer "
                "than D/A (documents released once the buyer accepts a bill of exchange to pay "
                "later).\n"
                "4. Open account: goods and documents are sent, the buyer pays later.\n\n"
                "For the buyer the order is reversed. With a new buyer, ask for a safe method; "
                "after a few smooth shipments you can offer easier terms as a competitive edge.",
                "按对出口商从最安全到风险最高排列：\n\n"
                "1. 预付款（生产前或发货前电汇）。\n"
                "2. 信用证（L/C）：单据相符时，买方银行承诺付款。\n"
                "3. 跟单托收：付款交单（D/P，买方付款后才交单）比承兑交单（D/A，买方承兑汇票、日后付款即交单）"
                "更安全。\n"
                "4. 赊销（O/A）：货物和单据先发出，买方以后付款。\n\n"
                "对买方来说顺序正好相反。面对新买家，要求安全的方式；几批货顺利之后，可以把更宽松的条件"
                "作为竞争优势提供给对方。",
                "輸出者にとって最も安全なものから最も危険なものへ：\n\n"
                "1. 前払い（生産前または出荷前の送金）。\n"
                "2. 信用状（L/C）：書類が条件どおりなら買主の銀行が支払を約束する。\n"
                "3. 荷為替手形による取立：D/P（買主が支払ってから書類を渡す）はD/A（買主が後日払いの手形を"
                "引き受けたら書類を渡す）より安全。\n"
                "4. オープンアカウント：貨物と書類を送り、買主が後で支払う。\n\n"
                "買主にとっては順序が逆です。新しいバイヤーには安全な方法を求め、何度か問題なく出荷できたら、"
                "より緩い条件を競争力として提示できます。",
                "من الأكثر أمانًا للمصدّر إلى الأكثر خطورة:\n\n"
                "1. الدفع المقدّم (تحويل قبل الإنتاج أو قبل الشحن).\n"
                "2. الاعتماد المستندي (L/C): يتعهد مصرف المشتري بالدفع إذا كانت المستندات مطابقة.\n"
                "3. التحصيل المستندي: D/P (تُسلَّم المستندات بعد دفع المشتري) أكثر أمانًا من D/A "
                "(تُسلَّم المستندات بعد قبول المشتري كمبيالة يدفعها لاحقًا).\n"
                "4. الحساب المفتوح: تُرسَل البضاعة والمستندات ويدفع المشتري لاحقًا.\n\n"
                "والترتيب معكوس عند المشتري. مع مشترٍ جديد اطلب طريقة آمنة؛ وبعد عدة شحنات سلسة يمكنك "
                "عرض شروط أيسر ميزةً تنافسية.",
                "Du plus sûr pour l'exportateur au plus risqué :\n\n"
                "1. Le paiement d'avance (virement avant la production ou l'expédition).\n"
                "2. Le crédit documentaire (L/C) : la banque de l'acheteur s'engage à payer si les "
                "documents sont conformes.\n"
                "3. L'encaissement documentaire : D/P (documents remis contre paiement) est plus "
                "sûr que D/A (documents remis contre acceptation d'une traite payable plus tard).\n"
                "4. Le compte ouvert : marchandise et documents partent, l'acheteur paie plus tard.\n\n"
                "Pour l'acheteur, l'ordre est inverse. Avec un nouvel acheteur, demandez un mode "
                "sûr ; après quelques envois sans accroc, des conditions plus souples deviennent "
                "un atout commercial.",
            ),
        },
        {
            "title": t(
                "Letter of credit dalam praktik",
                "The letter of credit in practice",
                "信用证实务",
                "信用状の実務",
                "الاعتماد المستندي عمليًا",
                "Le crédit documentaire en pratique",
            ),
            "body": t(
                "L/C umumnya tunduk pada UCP 600 dari ICC. Bank membayar atas dokumen, bukan atas "
                "barang: invoice, packing list, bill of lading, SKA, sertifikat lain harus persis "
                "sesuai syarat L/C.\n\n"
                "• Periksa draf L/C sebelum diterbitkan: tanggal kirim terakhir, tanggal kedaluwarsa, "
                "dokumen yang diminta, uraian barang, Incoterm. Minta perubahan bila ada syarat "
                "yang tidak bisa Anda penuhi.\n"
                "• Bila L/C tidak menyebutnya, dokumen harus diserahkan paling lambat 21 hari "
                "kalender setelah tanggal pengiriman, dan sebelum L/C kedaluwarsa.\n"
                "• L/C yang dikonfirmasi (confirmed) menambah janji bayar dari bank kedua, sering di "
                "Indonesia: berguna bila bank atau negara pembeli kurang dikenal.\n\n"
                "Ketidaksesuaian (discrepancy) kecil, seperti ejaan nama atau berat yang berbeda, "
                "memberi bank alasan menolak. Bank devisa Anda bisa membantu memeriksa dokumen.",
                "L/Cs are usually subject to the ICC's UCP 600. Banks pay against documents, not "
                "goods: the invoice, packing list, bill of lading, SKA and other certificates must "
                "match the L/C terms exactly.\n\n"
                "• Check the draft L/C before it is issued: latest shipment date, expiry date, "
                "documents required, description of goods, Incoterm. Ask for amendments if a term "
                "cannot be met.\n"
                "• If the L/C says nothing, documents must be presented no later than 21 calendar "
                "days after the shipment date, and before the L/C expires.\n"
                "• A confirmed L/C adds a second bank's promise to pay, often in Indonesia: useful "
                "when the buyer's bank or country is less known.\n\n"
                "Small discrepancies, such as a misspelt name or a different weight, give the bank "
                "grounds to refuse. Your foreign-exchange bank can help check the documents.",
                "信用证通常适用国际商会的《跟单信用证统一惯例》（UCP 600）。银行凭单付款，而不是凭货："
                "发票、装箱单、提单、原产地证书及其他证书必须与信用证条款完全相符。\n\n"
                "• 在开证前审核信用证草稿：最迟装运日、有效期、所需单据、货物描述、贸易术语。若有无法满足的"
                "条款，要求修改。\n"
                "• 若信用证未作规定，单据须在装运日后21个日历日内提交，且不得晚于信用证有效期。\n"
                "• 保兑信用证增加了第二家银行（常在印尼）的付款承诺：当买方银行或国家不太为人所知时很有用。\n\n"
                "细小的不符点，比如名称拼写或重量不一致，都会让银行有理由拒付。您的外汇银行可以帮忙审单。",
                "信用状は通常、ICCの信用状統一規則（UCP 600）に準拠します。銀行は貨物ではなく書類に対して"
                "支払います。インボイス、パッキングリスト、船荷証券、SKAなどの証明書は、信用状の条件と完全に"
                "一致しなければなりません。\n\n"
                "• 発行前に信用状の案を確認：船積期限、有効期限、要求書類、品名、インコタームズ。満たせない"
                "条件があれば条件変更を求めます。\n"
                "• 信用状に定めがなければ、書類は船積日から21暦日以内、かつ有効期限内に呈示しなければなり"
                "ません。\n"
                "• 確認信用状は、多くはインドネシアの第二の銀行による支払確約を加えるもので、買主の銀行や国が"
                "よく知られていないときに役立ちます。\n\n"
                "名前の綴りや重量の違いといった小さなディスクレ（不一致）でも、銀行は支払を拒めます。"
                "取引銀行の外為担当が書類の点検を手伝ってくれます。",
                "يخضع الاعتماد المستندي عادةً للأصول والأعراف الموحدة UCP 600 الصادرة عن غرفة التجارة "
                "الدولية. والمصارف تدفع مقابل المستندات لا البضاعة: يجب أن تطابق الفاتورة وقائمة "
                "التعبئة وبوليصة الشحن وشهادة المنشأ وسائر الشهادات شروط الاعتماد تمامًا.\n\n"
                "• راجع مسودة الاعتماد قبل إصداره: آخر موعد للشحن، وتاريخ الانتهاء، والمستندات "
                "المطلوبة، ووصف البضاعة، وقاعدة إنكوتيرمز. واطلب تعديلًا إن وُجد شرط لا يمكنك الوفاء به.\n"
                "• إذا سكت الاعتماد، يجب تقديم المستندات خلال 21 يومًا تقويميًا على الأكثر من تاريخ "
                "الشحن، وقبل انتهاء الاعتماد.\n"
                "• الاعتماد المعزَّز يضيف تعهد مصرف ثانٍ بالدفع، وغالبًا في إندونيسيا: مفيد حين يكون "
                "مصرف المشتري أو بلده أقل شهرة.\n\n"
                "الاختلافات الصغيرة، كخطأ في تهجئة اسم أو وزن مختلف، تمنح المصرف سببًا للرفض. ويمكن "
                "لمصرفك المتعامل بالعملات الأجنبية مساعدتك في تدقيق المستندات.",
                "Le crédit documentaire relève en général des RUU 600 (UCP 600) de l'ICC. La banque "
                "paie sur documents, pas sur marchandise : facture, liste de colisage, "
                "connaissement, SKA et autres certificats doivent correspondre exactement aux "
                "termes du crédit.\n\n"
                "• Vérifiez le projet avant émission : date limite d'expédition, date de validité, "
                "documents exigés, désignation, Incoterm. Demandez un amendement si une condition "
                "est impossible à remplir.\n"
                "• Si le crédit est muet, les documents doivent être présentés au plus tard 21 "
                "jours calendaires après la date d'expédition, et avant l'échéance du crédit.\n"
                "• Un crédit confirmé ajoute l'engagement de payer d'une seconde banque, souvent en "
                "Indonésie : utile quand la banque ou le pays de l'acheteur sont peu connus.\n\n"
                "De petites irrégularités, comme un nom mal orthographié ou un poids différent, "
                "permettent à la banque de refuser. Votre banque agréée en devises peut vous aider "
                "à vérifier les documents.",
            ),
        },
        {
            "title": t(
                "T/T bertahap dan inkaso",
                "Split T/T and collections",
                "分期电汇与托收",
                "分割送金と取立",
                "التحويل على دفعات والتحصيل المستندي",
                "Virement en plusieurs fois et encaissement",
            ),
            "body": t(
                "Cara yang sering dipakai IKM: T/T (transfer bank) bertahap, misalnya 30 % di muka "
                "untuk membeli bahan, 70 % setelah barang dikirim dengan salinan bill of lading. "
                "Selama bill of lading asli belum diserahkan, pembeli belum bisa mengambil barang; "
                "kirim aslinya setelah sisa pembayaran masuk.\n\n"
                "Pada inkaso dokumenter, bank Anda mengirim dokumen ke bank pembeli. Pada D/P, "
                "bank pembeli baru menyerahkan dokumen setelah pembeli membayar; pada D/A, setelah "
                "pembeli menandatangani wesel yang jatuh tempo kemudian. Inkaso lebih murah dari "
                "L/C, tetapi bank tidak menjamin pembayaran.\n\n"
                "Apa pun caranya, tuliskan di kontrak: persentase, jatuh tempo, mata uang, bank "
                "penerima, dan siapa menanggung biaya bank.",
                "A method IKM often use: a split T/T (bank transfer), for example 30 % in advance "
                "to buy materials and 70 % after shipment against a copy of the bill of lading. As "
                "long as the original bill of lading has not been handed over, the buyer cannot "
                "take the goods; send the original once the balance has arrived.\n\n"
                "In a documentary collection your bank sends the documents to the buyer's bank. "
                "Under D/P the buyer's bank releases them only after the buyer pays; under D/A, "
                "after the buyer signs a bill of exchange due later. Collections cost less than an "
                "L/C, but no bank guarantees payment.\n\n"
                "Whatever the method, write it in the contract: percentages, due dates, currency, "
                "receiving bank and who bears the bank charges.",
                "中小企业常用的方式是分期电汇（T/T），例如预付30%用于采购原料，发货后凭提单副本再付70%。"
                "只要正本提单尚未交出，买方就提不了货；余款到账后再寄正本。\n\n"
                "跟单托收中，您的银行把单据寄给买方银行。付款交单（D/P）下，买方付款后银行才放单；承兑交单"
                "（D/A）下，买方签署日后到期的汇票即可取单。托收比信用证便宜，但没有银行担保付款。\n\n"
                "无论哪种方式，都要写进合同：比例、到期日、币种、收款银行以及银行费用由谁承担。",
                "中小工業がよく使うのは分割のT/T（銀行送金）です。例えば原材料の購入に30%を前払い、出荷後に"
                "船荷証券の写しと引き換えに70%。船荷証券の原本を渡さない限り、買主は貨物を引き取れません。"
                "残金が入金されてから原本を送りましょう。\n\n"
                "荷為替の取立では、あなたの銀行が書類を買主の銀行に送ります。D/Pでは買主が支払って初めて"
                "書類が渡され、D/Aでは後日満期の手形に買主が署名すれば渡されます。取立は信用状より安い一方、"
                "銀行は支払を保証しません。\n\n"
                "どの方法でも、割合、期日、通貨、受取銀行、銀行手数料の負担者を契約に書きましょう。",
                "طريقة تستعملها المنشآت الصغيرة كثيرًا: التحويل المصرفي (T/T) على دفعات، مثل 30 % "
                "مقدّمًا لشراء المواد و70 % بعد الشحن مقابل نسخة من بوليصة الشحن. وما دامت البوليصة "
                "الأصلية لم تُسلَّم فلا يستطيع المشتري استلام البضاعة؛ أرسل الأصل بعد وصول الباقي.\n\n"
                "في التحصيل المستندي يرسل مصرفك المستندات إلى مصرف المشتري. في D/P لا يسلّمها مصرف "
                "المشتري إلا بعد الدفع؛ وفي D/A بعد توقيع المشتري كمبيالة تستحق لاحقًا. والتحصيل أرخص "
                "من الاعتماد، لكن لا مصرف يضمن الدفع.\n\n"
                "أيًّا كانت الطريقة، اكتب في العقد: النسب، ومواعيد الاستحقاق، والعملة، والمصرف "
                "المستفيد، ومن يتحمّل الرسوم المصرفية.",
                "Une méthode courante chez les PMI : le virement (T/T) fractionné, par exemple 30 % "
                "d'avance pour acheter les matières et 70 % après l'expédition contre copie du "
                "connaissement. Tant que l'original du connaissement n'est pas remis, l'acheteur "
                "ne peut pas retirer la marchandise ; envoyez l'original une fois le solde reçu.\n\n"
                "Dans un encaissement documentaire, votre banque envoie les documents à celle de "
                "l'acheteur. En D/P, elle ne les remet qu'après paiement ; en D/A, après signature "
                "d'une traite à échéance. L'encaissement coûte moins qu'un crédit documentaire, "
                "mais aucune banque ne garantit le paiement.\n\n"
                "Quel que soit le mode, écrivez dans le contrat : pourcentages, échéances, devise, "
                "banque bénéficiaire et qui supporte les frais bancaires.",
            ),
        },
        {
            "title": t(
                "Pembiayaan: LPEI, bank dan OJK",
                "Financing: LPEI, banks and the OJK",
                "融资：LPEI、银行与OJK",
                "資金調達：LPEI、銀行、OJK",
                "التمويل: LPEI والمصارف وOJK",
                "Financement : LPEI, banques et OJK",
            ),
            "body": t(
                "Ekspor membutuhkan modal kerja: bahan dibeli dan karyawan dibayar berminggu-minggu "
                "sebelum uang pembeli masuk.\n\n"
                "• LPEI (Lembaga Pembiayaan Ekspor Indonesia / Indonesia Eximbank) memberikan "
                "pembiayaan, penjaminan, asuransi ekspor (perlindungan bila pembeli tidak membayar) "
                "dan jasa konsultasi, termasuk pendampingan calon eksportir perdana dan program Desa Devisa.\n"
                "• Bank: kredit modal kerja, Kredit Usaha Rakyat (KUR) untuk UMKM, pembiayaan atas "
                "dasar L/C atau tagihan ekspor.\n"
                "• OJK mengawasi lembaga jasa keuangan. Pinjam hanya dari lembaga yang berizin atau "
                "terdaftar di OJK; hindari pinjaman daring ilegal.\n\n"
                "Pemberi pembiayaan ingin melihat: pembukuan usaha yang terpisah dari keuangan "
                "rumah tangga, pesanan atau kontrak, riwayat pengiriman. Catatan pengiriman di "
                "SiapEkspor membantu menunjukkan riwayat itu. Untuk sebagian barang hasil sumber "
                "daya alam berlaku kewajiban devisa hasil ekspor (DHE); tanyakan ke bank Anda.",
                "Exporting needs working capital: materials are bought and staff paid weeks before "
                "the buyer's money arrives.\n\n"
                "• LPEI (Indonesia Eximbank) provides financing, guarantees, export insurance "
                "(cover if the buyer does not pay) and advisory services, including coaching for "
                "first-time exporters and the Desa Devisa (export village) programme.\n"
                "• Banks: working-capital loans, the People's Business Credit (KUR) for MSMEs, "
                "financing against an L/C or export receivables.\n"
                "• The OJK supervises financial services. Borrow only from institutions licensed "
                "or registered with the OJK; avoid illegal online lenders.\n\n"
                "Lenders want to see: business books kept separate from the household's, orders or "
                "contracts, a shipment history. SiapEkspor's shipment records help show that "
                "history. For some natural-resource goods an obligation on export proceeds (DHE) "
                "applies; ask your bank.",
                "出口需要营运资金：原料要先买、员工要先发工资，要好几周后买家的钱才到账。\n\n"
                "• 印尼进出口银行（LPEI）提供融资、担保、出口保险（买方不付款时的保障）和咨询服务，包括首次出口企业"
                "辅导项目和“出口创汇村”（Desa Devisa）项目。\n"
                "• 银行：营运资金贷款、面向中小微企业的人民商业信贷（KUR）、以信用证或出口应收款为基础的融资。\n"
                "• 金融服务管理局（OJK）监管金融服务机构。只向经OJK许可或登记的机构借款；远离非法网贷。\n\n"
                "资金方希望看到：与家庭账目分开的企业账簿、订单或合同、出货记录。SiapEkspor中的出货记录有助于"
                "证明这段历史。部分自然资源类商品有出口外汇收入（DHE）方面的义务；请咨询您的银行。",
                "輸出には運転資金が要ります。原材料の購入や従業員への支払は、バイヤーの代金が入る何週間も"
                "前に発生します。\n\n"
                "• LPEI（インドネシア輸出入銀行）は、融資、保証、輸出保険（買主が支払わない場合の補償）、"
                "助言サービスを提供し、初輸出事業者の育成プログラムや輸出村（Desa Devisa）プログラムも行います。\n"
                "• 銀行：運転資金融資、中小零細企業向けの庶民事業融資（KUR）、信用状や輸出債権を担保にした融資。\n"
                "• OJK（金融庁）が金融機関を監督しています。OJKの許可または登録を受けた機関からだけ借り、"
                "違法なオンライン融資は避けましょう。\n\n"
                "貸し手が見たいのは、家計と分けた事業の帳簿、注文や契約、出荷の実績です。SiapEksporの出荷"
                "記録がその実績を示す助けになります。一部の天然資源由来の物品には輸出代金（DHE）に関する義務が"
                "あります。取引銀行に確認しましょう。",
                "يحتاج التصدير إلى رأس مال عامل: تُشترى المواد وتُدفع الأجور قبل وصول مال المشتري "
                "بأسابيع.\n\n"
                "• تقدّم LPEI (بنك التصدير والاستيراد الإندونيسي) التمويل والضمانات وتأمين الصادرات "
                "(تعويض إذا لم يدفع المشتري) والخدمات الاستشارية، ومنها برنامج مرافقة المصدِّرين لأول مرة "
                "وبرنامج قرى التصدير (Desa Devisa).\n"
                "• المصارف: قروض رأس المال العامل، وائتمان الأعمال الشعبية (KUR) للمنشآت الصغرى "
                "والصغيرة والمتوسطة، والتمويل بضمان اعتماد مستندي أو مستحقات تصدير.\n"
                "• تشرف هيئة الخدمات المالية (OJK) على المؤسسات المالية. لا تقترض إلا من مؤسسة مرخّصة "
                "أو مسجّلة لديها، وتجنّب الإقراض الإلكتروني غير القانوني.\n\n"
                "يريد المموّلون أن يروا: دفاتر المنشأة منفصلة عن حسابات الأسرة، وطلبيات أو عقودًا، "
                "وسجلّ شحنات. وتساعد سجلات الشحن في SiapEkspor على إظهار هذا السجل. وتسري على بعض سلع "
                "الموارد الطبيعية التزامات بشأن حصيلة الصادرات بالعملة الأجنبية (DHE)؛ اسأل مصرفك.",
                "Exporter demande un fonds de roulement : les matières sont achetées et le "
                "personnel payé des semaines avant l'arrivée de l'argent de l'acheteur.\n\n"
                "• LPEI (Indonesia Eximbank) offre financements, garanties, assurance-crédit export "
                "(si l'acheteur ne paie pas) et conseil, dont l'accompagnement des "
                "primo-exportateurs et le programme des villages exportateurs (Desa Devisa).\n"
                "• Les banques : crédits de trésorerie, le crédit populaire KUR pour les MPME, "
                "financements adossés à un crédit documentaire ou à des créances export.\n"
                "• L'OJK supervise les services financiers. N'empruntez qu'auprès d'établissements "
                "agréés ou enregistrés par l'OJK ; fuyez les prêteurs en ligne illégaux.\n\n"
                "Les prêteurs veulent voir : une comptabilité séparée de celle du ménage, des "
                "commandes ou contrats, un historique d'envois. Les envois enregistrés dans "
                "SiapEkspor aident à le montrer. Pour certains produits issus des ressources "
                "naturelles, une obligation sur les recettes d'exportation (DHE) s'applique ; "
                "interrogez votre banque.",
            ),
        },
        {
            "example": True,
            "title": t(
                "Contoh: lada hitam ke India, 30/70",
                "Example: black pepper to India, 30/70",
                "示例：黑胡椒出口印度，30/70",
                "例：黒こしょうをインドへ、30/70",
                "مثال: الفلفل الأسود إلى الهند، 30/70",
                "Exemple : poivre noir vers l'Inde, 30/70",
            ),
            "body": t(
                "Kelompok lada di Lampung Timur menerima pesanan 8 ton lada hitam senilai USD "
                "40.000 FOB Panjang dari importir di Chennai. Angka ini contoh.\n\n"
                "• Syarat bayar yang disepakati: 30 % T/T di muka (USD 12.000), 70 % (USD 28.000) "
                "dalam 7 hari setelah salinan bill of lading dikirim; bill of lading asli dikirim "
                "setelah pelunasan.\n"
                "• Kebutuhan kas: lada harus dibeli dari petani dan disortir sekitar 45 hari "
                "sebelum kirim, lalu sisa pembayaran datang sekitar 2 minggu setelah kapal "
                "berangkat. Uang muka menutup 30 %; sisanya dibiayai pinjaman modal kerja dari "
                "bank atau LPEI atas dasar kontrak ini.\n"
                "• Perlindungan: karena pembeli baru, kelompok menimbang asuransi ekspor, atau "
                "meminta L/C untuk pesanan berikutnya yang lebih besar.\n\n"
                "Setelah tiga pengiriman lancar, kelompok menawarkan 20/80 sebagai keunggulan "
                "dibanding pesaing, tetap dengan bill of lading asli sebagai pegangan.",
                "A pepper group in East Lampung receives an order for 8 t of black pepper worth "
                "USD 40,000 FOB Panjang from an importer in Chennai. The figures are an example.\n\n"
                "• Agreed payment terms: 30 % T/T in advance (USD 12,000), 70 % (USD 28,000) within "
                "7 days after the copy of the bill of lading is sent; the original bill of lading "
                "is sent after full payment.\n"
                "• Cash needs: the pepper must be bought from farmers and sorted about 45 days "
                "before shipment, and the balance arrives about 2 weeks after the vessel sails. The "
                "advance covers 30 %; the rest is financed by a working-capital loan from a bank or "
                "LPEI on the strength of this contract.\n"
                "• Protection: because the buyer is new, the group considers export insurance, or "
                "asks for an L/C for the next, larger order.\n\n"
                "After three smooth shipments the group offers 20/80 as an edge over competitors, "
                "still holding the original bill of lading as security.",
                "东楠榜的胡椒团体收到金奈一位进口商的订单：8吨黑胡椒，价值40,000美元，FOB 潘姜港。数字为示例。\n\n"
                "• 约定的付款条件：预付30%电汇（12,000美元），发出提单副本后7天内付70%（28,000美元）；结清后"
                "再寄正本提单。\n"
                "• 资金需求：胡椒须在装运前约45天向农户收购并分拣，余款在船开航后约2周到账。预付款覆盖30%；"
                "其余部分凭这份合同向银行或LPEI申请营运资金贷款解决。\n"
                "• 风险保障：由于是新买家，团体考虑投保出口信用保险，或在下一笔更大的订单中要求开立信用证。\n\n"
                "三批货顺利完成后，团体以20/80的条件作为优于竞争对手的优势，但仍以正本提单作为保障。",
                "東ランプンのこしょうグループが、チェンナイの輸入業者から黒こしょう8トン、40,000米ドル"
                "（FOB パンジャン港）の注文を受けました。数字は例です。\n\n"
                "• 合意した支払条件：30%を前払い送金（12,000米ドル）、船荷証券の写しを送ってから7日以内に"
                "70%（28,000米ドル）。船荷証券の原本は完済後に送付。\n"
                "• 資金需要：こしょうは船積みの約45日前に農家から買い付けて選別する必要があり、残金は出港の"
                "約2週間後に入ります。前払いで30%を賄い、残りはこの契約を根拠に銀行かLPEIの運転資金融資で"
                "賄います。\n"
                "• 保全：新規の買主なので、輸出保険を検討するか、次のより大きな注文では信用状を求めます。\n\n"
                "3回の出荷が順調に済んだ後、グループは競合に対する強みとして20/80を提示しますが、船荷証券の"
                "原本は引き続き担保として押さえます。",
                "تتلقى مجموعة للفلفل في شرق لامبونغ طلبية 8 أطنان من الفلفل الأسود بقيمة 40,000 "
                "دولار FOB بانجانغ من مستورد في تشيناي. الأرقام مثال.\n\n"
                "• شروط الدفع المتفق عليها: 30 % تحويلًا مقدّمًا (12,000 دولار)، و70 % (28,000 "
                "دولار) خلال 7 أيام من إرسال نسخة بوليصة الشحن؛ وتُرسل البوليصة الأصلية بعد السداد الكامل.\n"
                "• الحاجة إلى السيولة: يجب شراء الفلفل من المزارعين وفرزه قبل الشحن بنحو 45 يومًا، "
                "ويصل الباقي بعد إبحار السفينة بنحو أسبوعين. تغطي الدفعة المقدّمة 30 %، ويموَّل الباقي "
                "بقرض رأس مال عامل من مصرف أو من LPEI استنادًا إلى هذا العقد.\n"
                "• الحماية: لأن المشتري جديد، تدرس المجموعة تأمين الصادرات، أو تطلب اعتمادًا مستنديًا "
                "للطلبية التالية الأكبر.\n\n"
                "بعد ثلاث شحنات سلسة تعرض المجموعة 20/80 ميزةً على المنافسين، مع الاحتفاظ بالبوليصة "
                "الأصلية ضمانًا.",
                "Un groupement de poivre de Lampung Est reçoit d'un importateur de Chennai une "
                "commande de 8 t de poivre noir pour 40 000 USD FOB Panjang. Les chiffres sont un "
                "exemple.\n\n"
                "• Conditions convenues : 30 % par virement d'avance (12 000 USD), 70 % (28 000 "
                "USD) dans les 7 jours suivant l'envoi de la copie du connaissement ; l'original "
                "part après paiement complet.\n"
                "• Besoin de trésorerie : le poivre doit être acheté aux paysans et trié environ 45 "
                "jours avant l'expédition, et le solde arrive environ 2 semaines après le départ "
                "du navire. L'avance couvre 30 % ; le reste est financé par un crédit de "
                "trésorerie d'une banque ou de LPEI sur la base de ce contrat.\n"
                "• Protection : l'acheteur étant nouveau, le groupement envisage une "
                "assurance-crédit export ou demande un crédit documentaire pour la prochaine "
                "commande, plus grosse.\n\n"
                "Après trois envois sans accroc, le groupement propose 20/80 pour se démarquer, "
                "en gardant l'original du connaissement comme garantie.",
            ),
        },
    ],
    "quiz": [
        q(
            t(
                "Cara pembayaran mana yang paling aman bagi eksportir?",
                "Which payment method is safest for the exporter?",
                "哪种付款方式对出口商最安全？",
                "輸出者にとって最も安全な決済方法はどれですか。",
                "أي طريقة دفع هي الأكثر أمانًا للمصدّر؟",
                "Quel mode de paiement est le plus sûr pour l'exportateur ?",
            ),
            t(
                "Pembayaran di muka",
                "Payment in advance",
                "预付款",
                "前払い",
                "الدفع المقدّم",
                "Le paiement d'avance",
            ),
            [
                t(
                    "Open account",
                    "Open account",
                    "赊销",
                    "オープンアカウント",
                    "الحساب المفتوح",
                    "Le compte ouvert",
                ),
                t(
                    "D/A (dokumen atas akseptasi)",
                    "D/A (documents against acceptance)",
                    "承兑交单（D/A）",
                    "D/A（引受渡し）",
                    "D/A (المستندات مقابل القبول)",
                    "D/A (documents contre acceptation)",
                ),
            ],
            t(
                "Dengan uang di tangan sebelum kirim, tidak ada risiko gagal bayar. Open account "
                "dan D/A membuat eksportir menunggu setelah barang lepas.",
                "With the money in hand before shipping, there is no risk of non-payment. Open "
                "account and D/A leave the exporter waiting after the goods have gone.",
                "发货前钱已到手，就没有收不到款的风险。赊销和承兑交单则让出口商在货物发出后还要等待。",
                "出荷前に代金を受け取れば、未払いのリスクはありません。オープンアカウントとD/Aでは、貨物を"
                "手放した後も待つことになります。",
                "حين يكون المال في يدك قبل الشحن لا خطر لعدم الدفع. أما الحساب المفتوح وD/A فيتركان المصدّر "
                "ينتظر بعد خروج البضاعة.",
                "Avec l'argent en main avant l'expédition, aucun risque d'impayé. Le compte ouvert "
                "et le D/A font attendre l'exportateur après le départ de la marchandise.",
            ),
        ),
        q(
            t(
                "Aturan internasional yang umumnya dipakai untuk L/C adalah…",
                "The international rules usually applied to L/Cs are…",
                "信用证通常适用的国际规则是……",
                "信用状に通常適用される国際規則は…",
                "القواعد الدولية المطبقة عادةً على الاعتمادات المستندية هي…",
                "Les règles internationales appliquées d'ordinaire au crédit documentaire sont…",
            ),
            t("UCP 600", "UCP 600", "UCP 600", "UCP 600", "UCP 600", "UCP 600 (RUU 600)"),
            [
                t(
                    "Incoterms 2020",
                    "Incoterms 2020",
                    "Incoterms 2020",
                    "インコタームズ2020",
                    "إنكوتيرمز 2020",
                    "Incoterms 2020",
                ),
                t("ISPM 15", "ISPM 15", "ISPM 15", "ISPM 15", "ISPM 15", "NIMP 15"),
            ],
            t(
                "UCP 600 dari ICC mengatur L/C. Incoterms mengatur penyerahan barang; ISPM 15 "
                "mengatur kemasan kayu.",
                "The ICC's UCP 600 governs L/Cs. Incoterms govern delivery; ISPM 15 governs wood "
                "packaging.",
                "国际商会的UCP 600规范信用证。Incoterms规范交货；ISPM 15规范木质包装。",
                "ICCのUCP 600が信用状を規律します。インコタームズは引渡し、ISPM 15は木材こん包の規則です。",
                "تحكم UCP 600 الصادرة عن غرفة التجارة الدولية الاعتمادات. وتحكم إنكوتيرمز التسليم، وISPM 15 التعبئة الخشبية.",
                "Les RUU 600 de l'ICC régissent le crédit documentaire. Les Incoterms régissent la "
                "livraison ; la NIMP 15 les emballages en bois.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Apa arti L/C yang dikonfirmasi (confirmed)?",
                "What does a confirmed L/C mean?",
                "保兑信用证是什么意思？",
                "確認信用状とは何ですか。",
                "ما معنى الاعتماد المستندي المعزَّز؟",
                "Que signifie un crédit documentaire confirmé ?",
            ),
            t(
                "Bank kedua, sering di Indonesia, ikut berjanji membayar",
                "A second bank, often in Indonesia, also promises to pay",
                "第二家银行（常在印尼）也承诺付款",
                "第二の銀行（多くはインドネシア）も支払を約束する",
                "مصرف ثانٍ، غالبًا في إندونيسيا، يتعهد أيضًا بالدفع",
                "Une seconde banque, souvent en Indonésie, s'engage aussi à payer",
            ),
            [
                t(
                    "Pembeli sudah menerima barang",
                    "The buyer has received the goods",
                    "买方已经收到货物",
                    "買主が貨物を受け取った",
                    "استلم المشتري البضاعة",
                    "L'acheteur a reçu la marchandise",
                ),
                t(
                    "Dokumen tidak perlu diperiksa lagi",
                    "Documents need no more checking",
                    "单据无需再审核",
                    "書類の点検が不要になる",
                    "لا حاجة لتدقيق المستندات بعد ذلك",
                    "Les documents n'ont plus à être vérifiés",
                ),
            ],
            t(
                "Konfirmasi menambah janji bayar bank kedua, berguna bila bank penerbit atau "
                "negaranya berisiko. Dokumen tetap harus sesuai.",
                "Confirmation adds a second bank's promise, useful when the issuing bank or its "
                "country is risky. Documents must still comply.",
                "保兑增加了第二家银行的付款承诺，在开证行或其国家有风险时很有用。单据仍须相符。",
                "確認は第二の銀行の支払確約を加えるもので、発行銀行やその国にリスクがあるとき役立ちます。"
                "書類は引き続き一致が必要です。",
                "يضيف التعزيز تعهد مصرف ثانٍ، وهو مفيد حين يكون المصرف المُصدر أو بلده محفوفًا بالمخاطر. "
                "ويجب أن تبقى المستندات مطابقة.",
                "La confirmation ajoute l'engagement d'une seconde banque, utile si la banque "
                "émettrice ou son pays sont risqués. Les documents doivent toujours être conformes.",
            ),
        ),
        q(
            t(
                "Bank menolak membayar L/C karena nama pembeli di invoice salah eja. Ini disebut…",
                "The bank refuses to pay an L/C because the buyer's name is misspelt on the "
                "invoice. This is called…",
                "因发票上买方名称拼错，银行拒付信用证。这叫做……",
                "インボイスの買主名の綴り誤りで銀行が信用状の支払を拒みました。これを何と言いますか。",
                "يرفض المصرف الدفع لأن اسم المشتري مكتوب خطأً في الفاتورة. يسمى هذا…",
                "La banque refuse de payer un crédit documentaire parce que le nom de l'acheteur "
                "est mal orthographié sur la facture. On parle de…",
            ),
            t(
                "Ketidaksesuaian dokumen (discrepancy)",
                "A discrepancy",
                "不符点",
                "ディスクレパンシー（不一致）",
                "اختلاف في المستندات",
                "Une irrégularité (réserve)",
            ),
            [
                t(
                    "Force majeure",
                    "Force majeure",
                    "不可抗力",
                    "不可抗力",
                    "القوة القاهرة",
                    "Un cas de force majeure",
                ),
                t(
                    "Bea keluar",
                    "Export duty",
                    "出口税",
                    "輸出税",
                    "رسم التصدير",
                    "Un droit à l'export",
                ),
            ],
            t(
                "Bank membayar atas dokumen yang sesuai persis. Kesalahan kecil pun memberi alasan "
                "menolak; periksa dokumen sebelum diserahkan.",
                "Banks pay against documents that match exactly. Even a small error gives grounds "
                "to refuse; check documents before presenting them.",
                "银行只凭完全相符的单据付款。哪怕小错误也会成为拒付理由；交单前请仔细审核。",
                "銀行は完全に一致する書類に対して支払います。小さな誤りでも拒絶の理由になるので、呈示前に点検を。",
                "تدفع المصارف مقابل مستندات مطابقة تمامًا. وحتى الخطأ الصغير يبرر الرفض؛ فدقّق المستندات قبل تقديمها.",
                "Les banques paient sur documents strictement conformes. Même une petite erreur "
                "permet de refuser ; vérifiez avant de présenter.",
            ),
        ),
        q(
            t(
                "Pada inkaso D/P, kapan pembeli menerima dokumen?",
                "Under a D/P collection, when does the buyer receive the documents?",
                "在付款交单（D/P）托收下，买方何时拿到单据？",
                "D/Pの取立では、買主はいつ書類を受け取りますか。",
                "في التحصيل D/P متى يتسلم المشتري المستندات؟",
                "En encaissement D/P, quand l'acheteur reçoit-il les documents ?",
            ),
            t(
                "Setelah membayar",
                "After paying",
                "付款之后",
                "支払った後",
                "بعد الدفع",
                "Après avoir payé",
            ),
            [
                t(
                    "Sebelum barang diproduksi",
                    "Before the goods are produced",
                    "货物生产之前",
                    "貨物の生産前",
                    "قبل إنتاج البضاعة",
                    "Avant la production",
                ),
                t(
                    "Setelah menandatangani wesel berjangka",
                    "After signing a time bill of exchange",
                    "签署远期汇票之后",
                    "期限付き手形に署名した後",
                    "بعد توقيع كمبيالة آجلة",
                    "Après avoir signé une traite à terme",
                ),
            ],
            t(
                "D/P = dokumen atas pembayaran. Menerima dokumen setelah menandatangani wesel "
                "adalah D/A, yang lebih berisiko bagi eksportir.",
                "D/P = documents against payment. Receiving documents after signing a bill is D/A, "
                "riskier for the exporter.",
                "D/P即付款交单。签署汇票即可取单的是承兑交单（D/A），对出口商风险更大。",
                "D/Pは支払渡しです。手形への署名で書類を受け取るのはD/Aで、輸出者にはよりリスクがあります。",
                "D/P تعني المستندات مقابل الدفع. أما استلامها بعد توقيع كمبيالة فهو D/A، وهو أخطر على المصدّر.",
                "D/P = documents contre paiement. Recevoir les documents contre signature d'une "
                "traite, c'est le D/A, plus risqué pour l'exportateur.",
            ),
            right_at=1,
        ),
        q(
            t(
                "Layanan apa yang diberikan LPEI kepada eksportir?",
                "Which services does LPEI offer exporters?",
                "LPEI为出口商提供哪些服务？",
                "LPEIは輸出者にどんなサービスを提供していますか。",
                "ما الخدمات التي تقدّمها LPEI للمصدّرين؟",
                "Quels services LPEI offre-t-il aux exportateurs ?",
            ),
            t(
                "Pembiayaan, penjaminan, asuransi ekspor dan jasa konsultasi",
                "Financing, guarantees, export insurance and advisory services",
                "融资、担保、出口保险和咨询服务",
                "融資、保証、輸出保険、助言サービス",
                "التمويل والضمانات وتأمين الصادرات والخدمات الاستشارية",
                "Financement, garanties, assurance export et conseil",
            ),
            [
                t(
                    "Penerbitan PEB, NPE dan surat keterangan asal untuk eksportir",
                    "Issuing the PEB, the NPE and certificates of origin for exporters",
                    "为出口商签发PEB、NPE和原产地证书",
                    "輸出者のためのPEB・NPE・原産地証明書の発行",
                    "إصدار بيان التصدير وإذن NPE وشهادات المنشأ للمصدّرين",
                    "L'émission de la PEB, de la NPE et des certificats d'origine",
                ),
                t(
                    "Sertifikat halal dan izin edar BPOM untuk produk pangan",
                    "Halal certificates and BPOM marketing authorisations for food",
                    "为食品签发清真证书和BPOM上市许可",
                    "食品のハラール証明書とBPOMの流通許可",
                    "شهادات الحلال وأذون التداول من BPOM للأغذية",
                    "Les certificats halal et les autorisations BPOM des aliments",
                ),
            ],
            t(
                "LPEI (Indonesia Eximbank) membiayai, menjamin, mengasuransikan dan mendampingi "
                "eksportir. PEB diajukan ke Bea Cukai; halal oleh BPJPH.",
                "LPEI (Indonesia Eximbank) finances, guarantees, insures and coaches exporters. "
                "The PEB goes to customs; halal to BPJPH.",
                "LPEI（印尼进出口银行）为出口商提供融资、担保、保险和辅导。PEB向海关提交；清真由BPJPH负责。",
                "LPEI（インドネシア輸出入銀行）は輸出者に融資・保証・保険・指導を行います。PEBは税関、ハラールはBPJPHです。",
                "تموّل LPEI المصدّرين وتضمنهم وتؤمّنهم وترافقهم. أما البيان فللجمارك، والحلال لـ BPJPH.",
                "LPEI (Indonesia Eximbank) finance, garantit, assure et accompagne les "
                "exportateurs. La PEB relève de la douane, le halal du BPJPH.",
            ),
        ),
        q(
            t(
                "Sebelum meminjam dari aplikasi pinjaman daring, periksa bahwa penyelenggaranya…",
                "Before borrowing through an online lending app, check that the provider is…",
                "通过网贷应用借款前，要核实该平台……",
                "オンライン融資アプリで借りる前に、事業者が…であることを確認します。",
                "قبل الاقتراض عبر تطبيق إقراض إلكتروني، تحقّق أن مقدّم الخدمة…",
                "Avant d'emprunter via une application de prêt en ligne, vérifiez que le "
                "prestataire est…",
            ),
            t(
                "Berizin atau terdaftar di OJK",
                "Licensed or registered with the OJK",
                "经OJK许可或登记",
                "OJKの許可または登録を受けている",
                "مرخّص أو مسجّل لدى OJK",
                "Agréé ou enregistré auprès de l'OJK",
            ),
            [
                t(
                    "Punya banyak pengikut di media sosial",
                    "Popular on social media",
                    "在社交媒体上粉丝很多",
                    "SNSのフォロワーが多い",
                    "له متابعون كثيرون على وسائل التواصل",
                    "Populaire sur les réseaux sociaux",
                ),
                t(
                    "Mencairkan dana dalam lima menit",
                    "Pays out within five minutes",
                    "五分钟内放款",
                    "5分で融資する",
                    "يصرف المال خلال خمس دقائق",
                    "Verse les fonds en cinq minutes",
                ),
            ],
            t(
                "OJK mengawasi lembaga jasa keuangan; lembaga tanpa izin tidak terlindungi aturan "
                "dan sering memakai penagihan yang merugikan.",
                "The OJK supervises financial services; unlicensed lenders are outside the rules "
                "and often use abusive collection.",
                "OJK监管金融服务机构；无牌机构不受规则约束，常采用损害借款人的催收手段。",
                "OJKが金融機関を監督しています。無許可の業者は規則の外にあり、悪質な取立てをしがちです。",
                "تشرف OJK على المؤسسات المالية؛ والمقرضون غير المرخّصين خارج القواعد وكثيرًا ما يلجؤون إلى تحصيل مسيء.",
                "L'OJK supervise les services financiers ; les prêteurs non agréés échappent aux "
                "règles et recourent souvent à un recouvrement abusif.",
            ),
            right_at=2,
        ),
        q(
            t(
                "Pada contoh lada, uang muka 30 % dari USD 40.000 adalah…",
                "In the pepper example, a 30 % advance on USD 40,000 is…",
                "在胡椒示例中，40,000美元的30%预付款是……",
                "こしょうの例で、40,000米ドルの30%の前払いはいくらですか。",
                "في مثال الفلفل، الدفعة المقدّمة 30 % من 40,000 دولار تساوي…",
                "Dans l'exemple du poivre, une avance de 30 % sur 40 000 USD vaut…",
            ),
            t(
                "USD 12.000",
                "USD 12,000",
                "12,000美元",
                "12,000米ドル",
                "12,000 دولار",
                "12 000 USD",
            ),
            [
                t(
                    "USD 28.000",
                    "USD 28,000",
                    "28,000美元",
                    "28,000米ドル",
                    "28,000 دولار",
                    "28 000 USD",
                ),
                t(
                    "USD 3.000",
                    "USD 3,000",
                    "3,000美元",
                    "3,000米ドル",
                    "3,000 دولار",
                    "3 000 USD",
                ),
            ],
            t(
                "40.000 × 30 % = 12.000; sisanya 28.000 dibayar setelah pengiriman. Kebutuhan "
                "modal kerja di luar uang muka perlu dibiayai.",
                "40,000 × 30 % = 12,000; the remaining 28,000 is paid after shipment. Working "
                "capital beyond the advance has to be financed.",
                "40,000 × 30% = 12,000；剩余28,000在发货后支付。预付款以外的营运资金需要融资解决。",
                "40,000 × 30% ＝ 12,000。残り28,000は出荷後に支払われます。前払いで足りない運転資金は調達が必要です。",
                "40,000 × 30 % = 12,000؛ ويُدفع الباقي 28,000 بعد الشحن. ويجب تمويل ما يتجاوز الدفعة المقدّمة.",
                "40 000 × 30 % = 12 000 ; les 28 000 restants sont payés après l'expédition. Le "
                "fonds de roulement au-delà de l'avance doit être financé.",
            ),
        ),
    ],
}
