"""Reference files that other apps load through `siapekspor load-reference` (the registry never
imports them). An app registers a loader in its AppConfig.ready():

    register_reference_loader("regions_geojson", help="…", label="regency outlines",
                              load=load_regions_geojson)

which adds the option `--regions-geojson FILE`; `load(path)` returns (count, problems) and
raises `DomainError` for an unusable file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ReferenceLoader:
    name: str
    help: str
    label: str
    load: Callable[[Path], tuple[int, list[str]]]

    @property
    def option(self) -> str:
        return "--" + self.name.replace("_", "-")


_LOADERS: dict[str, ReferenceLoader] = {}


def register_reference_loader(
    name: str, *, help: str, label: str, load: Callable[[Path], tuple[int, list[str]]]
) -> None:
    _LOADERS.setdefault(name, ReferenceLoader(name=name, help=help, label=label, load=load))


def reference_loaders() -> list[ReferenceLoader]:
    return list(_LOADERS.values())
