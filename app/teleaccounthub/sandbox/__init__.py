"""A complete local implementation of the store's API on loopback ports.

Used by ``--sandbox`` (anyone can try the app without an account), by the tests, the benchmarks and
``--self-test``. It follows the API page (``teleaccounthub-api-v2.txt``) to the letter: paths, field
names, JSON types (money as exact JSON numbers such as 0.7245, display strings such as "$0.72",
``order_number`` as a string), status codes and error bodies
``{"ok": false, "error": "<CODE>", "message": "..."}`` with the page's codes (400 BAD_REQUEST,
401 UNAUTHORIZED, 402 INSUFFICIENT_BALANCE, 422 invalid_product, 429 RATE_LIMITED).

Where the page is silent it answers as a real server would:

- an unknown category, order or path: 404 ``NOT_FOUND``; someone else's order is answered exactly
  like an unknown one (404), so order ids reveal nothing;
- a non-numeric id in a path does not match the route: 404;
- a wrong method: 405 ``METHOD_NOT_ALLOWED`` with an ``Allow`` header;
- a download before the order is completed: 400 ``BAD_REQUEST`` saying it is not ready yet;
- the key is checked before the body: a checkout without a valid key is 401 whatever it sends;
  401 answers carry ``WWW-Authenticate: Bearer``; the scheme is matched case-insensitively;
- checkout: a body that is not a JSON object, a missing, non-integer, boolean or < 1 ``product_id``
  or ``quantity``, or a non-integer ``category_id`` (null counts as absent) is 400; an unknown or
  sold-out product, or a ``category_id`` that is not the product's category, is 422
  "This product is no longer available."; more than the stock is 422 saying how many are left;
  a balance below ``retail_price_usd × quantity`` is 402 saying the cost, the balance and the
  amount to add (rounded up to the cent). Otherwise stock and balance are reserved at once, exactly
  (``Decimal``), and the order is "processing" until ``order_delay`` seconds have passed;
- order ids are global integers starting at 74 (``order_number`` "10094", ``local_order_id`` 376,
  as on the page); the first order of a fresh sandbox reproduces the page's example;
- only a completed order object has ``download_filename`` ("order-<id>.zip");
- downloads are real ZIPs with ``Content-Type: application/zip``, ``Content-Length`` and
  ``Content-Disposition: attachment; filename="order-<id>.zip"``, range requests allowed;
- with ``faults.redirect_downloads()`` a download answers 302 to a signed link on the second origin,
  which serves the file without a key (403 for a bad signature) and logs whether a key arrived;
- with ``rate_limit_per_second`` set, each client (key, else address) gets a token bucket; beyond
  it, 429 ``RATE_LIMITED`` with ``Retry-After`` in whole seconds.
"""

from teleaccounthub.sandbox.config import SandboxConfig
from teleaccounthub.sandbox.faults import Faults
from teleaccounthub.sandbox.records import RequestRecord
from teleaccounthub.sandbox.server import SandboxServer

__all__ = ["Faults", "RequestRecord", "SandboxConfig", "SandboxServer"]
