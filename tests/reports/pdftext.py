"""Reading rendered PDFs back for assertions (pypdf)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from pypdf.generic import StreamObject


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Extracted text of each page, whitespace collapsed (cells wrap lines)."""
    return [" ".join(page.extract_text().split()) for page in reader(pdf).pages]


def all_text(pdf: bytes) -> str:
    return " ".join(page_texts(pdf))


def decompressed_streams(pdf: bytes) -> bytes:
    """Every stream object of the file, decoded: page contents, fonts, ToUnicode maps."""
    r = reader(pdf)
    out: list[bytes] = []
    size = r.trailer["/Size"]
    assert isinstance(size, int)
    for number in range(1, size):
        obj = r.get_object(number)
        if isinstance(obj, StreamObject):
            out.append(obj.get_data())
    return b"\n".join(out)


def page_content_streams(pdf: bytes) -> list[bytes]:
    contents = [page.get_contents() for page in reader(pdf).pages]
    return [c.get_data() for c in contents if c is not None]


def assert_absent(pdf: bytes, secret: str) -> None:
    """``secret`` appears nowhere: not in the text of any page, not in the file's bytes
    (UTF-8 or UTF-16 as PDF strings use), not in any decompressed stream."""
    for number, text in enumerate(page_texts(pdf), start=1):
        assert secret not in text, f"{secret!r} found on page {number}"
    blobs = [pdf, decompressed_streams(pdf), *page_content_streams(pdf)]
    for encoding in ("utf-8", "utf-16-be", "latin-1"):
        try:
            needle = secret.encode(encoding)
        except UnicodeEncodeError:
            continue
        for blob in blobs:
            assert needle not in blob, f"{secret!r} found in raw PDF bytes ({encoding})"
