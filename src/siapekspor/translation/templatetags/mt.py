"""Template tags that show user content in the reader's language, with its mark.

    {% load mt %}
    {% mt_show product.description %}                   text + mark, one query
    {% mt_text product.description as shown %}          a services.Rendered to lay out yourself
    {{ shown.text }} {% mt_mark shown %}
    {% mt_mark_text shown %}                             the mark as plain text (e-mail)

For a list, call `services.texts_for(get_language(), [...])` in the view (one query for
all) and use `{% mt_mark item %}` per row. The tags only call the service and present it.
"""

from __future__ import annotations

from django import template
from django.utils.translation import get_language, get_language_info
from modeltranslation.utils import build_localized_fieldname

from siapekspor.translation import services

register = template.Library()


def _name(code: str) -> str:
    try:
        return get_language_info(code)["name_translated"]
    except KeyError:
        return code


@register.simple_tag
def mt_text(source_text, source_language="id"):
    return services.text_for(get_language() or "id", source_text or "", source_language)


@register.inclusion_tag("translation/includes/mt_mark.html")
def mt_mark(rendered):
    return {"rendered": rendered, "source_name": _name(rendered.source_language)}


@register.inclusion_tag("translation/includes/mt_mark.txt")
def mt_mark_text(rendered):
    """The mark as one line of plain text (for e-mail bodies)."""
    return {"rendered": rendered, "source_name": _name(rendered.source_language)}


@register.inclusion_tag("translation/includes/rendered_text.html")
def mt_show(source_text, source_language="id"):
    return {"rendered": mt_text(source_text, source_language)}


@register.simple_tag
def term_form(term, language):
    """A glossary term's agreed form in one language ("" when none)."""
    return getattr(term, build_localized_fieldname("term", language), "") or ""
