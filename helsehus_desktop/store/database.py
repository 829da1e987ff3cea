"""Opening the database: engine, connection settings, migrations, backups.

A local SQLite file is the default; a URL such as ``postgresql+psycopg://...`` points the same
program at a shared server. Migrations run at start-up when the schema is behind, after a backup
copy; a database written by a newer program is refused and left untouched.
"""

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.store.errors import DatabaseTooNew, DatabaseUnavailable, StoreError

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_MS = 5000


def translate_db_error(exc: BaseException, *, opening: bool = False) -> StoreError:
    """Turn a driver error (SQLAlchemy's or sqlite3's own) into a message a coordinator can act
    on; `opening` when it happened while the database was being opened."""
    text = str(getattr(exc, "orig", exc)).lower()
    if "locked" in text or "busy" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "StoreError", "Databasen er opptatt av et annet program. Vent litt og prøv igjen."
            )
        )
    if "disk is full" in text or "disk full" in text or "no space" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "Disken er full, så endringen ble ikke lagret. Frigjør plass og prøv igjen.",
            )
        )
    if "not a database" in text or "malformed" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "Databasefilen er skadet eller er ikke en database fra Helsehus Desktop.",
            )
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP("StoreError", "Databasen kan ikke skrives til (skrivebeskyttet).")
        )
    if opening or "unable to open" in text:
        return DatabaseUnavailable(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "Databasen kunne ikke åpnes. Kontroller at stien peker på en databasefil fra "
                "Helsehus Desktop (eller en mappe der en ny kan lages), og at du har tilgang til "
                "den.",
            )
        )
    return DatabaseUnavailable(
        QT_TRANSLATE_NOOP(
            "StoreError", "Databasen svarte med en feil, og endringen ble ikke lagret."
        )
    )


def known_revisions() -> list[str]:
    """The migrations this program has, oldest first: their files are named `NNNN_what.py`
    and each file's revision id is its number (a test holds Alembic's own view to this).
    Reading the names keeps Alembic, which is slow to import, out of an ordinary start."""
    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("[0-9]*.py"))


def _current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _upgrade(db: Database) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def _set_sqlite_pragmas(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a live SQLite file with SQLite's backup API (safe while WAL is in use)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


TOO_LONG = QT_TRANSLATE_NOOP("Forms", "Teksten er for lang: høyst {} tegn.")


def _refuse_overlong_text(session: Session, _context: object, _instances: object) -> None:
    """SQLite keeps text of any length, while PostgreSQL refuses what is longer than its
    column with a bare error. Refuse it here, the same on both, naming the field."""
    for obj in (*session.new, *session.dirty):
        for attr in inspect(obj).mapper.column_attrs:
            length = getattr(attr.columns[0].type, "length", None)
            value = getattr(obj, attr.key)
            if length is not None and isinstance(value, str) and len(value) > length:
                raise FormRefused(attr.key, TOO_LONG, length)


@dataclass
class Database:
    engine: Engine
    url: str
    path: Path | None  # the file, for SQLite
    backup: Path | None = None  # the copy taken before migrating, if one was

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        event.listen(self._sessions, "before_flush", _refuse_overlong_text)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short transaction: committed on success, rolled back on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except DBAPIError as exc:
            session.rollback()
            raise translate_db_error(exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @property
    def location(self) -> str:
        if self.path is not None:
            return str(self.path)
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def site_dir(self) -> Path | None:
        """Where a site keeps its own copies of the data files (`core.templates`):
        HELSEHUS_TEMPLATES when set, else `maler` beside an SQLite file."""
        if os.environ.get("HELSEHUS_TEMPLATES"):
            return Path(os.environ["HELSEHUS_TEMPLATES"])
        return None if self.path is None else self.path.parent / "maler"

    def close(self) -> None:
        self.engine.dispose()


def open_database(target: str | Path) -> Database:
    """Open (and create or upgrade) the database at a file path or SQLAlchemy URL."""
    text = str(target)
    if "://" in text:
        url, path = text, None
    else:
        path = Path(text).expanduser().resolve()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_file() and path.stat().st_size > 0:
                # Before any connection that sets WAL and the other pragmas: a database from
                # a newer program must be left exactly as it was.
                _refuse_unknown(_peek_sqlite_revision(path))
        except (OSError, sqlite3.Error) as exc:
            raise translate_db_error(exc, opening=True) from exc
        url = f"sqlite:///{path}"
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _set_sqlite_pragmas)
    db = Database(engine, url, path)
    try:
        _migrate_if_behind(db)
    except (DBAPIError, OSError, sqlite3.Error) as exc:
        engine.dispose()
        raise translate_db_error(exc, opening=True) from exc
    except BaseException:
        engine.dispose()
        raise
    return db


def _peek_sqlite_revision(path: Path) -> str | None:
    """The schema revision of an SQLite file, read without changing anything in it."""
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone()
        if not found:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def _refuse_unknown(revision: str | None) -> None:
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP(
                "StoreError",
                "Databasen er laget av en nyere versjon av Helsehus Desktop og kan ikke åpnes med "
                "denne versjonen. Oppdater programmet. Databasen er ikke endret.",
            )
        )


def _has_tables(db: Database) -> bool:
    with db.engine.connect() as conn:
        return conn.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar() != 0


def _migrate_if_behind(db: Database) -> None:
    known = known_revisions()
    current = _current_revision(db)
    if current == known[-1]:
        return
    _refuse_unknown(current)  # a server database is checked here; a file was checked before
    if db.path is not None and db.path.stat().st_size > 0 and _has_tables(db):
        db.backup = backup_sqlite(db.path, current or "base")
        log.info("Backup before migration written to %s", db.backup)
    _upgrade(db)
    log.info("Database schema migrated from %s to %s", current, known[-1])


def current_actor() -> str:
    """Who is acting, for the change log: the operating-system user of this session."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "ukjent"
