"""The interface catalogues name Indonesia's regions and the programme's terms one way in each
language: the agreed forms of docs/GLOSSARY.md ("Terms that read wrong"). Reads every app's
django.po with polib; a message whose English names a term must use the agreed rendering and
none of the rejected ones."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest

from siapekspor.core import i18n

PACKAGE = Path(__file__).resolve().parents[2]
# Placeholders name variables, not terms: "%(regency)s" is a regency's name, not the word.
PLACEHOLDER = re.compile(r"%\([^)]*\)[a-z]|\{[^}]*\}")
# English reads its msgids; Indonesian is the authoritative text (its own review).
OTHERS = [code for code in i18n.machine_translated() if code != "en"]

# term: (what in the English msgid names it, {language: (one of these must appear, none of
# these may)}). Matching is case-insensitive.
TERMS: dict[str, tuple[str, dict[str, tuple[list[str], list[str]]]]] = {
    "kabupaten/kota": (
        r"regenc|kabupaten",
        {
            "ar": (["مقاطع"], ["ولاي", "محافظ", "منطقة", "الإقليم أو المدينة"]),
            "zh-hans": (["县"], ["县市", "县或市"]),
            "ja": (["県"], ["県または市", "本州"]),
            "fr": (["kabupaten"], ["régence", "département"]),
        },
    ),
    "provinsi": (
        r"\bprovinc",
        {
            "ar": (["إقليم", "أقاليم"], ["محافظ", "ولاي"]),
            "zh-hans": (["省"], []),
            "ja": (["州"], ["州（県）"]),
            "fr": (["provinc"], []),
        },
    ),
    "IKM": (r"\bIKM\b", {lang: (["IKM"], []) for lang in OTHERS}),
    "naik kelas": (
        r"\bmoved? up\b",
        {
            "ar": (["مستوى أعلى"], ["ترق", "ارتق"]),
            "zh-hans": (["晋级"], ["升级"]),
            "ja": (["進級"], []),
            "fr": (["niveau supérieur"], []),
        },
    ),
    "pemula": (
        r"\bbeginner",
        {
            "ar": (["مبتد"], []),
            "zh-hans": (["初级"], []),
            "ja": (["初級"], []),
            "fr": (["débutant"], []),
        },
    ),
    "menengah": (
        r"\bintermediate\b",
        {
            "ar": (["متوسط"], []),
            "zh-hans": (["中级"], []),
            "ja": (["中級"], []),
            "fr": (["intermédiaire"], []),
        },
    ),
    "mahir": (
        r"\bproficient\b",
        {
            "ar": (["متقدم"], []),
            "zh-hans": (["高级"], []),
            "ja": (["上級"], []),
            "fr": (["confirmé"], ["avancé"]),
        },
    ),
    "LPEI": (r"\bLPEI\b", {lang: (["LPEI"], []) for lang in OTHERS}),
    "OJK": (r"\bOJK\b", {lang: (["OJK"], []) for lang in OTHERS}),
    "Disperindag": (
        r"\bDisperindag\b",
        {lang: (["Disperindag"], []) for lang in OTHERS},
    ),
    "Dinas Perindag": (
        r"industry and trade office",
        {
            "ar": (["مكتب الصناعة والتجارة"], []),
            "zh-hans": (["工业和贸易厅"], ["工业与贸易厅"]),
            "ja": (["産業貿易局"], ["商工局"]),
            "fr": (["service de l’industrie et du commerce"], []),
        },
    ),
}
# In French a kecamatan is a "district"; only a message about one may say so.
FRENCH_DISTRICT = re.compile(r"district|kecamatan", re.I)


def _messages(language: str):
    for path in sorted(PACKAGE.glob(f"*/locale/{i18n.locale(language)}/LC_MESSAGES/django.po")):
        app = path.parts[-5]
        for entry in polib.pofile(str(path)):
            if entry.obsolete:
                continue
            texts = [entry.msgstr] if entry.msgstr else list(entry.msgstr_plural.values())
            yield app, entry.msgid, " ".join(texts)


@pytest.mark.parametrize("term", sorted(TERMS))
def test_catalogues_use_the_agreed_rendering(term):
    pattern, rules = TERMS[term]
    names = re.compile(pattern, re.I)
    problems, checked = [], 0
    for language, (agreed, rejected) in rules.items():
        for app, msgid, msgstr in _messages(language):
            if not names.search(PLACEHOLDER.sub("", msgid)):
                continue
            checked += 1
            text = msgstr.casefold()
            if not any(form.casefold() in text for form in agreed):
                problems.append(f"{app} {language}: {msgid!r} → {msgstr!r} lacks {agreed}")
            wrong = [form for form in rejected if form.casefold() in text]
            if language == "fr" and term == "kabupaten/kota" and not FRENCH_DISTRICT.search(msgid):
                wrong += ["district"] if "district" in text else []
            if wrong:
                problems.append(f"{app} {language}: {msgid!r} → {msgstr!r} uses {wrong}")
    assert checked, f"no message names {term}: the pattern is stale"
    assert not problems, "\n".join(problems)


def _content_texts(value):
    """Every {language: text} of the content modules (questionnaires, training modules)."""
    if isinstance(value, dict):
        if set(i18n.codes()) <= set(value) and all(isinstance(v, str) for v in value.values()):
            yield value
            return
        for item in value.values():
            yield from _content_texts(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _content_texts(item)


def _content_modules():
    import importlib
    import pkgutil

    for package in ("siapekspor.readiness.content", "siapekspor.training.content"):
        for info in pkgutil.iter_modules(importlib.import_module(package).__path__):
            module = importlib.import_module(f"{package}.{info.name}")
            for name, value in vars(module).items():
                if name.isupper():
                    yield f"{info.name}.{name}", value


# Content names the office by its acronym in English ("a Disperindag export class") and
# spells it out in the other languages: the same rejected forms apply.
CONTENT_PATTERNS = {"Dinas Perindag": r"industry and trade office|\bDisperindag\b"}


def test_content_never_uses_a_rejected_rendering():
    """The content the loaders store (readiness questions and next steps, training modules)
    keeps to the same terms; a text may paraphrase, so only the rejected forms are checked."""
    problems, checked = [], 0
    for where, value in _content_modules():
        for texts in _content_texts(value):
            checked += 1
            for term, (pattern, rules) in TERMS.items():
                pattern = CONTENT_PATTERNS.get(term, pattern)
                if not re.search(pattern, PLACEHOLDER.sub("", texts["en"]), re.I):
                    continue
                for language, (_agreed, rejected) in rules.items():
                    wrong = [f for f in rejected if f.casefold() in texts[language].casefold()]
                    if wrong:
                        problems.append(f"{where} {language}: {texts[language]!r} uses {wrong}")
    assert checked > 100, checked
    assert not problems, "\n".join(problems)
