"""Officer pages: the review queue of machine translations, one translation with its
correction form, and the glossary."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import get_language_info
from django.utils.translation import gettext as _

from siapekspor.core.audit import audit_history, history_lines
from siapekspor.core.errors import DomainError
from siapekspor.core.forms import add_domain_error
from siapekspor.core.pagination import IdFirstPaginator
from siapekspor.translation import access, selectors, services
from siapekspor.translation.forms import (
    CorrectionForm,
    GlossaryFilterForm,
    GlossaryTermForm,
    ReviewFilterForm,
)

PAGE_SIZE = 50


def _language_name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@login_required
def review_list(request):
    if not access.can_review_translations(request.user):
        raise PermissionDenied
    form = ReviewFilterForm(request.GET or None)
    filters = selectors.TranslationFilters()
    if form.is_valid():
        c = form.cleaned_data
        filters = selectors.TranslationFilters(
            q=c["q"], target_language=c["target_language"], status=c["status"] or "machine"
        )
    page = IdFirstPaginator(selectors.translation_list(filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    status = services.engine_status()
    return render(
        request,
        "translation/review_list.html",
        {
            "form": form,
            "page": page,
            "query": query.urlencode(),
            "status": status,
            "routes": [r for r in status.routes if r.route],
            "can_edit_glossary": access.can_edit_glossary(request.user),
        },
    )


@login_required
def review_detail(request, pk):
    translation = access.get_translation_for_user(request.user, pk)
    form = CorrectionForm(request.POST or None, initial={"text": translation.text})
    if request.method == "POST" and form.is_valid():
        try:
            services.translation_correct(
                actor=request.user,
                translation=translation,
                text=form.cleaned_data["text"],
                reason=form.cleaned_data["reason"],
            )
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request, _("The translation was saved. It now replaces the machine translation.")
            )
            return redirect("translation:review", pk=translation.pk)
    return render(
        request,
        "translation/review_detail.html",
        {
            "translation": translation,
            "form": form,
            "source_name": _language_name(translation.source_language),
            "target_name": _language_name(translation.target_language),
            "history": history_lines(audit_history(translation)[:20]),
        },
    )


@login_required
def glossary_list(request):
    if not access.can_view_glossary(request.user):
        raise PermissionDenied
    form = GlossaryFilterForm(request.GET or None)
    q = form.cleaned_data["q"] if form.is_valid() else ""
    terms = list(selectors.glossary_term_list(q))
    return render(
        request,
        "translation/glossary_list.html",
        {
            "form": form,
            "terms": terms,
            "glossary_languages": services.site_languages(),
            "can_edit": access.can_edit_glossary(request.user),
        },
    )


@login_required
def glossary_edit(request, pk=None):
    term = None
    if pk is None:
        if not access.can_edit_glossary(request.user):
            raise PermissionDenied
    else:
        term = access.get_glossary_term_for_user(request.user, pk)
    initial = GlossaryTermForm.initial_for(term) if term else None
    form = GlossaryTermForm(request.POST or None, initial=initial, editing=term is not None)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.glossary_term_save(actor=request.user, data=form.to_data(), term=term)
        except DomainError as exc:
            add_domain_error(form, exc)
        else:
            messages.success(
                request,
                _(
                    "The term was saved. Machine translations that use it are redone the "
                    "next time they are shown."
                ),
            )
            return redirect("translation:glossary-edit", pk=saved.pk)
    return render(
        request,
        "translation/glossary_form.html",
        {
            "form": form,
            "term": term,
            "history": history_lines(audit_history(term)[:20]) if term else [],
        },
    )
