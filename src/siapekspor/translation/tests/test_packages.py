"""`siapekspor mt install|list|remove`: real packages go in, bad ones are refused whole."""

from __future__ import annotations

import io
import json
import stat
import warnings
import zipfile

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from siapekspor.core.models import AuditEntry
from siapekspor.translation import services
from siapekspor.translation.tests.tinymodel import package_files, write_package

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def good_files():
    return package_files("id", "en", seed=7)


def _mt(*args) -> str:
    out = io.StringIO()
    call_command("mt", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def _refused(path, *, language="en") -> str:
    with translation.override(language), pytest.raises(CommandError) as exc:
        call_command("mt", "install", str(path), language=language)
    return str(exc.value)


def _nothing_installed(mt_dir) -> bool:
    leftovers = (
        [p.name for p in mt_dir.iterdir() if p.name not in (".lock",)] if mt_dir.exists() else []
    )
    return services.engine_status().packages == [] and leftovers in ([], ["manifest.json"])


def test_install_list_translate_and_remove(packages, mt_dir):
    out = _mt("install", str(packages["id_en"]))
    assert "id → en" in out
    listing = _mt("list")
    assert "id_en" in listing and "id → en" in listing
    assert (mt_dir / "manifest.json").exists()
    # Stanza data is not unpacked: the engine does not use it.
    [folder] = [p for p in mt_dir.iterdir() if p.is_dir()]
    assert sorted(p.name for p in folder.iterdir()) == [
        "README.md",
        "metadata.json",
        "model",
        "sentencepiece.model",
    ]
    translated = _mt("translate", "--from", "id", "--to", "en", "Kopi robusta enak.")
    assert translated.strip()
    assert "Robusta coffee" in translated  # the glossary is applied
    assert AuditEntry.objects.filter(action="translation.package.installed").count() == 1
    _mt("remove", "id_en")
    assert _nothing_installed(mt_dir)
    assert not folder.exists()
    assert AuditEntry.objects.filter(action="translation.package.removed").count() == 1


def test_installing_the_same_pair_again_replaces_it(tmp_path, good_files, mt_dir):
    first = write_package(tmp_path / "a.argosmodel", good_files)
    newer = dict(good_files)
    meta = json.loads(newer["metadata.json"])
    newer["metadata.json"] = json.dumps({**meta, "package_version": "0.2"}).encode()
    second = write_package(tmp_path / "b.argosmodel", newer)
    _mt("install", str(first))
    out = _mt("install", str(second))
    assert "0.1" in out  # "It replaces version 0.1."
    [package] = services.engine_status().packages
    assert package.package_version == "0.2"
    assert len([p for p in mt_dir.iterdir() if p.is_dir()]) == 1


def test_files_at_the_root_of_the_archive_are_accepted(tmp_path, good_files):
    path = write_package(tmp_path / "flat.argosmodel", good_files, folder=None)
    _mt("install", str(path))
    assert [p.pair for p in services.engine_status().packages] == ["id_en"]


def test_removing_a_pair_that_is_not_installed_fails_clearly():
    with translation.override("en"), pytest.raises(CommandError, match="No package is installed"):
        call_command("mt", "remove", "id_fr", language="en")


def _zip_with(tmp_path, name, entries):
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry, data in entries:
            archive.writestr(entry, data)
    return path


@pytest.mark.parametrize(
    ("evil", "message"),
    [
        ("translate-id_en/../../evil.txt", "outside the package"),
        ("/etc/evil.txt", "outside the package"),
        ("translate-id_en\\..\\evil.txt", "outside the package"),
    ],
)
def test_refuses_paths_outside_the_package(tmp_path, good_files, mt_dir, evil, message):
    entries = [(f"translate-id_en/{k}", v) for k, v in good_files.items()] + [(evil, b"x")]
    assert message in _refused(_zip_with(tmp_path, "evil.argosmodel", entries))
    assert _nothing_installed(mt_dir)
    assert not (tmp_path / "evil.txt").exists()


def test_refuses_links(tmp_path, good_files, mt_dir):
    path = write_package(tmp_path / "link.argosmodel", good_files)
    with zipfile.ZipFile(path, "a") as archive:
        info = zipfile.ZipInfo("translate-id_en-0_1/model/link")
        info.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(info, "/etc/passwd")
    assert "link" in _refused(path)
    assert _nothing_installed(mt_dir)


def test_refuses_too_many_entries(tmp_path, good_files, mt_dir):
    entries = [(f"translate-id_en/{k}", v) for k, v in good_files.items()]
    entries += [(f"translate-id_en/stanza/{n}.txt", b"") for n in range(500)]
    assert "too many files" in _refused(_zip_with(tmp_path, "many.argosmodel", entries))
    assert _nothing_installed(mt_dir)


def test_refuses_a_zip_bomb(tmp_path, good_files, mt_dir):
    entries = [(f"translate-id_en/{k}", v) for k, v in good_files.items()]
    entries.append(("translate-id_en/stanza/zeros.bin", bytes(20 << 20)))
    assert "expands to far more data" in _refused(_zip_with(tmp_path, "bomb.argosmodel", entries))
    assert _nothing_installed(mt_dir)


def test_refuses_a_file_that_is_not_a_zip(tmp_path, mt_dir):
    path = tmp_path / "x.argosmodel"
    path.write_bytes(b"not a zip at all")
    assert "not an Argos Translate package" in _refused(path)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda f: f.pop("metadata.json"), "no metadata.json"),
        (lambda f: f.update({"metadata.json": b"{not json"}), "metadata.json is not valid"),
        (
            lambda f: f.update({"metadata.json": json.dumps({"from_code": "id"}).encode()}),
            "metadata.json is not valid",
        ),
        (
            lambda f: f.update(
                {
                    "metadata.json": json.dumps(
                        {**json.loads(f["metadata.json"]), "type": "sbd"}
                    ).encode()
                }
            ),
            "not a translation model",
        ),
        (lambda f: f.update({"bpe.model": f.pop("sentencepiece.model")}), "BPE tokenizer"),
        (lambda f: f.pop("model/model.bin"), "a model file is missing"),
        (lambda f: f.pop("model/shared_vocabulary.json"), "a model file is missing"),
        (
            lambda f: f.update({"model/model.bin": b"\x00" * 64}),
            "CTranslate2 model cannot be loaded",
        ),
        (
            lambda f: f.update({"sentencepiece.model": b"garbage"}),
            "SentencePiece model cannot be loaded",
        ),
    ],
)
def test_refuses_incomplete_or_broken_packages(tmp_path, good_files, mt_dir, change, message):
    files = dict(good_files)
    change(files)
    path = write_package(tmp_path / "bad.argosmodel", files, folder="translate-id_en-0_1")
    assert message in _refused(path)
    assert _nothing_installed(mt_dir)
    assert not AuditEntry.objects.filter(action="translation.package.installed").exists()


