"""Log files on the branch PC: rotating files in ``<data dir>/logs/``, never holding personal data
in clear and never a secret.

Every handler `setup_logging` installs carries a `RedactingFilter`, which rewrites each record
before it is written, including its arguments, its traceback and its stack:

- phone numbers and national IDs are masked by `dealer_app.validation.redact` (last two digits
  kept so support can still tell records apart);
- a value following a key named like a secret (``sync_key=…``, ``"password": "…"``,
  ``token: …``, ``Authorization: Bearer …``) is replaced by ``[hidden]``;
- any string registered with `register_secret` (the sync key, the card key) is replaced by
  ``[hidden]`` wherever it appears, whatever surrounds it, and so is any run of 32 or more hex
  digits (key material logged before it could be registered).

The filter sits on the handlers rather than on a logger because a handler sees records from
every logger (ours, SQLAlchemy's parameter logs, httpx's request lines), and a logger filter
would only see records logged on that exact logger.
"""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from dealer_app.paths import DataDirError
from dealer_app.validation import redact

if TYPE_CHECKING:
    from dealer_app.db.database import Database

LOG_DIRNAME = "logs"
LOG_FILENAME = "dealer-app.log"
DEFAULT_MAX_BYTES = 2_000_000
DEFAULT_BACKUP_COUNT = 5
HIDDEN = "[hidden]"
FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"

# Shorter strings are not registered: masking every "1234" or "demo" would mangle the logs and
# such strings are no secret worth the name.
_MIN_SECRET_LENGTH = 6

