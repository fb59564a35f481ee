"""What is inside a saved ZIP, read from its central directory only: nothing is extracted.

The central directory is parsed here rather than by ``zipfile``, which reads every entry of it
at once: a hostile archive can claim millions of entries. At most ``MAX_LISTED`` entries are
read (the rest are counted from the end record, "and N more"), each name at most 64 KiB, so the
time a listing takes is bounded whatever the file says. Names that would be dangerous if the
archive were unpacked by some other program — absolute paths, ``..``, backslashes, NUL and
control characters, right-to-left tricks, names that are not valid text — are flagged in words.
"""

from __future__ import annotations

import re
import struct
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO, Final

from teleaccounthub.i18n import TrContext

OrdersText = TrContext("OrdersText")

MAX_LISTED: Final = 2000
# The most of the central directory read (names, extras, comments), whatever the entry count.
MAX_DIRECTORY_BYTES: Final = 4 << 20
# Longer names are shortened on screen (``shown_name``); the name itself is kept whole.
SHOWN_NAME_LENGTH: Final = 240
# An entry that unpacks to more than this many times its packed size is flagged.
BOMB_RATIO: Final = 1000
_BOMB_MIN_SIZE: Final = 100 << 20

_EOCD = struct.Struct("<4s4H2LH")
_EOCD_SIGNATURE = b"PK\x05\x06"
_ZIP64_LOCATOR = struct.Struct("<4sLQL")
_ZIP64_LOCATOR_SIGNATURE = b"PK\x06\x07"
_ZIP64_EOCD = struct.Struct("<4sQ2H2L4Q")
_ZIP64_EOCD_SIGNATURE = b"PK\x06\x06"
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_CENTRAL_SIGNATURE = b"PK\x01\x02"
_MAX_COMMENT: Final = 0xFFFF
_UTF8_FLAG: Final = 0x800
_DRIVE = re.compile(r"^[A-Za-z]:")
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")
_NOT_ITEMS = re.compile(r"(?i)^(readme|read me|license|licence|padding)\b")


class ZipListingError(Exception):
    """The file cannot be listed; the message says why, for the customer."""


@dataclass(frozen=True, slots=True)
class ZipEntry:
    name: str
    """The name as the archive gives it (decoded; may hold anything — see ``shown_name``)."""
    size: int
    packed_size: int
    problems: tuple[str, ...] = ()

    @property
    def is_folder(self) -> bool:
        return self.name.endswith("/")

    @property
    def shown_name(self) -> str:
        """The name safe to put on screen: control and direction characters as U+FFFD, and
        at most ``SHOWN_NAME_LENGTH`` characters."""
        name = self.name
        if len(name) > SHOWN_NAME_LENGTH:
            name = name[: SHOWN_NAME_LENGTH - 1] + "…"
        return "".join(
            "\ufffd" if unicodedata.category(c) == "Cc" or c in _BIDI_CONTROLS else c for c in name
        )


@dataclass(frozen=True, slots=True)
class ZipListing:
    entries: tuple[ZipEntry, ...]
    declared: int
    """How many entries the archive says it has (its end record)."""
    problems: tuple[str, ...] = field(default=())
    """About the archive as a whole (a damaged directory, an impossible entry count)."""

    @property
    def more(self) -> int:
        """Entries not listed (over ``MAX_LISTED``, or after a damaged one)."""
        return max(0, self.declared - len(self.entries))

    @property
    def files(self) -> tuple[ZipEntry, ...]:
        return tuple(entry for entry in self.entries if not entry.is_folder)

    @property
    def flagged(self) -> tuple[ZipEntry, ...]:
        return tuple(entry for entry in self.entries if entry.problems)


@dataclass(frozen=True, slots=True)
class ItemCount:
    """The items found in the archive against the quantity ordered."""

    items: int | None
    """None when they cannot be counted (the listing is incomplete)."""
    matches: bool
    text: str


