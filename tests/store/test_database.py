import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from helsehus_desktop.store.database import (
    MIGRATIONS,
    known_revisions,
    open_database,
)
from helsehus_desktop.store.errors import DatabaseTooNew, DatabaseUnavailable
from helsehus_desktop.store.models import Base


def test_migrations_build_the_schema_the_models_describe(any_db):
    with any_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_sqlite_connections_use_foreign_keys_wal_and_busy_timeout(db):
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_a_database_from_a_newer_program_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "newer.sqlite"
    open_database(path).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("PRAGMA journal_mode=DELETE")  # as a future program might leave it
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew, match="nyere versjon"):
        open_database(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["newer.sqlite"]


def test_an_older_schema_is_backed_up_then_migrated(tmp_path):
    path = tmp_path / "old.sqlite"
    open_database(path).close()
    # Take the file back to the state before the first migration, keeping a table of its own.
    cfg = _config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
        conn.exec_driver_sql("CREATE TABLE keep_me (x)")
        conn.exec_driver_sql("INSERT INTO keep_me VALUES (42)")
    engine.dispose()

    db = open_database(path)
    assert db.backup is not None and db.backup.exists()
    with sqlite3.connect(db.backup) as conn:
        assert conn.execute("SELECT x FROM keep_me").fetchone() == (42,)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='units'").fetchone() == (
            0,
        )
    with db.engine.connect() as conn:
        assert (
            conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            == known_revisions()[-1]
        )
    db.close()


def test_a_folder_given_as_the_database_gets_a_clear_message(tmp_path):
    with pytest.raises(DatabaseUnavailable, match="kunne ikke åpnes"):
        open_database(tmp_path)


def test_a_file_that_is_not_a_database_gets_a_clear_message(tmp_path):
    path = tmp_path / "garbage.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception, match="skadet|ikke en database"):
        open_database(path)


def test_the_program_knows_the_revisions_alembic_knows():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    assert script.get_heads() == [known_revisions()[-1]]
    history = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert history == known_revisions()


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg
