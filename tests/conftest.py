"""Test set-up shared by every test: Qt runs offscreen, data and settings live in tmp folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from helsehus_desktop.store.database import open_database  # noqa: E402


@pytest.fixture
def db(tmp_path):
    database = open_database(tmp_path / "helsehus.sqlite")
    yield database
    database.close()
