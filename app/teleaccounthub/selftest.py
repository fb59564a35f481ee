"""``--self-test``: prove that this build works, end to end, with the real widgets.

Runs offscreen against the embedded sandbox, in a throw-away data folder: load the catalog, buy,
poll until the order is completed, save the ZIP and verify it, resolve the keyring backend, then
spin the asyncio loop a few thousand times (the PySide6 6.12.0 / Python 3.11 build that leaks a
reference to None on every void Qt call dies there). One line per step; exit status 0 only if
every step passed.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QCoreApplication, QTimer

from teleaccounthub.api import safe_filename
from teleaccounthub.local import DataDir, KeyringKeyStore, SessionKeyStore, Settings
from teleaccounthub.local.order_record import OrderRecord
from teleaccounthub.sandbox import SandboxConfig, SandboxServer
from teleaccounthub.services.app_services import AppServices, create_services
from teleaccounthub.services.checkout import CheckoutOutcome, OutcomeKind
from teleaccounthub.services.order_services import create_order_services
from teleaccounthub.services.session import KeySource
from teleaccounthub.ui.language import Language, apply_language, clear_translations
from teleaccounthub.ui.main_window import MainWindow
from teleaccounthub.ui.orders.feature import OrdersFeature, install_orders

if TYPE_CHECKING:
    from teleaccounthub.app_context import AppContext

# How long the whole purchase may take in the sandbox (orders complete after ORDER_DELAY).
STEP_TIMEOUT = 60.0
ORDER_DELAY = 1.0
ZIP_SIZE = 256 * 1024
LOOP_SPINS = 5000
POLL = 0.02


class StepFailed(Exception):
    """A self-test step did not reach its goal; the message says what was seen instead."""


@dataclass
class Report:
    out: TextIO = sys.stdout
    passed: int = 0
    failed: list[str] = field(default_factory=list)

    async def step(self, name: str, action: Callable[[], Awaitable[str]]) -> bool:
        started = time.perf_counter()
        try:
            detail = await asyncio.wait_for(action(), STEP_TIMEOUT)
        except Exception as error:  # every failure is reported, never a traceback
            reason = str(error) or type(error).__name__
            if isinstance(error, TimeoutError):
                reason = f"did not finish within {STEP_TIMEOUT:.0f} s"
            self.failed.append(name)
            print(f"FAIL {name}: {reason}", file=self.out, flush=True)
            return False
        self.passed += 1
        elapsed = time.perf_counter() - started
        print(f"PASS {name}: {detail} ({elapsed:.2f} s)", file=self.out, flush=True)
        return True


async def wait_until(condition: Callable[[], bool], what: str, limit: float = 30.0) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if time.monotonic() > deadline:
            raise StepFailed(f"timed out waiting for {what}")
        await asyncio.sleep(POLL)


async def run_self_test(context: AppContext, out: TextIO = sys.stdout) -> int:
    """The ``--self-test`` main coroutine (``startup.run(config, app_main=run_self_test)``)."""
    from teleaccounthub import __version__

    print(f"TeleAccountHub {__version__} self-test (Python {sys.version.split()[0]})", file=out)
    report = Report(out)
    with tempfile.TemporaryDirectory(prefix="teleaccounthub-selftest-") as scratch:
        await _run_steps(context, Path(scratch), report)
    total = report.passed + len(report.failed)
    if report.failed:
        print(f"self-test FAILED: {len(report.failed)} of {total} steps failed", file=out)
        return 1
    print(f"self-test passed: {total} steps", file=out, flush=True)
    return 0


async def _run_steps(context: AppContext, scratch: Path, report: Report) -> None:
    sandbox = SandboxServer(SandboxConfig(order_delay=ORDER_DELAY, zip_size=ZIP_SIZE))

    async def start_sandbox() -> str:
        await asyncio.to_thread(sandbox.start)
        return f"listening on {sandbox.url}"

    if not await report.step("sandbox", start_sandbox):
        return
    data_dir = DataDir(scratch / "data")
    settings = Settings(data_dir.settings_file)
    settings.notifications_enabled = False
    services = create_services(
        sandbox.url,
        data_dir,
        settings,
        SessionKeyStore(),
        api_key=sandbox.api_key,
        key_source=KeySource.SANDBOX,
    )
    window = MainWindow(services, sandbox=True)
    orders = create_order_services(services)
    feature = install_orders(window, services, orders)
    window.show()
    services.start()
    try:
        purchase = _Purchase(window, feature, services, scratch)
        await report.step("catalog", purchase.catalog)
        await report.step("balance", purchase.balance)
        bought = await report.step("buy", purchase.buy)
        if bought and await report.step("poll", purchase.poll):
            await report.step("download", purchase.download)
    finally:
        await orders.aclose()
        await services.aclose()
        window.close()
        window.deleteLater()
        await asyncio.to_thread(sandbox.stop)
    await report.step("keyring", _keyring_backend)
    await report.step("translations", _translations)
    await report.step("event loop", _spin_loop)


class _Purchase:
    """browse → buy → poll → save, through the main window and the orders feature."""

    def __init__(
        self, window: MainWindow, feature: OrdersFeature, services: AppServices, scratch: Path
    ) -> None:
        self.window = window
        self.feature = feature
        self.services = services
        self.scratch = scratch
        self.record: OrderRecord | None = None

    async def catalog(self) -> str:
        window = self.window
        await wait_until(lambda: window.categories.category_count() > 0, "categories")
        await wait_until(lambda: window.products.model.rowCount() > 0, "products")
        category = window.selected_category_id()
        count = window.products.model.rowCount()
        return f"{window.categories.category_count()} categories, {count} products in #{category}"

    async def balance(self) -> str:
        await wait_until(lambda: self.services.balance.current() is not None, "the balance")
        current = self.services.balance.current()
        assert current is not None
        return current.balance_display

    async def buy(self) -> str:
        window = self.window
        model = window.products.model
        cheapest = min(
            (model.product(row) for row in range(model.rowCount())),
            key=lambda p: (p.total_stock == 0, p.retail_price_usd),
        )
        if cheapest.total_stock == 0 or not window.products.select_product(cheapest.product_id):
            raise StepFailed("no product with stock could be selected")
        await wait_until(window.buy_action.isEnabled, "the Buy action to be enabled")
        outcomes: list[CheckoutOutcome] = []
        self.feature.checkout.finished.connect(outcomes.append)
        window.buy_action.trigger()
        await wait_until(lambda: self.feature.checkout_dialog is not None, "the checkout dialog")
        dialog = self.feature.checkout_dialog
        assert dialog is not None
        dialog.confirm()
        await wait_until(lambda: bool(outcomes), "the checkout outcome")
        outcome = outcomes[0]
        if outcome.kind is not OutcomeKind.PLACED or outcome.record is None:
            raise StepFailed(f"checkout {outcome.kind.name}: {outcome.message}")
        self.record = outcome.record
        return f"order #{outcome.record.order_number}: {cheapest.product_name}, charged " + (
            outcome.record.charged_display or "?"
        )

    async def poll(self) -> str:
        record = self._record()
        book = self.services.session.order_book
        account = self.services.session.account()
        assert account is not None

        def completed() -> bool:
            fresh = book.get(account, record.order_id)
            return fresh is not None and fresh.is_completed and fresh.download_ready

        await wait_until(completed, f"order {record.order_id} to complete")
        fresh = book.get(account, record.order_id)
        assert fresh is not None
        self.record = fresh
        return f"order {fresh.order_id} {fresh.status}, file {fresh.download_filename}"

    async def download(self) -> str:
        record = self._record()
        target = (
            self.scratch
            / "saved"
            / safe_filename(record.download_filename, f"order-{record.order_id}.zip")
        )
        target.parent.mkdir()
        book = self.services.session.order_book
        account = self.services.session.account()
        assert account is not None
        if not self.feature.save_order_to(record, target):
            raise StepFailed("the download did not start")

        def saved() -> bool:
            fresh = book.get(account, record.order_id)
            return fresh is not None and fresh.saved_path is not None

        await wait_until(saved, "the ZIP to be saved")
        fresh = book.get(account, record.order_id)
        assert fresh is not None
        assert fresh.saved_path is not None
        path = Path(fresh.saved_path)
        names, size, digest = await asyncio.to_thread(_verify_saved_zip, path)
        if digest != fresh.sha256 or size != fresh.file_size:
            raise StepFailed("the saved file does not match the size and hash recorded")
        return f"{path.name}: {fresh.file_size} bytes, {names} entries, sha256 {digest[:12]}…"

    def _record(self) -> OrderRecord:
        if self.record is None:
            raise StepFailed("no order")
        return self.record


def _verify_saved_zip(path: Path) -> tuple[int, int, str]:
    """A readable ZIP with no partial file beside it: (entries, size, sha256)."""
    leftovers = [p.name for p in path.parent.iterdir() if p.name.endswith(".part")]
    if leftovers:
        raise StepFailed(f"partial files left behind: {leftovers}")
    with zipfile.ZipFile(path) as archive:
        bad = archive.testzip()
        if bad is not None:
            raise StepFailed(f"{path.name} has a corrupt member: {bad}")
        names = len(archive.namelist())
    data = path.read_bytes()
    return names, len(data), hashlib.sha256(data).hexdigest()


async def _keyring_backend(store: KeyringKeyStore | None = None) -> str:
    """Resolve the system keyring backend (off the GUI thread): FAIL without one (keys would be
    kept for the session only). Where a Secret Service was started for the test
    (TELEACCOUNTHUB_SECRET_SERVICE=1), also store, read and delete a throw-away key."""
    store = store if store is not None else KeyringKeyStore()
    available = await store.aavailable()
    name = store.backend_name
    if not available:
        raise StepFailed(
            f"no system keyring ({name}); the app would keep an API key for the session only"
        )
    if os.environ.get("TELEACCOUNTHUB_SECRET_SERVICE") != "1":
        return f"{name} is available"
    probe_url = "https://self-test.invalid"
    probe_key = "tgsk_selftest_" + hashlib.sha256(os.urandom(8)).hexdigest()[:16]
    await store.asave(probe_url, probe_key)
    try:
        if await store.aload(probe_url) != probe_key:
            raise StepFailed("the key read back from the keyring differs")
    finally:
        await store.adelete(probe_url)
    return f"{name}: stored, read back and deleted a key"


async def _translations() -> str:
    """The Russian translation and Qt's own Russian strings load from where the app is."""
    try:
        if apply_language(Language.RUSSIAN) is not Language.RUSSIAN:
            raise StepFailed("the Russian translation is not there")
        # Looked up by variables, so that lupdate does not take these for the app's own texts.
        ours_key, qts_key = ("SettingsText", "Settings"), ("QPlatformTheme", "Cancel")
        ours = QCoreApplication.translate(*ours_key)
        qts = QCoreApplication.translate(*qts_key)
        if ours != "Настройки" or qts != "Отмена":
            raise StepFailed(f"Russian not loaded: got {ours!r} and Qt's {qts!r}")
    finally:
        clear_translations()
    return f"Russian loaded: {ours!r}, Qt's own {qts!r}"


async def _spin_loop() -> str:
    """Thousands of loop iterations, each with void Qt calls: the refcount bug's trigger."""
    before = sys.getrefcount(None)
    timer = QTimer()
    started = time.perf_counter()
    for _ in range(LOOP_SPINS):
        timer.start(1000)
        timer.stop()
        await asyncio.sleep(0)
    elapsed = time.perf_counter() - started
    lost = before - sys.getrefcount(None)
    # None is immortal from Python 3.12 on; before that a leak shows as a falling count.
    if sys.version_info < (3, 12) and lost > LOOP_SPINS:
        raise StepFailed(f"lost {lost} references to None in {LOOP_SPINS} spins (PySide6 bug)")
    return f"{LOOP_SPINS} iterations in {elapsed:.2f} s, None refcount stable"
