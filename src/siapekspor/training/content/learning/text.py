"""Helper for writing learning content: one `{language: text}` dict per text."""


def t(id_: str, en: str, zh_hans: str, ja: str, ar: str, fr: str) -> dict[str, str]:
    """A text in the six languages, Indonesian first (authoritative). A language added to the
    site makes every loader refuse this content until it is written (core.i18n)."""
    return {"id": id_, "en": en, "zh-hans": zh_hans, "ja": ja, "ar": ar, "fr": fr}


def q(
    text: dict[str, str],
    right: dict[str, str],
    wrong: list[dict[str, str]],
    explanation: dict[str, str],
    *,
    right_at: int | None = None,
) -> dict:
    """A quiz question: the right answer is placed at `right_at` among the wrong ones (by
    default at a position derived from the question's Indonesian text, so that the right answer
    is not always first yet stays where it is when the content is reloaded)."""
    if right_at is None:
        right_at = sum(map(ord, text["id"])) % (len(wrong) + 1)
    choices = [(w, False) for w in wrong]
    choices.insert(right_at, (right, True))
    return {"text": text, "choices": choices, "explanation": explanation}