def test_refuses_a_pair_outside_the_site_languages(tmp_path, mt_dir):
    path = write_package(tmp_path / "de.argosmodel", package_files("de", "en"))
    assert "uses only" in _refused(path)
    assert _nothing_installed(mt_dir)


def test_a_refusal_is_explained_in_indonesian_by_default(tmp_path):
    path = tmp_path / "x.argosmodel"
    path.write_bytes(b"PK\x03\x04 broken")
    assert "paket" in _refused(path, language="id").lower()


def test_a_broken_package_leaves_the_installed_one_in_place(packages, tmp_path, good_files):
    _mt("install", str(packages["id_en"]))
    files = dict(good_files)
    files["model/model.bin"] = b"\x00" * 64
    _refused(write_package(tmp_path / "bad.argosmodel", files))
    [package] = services.engine_status().packages
    assert package.package_version == "0.1"
    assert (
        services.translate_texts(
            ["Kopi enak."], source_language="id", target_language="en"
        ).translated
        == 1
    )


def test_refuses_duplicate_file_names(tmp_path, good_files, mt_dir):
    entries = [(f"translate-id_en/{k}", v) for k, v in good_files.items()]
    entries.append(("translate-id_en/metadata.json", good_files["metadata.json"]))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate it is asked to write
        path = _zip_with(tmp_path, "dup.argosmodel", entries)
    assert "damaged" in _refused(path)
    assert _nothing_installed(mt_dir)
