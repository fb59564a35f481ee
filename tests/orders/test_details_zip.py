"""What is inside a saved ZIP (listed, never unpacked) and "Verify again", without a window."""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from teleaccounthub.local.file_check import FileState, check_saved_file
from teleaccounthub.local.zip_listing import (
    MAX_LISTED,
    SHOWN_NAME_LENGTH,
    ZipListingError,
    count_items,
    list_zip,
)


def order_zip(path: Path, quantity: int) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("README.txt", "Order 74\n")
        for unit in range(1, quantity + 1):
            archive.writestr(f"accounts/{unit:04d}.json", f'{{"phone": "+63900000{unit:04d}"}}')
    return path


def raw_zip(
    path: Path, names: list[bytes], *, utf8: bool = False, claimed: int | None = None
) -> Path:
    """A stored ZIP with exactly these name bytes (zipfile would clean some of them)."""
    body = bytearray()
    central = bytearray()
    flags = 0x800 if utf8 else 0
    for name in names:
        data = b"x"
        crc = zlib.crc32(data)
        offset = len(body)
        body += struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, flags, 0, 0, 0, crc, 1, 1, len(name), 0)
        body += name + data
        central += struct.pack(
            "<4s6H3L5H2L",
            b"PK\x01\x02",
            20,
            20,
            flags,
            0,
            0,
            0,
            crc,
            1,
            1,
            len(name),
            0,
            0,
            0,
            0,
            0,
            offset,
        )
        central += name
    count = len(names) if claimed is None else claimed
    end = struct.pack(
        "<4s4H2LH",
        b"PK\x05\x06",
        0,
        0,
        min(count, 0xFFFF),
        min(count, 0xFFFF),
        len(central),
        len(body),
        0,
    )
    path.write_bytes(bytes(body + central + end))
    return path


def tree(folder: Path) -> list[tuple[str, int]]:
    return sorted((str(p.relative_to(folder)), p.stat().st_size) for p in folder.rglob("*"))


def test_a_normal_archive_lists_names_and_sizes_and_matches_the_quantity(tmp_path: Path) -> None:
    path = order_zip(tmp_path / "order-74.zip", 3)
    listing = list_zip(path)
    assert [e.name for e in listing.entries] == [
        "README.txt",
        "accounts/0001.json",
        "accounts/0002.json",
        "accounts/0003.json",
    ]
    with zipfile.ZipFile(path) as archive:
        assert [e.size for e in listing.entries] == [i.file_size for i in archive.infolist()]
    assert listing.more == 0
    assert not listing.flagged
    assert not listing.problems
    count = count_items(listing, 3)
    assert (count.items, count.matches) == (3, True)
    assert count.text == "3 of 3 ordered, in accounts/"
    mismatch = count_items(listing, 5)
    assert not mismatch.matches
    assert "cannot be matched" in mismatch.text
    assert "5 were ordered" in mismatch.text


