"""Log files: rotation, and no national ID, phone number or secret ever written in clear."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from dealer_app import logging_setup
from dealer_app.club_profile import ClubProfile
from dealer_app.db.database import Database
from dealer_app.logging_setup import (
    HIDDEN,
    RedactingFilter,
    log_files,
    register_secret,
    scrub,
    setup_logging,
    shutdown_logging,
    tail,
)
from dealer_app.paths import DataDirError
from dealer_app.roles import Actor
from dealer_app.services import members
from dealer_app.services import settings as branch_settings
from dealer_app.validation import ValidationError, validate_national_id
from tests.helpers import enrollment, ir_id

PHONE = "09121234567"
PHONE_E164 = "+989121234567"
# A run of 8 or more digits (optionally led by +) not inside a word: what a phone number or a
# national ID leaves. Member numbers (TH01-000001) and UUIDs are inside words and may be logged.
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CLEAR_NUMBER = re.compile(r"(?<![A-Za-z0-9-])\+?\d(?:[ \-]?\d){7,}")


@pytest.fixture
def logs(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    level = root.level
    setup_logging(tmp_path, logging.DEBUG, console=False)
    yield tmp_path
    shutdown_logging()
    root.setLevel(level)


def written(data_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return "\n".join(p.read_text(encoding="utf-8") for p in log_files(data_dir))


def test_filter_masks_arguments_tracebacks_and_stacks() -> None:
    national_id = ir_id(7)
    try:
        raise ValueError(f"duplicate national ID {national_id}, phone {PHONE_E164}")
    except ValueError:
        import sys

        exc_info = sys.exc_info()
    record = logging.LogRecord(
        "t", logging.ERROR, __file__, 1, "enrolling %s with %s", (national_id, PHONE), exc_info, None,
        sinfo=f"Stack (most recent call last):\n  phone={PHONE}",
    )
    assert RedactingFilter().filter(record)
    text = logging.Formatter("%(message)s").format(record)
    assert national_id not in text and PHONE not in text and PHONE_E164 not in text
    assert f"enrolling ********{national_id[-2:]} with *********{PHONE[-2:]}" in text
    assert "Traceback" in text and "ValueError: duplicate national ID" in text
    assert record.args is None


def test_filter_hides_secrets_by_name_and_by_value() -> None:
    register_secret("s3cr3t-sync-value-42")
    register_secret("abc")  # too short to be worth masking everywhere: ignored
    register_secret(None)
    assert scrub("pushing with s3cr3t-sync-value-42 now") == f"pushing with {HIDDEN} now"
    assert scrub("abc def") == "abc def"
    assert scrub("sync_key=xyz123&branch=TH01") == f"sync_key={HIDDEN}&branch=TH01"
    assert scrub('{"card_key": "00ff", "password": "hunter2"}') == f'{{"card_key": "{HIDDEN}", "password": "{HIDDEN}"}}'
    assert scrub("Authorization: Bearer eyJhbGciOi.x.y") == f"Authorization: Bearer {HIDDEN}"
    assert scrub("X-Api-Key: 1a2b secretKey=q") == f"X-Api-Key: {HIDDEN} secretKey={HIDDEN}"
    key = "0123456789abcdef" * 4
    assert scrub(f"('card_key', '{key}')") == f"('card_key', '{HIDDEN}')"
    # Words that merely contain "key"/"token", versions, dates and UUIDs are left alone.
    for kept in (
        "keyboard layout fa",
        "Rows in name_tokens: 12",
        "monkey=1",
        "PySide6 6.11.3, SQLite 3.40.1",
        "2024-08-02 12:00:01",
        "entry 1b4e28ba-2fa1-11d2-883f-0016d3cca427",
        "entry 12345678-1234-4123-8123-123456789012 acked",
        'plate_key=veh["plate_key"], token=make_token()',
    ):
        assert scrub(kept) == kept


def test_register_bytes_secret_masks_its_hex_form() -> None:
    register_secret(bytes.fromhex("deadbeefcafe"))
    assert scrub("key material deadbeefcafe") == f"key material {HIDDEN}"


def test_database_secrets_are_registered(branch_db: Database) -> None:
    with branch_db.read() as s:
        card_key = branch_settings.get_value(s, "card_key")
    assert card_key
    logging_setup.register_database_secrets(branch_db)
    assert scrub(f"got {card_key[:40]}") == f"got {HIDDEN}"  # 40 hex digits: masked as key material
    assert card_key not in scrub(f"key is {card_key}.")


def test_setup_writes_rotating_files_and_replaces_its_handlers(tmp_path: Path) -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        setup_logging(tmp_path, "info", console=False, max_bytes=2_000, backup_count=3)
        setup_logging(tmp_path, "info", console=False, max_bytes=2_000, backup_count=3)
        ours = [h for h in root.handlers if h not in before]
        assert len(ours) == 1  # set up twice, still one file handler
        assert all(any(isinstance(f, RedactingFilter) for f in h.filters) for h in ours)
        log = logging.getLogger("dealer_app.test")
        for i in range(200):
            log.info("line %d for member phone %s", i, PHONE)
        files = log_files(tmp_path)
        assert [p.name for p in files] == [
            "dealer-app.log.3", "dealer-app.log.2", "dealer-app.log.1", "dealer-app.log"
        ]
        last = tail(tmp_path, 5)
        assert len(last) == 5 and last[-1].endswith(f"line 199 for member phone *********{PHONE[-2:]}")
        assert len(tail(tmp_path, 60)) == 60  # spans rotated files
    finally:
        shutdown_logging()
    assert [h for h in root.handlers if h not in before] == []


def test_setup_logging_in_an_unwritable_folder_says_what_to_do(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the data folder should be")
    with pytest.raises(DataDirError, match=r"Cannot write the log files in .*--data-dir"):
        setup_logging(blocker, console=False)


def test_a_session_leaves_no_personal_number_in_the_log_files(
    logs: Path, branch_db: Database, profile: ClubProfile, front_desk: Actor
) -> None:
    """Drive the real enrolment with every logger at DEBUG (SQLAlchemy's SQL and parameters too),
    log failures the way the app does, then scan every log file for numbers in clear."""
    logging.getLogger("sqlalchemy.engine").setLevel(logging.INFO)
    log = logging.getLogger("dealer_app.counter")
    try:
        ids = [ir_id(n) for n in range(3)]
        for n in range(3):
            view = members.enroll(branch_db, profile, front_desk, enrollment(n, phone=f"0912123456{n}"))
            log.info("enrolled %s national_id=%s phone=%s", view.member_number, ids[n], f"0912123456{n}")
        try:
            members.enroll(branch_db, profile, front_desk, enrollment(0))
        except ValidationError:
            log.exception("enrolment refused for %s", ids[0])
        try:
            validate_national_id("IR", "0012345678")
        except ValidationError as exc:
            log.warning("bad ID typed: %s", exc)
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            warnings.warn(f"odd phone {PHONE_E164}", UserWarning, stacklevel=1)
        log.debug("sync headers: Authorization: Bearer tok-123456 sync_key=feedface99")
    finally:
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
    text = written(logs)
    assert "INSERT INTO members" in text  # SQLAlchemy's parameter lines really were logged
    assert "enrolment refused" in text and "Traceback" in text
    for clear in [*ids, "0012345678", PHONE, PHONE_E164, "9121234560", "tok-123456", "feedface99"]:
        assert clear not in text
    found = CLEAR_NUMBER.findall(UUID.sub("<uuid>", text))
    # Dates and timestamps ("2024-08-02", "2024-08-02 12") are the only long digit runs allowed.
    assert [f for f in found if not re.fullmatch(r"\d{4}-\d{2}-\d{2}(?: \d{2})?", f)] == []
