"""What the app's main coroutine is given: its own module, so that start-up, which runs a main
coroutine, and the self-test, which is one, both depend on it instead of on each other."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from teleaccounthub.cli import LaunchConfig
    from teleaccounthub.local import DataDir, OrderBook, Settings
    from teleaccounthub.local.data_folder import StartupProblem
    from teleaccounthub.ui.main_window import MainWindow


@dataclass(frozen=True, slots=True)
class AppContext:
    """What the main coroutine gets: the application, how it was launched, where data lives."""

    app: QApplication
    config: LaunchConfig
    data_dir: DataDir
    settings: Settings
    # Opened (or replaced) at start-up; an empty one in memory when the file cannot be opened.
    order_book: OrderBook
    # What is wrong with the data folder, said in the window at start.
    problems: tuple[StartupProblem, ...] = ()
    # The local socket name to listen on for later starts on this data folder (None: this
    # process does not hold the folder's lock, e.g. the self-test).
    instance_name: str | None = None
    # The main window, already painted with the cached catalog before the loop started (None:
    # the main coroutine builds its own, e.g. the self-test and tests).
    window: MainWindow | None = None

    @property
    def buying_disabled(self) -> bool:
        return any(problem.disables_buying for problem in self.problems)
