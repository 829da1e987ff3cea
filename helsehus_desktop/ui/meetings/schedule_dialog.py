"""Scheduling: making a year's meetings from a series' rule (the slots of the chosen year are
shown first, with the ones a public holiday moves or skips marked and the ones that already exist
counted, and "Lag møtene" creates the rest), and the small dialogs that add a single meeting,
move one or cancel one. Each dialog calls its service itself, so a refusal is shown at the field
and what was typed stays."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core import recurrence
from helsehus_desktop.core.recurrence import ScheduledDate
from helsehus_desktop.ui.errors import EXPECTED, message_for
from helsehus_desktop.ui.meetings import day_label
from helsehus_desktop.ui.meetings.series_dialog import rule_text
from helsehus_desktop.ui.pathways.pathway_dialogs import ServiceDialog
from helsehus_desktop.ui.widgets import ErrorLabel, date_edit

MOVED = QColor("#8a5a00")
SKIPPED = QColor("#b00020")
EXISTING = QColor("#6b6b6b")
YEARS_AHEAD = 10


class ScheduleDialog(QDialog):
    """`existing` are the days the series' meetings are held on and were planned for (a slot
    whose planned or moved day is among them is there already, as the store sees it);
    `generate(year)` makes the meetings and returns the store's GenerateResult. `created` is
    how many meetings were made while the dialog was open."""

    def __init__(
        self,
        parent: QWidget | None,
        series: core.Series,
        existing: Sequence[date],
        generate: Callable[[int], object],
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        assert series.rule is not None
        self.setWindowTitle(self.tr("Lag møteplan – {0}").format(series.name))
        self.series = series
        self.rule = series.rule
        self.existing = set(existing)
        self.generate = generate
        self.today = today or date.today()
        self.created = 0
        self.slots: list[ScheduledDate] = []

        layout = QVBoxLayout(self)
        rule = QLabel(self.tr("Møteregel: {0}.").format(rule_text(self.rule)))
        rule.setWordWrap(True)
        layout.addWidget(rule)
        top = QHBoxLayout()
        year_label = QLabel(self.tr("&År:"))
        self.year = QSpinBox()
        self.year.setRange(self.today.year - 1, self.today.year + YEARS_AHEAD)
        self.year.setValue(self._first_open_year())
        year_label.setBuddy(self.year)
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addStretch()
        layout.addLayout(top)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Møtedag"), self.tr("Merknad"), self.tr("I møtelisten")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setStyleSheet("font-weight: 600;")
        self.result.hide()
        layout.addWidget(self.result)
        self.error = ErrorLabel()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.make_button = QPushButton(self.tr("&Lag møtene"))
        self.buttons.addButton(self.make_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.make_button.clicked.connect(self.make)
        self.make_button.setDefault(True)
        self.make_button.setAutoDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.year.valueChanged.connect(self._show_year)
        self._show_year()
        self.resize(640, 620)

    def _there(self, slot: ScheduledDate) -> bool:
        return slot.planned_on in self.existing or slot.held_on in self.existing

    def _first_open_year(self) -> int:
        """This year, or next year when every meeting of this year is already made."""
        for year in (self.today.year, self.today.year + 1):
            slots = recurrence.year_schedule(self.rule, year)
            if any(not s.skipped and not self._there(s) for s in slots):
                return year
        return self.today.year

    def _show_year(self) -> None:
        year = self.year.value()
        self.slots = recurrence.year_schedule(self.rule, year)
        self.error.show_message("")
        self.table.setRowCount(len(self.slots))
        moved = skipped = there = new = 0
        for row, slot in enumerate(self.slots):
            colors: list[QColor | None] = [None, None, None]
            if slot.skipped:
                skipped += 1
                day = day_label(slot.planned_on)
                note = self.tr("faller bort ({0})").format(slot.holiday)
                state = self.tr("–")
                colors = [SKIPPED, SKIPPED, SKIPPED]
            else:
                day = day_label(slot.held_on)
                note = ""
                if slot.moved:
                    moved += 1
                    note = self.tr("flyttet fra {0} ({1})").format(
                        day_label(slot.planned_on), slot.holiday
                    )
                    colors = [MOVED, MOVED, None]
                if self._there(slot):
                    there += 1
                    state = self.tr("finnes allerede")
                    colors[2] = EXISTING
                else:
                    new += 1
                    state = self.tr("ny")
            for column, text in enumerate((day, note, state)):
                item = QTableWidgetItem(text)
                color = colors[column]
                if color is not None:
                    item.setForeground(QBrush(color))
                if slot.skipped and column == 0:
                    font = QFont()
                    font.setStrikeOut(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.summary.setText(
            self.tr(
                "{0}: {1} møter etter regelen. Flyttet på grunn av helligdag: {2}. "
                "Faller bort: {3}. Finnes allerede: {4}. Blir laget: {5}."
            ).format(year, len(self.slots), moved, skipped, there, new)
        )
        self.make_button.setEnabled(new > 0)
        self.make_button.setToolTip(
            "" if new else self.tr("Alle møtene dette året finnes allerede i møtelisten.")
        )

    def make(self) -> None:
        year = self.year.value()
        try:
            result = self.generate(year)
        except EXPECTED as exc:
            self.error.show_message(message_for(exc))
            return
        created = getattr(result, "created", 0)
        already = getattr(result, "already_there", 0)
        self.created += created
        self.existing |= {s.planned_on for s in self.slots if not s.skipped}
        self.existing |= {s.held_on for s in self.slots if s.held_on is not None}
        self._show_year()
        self.result.setText(
            self.tr("{0}: {1} møter er laget; {2} fantes fra før.").format(year, created, already)
        )
        self.result.show()
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()


class NewMeetingDialog(ServiceDialog):
    """A single meeting outside the rule: `add(day, start_time, place)`."""

    def __init__(
        self,
        parent: QWidget | None,
        series: core.Series,
        day: date,
        add: Callable[[date, str, str], object],
    ) -> None:
        super().__init__(parent, self.tr("Nytt enkeltmøte – {0}").format(series.name))
        self.add = add
        self.day = date_edit(day)
        self.start_time = QLineEdit(series.start_time)
        self.start_time.setMaxLength(5)
        self.start_time.setPlaceholderText(self.tr("TT:MM"))
        self.place = QLineEdit(series.place)
        self.place.setMaxLength(300)
        self.place.setCursorPosition(0)
        self.form.addRow(self.tr("&Dato:"), self.day)
        self.form.addRow(self.tr("&Starttid:"), self.start_time)
        self.form.addRow(self.tr("S&ted:"), self.place)
        self.fields = {"held_on": self.day, "start_time": self.start_time, "place": self.place}
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def submit(self) -> None:
        self.add(self.day.date().toPython(), self.start_time.text(), self.place.text())


class MoveMeetingDialog(ServiceDialog):
    """Move a meeting to another day: `move(day, reason)`."""

    def __init__(
        self,
        parent: QWidget | None,
        held_on: date,
        planned_on: date | None,
        move: Callable[[date, str], object],
    ) -> None:
        super().__init__(parent, self.tr("Flytt møte"))
        self.move = move
        text = self.tr("Møtet er nå {0}.").format(day_label(held_on))
        if planned_on is not None and planned_on != held_on:
            text += " " + self.tr("Etter møteregelen var det {0}.").format(day_label(planned_on))
        intro = QLabel(text)
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.day = date_edit(held_on)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("for eksempel kollisjon med personalmøte"))
        self.form.addRow(self.tr("&Ny dato:"), self.day)
        self.form.addRow(self.tr("&Hvorfor:"), self.reason)
        self.fields = {"held_on": self.day, "reason": self.reason}
        self.finish_layout()
        self.resize(480, self.sizeHint().height())

    def submit(self) -> None:
        self.move(self.day.date().toPython(), self.reason.text())


class CancelMeetingDialog(ServiceDialog):
    """Cancel a meeting, saying why: `cancel(reason)`."""

    def __init__(
        self, parent: QWidget | None, held_on: date, cancel: Callable[[str], object]
    ) -> None:
        super().__init__(parent, self.tr("Avlys møte"))
        self.cancel = cancel
        intro = QLabel(
            self.tr(
                "Møtet {0} blir stående i listen som avlyst. Det kan gjeninnføres senere."
            ).format(day_label(held_on))
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.reason = QLineEdit()
        self.reason.setMaxLength(300)
        self.reason.setPlaceholderText(self.tr("for eksempel for få påmeldte"))
        self.form.addRow(self.tr("&Hvorfor:"), self.reason)
        self.fields = {"reason": self.reason, "status": self.reason}
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def submit(self) -> None:
        self.cancel(self.reason.text())
