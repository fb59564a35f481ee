"""The product filter's matching as masks: one byte per row, 1 where it matches.

Same answers as ``services.search_text.matching_rows``, computed by C-level passes (``map`` of
``operator.contains`` and set lookups, big-integer ``&`` and ``|``) instead of a Python loop per
row: about a millisecond per word at 20,000 rows, so the first keystroke fits in a frame.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import compress, repeat
from operator import contains
from typing import TypeVar

from teleaccounthub.services.search_text import Query

T = TypeVar("T")
Mask = bytes  # one byte per prepared row: 1 (kept) or 0


def matching_mask(
    query: Query,
    haystacks: Sequence[str],
    dial_codes: Sequence[str],
    countries: Mapping[str, str],
    keep: Mask | None = None,
) -> Mask:
    """The rows whose name haystack, or whose dial code's country haystack, holds every needle
    of ``query`` (and that ``keep`` keeps, when given)."""
    count = len(haystacks)
    kept = _number(keep) if keep is not None else _number(b"\x01" * count)
    for text, code_only, dial_hits in query.matcher(countries):
        found = 0
        if dial_hits:
            found = _number(bytes(map(dial_hits.__contains__, dial_codes)))
        if not code_only:
            found |= _number(bytes(map(contains, haystacks, repeat(text))))
        kept &= found
        if not kept:
            break
    return kept.to_bytes(count, "little")


def kept_rows(mask: Mask) -> list[int]:
    """The numbers of the rows that ``mask`` keeps."""
    return list(compress(range(len(mask)), mask))


def reordered(values: Sequence[T], order: Sequence[int]) -> list[T]:
    """``values`` in ``order`` (shown row → prepared row)."""
    return list(map(values.__getitem__, order))


def _number(mask: Mask) -> int:
    return int.from_bytes(mask, "little")
