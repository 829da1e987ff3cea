"""Where the database, log and settings live by default.

The database defaults to `QStandardPaths.AppLocalDataLocation`: local, never the roaming profile,
which may live on a network share where SQLite is unsafe. `--db` or `HELSEHUS_DB` overrides it.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

from helsehus_desktop import APP_NAME, ORG_NAME

DB_ENV = "HELSEHUS_DB"
DB_FILENAME = "helsehus.sqlite"


def set_application_names() -> None:
    QCoreApplication.setOrganizationName(ORG_NAME)
    QCoreApplication.setApplicationName(APP_NAME)


def default_data_dir() -> Path:
    set_application_names()
    return Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation)
    )


def database_target(cli_value: str | None) -> str:
    """The file path or URL to open: `--db`, else $HELSEHUS_DB, else the local default."""
    return cli_value or os.environ.get(DB_ENV) or str(default_data_dir() / DB_FILENAME)


def log_dir(db_target: str) -> Path:
    """Beside the database file; for a server URL, in the local data folder."""
    if "://" in db_target:
        return default_data_dir()
    return Path(db_target).expanduser().resolve().parent


def database_lock_path(db_target: str) -> Path:
    """The lock file that keeps a second copy of the program off the same database file."""
    path = Path(db_target).expanduser().resolve()
    return path.with_name(path.name + ".lock")
