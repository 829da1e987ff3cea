"""Fixtures for UI tests: a main window on a fresh database, settings in a temporary folder,
and a way to answer the modal dialogs the window opens."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from helsehus_desktop.store.sample import load_sample
from helsehus_desktop.ui.main_window import MainWindow
from helsehus_desktop.ui.settings import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def window(qtbot, db, settings):
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def sample_window(qtbot, db, settings):
    load_sample(db, "test")
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def answer_dialog(qtbot):
    """Schedule `handle(dialog)` for the next modal dialog, then run the action that opens it."""
    seen: list[QWidget] = []

    def arm(handle: Callable[[QWidget], None]) -> list[QWidget]:
        def poll() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(10, poll)
                return
            seen.append(dialog)
            handle(dialog)

        QTimer.singleShot(0, poll)
        return seen

    return arm
