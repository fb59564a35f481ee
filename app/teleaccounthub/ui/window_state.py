"""Remembering the window between runs: geometry, splitters, columns, sort and last category.

Everything goes to ``Settings`` (the JSON file in the data dir), not to QSettings' default
location, so ``--data-dir`` keeps tests and profiles apart.
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtWidgets import QHeaderView, QMainWindow, QSplitter, QWidget

from teleaccounthub.local import JsonValue, Settings
from teleaccounthub.local.account import canonical_base_url

GEOMETRY = "window_geometry"
WINDOW_STATE = "window_state"
MAIN_SPLITTER = "main_splitter"
CONTENT_SPLITTER = "content_splitter"
PRODUCT_HEADER = "product_header"
CATEGORY_HEADER = "category_header"
PRODUCT_SORT = "product_sort"
LAST_CATEGORY = "last_category"
IN_STOCK_ONLY = "in_stock_only"


def _encode(data: QByteArray) -> str:
    return bytes(data.toBase64().data()).decode("ascii")


def _decode(text: str) -> QByteArray:
    return QByteArray.fromBase64(QByteArray(text.encode("ascii")))


def save_bytes(settings: Settings, key: str, data: QByteArray) -> None:
    settings.set(key, _encode(data))


def load_bytes(settings: Settings, key: str) -> QByteArray | None:
    text = settings.get(key, "")
    return _decode(text) if text else None


def save_window(settings: Settings, window: QMainWindow) -> None:
    save_bytes(settings, GEOMETRY, window.saveGeometry())
    save_bytes(settings, WINDOW_STATE, window.saveState())


def restore_window(settings: Settings, window: QMainWindow) -> bool:
    geometry = load_bytes(settings, GEOMETRY)
    state = load_bytes(settings, WINDOW_STATE)
    if state is not None:
        window.restoreState(state)
    return geometry is not None and window.restoreGeometry(geometry)


# Room for a window manager's title bar and borders while their size is not known.
FRAME_ALLOWANCE = QSize(16, 48)


def fit_to_screen(window: QWidget, available: QRect) -> bool:
    """Keep ``window`` (its frame, once the window manager has given it one) inside
    ``available``, the screen less its panels: smaller if it is too big — a layout saved on a
    bigger screen, or a scale factor that makes the default too big — and moved onto it.
    Returns whether anything changed."""
    if available.isEmpty() or window.isMaximized() or window.isFullScreen():
        return False
    frame = window.frameGeometry()
    inner = window.geometry()
    extra = QSize(frame.width() - inner.width(), frame.height() - inner.height())
    too_big = inner.width() > available.width() or inner.height() > available.height()
    if extra.isNull() and too_big:
        # It must shrink, and its frame (title bar) is not known yet: leave room for one.
        extra = FRAME_ALLOWANCE
    room = QSize(available.width() - extra.width(), available.height() - extra.height())
    minimum = window.minimumSize()
    window.setMinimumSize(minimum.boundedTo(room).expandedTo(QSize(1, 1)))
    size = inner.size().boundedTo(room)
    left = min(
        max(frame.left(), available.left()), available.right() + 1 - size.width() - extra.width()
    )
    top = min(
        max(frame.top(), available.top()), available.bottom() + 1 - size.height() - extra.height()
    )
    changed = size != inner.size() or (left, top) != (frame.left(), frame.top())
    if size != inner.size():
        window.resize(size)
    if (left, top) != (frame.left(), frame.top()):
        window.move(left, top)
    return changed


def save_splitter(settings: Settings, key: str, splitter: QSplitter) -> None:
    save_bytes(settings, key, splitter.saveState())


def restore_splitter(settings: Settings, key: str, splitter: QSplitter) -> bool:
    state = load_bytes(settings, key)
    return state is not None and splitter.restoreState(state)


def save_header(settings: Settings, key: str, header: QHeaderView) -> None:
    save_bytes(settings, key, header.saveState())


def restore_header(settings: Settings, key: str, header: QHeaderView) -> bool:
    state = load_bytes(settings, key)
    return state is not None and header.restoreState(state)


def save_sort(settings: Settings, column: int, order: Qt.SortOrder) -> None:
    descending = order == Qt.SortOrder.DescendingOrder
    settings.set(PRODUCT_SORT, {"column": column, "descending": descending})


def load_sort(settings: Settings) -> tuple[int, Qt.SortOrder] | None:
    stored = settings.get(PRODUCT_SORT, cast(dict[str, JsonValue], {}))
    column = stored.get("column")
    if not isinstance(column, int) or isinstance(column, bool) or column < 0:
        return None
    descending = stored.get("descending") is True
    return column, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder


def save_last_category(settings: Settings, base_url: str, category_id: int | None) -> None:
    """Remember ``category_id`` for this store; no write (and no fsync) when it is unchanged,
    e.g. the start restoring the last one before the window's first paint."""
    stored = settings.get(LAST_CATEGORY, cast(dict[str, JsonValue], {}))
    url = canonical_base_url(base_url)
    if stored.get(url) == category_id:
        return
    if category_id is None:
        stored.pop(url, None)
    else:
        stored[url] = category_id
    settings.set(LAST_CATEGORY, stored)


def load_last_category(settings: Settings, base_url: str) -> int | None:
    stored = settings.get(LAST_CATEGORY, cast(dict[str, JsonValue], {}))
    value = stored.get(canonical_base_url(base_url))
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def save_in_stock_only(settings: Settings, enabled: bool) -> None:
    settings.set(IN_STOCK_ONLY, enabled)


def load_in_stock_only(settings: Settings) -> bool:
    return settings.get(IN_STOCK_ONLY, False) is True
