"""A tiny but real Argos Translate package, built in-process for tests and the benchmark.

A SentencePiece model is trained on a few sentences (sentencepiece trains in-process in a
few milliseconds), a one-layer CTranslate2 Transformer is declared with `ctranslate2.specs`
and given random numpy weights (no torch), and both are zipped with a `metadata.json` in
the layout of argos-translate packages. The translations it makes are nonsense; everything
around the model (loading, batching, pivoting, glossary, memory) is exercised for real.
"""

from __future__ import annotations

import functools
import io
import json
import zipfile
from pathlib import Path

CORPUS = [
    "kopi robusta dari lampung sangat enak dan harum",
    "lada hitam lampung terkenal di seluruh dunia",
    "keripik pisang renyah manis dan gurih",
    "kain tapis ditenun dengan tangan oleh perajin",
    "usaha kami siap naik kelas dan mengekspor",
    "robusta coffee from lampung is rich and fragrant",
    "black pepper from lampung is famous around the world",
    "banana chips are crispy sweet and savoury",
    "the tapis cloth is woven by hand by artisans",
    "our business is ready to move up and export",
]


@functools.cache
def sentencepiece_model() -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(CORPUS * 4),
        model_writer=model,
        vocab_size=80,
        model_type="unigram",
        character_coverage=1.0,
        minloglevel=2,
        num_threads=1,
    )
    return model.getvalue()


def _model_files(seed: int, directory: Path) -> None:
    import numpy as np
    import sentencepiece as spm
    from ctranslate2.specs import transformer_spec

    sp = spm.SentencePieceProcessor(model_proto=sentencepiece_model())
    vocab = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    d, ff, v = 16, 32, len(vocab)
    rng = np.random.default_rng(seed)

    def w(*shape: int):
        return (rng.standard_normal(shape) * 0.3).astype(np.float32)

    def norm(layer) -> None:
        layer.gamma = np.ones(d, np.float32)
        layer.beta = np.zeros(d, np.float32)

    spec = transformer_spec.TransformerSpec.from_config(1, 2)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = w(v, d)
    norm(encoder.layer_norm)
    for layer in encoder.layer:
        norm(layer.self_attention.layer_norm)
        layer.self_attention.linear[0].weight = w(3 * d, d)
        layer.self_attention.linear[1].weight = w(d, d)
        norm(layer.ffn.layer_norm)
        layer.ffn.linear_0.weight = w(ff, d)
        layer.ffn.linear_1.weight = w(d, ff)
    decoder.embeddings.weight = w(v, d)
    norm(decoder.layer_norm)
    decoder.projection.weight = w(v, d)
    for layer in decoder.layer:
        norm(layer.self_attention.layer_norm)
        layer.self_attention.linear[0].weight = w(3 * d, d)
        layer.self_attention.linear[1].weight = w(d, d)
        norm(layer.attention.layer_norm)
        layer.attention.linear[0].weight = w(d, d)
        layer.attention.linear[1].weight = w(2 * d, d)
        layer.attention.linear[2].weight = w(d, d)
        norm(layer.ffn.layer_norm)
        layer.ffn.linear_0.weight = w(ff, d)
        layer.ffn.linear_1.weight = w(d, ff)
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    spec.validate()
    spec.optimize()
    spec.save(str(directory))


def package_files(from_code: str, to_code: str, *, seed: int = 0, version: str = "0.1"):
    """The files of a package as {relative name: bytes} (for tests that damage one)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        _model_files(seed, Path(tmp))
        files = {f"model/{p.name}": p.read_bytes() for p in sorted(Path(tmp).iterdir())}
    files["sentencepiece.model"] = sentencepiece_model()
    files["metadata.json"] = json.dumps(
        {
            "package_version": version,
            "argos_version": "1.9",
            "from_code": from_code,
            "from_name": from_code,
            "to_code": to_code,
            "to_name": to_code,
            "type": "translate",
            "links": [],
        }
    ).encode()
    files["README.md"] = b"A tiny test model: its translations are nonsense.\n"
    files["stanza/tokenize.pt"] = b"not used"
    return files


def write_package(path: Path, files: dict[str, bytes], *, folder: str | None = "auto") -> Path:
    """Zip `files` like argos-translate does: inside one top-level directory."""
    meta = json.loads(files.get("metadata.json", b"{}") or b"{}") if folder == "auto" else {}
    if folder == "auto":
        folder = f"translate-{meta.get('from_code')}_{meta.get('to_code')}-0_1"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(f"{folder}/{name}" if folder else name, data)
    return path


def build_package(
    directory: Path, from_code: str, to_code: str, *, seed: int = 0, version: str = "0.1"
) -> Path:
    """Build `<directory>/translate-<from>_<to>.argosmodel` and return its path."""
    files = package_files(from_code, to_code, seed=seed, version=version)
    return write_package(directory / f"translate-{from_code}_{to_code}.argosmodel", files)
