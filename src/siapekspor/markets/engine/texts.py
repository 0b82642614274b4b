"""Sentences that explain a market's rank, in six languages (Indonesian is authoritative).

The engine has no Django, so these few templates live here as a dict rather than in gettext
catalogues. Each reason template is a whole sentence with named placeholders; the growth and
position clauses are self-contained clauses written for each language's sentence frame.
Numbers are formatted per language (decimal separator, large-number words: ribu/juta/miliar,
万/亿, …). Country names come from CLDR (siapekspor.core.countries).
"""

from __future__ import annotations

import math
from typing import TypeGuard

from siapekspor.core.countries import name as country_name

REASONS = ("market_size", "growth", "untapped", "foothold", "openness", "proximity", "tariff")

_PREFIX = {
    "id": "{country} (peringkat {rank}, skor {score}): ",
    "en": "{country} (rank {rank}, score {score}): ",
    "fr": "{country} (rang {rank}, score {score}) : ",
    "zh-hans": "{country}（第{rank}名，得分{score}）：",
    "ja": "{country}（{rank}位、スコア{score}）：",
    "ar": "{country} (المرتبة {rank}، الدرجة {score}): ",
}

# The languages the engine writes: those of its sentence templates (the engine has no Django;
# a test checks that they are the site's languages, settings.LANGUAGES).
LANGUAGES = tuple(_PREFIX)

