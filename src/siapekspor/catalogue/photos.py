"""Catalogue photos: checked through `core.uploads` (PNG or JPEG from the content, size cap),
re-encoded with Pillow as JPEG without any metadata (EXIF, GPS, ICC comments are dropped),
at most 1200 px and a thumbnail of at most 400 px, stored encrypted in one upload area."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from siapekspor.core import uploads
from siapekspor.core.errors import ValidationFailed

FULL_PX = 1200
THUMB_PX = 400
MAX_PIXELS = 40_000_000  # a decompression bomb is refused before it is decoded
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
PHOTO_KINDS = frozenset({"png", "jpeg"})


def _max_bytes() -> int:
    return int(getattr(settings, "CATALOGUE_PHOTO_MAX_BYTES", DEFAULT_MAX_BYTES))


def _referenced() -> set[str]:
    from siapekspor.catalogue.models import ListingPhoto

    names: set[str] = set()
    for full, thumb in ListingPhoto.objects.values_list("full_file", "thumb_file"):
        names.update((full, thumb))
    return names


PHOTOS = uploads.register(
    uploads.UploadArea(
        folder="catalogue/photos",
        kinds=PHOTO_KINDS,
        max_bytes=_max_bytes,
        referenced=_referenced,
    )
)


@dataclass(frozen=True)
class Rendition:
    stored: uploads.StoredFile
    width: int
    height: int


class _Bytes:
    """An in-memory file in the shape `uploads.store` reads."""

    def __init__(self, data: bytes) -> None:
        self.file = io.BytesIO(data)
        self.size = len(data)

    def chunks(self, size: int) -> Any:
        self.file.seek(0)
        return iter(lambda: self.file.read(size), b"")


def _refuse() -> ValidationFailed:
    return ValidationFailed(
        _("The photo could not be read. Upload a JPEG or PNG picture."), field="photo"
    )


def _encode(image: Image.Image, longest: int, quality: int) -> tuple[bytes, int, int]:
    copy = image.copy()
    copy.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    out = io.BytesIO()
    # No exif=, no icc_profile=, no comment: Pillow writes none of the source's metadata.
    write_file = copy.save  # Pillow's encoder writes bytes, not a database row
    write_file(out, format="JPEG", quality=quality, optimize=True, progressive=True)
    return out.getvalue(), copy.width, copy.height


def _decode(upload: Any) -> Image.Image:
    limit = _max_bytes()
    size = getattr(upload, "size", None) or 0
    if size > limit:
        raise ValidationFailed(
            _("The file is too large (at most %(limit)s MB).") % {"limit": round(limit / 1e6, 1)},
            field="photo",
        )
    fh = upload.file if hasattr(upload, "file") else upload
    if uploads.sniff(fh) not in PHOTO_KINDS:
        raise ValidationFailed(
            _("This type of file is not accepted here. Accepted: %(kinds)s.")
            % {"kinds": "JPEG, PNG"},
            field="photo",
        )
    fh.seek(0)
    try:
        image = Image.open(fh)
        if image.width * image.height > MAX_PIXELS:
            raise ValidationFailed(
                _("The photo is too large (at most 40 million pixels)."), field="photo"
            )
        image.load()
    except ValidationFailed:
        raise
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise _refuse() from exc
    image = ImageOps.exif_transpose(image) or image  # keep the orientation, drop the tag
    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGB", image.size, (255, 255, 255))
        background.paste(image, mask=image.getchannel("A"))
        return background
    return image.convert("RGB")


def process(upload: Any) -> tuple[Rendition, Rendition]:
    """Check, re-encode and store an uploaded photo: (full ≤1200 px, thumbnail ≤400 px).
    Raises ValidationFailed (field `photo`) with what to fix."""
    image = _decode(upload)
    renditions = []
    for longest, quality in ((FULL_PX, 82), (THUMB_PX, 70)):
        data, width, height = _encode(image, longest, quality)
        stored = uploads.store(_Bytes(data), area=PHOTOS, field="photo")
        renditions.append(Rendition(stored=stored, width=width, height=height))
    return renditions[0], renditions[1]


def discard(*names: str) -> None:
    """Delete stored photo files (after their record is gone)."""
    for name in names:
        if name:
            uploads.delete(name, area=PHOTOS)
