"""The glossary: product and programme terms that a model must not translate on its own.

A `Term` is one concept with its agreed form in each language (`{"id": "naik kelas",
"en": "move up a level", "ja": "ステップアップ", …}`, engine language codes). Protection works
from any source language to any target language that has a form for the term.

How a sentence is protected (the engine chooses per sentence):

| step | what happens | guarantee |
|---|---|---|
| find | every source form is matched case-insensitively, longest first; in languages written with spaces only as whole words (`tapis` does not match inside `tapisan`); white space inside a form matches any run of white space | a term is never matched inside another word; the longer term wins (`lada hitam Lampung` before `lada hitam`) |
| placeholders | each match is replaced by `⟦n⟧`, the sentence is translated, each `⟦n⟧` is replaced by the agreed target form | used only when every placeholder comes back exactly once |
| split and rejoin | otherwise the sentence is cut at the terms, the pieces between them are translated alone, and the agreed forms are put back between the translated pieces | the agreed forms appear exactly, whatever the model does |

A form's first letter follows the source's capitalisation (`Kopi robusta` at the start of a
sentence gives `Robusta coffee`); the rest is written as agreed. A term without a form in
the target language is left to the model.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .text import NO_SPACE_LANGUAGES

PLACEHOLDER = "⟦{n}⟧"
_PLACEHOLDER_RE = re.compile(r"⟦\s*(\d+)\s*⟧")


@dataclass(frozen=True)
class Term:
    key: str
    forms: Mapping[str, str]  # engine language code -> agreed form

    def form(self, language: str) -> str:
        return (self.forms.get(language) or "").strip()


@dataclass(frozen=True)
class Match:
    start: int
    end: int
    term: Term
    original: str


@dataclass(frozen=True)
class Protected:
    """A sentence with its terms replaced by placeholders, and what each one stands for."""

    text: str
    slots: tuple[str, ...]  # agreed target form of placeholder n (index n)
    keys: tuple[str, ...] = ()  # the terms found, in order


@dataclass(frozen=True)
class Piece:
    """A part of a sentence: either text for the model, or an agreed form (`is_term`)."""

    text: str
    is_term: bool = False


def _cased(form: str, original: str) -> str:
    """Follow the source's capital first letter when the agreed form starts lower-case."""
    if original[:1].isupper() and form[:1].islower() and not original.isupper():
        return form[:1].upper() + form[1:]
    return form


@dataclass
class Glossary:
    terms: tuple[Term, ...] = ()
    _patterns: dict[str, tuple[re.Pattern[str], dict[str, Term]] | None] = field(
        default_factory=dict, repr=False, compare=False
    )

    @classmethod
    def of(cls, terms: Iterable[Term]) -> Glossary:
        return cls(terms=tuple(terms))

    def __len__(self) -> int:
        return len(self.terms)

    def digest(self) -> str:
        """A short fingerprint of every form: translations made under another glossary can be
        found and redone."""
        data = sorted((t.key, sorted((k, v) for k, v in t.forms.items() if v)) for t in self.terms)
        raw = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]

    def _pattern(self, language: str) -> tuple[re.Pattern[str], dict[str, Term]] | None:
        if language not in self._patterns:
            lookup: dict[str, Term] = {}
            for term in self.terms:
                form = term.form(language)
                if form:
                    lookup.setdefault(_key(form), term)  # the first of two homonyms wins
            if not lookup:
                self._patterns[language] = None
            else:
                forms = sorted(lookup, key=len, reverse=True)
                body = "|".join(r"\s+".join(re.escape(w) for w in f.split(" ")) for f in forms)
                if language not in NO_SPACE_LANGUAGES:
                    body = rf"(?<!\w)(?:{body})(?!\w)"
                self._patterns[language] = (re.compile(body, re.IGNORECASE), lookup)
        return self._patterns[language]

    def find(self, text: str, source: str, target: str) -> list[Match]:
        """Terms of `text` (in `source`) that have an agreed form in `target`."""
        compiled = self._pattern(source)
        if compiled is None:
            return []
        pattern, lookup = compiled
        found = []
        for m in pattern.finditer(text):
            term = lookup.get(_key(m.group(0)))
            if term is not None and term.form(target):
                found.append(Match(m.start(), m.end(), term, m.group(0)))
        return found

    def protect(self, text: str, source: str, target: str) -> Protected:
        matches = self.find(text, source, target)
        out, slots, pos = [], [], 0
        for n, m in enumerate(matches):
            out.append(text[pos : m.start])
            out.append(PLACEHOLDER.format(n=n))
            slots.append(_cased(m.term.form(target), m.original))
            pos = m.end
        out.append(text[pos:])
        keys = tuple(m.term.key for m in matches)
        return Protected(text="".join(out), slots=tuple(slots), keys=keys)

    def split(self, text: str, source: str, target: str) -> list[Piece]:
        pieces: list[Piece] = []
        pos = 0
        for m in self.find(text, source, target):
            if m.start > pos:
                pieces.append(Piece(text[pos : m.start]))
            pieces.append(Piece(_cased(m.term.form(target), m.original), is_term=True))
            pos = m.end
        if pos < len(text):
            pieces.append(Piece(text[pos:]))
        return pieces


def restore(translated: str, protected: Protected) -> str | None:
    """Put the agreed forms back; None when a placeholder was lost, repeated or invented."""
    if not protected.slots:
        return translated
    seen = [int(n) for n in _PLACEHOLDER_RE.findall(translated)]
    if sorted(seen) != list(range(len(protected.slots))):
        return None
    return _PLACEHOLDER_RE.sub(lambda m: protected.slots[int(m.group(1))], translated)


def _key(form: str) -> str:
    return " ".join(form.split()).casefold()
