"""The main window: one tab per area, menus, status bar, undo stack, remembered layout."""

from __future__ import annotations

import html
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
)

from helsehus_desktop import APP_NAME, __version__
from helsehus_desktop.ui import errors
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.i18n import LANGUAGES
from helsehus_desktop.ui.settings import Settings

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database


class MainWindow(QMainWindow):
    # Emitted after every change, naming the area that changed ("orgchart", ...), so that
    # tabs reload only what concerns them.
    data_changed = Signal(str)

    def __init__(
        self,
        db: Database | None,
        settings: Settings,
        on_language: Callable[[str], None] | None = None,
        undo_stack: QUndoStack | None = None,
    ) -> None:
        """The window; without a database it is an empty frame until `attach` is called, so
        that it can be on screen while the database layer loads."""
        super().__init__()
        self.settings = settings
        self._on_language = on_language
        self.undo_stack = undo_stack or QUndoStack(self)
        self.setWindowTitle(APP_NAME)
        self.resize(1280, 800)
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.statusBar().showMessage(self.tr("Åpner databasen …"))
        self.org_tab = None
        if db is not None:
            self.attach(db)

    def attach(self, db: Database) -> None:
        """Build the tabs and menus on the open database."""
        # Imported here, not at the top: these pull in SQLAlchemy, which takes a good part of a
        # second to load, and the frame is already on screen by then.
        from helsehus_desktop.store.database import current_actor
        from helsehus_desktop.ui.meetings.tab import MeetingsTab
        from helsehus_desktop.ui.orgchart.tab import OrgChartTab
        from helsehus_desktop.ui.overview.tab import OverviewTab
        from helsehus_desktop.ui.pathways.tab import PathwayTab

        self.db = db
        self.actor = current_actor()
        self._resetting = False
        # Built before it is added: its lines lead into the other tabs. It is the first tab,
        # and the one shown at start-up.
        self.overview_tab = OverviewTab(self)
        self.tabs.addTab(self.overview_tab, self.tr("Oversikt"))
        self.org_tab = OrgChartTab(self)
        self.tabs.addTab(self.org_tab, self.tr("Organisasjon"))
        self.pathway_tab = PathwayTab(self)
        self.tabs.addTab(self.pathway_tab, self.tr("Palliative forløp"))
        self.meetings_tab = MeetingsTab(self)
        self.tabs.addTab(self.meetings_tab, self.tr("Møter"))
        for tab in (self.overview_tab, self.org_tab, self.pathway_tab, self.meetings_tab):
            self.data_changed.connect(tab.on_data_changed)
        self.tabs.setCurrentWidget(self.overview_tab)

        self._build_menus()
        self.db_label = QLabel(self.tr("Database: {}").format(db.location))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)
        self.undo_stack.indexChanged.connect(self._on_undo_index)
        self._released = False
        if not self.settings.window_state.isEmpty():
            self.restoreState(self.settings.window_state)
        self.statusBar().showMessage(self.tr("Klar"), 3000)

    # --- menus ---------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        org = self.org_tab

        file_menu = bar.addMenu(self.tr("&Fil"))
        sample = file_menu.addAction(self.tr("Last inn &eksempeldata…"))
        sample.triggered.connect(self.load_sample_data)
        file_menu.addSeparator()
        file_menu.addAction(org.import_json_action)
        file_menu.addAction(org.export_json_action)
        file_menu.addAction(org.export_pdf_action)
        file_menu.addSeparator()
        pathways = self.pathway_tab
        file_menu.addAction(pathways.new_patient_action)
        file_menu.addAction(pathways.print_plan_action)
        forms = file_menu.addMenu(self.tr("&Skjema for utskrift"))
        forms.addAction(pathways.esas_form_action)
        forms.addAction(pathways.mobid_form_action)
        file_menu.addAction(pathways.binder_action)
        file_menu.addSeparator()
        meetings = self.meetings_tab
        file_menu.addAction(meetings.new_series_action)
        file_menu.addAction(meetings.print_minutes_action)
        file_menu.addAction(meetings.print_agenda_action)
        file_menu.addAction(meetings.print_year_plan_action)
        file_menu.addAction(meetings.competence_report_action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Avslutt"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

        edit_menu = bar.addMenu(self.tr("&Rediger"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Angre"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Gjør om"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        for action in org.edit_actions:
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(org.find_action)
        edit_menu.addAction(pathways.find_action)

        view_menu = bar.addMenu(self.tr("&Vis"))
        for action in org.view_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        lang_menu = view_menu.addMenu(self.tr("&Språk"))
        group = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = lang_menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._choose_language)

        help_menu = bar.addMenu(self.tr("&Hjelp"))
        about = help_menu.addAction(self.tr("&Om Helsehus Desktop"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)
        about_qt = help_menu.addAction(self.tr("Om &Qt"))
        about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)
        about_qt.triggered.connect(QApplication.aboutQt)

    def _on_undo_index(self, _index: int) -> None:
        # Every edit, undo and redo moves the stack; only the organisation has edits so far.
        if not self._resetting:
            self.data_changed.emit("orgchart")

    def release_undo_stack(self) -> None:
        """Stop following the undo stack, which outlives this window (in the window that
        replaces it after a change of language, or until the program ends); else an undo there,
        or the stack clearing itself when destroyed, would reload this window's tabs. Called
        when the window closes; a second close changes nothing."""
        if self.org_tab is not None and not self._released:
            self._released = True
            self.undo_stack.indexChanged.disconnect(self._on_undo_index)

    def reset_history(self) -> None:
        """After a change that cannot be undone (an import, sample data): forget the undo
        history, which no longer matches the data, and reload once."""
        self._resetting = True
        try:
            self.undo_stack.clear()
        finally:
            self._resetting = False
        self.data_changed.emit("orgchart")

    def _choose_language(self, action: QAction) -> None:
        code = action.data()
        if code == self.settings.language or self._on_language is None:
            return
        # The window is rebuilt in the new language: unsaved edits are settled first, or the
        # language stays as it was.
        if not self.settle_edits():
            for other in action.actionGroup().actions():
                other.setChecked(other.data() == self.settings.language)
            return
        self._on_language(code)

    # --- commands ------------------------------------------------------------------------------

    def load_sample_data(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Last inn eksempeldata"),
            self.tr(
                "Eksempeldataene (Levanger kommunes organisasjon fra lysarkene, et dusin "
                "oppdiktede pasienter og et års fiktive møter) legges inn. Enheter fra "
                "eksempeldataene som finnes fra før, settes tilbake slik de var i eksempelet. "
                "Dette kan ikke angres. Fortsette?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from helsehus_desktop.store.sample import load_sample

        try:
            summary = load_sample(self.db, self.actor)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        self.reset_history()
        self.data_changed.emit("sample")
        self.statusBar().showMessage(
            self.tr(
                "Eksempeldata lastet inn. Nye enheter: {0}, oppdaterte: {1}. Nye pasienter: {2}. "
                "Nye møter: {3}."
            ).format(summary.created, summary.updated, summary.patients, summary.meetings),
            8000,
        )

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Om Helsehus Desktop"),
            self.tr(
                "<h3>Helsehus Desktop {version}</h3>"
                "<p>Organisasjonskart, palliative forløp og ressursgruppemøter for "
                "hjemme- og institusjonstjenesten.</p>"
                "<p>Database: {db}</p><p>Python {py}, Qt {qt}</p>"
            ).format(
                version=__version__,
                db=html.escape(self.db.location),
                py=sys.version.split()[0],
                qt=PySide6.__version__,
            ),
        )

    # --- state ---------------------------------------------------------------------------------

    def save_state(self) -> None:
        self.settings.geometry = self.saveGeometry()
        if self.org_tab is not None:  # closed before the database was open: nothing more
            self.settings.window_state = self.saveState()
            self.org_tab.save_state()
            self.pathway_tab.save_state()
            self.meetings_tab.save_state()
        self.settings.sync()

    def settle_edits(self) -> bool:
        """Save or drop the unsaved edits of the tabs, asking; False when the user stays."""
        if self.org_tab is None:
            return True
        return self.pathway_tab.confirm_leave() and self.meetings_tab.confirm_leave()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.settle_edits():
            event.ignore()
            return
        self.save_state()
        self.release_undo_stack()
        super().closeEvent(event)

    def smoke_test(self) -> int:
        """Visit and render every tab once; 0 when all went well."""
        for index in range(self.tabs.count()):
            self.tabs.setCurrentIndex(index)
            QApplication.processEvents()
            if self.tabs.widget(index).grab().isNull():
                print(f"Tab {index} rendered nothing", file=sys.stderr)
                return 1
        if errors.unexpected_errors:
            print(f"Unexpected errors: {errors.unexpected_errors}", file=sys.stderr)
            return 1
        print(f"Smoke test passed: {self.tabs.count()} tab(s) rendered.")
        return 0
