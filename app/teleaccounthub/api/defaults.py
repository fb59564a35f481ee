"""Fixed facts about the store and the client's default timeouts."""

from __future__ import annotations

from typing import Final

from teleaccounthub._version import __version__

LIVE_BASE_URL: Final = "https://telenumber.telekartstar.com"
USER_AGENT: Final = f"TeleAccountHub-Desktop/{__version__}"

# Connecting is quick or it is not happening; a slow store may take a while to answer.
CONNECT_TIMEOUT: Final = 5.0
READ_TIMEOUT: Final = 20.0
# A JSON call (retries included) is over within this many seconds, whatever the server does.
DEADLINE: Final = 30.0
# A download may take as long as it needs, but not a moment without data longer than this.
STALL_TIMEOUT: Final = 30.0

# The most of a JSON answer that is read. The product list is the big one: 300,000 products of
# a real category are ~47 MB; everything else is a few KiB.
MAX_BODY_BYTES: Final = 4 << 20
MAX_PRODUCTS_BODY_BYTES: Final = 128 << 20

# Downloads are written to disk in large blocks: few system calls, little time on the loop.
DOWNLOAD_CHUNK_SIZE: Final = 1 << 20
