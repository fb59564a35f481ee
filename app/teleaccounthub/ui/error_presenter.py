"""Failures → one short message in the banner with the action that helps.

429 → a countdown that retries by itself; 401 → "Set API key…"; the store unreachable with a
cached catalog on screen → "Showing catalog from 5 min ago — the store is unreachable · Retry".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from teleaccounthub.api import (
    ApiError,
    RateLimited,
    ServerError,
    TransportError,
    Unauthorized,
    UnexpectedResponse,
)
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.utc import utc_now
from teleaccounthub.services.formatting import age_text
from teleaccounthub.ui.widgets.banner import Banner

if TYPE_CHECKING:
    from teleaccounthub.services.catalog import CatalogFailure

WindowErrorText = TrContext("WindowErrorText")

DEFAULT_RETRY_AFTER = 5.0
CATALOG = "catalog"
BALANCE = "balance"
KEY = "key"


def catalog_age_text(saved_at: datetime) -> str:
    return WindowErrorText.tr("Showing catalog from {age}").format(
        age=age_text(utc_now() - saved_at)
    )


class ErrorPresenter:
    def __init__(
        self,
        banner: Banner,
        *,
        retry_catalog: Callable[[], None],
        retry_balance: Callable[[], None],
        open_key_dialog: Callable[[], None],
        status: Callable[[str], None],
    ) -> None:
        self._banner = banner
        self._retry_catalog = retry_catalog
        self._retry_balance = retry_balance
        self._open_key_dialog = open_key_dialog
        self._status = status

    def catalog_failed(
        self,
        failure: CatalogFailure,
        cached_since: datetime | None,
        next_try: float | None = None,
    ) -> None:
        """Loading the catalog failed; ``cached_since`` is when the catalog on screen was saved
        (None when it is live or there is none); ``next_try``: in how many seconds the app
        tries again by itself (None: it does not)."""
        error = failure.error
        if isinstance(error, RateLimited):
            self._countdown(CATALOG, error, self._retry_catalog)
            return
        if isinstance(error, Unauthorized):
            self.unauthorized(error.message)
            return
        if cached_since is not None and isinstance(error, TransportError | ServerError):
            text = WindowErrorText.tr("{age} — {reason}.").format(
                age=catalog_age_text(cached_since), reason=what_went_wrong(error)
            )
            kind = "warning"
        elif failure.what == "categories":
            text = WindowErrorText.tr("The categories could not be loaded. {reason}").format(
                reason=_reason(error)
            )
            kind = "error"
        else:
            text = WindowErrorText.tr("The products could not be loaded. {reason}").format(
                reason=_reason(error)
            )
            kind = "error"
        if next_try is not None and isinstance(error, TransportError | ServerError):
            # The refresh tries again by itself: say when, and offer not to wait.
            self._banner.show_countdown(
                WindowErrorText.tr("{message} Next try in {seconds} s.").replace(
                    "{message}", text.replace("{", "{{").replace("}", "}}")
                ),
                next_try,
                topic=CATALOG,
                action_text=WindowErrorText.tr("Try now"),
                action=self._retry_catalog,
                zero_text=WindowErrorText.tr("{message} Trying again…").format(message=text),
                kind=kind,
            )
            return
        self._banner.show_message(
            text,
            kind=kind,
            topic=CATALOG,
            action_text=WindowErrorText.tr("Retry"),
            action=self._retry_catalog,
        )

    def catalog_recovered(self) -> None:
        self._banner.clear(topic=CATALOG)

    def balance_failed(self, error: ApiError) -> None:
        if isinstance(error, Unauthorized):
            return  # the session reports it once, through ``unauthorized``
        if isinstance(error, RateLimited):
            if not self._banner.topic or self._banner.topic == BALANCE:
                self._countdown(BALANCE, error, self._retry_balance)
            return
        self._status(
            WindowErrorText.tr("The balance could not be refreshed. {reason}").format(
                reason=_reason(error)
            )
        )

    def balance_recovered(self) -> None:
        self._banner.clear(topic=BALANCE)
        self._banner.clear(topic=KEY)

    def unauthorized(self, message: str) -> None:
        self._banner.show_message(
            WindowErrorText.tr(
                "The store refused the API key: {reason}. Enter a valid key to see your balance "
                "and buy."
            ).format(reason=message.rstrip(".")),
            kind="error",
            topic=KEY,
            action_text=WindowErrorText.tr("Set API key…"),
            action=self._open_key_dialog,
        )

    def _countdown(self, topic: str, error: RateLimited, retry: Callable[[], None]) -> None:
        seconds = error.retry_after if error.retry_after is not None else DEFAULT_RETRY_AFTER
        self._banner.show_countdown(
            WindowErrorText.tr(
                "The store is receiving too many requests. Retrying in {seconds} s…"
            ),
            seconds,
            topic=topic,
            action_text=WindowErrorText.tr("Retry now"),
            action=retry,
        )


def what_went_wrong(error: ApiError) -> str:
    """The failure in a few words for a sentence: "the store is unreachable"."""
    if isinstance(error, TransportError):
        return WindowErrorText.tr("the store is unreachable")
    if isinstance(error, ServerError):
        return WindowErrorText.tr("the store had a problem on its side")
    if isinstance(error, UnexpectedResponse):
        return WindowErrorText.tr("the store's answer could not be read")
    return error.message.rstrip(".")


def _reason(error: ApiError) -> str:
    if isinstance(error, TransportError):
        return WindowErrorText.tr("The store is unreachable: {reason}.").format(
            reason=error.message.rstrip(".")
        )
    if isinstance(error, ServerError):
        if error.status_code:
            return WindowErrorText.tr(
                "The store had a problem on its side (HTTP {status}). This usually passes; "
                "try again."
            ).format(status=error.status_code)
        return WindowErrorText.tr(
            "The store had a problem on its side. This usually passes; try again."
        )
    if isinstance(error, UnexpectedResponse):
        # Not what the API page promises; the details are in the log, not on screen.
        return WindowErrorText.tr(
            "The store sent an answer the app cannot read. If this goes on, the app may need "
            "an update."
        )
    return f"{error.message.rstrip('.')}."
