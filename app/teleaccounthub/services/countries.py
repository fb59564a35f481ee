"""Which countries a dial code belongs to, and the words a customer may type to find them.

Nothing here is a hand-written table. The calling code → regions map is ``phonenumberslite``'s
(the metadata of Google's libphonenumber, kept up to date upstream; the "lite" package leaves out
the geocoding and carrier data this app does not need). The names come from the CLDR locale data
built into Qt: the English name and the native name in every language Qt knows to be spoken
there (Deutschland, 대한민국, Россия …).

``search_terms("+49")`` gives folded terms (lower case, accents removed): names, ISO codes and
the code itself. A code shared by several countries (+1, +7) gives all of them, unless the digits
after it single some out (+1 876 is Jamaica, by the leading digits libphonenumber knows).
"""

from __future__ import annotations

import operator
import re
import threading
import unicodedata
from collections.abc import Iterable
from itertools import compress

from PySide6.QtCore import QLocale

# Calling codes are one to three digits and prefix-free (ITU-T E.164).
_LONGEST_CODE = 3
# Regions of libphonenumber that are no country: "001" is its non-geographic entity.
_NOT_A_COUNTRY = frozenset({"001"})

_lock = threading.Lock()
_terms: dict[str, tuple[str, ...]] = {}


def fold(text: str) -> str:
    """``text`` lower-cased (casefold) with its accents removed: "España" → "espana".

    Combining marks are dropped after a canonical decomposition and the rest recomposed, so
    Hangul stays syllables and scripts without accents are unchanged.
    """
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFD", text)
    marks = list(map(unicodedata.combining, decomposed))  # C-level steps: rows are many
    if not any(marks):
        return text.casefold()
    bare = "".join(compress(decomposed, map(operator.not_, marks)))
    return unicodedata.normalize("NFC", bare).casefold()


def digits_of(dial_code: str) -> str:
    return "".join(ch for ch in dial_code if "0" <= ch <= "9")


def regions_for(dial_code: str) -> tuple[str, ...]:
    """The ISO 3166 region codes ("DE") that dial code ``dial_code`` ("+49", "+1 876") reaches;
    () when it is no known calling code."""
    from phonenumbers import COUNTRY_CODE_TO_REGION_CODE
    from phonenumbers.phonemetadata import PhoneMetadata

    digits = digits_of(dial_code)
    for length in range(1, min(_LONGEST_CODE, len(digits)) + 1):
        regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:length]))
        if regions is None:
            continue
        countries = tuple(region for region in regions if region not in _NOT_A_COUNTRY)
        rest = digits[length:]
        if not rest or len(countries) < 2:
            return countries
        picked = tuple(
            region
            for region in countries[1:]  # the first is the code's main country
            if _leads(PhoneMetadata.metadata_for_region(region), rest)
        )
        return picked or countries[:1]
    return ()


def _leads(metadata: object, rest: str) -> bool:
    pattern = getattr(metadata, "leading_digits", None)
    return bool(pattern) and re.match(f"(?:{pattern})", rest) is not None


def country_names(region: str) -> tuple[str, ...]:
    """The English name of ``region`` and its native names, each once, as Qt's CLDR data says."""
    territory = QLocale.codeToTerritory(region)
    if territory == QLocale.Country.AnyTerritory:
        return ()
    names = [QLocale.territoryToString(territory)]
    for locale in QLocale.matchingLocales(
        QLocale.Language.AnyLanguage, QLocale.Script.AnyScript, territory
    ):
        names.append(locale.nativeTerritoryName())
    return tuple(dict.fromkeys(name for name in names if name))


def search_terms(dial_code: str) -> tuple[str, ...]:
    """Folded terms a product with ``dial_code`` is found by: every country's English and native
    names, their ISO codes, and the code with and without its "+" ("+49", "49"). Cached."""
    key = digits_of(dial_code)
    with _lock:
        known = _terms.get(key)
    if known is not None:
        return known
    terms = _compute(key) if key else ()
    with _lock:
        _terms[key] = terms
    return terms


def _compute(digits: str) -> tuple[str, ...]:
    regions = regions_for(digits)
    words: list[str] = []
    for region in regions:
        words.extend(fold(name) for name in country_names(region))
    words.extend(region.lower() for region in regions)
    words.extend((f"+{digits}", digits))
    return _unique(words)


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(word for word in words if word))


def is_region_code(text: str) -> bool:
    """Is ``text`` ("DE", "kr") an ISO 3166 country code that Qt knows?"""
    return (
        len(text) == 2
        and text.isascii()
        and text.isalpha()
        and QLocale.codeToTerritory(text.upper()) != QLocale.Country.AnyTerritory
    )
