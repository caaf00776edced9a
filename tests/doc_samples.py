"""Sample documents for the tests of issue #14: PDFs with a text, photos with EXIF."""

from __future__ import annotations

import io

from PIL import Image, PngImagePlugin
from reportlab.pdfgen import canvas

CANARY = "CANARY-7f3e9b1d"


def pdf(text: str = CANARY, pages: int = 1) -> bytes:
    """A PDF whose every page prints ``text`` (uncompressed, so the bytes hold it)."""
    out = io.BytesIO()
    page = canvas.Canvas(out, pageCompression=0)
    page.setTitle(f"Title {text}")
    for n in range(pages):
        page.drawString(72, 720, f"{text} page {n + 1}")
        page.showPage()
    page.save()
    return out.getvalue()


def exif(canary: str = CANARY, orientation: int | None = 6) -> bytes:
    """EXIF with a GPS position, a camera serial number and ``canary`` in the maker."""
    tags = Image.Exif()
    if orientation:
        tags[0x0112] = orientation
    tags[0x010F] = f"Maker {canary}"
    tags[0x8825] = {1: "N", 2: (29.0, 45.0, 12.5), 3: "W", 4: (95.0, 21.0, 3.0)}
    tags.get_ifd(0x8769)[0xA431] = f"SN-{canary}"
    return tags.tobytes()


def image(fmt: str = "JPEG", size: tuple[int, int] = (64, 48)) -> Image.Image:
    picture = Image.new("RGB", size, (180, 40, 40))
    for x in range(size[0]):
        picture.putpixel((x, x % size[1]), (x * 3 % 256, 200, 20))
    return picture


def jpeg(canary: str = CANARY, *, with_exif: bool = True, orientation: int | None = 6) -> bytes:
    """A JPEG with EXIF (GPS, serial, canary), an XMP packet and a comment."""
    out = io.BytesIO()
    extra = {"exif": exif(canary, orientation)} if with_exif else {}
    image().save(out, "JPEG", comment=f"comment {canary}".encode(), **extra)
    data = out.getvalue()
    if not with_exif:
        return data
    xmp = (b"http://ns.adobe.com/xap/1.0/\x00<x:xmpmeta>" + canary.encode() + b"</x:xmpmeta>")
    app1 = b"\xff\xe1" + (len(xmp) + 2).to_bytes(2, "big") + xmp
    return data[:2] + app1 + data[2:]


def png(canary: str = CANARY) -> bytes:
    """A PNG with text chunks and EXIF holding ``canary``."""
    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", f"text {canary}")
    info.add_itxt("Location", f"itxt {canary}")
    out = io.BytesIO()
    image("PNG").save(out, "PNG", pnginfo=info, exif=exif(canary))
    return out.getvalue()


def pixels(data: bytes) -> bytes:
    """The decoded pixels of an image (to prove a strip changed none)."""
    with Image.open(io.BytesIO(data)) as picture:
        return picture.convert("RGB").tobytes()
