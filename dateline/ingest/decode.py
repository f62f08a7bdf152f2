"""Bytes to text: a file as saved from the web, in whatever encoding it was saved in.

A byte-order mark decides; else strict UTF-8; else UTF-8 with a few damaged
bytes; else the charset an HTML file declares (with a few damaged bytes, as a
Big5 page with a widget's UTF-8 has); else charset-normalizer's guess (GB18030
read for GB2312/GBK). Files that are not text at all (a PDF, a
Word file, an image) are named as what they are.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import charset_normalizer

from ..errors import ContentError

#: Byte-order marks, longest first (a UTF-32 LE mark starts like UTF-16 LE).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Decode with a superset of what detection names: GB18030 reads all GB2312/GBK text.
PREFERRED_DECODERS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}

#: Encodings a page that declares one may be written in instead, its supersets: a Hong Kong page declares
#: Big5 and writes Cantonese characters of Big5-HKSCS (`佢哋`, `嘢`).
DECLARED_SUPERSETS = {"big5": ("big5hkscs", "cp950"), "cp950": ("big5hkscs",), "shift_jis": ("cp932",)}

#: How a file that is not text starts: what to tell the editor it is instead.
BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, EPUB or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)

#: More than this share of control characters means the bytes are not text.
BINARY_CONTROL_SHARE = 0.01
#: In a file that is not valid UTF-8, at most this share of damaged characters still counts as UTF-8.
DAMAGED_UTF8_SHARE = 0.05

_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def read_bytes(path: Path, shown_path: str, max_bytes: int) -> bytes:
    """A file's bytes, refused (ContentError) when it is over `max_bytes` or cannot be read."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ContentError(shown_path, None, f"file is {size} bytes, over the limit of {max_bytes} bytes")
        with path.open("rb") as stream:
            raw = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ContentError(shown_path, None, f"cannot read file: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:
        raise ContentError(shown_path, None, f"file is over the limit of {max_bytes} bytes")
    return raw


def decode(raw: bytes, shown_path: str) -> tuple[str, str]:
    """Text and encoding name: BOM, then strict UTF-8, then detection."""
    for signature, what in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise ContentError(
                shown_path,
                None,
                f"not a text file: it is {what}; dateline reads articles saved as text, HTML or Markdown",
            )
    text, encoding = _decode_bytes(raw, shown_path)
    if _CONTROL_CHAR.search(text) and len(_CONTROL_CHAR.findall(text)) > BINARY_CONTROL_SHARE * len(text):
        raise ContentError(shown_path, None, f"not a text file (too many control characters as {encoding})")
    return text.lstrip("\ufeff"), encoding


def _decode_bytes(raw: bytes, shown_path: str) -> tuple[str, str]:
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return raw[len(mark) :].decode(encoding.replace("-sig", ""), errors="replace"), encoding
    if b"\x00" in raw:
        utf16 = _utf16_without_bom(raw)
        if utf16 is not None:
            return raw.decode(utf16, errors="replace"), utf16
        if raw.count(0) > BINARY_CONTROL_SHARE * len(raw):
            raise ContentError(
                shown_path, None, "not a text file (it contains NUL bytes); save articles as text, HTML or Markdown"
            )
        raw = raw.replace(b"\x00", b"")  # a few stray NULs in a text (a browser ignores them too)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _is_damaged_utf8(raw):
        return raw.decode("utf-8", errors="replace"), "utf-8"
    declared = _declared_encoding(raw)
    if declared:
        readings = (declared, *DECLARED_SUPERSETS.get(declared, ()))
        for encoding in readings:
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                pass
        # a Big5 page with a widget's few UTF-8 bytes: read as it says, those few characters lost
        text, encoding = min(
            ((raw.decode(encoding, errors="replace"), encoding) for encoding in readings),
            key=lambda read: read[0].count("\ufffd"),
        )
        if _few_damaged(text, raw):
            return text, encoding
    best = charset_normalizer.from_bytes(raw).best()
    if best is None or not best.encoding:
        raise ContentError(shown_path, None, "not a text file (no known text encoding fits its bytes)")
    encoding = _decoder_for(best.encoding)
    return raw.decode(encoding, errors="replace"), encoding


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 LE/BE when NUL bytes sit on one side of the pairs, as ASCII looks in UTF-16.

    A file cut short (an odd number of bytes) is judged without its last byte.
    """
    raw = raw[: len(raw) - len(raw) % 2]
    pairs = len(raw) // 2
    nul_at_even, nul_at_odd = raw[0::2].count(0), raw[1::2].count(0)
    for nul_share, other_share, encoding in (
        (nul_at_odd, nul_at_even, "utf-16-le"),
        (nul_at_even, nul_at_odd, "utf-16-be"),
    ):
        if nul_share > 0.3 * pairs and other_share < 0.05 * pairs:
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _is_damaged_utf8(raw: bytes) -> bool:
    """Mostly valid UTF-8 with a few bad bytes (a cut or a stray byte), not another encoding."""
    return _few_damaged(raw.decode("utf-8", errors="replace"), raw)


def _few_damaged(decoded: str, raw: bytes) -> bool:
    """Whether bytes read in an encoding are mostly its text, with a few damaged characters (`\ufffd`)."""
    damaged = decoded.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for char in decoded if ord(char) > 0x7F) - damaged
    # A short text cut or hit once or twice is still UTF-8; another encoding read as UTF-8 is damaged throughout.
    return multibyte > 0 and (damaged <= DAMAGED_UTF8_SHARE * multibyte or (damaged <= 3 and multibyte >= 10 * damaged))


def _declared_encoding(raw: bytes) -> str | None:
    """The charset an HTML file declares in `<meta>`, if Python knows it (and it is not UTF)."""
    match = _DECLARED_CHARSET.search(raw[:8192])
    if not match:
        return None
    try:
        encoding = _decoder_for(match.group(1).decode("ascii"))
        is_text = codecs.lookup(encoding)._is_text_encoding  # not rot13, base64, zlib …
    except (LookupError, UnicodeDecodeError):
        return None
    return None if encoding.startswith("utf") or not is_text or encoding in ("undefined", "mbcs") else encoding


def _decoder_for(name: str) -> str:
    canonical = codecs.lookup(name).name
    return PREFERRED_DECODERS.get(canonical, canonical)
