"""Machine translation of user content: the one door other apps use.

    from siapekspor.translation import services as mt

    shown = mt.text_for(get_language(), product.description)   # never blocks, never fails
    shown.text, shown.is_machine, shown.is_fallback

| call | what it does | never |
|---|---|---|
| `text_for` / `texts_for` | read the memory; for a text not translated yet, show the Indonesian and queue `translate_missing` (once per text, after the commit) | runs a model, raises because no model is installed |
| `translate_texts` | memory first, the engine for the rest, store the results (the task, the CLI, the benchmark) | overwrites a reviewed translation |
| `translation_correct` / `translation_provide` | an officer's text wins, `is_machine` cleared, audited | |
| `glossary_term_save`, `glossary_load` | agreed terms; the seed adds missing keys only | overwrites an officer's edit |
| `package_install` / `package_remove` | `.argosmodel` packages under `settings.MT_DIR` (engine/packages.py), audited | downloads anything |

Language codes here are Django's (`zh-hans`); the engine gets ISO 639 codes (`zh`).
Indonesian is the authority: a translation is always derived from the Indonesian text and
marked, and a machine translation made under another glossary is redone by
`translate_missing` (reviewed ones are kept).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from siapekspor.core import i18n
from siapekspor.core.audit import audit_record, diff_fields
from siapekspor.core.errors import DomainError, ValidationFailed
from siapekspor.translation import seed
from siapekspor.translation.engine import (
    CTranslate2Engine,
    Glossary,
    ModelStore,
    NoRoute,
    PackageError,
    PackageInfo,
    Term,
    normalise,
    text_hash,
)
from siapekspor.translation.models import GlossaryTerm, TermKind, Translation

if TYPE_CHECKING:
    from siapekspor.accounts.models import User

MAX_TEXT_CHARS = 20_000
MAX_TERM_CHARS = 120
PENDING_SECONDS = 600


class NoRouteError(DomainError):
    code = "no_translation_model"
    default_message = _("No translation model is installed for these languages.")


class PackageRefused(DomainError):
    code = "package_refused"
    default_message = _("The translation package was refused.")


# --- languages ------------------------------------------------------------------------------
def site_languages() -> list[str]:
    """The site's language codes (`settings.LANGUAGES`)."""
    return list(i18n.codes())


def engine_code(language: str) -> str:
    """Django `zh-hans` → package `zh` (Argos packages use ISO 639-1 codes)."""
    return language.lower().split("-")[0]


def site_language(code: str) -> str | None:
    """The site language of a translation-package code (`zh` → `zh-hans`), or None."""
    return next((lang for lang in site_languages() if engine_code(lang) == code), None)


def _language(language: str) -> str:
    lang = (language or "").lower()
    if lang in site_languages():
        return lang
    base = site_language(engine_code(lang))
    if base is None:
        raise ValidationFailed(
            _("Unknown language: %(language)s.") % {"language": language}, field="language"
        )
    return base


# --- the engine -----------------------------------------------------------------------------
_ENGINES: dict[str, CTranslate2Engine] = {}
_ENGINES_LOCK = threading.Lock()


def store() -> ModelStore:
    """The translation-model store under `settings.MT_DIR`."""
    return ModelStore(Path(settings.MT_DIR))


def engine() -> CTranslate2Engine:
    """The process's engine over `settings.MT_DIR` (models load on first use, in workers)."""
    key = str(settings.MT_DIR)
    with _ENGINES_LOCK:
        if key not in _ENGINES:
            _ENGINES[key] = CTranslate2Engine(
                ModelStore(key), threads=settings.MT_THREADS, batch_size=32
            )
        return _ENGINES[key]


def can_translate(source_language: str, target_language: str) -> bool:
    """Whether the installed packages can translate between the two site languages."""
    try:
        route = engine().route(engine_code(source_language), engine_code(target_language))
    except PackageError:
        return False
    return route is not None


