"""The server's ``download_filename`` is only a suggestion: it is made safe before use."""

from __future__ import annotations

import pytest

from teleaccounthub.api import safe_filename

FALLBACK = "order-74.zip"


@pytest.mark.parametrize(
    ("suggested", "expected"),
    [
        ("order-74.zip", "order-74.zip"),
        ("../../x.zip", "x.zip"),
        ("/etc/passwd", "passwd.zip"),
        ("C:\\evil.zip", "evil.zip"),
        ("..\\..\\Windows\\System32\\evil.zip", "evil.zip"),
        ('a<b>c:d"e|f?g*h.zip', "abcdefgh.zip"),
        ("tab\there\x00nul\x1f.zip", "tabherenul.zip"),
        ("evil\u202egpj.zip", "evilgpj.zip"),  # right-to-left override
        (".hidden.zip", "hidden.zip"),
        ("  . .spaced.zip", "spaced.zip"),
        ("trailing. . .", "trailing.zip"),
        ("report", "report.zip"),
        ("report.ZIP", "report.zip"),
        ("report.tar.gz", "report.tar.gz.zip"),
        ("CON", "_CON.zip"),
        ("con.zip", "_con.zip"),
        ("NUL.tar.zip", "_NUL.tar.zip"),
        ("com1.zip", "_com1.zip"),
        ("LPT9.txt", "_LPT9.txt.zip"),
        ("console.zip", "console.zip"),
        ("Заказ №74.zip", "Заказ №74.zip"),
        ("", FALLBACK),
        (None, FALLBACK),
        ("../..", FALLBACK),
        ("....", FALLBACK),
        ("<>:*?", FALLBACK),
        (".zip", FALLBACK),
        ("dir/", FALLBACK),
    ],
)
def test_safe_filename(suggested: str | None, expected: str) -> None:
    assert safe_filename(suggested, FALLBACK) == expected


def test_long_names_are_capped_keeping_the_extension() -> None:
    name = safe_filename("a" * 500 + ".zip", FALLBACK)
    assert len(name) == 120
    assert name == "a" * 116 + ".zip"


def test_long_non_ascii_names_fit_a_file_system_name() -> None:
    name = safe_filename("ж" * 300, FALLBACK)
    assert name.endswith(".zip")
    assert len(name) <= 120
    assert len(name.encode("utf-8")) <= 255


def test_a_useless_fallback_still_gives_a_name() -> None:
    assert safe_filename("../", "..") == "download.zip"
