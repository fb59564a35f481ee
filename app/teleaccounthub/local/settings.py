"""User settings as one JSON file in the data folder. Never an API key: of an account only its
label and key fingerprint.

Every change is saved at once, atomically. A corrupt file does not stop the app: it is set aside
as ``settings.json.broken-<UTC time>`` (never overwritten), the defaults apply, and ``problem``
says so once for the window.
"""

from __future__ import annotations

import copy
import json
import logging
import math
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeAlias, TypeVar, cast

from teleaccounthub.api.proxy import ProxyConfig, ProxyMode, ProxyScheme, manual_proxy
from teleaccounthub.i18n import TrContext
from teleaccounthub.local.account import (
    AccountEntry,
    canonical_base_url,
    check_account_id,
    looks_like_api_key,
)
from teleaccounthub.local.atomic import atomic_write_text
from teleaccounthub.local.set_aside import set_aside

log = logging.getLogger(__name__)

JsonValue: TypeAlias = "bool | int | float | str | list[JsonValue] | dict[str, JsonValue] | None"

T = TypeVar("T")

WindowSettingsFileText = TrContext("WindowSettingsFileText")

DEFAULT_LOW_BALANCE_THRESHOLD = Decimal("5.00")

LOW_BALANCE_THRESHOLD = "low_balance_threshold"
NOTIFICATIONS_ENABLED = "notifications_enabled"
AUTO_SAVE_FOLDER = "auto_save_folder"
LAST_SAVE_FOLDER = "last_save_folder"
FAVOURITES = "favourites"
CLOSE_TO_TRAY = "close_to_tray"
ACCOUNTS = "accounts"
PROXY = "proxy"


@dataclass(frozen=True, slots=True)
class StoreAccounts:
    """The saved accounts of one store, in the customer's order, and which one is in use."""

    entries: tuple[AccountEntry, ...] = ()
    active: str | None = None


