"""PNG and JPEG: structure checked and metadata stripped without re-encoding (issue #14).

Pure Python on purpose (no image library at run time): the pixels are never decoded or
re-encoded, so nothing in them changes; only metadata segments and chunks are left out.
What is kept is what the picture needs to show right: JPEG's JFIF, ICC profile, Adobe
colour segment and EXIF orientation (rewritten as a 26-byte EXIF of that one tag); PNG's
critical chunks and the ancillary chunks that only describe colour, transparency or
animation. Everything else (EXIF with its GPS and serial numbers, XMP, IPTC, comments, PNG
text and time, unknown chunks, data after the end) is removed and named.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator

from nap_desktop.domain.enums import RemovedMetadata
from nap_desktop.domain.errors import ValidationError
from nap_desktop.domain.messages import N_, Message

RM = RemovedMetadata

CORRUPT_PNG = N_("This PNG image is damaged or incomplete ({problem}). Nothing was stored.")
CORRUPT_JPEG = N_("This JPEG image is damaged or incomplete ({problem}). Nothing was stored.")

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_KEEP = frozenset({
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP",
    b"sBIT", b"bKGD", b"pHYs", b"hIST", b"sPLT", b"cICP", b"mDCV", b"cLLI", b"acTL",
    b"fcTL", b"fdAT"})
_PNG_NAMED = {b"tEXt": RM.TEXT, b"iTXt": RM.TEXT, b"zTXt": RM.TEXT, b"tIME": RM.TIME,
              b"eXIf": RM.EXIF}
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
#: The largest picture accepted, in inflated bytes (about 75 megapixels of RGBA; a phone's
#: photo is 12 to 50): checked from the header before anything is inflated.
MAX_PNG_PIXEL_BYTES = 300 * 1000 * 1000

# EXIF tags (TIFF IFDs): GPS pointer, Exif pointer, serial numbers, orientation.
_GPS_IFD, _EXIF_IFD, _ORIENTATION = 0x8825, 0x8769, 0x0112
_SERIALS = frozenset({0xA431, 0xA435, 0xC62F})


def _png_bad(problem: str) -> ValidationError:
    return ValidationError(CORRUPT_PNG, field="data", problem=Message(problem))


def _jpeg_bad(problem: str) -> ValidationError:
    return ValidationError(CORRUPT_JPEG, field="data", problem=Message(problem))


# --- EXIF ---------------------------------------------------------------------------------


def _ifd(tiff: bytes, offset: int, order: str) -> Iterator[tuple[int, int, int, bytes]]:
    """(tag, type, count, 4-byte value field) of each entry of the IFD at ``offset``."""
    (count,) = struct.unpack_from(order + "H", tiff, offset)
    for i in range(min(count, 1000)):
        tag, typ, n = struct.unpack_from(order + "HHI", tiff, offset + 2 + 12 * i)
        yield tag, typ, n, tiff[offset + 10 + 12 * i: offset + 14 + 12 * i]


def exif_findings(tiff: bytes) -> tuple[set[RM], int | None]:
    """What an EXIF block (a TIFF structure) holds that a person should hear about (GPS,
    serial numbers), and its orientation. A malformed block says only EXIF."""
    found: set[RM] = {RM.EXIF}
    orientation: int | None = None
    try:
        order = {b"II": "<", b"MM": ">"}[tiff[:2]]
        (first,) = struct.unpack_from(order + "I", tiff, 4)
        pending, seen = [first], set()
        while pending:
            at = pending.pop()
            if at in seen or at >= len(tiff):
                continue
            seen.add(at)
            for tag, typ, n, value in _ifd(tiff, at, order):
                if tag == _GPS_IFD and n:
                    found.add(RM.GPS)
                elif tag in _SERIALS:
                    found.add(RM.CAMERA_SERIAL)
                elif tag == _EXIF_IFD:
                    pending.append(struct.unpack(order + "I", value)[0])
                elif tag == _ORIENTATION and typ == 3 and at == first:
                    orientation = struct.unpack_from(order + "H", value)[0]
    except (KeyError, struct.error, IndexError):
        pass
    return found, orientation if orientation in range(2, 9) else None


def _orientation_exif(orientation: int) -> bytes:
    """A minimal APP1 EXIF holding only the orientation (so a turned photo shows upright)."""
    tiff = b"MM\x00\x2a\x00\x00\x00\x08" + struct.pack(">HHHIHH", 1, _ORIENTATION, 3, 1,
                                                       orientation, 0) + b"\x00\x00\x00\x00"
    body = b"Exif\x00\x00" + tiff
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


# --- PNG ----------------------------------------------------------------------------------


def _png_chunks(data: bytes) -> Iterator[tuple[bytes, bytes, int, int]]:
    """(type, data, start, end) of each chunk up to IEND, CRCs checked."""
    at = len(PNG_SIGNATURE)
    while True:
        if at + 12 > len(data):
            raise _png_bad(N_("it ends before its last part"))
        length, kind = struct.unpack_from(">I4s", data, at)
        end = at + 12 + length
        if length > len(data) or end > len(data):
            raise _png_bad(N_("a part runs past the end of the file"))
        body = data[at + 8: at + 8 + length]
        if zlib.crc32(kind + body) != struct.unpack_from(">I", data, end - 4)[0]:
            raise _png_bad(N_("a part fails its checksum"))
        yield kind, body, at, end
        if kind == b"IEND":
            return
        at = end


def clean_png(data: bytes) -> tuple[bytes, tuple[RM, ...]]:
    """The PNG without metadata chunks, and what was removed. Checks the signature, every
    chunk's CRC, IHDR first, IDAT present and inflating to the size IHDR says, IEND."""
    kept: list[bytes] = [PNG_SIGNATURE]
    removed: set[RM] = set()
    idat: list[bytes] = []
    ihdr = b""
    end = 0
    for kind, body, start, end in _png_chunks(data):
        if not ihdr and kind != b"IHDR":
            raise _png_bad(N_("its header is missing"))
        if kind == b"IHDR":
            ihdr = body
        if kind == b"IDAT":
            idat.append(body)
        if kind in _PNG_KEEP:
            kept.append(data[start:end])
        elif kind == b"eXIf":
            removed |= exif_findings(body)[0]
        else:
            removed.add(_PNG_NAMED.get(kind, RM.OTHER))
    if end < len(data):
        removed.add(RM.OTHER)  # bytes after IEND
    _check_pixels(ihdr, idat)
    return b"".join(kept), tuple(sorted(removed))


