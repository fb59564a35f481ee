"""``SandboxServer``: the sandbox store on loopback ports, in a thread with its own event loop.

``start()`` returns once both origins listen; ``stop()`` closes every connection, waits for the
thread and removes the ZIPs it built. The object's methods may be called from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import shutil
import tempfile
import threading
from decimal import Decimal
from pathlib import Path
from types import TracebackType

from aiohttp import web
from aiohttp.log import access_logger

from teleaccounthub.sandbox.catalog import generate_catalog
from teleaccounthub.sandbox.config import SandboxConfig
from teleaccounthub.sandbox.control import add_control_routes
from teleaccounthub.sandbox.faults import Faults
from teleaccounthub.sandbox.persistence import ShopState, load_state, save_state
from teleaccounthub.sandbox.ratelimit import RateLimiter
from teleaccounthub.sandbox.records import RequestLog, RequestRecord
from teleaccounthub.sandbox.routes import SandboxContext, build_main_app, build_second_app
from teleaccounthub.sandbox.shop import Shop
from teleaccounthub.sandbox.zips import ZipCache

_START_TIMEOUT = 15.0
_STOP_TIMEOUT = 15.0
# Requests still running when the server stops (a hang fault, a download) get this long.
_SHUTDOWN_GRACE = 0.5

log = logging.getLogger(__name__)


def demo_key_for(seed: int, number: int = 1) -> str:
    """The demo key of a seed (``number`` 2: the second demo account's): stable, so printed curl
    lines keep working across restarts."""
    name = f"teleaccounthub-sandbox:{seed}" + ("" if number == 1 else f":{number}")
    return "tgsk_demo_" + hashlib.sha256(name.encode()).hexdigest()[:32]


class SandboxServer:
    def __init__(self, config: SandboxConfig | None = None) -> None:
        self.config = config or SandboxConfig()
        self.api_key = self.config.demo_key or demo_key_for(self.config.seed)
        self.second_api_key = self.config.second_demo_key or demo_key_for(self.config.seed, 2)
        self.faults = Faults()
        self._requests = RequestLog()
        self._shop = Shop(
            generate_catalog(
                self.config.seed, self.config.large_category_size, self.config.huge_category_size
            ),
            demo_key=self.api_key,
            demo_balance=self.config.demo_balance,
            second_demo_key=self.second_api_key,
            second_demo_balance=self.config.second_demo_balance,
            order_delay=self.config.order_delay,
            message=self.config.message,
            seed=self.config.seed,
        )
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._listening = threading.Event()
        self._failure: BaseException | None = None
        self._directory: Path | None = None
        self._ports: tuple[int, int] | None = None

    # ---- lifecycle

    def start(self) -> None:
        if self._thread is not None:
            raise RuntimeError("a SandboxServer starts only once")
        self._load_state()
        self._directory = Path(tempfile.mkdtemp(prefix="teleaccounthub-sandbox-"))
        self._thread = threading.Thread(target=self._run, name="sandbox-server", daemon=True)
        self._thread.start()
        if not self._listening.wait(_START_TIMEOUT):
            self.stop()
            raise RuntimeError("the sandbox server did not start in time")
        if self._failure is not None:
            self.stop()
            raise RuntimeError(f"the sandbox server could not start: {self._failure}") from (
                self._failure
            )

    def stop(self) -> None:
        """Close everything; safe to call twice or after a failed start."""
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is not None and thread.is_alive():
            if loop is not None and stopping is not None:
                with contextlib.suppress(RuntimeError):  # the loop already closed on its own
                    loop.call_soon_threadsafe(stopping.set)
            thread.join(_STOP_TIMEOUT)
            if thread.is_alive():
                raise RuntimeError("the sandbox server did not stop in time")
        if self._directory is not None:
            shutil.rmtree(self._directory, ignore_errors=True)
            self._directory = None

    def __enter__(self) -> SandboxServer:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    # ---- where it listens

    @property
    def url(self) -> str:
        return self._origin(self._listening_ports()[0])

    @property
    def second_url(self) -> str:
        return self._origin(self._listening_ports()[1])

    # ---- test and demo controls

    @property
    def requests(self) -> list[RequestRecord]:
        return self._requests.snapshot()

    def add_key(self, balance: Decimal) -> str:
        return self._shop.add_key(balance)

    def balance(self, key: str) -> Decimal:
        return self._shop.wallet(key)

    def complete_order(self, order_id: int) -> None:
        self._shop.complete_order(order_id)

    def set_stock(self, product_id: int, stock: int) -> None:
        self._shop.set_stock(product_id, stock)

    def set_price(self, product_id: int, price: Decimal) -> None:
        """Reprice a product (until the sandbox stops; see also ``sandbox.control``)."""
        self._shop.set_price(product_id, price)

    # ---- persistence

    def _load_state(self) -> None:
        path = self.config.state_file
        if path is None:
            return
        state = load_state(path, self.config.seed)
        if state is not None:
            self._shop.restore(state)
            log.info("Sandbox state loaded from %s: %d orders", path, len(state.orders))

        def save(new_state: ShopState) -> None:
            try:
                save_state(path, new_state)
            except OSError:  # the sale stands; only its record on disk is missing
                log.exception("Could not save the sandbox state to %s", path)

        self._shop.persist_to(save)

    # ---- inside the server thread

    def _run(self) -> None:
        try:
            asyncio.run(self._serve())
        except BaseException as exc:  # reported by start(); nothing else can see this thread
            self._failure = exc
        finally:
            self._listening.set()

    async def _serve(self) -> None:
        assert self._directory is not None
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        config = self.config
        context = SandboxContext(
            shop=self._shop,
            faults=self.faults,
            requests=self._requests,
            zips=ZipCache(self._directory, config.zip_size, config.seed),
        )
        limiter = (
            None
            if config.rate_limit_per_second is None
            else RateLimiter(config.rate_limit_per_second)
        )
        log = access_logger if config.access_log else None
        second = web.AppRunner(
            build_second_app(context), shutdown_timeout=_SHUTDOWN_GRACE, access_log=log
        )
        main_app = build_main_app(context, limiter)
        add_control_routes(main_app, self._shop)
        main = web.AppRunner(main_app, shutdown_timeout=_SHUTDOWN_GRACE, access_log=log)
        try:
            await second.setup()
            await web.TCPSite(second, config.host, config.second_port).start()
            context.second_port = second.addresses[0][1]
            await main.setup()
            await web.TCPSite(main, config.host, config.port).start()
            self._ports = (main.addresses[0][1], context.second_port)
            self._listening.set()
            await self._stopping.wait()
        finally:
            await main.cleanup()
            await second.cleanup()

    def _listening_ports(self) -> tuple[int, int]:
        if self._ports is None:
            raise RuntimeError("the sandbox server is not running")
        return self._ports

    def _origin(self, port: int) -> str:
        host = self.config.host
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"
