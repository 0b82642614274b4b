"""Text handling shared by the engine and the translation memory: normalising and splitting.

* `normalise(text)` is the memory's notion of "the same text": Unicode NFC, `\\r\\n` → `\\n`,
  runs of spaces and tabs inside a line collapsed to one space, lines stripped, more than one
  blank line collapsed to one, the whole stripped. Two texts with the same normal form share
  one translation.
* `text_hash(text)` is the SHA-256 (hex) of the normal form.
* `sentences(paragraph)` splits a paragraph after `.`, `!`, `?`, `…` followed by white space,
  and after the CJK full stops `。！？` with or without space. No language model is used for
  this (Argos uses Stanza; we do not ship it): a missed boundary only makes a longer input
  for the model, never a lost word.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|(?<=[。！？])\s*")
_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)

# Target languages whose writing puts no spaces between words or sentences.
NO_SPACE_LANGUAGES = frozenset({"zh", "ja"})


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def text_hash(text: str) -> str:
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s and not s.isspace()]


def has_letters(text: str) -> bool:
    """Whether a model has anything to translate (numbers and punctuation pass through)."""
    return bool(_LETTER.search(text))


def joiner(language: str) -> str:
    """What separates two translated sentences in `language`."""
    return "" if language in NO_SPACE_LANGUAGES else " "