def _check_pixels(ihdr: bytes, idat: list[bytes]) -> None:
    if len(ihdr) != 13:
        raise _png_bad(N_("its header is malformed"))
    width, height, depth, colour, _c, _f, interlace = struct.unpack(">IIBBBBB", ihdr)
    if not (0 < width <= 100_000 and 0 < height <= 100_000) or colour not in _CHANNELS:
        raise _png_bad(N_("its size or colour type is impossible"))
    if not idat:
        raise _png_bad(N_("it holds no image data"))
    row = (width * depth * _CHANNELS[colour] + 7) // 8
    expected = height * (row + 1)
    if expected > MAX_PNG_PIXEL_BYTES:
        raise _png_bad(N_("its picture is too large to show"))
    out, eof = _inflated_size(b"".join(idat), expected)
    # An interlaced image's passes add a filter byte per row of each pass: never less than
    # the plain size's pixel bytes.
    enough = out >= expected if not interlace else out >= height * row
    if not interlace and out > expected:
        raise _png_bad(N_("its image data is longer than its picture"))
    if not enough or (not interlace and not eof):
        raise _png_bad(N_("its image data is cut short"))


def _inflated_size(data: bytes, expected: int) -> tuple[int, bool]:
    """How many bytes ``data`` inflates to (reading at most ``expected`` + 16 MiB, a piece
    at a time, nothing kept: a small file that inflates to gigabytes stops here), and
    whether the stream ended."""
    inflate = zlib.decompressobj()
    total, piece, pending = 0, 16 * 1024 * 1024, data
    try:
        while pending and total <= expected:
            total += len(inflate.decompress(pending, piece))
            pending = inflate.unconsumed_tail
    except zlib.error:
        raise _png_bad(N_("its image data is damaged")) from None
    return total, inflate.eof