def test_an_empty_archive_lists_nothing_and_says_the_items_are_missing(tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    zipfile.ZipFile(path, "w").close()
    listing = list_zip(path)
    assert listing.entries == ()
    assert listing.declared == 0
    assert listing.more == 0
    count = count_items(listing, 2)
    assert count.items == 0
    assert not count.matches
    assert "holds 0 item files but 2 were ordered" in count.text


def test_hostile_names_are_flagged_in_words_and_nothing_is_written(tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    names = [
        b"/etc/passwd",
        b"../../evil.sh",
        b"C:\\Windows\\evil.dll",
        b"ok\x00.exe",
        b"\xff\xfe bad",
        "photo\u202egpj.exe".encode(),
        b"accounts/0001.json",
    ]
    path = raw_zip(folder / "hostile.zip", names, utf8=True)
    before = tree(tmp_path)
    listing = list_zip(path)
    assert tree(tmp_path) == before  # listed, never unpacked
    assert not (tmp_path / "evil.sh").exists()
    assert not Path("/etc/passwd.x").exists()
    problems = {e.name: e.problems for e in listing.entries}
    assert "it has an absolute path" in problems["/etc/passwd"]
    assert "its path goes up out of the folder (..)" in problems["../../evil.sh"]
    windows = problems["C:\\Windows\\evil.dll"]
    assert "it has an absolute path" in windows
    assert "its name contains a backslash" in windows
    assert "its name contains a NUL character" in problems["ok\x00.exe"]
    assert "its name is not valid text" in problems["\ufffd\ufffd bad"]
    reversed_name = "photo\u202egpj.exe"
    assert "its name contains characters that reverse the text direction" in problems[reversed_name]
    assert problems["accounts/0001.json"] == ()
    shown = {e.shown_name for e in listing.entries}
    assert "ok\ufffd.exe" in shown
    assert "photo\ufffdgpj.exe" in shown
    assert len(listing.flagged) == 6


def test_a_huge_entry_count_stops_at_the_cap_and_says_how_many_more(tmp_path: Path) -> None:
    total = MAX_LISTED * 20
    path = raw_zip(tmp_path / "many.zip", [f"f/{i:06d}".encode() for i in range(total)])
    listing = list_zip(path)
    assert len(listing.entries) == MAX_LISTED
    assert listing.more == total - MAX_LISTED
    assert listing.declared == total
    count = count_items(listing, total)
    assert count.items is None
    assert not count.matches
    assert "Only part" in count.text
    small = list_zip(path, cap=10)
    assert len(small.entries) == 10
    assert small.more == total - 10


def test_an_impossible_entry_count_is_said_not_believed(tmp_path: Path) -> None:
    path = raw_zip(tmp_path / "lies.zip", [b"a.txt"], claimed=60_000)
    listing = list_zip(path)
    assert [e.name for e in listing.entries] == ["a.txt"]
    assert listing.declared == 60_000
    assert any("claims 60,000 entries" in p for p in listing.problems)
    assert any("damaged after 1 entries" in p for p in listing.problems)


@pytest.mark.parametrize(
    "content",
    [b"", b"not a zip at all", b"PK\x05\x06" + b"\x00" * 4],
    ids=["empty file", "text", "truncated end record"],
)
def test_what_is_not_a_zip_is_refused_in_words(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(content)
    with pytest.raises(ZipListingError, match="not a ZIP archive"):
        list_zip(path)


def test_a_missing_file_is_said(tmp_path: Path) -> None:
    with pytest.raises(ZipListingError, match="not there any more"):
        list_zip(tmp_path / "gone.zip")


def _recorded(path: Path) -> tuple[int, str]:
    return path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest()


def test_verify_again_passes_a_saved_file(tmp_path: Path) -> None:
    path = order_zip(tmp_path / "order.zip", 2)
    size, sha = _recorded(path)
    check = check_saved_file(path, size=size, sha256=sha.upper())
    assert check.state is FileState.SOUND
    assert check.ok
    assert "same SHA-256" in check.text


def test_verify_again_reports_a_missing_file(tmp_path: Path) -> None:
    path = order_zip(tmp_path / "order.zip", 2)
    size, sha = _recorded(path)
    path.unlink()
    check = check_saved_file(path, size=size, sha256=sha)
    assert check.state is FileState.MISSING
    assert str(path) in check.text


def test_verify_again_reports_a_changed_file_that_is_still_a_zip(tmp_path: Path) -> None:
    path = order_zip(tmp_path / "order.zip", 2)
    size, sha = _recorded(path)
    order_zip(path, 3)
    check = check_saved_file(path, size=size, sha256=sha)
    assert check.state is FileState.CHANGED
    assert "still a readable ZIP" in check.text
    assert "bytes, it was" in check.text


def test_verify_again_reports_a_tampered_member_by_its_crc(tmp_path: Path) -> None:
    path = tmp_path / "order.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr("accounts/0001.json", b"A" * 200)
    size, sha = _recorded(path)
    data = bytearray(path.read_bytes())
    at = data.index(b"A" * 200)
    data[at + 100] = ord("B")
    path.write_bytes(bytes(data))
    check = check_saved_file(path, size=size, sha256=sha)
    assert check.state is FileState.CHANGED
    assert "SHA-256 is not the one recorded" in check.text
    assert "no longer a readable ZIP" in check.text
    # Recorded as it is now (the store sent it so): the CRC still finds the damaged member.
    size, sha = _recorded(path)
    corrupt = check_saved_file(path, size=size, sha256=sha)
    assert corrupt.state is FileState.CORRUPT
    assert "'accounts/0001.json' is damaged" in corrupt.text
    assert "save it again" in corrupt.text


def test_huge_names_stop_the_listing_at_its_byte_budget_and_are_shortened_on_screen(
    tmp_path: Path,
) -> None:
    names = [f"{i:03d}".encode() + b"a" * 60_000 for i in range(100)]
    listing = list_zip(raw_zip(tmp_path / "long.zip", names))
    assert 0 < len(listing.entries) < 100
    assert listing.more == 100 - len(listing.entries)
    assert any("too large to list in full" in p for p in listing.problems)
    entry = listing.entries[0]
    assert len(entry.name) == 60_003
    assert len(entry.shown_name) == SHOWN_NAME_LENGTH
    assert entry.shown_name.endswith("…")
