"""The CTranslate2 + SentencePiece engine over installed Argos Translate packages.

| step | how | where the rule comes from |
|---|---|---|
| route | the package of the pair if installed; otherwise `source→en` then `en→target` | Argos pivots through English the same way |
| split | normal form (text.py), then paragraphs at line breaks, sentences at `.!?…。！？` | one model input per sentence, as Argos does |
| protect | glossary placeholders per sentence; split-and-rejoin for a sentence whose placeholders did not survive (glossary.py) | the agreed forms are never left to the model |
| tokenize | `SentencePieceProcessor.encode(out_type=str)` with the package's `sentencepiece.model` | argos-translate `translate.py` |
| translate | `Translator.translate_batch` in batches of `batch_size` distinct sentences, greedy or small beam, `replace_unknowns=True`; the decoding length is capped at twice the longest input plus 10 tokens | CTranslate2 Python API |
| detokenize | join the pieces, `▁` becomes a space, the leading space is dropped | argos-translate `translate.py` |

Guarantees: the output list has one `Result` per input text, in order; the same sentence is
sent to a model once per call even if it occurs in several texts; numbers and punctuation
without letters pass through untouched; a text in the target language already (source ==
target) is returned as is. Models load lazily on first use and stay loaded; installing or
removing a package is noticed at the next call (the manifest's stat changes). `stats`
counts every batch and sentence sent to a model, per pair: it is how callers (and tests)
see that a cache saved work.
"""

from __future__ import annotations

import itertools
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from .glossary import Glossary, restore
from .packages import ModelStore, PackageInfo
from .text import has_letters, joiner, normalise, sentences

PIVOT = "en"


class NoRoute(Exception):
    """No installed package (or pair of packages through English) for these languages."""


@dataclass(frozen=True)
class Result:
    text: str
    route: tuple[str, ...]  # ("id", "en", "ja") for a pivot
    glossary: str = "none"  # "none" | "placeholders" | "split"
    terms: tuple[str, ...] = ()  # glossary keys found in the text


@dataclass
class Stats:
    batches: int = 0
    sentences: int = 0
    by_pair: Counter[str] = field(default_factory=Counter)


class Engine(Protocol):
    """What the translation service needs from an engine."""

    stats: Stats

    def route(self, source: str, target: str) -> tuple[str, ...] | None: ...

    def version(self, route: Sequence[str]) -> str: ...

    def packages(self) -> list[PackageInfo]: ...

    def translate(
        self, texts: Sequence[str], source: str, target: str, *, glossary: Glossary | None = None
    ) -> list[Result]: ...


