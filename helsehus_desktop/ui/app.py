"""Starting the window: application object, language, lock, database, main window.

The window frame is put on screen first and the database layer (SQLAlchemy, slow to import)
is loaded while it shows "Åpner databasen …"; the tabs are built once the database is open.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QSettings, QTimer
from PySide6.QtGui import QIcon, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from helsehus_desktop.locations import (
    database_lock_path,
    database_target,
    log_dir,
    set_application_names,
)
from helsehus_desktop.logging_setup import setup_logging
from helsehus_desktop.paths import resource_path
from helsehus_desktop.store.errors import StoreError
from helsehus_desktop.ui.errors import install_excepthook, message_for
from helsehus_desktop.ui.i18n import install_language
from helsehus_desktop.ui.main_window import MainWindow
from helsehus_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database

log = logging.getLogger(__name__)

SETTINGS_ENV = "HELSEHUS_SETTINGS_DIR"  # tests point settings at a temporary folder


class Application:
    """Owns what outlives one main window: the database, the settings, the undo history."""

    def __init__(self, qapp: QApplication, settings: Settings) -> None:
        self.qapp, self.settings = qapp, settings
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.undo_stack = QUndoStack()  # outlives a window rebuilt in another language

    def show_window(self) -> None:
        self.window = MainWindow(
            self.db, self.settings, on_language=self.switch_language, undo_stack=self.undo_stack
        )
        self.window.show()

    def open(self, target: str) -> None:
        """Open the database (loading the store) and build the tabs in the shown window."""
        from helsehus_desktop.store.database import open_database

        self.db = open_database(target)
        assert self.window is not None
        self.window.attach(self.db)

    def switch_language(self, language: str) -> None:
        """Rebuild the window in the new language; every text is set when widgets are made."""
        old = self.window
        assert old is not None
        old.save_state()
        view = old.org_tab.view_state() if old.org_tab is not None else None
        self.settings.language = language
        install_language(self.qapp, language)
        self.show_window()
        if view is not None and self.window.org_tab is not None:
            self.window.org_tab.restore_view_state(view)
        old.close()
        old.deleteLater()


def _configure_settings() -> Settings:
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    folder = os.environ.get(SETTINGS_ENV)
    if folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    return Settings()


def _refuse(smoke: bool, text: str) -> int:
    if smoke or QApplication.instance() is None:
        print(text, file=sys.stderr)
    else:
        QMessageBox.critical(None, "Helsehus Desktop", text)
    return 1


def run_gui(args: argparse.Namespace) -> int:
    set_application_names()
    qapp = QApplication.instance() or QApplication(sys.argv)
    qapp.setWindowIcon(QIcon(str(resource_path("icons", "helsehus-desktop.svg"))))
    qapp.setDesktopFileName("helsehus-desktop")  # matches packaging/helsehus-desktop.desktop
    settings = _configure_settings()
    install_language(qapp, args.lang or settings.language)  # --lang for this run only

    target = database_target(args.db)
    log_path = setup_logging(log_dir(target))
    install_excepthook(interactive=not args.smoke_test)
    log.info("Starting, log at %s", log_path)

    lock = None
    if "://" not in target:
        lock = QLockFile(str(database_lock_path(target)))
        lock.setStaleLockTime(0)  # a lock is stale only when its process is gone
        if not lock.tryLock(200):
            return _refuse(
                args.smoke_test,
                QCoreApplication.translate(
                    "App",
                    "Databasen er allerede åpen i et annet vindu av Helsehus Desktop. Bruk det "
                    "vinduet, eller lukk det og prøv igjen.",
                )
                + f"\n\n{target}",
            )
    app = Application(qapp, settings)

    def start() -> None:
        """Open the database and build the tabs; then, for --smoke-test, visit them and stop."""
        try:
            app.open(target)
        except StoreError as exc:
            app.window.close()
            qapp.exit(_refuse(args.smoke_test, message_for(exc) + f"\n\n{target}"))
            return
        except Exception as exc:  # noqa: BLE001 - whatever it is, say so and stop cleanly
            log.exception("Start-up failed (%s)", type(exc).__name__)
            app.window.close()
            text = QCoreApplication.translate(
                "App",
                "Programmet kunne ikke starte ({0}). Feilen er skrevet i loggfilen {1}.",
            ).format(type(exc).__name__, log_path)
            qapp.exit(_refuse(args.smoke_test, text))
            return
        if args.smoke_test:
            qapp.exit(app.window.smoke_test())

    app.show_window()
    _after_first_paint(app.window, start)
    try:
        return qapp.exec()
    finally:
        settings.sync()
        if app.db is not None:
            app.db.close()
        if lock is not None:
            lock.unlock()


class _FirstPaint(QObject):
    """Calls back once, when the window has been painted for the first time."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.callback = window, callback
        window.installEventFilter(self)
        # Some platforms paint late or not at all while hidden: do not wait forever.
        QTimer.singleShot(1000, self.fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.fire)  # after the paint has finished
        return False

    def fire(self) -> None:
        if self.callback is not None:
            callback, self.callback = self.callback, None
            self.window.removeEventFilter(self)
            callback()


def _after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run `callback` once `window` is on screen, so the slow part of start-up happens behind a
    painted window rather than before one appears."""
    _FirstPaint(window, callback)
