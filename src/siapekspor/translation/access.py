"""Who may see and change translations and the glossary (the rules live here and in
accounts.roles).

| what | who | why |
|---|---|---|
| review queue, correct a translation | province-wide officers (admin, province officer) | the memory is shared by every page and holds free text of every regency (inquiries included): a correction changes that text wherever it appears |
| see the glossary and the engine status | officers | regency officers need the agreed terms when they help owners write descriptions |
| edit the glossary | province-wide officers | one agreed term for the whole province |

Reading content in one's language (`services.text_for`) needs no right of its own: whoever may
see the Indonesian text may see its translation.
"""

from __future__ import annotations

from django.http import Http404

from siapekspor.accounts import roles
from siapekspor.accounts.roles import Actor
from siapekspor.translation.models import GlossaryTerm, Translation


def can_review_translations(user: Actor) -> bool:
    return roles.is_province_wide(user)


def can_view_glossary(user: Actor) -> bool:
    return roles.is_officer(user)


def can_edit_glossary(user: Actor) -> bool:
    return roles.is_province_wide(user)


def can_see_engine_status(user: Actor) -> bool:
    return roles.is_officer(user)


def get_translation_for_user(user: Actor, pk: int) -> Translation:
    """A translation the user may review; 404 for anyone else (the queue is not theirs)."""
    if not can_review_translations(user):
        raise Http404
    try:
        return Translation.objects.select_related("reviewed_by").get(pk=pk)
    except (Translation.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc


def get_glossary_term_for_user(user: Actor, pk: int) -> GlossaryTerm:
    if not can_edit_glossary(user):
        raise Http404
    try:
        return GlossaryTerm.objects.get(pk=pk)
    except (GlossaryTerm.DoesNotExist, ValueError, TypeError) as exc:
        raise Http404 from exc