def list_zip(path: Path, *, cap: int = MAX_LISTED) -> ZipListing:
    """The entries of the ZIP at ``path`` (at most ``cap``); raises ``ZipListingError``."""
    try:
        with path.open("rb") as file:
            return _list(file, cap)
    except FileNotFoundError as error:
        raise ZipListingError(OrdersText.tr("The file is not there any more.")) from error
    except OSError as error:
        raise ZipListingError(
            OrdersText.tr("The file cannot be read: {reason}.").format(
                reason=error.strerror or error
            )
        ) from error


def count_items(listing: ZipListing, quantity: int) -> ItemCount:
    """How many items the archive holds, beside the ``quantity`` ordered.

    An item is a file in the folder that holds exactly ``quantity`` files, or else any file but
    a read-me, licence or padding file.
    """
    if listing.more:
        return ItemCount(
            None,
            False,
            OrdersText.tr(
                "Only part of the archive could be listed, so its items cannot be counted against "
                "the %Ln ordered.",
                "",
                quantity,
            ),
        )
    files = listing.files
    folders = Counter(str(PurePosixPath(entry.name).parent) for entry in files)
    for folder, count in folders.items():
        if count == quantity and folder != ".":
            # count == quantity: both are the one number
            text = OrdersText.tr("%Ln of %Ln ordered, in {folder}/", "", quantity)
            return ItemCount(count, True, text.format(folder=folder))
    items = sum(1 for entry in files if not _NOT_ITEMS.match(PurePosixPath(entry.name).name))
    if items == quantity:
        return ItemCount(items, True, OrdersText.tr("%Ln of %Ln ordered", "", quantity))
    if quantity == 1:
        text = OrdersText.tr(
            "The archive holds %Ln item file(s) but 1 was ordered: they cannot be matched one to "
            "one. Look inside before you use them.",
            "",
            items,
        )
    else:
        text = OrdersText.tr(
            "The archive holds %Ln item file(s) but {quantity} were ordered: they cannot be "
            "matched one to one. Look inside before you use them.",
            "",
            items,
        )
    return ItemCount(items, False, text.format(quantity=quantity))


def _list(file: BinaryIO, cap: int) -> ZipListing:
    size = file.seek(0, 2)
    tail_start = max(0, size - _EOCD.size - _MAX_COMMENT)
    file.seek(tail_start)
    tail = file.read()
    at = tail.rfind(_EOCD_SIGNATURE)
    while at >= 0 and len(tail) - at < _EOCD.size:
        at = tail.rfind(_EOCD_SIGNATURE, 0, at)
    if at < 0:
        raise ZipListingError(
            OrdersText.tr("The file is not a ZIP archive (it has no table of contents).")
        )
    eocd_at = tail_start + at
    fields = _EOCD.unpack_from(tail, at)
    declared, cd_size, cd_offset = fields[4], fields[5], fields[6]
    directory_end = eocd_at
    if 0xFFFF in fields[1:5] or 0xFFFFFFFF in (cd_size, cd_offset):
        declared, cd_size, directory_end = _zip64(file, eocd_at, declared, cd_size)
    cd_start = directory_end - cd_size
    if cd_start < 0:
        raise ZipListingError(OrdersText.tr("The archive's table of contents is damaged."))
    problems: list[str] = []
    if declared * _CENTRAL.size > cd_size:
        problems.append(
            OrdersText.tr(
                "The archive claims %Ln entries, more than its table of contents can hold.",
                "",
                declared,
            )
        )
    file.seek(cd_start)
    entries: list[ZipEntry] = []
    remaining = cd_size
    read = 0
    while len(entries) < min(declared, cap):
        if read > MAX_DIRECTORY_BYTES:
            problems.append(
                OrdersText.tr(
                    "The archive's table of contents is too large to list in full; the first "
                    "%Ln entries are shown.",
                    "",
                    len(entries),
                )
            )
            break
        entry = _entry(file, remaining)
        if entry is None:
            problems.append(
                OrdersText.tr(
                    "The archive's table of contents is damaged after %Ln entries.",
                    "",
                    len(entries),
                )
            )
            break
        entries.append(entry[0])
        remaining -= entry[1]
        read += entry[1]
    return ZipListing(tuple(entries), declared, tuple(problems))