_BODY = {
    "id": {
        "market_size": "salah satu pasar terbesar, dengan impor {imports} per tahun, {growth}; {position}.",
        "growth": "pasar yang tumbuh cepat, {growth}, dengan impor {imports} per tahun; {position}.",
        "untapped": (
            "potensi ekspor yang belum tergarap sekitar {untapped} per tahun, dari impor "
            "{imports} per tahun; {position}."
        ),
        "foothold": "pasar tempat posisi {exporter} sudah kuat: {position}; impornya {imports} per tahun.",
        "openness": (
            "pasar yang terbuka bagi pemasok baru, pembeliannya tersebar setara {equivalent} "
            "pemasok, dengan impor {imports} per tahun; {position}."
        ),
        "proximity": (
            "pasar yang dekat, sekitar {distance} km, lebih dekat daripada kebanyakan "
            "pemasoknya, dengan impor {imports} per tahun; {position}."
        ),
        "tariff": (
            "tarif yang dihadapi {exporter} {tariff}, lebih rendah daripada rata-rata "
            "pesaingnya, dengan impor {imports} per tahun; {position}."
        ),
    },
    "en": {
        "market_size": "one of the largest markets, importing {imports} a year, {growth}; {position}.",
        "growth": "a fast-growing market, {growth}, with imports of {imports} a year; {position}.",
        "untapped": (
            "untapped export potential of about {untapped} a year, out of imports of "
            "{imports} a year; {position}."
        ),
        "foothold": "a market where {exporter} is already strong: {position}; imports are {imports} a year.",
        "openness": (
            "a market open to new suppliers, its purchases spread over the equivalent of "
            "{equivalent} suppliers, with imports of {imports} a year; {position}."
        ),
        "proximity": (
            "a nearby market, about {distance} km away, closer than most of its suppliers, "
            "with imports of {imports} a year; {position}."
        ),
        "tariff": (
            "{exporter} faces a tariff of {tariff}, lower than its competitors on average, "
            "with imports of {imports} a year; {position}."
        ),
    },
    "fr": {
        "market_size": (
            "l’un des plus grands marchés, avec des importations de {imports} par an, "
            "{growth} ; {position}."
        ),
        "growth": (
            "un marché en forte croissance, {growth}, avec des importations de {imports} par an ; "
            "{position}."
        ),
        "untapped": (
            "un potentiel d’exportation inexploité d’environ {untapped} par an, pour des "
            "importations de {imports} par an ; {position}."
        ),
        "foothold": (
            "un marché où l’exportateur est déjà solidement placé : {position} ; les "
            "importations atteignent {imports} par an."
        ),
        "openness": (
            "un marché ouvert aux nouveaux fournisseurs, dont les achats se répartissent sur "
            "l’équivalent de {equivalent} fournisseurs, avec des importations de {imports} par "
            "an ; {position}."
        ),
        "proximity": (
            "un marché proche, à environ {distance} km, plus proche que la plupart de ses "
            "fournisseurs, avec des importations de {imports} par an ; {position}."
        ),
        "tariff": (
            "un droit de douane de {tariff} pour l’exportateur ({exporter}), inférieur à la "
            "moyenne de ses concurrents, avec des importations de {imports} par an ; "
            "{position}."
        ),
    },
    "zh-hans": {
        "market_size": "最大的市场之一，年进口额{imports}，{growth}；{position}。",
        "growth": "快速增长的市场，{growth}，年进口额{imports}；{position}。",
        "untapped": "尚未开发的出口潜力约为每年{untapped}，年进口额{imports}；{position}。",
        "foothold": "{exporter}已占据稳固地位的市场：{position}；年进口额{imports}。",
        "openness": "对新供应商开放的市场，采购分散于相当于{equivalent}个供应国，年进口额{imports}；{position}。",
        "proximity": "距离较近的市场，约{distance}公里，比其多数供应国更近，年进口额{imports}；{position}。",
        "tariff": "{exporter}适用的关税为{tariff}，低于竞争对手的平均水平，年进口额{imports}；{position}。",
    },
    "ja": {
        "market_size": "最大級の市場の一つで、年間輸入額は{imports}、{growth}。{position}。",
        "growth": "急成長している市場で、{growth}、年間輸入額は{imports}。{position}。",
        "untapped": "未開拓の輸出潜在力は年間約{untapped}、年間輸入額は{imports}。{position}。",
        "foothold": "{exporter}が既に強い地位を持つ市場。{position}。年間輸入額は{imports}。",
        "openness": (
            "新規供給国に開かれた市場で、調達は{equivalent}か国相当に分散し、年間輸入額は"
            "{imports}。{position}。"
        ),
        "proximity": "約{distance}kmと距離が近く、多くの供給国より近い市場で、年間輸入額は{imports}。{position}。",
        "tariff": "{exporter}に課される関税は{tariff}で、競合国の平均より低く、年間輸入額は{imports}。{position}。",
    },
    "ar": {
        "market_size": "من أكبر الأسواق، إذ تبلغ وارداتها {imports} سنويًا، {growth}؛ {position}.",
        "growth": "سوق سريعة النمو، {growth}، بواردات تبلغ {imports} سنويًا؛ {position}.",
        "untapped": "إمكانات تصدير غير مستغلة تقارب {untapped} سنويًا من واردات تبلغ {imports} سنويًا؛ {position}.",
        "foothold": "سوق تتمتع فيها {exporter} بمكانة قوية بالفعل: {position}؛ وتبلغ الواردات {imports} سنويًا.",
        "openness": (
            "سوق مفتوحة للموردين الجدد، تتوزع مشترياتها على ما يعادل {equivalent} موردين، "
            "بواردات تبلغ {imports} سنويًا؛ {position}."
        ),
        "proximity": (
            "سوق قريبة، على بعد نحو {distance} كم، أقرب من معظم مورديها، بواردات تبلغ "
            "{imports} سنويًا؛ {position}."
        ),
        "tariff": (
            "تواجه {exporter} تعريفة قدرها {tariff}، أقل من متوسط منافسيها، بواردات تبلغ "
            "{imports} سنويًا؛ {position}."
        ),
    },
}

