"""Who an order belongs to: a store's base URL and a fingerprint of the API key, never the key;
and what the settings file keeps of an account (id, label, fingerprint)."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from teleaccounthub.i18n import TrContext

# What local/ says to the customer about keys, names and the keyring.
AccountKeyText = TrContext("AccountKeyText")

# Anything that looks like one of the store's API keys ("tgsk_…"). Used to keep keys out of files.
API_KEY_PATTERN = re.compile(r"tgsk_[A-Za-z0-9]")

_DEFAULT_PORTS = {"http": 80, "https": 443}


def looks_like_api_key(text: str) -> bool:
    """True when ``text`` contains something shaped like an API key."""
    return API_KEY_PATTERN.search(text) is not None


def canonical_base_url(base_url: str) -> str:
    """``HTTPS://Shop.Example:443/`` → ``https://shop.example``: one spelling per store, the key
    under which its orders, cache, favourites and keyring entry are kept. (Whether the URL is
    safe to send a key to is ``api.urls.check_base_url``'s question, asked before this.)

    Lower-case scheme and host, no default port, no trailing slash, no query or fragment.
    Raises ``ValueError`` for anything that is not an http(s) URL with a host, or that carries
    credentials.
    """
    parts = urlsplit(base_url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"Not an http(s) base URL: {base_url!r}")
    if parts.username is not None or parts.password is not None:
        raise ValueError("A base URL must not contain a user name or password.")
    host = parts.hostname.lower()
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    try:
        port = parts.port
    except ValueError as error:
        raise ValueError(f"Invalid port in base URL {base_url!r}") from error
    netloc = host if port is None or port == _DEFAULT_PORTS[scheme] else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


def key_fingerprint(api_key: str) -> str:
    """The first 16 hex digits of the key's SHA-256: tells keys apart, cannot be turned back."""
    key = api_key.strip()
    if not key:
        raise ValueError("An API key cannot be empty.")
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class AccountRef:
    """An account on one store. Orders are keyed by it, so stores and accounts never mix."""

    base_url: str
    fingerprint: str

    @classmethod
    def from_key(cls, base_url: str, api_key: str) -> AccountRef:
        return cls(canonical_base_url(base_url), key_fingerprint(api_key))


# Longer than any key the store hands out by far; a paste this long is something else.
MAX_KEY_LENGTH = 256


def key_problem(api_key: str) -> str | None:
    """Why ``api_key`` (already stripped) cannot be an API key, for people; None if it may be."""
    if not api_key:
        return empty_key_text()
    if len(api_key) > MAX_KEY_LENGTH:
        return AccountKeyText.tr(
            "This is %Ln character(s) long; an API key is much shorter.", "", len(api_key)
        )
    if not api_key.isascii() or not api_key.isprintable() or any(c.isspace() for c in api_key):
        return AccountKeyText.tr(
            "The key contains spaces or characters an API key cannot have; paste it again."
        )
    return None


def empty_key_text() -> str:
    return AccountKeyText.tr("An API key cannot be empty.")


# The longest account label kept; longer ones are cut (a label is a name, not a note).
MAX_LABEL_LENGTH = 60

_ACCOUNT_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")


def new_account_id() -> str:
    """A fresh, random account id: names one account's keyring entry and favourites."""
    return secrets.token_hex(6)


def check_account_id(account_id: str) -> str:
    """``account_id`` if it is a well-formed id (lower-case letters, digits, ``-``)."""
    if not isinstance(account_id, str) or _ACCOUNT_ID.fullmatch(account_id) is None:
        raise ValueError(f"Not an account id: {account_id!r}")
    return account_id


def clean_label(text: str) -> str:
    """A label as typed, made fit to show: one line, no control characters, at most
    ``MAX_LABEL_LENGTH`` characters. Raises ``ValueError`` (for people) when nothing is left or
    when it looks like a key (labels are written to the settings file)."""
    label = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    label = label[:MAX_LABEL_LENGTH].rstrip()
    if not label:
        raise ValueError(AccountKeyText.tr("Give the account a name."))
    if looks_like_api_key(label):
        raise ValueError(
            AccountKeyText.tr("The name looks like an API key; paste the key in the key field.")
        )
    return label


@dataclass(frozen=True, slots=True)
class AccountEntry:
    """What the settings file keeps of one saved account: never the key, only its fingerprint."""

    account_id: str
    label: str
    fingerprint: str
