"""The branch's data directory: platformdirs' per-OS default, overridable by `--data-dir` or
the DEALER_APP_DATA_DIR environment variable."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from platformdirs import user_data_dir

ENV_VAR = "DEALER_APP_DATA_DIR"
DB_FILENAME = "branch.sqlite3"


class DataDirError(RuntimeError):
    pass


def data_dir(override: str | Path | None = None) -> Path:
    chosen = override or os.environ.get(ENV_VAR) or user_data_dir("dealer-club", "DealerClub")
    path = Path(chosen).expanduser()
    try:
        path.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise DataDirError(
            f"Cannot write to the data folder {path} ({exc.strerror or exc}). Choose a folder you "
            f"can write to with --data-dir or the {ENV_VAR} environment variable, or ask IT to "
            "give your account write access."
        ) from exc
    return path


def database_path(directory: Path) -> Path:
    return directory / DB_FILENAME
