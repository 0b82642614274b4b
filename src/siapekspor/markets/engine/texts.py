"""Sentences that explain a market's rank, in six languages (Indonesian is authoritative).

The engine has no Django, so these few templates live here as a dict rather than in gettext
catalogues. Each reason template is a whole sentence with named placeholders; the growth and
position clauses are self-contained clauses written for each language's sentence frame.
Numbers are formatted per language (decimal separator, large-number words: ribu/juta/miliar,
万/亿, …). Country names come from CLDR (siapekspor.core.countries).
"""

from __future__ import annotations

import math

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
) -> str:
    """One sentence saying why a market ranks where it does."""
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
