"""Forms and domain errors: a service's DomainError shown on the form that sent the input."""

from __future__ import annotations

from django import forms

from siapekspor.core.errors import DomainError, ValidationFailed


def add_domain_error(form: forms.Form, exc: DomainError, *, field: str | None = None) -> None:
    """Put a DomainError on `form`: each (field, message) of a ValidationFailed on its field,
    otherwise the message on the error's own field, else on `field` (the form's main input),
    else above the form. A field the form does not have becomes a form-wide error, so that no
    message is lost."""

    def target(name: str | None) -> str | None:
        return name if name and name in form.fields else None

    if isinstance(exc, ValidationFailed) and exc.details:
        for name, message in exc.details:
            form.add_error(target(name), message)
        return
    form.add_error(target(exc.field) or target(field), exc.message)
