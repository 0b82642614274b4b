"""Argos Translate model packages (`.argosmodel`): checking, unpacking, the installed set.

An Argos Translate package is a zip archive of one directory (for example
`translate-id_en-1_9/`) holding (argos-translate `package.py`, `translate.py`):

    metadata.json          {"package_version", "argos_version", "from_code", "from_name",
                            "to_code", "to_name", "type" (default "translate"), "links", …}
    model/                 a CTranslate2 model: model.bin, config.json and the vocabularies
                           (shared_vocabulary.{txt,json} or source_/target_vocabulary.*)
    sentencepiece.model    the SentencePiece tokenizer (older packages have bpe.model instead)
    stanza/                Stanza sentence-splitting data (not used here, not unpacked)
    README.md              optional

Guarantees of `ModelStore.install`:

* Nothing is unpacked before the whole archive has been checked: size cap, entry count,
  every name relative and inside the package directory (no `..`, no absolute or drive paths,
  no backslashes, no links), no encrypted entries, declared and actual unpacked size and
  compression ratio capped (read in chunks, so a lying directory cannot slip through),
  `metadata.json` readable with language codes and a version, `type` "translate",
  `model/model.bin`, `model/config.json`, a vocabulary and `sentencepiece.model` present.
  A package with `bpe.model` instead of a SentencePiece model is refused (this engine does not
  read BPE).
* Files are unpacked into a scratch directory inside the store, the model is loaded once
  (CTranslate2 and SentencePiece) to prove it works, and only then moved into place and
  recorded in `manifest.json` (written to a temporary file and renamed). A failure at any
  step leaves the store as it was.
* One package per language pair: installing `id→en` again replaces the previous one.
* Installs and removals take a file lock, so two cannot interleave.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import re
import shutil
import stat
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath

try:  # POSIX file lock so two installs cannot interleave; Windows laptops simply skip it.
    import fcntl
except ImportError:  # pragma: no cover
    fcntl = None  # type: ignore[assignment]

MANIFEST = "manifest.json"
_CHUNK = 1 << 20
_LANG = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?$")
_VERSION = re.compile(r"^[0-9A-Za-z][0-9A-Za-z._-]{0,19}$")
# What we unpack (relative to the package directory); stanza/ and anything else stays out.
_WANTED = re.compile(r"^(metadata\.json|README\.md|sentencepiece\.model|model/[^/]+)$")
_VOCABULARIES = (
    {"shared_vocabulary.txt"},
    {"shared_vocabulary.json"},
    {"source_vocabulary.txt", "target_vocabulary.txt"},
    {"source_vocabulary.json", "target_vocabulary.json"},
)


class PackageError(Exception):
    """A package was refused or a store operation failed; `code` names the reason."""

    def __init__(self, code: str, detail: str = "") -> None:
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 2 << 30  # the .argosmodel file
    max_entries: int = 500
    max_unpacked_bytes: int = 4 << 30
    max_ratio: int = 100
    max_metadata_bytes: int = 64 << 10


@dataclass(frozen=True)
class PackageInfo:
    """One installed (or checked) package, as recorded in the manifest."""

    from_code: str
    to_code: str
    package_version: str
    from_name: str = ""
    to_name: str = ""
    argos_version: str = ""
    sha256: str = ""
    size: int = 0
    directory: str = ""
    installed_at: str = ""

    @property
    def pair(self) -> str:
        return f"{self.from_code}_{self.to_code}"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(_CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _safe_name(info: zipfile.ZipInfo) -> PurePosixPath:
    name = info.filename
    if not name or "\\" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        raise PackageError("unsafe_path", name)
    path = PurePosixPath(name)
    if any(part in ("..", "") for part in path.parts) or path.is_absolute():
        raise PackageError("unsafe_path", name)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):
        raise PackageError("link", name)
    if info.flag_bits & 0x1:
        raise PackageError("encrypted", name)
    return path


def _root_of(names: list[PurePosixPath]) -> PurePosixPath:
    """The package directory inside the archive: the one top-level folder, or the root."""
    if PurePosixPath("metadata.json") in names:
        return PurePosixPath()
    tops = {n.parts[0] for n in names}
    if len(tops) == 1:
        top = PurePosixPath(next(iter(tops)))
        if top / "metadata.json" in names:
            return top
    raise PackageError("no_metadata")


def _metadata(raw: bytes) -> dict:
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PackageError("bad_metadata", "metadata.json is not JSON") from exc
    if not isinstance(data, dict):
        raise PackageError("bad_metadata", "metadata.json is not an object")
    if data.get("type", "translate") != "translate":
        raise PackageError("not_translation", str(data.get("type"))[:40])
    for key in ("from_code", "to_code"):
        value = data.get(key)
        if not isinstance(value, str) or not _LANG.match(value):
            raise PackageError("bad_metadata", f"{key} missing or not a language code")
    version = data.get("package_version")
    if not isinstance(version, str) or not _VERSION.match(version):
        raise PackageError("bad_metadata", "package_version missing or not a version")
    if data["from_code"] == data["to_code"]:
        raise PackageError("bad_metadata", "from_code and to_code are the same")
    return data


def inspect_package(path: str | os.PathLike[str], limits: Limits = Limits()) -> PackageInfo:
    """Check an `.argosmodel` file without unpacking it (see the module docstring)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(4)
    except OSError as exc:
        raise PackageError("unreadable", str(exc)) from exc
    if size > limits.max_bytes:
        raise PackageError("too_large", f"{size} bytes")
    if head != b"PK\x03\x04":
        raise PackageError("not_zip")
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError("not_zip", str(exc)) from exc
    with archive:
        infos = archive.infolist()
        if len(infos) > limits.max_entries:
            raise PackageError("too_many_entries", str(len(infos)))
        names = [_safe_name(i) for i in infos]
        if len(set(names)) != len(names):
            raise PackageError("damaged", "duplicate file names")
        declared = sum(i.file_size for i in infos)
        compressed = max(1, sum(i.compress_size for i in infos))
        if declared > limits.max_unpacked_bytes or declared / compressed > limits.max_ratio:
            raise PackageError("zip_bomb", f"{declared} bytes declared")
        root = _root_of(names)
        files = {
            n.relative_to(root).as_posix()
            for n, i in zip(names, infos, strict=True)
            if not i.is_dir()
        }
        if "sentencepiece.model" not in files:
            if "bpe.model" in files:
                raise PackageError("bpe_tokenizer")
            raise PackageError("missing_file", "sentencepiece.model")
        for required in ("model/model.bin", "model/config.json"):
            if required not in files:
                raise PackageError("missing_file", required)
        model_files = {f.removeprefix("model/") for f in files if f.startswith("model/")}
        if not any(v <= model_files for v in _VOCABULARIES):
            raise PackageError("missing_file", "model/*_vocabulary")
        meta_info = archive.getinfo((root / "metadata.json").as_posix())
        if meta_info.file_size > limits.max_metadata_bytes:
            raise PackageError("bad_metadata", "metadata.json too large")
        total = 0
        for info in infos:  # actual sizes, whatever the central directory claims
            if info.is_dir():
                continue
            try:
                with archive.open(info) as part:
                    while chunk := part.read(_CHUNK):
                        total += len(chunk)
                        if (
                            total > limits.max_unpacked_bytes
                            or total / compressed > limits.max_ratio
                        ):
                            raise PackageError("zip_bomb", f"{info.filename} expands too far")
            except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
                raise PackageError("damaged", info.filename) from exc
        meta = _metadata(archive.read(meta_info))
    return PackageInfo(
        from_code=meta["from_code"],
        to_code=meta["to_code"],
        package_version=meta["package_version"],
        from_name=str(meta.get("from_name", ""))[:60],
        to_name=str(meta.get("to_name", ""))[:60],
        argos_version=str(meta.get("argos_version", ""))[:20],
        sha256=_sha256(path),
        size=size,
    )