class CTranslate2Engine:
    def __init__(
        self,
        store: ModelStore,
        *,
        threads: int = 1,
        batch_size: int = 32,
        beam_size: int = 2,
    ) -> None:
        self.store = store
        self.threads = threads
        self.batch_size = batch_size
        self.beam_size = beam_size
        self.stats = Stats()
        self._lock = threading.Lock()
        self._signature: tuple[int, int] | None = None
        self._pairs: dict[str, PackageInfo] = {}
        self._models: dict[str, tuple[str, Any, Any]] = {}  # pair -> (directory, model, sp)

    # --- packages and routes --------------------------------------------------------------
    def _refresh(self) -> dict[str, PackageInfo]:
        signature = self.store.signature()
        if signature != self._signature:
            with self._lock:
                self._pairs = {p.pair: p for p in self.store.packages()}
                self._models = {
                    pair: loaded
                    for pair, loaded in self._models.items()
                    if pair in self._pairs and self._pairs[pair].directory == loaded[0]
                }
                self._signature = signature
        return self._pairs

    def packages(self) -> list[PackageInfo]:
        return sorted(self._refresh().values(), key=lambda p: p.pair)

    def route(self, source: str, target: str) -> tuple[str, ...] | None:
        if source == target:
            return (source,)
        pairs = self._refresh()
        if f"{source}_{target}" in pairs:
            return (source, target)
        if PIVOT not in (source, target) and {f"{source}_{PIVOT}", f"{PIVOT}_{target}"} <= set(
            pairs
        ):
            return (source, PIVOT, target)
        return None

    def version(self, route: Sequence[str]) -> str:
        """Which packages made a translation, e.g. `id_en 1.9 · en_ja 1.1`."""
        pairs = self._refresh()
        hops = [f"{a}_{b}" for a, b in itertools.pairwise(route)]
        return " · ".join(f"{h} {pairs[h].package_version}" for h in hops if h in pairs)

    def _model(self, pair: str) -> tuple[Any, Any]:
        package = self._refresh()[pair]
        loaded = self._models.get(pair)
        if loaded is None:
            with self._lock:
                loaded = self._models.get(pair)
                if loaded is None:
                    import ctranslate2
                    import sentencepiece

                    directory = self.store.directory(package)
                    model = ctranslate2.Translator(
                        str(directory / "model"),
                        device="cpu",
                        inter_threads=1,
                        intra_threads=self.threads,
                    )
                    sp = sentencepiece.SentencePieceProcessor(
                        model_file=str(directory / "sentencepiece.model")
                    )
                    loaded = (package.directory, model, sp)
                    self._models[pair] = loaded
        return loaded[1], loaded[2]

    # --- translating ----------------------------------------------------------------------
    def _hop(self, segments: list[str], pair: str) -> list[str]:
        unique = list(dict.fromkeys(s for s in segments if has_letters(s)))
        if not unique:
            return segments
        model, sp = self._model(pair)
        done: dict[str, str] = {}
        for start in range(0, len(unique), self.batch_size):
            chunk = unique[start : start + self.batch_size]
            tokens = [sp.encode(s, out_type=str) for s in chunk]
            longest = max(len(t) for t in tokens)
            results = model.translate_batch(
                tokens,
                beam_size=self.beam_size,
                max_decoding_length=min(512, 2 * longest + 10),
                replace_unknowns=True,
            )
            self.stats.batches += 1
            self.stats.sentences += len(chunk)
            self.stats.by_pair[pair] += len(chunk)
            for source, result in zip(chunk, results, strict=True):
                text = "".join(result.hypotheses[0]).replace("▁", " ")
                done[source] = text[1:] if text.startswith(" ") else text
        return [done.get(s, s) for s in segments]

    def _chain(self, segments: list[str], route: tuple[str, ...]) -> list[str]:
        for a, b in itertools.pairwise(route):
            segments = self._hop(segments, f"{a}_{b}")
        return segments

    def translate(
        self, texts: Sequence[str], source: str, target: str, *, glossary: Glossary | None = None
    ) -> list[Result]:
        if source == target:
            return [Result(text=normalise(t), route=(source,)) for t in texts]
        route = self.route(source, target)
        if route is None:
            raise NoRoute(f"{source}_{target}")
        glossary = glossary or Glossary()

        plan: list[list[list[int]]] = []  # text -> paragraphs -> sentence indexes
        units: list[str] = []
        for text in texts:
            paragraphs = []
            for paragraph in normalise(text).split("\n"):
                indexes = []
                for sentence in sentences(paragraph):
                    indexes.append(len(units))
                    units.append(sentence)
                paragraphs.append(indexes)
            plan.append(paragraphs)

        protected = [glossary.protect(u, source, target) for u in units]
        first = self._chain([p.text for p in protected], route)
        out: list[str] = [""] * len(units)
        method: list[str] = ["none"] * len(units)
        retry: list[int] = []
        for i, (prot, translated) in enumerate(zip(protected, first, strict=True)):
            restored = restore(translated, prot)
            if restored is None:
                retry.append(i)
            else:
                out[i] = restored
                method[i] = "placeholders" if prot.slots else "none"

        if retry:
            pieces = {i: glossary.split(units[i], source, target) for i in retry}
            wanted = [
                p.text.strip()
                for i in retry
                for p in pieces[i]
                if not p.is_term and has_letters(p.text)
            ]
            translated_pieces = iter(self._chain(wanted, route))
            tight = joiner(target) == ""
            for i in retry:
                parts = []
                for p in pieces[i]:
                    text = p.text
                    if not p.is_term and has_letters(text):
                        core = next(translated_pieces)
                        text = text[: len(text) - len(text.lstrip())] + core
                        text += p.text[len(p.text.rstrip()) :]
                    parts.append(text.strip() if tight else text)
                out[i] = "".join(parts)
                method[i] = "split"

        sep = joiner(target)
        results = []
        for paragraphs in plan:
            indexes = [i for para in paragraphs for i in para]
            text = "\n".join(sep.join(out[i] for i in para) for para in paragraphs)
            methods = {method[i] for i in indexes}
            used = (
                "split" if "split" in methods else "placeholders" if methods - {"none"} else "none"
            )
            keys = tuple(dict.fromkeys(k for i in indexes for k in protected[i].keys))
            results.append(Result(text=text, route=route, glossary=used, terms=keys))
        return results
