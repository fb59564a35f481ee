"""What every order service works with: the session's client, order book, account and tasks.

Checkout, tracking and downloads take this one object instead of four loose collaborators, and a
401 they meet is reported through it (to ``Session.report_unauthorized``: one signal per key, for
the whole app) rather than re-emitted by each of them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from teleaccounthub.local.account import AccountRef
from teleaccounthub.local.orderbook import OrderBook
from teleaccounthub.services.tasks import TaskOwner

if TYPE_CHECKING:
    from teleaccounthub.api import Client  # httpx is not needed to paint the window
    from teleaccounthub.services.session import Session


@dataclass(frozen=True, slots=True)
class OrderContext:
    #: The client with the current key (a new key reaches every request at once).
    client: Callable[[], Client]
    order_book: OrderBook
    #: The account of the key in use; None without a key.
    account: Callable[[], AccountRef | None]
    tasks: TaskOwner
    #: The store refused the key (the message is the store's, or "" for the default).
    report_unauthorized: Callable[[str], None]

    @classmethod
    def of(cls, session: Session) -> OrderContext:
        return cls(
            session.client,
            session.order_book,
            session.account,
            session.tasks,
            session.report_unauthorized,
        )
