"""What a document's bytes are, decided from the content, never the name (issue #14).

:func:`check_document` accepts a PDF, a PNG or a JPEG of at most 25 MB, refuses anything
else with a specific message, and returns the bytes to store: an image without its
metadata (``domain/doc_images.py``), a PDF byte for byte.

PDFs are kept exactly as received. A PDF's properties (its Info dictionary and XMP: title,
author, the producing software) are not rewritten: rewriting a court's or an agency's PDF
would break a digital signature on it and change the evidence, and PDF metadata holds no
GPS position. They stay inside the vault and leave it only with the document itself, under
consent (docs/vault-format.md, "Documents"). The structural checks here are pure Python:
the header, ``startxref`` and ``%%EOF`` at the end, no password (the viewer could not open
it), at least one page; pypdf is used by the tests only.
"""

from __future__ import annotations

import re
import zlib

from nap_desktop.domain import doc_images
from nap_desktop.domain.documents import JPEG, MAX_DOCUMENT_BYTES, PDF, PNG, CheckedContent
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_, Message

TOO_LARGE = N_(
    "This file is {size} MB: a document can be at most 25 MB. Nothing was stored. Scan it "
    "at a lower resolution or split it.")
EMPTY = N_("This file is empty. Nothing was stored.")
UNKNOWN_TYPE = N_(
    "This file is not a PDF, PNG or JPEG (its content says so, whatever its name). Nothing "
    "was stored.")
NAMED_WRONGLY = N_(
    "This file is named like a {claimed} file, but its content is not a PDF, PNG or JPEG. "
    "Nothing was stored.")
CORRUPT_PDF = N_("This PDF is damaged or incomplete ({problem}). Nothing was stored.")
PDF_PASSWORD = N_(
    "This PDF is protected by a password: the vault could not show it. Save it without the "
    "password, then add it. Nothing was stored.")

_CLAIMS = {".pdf": "PDF", ".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".jpe": "JPEG"}
_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_OBJSTM = re.compile(rb"/Type\s*/ObjStm")
_STREAM = re.compile(rb"stream\r?\n")
_ENCRYPT = re.compile(rb"/Encrypt\s+\d+\s+\d+\s+R|/Encrypt\s*<<")
#: Object streams inflated while counting pages, at most (a zip bomb stops here).
_INFLATE_BUDGET = 64 * 1024 * 1024


def too_large(size: int) -> ValidationError:
    """The refusal of a file of ``size`` bytes (over :data:`MAX_DOCUMENT_BYTES`)."""
    return ValidationError(TOO_LARGE, field="data", size=f"{size / 1_000_000:.1f}")


def media_type_of(data: bytes) -> str | None:
    """The media type the first bytes say (None: none we accept)."""
    if data.startswith(b"%PDF-"):
        return PDF
    if data.startswith(doc_images.PNG_SIGNATURE):
        return PNG
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    return None


def check_document(data: bytes, file_name: str = "") -> CheckedContent:
    """The bytes to store and what they are, or a :class:`ValidationError` (field "data")
    saying what is wrong. ``file_name`` only shapes the message for a file whose name
    claims a type its content does not have."""
    if len(data) > MAX_DOCUMENT_BYTES:
        raise too_large(len(data))
    if not data:
        raise ValidationError(EMPTY, field="data")
    media = media_type_of(data)
    if media is None:
        claimed = _CLAIMS.get(_suffix(file_name))
        if claimed:
            raise ValidationError(NAMED_WRONGLY, field="data", claimed=claimed)
        raise ValidationError(UNKNOWN_TYPE, field="data")
    if media == PDF:
        return CheckedContent(data=data, media_type=PDF, pages=pdf_pages(data))
    clean = doc_images.clean_png if media == PNG else doc_images.clean_jpeg
    stripped, removed = clean(data)
    return CheckedContent(data=stripped, media_type=media, removed=removed)


def _suffix(file_name: str) -> str:
    dot = file_name.rfind(".")
    return file_name[dot:].lower() if dot >= 0 else ""


def _pdf_bad(problem: str) -> ValidationError:
    return ValidationError(CORRUPT_PDF, field="data", problem=Message(problem))


def pdf_pages(data: bytes) -> int:
    """Check a PDF's structure; its page count (page objects, also inside object streams)."""
    tail = data[-2048:]
    if b"%%EOF" not in tail:
        raise _pdf_bad(N_("its end is missing: the file may be cut short"))
    if b"startxref" not in tail:
        raise _pdf_bad(N_("its table of contents is missing"))
    if _ENCRYPT.search(data):
        raise ValidationError(PDF_PASSWORD, field="data")
    pages = len(_PAGE.findall(data)) + _pages_in_object_streams(data)
    if pages == 0:
        raise _pdf_bad(N_("it has no pages"))
    return pages


def _pages_in_object_streams(data: bytes) -> int:
    """Page objects compressed inside object streams (PDF 1.5+), inflated within a budget."""
    count, budget = 0, _INFLATE_BUDGET
    for found in _OBJSTM.finditer(data):
        start = _STREAM.search(data, found.end())
        if start is None:
            break
        end = data.find(b"endstream", start.end())
        if end < 0:
            raise _pdf_bad(N_("a compressed part has no end"))
        inflate = zlib.decompressobj()
        try:
            body = inflate.decompress(data[start.end():end], budget)
        except zlib.error:
            continue  # not Flate: the page count stays a lower bound
        budget -= len(body)
        count += len(_PAGE.findall(body))
        if budget <= 0:
            break
    return count
