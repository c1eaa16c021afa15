"""Text normalisation: what is stored, and what search compares."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dealer_app.text import digits_only, normalize_text, search_key, to_ascii_digits, to_persian_digits


def test_digit_conversions() -> None:
    assert to_ascii_digits("۰۱۲۳۴۵۶۷۸۹") == "0123456789"
    assert to_ascii_digits("٠١٢٣٤٥٦٧٨٩") == "0123456789"
    assert to_ascii_digits("تلفن ۰۹۱۲") == "تلفن 0912"
    assert to_persian_digits("1403/05/12") == "۱۴۰۳/۰۵/۱۲"
    assert to_persian_digits("٤٥٦") == "۴۵۶"
    assert digits_only("+98 (۹۱۲) ۳۴۵-6789") == "989123456789"
    assert digits_only("no digits") == ""


def test_normalize_text_maps_arabic_letters_and_cleans_spacing() -> None:
    assert normalize_text("  علي   كريمي\t") == "علی کریمی"
    assert normalize_text("مـحـمـد") == "محمد"
    assert normalize_text("مصطفى") == "مصطفی"
    # Copy-pasted bidi marks and zero-width spaces are invisible differences.
    assert normalize_text("\u200fرضا\u200e") == "رضا"
    assert normalize_text("a\u200bb") == "ab"


def test_normalize_text_keeps_zwnj_but_not_next_to_spaces() -> None:
    assert normalize_text("می\u200cخواهم") == "می\u200cخواهم"
    assert normalize_text("می\u200c\u200cخواهم") == "می\u200cخواهم"
    assert normalize_text("علی \u200c رضا") == "علی رضا"
    assert normalize_text("\u200cعلی\u200c") == "علی"


def test_normalize_text_is_nfc_and_keeps_case() -> None:
    decomposed = "O\u0308zt\u00fcrk"
    assert normalize_text(decomposed) == "Öztürk"
    assert unicodedata.is_normalized("NFC", normalize_text(decomposed))
    assert normalize_text("İstanbul") == "İstanbul"


@pytest.mark.parametrize(
    ("stored", "query"),
    [
        ("Öztürk", "ozturk"),
        ("Öztürk", "OZTURK"),
        ("Işıl", "ISIL"),
        ("Işıl", "isil"),
        ("İstanbul", "istanbul"),
        ("İstanbul", "ISTANBUL"),
        ("Çağrı Şahin", "cagri sahin"),
        ("José", "jose"),
        ("علی کریمی", "علي كريمي"),
        ("می\u200cخواهم", "میخواهم"),
        ("مُحَمَّد", "محمد"),
        ("۰۹۱۲۳۴۵۶۷۸۹", "09123456789"),
        ("٠٩١٢", "0912"),
        ("ＡＢＣ１２３", "abc123"),
        ("北京 王小明", "北京 王小明"),
    ],
)
def test_search_key_matches_spellings(stored: str, query: str) -> None:
    assert search_key(stored) == search_key(query)


def test_search_key_leaves_arabic_script_and_cjk_letters_alone() -> None:
    # Madda and hamza make different letters; only harakat are optional.
    assert search_key("آرش") == "آرش"
    assert search_key("مسئول") == "مسئول"
    assert search_key("王小明") == "王小明"
    assert search_key("  Ali   Rezaei ") == "ali rezaei"


def test_search_key_folds_arabic_presentation_forms() -> None:
    # Isolated-form ain, reh, alef (old PDFs and systems) and Arabic yeh/kaf forms.
    assert search_key("\ufec9\ufeae\ufe8e") == search_key("عرا")
    assert search_key("\ufef1\ufed9") == "یک"


@given(st.text())
def test_search_key_is_idempotent(s: str) -> None:
    key = search_key(s)
    assert search_key(key) == key


@given(st.text())
def test_normalize_text_is_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert once == once.strip()
    assert "  " not in once


@given(st.text(alphabet="abcIİıiÖöŞşÇçĞğÜü ۰۱۲٣٤يكىـ\u200cعلی"))
def test_search_key_is_idempotent_on_tricky_letters(s: str) -> None:
    key = search_key(s)
    assert search_key(key) == key
    assert "\u200c" not in key
    assert not any(ch in key for ch in "İIıيكى")
