"""Text normalisation for storage and for search.

Two different jobs, two functions:

* :func:`normalize_text` is what gets *stored*: the text the clerk typed, cleaned of the
  invisible differences between keyboards (Arabic vs Persian yeh/kaf, tatweel, stray bidi
  marks, odd whitespace) but otherwise kept as typed, ZWNJ included, because it is part of
  correct Persian spelling ("می‌خواهم").
* :func:`search_key` is what gets *compared*: applied to stored text when indexing and to the
  query when searching, so it must be idempotent. It folds everything a clerk should not have
  to get exactly right: digits script, ZWNJ, case (Turkish dotted/dotless i included), Latin
  accents, Arabic harakat.
"""

from __future__ import annotations

import re
import unicodedata

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
FULLWIDTH_DIGITS = "０１２３４５６７８９"
ASCII_DIGITS = "0123456789"

ZWNJ = "\u200c"
TATWEEL = "\u0640"

_TO_ASCII_DIGITS = str.maketrans(
    PERSIAN_DIGITS + ARABIC_INDIC_DIGITS + FULLWIDTH_DIGITS, ASCII_DIGITS * 3
)
_TO_PERSIAN_DIGITS = str.maketrans(ASCII_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)

# Arabic keyboards (and text pasted from Arabic sources) produce these code points for letters
# that Persian writes with different ones; both look alike, so a search must not care.
_ARABIC_TO_PERSIAN_LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي ARABIC YEH -> ی FARSI YEH
        "\u0649": "\u06cc",  # ى ALEF MAKSURA -> ی
        "\u0643": "\u06a9",  # ك ARABIC KAF -> ک KEHEH
        "\u06be": "\u0647",  # ھ HEH DOACHASHMEE (Urdu keyboards) -> ه
        TATWEEL: None,
    }
)

# Invisible format characters that sneak in through copy-paste and make equal strings differ:
# LRM, RLM, ALM, LRE..PDF, LRI..PDI, ZWSP, word joiner, BOM. ZWNJ/ZWJ are kept on purpose.
_INVISIBLES = dict.fromkeys(
    [0x200B, 0x200E, 0x200F, 0x061C, 0x2060, 0xFEFF, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)

_WHITESPACE_RUN = re.compile(r"\s+")
_ZWNJ_RUN = re.compile(r"\s*\u200c+\s*")


def _collapse_zwnj(m: re.Match[str]) -> str:
    # A ZWNJ next to a space is meaningless and would make "a \u200c b" differ from "a b";
    # repeated ZWNJs mean the same as one.
    return " " if m.group(0).strip(ZWNJ) else ZWNJ


# Turkish: dotted capital İ, plain I and dotless ı all fold to i, so "ISIL", "isil" and "Işıl"
# meet. Done before casefold because casefold("İ") is "i̇" (i + combining dot).
_TURKISH_I = str.maketrans({"İ": "i", "I": "i", "ı": "i"})

# Arabic harakat (short vowels, tanwin, shadda, sukun) and superscript alef: optional in
# writing, so a query without them must match stored text with them. Madda and hamza
# (U+0653..U+0655) are not here: they distinguish letters (آ أ إ ؤ ئ).
_HARAKAT = dict.fromkeys([*range(0x064B, 0x0653), 0x0656, 0x0657, 0x0658, 0x0670])


def to_ascii_digits(s: str) -> str:
    """Replace Persian, Arabic-Indic and full-width digits with ASCII 0-9."""
    return s.translate(_TO_ASCII_DIGITS)


def to_persian_digits(s: str) -> str:
    """Replace ASCII and Arabic-Indic digits with Persian ۰-۹."""
    return s.translate(_TO_PERSIAN_DIGITS)


def digits_only(s: str) -> str:
    """The ASCII digits in ``s`` (any digit script), in order, everything else dropped."""
    return "".join(ch for ch in to_ascii_digits(s) if "0" <= ch <= "9")


def normalize_text(s: str) -> str:
    """Normalise text for storage: NFC, Persian letters, no tatweel or stray bidi marks,
    whitespace collapsed to single spaces and trimmed. ZWNJ is kept."""
    s = unicodedata.normalize("NFC", s)
    s = s.translate(_ARABIC_TO_PERSIAN_LETTERS).translate(_INVISIBLES)
    s = _ZWNJ_RUN.sub(_collapse_zwnj, s)
    s = _WHITESPACE_RUN.sub(" ", s).strip()
    return s.strip(ZWNJ).strip()


def _is_latin(ch: str) -> bool:
    if ch.isascii():
        return ch.isalpha()
    try:
        return unicodedata.name(ch).startswith("LATIN ")
    except ValueError:
        return False


def _strip_latin_marks(s: str) -> str:
    """Drop combining marks that sit on Latin letters (ö -> o, ş -> s, é -> e); marks on other
    scripts are left alone, then everything is recomposed."""
    out: list[str] = []
    base_is_latin = False
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.category(ch) == "Mn":
            if base_is_latin:
                continue
        else:
            base_is_latin = _is_latin(ch)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def search_key(s: str) -> str:
    """Fold text for matching; apply the same function to stored text and to the query.

    Idempotent: ``search_key(search_key(x)) == search_key(x)``.
    """
    # NFKC first: full-width Latin (common with Chinese input methods) and Arabic presentation
    # forms (from PDFs and old systems) become the ordinary letters before letter mapping.
    s = unicodedata.normalize("NFKC", s)
    s = normalize_text(s)
    s = to_ascii_digits(s).replace(ZWNJ, "").replace("\u200d", "")
    s = s.translate(_TURKISH_I).casefold()
    s = _strip_latin_marks(s).translate(_HARAKAT)
    # Casefold and mark stripping can expose characters that the first passes would have
    # changed (e.g. a compatibility form inside a decomposition), so settle once more.
    s = unicodedata.normalize("NFKC", s).translate(_ARABIC_TO_PERSIAN_LETTERS)
    return _WHITESPACE_RUN.sub(" ", s).strip()