# The product's largest market is called the largest (not "one of the largest").
_LARGEST = {
    "id": "pasar terbesar untuk produk ini, dengan impor {imports} per tahun, {growth}; {position}.",
    "en": "the largest market for this product, importing {imports} a year, {growth}; {position}.",
    "fr": (
        "le plus grand marché pour ce produit, avec des importations de {imports} par an, "
        "{growth} ; {position}."
    ),
    "zh-hans": "该产品最大的市场，年进口额{imports}，{growth}；{position}。",
    "ja": "この製品で最大の市場で、年間輸入額は{imports}、{growth}。{position}。",
    "ar": "أكبر سوق لهذا المنتج، إذ تبلغ وارداتها {imports} سنويًا، {growth}؛ {position}.",
}
for _lang, _body in _LARGEST.items():
    _BODY[_lang]["market_size.top"] = _body

# Full sentence templates: prefix and body are written to be read together.
SENTENCES: dict[str, dict[str, str]] = {
    lang: {reason: _PREFIX[lang] + body for reason, body in bodies.items()}
    for lang, bodies in _BODY.items()
}

CLAUSES: dict[str, dict[str, str]] = {
    "id": {
        "growth.up": "tumbuh {rate} per tahun selama {years} tahun terakhir",
        "growth.down": "turun {rate} per tahun selama {years} tahun terakhir",
        "growth.unknown": "trennya belum dapat dihitung",
        "position.supplier": "{exporter} pemasok ke-{srank} dari {n} negara dengan pangsa {share}",
        "position.absent": "{exporter} belum memasok pasar ini",
    },
    "en": {
        "growth.up": "growing {rate} a year over the last {years} years",
        "growth.down": "shrinking {rate} a year over the last {years} years",
        "growth.unknown": "its trend cannot be computed yet",
        "position.supplier": "{exporter} is supplier no. {srank} of {n}, with a {share} share",
        "position.absent": "{exporter} does not supply it yet",
    },
    "fr": {
        "growth.up": "en hausse de {rate} par an sur les {years} dernières années",
        "growth.down": "en baisse de {rate} par an sur les {years} dernières années",
        "growth.unknown": "sa tendance ne peut pas encore être calculée",
        "position.supplier": "{exporter} : fournisseur n° {srank} sur {n}, part de {share}",
        "position.absent": "{exporter} : pas encore fournisseur",
    },
    "zh-hans": {
        "growth.up": "过去{years}年年均增长{rate}",
        "growth.down": "过去{years}年年均下降{rate}",
        "growth.unknown": "趋势尚无法计算",
        "position.supplier": "{exporter}在{n}个供应国中排名第{srank}，份额为{share}",
        "position.absent": "{exporter}尚未向该市场供货",
    },
    "ja": {
        "growth.up": "過去{years}年間は年率{rate}で増加",
        "growth.down": "過去{years}年間は年率{rate}で減少",
        "growth.unknown": "傾向はまだ算出できません",
        "position.supplier": "{exporter}は{n}か国中第{srank}位の供給国で、シェアは{share}",
        "position.absent": "{exporter}はまだこの市場に供給していません",
    },
    "ar": {
        "growth.up": "بنمو سنوي قدره {rate} خلال السنوات الـ{years} الأخيرة",
        "growth.down": "بتراجع سنوي قدره {rate} خلال السنوات الـ{years} الأخيرة",
        "growth.unknown": "ولا يمكن حساب اتجاهها بعد",
        "position.supplier": "{exporter} هي المورد رقم {srank} من أصل {n} بحصة {share}",
        "position.absent": "{exporter} لا تورّد إلى هذه السوق بعد",
    },
}

