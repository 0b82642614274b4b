"""A service's DomainError on the form that sent the input (core.forms.add_domain_error)."""

from __future__ import annotations

import re
from pathlib import Path

from django import forms

from siapekspor.core.errors import ConflictError, ValidationFailed
from siapekspor.core.forms import add_domain_error


class _Form(forms.Form):
    name = forms.CharField()
    file = forms.CharField(required=False)


def _bound():
    form = _Form({"name": "Kopi"})
    assert form.is_valid()
    return form


def test_each_field_error_lands_on_its_field_and_unknown_fields_above_the_form():
    form = _bound()
    add_domain_error(
        form,
        ValidationFailed(details=[("name", "Nama terlalu panjang."), ("nik", "NIK salah.")]),
    )
    assert form.errors["name"] == ["Nama terlalu panjang."]
    assert form.non_field_errors() == ["NIK salah."]


def test_a_single_error_uses_its_own_field_then_the_given_one_then_the_form():
    form = _bound()
    add_domain_error(form, ConflictError("Sudah ada.", field="name"))
    assert form.errors["name"] == ["Sudah ada."]
    form = _bound()
    add_domain_error(form, ConflictError("Berkas rusak."), field="file")
    assert form.errors["file"] == ["Berkas rusak."]
    form = _bound()
    add_domain_error(form, ConflictError("Bentrok.", field="elsewhere"))
    assert form.non_field_errors() == ["Bentrok."]


def test_views_put_domain_errors_on_forms_only_through_core_forms():
    package = Path(__file__).resolve().parents[2]
    pattern = re.compile(r"\.add_error\([^)]*exc|def _form_errors")
    offenders = [
        f"{path.relative_to(package)}:{n}"
        for path in package.rglob("*.py")
        if "tests" not in path.parts and path != package / "core" / "forms.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if pattern.search(line)
    ]
    assert not offenders
