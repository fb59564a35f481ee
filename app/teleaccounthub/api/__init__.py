"""The store's HTTP API: client, models and errors. Imports no Qt."""

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

__all__ = [
    "ApiError",
    "BadRequest",
    "Balance",
    "Category",
    "CategoryList",
    "CheckoutOutcomeUnknown",
    "CheckoutResult",
    "InsecureUrl",
    "InsufficientBalance",
    "InvalidProduct",
    "NotFound",
    "Order",
    "Product",
    "ProductList",
    "RateLimited",
    "ServerError",
    "TransportError",
    "Unauthorized",
    "UnexpectedResponse",
    "dial_code",
]
