"""Test set-up shared by every test: Qt runs offscreen, data and settings live in tmp folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from helsehus_desktop.store.database import open_database  # noqa: E402

PG_URL_ENV = "HELSEHUS_TEST_PG_URL"  # e.g. postgresql+psycopg://user:pw@localhost/helsehus_test


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "helsehus.sqlite")
    yield database
    database.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request, tmp_path):
    """A fresh database on each backend the program supports. PostgreSQL runs where
    $HELSEHUS_TEST_PG_URL names a scratch database (CI sets one up); it is emptied first."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "helsehus.sqlite")
    else:
        url = os.environ.get(PG_URL_ENV)
        if not url:
            pytest.skip(f"{PG_URL_ENV} is not set")
        from sqlalchemy import create_engine

        from helsehus_desktop.store.models import Base

        engine = create_engine(url)
        with engine.begin() as conn:
            Base.metadata.drop_all(conn)
            conn.exec_driver_sql("DROP TABLE IF EXISTS alembic_version")
        engine.dispose()
        database = open_database(url)
    yield database
    database.close()
