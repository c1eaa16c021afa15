"""The diagnostics report and `dealer-app self-check`."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealer_app import __version__, cli_ops, diagnostics, self_check
from dealer_app.backup import auto_backup
from dealer_app.db.database import Database, head_revision
from dealer_app.logging_setup import HIDDEN, setup_logging, shutdown_logging
from dealer_app.services import outbox
from dealer_app.services import settings as branch_settings
from tests.helpers import ir_id


@pytest.fixture
def data_dir(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    setup_logging(tmp_path, logging.INFO, console=False)
    yield tmp_path
    shutdown_logging()
    root.setLevel(level)


def test_report_has_versions_settings_statistics_and_redacted_logs(branch_db: Database, data_dir: Path) -> None:
    with branch_db.write() as s:
        branch_settings.set_value(s, "sync_key", "sync-secret-value-123")
        branch_settings.set_value(s, "sync_url", "https://hq.example/api")
        card_key = branch_settings.get_value(s, "card_key")
        first = outbox.record(s, "member.enrolled", {"n": 1})
        outbox.record(s, "member.enrolled", {"n": 2})
        outbox.mark_acked(s, [first])
    auto_backup(data_dir, branch_db, keep_days=3)
    national_id = ir_id(3)
    logging.getLogger("dealer_app.counter").warning("lookup of %s by phone 09121234567", national_id)

    report = diagnostics.collect(branch_db, data_dir, qt_version="6.11.3", log_lines=50)

    assert f"Dealer Club: {__version__}" in report
    assert "Qt: 6.11.3" in report and "Python: 3." in report and "SQLite: 3." in report
    assert "branch_code: TH01" in report and "sync_url: https://hq.example/api" in report
    assert f"card_key: {HIDDEN} (set)" in report and f"sync_key: {HIDDEN} (set)" in report
    assert card_key is not None and card_key not in report and "sync-secret-value-123" not in report
    assert f"Schema revision: {head_revision()} (this app: {head_revision()})" in report
    assert "Rows in outbox: 2" in report and "Rows in settings: 6" in report
    assert "Outbox pending: 1 (oldest from" in report
    assert "Last acknowledged by head office: 20" in report
    assert "Automatic backups: 1" in report
    assert "lookup of ********" in report and national_id not in report and "09121234567" not in report


def test_report_without_a_database_and_with_a_failing_section(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, branch_db: Database
) -> None:
    report = diagnostics.collect(None, data_dir)
    assert "== Database ==\n(not open)" in report and "Qt: not loaded" in report
    assert "No automatic backup yet." in report

    def broken(db: Database) -> list[str]:
        raise OSError("disk went away")

    monkeypatch.setattr(diagnostics, "_database", broken)
    report = diagnostics.collect(branch_db, data_dir, extra="Traceback: phone +989121234567")
    assert "(could not collect: OSError: disk went away)" in report
    assert "== Settings ==\nbranch_code: TH01" in report  # the other sections are still there
    assert "== Details ==\nTraceback: phone +**********67" in report


def run(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="dealer-app")
    cli_ops.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    return int(args.func(args))


def test_self_check_prints_each_step(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["self-check"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[1:-1]] == ["resources", "database", "backup", "card", "QR"]
    assert all(line.endswith(" ... OK") for line in lines[:-1])
    assert lines[-1] == "Self-check passed."


def test_self_check_names_the_failing_step(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def unreadable(pdf: Path, expected: str) -> str:
        raise RuntimeError("no QR code found on the rendered card")

    monkeypatch.setattr(self_check, "_check_qr", unreadable)
    assert run(["self-check"]) == 1
    out = capsys.readouterr().out
    assert "card: rendered to PDF" in out
    assert out.splitlines()[-1] == "FAILED at QR: RuntimeError: no QR code found on the rendered card"
    with pytest.raises(self_check.SelfCheckFailed) as failed:
        self_check.run_self_check()
    assert failed.value.step == "QR"