# Extra sentences after the reason: segment, competitors, price gap, tariff, "the largest".
EXTRAS: dict[str, dict[str, str]] = {
    "id": {
        "largest": "Ini pasar terbesar untuk produk ini.",
        "segment": (
            "Pasar ini membeli rata-rata {market_uv}/kg, jauh di bawah {exporter_uv}/kg "
            "harga {exporter}: kemungkinan segmen lain atau bahan baku untuk diolah ulang, "
            "sehingga ditempatkan di bawah pasar tempat segmen {exporter} terjual."
        ),
        "competitors": "Pemasok utama: {list}.",
        "competitor": "{country} {share} ({uv}/kg)",
        "gap.above": "Harga {exporter} di sini {uv_here}/kg, {gap} di atas rata-rata pasar {market_uv}/kg.",
        "gap.below": "Harga {exporter} di sini {uv_here}/kg, {gap} di bawah rata-rata pasar {market_uv}/kg.",
        "gap.same": "Harga {exporter} di sini {uv_here}/kg, setara rata-rata pasar {market_uv}/kg.",
        "free": "bebas bea",
        "tariff": "Tarif untuk {exporter}: {rates}.",
        "tariff.missing": "Tarif pasar ini belum dimuat.",
    },
    "en": {
        "largest": "It is the largest market for this product.",
        "segment": (
            "It buys at {market_uv}/kg on average, far below {exporter}'s {exporter_uv}/kg: "
            "mostly another segment or raw material for re-processing, so it is ranked after "
            "the markets where {exporter}'s segment sells."
        ),
        "competitors": "Main suppliers: {list}.",
        "competitor": "{country} {share} ({uv}/kg)",
        "gap.above": "{exporter} sells here at {uv_here}/kg, {gap} above the market average of {market_uv}/kg.",
        "gap.below": "{exporter} sells here at {uv_here}/kg, {gap} below the market average of {market_uv}/kg.",
        "gap.same": "{exporter} sells here at {uv_here}/kg, in line with the market average of {market_uv}/kg.",
        "free": "free",
        "tariff": "Tariff for {exporter}: {rates}.",
        "tariff.missing": "This market's tariffs are not loaded.",
    },
    "fr": {
        "largest": "C’est le plus grand marché pour ce produit.",
        "segment": (
            "Il achète en moyenne à {market_uv}/kg, bien en dessous des {exporter_uv}/kg de "
            "{exporter} : surtout un autre segment ou de la matière première à retransformer, "
            "il est donc classé après les marchés où se vend le segment de {exporter}."
        ),
        "competitors": "Principaux fournisseurs : {list}.",
        "competitor": "{country} {share} ({uv}/kg)",
        "gap.above": "{exporter} y vend à {uv_here}/kg, {gap} au-dessus de la moyenne du marché ({market_uv}/kg).",
        "gap.below": "{exporter} y vend à {uv_here}/kg, {gap} en dessous de la moyenne du marché ({market_uv}/kg).",
        "gap.same": "{exporter} y vend à {uv_here}/kg, au niveau de la moyenne du marché ({market_uv}/kg).",
        "free": "exempt",
        "tariff": "Droit de douane pour {exporter} : {rates}.",
        "tariff.missing": "Les droits de douane de ce marché ne sont pas chargés.",
    },
    "zh-hans": {
        "largest": "这是该产品最大的市场。",
        "segment": (
            "该市场平均进口单价为{market_uv}/公斤，远低于{exporter}的{exporter_uv}/公斤："
            "多为其他档次或再加工原料，因此排在{exporter}同档次产品有销路的市场之后。"
        ),
        "competitors": "主要供应国：{list}。",
        "competitor": "{country} {share}（{uv}/公斤）",
        "gap.above": "{exporter}在此售价{uv_here}/公斤，比市场均价{market_uv}/公斤高{gap}。",
        "gap.below": "{exporter}在此售价{uv_here}/公斤，比市场均价{market_uv}/公斤低{gap}。",
        "gap.same": "{exporter}在此售价{uv_here}/公斤，与市场均价{market_uv}/公斤持平。",
        "free": "免税",
        "tariff": "{exporter}适用关税：{rates}。",
        "tariff.missing": "尚未载入该市场的关税。",
    },
    "ja": {
        "largest": "この製品で最大の市場です。",
        "segment": (
            "平均輸入単価は{market_uv}/kgで、{exporter}の{exporter_uv}/kgを大きく下回ります。"
            "別の品質帯か再加工用の原料が中心のため、{exporter}の品質帯が売れている市場の後に"
            "順位付けしています。"
        ),
        "competitors": "主な供給国：{list}。",
        "competitor": "{country} {share}（{uv}/kg）",
        "gap.above": "{exporter}のこの市場での単価は{uv_here}/kgで、市場平均{market_uv}/kgより{gap}高い。",
        "gap.below": "{exporter}のこの市場での単価は{uv_here}/kgで、市場平均{market_uv}/kgより{gap}低い。",
        "gap.same": "{exporter}のこの市場での単価は{uv_here}/kgで、市場平均{market_uv}/kgと同水準。",
        "free": "無税",
        "tariff": "{exporter}に適用される関税：{rates}。",
        "tariff.missing": "この市場の関税は読み込まれていません。",
    },
    "ar": {
        "largest": "إنها أكبر سوق لهذا المنتج.",
        "segment": (
            "تشتري في المتوسط بسعر {market_uv}/كغ، أقل بكثير من {exporter_uv}/كغ لدى {exporter}: "
            "غالبًا شريحة أخرى أو مادة خام لإعادة التصنيع، لذا تأتي بعد الأسواق التي تُباع فيها "
            "شريحة {exporter}."
        ),
        "competitors": "الموردون الرئيسيون: {list}.",
        "competitor": "{country} {share} ({uv}/كغ)",
        "gap.above": "تبيع {exporter} هنا بسعر {uv_here}/كغ، أعلى بنسبة {gap} من متوسط السوق {market_uv}/كغ.",
        "gap.below": "تبيع {exporter} هنا بسعر {uv_here}/كغ، أقل بنسبة {gap} من متوسط السوق {market_uv}/كغ.",
        "gap.same": "تبيع {exporter} هنا بسعر {uv_here}/كغ، بما يعادل متوسط السوق {market_uv}/كغ.",
        "free": "معفاة",
        "tariff": "التعريفة المطبقة على {exporter}: {rates}.",
        "tariff.missing": "لم تُحمَّل تعريفات هذه السوق بعد.",
    },
}

