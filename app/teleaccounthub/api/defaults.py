"""Fixed facts about the store and the client's default timeouts."""

from __future__ import annotations

from typing import Final

from teleaccounthub._version import __version__

LIVE_BASE_URL: Final = "https://telenumber.telekartstar.com"
USER_AGENT: Final = f"TeleAccountHub-Desktop/{__version__}"

# Connecting is quick or it is not happening; a slow store may take a while to answer.
CONNECT_TIMEOUT: Final = 5.0
READ_TIMEOUT: Final = 20.0

# Downloads are written to disk in large blocks: few system calls, little time on the loop.
DOWNLOAD_CHUNK_SIZE: Final = 1 << 20
