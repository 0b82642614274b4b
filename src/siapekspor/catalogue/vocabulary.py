"""The words a buyer types for a product, added to a listing's searchable text.

The HS names say "بن" where an Arabic buyer types "قهوة", and descriptions are written in
Indonesian: a listing is therefore also indexed under

- the names of its HS heading (4 digits) in every language, besides its subheading's;
- the agreed renderings, in every language, of the translation glossary's product terms
  that its Indonesian text names ("kopi robusta" → قهوة روبوستا, 罗布斯塔咖啡, café robusta…),
  read from the glossary itself (`translation.GlossaryTerm`, kind "product");
- `WORDS`: the ordinary words per language for the HS headings of Lampung's export
  products (the HS texts are formal: "Crustaceans", "أسماك"), one entry per heading or
  subheading, every language of the site (`test_vocabulary` checks).

`Vocabulary` reads the glossary and the HS names once and is reused by the reindex.
"""

from __future__ import annotations

import re

from siapekspor.core import i18n

# Headings a buyer names with the same words (cocoa beans and cocoa powder; fish frozen,
# filleted or dried).
_COCOA: dict[str, str] = {
    "id": "kakao cokelat",
    "en": "cocoa cacao",
    "zh-hans": "可可",
    "ja": "カカオ ココア",
    "ar": "كاكاو",
    "fr": "cacao",
}
_FISH: dict[str, str] = {
    "id": "ikan",
    "en": "fish",
    "zh-hans": "鱼",
    "ja": "魚",
    "ar": "سمك أسماك",
    "fr": "poisson",
}

# HS heading or subheading → {language: ordinary words, space-separated}.
WORDS: dict[str, dict[str, str]] = {
    "0901": {
        "id": "kopi",
        "en": "coffee",
        "zh-hans": "咖啡",
        "ja": "コーヒー 珈琲",
        "ar": "قهوة بن",
        "fr": "café",
    },
    "0902": {"id": "teh", "en": "tea", "zh-hans": "茶", "ja": "茶 お茶", "ar": "شاي", "fr": "thé"},
    "0904": {
        "id": "lada merica",
        "en": "pepper",
        "zh-hans": "胡椒",
        "ja": "胡椒 こしょう コショウ ペッパー",
        "ar": "فلفل بهار",
        "fr": "poivre",
    },
    "0906": {
        "id": "kayu manis",
        "en": "cinnamon",
        "zh-hans": "肉桂 桂皮",
        "ja": "シナモン 肉桂",
        "ar": "قرفة",
        "fr": "cannelle",
    },
    "0907": {
        "id": "cengkeh",
        "en": "cloves",
        "zh-hans": "丁香",
        "ja": "クローブ 丁子",
        "ar": "قرنفل",
        "fr": "clou de girofle",
    },
    "0908": {
        "id": "pala",
        "en": "nutmeg",
        "zh-hans": "肉豆蔻",
        "ja": "ナツメグ",
        "ar": "جوزة الطيب",
        "fr": "muscade",
    },
    "0910": {
        "id": "jahe",
        "en": "ginger",
        "zh-hans": "姜 生姜",
        "ja": "生姜 しょうが ジンジャー",
        "ar": "زنجبيل",
        "fr": "gingembre",
    },
    "1801": _COCOA,
    "1805": _COCOA,
    "0801": {
        "id": "kelapa",
        "en": "coconut",
        "zh-hans": "椰子",
        "ja": "ココナッツ ココヤシ",
        "ar": "جوز الهند",
        "fr": "noix de coco",
    },
    "1513": {
        "id": "minyak kelapa",
        "en": "coconut oil",
        "zh-hans": "椰子油",
        "ja": "ココナッツオイル ココナッツ",
        "ar": "زيت جوز الهند",
        "fr": "huile de coco",
    },
    "1108": {
        "id": "tapioka singkong",
        "en": "tapioca cassava",
        "zh-hans": "木薯",
        "ja": "タピオカ キャッサバ",
        "ar": "تابيوكا كسافا",
        "fr": "tapioca manioc",
    },
    "1903": {
        "id": "tapioka mutiara",
        "en": "tapioca pearls",
        "zh-hans": "木薯 珍珠",
        "ja": "タピオカ",
        "ar": "تابيوكا",
        "fr": "tapioca perles",
    },
    "1702": {
        "id": "gula aren gula kelapa",
        "en": "sugar palm sugar coconut sugar",
        "zh-hans": "糖 棕榈糖 椰子糖",
        "ja": "砂糖 ヤシ砂糖",
        "ar": "سكر",
        "fr": "sucre",
    },
    "0303": _FISH,
    "0304": _FISH,
    "0305": _FISH,
    "0306": {
        "id": "udang",
        "en": "shrimp prawn",
        "zh-hans": "虾",
        "ja": "エビ 海老",
        "ar": "روبيان جمبري قريدس",
        "fr": "crevette",
    },
    "1212": {
        "id": "rumput laut",
        "en": "seaweed",
        "zh-hans": "海藻",
        "ja": "海藻",
        "ar": "أعشاب بحرية طحالب",
        "fr": "algues",
    },
    "0409": {
        "id": "madu",
        "en": "honey",
        "zh-hans": "蜂蜜",
        "ja": "蜂蜜 はちみつ ハチミツ",
        "ar": "عسل",
        "fr": "miel",
    },
    "5810": {
        "id": "sulaman bordir",
        "en": "embroidery",
        "zh-hans": "刺绣",
        "ja": "刺繍 刺しゅう",
        "ar": "تطريز",
        "fr": "broderie",
    },
    "6214": {
        "id": "selendang syal",
        "en": "scarf shawl",
        "zh-hans": "围巾 披肩",
        "ja": "スカーフ ショール",
        "ar": "وشاح شال",
        "fr": "écharpe châle",
    },
    "4602": {
        "id": "keranjang anyaman",
        "en": "basket wickerwork",
        "zh-hans": "篮子 编织品",
        "ja": "かご バスケット",
        "ar": "سلال سلة",
        "fr": "panier vannerie",
    },
    "9401": {
        "id": "kursi mebel",
        "en": "chair furniture",
        "zh-hans": "椅子 家具",
        "ja": "椅子 家具",
        "ar": "كرسي أثاث",
        "fr": "chaise meubles",
    },
    "9403": {
        "id": "mebel",
        "en": "furniture",
        "zh-hans": "家具",
        "ja": "家具",
        "ar": "أثاث",
        "fr": "meubles",
    },
    "4202": {
        "id": "tas",
        "en": "bag",
        "zh-hans": "包",
        "ja": "バッグ かばん",
        "ar": "حقيبة حقائب",
        "fr": "sac",
    },
}

