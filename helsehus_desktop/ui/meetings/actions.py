"""Tiltak: the series' action items as this meeting sees them: those still open (carried over
from the meeting that raised them), and those raised or closed here. Each change is saved from
its dialog at once and written into the item's history under this meeting's date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import meeting_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings.details import label_box
from helsehus_desktop.ui.meetings.meeting_section import MeetingHost, MeetingSection
from helsehus_desktop.ui.pathways.esas import confirm_delete
from helsehus_desktop.ui.pathways.forms import pick, text_box
from helsehus_desktop.ui.pathways.pathway_dialogs import ServiceDialog
from helsehus_desktop.ui.pathways.tables import ALERT, MUTED, ReadOnlyTable
from helsehus_desktop.ui.widgets import ListKeys, date_edit

DEFAULT_DUE = timedelta(days=14)  # a new item is due two weeks after the meeting
ActionSave = Callable[[core.ActionItem, str], object]


class ActionDialog(ServiceDialog):
    """A new action item, or what/owner/due date of one that exists."""

    def __init__(
        self, parent: QWidget | None, item: core.ActionItem, day: date, apply: ActionSave
    ) -> None:
        new = item.id is None
        super().__init__(parent, self.tr("Nytt tiltak") if new else self.tr("Endre tiltak"))
        self.item = item
        self.apply = apply
        self.what = text_box(3)
        self.what.setPlainText(item.what)
        self.what.setPlaceholderText(self.tr("Hva som skal gjøres"))
        self.owner = QLineEdit(item.owner)
        self.owner.setPlaceholderText(self.tr("Hvem som har ansvaret"))
        self.has_due = QCheckBox(self.tr("&Frist:"))
        self.has_due.setChecked(item.due_on is not None or new)
        self.due_on = date_edit(item.due_on or day + DEFAULT_DUE)
        self.due_on.setEnabled(self.has_due.isChecked())
        self.has_due.toggled.connect(self.due_on.setEnabled)
        self.note = QLineEdit()
        self.form.addRow(self.tr("&Tiltak:"), self.what)
        self.form.addRow(self.tr("&Ansvarlig:"), self.owner)
        self.form.addRow(self.has_due, self.due_on)
        if new:
            self.note.setPlaceholderText(self.tr("For eksempel bakgrunnen for tiltaket"))
            self.form.addRow(self.tr("&Merknad:"), self.note)
        self.fields = {"what": self.what, "owner": self.owner, "due_on": self.due_on}
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def typed(self) -> core.ActionItem:
        return replace(
            self.item,
            what=self.what.toPlainText().strip(),
            owner=self.owner.text().strip(),
            due_on=self.due_on.date().toPython() if self.has_due.isChecked() else None,
        )

    def submit(self) -> None:
        self.apply(self.typed(), self.note.text().strip())


class StatusDialog(ServiceDialog):
    """Close, drop or reopen an item, or note how it goes; the note goes into its history."""

    def __init__(self, parent: QWidget | None, item: core.ActionItem, apply: ActionSave) -> None:
        super().__init__(parent, self.tr("Endre status"))
        self.item = item
        self.apply = apply
        what = QLabel(item.what)
        what.setWordWrap(True)
        what.setStyleSheet("font-weight: 600;")
        self.status = label_box(core.ACTION_STATUSES)
        pick(self.status, item.status)
        self.note = text_box(3)
        self.note.setPlaceholderText(
            self.tr("For eksempel hva som ble gjort, eller hvorfor det utgår")
        )
        self.form.addRow(what)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("&Merknad:"), self.note)
        self.fields = {"status": self.status, "note": self.note}
        self.finish_layout()
        self.resize(480, self.sizeHint().height())

    def submit(self) -> None:
        self.apply(
            replace(self.item, status=self.status.currentData()), self.note.toPlainText().strip()
        )


class ActionsSection(MeetingSection):
    def __init__(self, host: MeetingHost) -> None:
        super().__init__(host)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = ReadOnlyTable(
            [
                self.tr("Tiltak"),
                self.tr("Ansvarlig"),
                self.tr("Frist"),
                self.tr("Status"),
                self.tr("Fra møte"),
            ],
            visible_rows=6,
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_item())
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Nytt t&iltak…"))
        self.edit_button = QPushButton(self.tr("En&dre…"))
        self.status_button = QPushButton(self.tr("Endre stat&us…"))
        self.delete_button = QPushButton(self.tr("Slett…"))
        self.delete_button.setToolTip(self.tr("Slett det valgte tiltaket (Delete)"))
        self.table.installEventFilter(ListKeys(self, self.edit_item, self.delete_item))
        for button, slot in (
            (self.new_button, self.new_item),
            (self.edit_button, self.edit_item),
            (self.status_button, self.change_status),
            (self.delete_button, self.delete_item),
        ):
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.table, 1)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.error)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        self.history_title = QLabel(self.tr("Historikk for valgt tiltak"))
        self.history_title.setStyleSheet("font-weight: 600;")
        self.history_title.setWordWrap(True)
        self.history = ReadOnlyTable([self.tr("Dato"), self.tr("Status"), self.tr("Merknad")], 4)
        bottom_layout.addWidget(self.history_title)
        bottom_layout.addWidget(self.history, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(9, 9, 9, 9)
        layout.addWidget(splitter)
        self.items: list[core.ActionItem] = []
        self._selection_changed()

    def title(self) -> str:
        return self.tr("Tiltak")

    # --- showing ---

    def status_at(self, item: core.ActionItem, day: date) -> str:
        """The item's status as it stood at the meeting on `day` (its history up to then)."""
        seen = [u for u in item.history if u.on <= day]
        return seen[-1].status if seen else item.status

    def status_text(self, item: core.ActionItem, day: date) -> str:
        then = self.status_at(item, day)
        text = translate("Meetings", core.ACTION_STATUSES.get(then, then))
        if then != core.OPEN and item.closed_on is not None:
            return self.tr("{0} {1}").format(text, format_day(item.closed_on))
        if item.status != then and item.closed_on is not None:
            later = translate("Meetings", core.ACTION_STATUSES.get(item.status, item.status))
            return self.tr("{0} (senere {1} {2})").format(
                text, later.lower(), format_day(item.closed_on)
            )
        return text

    def overdue_at(self, item: core.ActionItem, day: date) -> bool:
        """Open at the meeting with its due date passed by then."""
        return (
            self.status_at(item, day) == core.OPEN and item.due_on is not None and item.due_on < day
        )

    def show_record(self, record: core.MeetingRecord | None) -> None:
        keep = self.selected()
        super().show_record(record)
        self.setEnabled(record is not None)
        day = record.meeting.held_on if record is not None else date.today()
        meeting_id = record.meeting.id if record is not None else None
        items = list(record.actions) if record is not None else []
        items.sort(
            key=lambda a: (
                self.status_at(a, day) != core.OPEN,
                a.due_on is None,
                a.due_on or date.max,
                a.what,
            )
        )
        self.items = items
        rows, colors = [], []
        for a in items:
            overdue = self.overdue_at(a, day)
            due = format_day(a.due_on) or "–"
            if overdue:
                due = self.tr("{0} (forfalt)").format(due)
            if a.raised_meeting_id == meeting_id or a.raised_on == day:
                raised = self.tr("Nytt i dette møtet")
            elif a.raised_on is not None:
                raised = self.tr("Overført fra {0}").format(format_day(a.raised_on))
            else:
                raised = "–"
            rows.append([a.what, a.owner or "–", due, self.status_text(a, day), raised])
            closed = self.status_at(a, day) != core.OPEN
            colors.append(ALERT if overdue else MUTED if closed else None)
        self.table.fill(rows, data=[a.id for a in items], colors=colors)
        open_count = sum(self.status_at(a, day) == core.OPEN for a in items)
        overdue_count = sum(self.overdue_at(a, day) for a in items)
        closed_here = sum(
            a.status != core.OPEN and a.closed_on == day and self.status_at(a, day) != core.OPEN
            for a in items
        )
        if not items:
            summary = self.tr("Ingen tiltak er åpne eller ført i dette møtet.")
        elif overdue_count:
            summary = self.tr("Åpne tiltak: {0}, av dem forfalt: {1} (vist i rødt).").format(
                open_count, overdue_count
            )
        else:
            summary = self.tr("Åpne tiltak: {0}.").format(open_count)
        if closed_here:
            summary += " " + self.tr("Lukket i dette møtet: {0}.").format(closed_here)
        self.summary.setText(summary)
        known = any(a.id == keep for a in items)
        self.select(keep if known else (items[0].id if items else None))

    def select(self, action_id: int | None) -> None:
        row = next((i for i, a in enumerate(self.items) if a.id == action_id), -1)
        if row >= 0:
            self.table.selectRow(row)
        else:
            self.table.clearSelection()
            self._selection_changed()

    def selected(self) -> int | None:
        if not self.table.selectedItems():
            return None
        value = self.table.current_data()
        return value if isinstance(value, int) else None

    def selected_item(self) -> core.ActionItem | None:
        chosen = self.selected()
        return next((a for a in self.items if a.id == chosen), None) if chosen else None

    def _selection_changed(self) -> None:
        item = self.selected_item()
        for button in (self.edit_button, self.status_button, self.delete_button):
            button.setEnabled(item is not None)
        if item is None:
            self.history_title.setText(self.tr("Historikk for valgt tiltak"))
            self.history.fill([])
            return
        self.history_title.setText(self.tr("Historikk: {0}").format(item.what))
        self.history.fill(
            [
                [
                    format_day(u.on),
                    translate("Meetings", core.ACTION_STATUSES.get(u.status, u.status)),
                    u.note,
                ]
                for u in item.history
            ]
        )

    # --- changing ---

    def _saver(self) -> ActionSave:
        db, actor, meeting_id = self.host.db, self.host.actor, self.meeting_id()
        saved: list[int] = []
        self._last_saved = saved

        def apply(item: core.ActionItem, note: str) -> None:
            saved.append(service.save_action(db, actor, meeting_id, item, note))

        return apply

    def _after(self, dialog: ServiceDialog) -> None:
        if dialog.exec():
            self.error.show_message("")
            self.host.meeting_changed()
            if self._last_saved:
                self.select(self._last_saved[-1])

    def new_item(self) -> None:
        if self.record is None or self.record.series.id is None:
            return
        held = self.record.meeting.held_on
        item = core.ActionItem(
            None,
            self.record.series.id,
            "",
            raised_meeting_id=self.meeting_id(),
            raised_on=held,
        )
        self._after(ActionDialog(self, item, held, self._saver()))

    def edit_item(self) -> None:
        item = self.selected_item()
        if item is not None and self.record is not None:
            self._after(ActionDialog(self, item, self.record.meeting.held_on, self._saver()))

    def change_status(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._after(StatusDialog(self, item, self._saver()))

    def delete_item(self) -> None:
        item = self.selected_item()
        if item is None or item.id is None:
            return
        question = self.tr(
            "Slette tiltaket «{0}» med hele historikken, også fra tidligere møter? Et tiltak som "
            "er gjort eller ikke lenger gjelder, bør heller få status «Utført» eller «Utgår». "
            "Slettingen kan ikke angres."
        ).format(item.what)
        if not confirm_delete(self, self.tr("Slett tiltak"), question):
            return
        action_id = item.id
        self.save(lambda: service.delete_action(self.host.db, self.host.actor, action_id))
