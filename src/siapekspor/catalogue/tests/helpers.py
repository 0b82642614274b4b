"""Catalogue test data through the real services."""

from __future__ import annotations

import io
import random
from decimal import Decimal

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image, ImageDraw, ImageFilter

from siapekspor.catalogue import services
from siapekspor.registry.models import HsCode
from siapekspor.registry.services import product_save


def make_product(
    actor,
    enterprise,
    *,
    name="Kopi Robusta Lampung",
    hs="090111",
    capacity=500,
    description="Biji kopi robusta petik merah",
):
    return product_save(
        actor=actor,
        enterprise=enterprise,
        hs_code=HsCode.objects.get(code=hs),
        name=name,
        description=description,
        monthly_capacity=Decimal(capacity),
        capacity_unit="kg",
    )


def publish(actor, product, **data):
    values = {"description": "Kopi robusta dari lereng Tanggamus, dijemur di para-para."}
    values.update(data)
    return services.listing_save(
        actor=actor, product=product, data=services.ListingData(**values), consent=True
    )


def photo_bytes(width=2400, height=1800, *, fmt="JPEG", exif=None, seed=1) -> bytes:
    """A photo-like picture: soft shapes on a gradient with a little grain."""
    rng = random.Random(seed)
    image = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(12):
        x, y = rng.randrange(width), rng.randrange(height)
        r = rng.randrange(width // 20, width // 5)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=colour)
    image = image.filter(ImageFilter.GaussianBlur(6))
    noise = Image.effect_noise((width, height), 12).convert("RGB")
    image = Image.blend(image, noise, 0.08)
    if fmt == "PNG":
        image = image.convert("RGBA")
    out = io.BytesIO()
    if exif is not None:
        image.save(out, format=fmt, exif=exif)
    else:
        image.save(out, format=fmt)
    return out.getvalue()


def gps_exif() -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "KameraUji"  # Make
    exif[0x0112] = 1  # Orientation
    gps = {1: "S", 2: (5.0, 25.0, 12.0), 3: "E", 4: (105.0, 15.0, 30.0)}
    exif[0x8825] = gps
    return exif


def upload(data: bytes, name="foto.jpg", content_type="image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)
