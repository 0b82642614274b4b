"""PDF rendering (core.pdf): a font of each language's script, nothing fetched from outside."""

from __future__ import annotations

import base64
import io

import pytest
from pypdf import PdfReader

from siapekspor.core import i18n
from siapekspor.core.pdf import font_families, render_pdf

SAMPLES = {
    "id": ("Sertifikat", "Noto-Sans"),
    "en": ("Certificate", "Noto-Sans"),
    "fr": ("Certificat", "Noto-Sans"),
    "zh-hans": ("结业证书", "CJK-SC"),
    "ja": ("修了証", "CJK-JP"),
    "ar": ("شهادة", "Arabic"),
}
# A 1×1 PNG.
PIXEL = base64.b64encode(
    bytes.fromhex(
        "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
    )
).decode()


def _fonts(pdf: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(pdf))
    return {
        str(f.get_object()["/BaseFont"]).replace(" ", "-")
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }


@pytest.mark.parametrize("language", i18n.codes())
def test_each_language_is_set_in_a_font_of_its_script(language):
    word, font = SAMPLES[language]
    html = f'<html lang="{language}"><body><p>{word} — Kopi Lampung 2026</p></body></html>'
    pdf = render_pdf(html, language=language)
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert word in text and "Kopi Lampung" in text
    assert any(font in name for name in _fonts(pdf)), _fonts(pdf)


def test_every_language_of_the_site_has_a_font_for_its_script():
    from siapekspor.core.pdf import SCRIPT_FONTS

    for code in i18n.codes():
        assert i18n.script(code) in SCRIPT_FONTS, (code, i18n.script(code))


def test_the_script_font_comes_first_and_the_others_follow_for_mixed_text():
    assert font_families("ja")[0] == "Noto Sans CJK JP"
    assert font_families("ar")[:2] == ["Noto Sans Arabic", "Noto Naskh Arabic"]
    assert font_families("id") == ["Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC"]


def test_only_inline_images_are_embedded_nothing_is_fetched():
    inline = render_pdf(f'<img src="data:image/png;base64,{PIXEL}">', language="id")
    remote = render_pdf('<img src="http://127.0.0.1:9/logo.png">x', language="id")

    def images(pdf: bytes) -> int:
        return sum(len(p.images) for p in PdfReader(io.BytesIO(pdf)).pages)

    assert images(inline) == 1 and images(remote) == 0
