"""The translations are complete and consistent, and the core's messages are recognised.

A fresh ``pyside6-lupdate`` extraction of ui/*.py (the same command scripts/update_translations.py
runs) is compared with every committed .ts file, so a text added to the interface without its
Persian, Chinese and Turkish translation fails here.
"""

from __future__ import annotations

import ast
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator

from dealer_app import calendars, money, plates, validation
from dealer_app.services import staff
from dealer_app.translations_build import build
from dealer_app.validation import ValidationError
from ui import core_messages

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import update_translations  # noqa: E402

Key = tuple[str, str, str]  # context, source, disambiguation comment


def _messages(path: Path) -> dict[Key, ET.Element]:
    out: dict[Key, ET.Element] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = message
    return out


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> dict[Key, ET.Element]:
    target = tmp_path_factory.mktemp("lupdate") / "dealer_xx.ts"
    update_translations.extract([target])
    return _messages(target)


@pytest.fixture(scope="module")
def committed() -> dict[str, dict[Key, ET.Element]]:
    return {lang: _messages(update_translations.ts_path(lang)) for lang in update_translations.LANGUAGES}


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _placeholders(text: str) -> set[str]:
    # %Ln is %n with the locale's digits (Persian digits in Persian); "%%1" is a literal percent
    # sign before %1, as Turkish writes percentages.
    return set(re.findall(r"%L?(\d+|n|v|m)", text.replace("%L", "%")))


def test_extraction_finds_the_interface(fresh: dict[Key, ET.Element]) -> None:
    sources = {source for _ctx, source, _comment in fresh}
    assert len(fresh) > 400
    assert {"Enroll a new member", "Wrong user name or password.", "Choose from the calendar (Alt+Down)"} <= sources


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_every_text_is_translated(lang: str, fresh: dict[Key, ET.Element], committed: dict[str, dict[Key, ET.Element]]
                                  ) -> None:
    ts = committed[lang]
    missing = sorted(key for key in fresh if key not in ts)
    hint = "run scripts/update_translations.py and translate them"
    assert not missing, f"dealer_{lang}.ts lacks {len(missing)} texts ({hint}): {missing[:5]}"
    unfinished = [key for key, m in ts.items()
                  if m.find("translation").get("type") is not None  # type: ignore[union-attr]
                  or not all(t.strip() for t in _texts(m))]
    assert not unfinished, f"dealer_{lang}.ts has unfinished, obsolete or empty translations: {unfinished[:5]}"
    stale = sorted(key for key in ts if key not in fresh)
    assert not stale, f"dealer_{lang}.ts has texts the interface no longer uses: {stale[:5]}"


@pytest.mark.parametrize("lang", update_translations.LANGUAGES)
def test_translations_keep_placeholders(lang: str, committed: dict[str, dict[Key, ET.Element]]) -> None:
    wrong = []
    for (context, source, _comment), message in committed[lang].items():
        for text in _texts(message):
            if _placeholders(text) != _placeholders(source):
                wrong.append((context, source, text))
    assert not wrong, wrong[:5]


def test_translations_are_in_their_language(committed: dict[str, dict[Key, ET.Element]]) -> None:
    # A pasted English text would pass the checks above; the script tells it apart.
    scripts: dict[str, Callable[[str], bool]] = {
        "fa": lambda t: bool(re.search(r"[\u0600-\u06ff]", t)),
        "zh_CN": lambda t: bool(re.search(r"[\u4e00-\u9fff]", t)),
        "tr": lambda t: True,
    }
    for lang, messages in committed.items():
        for (_context, source, _comment), message in messages.items():
            words = re.sub(r"%L?\w+|\([^)]*\)|[^\w]", "", source)
            if len(words) < 3 or source.isupper():
                continue  # "%1 *", "VIN", "PDF files (*.pdf)": nothing to translate but symbols
            for text in _texts(message):
                assert scripts[lang](text), (lang, source, text)
    turkish = committed["tr"]
    same_in_turkish = {"Model"}  # the same word in both languages
    same = [source for (_c, source, _m), m in turkish.items()
            if _texts(m) == [source] and len(re.sub(r"%L?\w+|[^\w]", "", source)) > 3 and source not in same_in_turkish]
    assert not same, f"untranslated Turkish texts: {same[:5]}"