# --- the glossary ---------------------------------------------------------------------------
def glossary() -> Glossary:
    """The active glossary terms, in engine language codes."""
    terms = []
    for row in GlossaryTerm.objects.active().order_by("key"):
        forms = {}
        for lang in site_languages():
            value = getattr(row, build_localized_fieldname("term", lang), "") or ""
            if value.strip():
                forms[engine_code(lang)] = value.strip()
        terms.append(Term(key=row.key, forms=forms))
    return Glossary.of(terms)


@dataclass
class GlossaryTermData:
    key: str
    kind: str
    forms: dict[str, str]  # Django language code -> agreed form
    note: str = ""
    is_active: bool = True


def _term_fields(term: GlossaryTerm) -> dict[str, Any]:
    fields = {"key": term.key, "kind": term.kind, "note": term.note, "is_active": term.is_active}
    for lang in site_languages():
        name = build_localized_fieldname("term", lang)
        fields[name] = getattr(term, name) or ""
    return fields


def glossary_term_errors(
    data: GlossaryTermData, term: GlossaryTerm | None = None
) -> list[tuple[str, object]]:
    """What is wrong with a glossary term, as (field, message) pairs (empty when valid)."""
    errors: list[tuple[str, object]] = []
    forms = _glossary_forms(data)
    if not forms.get(settings.LANGUAGE_CODE):
        errors.append((build_localized_fieldname("term", settings.LANGUAGE_CODE), _("Required.")))
    if data.kind not in TermKind.values:
        errors.append(("kind", _("Choose a kind of term.")))
    others = GlossaryTerm.objects.active().exclude(pk=getattr(term, "pk", None))
    for lang, form in forms.items():
        name = build_localized_fieldname("term", lang)
        if len(form) > MAX_TERM_CHARS:
            errors.append((name, _("At most %(n)s characters.") % {"n": MAX_TERM_CHARS}))
        elif "⟦" in form or "⟧" in form:
            errors.append((name, _("The brackets ⟦ ⟧ are reserved for the translation engine.")))
        elif (
            lang == settings.LANGUAGE_CODE  # the source of almost every text: one meaning each
            and form
            and data.is_active
            and others.filter(**{f"{name}__iexact": form}).exists()
        ):
            errors.append((name, _("Another active term already has this form.")))
    if term is None and GlossaryTerm.objects.filter(key=data.key).exists():
        errors.append(("key", _("A term with this key already exists.")))
    return errors


def _glossary_forms(data: GlossaryTermData) -> dict[str, str]:
    return {lang: " ".join((data.forms.get(lang) or "").split()) for lang in site_languages()}


@transaction.atomic
def glossary_term_save(
    *, actor: User | None, data: GlossaryTermData, term: GlossaryTerm | None = None
) -> GlossaryTerm:
    """Create or change a glossary term.

    The Indonesian form is required (it is the authority); other languages may stay empty
    (the model then translates the term). An Indonesian form may not belong to two active
    terms, and no form may contain the placeholder brackets ⟦ ⟧. Machine translations made
    under the old glossary are redone when next shown (texts_for queues them). Audited.
    Raises ValidationFailed.
    """
    errors = glossary_term_errors(data, term)
    if errors:
        raise ValidationFailed(details=errors)
    forms = _glossary_forms(data)
    creating = term is None
    term = term or GlossaryTerm(key=data.key)
    before = {} if creating else _term_fields(term)
    term.kind = data.kind
    term.note = data.note.strip()
    term.is_active = data.is_active
    for lang, form in forms.items():
        setattr(term, build_localized_fieldname("term", lang), form)
    term.term = forms[settings.LANGUAGE_CODE]
    term.full_clean()
    if creating:
        term.save()
    else:
        term.save(
            update_fields=[*(f for f in _term_fields(term) if f != "key"), "term", "updated_at"]
        )
    audit_record(
        actor=actor,
        action=f"translation.glossary_term.{'created' if creating else 'updated'}",
        target=term,
        changes=diff_fields(before, _term_fields(term)),
    )
    return term


