"""Read by mypy in ``test_feature_host`` (never run): both windows are ``WindowHost`` s.

mypy compares the classes with the protocol member by member, signals and signatures included,
so a hook renamed or dropped on either side fails that test.
"""

from __future__ import annotations

from teleaccounthub.ui.host import WindowHost
from teleaccounthub.ui.main_window import MainWindow
from tests.orders.fake_host import FakeHost


def main_window_is_a_host(window: MainWindow) -> WindowHost:
    return window


def fake_host_is_a_host(host: FakeHost) -> WindowHost:
    return host