def _zip64(file: BinaryIO, eocd_at: int, declared: int, cd_size: int) -> tuple[int, int, int]:
    locator_at = eocd_at - _ZIP64_LOCATOR.size
    if locator_at < 0:
        return declared, cd_size, eocd_at
    file.seek(locator_at)
    locator = file.read(_ZIP64_LOCATOR.size)
    if len(locator) < _ZIP64_LOCATOR.size or not locator.startswith(_ZIP64_LOCATOR_SIGNATURE):
        return declared, cd_size, eocd_at
    record_at = locator_at - _ZIP64_EOCD.size
    file.seek(record_at)
    record = file.read(_ZIP64_EOCD.size)
    if len(record) < _ZIP64_EOCD.size or not record.startswith(_ZIP64_EOCD_SIGNATURE):
        raise ZipListingError(OrdersText.tr("The archive's table of contents is damaged."))
    fields = _ZIP64_EOCD.unpack(record)
    return fields[7], fields[8], record_at


def _entry(file: BinaryIO, remaining: int) -> tuple[ZipEntry, int] | None:
    """The next central directory entry and its length, or None if it is not one."""
    header = file.read(_CENTRAL.size)
    if len(header) < _CENTRAL.size or remaining < _CENTRAL.size:
        return None
    fields = _CENTRAL.unpack(header)
    if fields[0] != _CENTRAL_SIGNATURE:
        return None
    flags, packed, size = fields[3], fields[8], fields[9]
    name_length, extra_length, comment_length = fields[10], fields[11], fields[12]
    raw_name = file.read(name_length)
    extra = file.read(extra_length)
    file.seek(comment_length, 1)
    if len(raw_name) < name_length or len(extra) < extra_length:
        return None
    size, packed = _zip64_sizes(extra, size, packed)
    name, problems = _name(raw_name, bool(flags & _UTF8_FLAG))
    if size > _BOMB_MIN_SIZE and size > BOMB_RATIO * max(packed, 1):
        problems.append(
            OrdersText.tr("unpacks to over a thousand times its packed size", "a file in a ZIP")
        )
    length = _CENTRAL.size + name_length + extra_length + comment_length
    return ZipEntry(name, size, packed, tuple(problems)), length


def _zip64_sizes(extra: bytes, size: int, packed: int) -> tuple[int, int]:
    at = 0
    while at + 4 <= len(extra):
        kind, length = struct.unpack_from("<2H", extra, at)
        body = extra[at + 4 : at + 4 + length]
        if kind == 0x0001:
            values = [v for (v,) in struct.iter_unpack("<Q", body[: len(body) // 8 * 8])]
            if size == 0xFFFFFFFF and values:
                size = values.pop(0)
            if packed == 0xFFFFFFFF and values:
                packed = values.pop(0)
            break
        at += 4 + length
    return size, packed


def _name(raw: bytes, utf8: bool) -> tuple[str, list[str]]:
    problems: list[str] = []
    if utf8:
        try:
            name = raw.decode("utf-8")
        except UnicodeDecodeError:
            name = raw.decode("utf-8", errors="replace")
            problems.append(OrdersText.tr("its name is not valid text", "a file in a ZIP"))
    else:
        name = raw.decode("cp437")
    if "\x00" in name:
        problems.append(OrdersText.tr("its name contains a NUL character", "a file in a ZIP"))
    elif any(unicodedata.category(c) == "Cc" for c in name):
        problems.append(OrdersText.tr("its name contains control characters", "a file in a ZIP"))
    if any(c in _BIDI_CONTROLS for c in name):
        problems.append(
            OrdersText.tr(
                "its name contains characters that reverse the text direction", "a file in a ZIP"
            )
        )
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        problems.append(OrdersText.tr("it has an absolute path", "a file in a ZIP"))
    if "\\" in name:
        problems.append(OrdersText.tr("its name contains a backslash", "a file in a ZIP"))
    if ".." in re.split(r"[/\\]", name):
        problems.append(OrdersText.tr("its path goes up out of the folder (..)", "a file in a ZIP"))
    if not name:
        problems.append(OrdersText.tr("it has no name", "a file in a ZIP"))
    return name, problems