def glossary_load(*, actor: User | None = None) -> int:
    """Add the terms of `translation/data/glossary.csv` whose key is missing; never changes a
    term that exists (an officer may have edited it). Returns how many were added."""
    added = 0
    for row in seed.read_glossary():
        if GlossaryTerm.objects.filter(key=row["key"]).exists():
            continue
        glossary_term_save(
            actor=actor,
            data=GlossaryTermData(
                key=row["key"], kind=row["kind"], forms=row["forms"], note=row["note"]
            ),
        )
        added += 1
    return added


# --- reading content in the reader's language -----------------------------------------------
@dataclass(frozen=True)
class Rendered:
    """What to show a reader: `text` in `language`, with how it was made."""

    text: str
    language: str
    source_text: str
    source_language: str
    is_machine: bool = False  # made by the engine, not checked by a person
    is_fallback: bool = False  # no translation yet: the source text is shown
    translation_id: int | None = None

    @property
    def is_reviewed(self) -> bool:
        return self.translation_id is not None and not self.is_machine

    @property
    def is_translated(self) -> bool:
        return self.language != self.source_language and not self.is_fallback


def _as_is(text: str, language: str) -> Rendered:
    return Rendered(text=text, language=language, source_text=text, source_language=language)


def _from_row(row: Translation, original: str) -> Rendered:
    return Rendered(
        text=row.text,
        language=row.target_language,
        source_text=original,
        source_language=row.source_language,
        is_machine=row.is_machine,
        translation_id=row.pk,
    )


def text_for(reader_language: str, source_text: str, source_language: str = "id") -> Rendered:
    """`source_text` for a reader of `reader_language` (see texts_for)."""
    return texts_for(reader_language, [source_text], source_language)[0]


def texts_for(
    reader_language: str, source_texts: Sequence[str], source_language: str = "id"
) -> list[Rendered]:
    """Each text in the reader's language, from the memory, in one query.

    A text without a translation comes back in its own language with `is_fallback`, and is
    queued for `translate_missing` when a model for the pair is installed (once per text and
    ten minutes, after the transaction commits). Never runs a model, never raises for a
    missing model or an unknown reader language (the source text is shown).
    """
    source_language = _language(source_language)
    try:
        target = _language(reader_language)
    except ValidationFailed:
        target = source_language
    if target == source_language:
        return [_as_is(t, source_language) for t in source_texts]
    keyed = [(t, text_hash(t)) for t in source_texts]
    hashes = {h for t, h in keyed if normalise(t)}
    rows = {
        r.source_hash: r
        for r in Translation.objects.filter(
            source_language=source_language, target_language=target, source_hash__in=hashes
        )
    }
    digest = glossary().digest() if rows else ""
    wanted: dict[str, str] = {}
    out = []
    for text, h in keyed:
        row = rows.get(h)
        if not normalise(text):
            out.append(_as_is(text, source_language))
        elif row is None:
            out.append(_fallback(text, source_language))
            wanted[h] = text
        else:
            out.append(_from_row(row, text))
            if row.is_machine and row.glossary_digest != digest:
                wanted[h] = text
    if wanted and can_translate(source_language, target):
        _queue(list(wanted.items()), source_language, target)
    return out


def _fallback(text: str, language: str) -> Rendered:
    return Rendered(
        text=text, language=language, source_text=text, source_language=language, is_fallback=True
    )


def _queue(items: list[tuple[str, str]], source_language: str, target: str) -> None:
    fresh = [
        text
        for h, text in items
        if cache.add(f"translation:pending:{source_language}:{target}:{h}", 1, PENDING_SECONDS)
    ]
    if not fresh:
        return

    def enqueue() -> None:
        from siapekspor.translation.tasks import translate_missing

        translate_missing.enqueue(
            texts=fresh, source_language=source_language, target_languages=[target]
        )

    transaction.on_commit(enqueue)


