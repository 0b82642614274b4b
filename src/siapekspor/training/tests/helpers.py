"""Shared pieces of the training tests: a signature image and the certificate signatory."""

from __future__ import annotations

import io

from django.core.files.uploadedfile import SimpleUploadedFile

from siapekspor.training import services


def signature_png(width: int = 360, height: int = 120) -> bytes:
    """A PNG of a hand-drawn-looking signature stroke (dark ink on white)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    points = [(20 + i * 8, 70 + ((-1) ** i) * (10 + i % 5 * 6)) for i in range(40)]
    draw.line(points, fill=(20, 30, 90), width=4)
    draw.line([(40, 100), (320, 95)], fill=(20, 30, 90), width=3)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def signature_upload(name: str = "ttd.png", content: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content if content is not None else signature_png())


def set_signatory(actor, name: str = "Dr. Ir. Evie Fatmawaty, M.M.", title: str | None = None):
    return services.signatory_set(
        actor=actor,
        name=name,
        title=title or "Kepala Dinas Perindustrian dan Perdagangan Provinsi Lampung",
        signature=signature_upload(),
    )


def name_participants(actor, training_class) -> None:
    """Give every enrollment holding a seat a participant name."""
    for i, e in enumerate(training_class.enrollments.filter(state__in=["invited", "accepted"])):
        services.enrollment_set_participant(actor=actor, enrollment=e, name=f"Peserta Nomor {i}")