# --- JPEG ---------------------------------------------------------------------------------


def _jpeg_segment(data: bytes, at: int) -> tuple[int, int]:
    """(marker, end) of the segment starting at ``at`` (a marker with a length)."""
    if at + 4 > len(data) or data[at] != 0xFF:
        raise _jpeg_bad(N_("a segment is malformed"))
    (length,) = struct.unpack_from(">H", data, at + 2)
    if length < 2 or at + 2 + length > len(data):
        raise _jpeg_bad(N_("a segment runs past the end of the file"))
    return data[at + 1], at + 2 + length


def _scan_end(data: bytes, at: int) -> int:
    """Where the entropy-coded data starting at ``at`` ends (the next real marker)."""
    while True:
        at = data.find(b"\xff", at)
        if at < 0 or at + 1 >= len(data):
            raise _jpeg_bad(N_("its image data has no end"))
        nxt = data[at + 1]
        if nxt == 0x00 or 0xD0 <= nxt <= 0xD7 or nxt == 0xFF:
            at += 1
            continue
        return at


def _jpeg_app(marker: int, body: bytes, removed: set[RM]) -> bytes | None:
    """Keep (returns the bytes to write) or drop (records what) one APPn/COM segment."""
    if marker == 0xE0 and body.startswith((b"JFIF\x00", b"JFXX\x00")):
        return b""  # the caller keeps the segment as it is
    if (marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00")) or (
            marker == 0xEE and body.startswith(b"Adobe")):
        return b""
    if marker == 0xE1 and body.startswith(b"Exif\x00\x00"):
        found, orientation = exif_findings(body[6:])
        removed |= found
        return _orientation_exif(orientation) if orientation else None
    if marker == 0xE1 and (b"xap/1.0" in body[:64] or body.startswith(b"http://ns.adobe")):
        removed.add(RM.XMP)
    elif marker == 0xED:
        removed.add(RM.IPTC)
    elif marker == 0xFE:
        removed.add(RM.COMMENT)
    else:
        removed.add(RM.OTHER)
    return None


def clean_jpeg(data: bytes) -> tuple[bytes, tuple[RM, ...]]:
    """The JPEG without metadata segments, and what was removed. Checks SOI, the segment
    structure, a frame header, at least one scan and EOI; drops data after EOI."""
    if not data.startswith(b"\xff\xd8"):
        raise _jpeg_bad(N_("it does not start like a JPEG"))
    out, removed, at = [b"\xff\xd8"], set[RM](), 2
    frame = scanned = False
    while True:
        while at < len(data) and data[at] == 0xFF and at + 1 < len(data) and \
                data[at + 1] == 0xFF:
            at += 1  # fill bytes
        if at + 1 >= len(data):
            raise _jpeg_bad(N_("it ends before its end marker"))
        marker = data[at + 1]
        if marker == 0xD9:
            break
        marker, end = _jpeg_segment(data, at)
        body = data[at + 4: end]
        if 0xE0 <= marker <= 0xEF or marker == 0xFE:
            keep = _jpeg_app(marker, body, removed)
            if keep is not None:
                out.append(keep or data[at:end])
        else:
            frame |= marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB,
                                0xCD, 0xCE, 0xCF)
            if marker == 0xDA:
                if not frame:
                    raise _jpeg_bad(N_("its image data comes before its frame header"))
                scanned = True
                end = _scan_end(data, end)
            out.append(data[at:end])
        at = end
    if not scanned:
        raise _jpeg_bad(N_("it holds no image data"))
    if at + 2 < len(data):
        removed.add(RM.OTHER)  # data after the end marker (a second image, a trailer)
    out.append(b"\xff\xd9")
    return b"".join(out), tuple(sorted(removed))
