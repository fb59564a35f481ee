"""TeleAccountHub Desktop: a desktop client for the TeleAccountHub store."""

from teleaccounthub._version import __version__

__all__ = ["__version__"]