# --- translating ----------------------------------------------------------------------------
@dataclass
class TranslateOutcome:
    rendered: list[Rendered]
    translated: int = 0  # texts sent to the engine in this call
    from_memory: int = 0
    engine_version: str = ""
    routes: set[tuple[str, ...]] = field(default_factory=set)


def translate_texts(
    texts: Sequence[str],
    *,
    source_language: str,
    target_language: str,
    use_memory: bool = True,
    refresh_stale: bool = False,
) -> TranslateOutcome:
    """Translate now (workers, the CLI, the benchmark; never a page).

    The memory answers what it knows; the engine translates the rest in batches under the
    glossary; results are stored as machine translations. `refresh_stale` also redoes machine
    translations made under another glossary. A reviewed translation is never overwritten.
    With `use_memory=False` nothing is read from or written to the memory. Raises
    NoRouteError when no model (direct or through English) is installed, ValidationFailed
    for an unknown language or a text over 20,000 characters.
    """
    source = _language(source_language)
    target = _language(target_language)
    originals = list(texts)
    normal = [normalise(t) for t in originals]
    if any(len(n) > MAX_TEXT_CHARS for n in normal):
        raise ValidationFailed(
            _("A text is too long to translate (at most %(n)s characters).") % {"n": MAX_TEXT_CHARS}
        )
    if source == target:
        return TranslateOutcome(rendered=[_as_is(t, source) for t in originals])
    hashes = [text_hash(n) for n in normal]
    current = glossary()
    digest = current.digest()
    rows: dict[str, Translation] = {}
    if use_memory:
        rows = {
            r.source_hash: r
            for r in Translation.objects.filter(
                source_language=source, target_language=target, source_hash__in=set(hashes)
            )
        }
    todo: dict[str, str] = {}
    for n, h in zip(normal, hashes, strict=True):
        row = rows.get(h)
        if not n:
            continue
        if row is None or (refresh_stale and row.is_machine and row.glossary_digest != digest):
            todo.setdefault(h, n)
    outcome = TranslateOutcome(rendered=[], from_memory=len({h for h in hashes if h in rows}))
    made: dict[str, str] = {}
    if todo:
        eng = engine()
        route = eng.route(engine_code(source), engine_code(target))
        if route is None:
            raise NoRouteError(
                _("No translation model is installed for %(source)s → %(target)s.")
                % {"source": source, "target": target}
            )
        try:
            results = eng.translate(
                list(todo.values()), engine_code(source), engine_code(target), glossary=current
            )
        except NoRoute as exc:  # a package was removed between route() and translate()
            raise NoRouteError() from exc
        made = {h: r.text for h, r in zip(todo, results, strict=True)}
        outcome.translated = len(made)
        outcome.engine_version = eng.version(route)
        outcome.routes = {r.route for r in results}
        if use_memory:
            _store(source, target, todo, made, outcome.engine_version, digest)
            rows = {
                r.source_hash: r
                for r in Translation.objects.filter(
                    source_language=source, target_language=target, source_hash__in=set(hashes)
                )
            }
    for original, n, h in zip(originals, normal, hashes, strict=True):
        if not n:
            outcome.rendered.append(_as_is(original, source))
        elif h in rows:
            outcome.rendered.append(_from_row(rows[h], original))
        else:
            outcome.rendered.append(
                Rendered(
                    text=made[h],
                    language=target,
                    source_text=original,
                    source_language=source,
                    is_machine=True,
                )
            )
    return outcome