# Caveats: inputs missing for a ranking, in the reader's language (codes from potential.py).
CAVEATS: dict[str, dict[str, str]] = {
    "supply_projection": {
        "id": "Tanpa proyeksi: prakiraan pertumbuhan PDB riil IMF WEO belum dimuat.",
        "en": "No projection: IMF WEO real GDP growth forecasts are not loaded.",
        "fr": "Pas de projection : les prévisions de croissance du PIB réel (FMI, PEM) ne sont pas chargées.",
        "zh-hans": "无预测：尚未载入IMF《世界经济展望》实际GDP增长预测。",
        "ja": "予測なし：IMF世界経済見通しの実質GDP成長率予測が読み込まれていません。",
        "ar": "لا توجد توقعات: لم تُحمَّل توقعات نمو الناتج المحلي الحقيقي من صندوق النقد الدولي.",
    },
    "tariff": {
        "id": "Tarif hanya dimuat untuk sebagian pasar; pasar lain dinilai tanpa faktor tarif.",
        "en": "Tariffs are loaded for some markets only; the others are scored without the tariff factor.",
        "fr": "Les droits de douane ne sont chargés que pour certains marchés ; les autres sont notés sans ce facteur.",
        "zh-hans": "仅部分市场载入了关税；其他市场的评分不含关税因素。",
        "ja": "関税は一部の市場のみ読み込まれており、他の市場は関税要因なしで評価しています。",
        "ar": "التعريفات محمّلة لبعض الأسواق فقط؛ وتُقيَّم الأسواق الأخرى دون عامل التعريفة.",
    },
    "tariff_none": {
        "id": "Tarif pasar tujuan belum dimuat; peringkat dihitung tanpa faktor tarif.",
        "en": "No destination tariffs are loaded; the ranking is computed without the tariff factor.",
        "fr": "Aucun droit de douane des marchés n’est chargé ; le classement est calculé sans ce facteur.",
        "zh-hans": "尚未载入目的市场关税；排名未包含关税因素。",
        "ja": "仕向け市場の関税が読み込まれていないため、関税要因なしで順位付けしています。",
        "ar": "لم تُحمَّل تعريفات أسواق المقصد؛ حُسب الترتيب دون عامل التعريفة.",
    },
    "distance": {
        "id": "Jarak CEPII GeoDist belum dimuat; faktor jarak tidak dipakai.",
        "en": "CEPII GeoDist distances are not loaded; the distance factor is not used.",
        "fr": "Les distances CEPII GeoDist ne sont pas chargées ; le facteur distance n’est pas utilisé.",
        "zh-hans": "尚未载入CEPII GeoDist距离；未使用距离因素。",
        "ja": "CEPII GeoDistの距離が読み込まれていないため、距離要因は使っていません。",
        "ar": "لم تُحمَّل مسافات CEPII GeoDist؛ لا يُستخدم عامل المسافة.",
    },
    "ease_fallback": {
        "id": "Data perdagangan bilateral total tidak tersedia; kemudahan berdagang diperkirakan dari hubungan dagang produk ini saja.",
        "en": "Total bilateral trade is not available; ease of trade is estimated from this product's trade relationship only.",
        "fr": "Le commerce bilatéral total n’est pas disponible ; la facilité d’échange est estimée à partir de ce seul produit.",
        "zh-hans": "缺少双边贸易总额；贸易便利度仅根据该产品的贸易关系估算。",
        "ja": "二国間貿易総額がないため、貿易のしやすさはこの製品の取引関係のみから推計しています。",
        "ar": "إجمالي التجارة الثنائية غير متاح؛ تُقدَّر سهولة التجارة من علاقة هذا المنتج وحده.",
    },
    "potential_cap": {
        "id": "Potensi dibatasi pada pangsa yang dicapai eksportir di pasar terbesarnya.",
        "en": "Potential is capped at the share the exporter reaches in its largest market.",
        "fr": "Le potentiel est plafonné à la part que l’exportateur atteint sur son plus grand marché.",
        "zh-hans": "潜力上限为出口国在其最大市场所占份额。",
        "ja": "潜在力は輸出国が最大市場で達成しているシェアを上限としています。",
        "ar": "الإمكانات محدودة بالحصة التي يبلغها المصدّر في أكبر أسواقه.",
    },
    "unit_value": {
        "id": "Volume tidak tersedia untuk sebagian pasar; harga satuannya tidak dapat dibandingkan.",
        "en": "Quantities are missing for some markets; their unit values cannot be compared.",
        "fr": "Les quantités manquent pour certains marchés ; leurs valeurs unitaires ne peuvent être comparées.",
        "zh-hans": "部分市场缺少数量数据，无法比较其单价。",
        "ja": "一部の市場で数量がないため、単価を比較できません。",
        "ar": "الكميات غير متاحة لبعض الأسواق؛ لا يمكن مقارنة أسعار الوحدة فيها.",
    },
    "growth": {
        "id": "Tren impor belum dapat dihitung (data hanya satu tahun).",
        "en": "Import trends cannot be computed (one year of data only).",
        "fr": "Les tendances des importations ne peuvent être calculées (une seule année de données).",
        "zh-hans": "无法计算进口趋势（仅有一年数据）。",
        "ja": "輸入の傾向は算出できません（データが1年分のみ）。",
        "ar": "لا يمكن حساب اتجاهات الواردات (بيانات سنة واحدة فقط).",
    },
}


