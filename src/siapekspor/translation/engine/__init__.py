"""Machine translation engine: plain Python, no Django. Django reaches it only through
`siapekspor.translation.services`.

    store = ModelStore("var/mt")                      # installed Argos Translate packages
    store.install("translate-id_en-1_9.argosmodel")   # checked, unpacked, load-tested, recorded
    engine = CTranslate2Engine(store)
    engine.translate(["Kopi robusta dari Lampung."], "id", "ja", glossary=glossary)
    # -> [Result(text="…", route=("id", "en", "ja"), glossary="placeholders", terms=(…))]

Guarantees (each module's docstring says how):

* `translate(texts, source, target)` returns one `Result` per text, in order, or raises
  `NoRoute` when neither a direct package nor a pivot through English is installed. It never
  downloads anything: models come only from packages installed with `ModelStore.install`.
* Glossary terms come out exactly in their agreed form (glossary.py), whatever the model does.
* Sentences are batched (`batch_size` distinct sentences per model call) and a sentence that
  occurs several times in one call is translated once; `engine.stats` counts model calls.
* A package is checked in full before anything is written (packages.py); a refused package
  raises `PackageError` with a `code` and leaves the store unchanged.
* Language codes are the packages' ISO 639 codes (`id`, `en`, `zh`, `ja`, `ar`, `fr`); the
  service maps Django's `zh-hans` to `zh`.
"""

from .ct2 import PIVOT, CTranslate2Engine, Engine, NoRoute, Result, Stats
from .glossary import Glossary, Term
from .packages import Limits, ModelStore, PackageError, PackageInfo, inspect_package
from .text import normalise, text_hash

__all__ = [
    "PIVOT",
    "CTranslate2Engine",
    "Engine",
    "Glossary",
    "Limits",
    "ModelStore",
    "NoRoute",
    "PackageError",
    "PackageInfo",
    "Result",
    "Stats",
    "Term",
    "inspect_package",
    "normalise",
    "text_hash",
]
