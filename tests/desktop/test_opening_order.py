"""The data folder opens in two steps: the settings before the first paint, the order book
after it; the problems read in the same order as when everything opened at once."""

from __future__ import annotations

import os
from pathlib import Path

from teleaccounthub.local import DataDir
from teleaccounthub.local.data_folder import (
    StartupProblem,
    add_order_book,
    open_contents,
    open_settings,
)


def broken_folder(root: Path) -> DataDir:
    data_dir = DataDir(root)
    data_dir.orders_db.write_bytes(os.urandom(8192))  # set aside, a new book started
    data_dir.settings_file.write_text("{not json", encoding="utf-8")
    return data_dir


def test_the_book_problem_comes_after_the_folders_and_before_the_settings(tmp_path: Path) -> None:
    data_dir = broken_folder(tmp_path / "data")
    folder = StartupProblem(lambda: "the folder")
    first = open_settings(data_dir, folder)
    assert first.problems[0].text == "the folder"
    assert len(first.problems) == 2  # the folder's and the settings'
    opened = add_order_book(first)
    try:
        texts = [p.text for p in opened.problems]
        assert texts[0] == "the folder"
        assert "order book could not be read and was set aside" in texts[1]
        assert texts[2] == first.problems[1].text
        assert len(texts) == 3
        assert opened.settings is first.settings
    finally:
        opened.order_book.close()


def test_without_a_folder_problem_the_book_problem_is_said_first(tmp_path: Path) -> None:
    opened = open_contents(broken_folder(tmp_path / "data"))
    try:
        texts = [p.text for p in opened.problems]
        assert "order book could not be read" in texts[0]
        assert len(texts) == 2
    finally:
        opened.order_book.close()


def test_in_memory_the_file_is_not_touched(tmp_path: Path) -> None:
    data_dir = DataDir(tmp_path / "data")
    opened = add_order_book(open_settings(data_dir), on_disk=False)
    try:
        assert opened.problems == []
        assert not data_dir.orders_db.exists()
    finally:
        opened.order_book.close()
