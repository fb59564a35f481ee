"""Country names from the dial code: phonenumberslite's regions, Qt's CLDR names, no table."""

from __future__ import annotations

import pytest

from teleaccounthub.services.countries import (
    country_names,
    fold,
    is_region_code,
    regions_for,
    search_terms,
)


@pytest.mark.parametrize(
    ("dial_code", "words"),
    [
        ("+49", {"germany", "deutschland", "de", "+49", "49"}),
        ("+82", {"south korea", "대한민국", "kr", "+82", "82"}),
        ("+7", {"russia", "россия", "kazakhstan", "қазақстан", "ru", "kz"}),
        ("+44", {"united kingdom", "gb", "jersey", "isle of man"}),
        ("+34", {"spain", "espana", "es"}),  # España, accent folded
    ],
)
def test_a_dial_code_gives_english_and_native_names_iso_codes_and_itself(
    dial_code: str, words: set[str]
) -> None:
    assert words <= set(search_terms(dial_code))


def test_a_shared_code_gives_every_country_it_reaches() -> None:
    terms = set(search_terms("+1"))
    assert {"united states", "canada", "jamaica", "puerto rico", "us", "ca", "jm"} <= terms
    assert set(regions_for("+7")) == {"RU", "KZ"}


def test_the_digits_after_a_shared_code_single_out_its_country() -> None:
    assert regions_for("+1 876") == ("JM",)
    assert regions_for("+1876") == ("JM",)
    assert regions_for("+1 809") == ("DO",)
    assert regions_for("+1 212") == ("US",)  # no other +1 country starts so: the main one
    assert "canada" not in search_terms("+1 876")


def test_codes_that_reach_no_country_give_only_themselves() -> None:
    assert search_terms("+999") == ("+999", "999")
    assert search_terms("") == ()
    assert search_terms("+") == ()
    assert regions_for("+800") == ()  # international freephone: no country


def test_terms_are_cached_and_identical_for_each_spelling() -> None:
    assert search_terms("+1 876") is search_terms("+1876")


def test_folding_drops_accents_and_case_but_keeps_other_scripts() -> None:
    assert fold("España") == "espana"
    assert fold("ÖSTERREICH") == "osterreich"
    assert fold("Côte d’Ivoire") == "cote d’ivoire"
    assert fold("대한민국") == "대한민국"  # Hangul stays syllables
    assert fold("Россия") == "россия"


def test_region_codes_are_the_ones_qt_knows() -> None:
    assert is_region_code("DE")
    assert is_region_code("kr")
    assert not is_region_code("ZZ")
    assert not is_region_code("DEU")
    assert not is_region_code("+4")
    assert country_names("ZZ") == ()
    assert "Deutschland" in country_names("DE")
