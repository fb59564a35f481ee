"""What every order service works with: the session's client, order book, account and tasks.

Checkout and downloads act for the active account only; the tracker follows the orders of every
account of the session (``followed_accounts``), each asked about with its own key (``client_of``).

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
    # The client with the current key (a new key reaches every request at once).
    client: Callable[[], Client]
    order_book: OrderBook
    # The account of the key in use; None without a key.
    account: Callable[[], AccountRef | None]
    tasks: TaskOwner
    # The store refused the key (the message is the store's, or "" for the default).
    report_unauthorized: Callable[[str], None]
    # A client with an account's key (None: not an account of the session any more).
    client_for: Callable[[AccountRef], Client | None] | None = None
    # Every account whose orders are followed; None: the active one only.
    all_accounts: Callable[[], list[AccountRef]] | None = None

    def client_of(self, account: AccountRef) -> Client | None:
        """A client that asks with ``account``'s key, or None when there is none."""
        if self.client_for is not None:
            return self.client_for(account)
        return self.client() if self.account() == account else None

    def followed_accounts(self) -> list[AccountRef]:
        """The accounts whose processing orders are polled."""
        if self.all_accounts is not None:
            return self.all_accounts()
        active = self.account()
        return [active] if active is not None else []

    @classmethod
    def of(cls, session: Session) -> OrderContext:
        return cls(
            session.client,
            session.order_book,
            session.account,
            session.tasks,
            session.report_unauthorized,
            session.client_for,
            session.account_refs,
        )
