"""Møtet: when and where the meeting is, whether it was held, and a note."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import meeting_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings.meeting_section import MeetingForm, MeetingHost
from helsehus_desktop.ui.pathways.forms import pick, text_box
from helsehus_desktop.ui.widgets import date_edit


def label_box(labels: dict[str, str], context: str = "Meetings") -> QComboBox:
    """A pick list of a core label dict (key -> Norwegian label in `context`)."""
    combo = QComboBox()
    for key, label in labels.items():
        combo.addItem(translate(context, label), key)
    return combo


class DetailsSection(MeetingForm):
    def __init__(self, host: MeetingHost) -> None:
        super().__init__(host)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.held_on = date_edit()
        self.planned = QLabel()
        when = QWidget()
        when_layout = QHBoxLayout(when)
        when_layout.setContentsMargins(0, 0, 0, 0)
        when_layout.addWidget(self.held_on)
        when_layout.addWidget(self.planned, 1)
        self.moved_reason = QLineEdit()
        self.moved_reason.setPlaceholderText(
            self.tr("Skriv hvorfor møtet flyttes, for eksempel «Kurs for personalet»")
        )
        self.start_time = QLineEdit()
        self.start_time.setPlaceholderText(self.tr("tt:mm"))
        self.start_time.setMaximumWidth(self.fontMetrics().horizontalAdvance("00:00") * 3)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("For eksempel møterom 2, Staup helsehus"))
        self.status = label_box(core.MEETING_STATUSES)
        self.note = text_box(5)
        # Its height is fixed, so the form must not claim the page's spare height either.
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.note.setPlaceholderText(
            self.tr("For eksempel hvorfor møtet ble avlyst, eller hva som skal forberedes")
        )
        day_label = QLabel(self.tr("&Dato:"))
        day_label.setBuddy(self.held_on)
        form.addRow(day_label, when)
        self.moved_label = QLabel(self.tr("Grunn t&il flytting:"))
        self.moved_label.setBuddy(self.moved_reason)
        form.addRow(self.moved_label, self.moved_reason)
        form.addRow(self.tr("Kl&okkeslett:"), self.start_time)
        form.addRow(self.tr("Sted:"), self.place)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.tr("Merknad:"), self.note)
        self.body.addLayout(form)
        self.body.addStretch()
        self.held_on.dateChanged.connect(self._date_changed)
        self.watch(
            self.held_on, self.moved_reason, self.start_time, self.place, self.status, self.note
        )

    def title(self) -> str:
        return self.tr("Møtet")

    def fill(self, record: core.MeetingRecord | None) -> None:
        meeting = record.meeting if record is not None else None
        self.held_on.setDate(QDate(meeting.held_on) if meeting else QDate.currentDate())
        self.moved_reason.clear()
        self.start_time.setText(meeting.start_time if meeting else "")
        self.place.setText(meeting.place if meeting else "")
        pick(self.status, meeting.status if meeting else core.PLANNED)
        self.note.setPlainText(meeting.note if meeting else "")
        self._show_reason(False)

    def show_context(self, record: core.MeetingRecord | None) -> None:
        meeting = record.meeting if record is not None else None
        if meeting is None or not meeting.moved:
            self.planned.clear()
            return
        assert meeting.planned_on is not None
        text = self.tr("Flyttet fra {0}").format(format_day(meeting.planned_on))
        if meeting.moved_reason:
            text += self.tr(" ({0})").format(meeting.moved_reason)
        self.planned.setText(text)

    def _date_changed(self) -> None:
        """The reason is asked for only when the date is changed."""
        if not self._filling:
            moved = self.record is not None and self._typed_day() != self.record.meeting.held_on
            self._show_reason(moved)

    def _show_reason(self, shown: bool) -> None:
        self.moved_label.setVisible(shown)
        self.moved_reason.setVisible(shown)

    def _typed_day(self) -> date:
        day: date = self.held_on.date().toPython()
        return day

    def submit(self) -> bool:
        assert self.record is not None
        old = self.record.meeting
        day = self._typed_day()
        meeting = replace(
            old,
            held_on=day,
            moved_reason=self.moved_reason.text().strip()
            if day != old.held_on
            else old.moved_reason,
            start_time=self.start_time.text().strip(),
            place=self.place.text().strip(),
            status=self.status.currentData(),
            note=self.note.toPlainText().strip(),
        )
        db, actor = self.host.db, self.host.actor
        return self.save(
            lambda: service.save_meeting_details(db, actor, meeting),
            {
                "held_on": self.held_on,
                "moved_reason": self.moved_reason,
                "start_time": self.start_time,
                "place": self.place,
                "status": self.status,
                "note": self.note,
            },
        )