@transaction.atomic
def _store(
    source: str, target: str, todo: dict[str, str], made: dict[str, str], version: str, digest: str
) -> None:
    existing = set(
        Translation.objects.filter(
            source_language=source, target_language=target, source_hash__in=list(todo)
        ).values_list("source_hash", flat=True)
    )
    for h in existing:  # stale machine rows: only while still unreviewed
        Translation.objects.filter(
            source_language=source, target_language=target, source_hash=h, is_machine=True
        ).update(
            text=made[h],
            machine_text=made[h],
            engine_version=version,
            glossary_digest=digest,
            updated_at=timezone.now(),
        )
    Translation.objects.bulk_create(
        [
            Translation(
                source_language=source,
                target_language=target,
                source_hash=h,
                source_text=todo[h],
                text=made[h],
                machine_text=made[h],
                is_machine=True,
                engine_version=version,
                glossary_digest=digest,
            )
            for h in todo
            if h not in existing
        ],
        ignore_conflicts=True,  # a concurrent worker stored the same text: theirs stands
    )


# --- corrections ----------------------------------------------------------------------------
@transaction.atomic
def translation_correct(
    *, actor: User, translation: Translation, text: str, reason: str = ""
) -> Translation:
    """An officer's translation replaces the stored one for good.

    `is_machine` is cleared (the mark becomes "checked by an officer"), the engine's text is
    kept in `machine_text`, and the change is audited. Sending the same text approves it.
    Raises ValidationFailed for an empty or over-long text.
    """
    text = normalise(text or "")
    if not text:
        raise ValidationFailed(details=[("text", _("Write the translation."))])
    if len(text) > MAX_TEXT_CHARS:
        raise ValidationFailed(
            details=[("text", _("At most %(n)s characters.") % {"n": MAX_TEXT_CHARS})]
        )
    translation = Translation.objects.select_for_update().get(pk=translation.pk)
    before = {"text": translation.text, "is_machine": translation.is_machine}
    translation.text = text
    translation.is_machine = False
    translation.reviewed_by = actor if getattr(actor, "pk", None) else None
    translation.reviewed_at = timezone.now()
    translation.full_clean()
    translation.save(
        update_fields=["text", "is_machine", "reviewed_by", "reviewed_at", "updated_at"]
    )
    audit_record(
        actor=actor,
        action="translation.translation.corrected",
        target=translation,
        changes=diff_fields(before, {"text": text, "is_machine": False}),
        reason=reason.strip(),
    )
    return translation


@transaction.atomic
def translation_provide(
    *,
    actor: User,
    source_text: str,
    target_language: str,
    text: str,
    source_language: str = "id",
    reason: str = "",
) -> Translation:
    """A person's translation of a text that may have none yet (it then never goes to the
    engine). Same rules as translation_correct."""
    source = _language(source_language)
    target = _language(target_language)
    normal = normalise(source_text or "")
    if not normal:
        raise ValidationFailed(details=[("source_text", _("The source text is empty."))])
    if source == target:
        raise ValidationFailed(
            details=[("target_language", _("Choose a language other than the source."))]
        )
    row, _created = Translation.objects.get_or_create(
        source_language=source,
        target_language=target,
        source_hash=text_hash(normal),
        defaults={"source_text": normal, "text": normalise(text or "") or normal},
    )
    return translation_correct(actor=actor, translation=row, text=text, reason=reason)


# --- packages -------------------------------------------------------------------------------
_REFUSALS = {
    "unreadable": _("The file cannot be opened."),
    "too_large": _("The package is too large."),
    "not_zip": _("The file is not an Argos Translate package (an .argosmodel is a zip archive)."),
    "too_many_entries": _("The package was refused: it contains too many files."),
    "unsafe_path": _("The package was refused: a file name points outside the package."),
    "link": _("The package was refused: it contains a link."),
    "encrypted": _("The package was refused: it is encrypted."),
    "zip_bomb": _("The package was refused: it expands to far more data than its size."),
    "no_metadata": _("The package has no metadata.json."),
    "bad_metadata": _("The package's metadata.json is not valid."),
    "not_translation": _("The package is not a translation model."),
    "bpe_tokenizer": _(
        "The package uses a BPE tokenizer; only packages with a SentencePiece model can be "
        "installed."
    ),
    "missing_file": _("The package is incomplete: a model file is missing."),
    "damaged": _("The package is damaged: a part of it cannot be decompressed."),
    "bad_tokenizer": _("The package's SentencePiece model cannot be loaded."),
    "bad_model": _("The package's CTranslate2 model cannot be loaded."),
    "write_failed": _("The package could not be unpacked on the server (disk full?)."),
    "not_installed": _("No package is installed for this language pair."),
    "bad_manifest": _("The list of installed packages (manifest.json) is damaged."),
}


