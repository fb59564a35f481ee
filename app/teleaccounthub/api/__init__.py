"""The store's HTTP API: client, models and errors. Imports no Qt.

Exports are imported on first use (PEP 562), so that importing one light submodule, or
this package for a model, does not load httpx or keyring before the window is painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from teleaccounthub.lazy_exports import lazy_exports

if TYPE_CHECKING:
    from teleaccounthub.api.client import DEFAULT_TIMEOUT, Client
    from teleaccounthub.api.defaults import LIVE_BASE_URL, USER_AGENT
    from teleaccounthub.api.errors import (
        ApiError,
        BadRequest,
        CheckoutOutcomeUnknown,
        Forbidden,
        InsecureUrl,
        InsufficientBalance,
        InvalidProduct,
        NotFound,
        RateLimited,
        ServerError,
        TransportError,
        Unauthorized,
        UnexpectedResponse,
    )
    from teleaccounthub.api.filenames import safe_filename
    from teleaccounthub.api.models import (
        Balance,
        Category,
        CategoryList,
        CheckoutResult,
        Order,
        Product,
        ProductList,
        dial_code,
    )
    from teleaccounthub.api.redaction import (
        RedactingFilter,
        forget_secret,
        redact,
        register_secret,
    )
    from teleaccounthub.api.retry import RetryPolicy

_EXPORTS: dict[str, str] = {
    "Client": "teleaccounthub.api.client",
    "DEFAULT_TIMEOUT": "teleaccounthub.api.client",
    "LIVE_BASE_URL": "teleaccounthub.api.defaults",
    "USER_AGENT": "teleaccounthub.api.defaults",
    "ApiError": "teleaccounthub.api.errors",
    "BadRequest": "teleaccounthub.api.errors",
    "CheckoutOutcomeUnknown": "teleaccounthub.api.errors",
    "Forbidden": "teleaccounthub.api.errors",
    "InsecureUrl": "teleaccounthub.api.errors",
    "InsufficientBalance": "teleaccounthub.api.errors",
    "InvalidProduct": "teleaccounthub.api.errors",
    "NotFound": "teleaccounthub.api.errors",
    "RateLimited": "teleaccounthub.api.errors",
    "ServerError": "teleaccounthub.api.errors",
    "TransportError": "teleaccounthub.api.errors",
    "Unauthorized": "teleaccounthub.api.errors",
    "UnexpectedResponse": "teleaccounthub.api.errors",
    "safe_filename": "teleaccounthub.api.filenames",
    "Balance": "teleaccounthub.api.models",
    "Category": "teleaccounthub.api.models",
    "CategoryList": "teleaccounthub.api.models",
    "CheckoutResult": "teleaccounthub.api.models",
    "Order": "teleaccounthub.api.models",
    "Product": "teleaccounthub.api.models",
    "ProductList": "teleaccounthub.api.models",
    "dial_code": "teleaccounthub.api.models",
    "RedactingFilter": "teleaccounthub.api.redaction",
    "redact": "teleaccounthub.api.redaction",
    "register_secret": "teleaccounthub.api.redaction",
    "forget_secret": "teleaccounthub.api.redaction",
    "RetryPolicy": "teleaccounthub.api.retry",
}

__all__ = [
    "DEFAULT_TIMEOUT",
    "LIVE_BASE_URL",
    "USER_AGENT",
    "ApiError",
    "BadRequest",
    "Balance",
    "Category",
    "CategoryList",
    "CheckoutOutcomeUnknown",
    "CheckoutResult",
    "Client",
    "Forbidden",
    "InsecureUrl",
    "InsufficientBalance",
    "InvalidProduct",
    "NotFound",
    "Order",
    "Product",
    "ProductList",
    "RateLimited",
    "RedactingFilter",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "dial_code",
    "forget_secret",
    "redact",
    "register_secret",
    "safe_filename",
]


__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals())
