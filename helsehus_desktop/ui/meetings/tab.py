"""The "Møter" tab: the meeting series and the chosen series' meetings beside the chosen meeting's
page, and the competence register on a second page."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.store import meeting_service as service
from helsehus_desktop.store.meeting_service import MeetingRow, SeriesRow
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings import day_label
from helsehus_desktop.ui.meetings.competence import CompetenceView
from helsehus_desktop.ui.meetings.files import MeetingFiles
from helsehus_desktop.ui.meetings.meeting_page import MeetingPage
from helsehus_desktop.ui.meetings.schedule_dialog import (
    CancelMeetingDialog,
    MoveMeetingDialog,
    NewMeetingDialog,
    ScheduleDialog,
)
from helsehus_desktop.ui.meetings.series_dialog import SeriesDialog, rule_text
from helsehus_desktop.ui.widgets import ListKeys

if TYPE_CHECKING:
    from helsehus_desktop.core.orgchart import OrgSnapshot
    from helsehus_desktop.ui.main_window import MainWindow

OVERDUE = QColor("#b00020")
MUTED = QColor("#6b6b6b")
MOVED = QColor("#8a5a00")
ID_ROLE = Qt.ItemDataRole.UserRole


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setHighlightSections(False)
    return table


class MeetingsTab(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.actor = window.actor
        self.settings = window.settings
        self.today = date.today()
        self.series_rows: list[SeriesRow] = []
        self.meeting_rows: list[MeetingRow] = []
        self._series_id: int | None = None
        self._following = False  # True while the lists are filled or a selection is put back
        self.files = MeetingFiles(self)
        self._build_actions()

        self.views = QTabWidget()
        self.views.setDocumentMode(True)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_lists())
        self.page = MeetingPage(self)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(1, 1)
        if not self.settings.meetings_splitter.isEmpty():
            self.splitter.restoreState(self.settings.meetings_splitter)
        else:
            self.splitter.setSizes([520, 800])
        self.competence = CompetenceView(self)
        # In a scroll area, so the register's tables do not make the window taller than the
        # other tabs need it to be.
        competence = QScrollArea()
        competence.setWidgetResizable(True)
        competence.setFrameShape(QFrame.Shape.NoFrame)
        competence.setWidget(self.competence)
        self.views.addTab(self.splitter, self.tr("&Møter"))
        self.views.addTab(competence, self.tr("&Kompetanse"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.views)

        # The remembered series is chosen before the list is filled, so the first series is not
        # shown on the way; the list shows the first one itself when the remembered one is gone.
        remembered = self._series_id = self.settings.meetings_series or None
        self.reload_series()
        if self._series_id == remembered:
            self._show_series(remembered, self.settings.meetings_meeting or None)

    # --- building -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_series_action = QAction(self.tr("Ny &møteserie…"), self)
        self.new_series_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_series_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_series_action.triggered.connect(self.new_series)
        self.addAction(self.new_series_action)
        self.print_minutes_action = QAction(self.tr("Skriv ut &referat…"), self)
        self.print_minutes_action.triggered.connect(self.files.print_minutes)
        self.print_agenda_action = QAction(self.tr("Skriv ut saks&liste…"), self)
        self.print_agenda_action.triggered.connect(self.files.print_agenda)
        self.print_year_plan_action = QAction(self.tr("Skriv ut &årsplan…"), self)
        self.print_year_plan_action.triggered.connect(self.files.print_year_plan)
        self.competence_report_action = QAction(self.tr("Kompe&tanserapport…"), self)
        self.competence_report_action.triggered.connect(self.files.competence_report)

    def _build_lists(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)

        top = QHBoxLayout()
        title = QLabel(self.tr("Møteserier"))
        title.setStyleSheet("font-weight: 600;")
        top.addWidget(title)
        top.addStretch()
        self.show_inactive = QCheckBox(self.tr("Vis avslu&ttede"))
        self.show_inactive.toggled.connect(lambda _on: self.reload_series())
        top.addWidget(self.show_inactive)
        layout.addLayout(top)
        self.series_table = _table(
            [self.tr("Navn"), self.tr("Type"), self.tr("Neste møte"), self.tr("Tiltak")]
        )
        header = self.series_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.series_table.setColumnWidth(1, self.fontMetrics().horizontalAdvance("x" * 22))
        self.series_table.horizontalHeaderItem(3).setToolTip(self.tr("Åpne tiltak i serien"))
        self.series_table.setMinimumHeight(self.series_table.fontMetrics().height() * 8)
        self.series_table.currentCellChanged.connect(self._series_current)
        self.series_table.doubleClicked.connect(lambda _i: self.edit_series())
        self.series_table.installEventFilter(ListKeys(self, self.edit_series, self.delete_series))
        layout.addWidget(self.series_table, 1)

        buttons = QHBoxLayout()
        new = QPushButton(self.tr("&Ny møteserie…"))
        new.clicked.connect(self.new_series)
        self.edit_series_button = QPushButton(self.tr("&Endre…"))
        self.edit_series_button.setToolTip(self.tr("Endre møteserien (Enter)"))
        self.edit_series_button.clicked.connect(self.edit_series)
        self.schedule_button = QPushButton(self.tr("Lag møte&plan…"))
        self.schedule_button.clicked.connect(self.make_schedule)
        self.series_more = QToolButton()
        self.series_more.setText(self.tr("Mer"))
        self.series_more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.series_more)
        menu.addAction(self.print_year_plan_action)
        menu.addSeparator()
        self.delete_series_action = menu.addAction(self.tr("&Slett møteserie…"))
        self.delete_series_action.triggered.connect(self.delete_series)
        self.series_more.setMenu(menu)
        for widget in (new, self.edit_series_button, self.schedule_button, self.series_more):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout.addLayout(buttons)

        self.series_info = QLabel()
        self.series_info.setWordWrap(True)
        self.series_info.setTextFormat(Qt.TextFormat.PlainText)
        self.series_info.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.series_info)
        self.meeting_table = _table(
            [
                self.tr("Dato"),
                self.tr("Tid"),
                self.tr("Status"),
                self.tr("Mangler"),
                self.tr("Tiltak"),
                self.tr("Merknad"),
            ]
        )
        self.meeting_table.horizontalHeader().setStretchLastSection(True)
        self.meeting_table.horizontalHeaderItem(3).setToolTip(
            self.tr("Enheter som skal være representert, men ikke hadde noen til stede")
        )
        self.meeting_table.horizontalHeaderItem(4).setToolTip(
            self.tr("Åpne tiltak i serien med frist på eller før møtet")
        )
        self.meeting_table.currentCellChanged.connect(self._meeting_current)
        self.meeting_table.doubleClicked.connect(lambda _i: self.open_meeting())
        self.meeting_table.installEventFilter(
            ListKeys(self, self.open_meeting, self.delete_meeting)
        )
        layout.addWidget(self.meeting_table, 3)

        buttons = QHBoxLayout()
        self.new_meeting_button = QPushButton(self.tr("N&ytt enkeltmøte…"))
        self.new_meeting_button.clicked.connect(self.new_meeting)
        self.move_button = QPushButton(self.tr("F&lytt…"))
        self.move_button.setToolTip(self.tr("Flytt møtet til en annen dag"))
        self.move_button.clicked.connect(self.move_meeting)
        self.cancel_button = QPushButton(self.tr("&Avlys…"))
        self.cancel_button.clicked.connect(self.cancel_or_restore)
        self.meeting_more = QToolButton()
        self.meeting_more.setText(self.tr("Mer"))
        self.meeting_more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.meeting_more)
        menu.addAction(self.print_agenda_action)
        menu.addAction(self.print_minutes_action)
        menu.addSeparator()
        self.delete_meeting_action = menu.addAction(self.tr("&Slett møte…"))
        self.delete_meeting_action.triggered.connect(self.delete_meeting)
        self.meeting_more.setMenu(menu)
        for widget in (
            self.new_meeting_button,
            self.move_button,
            self.cancel_button,
            self.meeting_more,
        ):
            buttons.addWidget(widget)
        buttons.addStretch()
        layout.addLayout(buttons)
        return panel

    # --- what is chosen -----------------------------------------------------------------------

    def current_series_id(self) -> int | None:
        return self._series_id

    def current_meeting_id(self) -> int | None:
        row = self._current_meeting_row()
        return row.id if row is not None else None

    def current_meeting_day(self) -> date | None:
        row = self._current_meeting_row()
        return row.held_on if row is not None else None

    def _current_meeting_row(self) -> MeetingRow | None:
        record = self.page.record
        if record is None or record.meeting.id is None:
            return None
        return next((r for r in self.meeting_rows if r.id == record.meeting.id), None)

    def _current_series(self) -> SeriesRow | None:
        return next((s for s in self.series_rows if s.id == self._series_id), None)

    def _series_row(self, series_id: int | None) -> int:
        return next((i for i, s in enumerate(self.series_rows) if s.id == series_id), -1)

    def _meeting_index(self, meeting_id: int | None) -> int:
        return next((i for i, r in enumerate(self.meeting_rows) if r.id == meeting_id), -1)

    # --- the series list ----------------------------------------------------------------------

    def reload_series(self) -> None:
        """Fill the series list again, keeping the chosen series."""
        try:
            self.series_rows = service.list_series(
                self.db, self.actor, include_inactive=self.show_inactive.isChecked()
            )
        except EXPECTED as exc:
            show_error(self, exc)
            self.series_rows = []
        table = self.series_table
        self._following = True
        try:
            table.setRowCount(len(self.series_rows))
            for row, s in enumerate(self.series_rows):
                name = s.name if s.active else self.tr("{0} (avsluttet)").format(s.name)
                texts = (
                    name,
                    translate("Meetings", core.SERIES_KINDS.get(s.kind, s.kind)),
                    day_label(s.next_meeting),
                    str(s.open_actions) if s.open_actions else "",
                )
                for column, text in enumerate(texts):
                    item = QTableWidgetItem(text)
                    if not s.active:
                        item.setForeground(QBrush(MUTED))
                    if column == 3:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    table.setItem(row, column, item)
                table.item(row, 0).setData(ID_ROLE, s.id)
                table.item(row, 1).setToolTip(texts[1])
                table.item(row, 0).setToolTip(
                    self.tr("Organisator: {0}").format(s.organiser) if s.organiser else ""
                )
            row = self._series_row(self._series_id)
            if row >= 0:
                table.setCurrentCell(row, 0)
            else:
                table.clearSelection()
                table.setCurrentCell(-1, -1)
        finally:
            self._following = False
        if self._series_id is not None and self._series_row(self._series_id) < 0:
            # The chosen series is gone (deleted, or ended and now hidden): show the first one,
            # unless its page holds edits the user keeps; then the ended ones are shown.
            if self.page.confirm_leave():
                self._show_series(self.series_rows[0].id if self.series_rows else None)
            else:
                self.show_inactive.setChecked(True)
        elif self._series_id is None and self.series_rows and self.page.record is None:
            self._show_series(self.series_rows[0].id)  # the first series there is
        self._update_actions()

    def _series_current(self, row: int, _column: int, previous: int, _pcolumn: int) -> None:
        if self._following:
            return
        series_id = self.series_table.item(row, 0).data(ID_ROLE) if row >= 0 else None
        if series_id == self._series_id:
            return
        if not self.page.confirm_leave():
            self._put_back(self.series_table, previous)
            return
        self._show_series(series_id)

    def _put_back(self, table: QTableWidget, row: int) -> None:
        self._following = True
        try:
            table.setCurrentCell(row, 0)
        finally:
            self._following = False

    def _show_series(self, series_id: int | None, meeting_id: int | None = None) -> None:
        """Choose the series, fill its meetings and show `meeting_id` (or the next meeting)."""
        self._series_id = series_id
        row = self._series_row(series_id)
        if row >= 0 and self.series_table.currentRow() != row:
            self._put_back(self.series_table, row)
        self.reload_meetings(keep=False)
        if self._meeting_index(meeting_id) < 0:
            meeting_id = self._default_meeting()
        self._select_meeting(meeting_id)
        if self.page.record is None or self.page.record.meeting.id != meeting_id:
            self.page.load(meeting_id)
        self._update_actions()
        self._show_rule()

    def _show_rule(self) -> None:
        """The series' rule, as the tooltip of "Lag møteplan…"."""
        rule = None
        if self._series_id is not None:
            with contextlib.suppress(*EXPECTED):
                rule = service.get_series(self.db, self.actor, self._series_id).rule
        self.schedule_button.setToolTip(
            self.tr("Møteregel: {0}").format(rule_text(rule))
            if rule is not None
            else self.tr("Serien har ingen fast møteregel.")
        )

    def _default_meeting(self) -> int | None:
        """The next meeting not cancelled, or else the last one."""
        upcoming = [
            r for r in self.meeting_rows if r.held_on >= self.today and r.status != core.CANCELLED
        ]
        if upcoming:
            return upcoming[0].id
        return self.meeting_rows[-1].id if self.meeting_rows else None

    # --- the meeting list ---------------------------------------------------------------------

    def reload_meetings(self, keep: bool = True) -> None:
        """Fill the chosen series' meetings again; `keep` keeps the chosen meeting chosen."""
        kept = self.current_meeting_id() if keep else None
        self.meeting_rows = []
        if self._series_id is not None:
            try:
                self.meeting_rows = service.list_meetings(self.db, self.actor, self._series_id)
            except EXPECTED as exc:
                show_error(self, exc)
        table = self.meeting_table
        self._following = True
        try:
            table.setUpdatesEnabled(False)
            table.setRowCount(0)
            table.setRowCount(len(self.meeting_rows))
            upcoming = self._default_meeting()
            for row, r in enumerate(self.meeting_rows):
                self._fill_meeting(row, r, r.id == upcoming and r.held_on >= self.today)
        finally:
            table.setUpdatesEnabled(True)
            self._following = False
        self._show_series_info()
        if keep:
            self._select_meeting(kept)

    def _fill_meeting(self, row: int, r: MeetingRow, is_next: bool) -> None:
        status = translate("Meetings", core.MEETING_STATUSES.get(r.status, r.status))
        color: QColor | None = None
        tip = ""
        overdue = r.status == core.PLANNED and r.held_on < self.today
        if overdue:
            status = self.tr("Ikke registrert")
            color = OVERDUE
            tip = self.tr("Datoen er passert, men møtet er ikke registrert som avholdt.")
        elif r.status == core.CANCELLED:
            color = MUTED
        moved = r.planned_on is not None and r.planned_on != r.held_on
        if moved:
            note = self.tr("flyttet fra {0}").format(day_label(r.planned_on))
            if r.moved_reason:
                note += f" ({r.moved_reason})"
            if r.status == core.CANCELLED:
                note = self.tr("avlyst; {0}").format(note)
        elif r.status == core.CANCELLED and r.moved_reason:
            note = r.moved_reason
        else:
            note = ""
        texts = (
            day_label(r.held_on),
            r.start_time,
            status,
            f"⚠ {r.missing_units}" if r.missing_units else "",
            str(r.open_actions) if r.open_actions else "",
            note,
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            if color is not None and (column == 2 or r.status == core.CANCELLED):
                item.setForeground(QBrush(color))
            elif column == 3 and r.missing_units:
                item.setForeground(QBrush(OVERDUE))
            elif column == 5 and moved:
                item.setForeground(QBrush(MOVED))
            if column in (3, 4):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if r.status == core.CANCELLED and column == 0:
                font = QFont()
                font.setStrikeOut(True)
                item.setFont(font)
            elif is_next and column == 0:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            self.meeting_table.setItem(row, column, item)
        first = self.meeting_table.item(row, 0)
        first.setData(ID_ROLE, r.id)
        if r.missing_units:
            self.meeting_table.item(row, 3).setToolTip(
                self.tr("Enheter uten noen til stede: {0}").format(r.missing_units)
            )
        if r.open_actions:
            self.meeting_table.item(row, 4).setToolTip(
                self.tr("Åpne tiltak med frist på eller før møtet: {0}").format(r.open_actions)
            )
        if tip:
            self.meeting_table.item(row, 2).setToolTip(tip)
        if note:
            self.meeting_table.item(row, 5).setToolTip(note)

    def _show_series_info(self) -> None:
        series = self._current_series()
        if series is None:
            self.series_info.setText(
                self.tr(
                    "Ingen møteserier ennå. Trykk «Ny møteserie…», eller last inn eksempeldata "
                    "fra Fil-menyen."
                )
                if not self.series_rows
                else self.tr("Velg en møteserie.")
            )
            return
        rows = self.meeting_rows
        held = sum(r.status == core.HELD for r in rows)
        self.series_info.setText(
            self.tr("Møter i «{0}»: {1} (avholdt: {2})").format(series.name, len(rows), held)
        )

    def _select_meeting(self, meeting_id: int | None) -> None:
        row = self._meeting_index(meeting_id)
        self._following = True
        try:
            if row >= 0:
                self.meeting_table.setCurrentCell(row, 0)
                self.meeting_table.scrollToItem(
                    self.meeting_table.item(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter
                )
            else:
                self.meeting_table.clearSelection()
                self.meeting_table.setCurrentCell(-1, -1)
        finally:
            self._following = False

    def _meeting_current(self, row: int, _column: int, previous: int, _pcolumn: int) -> None:
        if self._following:
            return
        meeting_id = self.meeting_table.item(row, 0).data(ID_ROLE) if row >= 0 else None
        shown = self.page.record.meeting.id if self.page.record is not None else None
        if meeting_id == shown:
            return
        if not self.page.confirm_leave():
            self._put_back(self.meeting_table, previous)
            return
        self.page.load(meeting_id)
        if self.meeting_table.currentRow() != self._meeting_index(meeting_id):
            # Saving the edits above reloaded the list with the old meeting chosen.
            self._select_meeting(meeting_id)
        self._update_actions()

    def open_meeting(self) -> None:
        """Enter on a meeting: go to its page."""
        if self.page.record is None:
            return
        for widget in self.page.findChildren(QWidget):
            if (
                widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def show_meeting(self, meeting_id: int) -> None:
        """Show the meeting (from the overview): its series and the meeting chosen, its page."""
        tabs = getattr(self.window_, "tabs", None)
        if tabs is not None and tabs.indexOf(self) >= 0:
            tabs.setCurrentWidget(self)
        self.views.setCurrentIndex(0)
        shown = self.page.record.meeting.id if self.page.record is not None else None
        if meeting_id == shown:
            self._select_meeting(meeting_id)
            return
        if not self.page.confirm_leave():
            return
        self.page.load(meeting_id)
        record = self.page.record
        if record is None:  # gone, or refused (the page has said why)
            self._select_meeting(None)
            self._update_actions()
            return
        series_id = record.series.id
        if self._series_row(series_id) < 0 and not self.show_inactive.isChecked():
            self._following = True
            try:
                self.show_inactive.setChecked(True)
            finally:
                self._following = False
            self.reload_series()
        self._show_series(series_id, meeting_id)

    # --- series -------------------------------------------------------------------------------

    def _snapshot(self) -> OrgSnapshot:
        from helsehus_desktop.store.orgchart_service import load_snapshot

        return load_snapshot(self.db)

    def new_series(self) -> None:
        if not self.page.confirm_leave():
            return
        self.window_.tabs.setCurrentWidget(self)  # the menu works from every tab
        self.views.setCurrentIndex(0)
        dialog = SeriesDialog(
            self,
            None,
            self._snapshot(),
            lambda s: service.save_series(self.db, self.actor, s),
        )
        if dialog.exec() and dialog.saved_id is not None:
            self._series_id = dialog.saved_id
            self.window_.data_changed.emit("meetings")
            self._show_series(dialog.saved_id)
            self._status(self.tr("Møteserien er lagret."))
            if dialog.series().rule is not None:
                self.make_schedule()

    def edit_series(self) -> None:
        # Members and figures may change under the page's unsaved attendance or figures.
        if self._series_id is None or not self.page.confirm_leave():
            return
        try:
            series = service.get_series(self.db, self.actor, self._series_id)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        dialog = SeriesDialog(
            self,
            series,
            self._snapshot(),
            lambda s: service.save_series(self.db, self.actor, s),
        )
        if dialog.exec():
            self.page.reload()
            self.window_.data_changed.emit("meetings")
            self._show_rule()
            self._status(self.tr("Møteserien er lagret."))

    def delete_series(self) -> None:
        series = self._current_series()
        if series is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Slett møteserie"),
            self.tr(
                "Slette «{0}» med alle møtene ({1}), oppmøte, referater, tall og tiltak? "
                "Gjennomganger av pasientforløp i møtene forsvinner også fra pasientenes "
                "historikk. En gruppe som ikke lenger møtes, kan i stedet merkes som avsluttet "
                "under «Endre…». Slettingen kan ikke angres."
            ).format(series.name, len(self.meeting_rows)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.delete_series(self.db, self.actor, series.id)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        self.page.load(None)  # what was typed on its page went with the series
        self._series_id = None
        self.window_.data_changed.emit("meetings")
        self._show_series(self.series_rows[0].id if self.series_rows else None)
        self._status(self.tr("Møteserien «{0}» er slettet.").format(series.name))

    def make_schedule(self) -> None:
        if self._series_id is None:
            return
        try:
            series = service.get_series(self.db, self.actor, self._series_id)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        if series.rule is None:
            QMessageBox.information(
                self,
                self.tr("Lag møteplan"),
                self.tr(
                    "«{0}» møtes ved innkalling og har ingen fast møteregel. Velg en regel under "
                    "«Endre…», eller legg inn møtene med «Nytt enkeltmøte…»."
                ).format(series.name),
            )
            return
        existing = [r.held_on for r in self.meeting_rows]
        existing += [r.planned_on for r in self.meeting_rows if r.planned_on is not None]
        series_id = self._series_id
        dialog = ScheduleDialog(
            self,
            series,
            existing,
            lambda year: service.generate_meetings(self.db, self.actor, series_id, year),
        )
        dialog.exec()
        if dialog.created:
            self.window_.data_changed.emit("meetings")
            if self.page.record is None:
                self._show_series(series_id)
            self._status(self.tr("{0} møter er lagt inn.").format(dialog.created))

    # --- meetings -----------------------------------------------------------------------------

    def new_meeting(self) -> None:
        if self._series_id is None or not self.page.confirm_leave():
            return
        try:
            series = service.get_series(self.db, self.actor, self._series_id)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        made: list[int] = []
        series_id = self._series_id

        def add(day: date, start_time: str, place: str) -> None:
            made.append(service.add_meeting(self.db, self.actor, series_id, day, start_time, place))

        dialog = NewMeetingDialog(self, series, self.today, add)
        if dialog.exec() and made:
            self.window_.data_changed.emit("meetings")
            self._select_meeting(made[-1])
            self.page.load(made[-1])
            self._update_actions()
            self._status(self.tr("Møtet er lagt inn."))

    def move_meeting(self) -> None:
        row = self._current_meeting_row()
        if row is None or not self.page.confirm_leave():
            return
        dialog = MoveMeetingDialog(
            self,
            row.held_on,
            row.planned_on,
            lambda day, reason: service.move_meeting(self.db, self.actor, row.id, day, reason),
        )
        if dialog.exec():
            self.page.reload()
            self.window_.data_changed.emit("meetings")
            self._status(self.tr("Møtet er flyttet."))

    def cancel_or_restore(self) -> None:
        row = self._current_meeting_row()
        if row is None or not self.page.confirm_leave():
            return
        if row.status == core.CANCELLED:
            try:
                service.set_meeting_status(self.db, self.actor, row.id, core.PLANNED)
            except EXPECTED as exc:
                show_error(self, exc)
                return
            message = self.tr("Møtet er gjeninnført.")
        else:
            dialog = CancelMeetingDialog(
                self,
                row.held_on,
                lambda reason: service.set_meeting_status(
                    self.db, self.actor, row.id, core.CANCELLED, reason
                ),
            )
            if not dialog.exec():
                return
            message = self.tr("Møtet er avlyst.")
        self.page.reload()
        self.window_.data_changed.emit("meetings")
        self._status(message)

    def delete_meeting(self) -> None:
        row = self._current_meeting_row()
        if row is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Slett møte"),
            self.tr(
                "Slette møtet {0} med oppmøte, saksliste, referat, tall og gjennomgåtte forløp? "
                "Tiltak som ble meldt i møtet, blir stående i serien. Et møte som ikke blir "
                "noe av, kan i stedet avlyses: et slettet møte fra møteplanen kommer tilbake "
                "hvis møteplanen for året lages på nytt. Slettingen kan ikke angres."
            ).format(day_label(row.held_on)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        index = self._meeting_index(row.id)
        try:
            service.delete_meeting(self.db, self.actor, row.id)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        self.page.load(None)  # unsaved edits on its page went with it
        self.window_.data_changed.emit("meetings")
        if self.meeting_rows:
            following = self.meeting_rows[min(index, len(self.meeting_rows) - 1)].id
            self._select_meeting(following)
            self.page.load(following)
        self._update_actions()
        self._status(self.tr("Møtet {0} er slettet.").format(day_label(row.held_on)))

    # --- state of buttons and actions ---------------------------------------------------------

    def _update_actions(self) -> None:
        has_series = self._current_series() is not None
        row = self._current_meeting_row()
        for widget in (
            self.edit_series_button,
            self.schedule_button,
            self.series_more,
            self.new_meeting_button,
        ):
            widget.setEnabled(has_series)
        for action in (self.print_year_plan_action, self.delete_series_action):
            action.setEnabled(has_series)
        for widget in (self.move_button, self.cancel_button, self.meeting_more):
            widget.setEnabled(row is not None)
        for action in (
            self.print_minutes_action,
            self.print_agenda_action,
            self.delete_meeting_action,
        ):
            action.setEnabled(row is not None)
        cancelled = row is not None and row.status == core.CANCELLED
        self.cancel_button.setText(self.tr("&Gjeninnfør") if cancelled else self.tr("&Avlys…"))
        self.cancel_button.setToolTip(
            self.tr("Sett det avlyste møtet tilbake som planlagt")
            if cancelled
            else self.tr("Avlys møtet; det blir stående i listen som avlyst")
        )

    def _status(self, text: str) -> None:
        self.window_.statusBar().showMessage(text, 6000)

    # --- window -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        # The list has no size until it is first shown, so the chosen meeting is scrolled to
        # (the middle of the list) then.
        QTimer.singleShot(0, self._scroll_to_current)

    def _scroll_to_current(self) -> None:
        item = self.meeting_table.currentItem()
        if item is not None:
            self.meeting_table.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)

    def on_data_changed(self, area: str) -> None:
        if area in ("meetings", "sample"):
            self.today = date.today()
            self.reload_series()
            self.reload_meetings()
            if area == "sample":
                self.page.reload()
            self._update_actions()
        elif area in ("orgchart", "pathways") and self.page.record is not None:
            self.page.reload()  # unit names, or the pathways offered for review
        self.competence.on_data_changed(area)

    def confirm_leave(self) -> bool:
        return self.page.confirm_leave()

    def save_state(self) -> None:
        self.settings.meetings_splitter = self.splitter.saveState()
        self.settings.meetings_series = self._series_id or 0
        self.settings.meetings_meeting = self.current_meeting_id() or 0
