"""Starting the window: application object, language, lock, database, main window."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QLockFile, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from helsehus_desktop.locations import database_target, log_dir, set_application_names
from helsehus_desktop.logging_setup import setup_logging
from helsehus_desktop.paths import resource_path
from helsehus_desktop.store.database import Database, StoreError, open_database
from helsehus_desktop.ui.errors import install_excepthook, message_for
from helsehus_desktop.ui.i18n import install_language
from helsehus_desktop.ui.settings import Settings

log = logging.getLogger(__name__)

SETTINGS_ENV = "HELSEHUS_SETTINGS_DIR"  # tests point settings at a temporary folder


class Application:
    """Owns what outlives one main window: the database, the lock, the settings."""

    def __init__(self, qapp: QApplication, db: Database, settings: Settings) -> None:
        self.qapp, self.db, self.settings = qapp, db, settings
        self.window = None

    def show_window(self) -> None:
        from helsehus_desktop.ui.main_window import MainWindow

        self.window = MainWindow(self.db, self.settings, on_language=self.switch_language)
        self.window.show()

    def switch_language(self, language: str) -> None:
        """Rebuild the window in the new language; every text is set when widgets are made."""
        old = self.window
        assert old is not None
        old.save_state()
        self.settings.language = language
        install_language(self.qapp, language)
        self.show_window()
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
    language = args.lang or settings.language
    if args.lang:
        settings.language = args.lang
    install_language(qapp, language)

    target = database_target(args.db)
    log_path = setup_logging(log_dir(target))
    install_excepthook(interactive=not args.smoke_test)
    log.info("Starting, log at %s", log_path)

    lock = None
    if "://" not in target:
        lock = QLockFile(target + ".lock")
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
    try:
        db = open_database(target)
    except StoreError as exc:
        return _refuse(args.smoke_test, message_for(exc) + f"\n\n{target}")

    app = Application(qapp, db, settings)
    try:
        app.show_window()
        if args.smoke_test:
            return app.window.smoke_test()
        return qapp.exec()
    finally:
        settings.sync()
        db.close()
        if lock is not None:
            lock.unlock()
