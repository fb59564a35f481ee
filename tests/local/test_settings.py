from __future__ import annotations

import json
import logging
import re
from decimal import Decimal
from pathlib import Path

import pytest

from teleaccounthub.local.settings import Settings
from tests.local.builders import API_KEY, LIVE_URL, SANDBOX_URL


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "settings.json"


def test_defaults_without_a_file(path: Path) -> None:
    settings = Settings(path)
    assert settings.low_balance_threshold == Decimal("5.00")
    assert settings.notifications_enabled is True
    assert settings.auto_save_folder is None
    assert settings.last_save_folder is None
    assert settings.favourites(LIVE_URL) == frozenset()
    assert settings.get("window_geometry", "") == ""
    assert not path.exists()  # reading creates nothing


def test_everything_persists(path: Path, tmp_path: Path) -> None:
    settings = Settings(path)
    settings.low_balance_threshold = Decimal("12.50")
    settings.notifications_enabled = False
    settings.auto_save_folder = tmp_path / "zips"
    settings.last_save_folder = tmp_path / "last"
    settings.set("sort", {"column": 3, "descending": True, "widths": [120, 80.5]})

    again = Settings(path)
    assert again.low_balance_threshold == Decimal("12.50")
    assert str(again.low_balance_threshold) == "12.50"
    assert again.notifications_enabled is False
    assert again.auto_save_folder == tmp_path / "zips"
    assert again.last_save_folder == tmp_path / "last"
    assert again.get("sort", {}) == {"column": 3, "descending": True, "widths": [120, 80.5]}
    assert json.loads(path.read_text(encoding="utf-8"))["low_balance_threshold"] == "12.50"

    again.auto_save_folder = None
    assert Settings(path).auto_save_folder is None


def test_get_is_typed_by_its_default(path: Path) -> None:
    settings = Settings(path)
    settings.set("count", 3)
    settings.set("flag", True)
    settings.set("name", "x")
    settings.set("ratio", 2)
    assert settings.get("count", 0) == 3
    assert settings.get("count", "") == ""
    assert settings.get("count", False) is False  # an int is not a bool
    assert settings.get("flag", 0) == 0  # nor a bool an int
    assert settings.get("flag", False) is True
    assert settings.get("name", 0) == 0
    assert settings.get("ratio", 0.5) == 2.0
    assert isinstance(settings.get("ratio", 0.5), float)
    assert settings.get("absent", [1]) == [1]


def test_values_handed_out_are_copies(path: Path) -> None:
    settings = Settings(path)
    settings.set("list", [1, 2])
    got = settings.get("list", [0])
    got.append(3)
    assert settings.get("list", [0]) == [1, 2]


