"""The accounts feature's translation context, on its own so that the balance label (painted
before the services load) does not import the account model and the session with it."""

from __future__ import annotations

from teleaccounthub.i18n import TrContext

AccountText = TrContext("AccountText")