_WORD = re.compile(r"\w+", re.UNICODE)


def _words(text: str) -> str:
    from siapekspor.catalogue.search import normalise

    return " " + " ".join(_WORD.findall(normalise(text))) + " "


class Vocabulary:
    """The glossary's product terms and HS names, read once (a reindex builds one)."""

    def __init__(self) -> None:
        self._terms: list[tuple[str, list[str]]] | None = None
        self._hs: dict[str, list[str]] = {}

    def terms(self) -> list[tuple[str, list[str]]]:
        """(Indonesian form as words, its forms in every language) of each active product
        term of the glossary."""
        if self._terms is None:
            from siapekspor.translation.models import GlossaryTerm, TermKind

            columns = list(i18n.columns("term").values())
            found = []
            for row in (
                GlossaryTerm.objects.active()
                .filter(kind=TermKind.PRODUCT)
                .values_list(*columns)
                .order_by("key")
            ):
                forms = [str(form) for form in row if form]
                source = row[columns.index(i18n.column("term", i18n.default()))]
                if source and _words(source).strip():
                    found.append((_words(source), forms))
            self._terms = found
        return self._terms

    def heading_names(self, code: str) -> list[str]:
        """The names of the HS heading (4 digits) of `code` in every language."""
        heading = code[:4]
        if len(heading) < 4 or heading == code:
            return []
        if heading not in self._hs:
            from siapekspor.registry.models import HsCode

            row = HsCode.objects.filter(code=heading).values_list(
                *i18n.columns("description").values()
            )
            self._hs[heading] = [str(v) for v in (row.first() or ()) if v]
        return self._hs[heading]

    def texts(self, *, hs_code: str, own_text: str) -> list[str]:
        """What to add to the searchable text of a listing of `hs_code` whose own
        (Indonesian) text is `own_text`."""
        out: list[str] = []
        if hs_code:
            out += self.heading_names(hs_code)
            for key in sorted({hs_code[:4], hs_code[:6]}):
                out += list(WORDS.get(key, {}).values())
        if own_text:
            words = _words(own_text)
            out += [form for source, forms in self.terms() if source in words for form in forms]
        return out
