"""Rules of a buyer's fields, shared by the form, the import and the inquiry form."""

from __future__ import annotations

import re
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.translation import gettext_lazy as _

from siapekspor.core import countries
from siapekspor.core.tabular import cell_text
from siapekspor.registry.validation import FieldProblem, plain_text

_HS = re.compile(r"^\d{2}(\d{2}){0,2}$")


def company(raw: Any) -> str:
    """Trimmed, at most 200 characters, no control or direction-override characters (the
    registry's one rule for free text)."""
    text = plain_text(cell_text(raw), 200, _("The company name is longer than 200 characters."))
    if not text:
        raise FieldProblem(_("The company name is required."))
    return text


def country(raw: Any) -> str:
    code = countries.lookup(cell_text(raw))
    if not code:
        raise FieldProblem(_("Unknown country: give its name or its ISO code."))
    return code


def email(raw: Any, *, required: bool = False) -> str:
    text = cell_text(raw).strip().lower()
    if not text:
        if required:
            raise FieldProblem(_("The e-mail address is required."))
        return ""
    try:
        validate_email(text)
    except ValidationError as exc:
        raise FieldProblem(_("The e-mail address is not valid.")) from exc
    return text


def phone(raw: Any) -> str:
    """An international number: `+`, then 7 to 15 digits (spaces, dots, dashes dropped)."""
    text = cell_text(raw).strip()
    if not text:
        return ""
    digits = re.sub(r"[\s().\-]", "", text)
    if digits.startswith("00"):
        digits = "+" + digits[2:]
    if not re.fullmatch(r"\+?\d{7,15}", digits):
        raise FieldProblem(_("The phone number is not valid (international form, +country code)."))
    return digits if digits.startswith("+") else "+" + digits


def person_name(raw: Any) -> str:
    return plain_text(
        cell_text(raw), 120, _("The contact person's name is longer than 120 characters.")
    )


def hs_interests(raw: Any) -> str:
    """HS chapters, headings or subheadings (2, 4 or 6 digits) separated by commas or spaces."""
    codes = []
    for part in re.split(r"[,;\s]+", cell_text(raw)):
        code = part.replace(".", "")
        if not code:
            continue
        if not _HS.match(code):
            raise FieldProblem(
                _("HS codes of interest: 2, 4 or 6 digits each (%(code)s).") % {"code": part[:20]}
            )
        codes.append(code)
    text = " ".join(dict.fromkeys(codes))
    if len(text) > 300:
        raise FieldProblem(_("Too many HS codes of interest."))
    return text
