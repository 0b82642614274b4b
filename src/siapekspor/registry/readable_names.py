"""KBLI and HS codes in words wherever `core.readable` words a stored value: a related code
row, and the codes a text column holds (`hs_code_to_review`, `hs_interests` = "0901, 0902",
`kbli_…`), each as "0901 Kopi" in the reader's language or marked "(English)"."""

from __future__ import annotations

import re
from typing import Any

from siapekspor.core import readable
from siapekspor.registry import refnames
from siapekspor.registry.models import HsCode, KbliCode

_CODE = re.compile(r"\d{2,6}")


def with_name(code: KbliCode | HsCode) -> str:
    """`0901.11 Kopi …` (HS written as on every page) in the reader's language, else in English with "(English)" after it."""
    text, fallback = refnames.name_of(code)
    number = refnames.hs_dotted(code.code) if isinstance(code, HsCode) else code.code
    shown = f"{number} {text}"
    return f"{shown} {refnames.FALLBACK_NOTES[fallback]}" if fallback else shown


def _codes(model: type[KbliCode] | type[HsCode]) -> Any:
    def render(text: str, memo: readable.Memo) -> str:
        """Every code in the text with its name, the rest of the text as it was."""

        def named(match: re.Match[str]) -> str:
            key = (model, match.group(0))
            if key not in memo:
                row = model._default_manager.filter(code=match.group(0)).first()
                memo[key] = with_name(row) if row is not None else match.group(0)
            return memo[key]

        return _CODE.sub(named, text)

    return render


def register() -> None:
    readable.register_row_name(KbliCode, with_name)
    readable.register_row_name(HsCode, with_name)
    readable.register_text_column(lambda name: name.startswith("hs_"), _codes(HsCode))
    readable.register_text_column(lambda name: "kbli" in name, _codes(KbliCode))