class Settings:
    def __init__(self, path: Path) -> None:
        self.path = path
        # What went wrong reading the file, said in the language shown when it is read.
        self._problem: Callable[[], str] | None = None
        self._values: dict[str, JsonValue] = self._load()

    @property
    def problem(self) -> str | None:
        """What went wrong reading the file (for the customer), or None."""
        return None if self._problem is None else self._problem()

    # -- generic access -------------------------------------------------------------------------

    def get(self, key: str, default: T) -> T:
        """The stored value, or ``default`` when absent or of another type than ``default``."""
        value = self._values.get(key)
        if value is None or not _same_kind(value, default):
            return default
        if isinstance(default, float):
            return cast(T, float(cast(float, value)))
        return cast(T, copy.deepcopy(value))

    def set(self, key: str, value: JsonValue) -> None:
        """Store ``value`` under ``key`` and save at once.

        Raises ``ValueError`` for anything that looks like an API key (keys belong in the
        keyring) or is not plain JSON.
        """
        _check(key, value, where=key)
        previous = self._values.get(key, _MISSING)
        self._values[key] = copy.deepcopy(value)
        try:
            self._save()
        except BaseException:
            if previous is _MISSING:
                del self._values[key]
            else:
                self._values[key] = cast(JsonValue, previous)
            raise

    # -- typed settings -------------------------------------------------------------------------

    def favourites(self, base_url: str, account_id: str | None = None) -> frozenset[int]:
        """The pinned product ids of one account (None: of the store, browsing without a key)."""
        stored = self.get(FAVOURITES, cast(dict[str, JsonValue], {}))
        ids = stored.get(_favourites_key(base_url, account_id))
        if not isinstance(ids, list):
            return frozenset()
        return frozenset(i for i in ids if isinstance(i, int) and not isinstance(i, bool))

    def set_favourite(
        self, base_url: str, product_id: int, favourite: bool, account_id: str | None = None
    ) -> None:
        key = _favourites_key(base_url, account_id)
        ids = set(self.favourites(base_url, account_id))
        if favourite:
            ids.add(product_id)
        else:
            ids.discard(product_id)
        stored = self.get(FAVOURITES, cast(dict[str, JsonValue], {}))
        if ids:
            stored[key] = cast(list[JsonValue], sorted(ids))
        else:
            stored.pop(key, None)
        self.set(FAVOURITES, stored)

    def adopt_favourites(self, base_url: str, account_id: str) -> None:
        """Give the store's favourites (kept per store by earlier versions, or pinned without a
        key) to ``account_id``, unless it has its own already."""
        stored = self.get(FAVOURITES, cast(dict[str, JsonValue], {}))
        old = _favourites_key(base_url, None)
        new = _favourites_key(base_url, account_id)
        if old not in stored or new in stored:
            return
        stored[new] = stored.pop(old)
        self.set(FAVOURITES, stored)

    def accounts(self, base_url: str) -> StoreAccounts:
        """The saved accounts of ``base_url``; malformed entries are skipped."""
        stored = self.get(ACCOUNTS, cast(dict[str, JsonValue], {})).get(
            canonical_base_url(base_url)
        )
        if not isinstance(stored, dict):
            return StoreAccounts()
        entries: list[AccountEntry] = []
        listed = stored.get("entries")
        for item in listed if isinstance(listed, list) else []:
            entry = _entry(item)
            if entry is not None and all(e.account_id != entry.account_id for e in entries):
                entries.append(entry)
        active = stored.get("active")
        if not any(e.account_id == active for e in entries):
            active = None
        return StoreAccounts(tuple(entries), cast(str | None, active))

    def set_accounts(self, base_url: str, accounts: StoreAccounts) -> None:
        """Keep ``accounts`` as the saved accounts of ``base_url`` (labels and fingerprints)."""
        stored = self.get(ACCOUNTS, cast(dict[str, JsonValue], {}))
        url = canonical_base_url(base_url)
        if accounts.entries:
            stored[url] = {
                "active": accounts.active,
                "entries": [
                    {"id": e.account_id, "label": e.label, "fingerprint": e.fingerprint}
                    for e in accounts.entries
                ],
            }
        else:
            stored.pop(url, None)
        self.set(ACCOUNTS, stored)

    @property
    def proxy(self) -> ProxyConfig:
        """How to reach the store, without the password (that is in the keyring). A stored
        manual proxy that does not check out falls back to the system's proxy."""
        stored = self.get(PROXY, cast(dict[str, JsonValue], {}))
        mode, scheme = stored.get("mode"), stored.get("scheme")
        if mode == ProxyMode.NONE.value:
            return ProxyConfig(ProxyMode.NONE)
        if mode != ProxyMode.MANUAL.value or scheme not in {s.value for s in ProxyScheme}:
            return ProxyConfig()
        host, port, user = stored.get("host"), stored.get("port"), stored.get("user", "")
        if not (isinstance(host, str) and isinstance(port, int) and isinstance(user, str)):
            return ProxyConfig()
        try:
            return manual_proxy(ProxyScheme(scheme), host, str(port), user)
        except ValueError:
            return ProxyConfig()

    @proxy.setter
    def proxy(self, value: ProxyConfig) -> None:
        if value.password:
            raise ValueError("The proxy's password belongs in the keyring, never in settings.")
        stored: dict[str, JsonValue] = {"mode": value.mode.value}
        if value.mode is ProxyMode.MANUAL:
            stored.update(
                scheme=value.scheme.value, host=value.host, port=value.port, user=value.user
            )
        self.set(PROXY, stored)

    @property
    def low_balance_threshold(self) -> Decimal:
        text = self.get(LOW_BALANCE_THRESHOLD, "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return DEFAULT_LOW_BALANCE_THRESHOLD
        return value if value.is_finite() and value >= 0 else DEFAULT_LOW_BALANCE_THRESHOLD

    @low_balance_threshold.setter
    def low_balance_threshold(self, value: Decimal) -> None:
        if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
            raise ValueError(f"The low-balance threshold must be a Decimal ≥ 0, got {value!r}")
        self.set(LOW_BALANCE_THRESHOLD, str(value))

    @property
    def close_to_tray(self) -> bool:
        """Closing the window keeps the app running in the tray (default: closing quits)."""
        return self.get(CLOSE_TO_TRAY, False)

    @close_to_tray.setter
    def close_to_tray(self, value: bool) -> None:
        self.set(CLOSE_TO_TRAY, bool(value))

    @property
    def notifications_enabled(self) -> bool:
        return self.get(NOTIFICATIONS_ENABLED, True)

    @notifications_enabled.setter
    def notifications_enabled(self, value: bool) -> None:
        self.set(NOTIFICATIONS_ENABLED, bool(value))

    @property
    def auto_save_folder(self) -> Path | None:
        return self._path(AUTO_SAVE_FOLDER)

    @auto_save_folder.setter
    def auto_save_folder(self, value: Path | None) -> None:
        self.set(AUTO_SAVE_FOLDER, None if value is None else str(value))

    @property
    def last_save_folder(self) -> Path | None:
        return self._path(LAST_SAVE_FOLDER)

    @last_save_folder.setter
    def last_save_folder(self, value: Path | None) -> None:
        self.set(LAST_SAVE_FOLDER, None if value is None else str(value))

    # -- file -----------------------------------------------------------------------------------

    def _path(self, key: str) -> Path | None:
        text = self.get(key, "")
        return Path(text) if text else None

    def _load(self) -> dict[str, JsonValue]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as error:
            log.warning("Settings %s cannot be read; using defaults: %s", self.path, error)
            return {}
        try:
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("the file is not a JSON object")
        except ValueError as error:  # also UnicodeDecodeError and JSONDecodeError
            self._set_aside(error)
            return {}
        return cast(dict[str, JsonValue], data)

    def _set_aside(self, error: Exception) -> None:
        try:
            aside = set_aside(self.path)
        except OSError as move_error:
            log.warning(
                "Settings %s are corrupt (%s) and could not be moved aside (%s); using defaults",
                self.path,
                error,
                move_error,
            )
            path = self.path
            self._problem = lambda: WindowSettingsFileText.tr(
                "Your settings in {path} could not be read; the defaults are used for now."
            ).format(path=path)
            return
        # Said once, in the window, through ``problem``; the log keeps the details.
        log.info(
            "Settings %s were corrupt (%s); kept as %s, using defaults", self.path, error, aside
        )
        self._problem = lambda: WindowSettingsFileText.tr(
            "Your settings could not be read and were set aside as {path}; the defaults are used."
        ).format(path=aside)

    def _save(self) -> None:
        text = json.dumps(
            self._values, indent=2, sort_keys=True, ensure_ascii=False, allow_nan=False
        )
        atomic_write_text(self.path, text + "\n")


_MISSING = object()
_FINGERPRINT_DIGITS = frozenset("0123456789abcdef")


def _favourites_key(base_url: str, account_id: str | None) -> str:
    url = canonical_base_url(base_url)
    return url if account_id is None else f"{url}#{check_account_id(account_id)}"


def _entry(item: object) -> AccountEntry | None:
    if not isinstance(item, dict):
        return None
    account_id, label, fingerprint = item.get("id"), item.get("label"), item.get("fingerprint")
    if not (isinstance(account_id, str) and isinstance(label, str) and label.strip()):
        return None
    if not isinstance(fingerprint, str) or len(fingerprint) != 16:
        return None
    if not set(fingerprint) <= _FINGERPRINT_DIGITS:
        return None
    try:
        check_account_id(account_id)
    except ValueError:
        return None
    return AccountEntry(account_id, label, fingerprint)


def _same_kind(value: object, default: object) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


def _check(key: str, value: object, *, where: str) -> None:
    if looks_like_api_key(key):
        raise ValueError("Settings never hold API keys; the key belongs in the keyring.")
    _check_value(value, where=where)


def _check_value(value: object, *, where: str) -> None:
    if value is None or isinstance(value, bool | int):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"Setting {where!r}: {value} is not a JSON number")
        return
    if isinstance(value, str):
        if looks_like_api_key(value):
            raise ValueError(
                f"Setting {where!r} looks like it contains an API key; API keys are kept in the "
                "system keyring, never in the settings file."
            )
        return
    if isinstance(value, list):
        for item in value:
            _check_value(item, where=where)
        return
    if isinstance(value, dict):
        for item_key, item in value.items():
            if not isinstance(item_key, str):
                raise ValueError(f"Setting {where!r}: object keys must be strings")
            _check(item_key, item, where=where)
        return
    raise ValueError(f"Setting {where!r}: {type(value).__name__} is not plain JSON")
