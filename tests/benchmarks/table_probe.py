"""Child: how fast the real product table filters and sorts, against Qt's own C++ path.

    python -m tests.benchmarks.table_probe --base-url URL --category-id ID --products N ...

The app's main window shows the category. Then: the table is repainted as it is (the cost of
one frame); keystrokes go into ``productFilter``, each timed from the key press to the first
paint of ``productTable`` showing the new rows; the filter is applied directly (the work per
keystroke, without the panel's typing delay); and the table is sorted by price both ways, timed
from the request to the first paint. The baseline does the same on a ``QStandardItemModel`` with
a plain ``QSortFilterProxyModel`` (filtering and sorting in C++) in a ``QTableView`` of the same
size, showing the same products.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QRegularExpression, QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView

from teleaccounthub.api import Product
from teleaccounthub.cli import API_KEY_ENV
from teleaccounthub.ui.catalog.product_model import Column
from tests.benchmarks.app_under_test import open_app
from tests.benchmarks.qt_child import PaintRecorder, bounded, run_child, wait_until

Key = str | Qt.Key
BACKSPACE = Qt.Key.Key_Backspace
#: What a customer types: a country, cleared, then a dial code, cleared.
KEYSTROKES: tuple[Key, ...] = (
    *"phil",
    *(BACKSPACE,) * 4,
    *"+63",
    *(BACKSPACE,) * 3,
)


def texts_typed(keys: Sequence[Key]) -> list[str]:
    """The filter text after each keystroke."""
    text, texts = "", []
    for key in keys:
        text = text[:-1] if key == BACKSPACE else text + str(key)
        texts.append(text)
    return texts


class TableUnderTest:
    """What the measurements need from a table: its widgets and how to see a filter applied."""

    def __init__(
        self,
        edit: QLineEdit,
        view: QTableView,
        rows: Callable[[], int],
        applied: Callable[[str], bool],
        filter_now: Callable[[str], None],
        keep: tuple[object, ...] = (),
    ) -> None:
        self.keep = keep  # models the view does not own
        self.edit = edit
        self.view = view
        self.rows = rows
        self.applied = applied
        self.filter_now = filter_now
        self.recorder = PaintRecorder(view.viewport(), lambda: (rows(), edit.text()))


async def keystroke(table: TableUnderTest, key: Key) -> float:
    """Milliseconds from a key press in the filter box to the table showing its result."""
    rows_before = table.rows()
    started = time.perf_counter()
    if isinstance(key, Qt.Key):
        QTest.keyClick(table.edit, key)
    else:
        QTest.keyClicks(table.edit, key)
    text = table.edit.text()
    seen = await wait_until(lambda: table.applied(text))
    rows = table.rows()
    if rows == rows_before:
        return (seen - started) * 1000  # same rows: nothing to repaint
    painted = await table.recorder.painted(lambda state: state == (rows, text), since=started)
    return (painted - started) * 1000


def filter_work(table: TableUnderTest, text: str) -> float:
    """Milliseconds to apply ``text`` directly, lay the table out and paint it."""
    started = time.perf_counter()
    table.filter_now(text)
    # Only the view's own posted events (its layout request): processEvents() here would run the
    # qasync loop's timers inside this coroutine and re-enter other tasks.
    QCoreApplication.sendPostedEvents(table.view)
    QCoreApplication.sendPostedEvents(table.view.viewport())
    table.view.viewport().repaint()
    return (time.perf_counter() - started) * 1000


async def sort_by_price(table: TableUnderTest, order: Qt.SortOrder) -> float:
    """Milliseconds from asking for a sort by price to the first paint after it."""
    table.recorder.forget()
    started = time.perf_counter()
    table.view.sortByColumn(Column.PRICE, order)
    painted = await table.recorder.painted(lambda _state: True, since=started)
    return (painted - started) * 1000


def repaint(table: TableUnderTest) -> float:
    """Milliseconds to paint the visible part of the table once (nothing changed)."""
    started = time.perf_counter()
    table.view.viewport().repaint()
    return (time.perf_counter() - started) * 1000


async def run_all(table: TableUnderTest, rounds: int) -> dict[str, list[float]]:
    keys, works, sorts, paints = [], [], [], []
    for _ in range(rounds):
        paints += [repaint(table) for _ in range(5)]
        for key in KEYSTROKES:
            keys.append(await keystroke(table, key))
        for text in texts_typed(KEYSTROKES):
            works.append(filter_work(table, text))
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            sorts.append(await sort_by_price(table, order))
    return {"keystroke_ms": keys, "filter_ms": works, "sort_ms": sorts, "paint_ms": paints}


def native_table(products: Sequence[Product], like: QTableView) -> TableUnderTest:
    """The same products in Qt's C++ models: the baseline."""
    model = QStandardItemModel(len(products), len(Column))
    for row, product in enumerate(products):
        model.setItem(row, Column.STAR, QStandardItem("☆"))
        model.setItem(row, Column.NAME, QStandardItem(product.product_name))
        model.setItem(row, Column.DIAL_CODE, QStandardItem(product.dial_code))
        stock = QStandardItem()
        stock.setData(product.total_stock, Qt.ItemDataRole.DisplayRole)
        model.setItem(row, Column.STOCK, stock)
        price = QStandardItem()
        price.setData(float(product.retail_price_usd), Qt.ItemDataRole.DisplayRole)
        model.setItem(row, Column.PRICE, price)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(Column.NAME)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
    view.resize(like.size())
    edit = QLineEdit()
    edit.textChanged.connect(proxy.setFilterFixedString)
    view.show()
    edit.show()
    return TableUnderTest(
        edit,
        view,
        proxy.rowCount,
        lambda text: proxy.filterRegularExpression().pattern() == QRegularExpression.escape(text),
        proxy.setFilterFixedString,
        keep=(model, proxy),
    )


def summary(samples: list[float]) -> dict[str, float]:
    return {"max": max(samples), "median": statistics.median(samples), "count": len(samples)}


async def measure(args: argparse.Namespace) -> dict[str, Any]:
    return await bounded(measure_tables(args), args.timeout)


async def measure_tables(args: argparse.Namespace) -> dict[str, Any]:
    app = open_app(args.base_url, os.environ[API_KEY_ENV], Path(args.data_dir))
    try:
        await app.categories_shown()
        panel = app.window.products
        app.select_category(args.category_id)
        await wait_until(
            lambda: (
                panel.model.rowCount() == args.products and not app.services.catalog.is_loading()
            )
        )
        proxy = panel.proxy
        real = TableUnderTest(
            panel.filter_edit,
            panel.table,
            proxy.rowCount,
            lambda text: proxy.filter_text() == " ".join(text.casefold().split()),
            proxy.set_filter_text,
        )
        app_figures = await run_all(real, args.rounds)
        products = [panel.model.product(row) for row in range(panel.model.rowCount())]
        native = native_table(products, panel.table)
        native_figures = await run_all(native, args.rounds)
        native.view.close()
    finally:
        await app.aclose()
    return {
        "rows": args.products,
        "app": {name: summary(values) for name, values in app_figures.items()},
        "native": {name: summary(values) for name, values in native_figures.items()},
    }


def parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--category-id", type=int, required=True)
    parser.add_argument("--products", type=int, required=True)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=120.0)
    return parser


if __name__ == "__main__":
    sys.exit(run_child(parser(), measure))
