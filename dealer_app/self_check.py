"""`dealer-app self-check`: proves an install works end to end, without touching branch data.

It runs what a counter needs from the installed files alone (the PyInstaller bundle included):
the shipped resources, the database migrations, a backup, the card renderer with its fonts and
QR code, and reading that QR code back from the printed page. Everything happens in a scratch
folder that is deleted afterwards. Each step is reported as it passes; the first failing step
raises `SelfCheckFailed` naming it.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

from dealer_app import __version__

# Signs the self-check's own card only; no club uses it, so that card never passes a scanner.
_CHECK_KEY = b"dealer-club self-check key, never a club's"
_RENDER_SCALE = 300 / 72  # 300 dpi, what a card printer prints at


class SelfCheckFailed(RuntimeError):
    def __init__(self, step: str, reason: str) -> None:
        super().__init__(f"{step}: {reason}")
        self.step = step
        self.reason = reason


def _check_resources() -> str:
    from dealer_app.club_profile import available_profiles, load_profile
    from dealer_app.resources import resource_path

    profiles = available_profiles()
    if not profiles:
        raise RuntimeError(f"no club profile in {resource_path('clubs')}")
    for name in profiles:
        load_profile(name)
    fonts = sorted(p.name for p in resource_path("fonts").glob("*.ttf"))
    if not fonts:
        raise RuntimeError(f"no fonts in {resource_path('fonts')}")
    translations = resource_path("translations")
    missing_qm = [ts.name for ts in translations.glob("*.ts") if not ts.with_suffix(".qm").exists()]
    if missing_qm:
        raise RuntimeError(f"translations not compiled: {', '.join(missing_qm)}")
    return f"resources: {len(profiles)} club profiles, {len(fonts)} fonts"


def _check_database(folder: Path) -> tuple[str, Path]:
    from dealer_app.db.database import Database, head_revision, schema_revision
    from dealer_app.services import settings

    path = folder / "self-check.sqlite3"
    db = Database(path)
    try:
        revision, head = schema_revision(db.engine), head_revision()
        if revision != head:
            raise RuntimeError(f"migrated to {revision}, expected {head}")
        with db.write() as s:
            settings.initialise(s, "CHECK", "Self-check", "self-check")
        if not settings.is_initialised(db):
            raise RuntimeError("a committed write was not read back")
    finally:
        db.close()
    return f"database: created and migrated to schema {head}", path


def _check_backup(db_path: Path, folder: Path) -> str:
    from dealer_app.backup import backup_to

    info = backup_to(db_path, folder / "backup" / "self-check-backup.sqlite3")
    with sqlite3.connect(info.path) as conn:
        if conn.execute("SELECT value FROM settings WHERE key = 'branch_code'").fetchone() != ("CHECK",):
            raise RuntimeError("the backup does not hold the data written before it")
    return f"backup: written and verified ({info.size_bytes:,} bytes)"


def _check_card(folder: Path) -> tuple[str, Path, str]:
    from dealer_app.cards import CardPayload, encode_card_payload, render_cards
    from dealer_app.cards.samples import specimen_cards

    payload = CardPayload("CHK01-000001", "IR12B34567", date(2024, 8, 2), "02144563513")
    text = encode_card_payload(payload, _CHECK_KEY)
    # The Persian specimen exercises the bundled fonts and HarfBuzz shaping right to left.
    card = dataclasses.replace(specimen_cards()["fa"], card_number=payload.card_number, qr_payload=text)
    pdf = folder / "self-check-card.pdf"
    pages = render_cards([card], pdf, layout="cr80")
    if pages < 1 or pdf.stat().st_size == 0:
        raise RuntimeError("the renderer wrote no page")
    return f"card: rendered to PDF ({pages} pages, {pdf.stat().st_size:,} bytes)", pdf, text


def _check_qr(pdf: Path, expected: str) -> str:
    import pypdfium2
    import zxingcpp

    from dealer_app.cards import decode_card_payload

    found: list[str] = []
    document = pypdfium2.PdfDocument(pdf)
    try:
        # Each card is a front page then a back page; the QR code may be on either.
        for page in document:
            image = page.render(scale=_RENDER_SCALE).to_pil().convert("L")
            found += [
                r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
            ]
    finally:
        document.close()
    if not found:
        raise RuntimeError("no QR code found on the rendered card")
    if found[0] != expected:
        raise RuntimeError(f"the QR code reads {found[0]!r}, expected {expected!r}")
    decoded = decode_card_payload(found[0], _CHECK_KEY)
    if decoded.card_number != "CHK01-000001":
        raise RuntimeError(f"the QR code decodes to card {decoded.card_number}")
    return "QR: read back from the rasterised card and its signature verified"


def run_self_check(progress: Callable[[str], None] | None = None) -> list[str]:
    """Run every step; return their descriptions. `progress` is called as each step passes."""
    done: list[str] = []

    def step(name: str, action: Callable[[], str]) -> None:
        try:
            description = action()
        except SelfCheckFailed:
            raise
        except Exception as exc:
            raise SelfCheckFailed(name, f"{type(exc).__name__}: {exc}") from exc
        done.append(description)
        if progress is not None:
            progress(description)

    frozen = " (bundle)" if getattr(sys, "frozen", False) else ""
    step("versions", lambda: f"Dealer Club {__version__}{frozen}, Python {sys.version.split()[0]}")
    step("resources", _check_resources)
    with tempfile.TemporaryDirectory(prefix="dealer-self-check-") as tmp:
        folder = Path(tmp)
        db_path: list[Path] = []

        def database() -> str:
            description, path = _check_database(folder)
            db_path.append(path)
            return description

        step("database", database)
        step("backup", lambda: _check_backup(db_path[0], folder))
        rendered: list[tuple[Path, str]] = []

        def card() -> str:
            description, pdf, text = _check_card(folder)
            rendered.append((pdf, text))
            return description

        step("card", card)
        step("QR", lambda: _check_qr(*rendered[0]))
    return done
