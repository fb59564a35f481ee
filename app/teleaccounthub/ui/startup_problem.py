"""What was wrong with the data folder at start, in the main window's banner.

Shown before the window paints, so it is the first thing the customer reads; when the order book
could not be opened at all, buying stays disabled for the whole run.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from teleaccounthub.i18n import TrContext
from teleaccounthub.local.data_folder import StartupProblem
from teleaccounthub.ui.host import WindowHost

log = logging.getLogger(__name__)

WindowStartText = TrContext("WindowStartText")

TOPIC = "data-folder"


def buying_disabled_text() -> str:
    return WindowStartText.tr(
        "Buying is disabled for this run: the order book cannot be opened, so a purchase could "
        "not be written down. See the message at the top of the window."
    )


def show_start_up_problems(window: WindowHost, problems: Sequence[StartupProblem]) -> None:
    if not problems:
        return
    disables_buying = any(problem.disables_buying for problem in problems)
    if disables_buying:
        window.set_buy_blocked(buying_disabled_text())
    text = " ".join(problem.text for problem in problems)
    log.info("Shown in the window at start: %s", text)
    window.show_banner(text, kind="error" if disables_buying else "warning", topic=TOPIC)