def _unpack(path: Path, target: Path, limits: Limits) -> None:
    with zipfile.ZipFile(path) as archive:
        infos = archive.infolist()
        root = _root_of([_safe_name(i) for i in infos])
        total = 0
        for info in infos:
            if info.is_dir():
                continue
            relative = PurePosixPath(info.filename).relative_to(root).as_posix()
            if not _WANTED.match(relative):
                continue
            destination = target / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            with archive.open(info) as src, open(destination, "xb") as dst:
                while chunk := src.read(_CHUNK):
                    total += len(chunk)
                    if total > limits.max_unpacked_bytes:
                        raise PackageError("zip_bomb", info.filename)
                    dst.write(chunk)


def load_check(directory: Path) -> None:
    """Load the model and the tokenizer once; a package that cannot load is refused."""
    import ctranslate2
    import sentencepiece

    # Both libraries raise whatever their C++ core threw (RuntimeError, ValueError,
    # IndexError, OSError…) for a damaged file: any of them means the package is refused.
    try:
        sentencepiece.SentencePieceProcessor(model_file=str(directory / "sentencepiece.model"))
    except Exception as exc:
        raise PackageError("bad_tokenizer", str(exc)[:200]) from exc
    try:
        translator = ctranslate2.Translator(str(directory / "model"), device="cpu")
    except Exception as exc:
        raise PackageError("bad_model", str(exc)[:200]) from exc
    del translator


