"""Background work of the translation app: translating what readers asked for."""

from __future__ import annotations

from django_tasks import task


@task()
def translate_missing(
    texts: list[str], source_language: str = "id", target_languages: list[str] | None = None
) -> int:
    """Translate `texts` into each target language (default: every other site language)
    that has a model, skipping what the memory holds and redoing machine translations made
    under an older glossary. Returns how many texts went to the engine."""
    from siapekspor.translation import services

    targets = target_languages or [
        lang for lang in services.site_languages() if lang != source_language
    ]
    done = 0
    for target in targets:
        if target == source_language or not services.can_translate(source_language, target):
            continue
        outcome = services.translate_texts(
            texts, source_language=source_language, target_language=target, refresh_stale=True
        )
        done += outcome.translated
    return done
