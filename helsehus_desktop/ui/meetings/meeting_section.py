"""What every page of a meeting shares: it shows a `MeetingRecord`, and a page that is edited as
a whole saves with "Lagre" (Ctrl+S) and goes back with "Angre endringer", reporting a refused
value at its field with what was typed kept.

This mirrors `ui/pathways/forms.py` FormSection, which is written for a patient's plan (a
`PlanHost` that knows the patient); a meeting's pages are told the record instead.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.ui.pathways.section import refusal_of
from helsehus_desktop.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database

WARNING_STYLE = (
    "background: #fde8e6; color: #8a1c12; border: 1px solid #e3a39b; border-radius: 3px;"
    " padding: 5px 8px;"
)


def unit_name(record: core.MeetingRecord, unit_id: int | None) -> str:
    """The unit's name as the record knows it ("" for no unit)."""
    if unit_id is None:
        return ""
    return record.unit_names.get(unit_id) or QCoreApplication.translate(
        "MeetingPage", "ukjent enhet"
    )


def missing_text(record: core.MeetingRecord, unit_ids: list[int]) -> str:
    """ "Ingen til stede fra: A, B" for the required units nobody attends ("" when none)."""
    if not unit_ids:
        return ""
    names = [unit_name(record, uid) for uid in unit_ids]
    return QCoreApplication.translate("MeetingPage", "Ingen til stede fra: {0}").format(
        ", ".join(names)
    )


def wrap_rows(table: QTableWidget, least: int) -> QTimer:
    """Let the text cells of `table` wrap and its rows grow to fit them (never lower than
    `least`, room for a pick list), measured again whenever a column changes width. Returns
    the timer to start after the rows are filled."""
    table.setWordWrap(True)
    table.setTextElideMode(Qt.TextElideMode.ElideNone)
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(least)
    rows.setDefaultSectionSize(least)
    refit = QTimer(table)
    refit.setSingleShot(True)
    refit.setInterval(0)
    refit.timeout.connect(table.resizeRowsToContents)
    table.horizontalHeader().sectionResized.connect(refit.start)
    return refit


class MeetingHost(Protocol):
    """What a page needs from the meeting page around it."""

    db: Database
    actor: str
    record: core.MeetingRecord | None

    def meeting_changed(self, *also: str) -> None:
        """Reload the record after a save and tell the window ("meetings", and `also`)."""

    def announce(self, *also: str) -> None:
        """Tell the window the meeting changed, without reloading the page."""

    def open_patient(self, patient_id: int) -> None:
        """Show the patient's plan in the pathway tab."""


class MeetingSection(QWidget):
    """A page of the meeting. Subclasses fill their widgets in `fill(record)`; pages edited as
    a whole are `MeetingForm`s. A page with unsaved edits says so in `is_dirty`."""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.record: core.MeetingRecord | None = None
        self.error = ErrorLabel()
        self._dirty = False

    def title(self) -> str:
        raise NotImplementedError

    def show_record(self, record: core.MeetingRecord | None) -> None:
        self.record = record
        self.error.show_message("")
        self.set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        self._dirty = dirty

    def save_changes(self) -> bool:
        return True

    def meeting_id(self) -> int:
        assert self.record is not None and self.record.meeting.id is not None
        return self.record.meeting.id

    def save(self, call: Callable[[], object], fields: Mapping[str, QWidget] = {}) -> bool:
        """Run a service call; a refusal is shown on the page's error line with the cursor in
        its field and what was typed kept; on success the record is reloaded."""
        problem = refusal_of(call, fields)
        self.error.show_message(problem)
        if problem:
            return False
        self.set_dirty(False)
        self.host.meeting_changed()
        return True


class MeetingForm(MeetingSection):
    """A page edited and saved as a whole: widgets go in `self.body`, are passed to `watch`,
    filled in `fill(record)` and saved in `submit()`. When another page of the same meeting is
    saved while this one holds unsaved edits, the edits stay."""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._filling = False
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.content)
        self.revert_button = QPushButton(self.tr("Angre endringer"))
        self.revert_button.setToolTip(self.tr("Vis siden slik den sist ble lagret"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Lagre"))
        self.save_button.setToolTip(self.tr("Lagre endringene på denne siden (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_changes)
        bar = QHBoxLayout()
        bar.addWidget(self.error, 1)
        bar.addStretch(0)
        bar.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.setContentsMargins(9, 0, 9, 9)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller, 1)
        outer.addLayout(bar)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_changes)
        self._update_buttons()

    # --- what subclasses provide ---

    def fill(self, record: core.MeetingRecord | None) -> None:
        raise NotImplementedError

    def submit(self) -> bool:
        raise NotImplementedError

    def show_context(self, record: core.MeetingRecord | None) -> None:
        """Fill what the page only shows (not edits) from the saved record."""

    # --- shared behaviour ---

    def watch(self, *widgets: QWidget) -> None:
        """Mark the page dirty when any of `widgets` is edited."""
        for w in widgets:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.textChanged.connect(self.edited)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.edited)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self.edited)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self.edited)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self.edited)
            else:
                w.edited.connect(self.edited)  # type: ignore[attr-defined]

    def edited(self, *_args: object) -> None:
        self.set_dirty()

    def set_dirty(self, dirty: bool = True) -> None:
        if dirty and (self._filling or self.record is None):
            return
        super().set_dirty(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def show_record(self, record: core.MeetingRecord | None) -> None:
        same_meeting = (
            record is not None
            and self.record is not None
            and record.meeting.id == self.record.meeting.id
        )
        if self.is_dirty() and same_meeting:
            # Another page of this meeting was saved: what is typed here stays, unsaved, and
            # "Angre endringer" now goes back to the newer saved record.
            self.record = record
            self.show_context(record)
            return
        self._filling = True
        try:
            self.fill(record)
        finally:
            self._filling = False
        for edit in self.content.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # the start of a long text, not its end
        self.show_context(record)
        self.content.setEnabled(record is not None)
        super().show_record(record)

    def revert(self) -> None:
        self.set_dirty(False)
        self.show_record(self.record)

    def save_changes(self) -> bool:
        if self.record is None or not self.is_dirty():
            return True
        saved = self.submit()
        if not saved:
            focused = self.content.focusWidget()
            if focused is not None:
                self.scroller.ensureWidgetVisible(focused)
        return saved