def _literal_texts(tree: ast.AST) -> set[str]:
    """Every literal text passed to tr(), QCoreApplication.translate() or QT_TRANSLATE_NOOP()."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
        args = node.args
        if name == "tr" and args and isinstance(args[0], ast.Constant) and isinstance(args[0].value, str):
            found.add(args[0].value)
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2 and isinstance(args[1], ast.Constant):
            found.add(str(args[1].value))
    return found


def test_lupdate_sees_every_translatable_text(fresh: dict[Key, ET.Element]) -> None:
    """pyside6-lupdate silently skips some call shapes (a helper like _tr(text), an attribute
    as the count argument of translate()); such a text would never be translated."""
    extracted = {source for _ctx, source, _comment in fresh}
    for path in update_translations.sources():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        missed = _literal_texts(tree) - extracted
        assert not missed, f"{path.name}: not extracted by pyside6-lupdate: {sorted(missed)[:5]}"
        helpers = [n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef) and n.name in ("_tr", "tr_")]
        assert not helpers, f"{path.name}: texts passed through {helpers} are invisible to pyside6-lupdate"


def test_compiled_translations_load(tmp_path: Path, qapp: object) -> None:
    for lang in update_translations.LANGUAGES:
        update_translations.ts_path(lang, tmp_path).write_bytes(update_translations.ts_path(lang).read_bytes())
    built = build(tmp_path)
    assert sorted(p.name for p in built) == ["dealer_fa.qm", "dealer_tr.qm", "dealer_zh_CN.qm"]
    expected = {"fa": "جستجو", "zh_CN": "搜索", "tr": "Ara"}
    for lang, word in expected.items():
        translator = QTranslator()
        assert translator.load(QLocale(lang), "dealer", "_", str(tmp_path))
        assert translator.translate("MainWindow", "Search") == word


# ---- the core's messages ---------------------------------------------------------------------

CORE_ERRORS: list[Callable[[], object]] = [
    lambda: validation.validate_national_id("IR", "12a"),
    lambda: validation.validate_national_id("IR", "123"),
    lambda: validation.validate_national_id("IR", "12345678"),
    lambda: validation.validate_national_id("IR", "1111111111"),
    lambda: validation.validate_national_id("IR", "0012345678"),
    lambda: validation.validate_national_id("CN", "123"),
    lambda: validation.validate_national_id("CN", "11010519491231002Y"),
    lambda: validation.validate_national_id("CN", "110105194912310025"),
    lambda: validation.validate_national_id("TR", "12a"),
    lambda: validation.validate_national_id("TR", "123"),
    lambda: validation.validate_national_id("TR", "01234567890"),
    lambda: validation.validate_national_id("TR", "10000000147"),
    lambda: validation.validate_national_id("IR", " "),
    lambda: validation.validate_national_id("XX", "1"),
    lambda: validation.validate_phone("IR", ""),
    lambda: validation.validate_phone("IR", "09a12"),
    lambda: validation.validate_phone("IR", "0912345"),
    lambda: validation.validate_vin(""),
    lambda: validation.validate_vin("123"),
    lambda: validation.validate_vin("IIIIIIIIIIIIIIIII"),
    lambda: validation.validate_vin("ÄBCDEFGHJKLMNPRST"),
    lambda: validation.validate_vin("1M8GDM9AXKP042789"),
    lambda: validation.validate_name("", "full_name"),
    lambda: validation.validate_name("a" * 101, "full_name"),
    lambda: validation.validate_name("a\x01", "full_name"),
    lambda: validation.validate_name("123", "full_name"),
    lambda: validation.validate_name("Ali 2", "full_name"),
    lambda: validation.validate_past_date(date(2030, 1, 1), "joined_on", date(2024, 1, 1)),
    lambda: validation.validate_past_date(date(2000, 1, 1), "joined_on", date(2024, 1, 1), date(2010, 1, 1)),
    lambda: calendars.parse_date("", "jalali"),
    lambda: calendars.parse_date("12 foo 1403", "jalali"),
    lambda: calendars.parse_date("abc", "jalali"),
    lambda: calendars.parse_date("12/05/03", "jalali"),
    lambda: calendars.parse_date("2024/01/01", "jalali"),
    lambda: calendars.parse_date("1403/01/01", "gregorian"),
    lambda: calendars.parse_date("1000/01/01", "jalali"),
    lambda: calendars.parse_date("1403/13/01", "jalali"),
    lambda: calendars.parse_date("2023/02/30", "gregorian"),
    lambda: plates.normalize_plate("IR", "abc"),
    lambda: plates.normalize_plate("IR", "12 X 345 67"),
    lambda: plates.normalize_plate("IR", "12 ب 34 67"),
    lambda: plates.normalize_plate("CN", "x"),
    lambda: plates.normalize_plate("CN", "XA12345"),
    lambda: plates.normalize_plate("CN", "京A123"),
    lambda: plates.normalize_plate("TR", "x"),
    lambda: plates.normalize_plate("TR", "34 QA 123"),
    lambda: plates.normalize_plate("TR", "99 A 1234"),
    lambda: plates.normalize_plate("TR", "34 A 12"),
    lambda: plates.normalize_plate("XX", "1"),
    lambda: plates.normalize_plate("IR", " "),
    lambda: money.parse_money(""),
    lambda: money.parse_money("-5"),
    lambda: money.parse_money("abc"),
    lambda: money.parse_money("1,2.3,4"),
    lambda: money.parse_money("1,23"),
]


def _core_messages() -> list[str]:
    messages = []
    for make in CORE_ERRORS:
        with pytest.raises(ValidationError) as exc:
            make()
        messages.append(exc.value.message)
    for text in ("Wrong user name or password.",
                 "Too many failed sign-ins: this account is locked for 14 more minutes, "
                 "or until a manager unlocks it."):
        messages.append(str(staff.SignInFailed(text)))
    return messages


def test_every_core_message_has_a_template() -> None:
    for message in _core_messages():
        found = core_messages.match(message)
        assert found is not None, message
        template, values = found
        for index, kind in enumerate(template.kinds, start=1):
            if kind == "r":
                assert core_messages.match(values[index]) is not None, values[index]


def test_templates_are_well_formed() -> None:
    for template in core_messages.TEMPLATES:
        numbers = sorted({int(n) for n in re.findall(r"%(\d+)", template.source)})
        assert numbers == list(range(1, len(template.kinds) + 1)), template.source


@pytest.fixture
def persian(qapp: object) -> object:
    from ui.appsetup import apply_language

    apply_language("fa")
    core_messages.configure("jalali", "fa")
    yield qapp
    apply_language("en")
    core_messages.configure("gregorian", "en")


def test_core_messages_in_persian(persian: object) -> None:
    english = _core_messages()
    for message in english:
        shown = core_messages.core_text(message)
        assert re.search(r"[\u0600-\u06ff]", shown), message
    future = core_messages.core_text(
        "2030-01-01 is in the future (today is 2024-01-01). "
        "Check the year and month; this date cannot be later than today."
    )
    # Dates come back in the club's calendar, digits in Persian.
    assert "۱۴۰۸/۱۰/۱۲" in future and "۱۴۰۲/۱۰/۱۱" in future
    assert "2030" not in future
    locked = core_messages.core_text(
        "Too many failed sign-ins: this account is locked for 14 more minutes, or until a manager unlocks it."
    )
    assert "۱۴" in locked


def test_unknown_messages_stay_as_they_are(persian: object) -> None:
    assert core_messages.core_text("Something the core says for the first time.") == (
        "Something the core says for the first time."
    )
    # A value typed by the clerk that looks like a placeholder is not substituted again.
    shown = core_messages.core_text("'%2' contains no letters. Type the name as written on the ID card.")
    assert "'%2'" in shown