def _refused(exc: PackageError) -> PackageRefused:
    message = _REFUSALS.get(exc.code, PackageRefused.default_message)
    refused = PackageRefused(message)
    refused.code = f"package_{exc.code}"
    refused.details = [("package", exc.detail)] if exc.detail else []
    return refused


def package_install(*, actor: User, path: str | Path) -> tuple[PackageInfo, PackageInfo | None]:
    """Install an `.argosmodel` file under settings.MT_DIR (checks in engine/packages.py).

    Only packages between two of the site's languages are accepted. Replaces the package of
    the same pair. Audited. Raises PackageRefused (with the reason) and leaves the installed
    set unchanged on any failure.
    """
    from siapekspor.translation.engine import inspect_package

    try:
        info = inspect_package(path)
    except PackageError as exc:
        raise _refused(exc) from exc
    ours = {engine_code(lang) for lang in site_languages()}
    if info.from_code not in ours or info.to_code not in ours:
        raise PackageRefused(
            _("The package translates %(source)s → %(target)s; SiapEkspor uses only %(languages)s.")
            % {
                "source": info.from_code,
                "target": info.to_code,
                "languages": ", ".join(sorted(ours)),
            }
        )
    try:
        installed, replaced = store().install(path)
    except PackageError as exc:
        raise _refused(exc) from exc
    audit_record(
        actor=actor,
        action="translation.package.installed",
        target_type="translation.package",
        target_id=installed.pair,
        label=f"{installed.from_code}→{installed.to_code} {installed.package_version}",
        changes={
            "package_version": [
                replaced.package_version if replaced else None,
                installed.package_version,
            ],
            "sha256": [replaced.sha256 if replaced else None, installed.sha256],
        },
    )
    return installed, replaced


def package_remove(*, actor: User, pair: str) -> PackageInfo:
    """Remove the package of a pair (`id_en`). Audited. Raises PackageRefused if none."""
    try:
        removed = store().remove(pair)
    except PackageError as exc:
        raise _refused(exc) from exc
    audit_record(
        actor=actor,
        action="translation.package.removed",
        target_type="translation.package",
        target_id=removed.pair,
        label=f"{removed.from_code}→{removed.to_code} {removed.package_version}",
        changes={"package_version": [removed.package_version, None]},
    )
    return removed


# --- status ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class RouteInfo:
    source: str
    target: str
    route: tuple[str, ...]  # Django codes; empty when no model


@dataclass(frozen=True)
class EngineStatus:
    packages: list[PackageInfo]
    routes: list[RouteInfo]
    machine: int
    reviewed: int
    error: str = ""

    @property
    def is_available(self) -> bool:
        return any(r.route for r in self.routes)


def engine_status() -> EngineStatus:
    """Installed packages, which language pairs can be translated (and how), memory size."""
    error = ""
    try:
        packages = engine().packages()
    except PackageError as exc:
        packages, error = [], str(_refused(exc).message)
    routes = []
    for source in site_languages():
        for target in site_languages():
            if source == target:
                continue
            route = None if error else engine().route(engine_code(source), engine_code(target))
            routes.append(
                RouteInfo(
                    source=source,
                    target=target,
                    route=tuple(site_language(c) or c for c in route) if route else (),
                )
            )
    counts = Translation.objects.aggregate(
        machine=Count("id", filter=Q(is_machine=True)),
        reviewed=Count("id", filter=Q(is_machine=False)),
    )
    return EngineStatus(
        packages=packages,
        routes=routes,
        machine=counts["machine"],
        reviewed=counts["reviewed"],
        error=error,
    )