_KEY_WORDS = "secret|key|password|passwd|pwd|token|credential"
# `name=value`, `name: value`, `"name": "value"`, `'name': 'value'` where the name has one of the
# words above as a component: sync_key, API-TOKEN, X-Api-Key, secretKey, cardKey; but not
# monkey or name_tokens. The value ends at white space, a quote, a comma, a semicolon, an
# ampersand or a bracket; a value already hidden is left alone, and so is code quoted in a
# traceback (`plate_key=veh["plate_key"]`, `token=make_token()`).
_KEY_VALUE = re.compile(
    rf"""(?x)
    (?P<name>[\w.-]*?
        (?:(?<![A-Za-z])(?i:{_KEY_WORDS})(?![a-z])
          |(?-i:Secret|Key|Password|Passwd|Token|Credential)(?![a-z]))
        [\w.-]*)
    (?P<sep>["']?\s*[:=]\s*)
    (?P<quote>["']?)
    (?!\[hidden\])
    (?P<value>(?:b["'])?[^\s"',;&()\[\]{{}}]++)(?![(\[])
    """
)
# 32 or more hex digits in a row: key material or a digest (the card key is 64), never needed
# to read a log. UUIDs keep their dashes and so survive.
_LONG_HEX = re.compile(r"(?<![0-9A-Za-z])[0-9a-fA-F]{32,}(?![0-9A-Za-z])")
_UUID = re.compile(
    r"(?<![0-9A-Za-z-])([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![0-9A-Za-z-])"
)
_AUTHORIZATION = re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)(?:(bearer|basic|token)\s+)?([^\s\"',;]+)")

_secrets: set[str] = set()
_secrets_lock = threading.Lock()
_installed: list[logging.Handler] = []


def register_secret(value: str | bytes | None) -> None:
    """Never write `value` to a log (nor to diagnostics, which use `scrub` too)."""
    if value is None:
        return
    text = value.hex() if isinstance(value, bytes) else str(value)
    if len(text) < _MIN_SECRET_LENGTH:
        return
    with _secrets_lock:
        _secrets.add(text)


def register_database_secrets(db: Database) -> None:
    """Register the secret settings (`settings.SECRET_KEYS`) the branch database holds."""
    from dealer_app.services.settings import SECRET_KEYS, get_value

    with db.read() as s:
        for key in SECRET_KEYS:
            register_secret(get_value(s, key))


def _hide_key_value(match: re.Match[str]) -> str:
    return f"{match.group('name')}{match.group('sep')}{match.group('quote')}{HIDDEN}"


def _hide_authorization(match: re.Match[str]) -> str:
    scheme = f"{match.group(2)} " if match.group(2) else ""
    return f"{match.group(1)}{scheme}{HIDDEN}"


def scrub(text: str) -> str:
    """`text` with registered secrets, secret-named values, phone numbers and national IDs masked."""
    with _secrets_lock:
        known = sorted(_secrets, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, HIDDEN)
    text = _AUTHORIZATION.sub(_hide_authorization, text)
    text = _KEY_VALUE.sub(_hide_key_value, text)
    text = _LONG_HEX.sub(HIDDEN, text)
    # UUIDs (outbox entries, members) are how support finds a record: a UUID whose first groups
    # happen to be all digits would otherwise look like a phone number to `redact`.
    parts = _UUID.split(text)
    return "".join(part if i % 2 else redact(part) for i, part in enumerate(parts))


class RedactingFilter(logging.Filter):
    """Rewrites a record in place so no handler, formatter or later filter sees the clear text."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception as exc:  # a bad format string must not lose the record, nor leak its args
            message = f"{record.msg!s} (unformattable arguments: {type(exc).__name__})"
        record.msg = scrub(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # The formatter reuses exc_text when set, so the clear traceback is never rendered.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def log_dir(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIRNAME


def log_files(data_dir: Path) -> list[Path]:
    """The log files, oldest first (``dealer-app.log.5`` … ``dealer-app.log``)."""
    folder = log_dir(data_dir)
    if not folder.is_dir():
        return []

    def age(path: Path) -> int:
        suffix = path.name[len(LOG_FILENAME) :].lstrip(".")
        return int(suffix) if suffix.isdigit() else 0

    files = [p for p in folder.glob(f"{LOG_FILENAME}*") if p.is_file()]
    return sorted(files, key=age, reverse=True)


def tail(data_dir: Path, lines: int = 200) -> list[str]:
    """The last `lines` lines over all log files, scrubbed again in case a file predates a secret."""
    collected: list[str] = []
    for path in reversed(log_files(data_dir)):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        collected = text.splitlines() + collected
        if len(collected) >= lines:
            break
    return [scrub(line) for line in collected[-lines:]] if lines > 0 else []


def setup_logging(
    data_dir: Path,
    level: int | str = logging.INFO,
    *,
    console: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    backup_count: int = DEFAULT_BACKUP_COUNT,
) -> Path:
    """Log to rotating files in ``<data_dir>/logs/`` (and to stderr if `console`); return the log file.

    Calling it again replaces the handlers it installed before (e.g. after the data folder
    changed), so records are never written twice.
    """
    folder = log_dir(data_dir)
    path = folder / LOG_FILENAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"
        )
    except OSError as exc:
        raise DataDirError(
            f"Cannot write the log files in {folder} ({exc.strerror or exc}). Choose a data folder you "
            "can write to with --data-dir or the DEALER_APP_DATA_DIR environment variable, or ask IT "
            "to give your account write access."
        ) from exc
    handlers: list[logging.Handler] = [file_handler]
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    shutdown_logging()
    root = logging.getLogger()
    formatter = logging.Formatter(FORMAT)
    for handler in handlers:
        handler.setFormatter(formatter)
        handler.addFilter(RedactingFilter())
        root.addHandler(handler)
        _installed.append(handler)
    root.setLevel(level if isinstance(level, int) else level.upper())
    # warnings.warn() output goes through logging too, and so through the filter.
    logging.captureWarnings(True)
    return path


def shutdown_logging() -> None:
    """Remove and close the handlers `setup_logging` installed (at exit, or between tests)."""
    root = logging.getLogger()
    for handler in _installed:
        root.removeHandler(handler)
        handler.close()
    _installed.clear()
    logging.captureWarnings(False)