def caveat_codes(notes: dict[str, str], components_missing: list[str]) -> list[str]:
    """Which CAVEATS apply to a ranking, from the engine's notes (English, for logs)."""
    codes = []
    supply = notes.get("supply_projection", "")
    if "no projection" in supply.lower():
        codes.append("supply_projection")
    tariff = notes.get("tariff", "")
    if tariff.startswith("No tariff table"):
        codes.append("tariff_none")
    elif tariff:
        codes.append("tariff")
    if "not loaded" in notes.get("distance", ""):
        codes.append("distance")
    for code in ("ease_fallback", "potential_cap", "unit_value"):
        if code in notes:
            codes.append(code)
    if "growth" in components_missing:
        codes.append("growth")
    return codes


def caveats(notes: dict[str, str], components_missing: list[str], language: str) -> list[str]:
    """The missing inputs of a ranking as sentences in `language` (Indonesian by default)."""
    lang = normalise_language(language)
    return [CAVEATS[code][lang] for code in caveat_codes(notes, components_missing)]


# (threshold, divisor, unit) from largest to smallest, and the money pattern per language.
_SCALES: dict[str, tuple[list[tuple[float, float, str]], str]] = {
    "id": ([(1e9, 1e9, " miliar"), (1e6, 1e6, " juta"), (1e3, 1e3, " ribu")], "US${x}"),
    "en": ([(1e9, 1e9, " billion"), (1e6, 1e6, " million"), (1e3, 1e3, " thousand")], "US${x}"),
    "fr": ([(1e9, 1e9, " Md"), (1e6, 1e6, " M"), (1e3, 1e3, " k")], "{x} $ US"),
    "zh-hans": ([(1e8, 1e8, "亿"), (1e4, 1e4, "万")], "{x}美元"),
    "ja": ([(1e8, 1e8, "億"), (1e4, 1e4, "万")], "{x}米ドル"),
    "ar": ([(1e9, 1e9, " مليار"), (1e6, 1e6, " مليون"), (1e3, 1e3, " ألف")], "{x} دولار أمريكي"),
}
_DECIMAL_COMMA = {"id", "fr"}


