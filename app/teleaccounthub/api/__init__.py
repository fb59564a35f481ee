"""The store's HTTP API: client, models and errors. Imports no Qt."""

from teleaccounthub.api.client import Client
from teleaccounthub.api.defaults import DEFAULT_TIMEOUT, LIVE_BASE_URL, USER_AGENT
from teleaccounthub.api.errors import (
    ApiError,
    BadRequest,
    CheckoutOutcomeUnknown,
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
from teleaccounthub.api.redaction import RedactingFilter, redact
from teleaccounthub.api.retry import RetryPolicy

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
    "redact",
    "safe_filename",
]
