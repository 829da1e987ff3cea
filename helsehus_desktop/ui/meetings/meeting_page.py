"""One meeting of a series: a header saying which meeting it is and whether a unit that must be
represented has nobody there, and a page each for the meeting itself, attendance, the agenda
with minutes, the pathways reviewed, the figures and the action items."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget, QVBoxLayout, QWidget

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import meeting_service
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings.actions import ActionsSection
from helsehus_desktop.ui.meetings.agenda import AgendaSection
from helsehus_desktop.ui.meetings.attendance import AttendanceSection
from helsehus_desktop.ui.meetings.details import DetailsSection
from helsehus_desktop.ui.meetings.figures import FiguresSection
from helsehus_desktop.ui.meetings.meeting_section import (
    WARNING_STYLE,
    MeetingSection,
    missing_text,
)
from helsehus_desktop.ui.meetings.reviews import ReviewsSection
from helsehus_desktop.ui.widgets import settle_unsaved

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database
    from helsehus_desktop.ui.settings import Settings


class PageHost(Protocol):
    """What the page needs from the tab around it."""

    db: Database
    actor: str
    settings: Settings
    window_: Any  # the main window: data_changed, and the pathway tab when it has one


class MeetingPage(QWidget):
    def __init__(self, host: PageHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.db = host.db
        self.actor = host.actor
        self.record: core.MeetingRecord | None = None
        self._meeting_id: int | None = None

        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.details = DetailsSection(self)
        self.attendance = AttendanceSection(self)
        self.agenda = AgendaSection(self)
        self.reviews = ReviewsSection(self)
        self.figures = FiguresSection(self)
        self.actions = ActionsSection(self)
        self.sections: list[MeetingSection] = [
            self.details,
            self.attendance,
            self.agenda,
            self.reviews,
            self.figures,
            self.actions,
        ]
        self.pages = QTabWidget()
        for section in self.sections:
            self.pages.addTab(section, section.title())
        self.attendance.missing_changed.connect(self._show_warning)
        self.pages.currentChanged.connect(lambda _i: self._show_warning())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.warning)
        layout.addWidget(self.pages, 1)
        self._show(None)

    # --- loading ----------------------------------------------------------------------------

    def load(self, meeting_id: int | None) -> None:
        """Show meeting `meeting_id` (None: none). Unsaved edits are dropped: the tab asks
        `confirm_leave` first."""
        self._meeting_id = meeting_id
        record = None
        if meeting_id is not None:
            try:
                record = meeting_service.load_meeting(self.db, self.actor, meeting_id)
            except EXPECTED as exc:
                show_error(self, exc)
        self._show(record)

    def reload(self) -> None:
        """Load the shown meeting again (after a change elsewhere); unsaved edits stay."""
        if self._meeting_id is None:
            return
        try:
            record = meeting_service.load_meeting(self.db, self.actor, self._meeting_id)
        except EXPECTED:
            record = None  # deleted elsewhere
            for section in self.sections:
                section.set_dirty(False)
        self._show(record)

    def meeting_id(self) -> int | None:
        return self._meeting_id

    def _show(self, record: core.MeetingRecord | None) -> None:
        self.record = record
        if record is None:
            self._meeting_id = None
        for section in self.sections:
            section.show_record(record)
        self.pages.setEnabled(record is not None)
        self._show_header(record)

    def _show_header(self, record: core.MeetingRecord | None) -> None:
        if record is None:
            self.header.setText(self.tr("<i>Velg et møte i listen.</i>"))
            self.warning.hide()
            return
        m = record.meeting
        weekday = QLocale().dayName(m.held_on.isoweekday())
        when = self.tr("{0} {1}").format(weekday, format_day(m.held_on))
        if m.start_time:
            when = self.tr("{0} kl. {1}").format(when, m.start_time)
        parts = [html.escape(when)]
        if m.place:
            parts.append(html.escape(m.place))
        status = translate("Meetings", core.MEETING_STATUSES.get(m.status, m.status))
        parts.append(f"<b>{html.escape(status)}</b>")
        line = " · ".join(parts)
        if m.moved and m.planned_on is not None:
            moved = self.tr("flyttet fra {0}").format(format_day(m.planned_on))
            if m.moved_reason:
                moved = self.tr("{0} ({1})").format(moved, m.moved_reason)
            line += f" · <i>{html.escape(moved)}</i>"
        self.header.setText(
            f"<span style='font-size:14pt; font-weight:600'>{html.escape(record.series.name)}"
            f"</span><br>{line}"
        )
        self._show_warning()

    def _show_warning(self) -> None:
        """The units nobody attends, as the attendance page stands (saved or not); the page
        says it itself while it is shown."""
        text = missing_text(self.record, self.attendance.missing()) if self.record else ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text) and self.pages.currentWidget() is not self.attendance)

    # --- the host of the sections -----------------------------------------------------------

    def meeting_changed(self, *also: str) -> None:
        """A section saved: reload the record and announce it (and any other area touched)."""
        self.reload()
        self.announce(*also)

    def announce(self, *also: str) -> None:
        signal = getattr(self.host.window_, "data_changed", None)
        if signal is not None:
            for area in ("meetings", *also):
                signal.emit(area)

    def open_patient(self, patient_id: int) -> None:
        """Show the patient's plan in the "Palliative forløp" tab."""
        window = self.host.window_
        tab = getattr(window, "pathway_tab", None)
        if tab is None:
            return
        tabs = getattr(window, "tabs", None)
        if tabs is not None:
            tabs.setCurrentWidget(tab)
        if tab.current_patient_id() == patient_id:
            tab.plan_changed()  # shown already: load it again for the reviews saved here
        else:
            tab.select_patient(patient_id)

    # --- leaving ----------------------------------------------------------------------------

    def dirty_sections(self) -> list[MeetingSection]:
        return [s for s in self.sections if s.is_dirty()]

    def confirm_leave(self) -> bool:
        """Before another meeting is shown (or the window closes): save or drop unsaved
        edits, or stay. True when it is fine to go on."""
        answer = settle_unsaved(self, self.dirty_sections(), self.pages.setCurrentWidget)
        if answer == QMessageBox.StandardButton.Discard:
            self.reload()  # show what is saved, not the dropped edits
        return answer != QMessageBox.StandardButton.Cancel