class ModelStore:
    """The installed packages: one directory each under `root`, listed in `manifest.json`."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)

    # --- reading ------------------------------------------------------------------------------
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def signature(self) -> tuple[int, int]:
        """Changes whenever a package is installed or removed (cheap: one stat)."""
        try:
            st = self.manifest_path().stat()
        except FileNotFoundError:
            return (0, 0)
        return (st.st_mtime_ns, st.st_size)

    def packages(self) -> list[PackageInfo]:
        try:
            raw = json.loads(self.manifest_path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, json.JSONDecodeError) as exc:
            raise PackageError("bad_manifest", str(exc)) from exc
        return [PackageInfo(**entry) for entry in raw.get("packages", [])]

    def directory(self, package: PackageInfo) -> Path:
        path = self.root / package.directory
        if not package.directory or path.resolve().parent != self.root.resolve():
            raise PackageError("bad_manifest", package.directory)
        return path

    # --- writing ------------------------------------------------------------------------------
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as lock:
            if fcntl is not None:
                fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                if fcntl is not None:
                    fcntl.flock(lock, fcntl.LOCK_UN)

    def _write(self, packages: list[PackageInfo]) -> None:
        data = {"packages": [asdict(p) for p in sorted(packages, key=lambda p: p.pair)]}
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".manifest-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=2)
        os.replace(tmp, self.manifest_path())

    def install(
        self, path: str | os.PathLike[str], limits: Limits = Limits()
    ) -> tuple[PackageInfo, PackageInfo | None]:
        """Check, unpack, load-test and record a package. Returns (installed, replaced)."""
        info = inspect_package(path, limits)
        with self._locked():
            scratch = Path(tempfile.mkdtemp(dir=self.root, prefix=".unpack-"))
            try:
                try:
                    _unpack(Path(path), scratch, limits)
                except OSError as exc:  # disk full, permissions
                    raise PackageError("write_failed", str(exc)[:200]) from exc
                load_check(scratch)
                stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%f")
                name = f"{info.pair}-{info.package_version}-{stamp}"
                os.replace(scratch, self.root / name)
            except BaseException:
                shutil.rmtree(scratch, ignore_errors=True)
                raise
            installed = PackageInfo(
                **{
                    **asdict(info),
                    "directory": name,
                    "installed_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                }
            )
            current = self.packages()
            replaced = next((p for p in current if p.pair == info.pair), None)
            try:
                self._write([p for p in current if p.pair != info.pair] + [installed])
            except BaseException:
                shutil.rmtree(self.root / name, ignore_errors=True)
                raise
            if replaced is not None:
                shutil.rmtree(self.directory(replaced), ignore_errors=True)
        return installed, replaced

    def remove(self, pair: str) -> PackageInfo:
        """Remove the package of a pair (`id_en`); PackageError("not_installed") if none."""
        with self._locked():
            current = self.packages()
            found = next((p for p in current if p.pair == pair), None)
            if found is None:
                raise PackageError("not_installed", pair)
            self._write([p for p in current if p.pair != pair])
            shutil.rmtree(self.directory(found), ignore_errors=True)
        return found
