"""What the product filter and the store search match: the texts and the query.

Each product has a *name haystack* (its folded name and its dial code), built once when its
rows are prepared; each dial code has a *country haystack* (``countries.search_terms``: English
and native names, ISO codes, the code), built once per code. A query word matches a product if
it is in either. The country haystacks are few (one per dial code), so a query first finds the
dial codes it matches and then tests each row with one substring test and one set lookup.

An ISO code typed in capitals ("DE", "KR") means the code: it matches the countries with that
code only, not every name containing "de". In lower case it is an ordinary word ("de" also
finds "Deutschland" and "Bangladesh"), so typing a name letter by letter narrows as expected.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from teleaccounthub.services.countries import fold, is_region_code, regions_for, search_terms

# Written around each ISO code in a country haystack: a code needle carries the marks too, so
# it matches whole codes only (the mark is a control character nobody types or names contain).
CODE_MARK = "\x1f"


def name_haystack(name: str, dial_code: str) -> str:
    """The folded product name and its dial code ("deutschland +49 +49")."""
    return f"{fold(name)} {dial_code}"


def country_haystack(dial_code: str) -> str:
    """The country words of ``dial_code`` and its whole codes (``CODE_MARK``-framed)."""
    codes = "".join(f"{CODE_MARK}{region.lower()}{CODE_MARK}" for region in regions_for(dial_code))
    return " ".join(search_terms(dial_code)) + codes


def country_haystacks(dial_codes: Iterable[str]) -> dict[str, str]:
    return {dial: country_haystack(dial) for dial in set(dial_codes)}


@dataclass(frozen=True, slots=True)
class Needle:
    text: str
    """Folded word, or a ``CODE_MARK``-framed ISO code."""
    code_only: bool = False
    """True: a whole ISO code, looked for in the country haystacks only."""


@dataclass(frozen=True, slots=True)
class Query:
    """The words of a filter or search text; a product must match every one."""

    needles: tuple[Needle, ...] = ()

    @classmethod
    def parse(cls, text: str) -> Query:
        return cls(tuple(_needle(word) for word in _words(text)))

    def __bool__(self) -> bool:
        return bool(self.needles)

    def matcher(self, countries: Mapping[str, str]) -> list[tuple[str, bool, frozenset[str]]]:
        """Per needle: its text, whether it is a code, and the dial codes whose country
        haystack (of ``countries``: dial code → haystack) holds it."""
        return [
            (
                needle.text,
                needle.code_only,
                frozenset(dial for dial, hay in countries.items() if needle.text in hay),
            )
            for needle in self.needles
        ]


def matching_rows(
    query: Query,
    numbers: Iterable[int],
    haystacks: Sequence[str],
    dial_codes: Callable[[], Sequence[str]],
    countries: Mapping[str, str],
) -> list[int]:
    """The ``numbers`` whose name haystack (``haystacks[n]``) or country haystack (of
    ``dial_codes()[n]`` in ``countries``) holds every needle of ``query``, in their order.

    ``dial_codes`` is asked only if a needle is in some country haystack (a dial code like
    "+63" never needs them: it is in the name haystack).
    """
    kept = list(numbers)
    dials: Sequence[str] = ()
    for text, code_only, dial_hits in query.matcher(countries):
        if dial_hits and not dials:
            dials = dial_codes()
        if code_only:
            kept = [n for n in kept if dials and dials[n] in dial_hits]
        elif dial_hits:
            kept = [n for n in kept if text in haystacks[n] or dials[n] in dial_hits]
        else:
            kept = [n for n in kept if text in haystacks[n]]
    return kept


def _words(text: str) -> list[str]:
    clean = "".join(ch if ch.isprintable() else " " for ch in text)
    return clean.split()


def _needle(word: str) -> Needle:
    if word.isupper() and is_region_code(word):
        return Needle(f"{CODE_MARK}{word.lower()}{CODE_MARK}", code_only=True)
    return Needle(fold(word))