def normalise_language(language: str | None) -> str:
    """Map Django-style codes (zh-Hans, zh_hans, ID) to ours; unknown → 'id'."""
    code = (language or "id").lower().replace("_", "-")
    if code.startswith("zh"):
        return "zh-hans"
    code = code.split("-")[0]
    return code if code in LANGUAGES else "id"


def number(value: float, language: str, decimals: int = 0) -> str:
    text = f"{value:,.{decimals}f}"
    if language in _DECIMAL_COMMA:
        sep = "\u202f" if language == "fr" else "."
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", sep)
    return text


def money(value: float, language: str) -> str:
    """US dollars in words the language uses: US$4,7 miliar; 47亿美元; 4.7 Md $ US."""
    language = normalise_language(language)
    scales, pattern = _SCALES[language]
    if value is None or not math.isfinite(value):
        return "–"
    amount = abs(value)
    for threshold, divisor, unit in scales:
        if amount >= threshold:
            scaled = value / divisor
            return pattern.format(x=number(scaled, language, 1 if abs(scaled) < 10 else 0) + unit)
    return pattern.format(x=number(value, language, 0))


def price(value: float, language: str) -> str:
    """A unit value with cents: US$9,21 (id), US$9.21 (en), 9,21 $ US (fr)."""
    language = normalise_language(language)
    return _SCALES[language][1].format(x=number(value, language, 2))


def percent(value: float, language: str, decimals: int = 1) -> str:
    language = normalise_language(language)
    if value is None or not math.isfinite(value):
        return "–"
    text = number(value * 100, language, decimals)
    return {"fr": f"{text}\u202f%", "ar": f"{text}٪"}.get(language, f"{text}%")


