"""A document's type comes from its bytes; bad files are refused with a specific message;
photo metadata is stripped without touching a pixel (issue #14)."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from pypdf import PdfReader

from nap_desktop.domain.doc_formats import check_document, pdf_pages
from nap_desktop.domain.documents import JPEG, MAX_DOCUMENT_BYTES, PDF, PNG
from nap_desktop.domain.enums import RemovedMetadata as Removed
from nap_desktop.domain.errors import ValidationError
from tests import doc_samples as samples

C = samples.CANARY.encode()


def refused(data: bytes, name: str = "") -> str:
    with pytest.raises(ValidationError) as caught:
        check_document(data, name)
    assert caught.value.field == "data"
    return caught.value.message


def test_a_pdf_is_kept_byte_for_byte_with_its_pages() -> None:
    data = samples.pdf(pages=3)
    checked = check_document(data, "order.pdf")
    assert (checked.media_type, checked.pages, checked.data) == (PDF, 3, data)
    assert len(PdfReader(io.BytesIO(checked.data)).pages) == 3


def test_the_type_comes_from_the_content_not_the_name() -> None:
    assert check_document(samples.png(), "scan.pdf").media_type == PNG
    assert check_document(samples.jpeg(), "letter.png").media_type == JPEG


def test_jpeg_metadata_is_stripped_and_named_pixels_and_orientation_kept() -> None:
    data = samples.jpeg()
    assert data.count(C) >= 3
    checked = check_document(data, "photo.jpg")
    assert C not in checked.data
    assert set(checked.removed) == {Removed.GPS, Removed.CAMERA_SERIAL, Removed.EXIF,
                                    Removed.XMP, Removed.COMMENT}
    assert samples.pixels(checked.data) == samples.pixels(data)
    from PIL import Image
    with Image.open(io.BytesIO(checked.data)) as picture:
        exif = picture.getexif()
        assert dict(exif) == {0x0112: 6}  # only the orientation survives


def test_png_text_and_exif_are_stripped_pixels_kept() -> None:
    data = samples.png()
    checked = check_document(data, "photo.png")
    assert C not in checked.data
    assert {Removed.TEXT, Removed.GPS, Removed.CAMERA_SERIAL} <= set(checked.removed)
    assert samples.pixels(checked.data) == samples.pixels(data)


def test_a_clean_photo_reports_nothing_removed() -> None:
    checked = check_document(samples.jpeg(with_exif=False).replace(b"comment", b"commenx"))
    assert Removed.GPS not in checked.removed


def test_data_after_the_end_of_an_image_is_removed() -> None:
    checked = check_document(samples.jpeg(with_exif=False) + b"trailer " + C)
    assert C not in checked.data and Removed.OTHER in checked.removed


@pytest.mark.parametrize(("data", "name", "says"), [
    (b"", "a.pdf", "empty"),
    (b"Dear caseworker, this is plain text", "note.txt", "not a PDF, PNG or JPEG"),
    (b"Dear caseworker, this is plain text", "order.pdf", "named like a PDF file"),
    (b"<html>not an image</html>", "photo.JPG", "named like a JPEG file"),
    (b"GIF89a....", "photo.png", "named like a PNG file"),
])
def test_unknown_content_is_refused(data: bytes, name: str, says: str) -> None:
    assert says in refused(data, name)


def test_a_pdf_cut_short_is_refused() -> None:
    data = samples.pdf(pages=2)
    assert "PDF is damaged" in refused(data[: len(data) // 2], "order.pdf")


def test_a_pdf_without_pages_or_with_a_password_is_refused() -> None:
    empty = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\nstartxref\n0\n%%EOF\n"
    assert "no pages" in refused(empty)
    locked = samples.pdf().replace(b"trailer\n<<", b"trailer\n<< /Encrypt 9 0 R")
    assert "password" in refused(locked)


def test_pages_inside_object_streams_are_counted() -> None:
    objects = b"3 0 4 40 << /Type /Page /Parent 2 0 R >> << /Type /Page /Parent 2 0 R >>"
    body = zlib.compress(objects)
    data = (b"%PDF-1.5\n5 0 obj << /Type /ObjStm /N 2 /First 8 /Filter /FlateDecode /Length "
            + str(len(body)).encode() + b" >>\nstream\n" + body + b"\nendstream\nendobj\n"
            b"2 0 obj << /Type /Pages /Count 2 >> endobj\nstartxref\n0\n%%EOF\n")
    assert pdf_pages(data) == 2


def test_corrupt_png_is_refused() -> None:
    data = samples.png()
    assert "PNG image is damaged" in refused(data[:-30])  # no IEND
    at = data.index(b"IDAT") + 10
    flipped = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1:]
    assert "checksum" in refused(flipped)


def test_a_png_whose_pixels_are_cut_short_is_refused() -> None:
    data = samples.png()
    at = data.index(b"IDAT") - 4
    (length,) = struct.unpack(">I", data[at: at + 4])
    short = data[at + 8: at + 8 + length // 2]
    chunk = struct.pack(">I", len(short)) + b"IDAT" + short + struct.pack(
        ">I", zlib.crc32(b"IDAT" + short))
    forged = data[:at] + chunk + data[at + 12 + length:]
    assert "PNG image is damaged" in refused(forged)


def test_corrupt_jpeg_is_refused() -> None:
    data = samples.jpeg()
    assert "JPEG image is damaged" in refused(data[: len(data) // 2])
    assert "JPEG image is damaged" in refused(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 6
                                              + b"\xff\xd9")  # no frame, no scan


def test_too_large_is_refused_before_anything_else() -> None:
    message = refused(b"%PDF-" + bytes(MAX_DOCUMENT_BYTES))
    assert "at most 25 MB" in message and "25.0 MB" in message


def _png(ihdr: bytes, idat: bytes) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat)
            + chunk(b"IEND", b""))


def test_a_png_bomb_is_refused_without_inflating_it() -> None:
    huge = struct.pack(">IIBBBBB", 100_000, 100_000, 8, 6, 0, 0, 0)
    assert "too large to show" in refused(_png(huge, zlib.compress(bytes(1000))))
    tiny = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    bomb = zlib.compress(bytes(200 * 1024 * 1024), 9)  # 200 MiB of zeros in ~200 KB
    assert "longer than its picture" in refused(_png(tiny, bomb))
    assert check_document(_png(tiny, zlib.compress(bytes(4)))).media_type == PNG