def test_a_corrupt_file_gives_defaults_and_is_kept_aside(
    path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path.write_text('{"notifications_enabled": false, ', encoding="utf-8")
    with caplog.at_level(logging.INFO, logger="teleaccounthub.local.settings"):
        settings = Settings(path)
    assert settings.notifications_enabled is True
    (bad,) = path.parent.glob("settings.json.broken-*")
    assert re.fullmatch(r"settings\.json\.broken-\d{8}T\d{6}Z", bad.name)
    assert bad.read_text(encoding="utf-8") == '{"notifications_enabled": false, '
    assert not path.exists()
    assert any("corrupt" in r.getMessage() for r in caplog.records)
    assert settings.problem is not None
    assert str(bad) in settings.problem
    settings.notifications_enabled = False
    again = Settings(path)
    assert again.notifications_enabled is False
    assert again.problem is None  # said once


@pytest.mark.parametrize("contents", [b"[]", b"null", b"\xff\xfe{}", b"42"])
def test_other_corrupt_files(path: Path, contents: bytes) -> None:
    path.write_bytes(contents)
    assert Settings(path).notifications_enabled is True
    (bad,) = path.parent.glob("settings.json.broken-*")
    assert bad.read_bytes() == contents


def test_a_second_corrupt_file_does_not_overwrite_the_first_one_set_aside(path: Path) -> None:
    path.write_bytes(b"first")
    Settings(path)
    path.write_bytes(b"second")
    Settings(path)  # within the same second: the same time stamp, so a counter is added
    kept = sorted(p.read_bytes() for p in path.parent.glob("settings.json.broken-*"))
    assert kept == [b"first", b"second"]


def test_wrongly_typed_stored_values_fall_back_to_defaults(path: Path) -> None:
    path.write_text(
        json.dumps(
            {
                "low_balance_threshold": "lots",
                "notifications_enabled": "yes",
                "auto_save_folder": 7,
                "favourites": {LIVE_URL: [1, "2", True, 3]},
            }
        ),
        encoding="utf-8",
    )
    settings = Settings(path)
    assert settings.low_balance_threshold == Decimal("5.00")
    assert settings.notifications_enabled is True
    assert settings.auto_save_folder is None
    assert settings.favourites(LIVE_URL) == frozenset({1, 3})


@pytest.mark.parametrize(
    "value",
    [
        API_KEY,
        f"Bearer {API_KEY}",
        ["ok", {"nested": API_KEY}],
        {API_KEY: 1},
    ],
)
def test_anything_like_an_api_key_is_refused(path: Path, value: object) -> None:
    settings = Settings(path)
    settings.set("safe", "value")
    with pytest.raises(ValueError, match="API key"):
        settings.set("oops", value)  # type: ignore[arg-type]
    assert settings.get("oops", "") == ""
    assert "tgsk_" not in path.read_text(encoding="utf-8")


def test_a_key_cannot_be_smuggled_in_as_a_setting_name_or_folder(path: Path) -> None:
    settings = Settings(path)
    with pytest.raises(ValueError, match="API key"):
        settings.set(API_KEY, True)
    with pytest.raises(ValueError, match="API key"):
        settings.auto_save_folder = Path("/home") / API_KEY
    assert not path.exists()


def test_values_that_are_not_plain_json_are_refused(path: Path) -> None:
    settings = Settings(path)
    for bad in (Decimal("1"), float("nan"), {1: "x"}, object()):
        with pytest.raises(ValueError):  # noqa: PT011 — one per kind of bad value
            settings.set("bad", bad)  # type: ignore[arg-type]


def test_threshold_refuses_nonsense(path: Path) -> None:
    settings = Settings(path)
    with pytest.raises(ValueError, match="threshold"):
        settings.low_balance_threshold = Decimal("-1")
    with pytest.raises(ValueError, match="threshold"):
        settings.low_balance_threshold = Decimal("NaN")
    assert settings.low_balance_threshold == Decimal("5.00")


def test_favourites_are_per_store(path: Path) -> None:
    settings = Settings(path)
    settings.set_favourite(LIVE_URL, 56, True)
    settings.set_favourite(LIVE_URL + "/", 57, True)
    settings.set_favourite(SANDBOX_URL, 56, True)
    settings.set_favourite(LIVE_URL, 57, False)
    settings.set_favourite(LIVE_URL, 99, False)  # not a favourite: nothing happens

    again = Settings(path)
    assert again.favourites("HTTPS://TeleNumber.Telekartstar.com") == frozenset({56})
    assert again.favourites(SANDBOX_URL) == frozenset({56})
    assert again.favourites("https://elsewhere.example") == frozenset()
    again.set_favourite(SANDBOX_URL, 56, False)
    assert Settings(path).favourites(SANDBOX_URL) == frozenset()


@pytest.mark.expected_log(r"^Settings .* cannot be read; using defaults")
def test_a_failed_save_changes_nothing(path: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file, not a folder", encoding="utf-8")
    settings = Settings(blocked / "settings.json")
    with pytest.raises(OSError):  # noqa: PT011 — the errno differs between platforms
        settings.notifications_enabled = False
    assert settings.notifications_enabled is True