def explain(
    reason: str,
    language: str,
    *,
    country: str,
    exporter: str,
    rank: int,
    score: float,
    imports: float,
    cagr: float | None,
    cagr_years: int,
    share: float,
    supplier_rank: int | None,
    n_suppliers: int,
    untapped: float,
    equivalent: float | None,
    distance: float | None,
    tariff: float | None,
    largest: bool = False,
) -> str:
    """One sentence saying why a market ranks where it does ("the largest" for the largest)."""
    lang = normalise_language(language)
    clauses = CLAUSES[lang]
    exporter_name = country_name(exporter, lang)
    if cagr is None or not math.isfinite(cagr) or cagr_years <= 0:
        growth = clauses["growth.unknown"]
    else:
        key = "growth.up" if cagr >= 0 else "growth.down"
        growth = clauses[key].format(rate=percent(abs(cagr), lang), years=cagr_years)
    if supplier_rank:
        position = clauses["position.supplier"].format(
            exporter=exporter_name, srank=supplier_rank, n=n_suppliers, share=percent(share, lang)
        )
    else:
        position = clauses["position.absent"].format(exporter=exporter_name)
    if reason == "market_size" and largest:
        reason = "market_size.top"
    template = SENTENCES[lang].get(reason) or SENTENCES[lang]["market_size"]
    return template.format(
        country=country_name(country, lang),
        rank=rank,
        score=number(score, lang, 0),
        imports=money(imports, lang),
        growth=growth,
        position=position,
        exporter=exporter_name,
        untapped=money(untapped, lang),
        equivalent=number(equivalent, lang, 1) if equivalent and math.isfinite(equivalent) else "–",
        distance=number(distance, lang, 0) if distance and math.isfinite(distance) else "–",
        tariff=percent((tariff or 0.0) / 100.0, lang) if tariff is not None else "–",
    )


def extras(
    language: str,
    *,
    exporter: str,
    largest: bool = False,
    other_segment: bool = False,
    market_uv: float | None = None,
    exporter_uv: float | None = None,
    uv_here: float | None = None,
    competitors: list[tuple[str, float, float | None]] | None = None,
    tariffs: list[tuple[str, float | None, str]] | None = None,
    tariff_missing: bool = False,
) -> str:
    """Sentences after the reason: largest market, segment, competitors, price gap, tariff."""
    lang = normalise_language(language)
    t = EXTRAS[lang]
    name = country_name(exporter, lang)
    out: list[str] = []

    def ok(v: float | None) -> TypeGuard[float]:
        return v is not None and math.isfinite(v) and v > 0

    if largest:
        out.append(t["largest"])
    if other_segment and ok(market_uv) and ok(exporter_uv):
        out.append(
            t["segment"].format(
                market_uv=price(market_uv, lang),
                exporter_uv=price(exporter_uv, lang),
                exporter=name,
            )
        )
    if competitors:
        items = [
            t["competitor"].format(
                country=country_name(c, lang),
                share=percent(share, lang, 0),
                uv=price(uv, lang) if ok(uv) else "–",
            )
            for c, share, uv in competitors
        ]
        joiner = "、" if lang in {"zh-hans", "ja"} else ", "
        out.append(t["competitors"].format(list=joiner.join(items)))
    if ok(uv_here) and ok(market_uv):
        gap = uv_here / market_uv - 1
        key = "gap.same" if abs(gap) < 0.02 else "gap.above" if gap >= 0 else "gap.below"
        out.append(
            t[key].format(
                exporter=name,
                uv_here=price(uv_here, lang),
                market_uv=price(market_uv, lang),
                gap=percent(abs(gap), lang, 0),
            )
        )
    if tariffs:
        items = []
        for scheme, rate, text in tariffs:
            if rate is None:
                shown = text if len(text) <= 24 else text[:22] + "…"
            elif rate == 0:
                shown = t["free"]
            else:
                shown = percent(rate / 100.0, lang, 0 if float(rate).is_integer() else 1)
            item = f"{scheme} {shown}"
            if item not in items:
                items.append(item)
        out.append(t["tariff"].format(exporter=name, rates=", ".join(items[:6])))
    elif tariff_missing:
        out.append(t["tariff.missing"])
    sep = "" if lang in {"zh-hans", "ja"} else " "
    return sep.join(out)
