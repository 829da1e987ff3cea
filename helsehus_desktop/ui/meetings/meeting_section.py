"""What every page of a meeting shares: it shows a `MeetingRecord`, and a page that is edited as
a whole saves with "Lagre" (Ctrl+S) and goes back with "Angre endringer", reporting a refused
value at its field with what was typed kept.

The shared part is ui/form_base.py (as for a patient's plan in ui/pathways); a meeting's pages
are told the record by the meeting page instead of knowing a patient.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QTableWidget, QWidget

from helsehus_desktop.core import meetings as core
from helsehus_desktop.ui.form_base import SavedForm, SavedSection

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


class MeetingSection(SavedSection):
    """A page of the meeting. Subclasses fill their widgets in `show_record(record)`; pages
    edited as a whole are `MeetingForm`s. A page with unsaved edits says so in `is_dirty`."""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    @property
    def record(self) -> core.MeetingRecord | None:
        """The meeting shown (None: no meeting chosen)."""
        record: core.MeetingRecord | None = self.shown
        return record

    def show_record(self, record: core.MeetingRecord | None) -> None:
        self.show_saved(record)

    def subject_of(self, data: core.MeetingRecord) -> object:
        return data.meeting.id

    def reshow(self) -> None:
        self.show_record(self.record)

    def after_save(self) -> None:
        self.host.meeting_changed()

    def meeting_id(self) -> int:
        assert self.record is not None and self.record.meeting.id is not None
        return self.record.meeting.id


class MeetingForm(SavedForm, MeetingSection):
    """A page edited and saved as a whole: widgets go in `self.body`, are passed to `watch`,
    filled in `fill(record)` and saved in `submit()`. When another page of the same meeting is
    saved while this one holds unsaved edits, the edits stay (see SavedForm)."""

    def __init__(self, host: MeetingHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.build_form(self.tr("Vis siden slik den sist ble lagret"))

    def fill(self, record: core.MeetingRecord | None) -> None:
        raise NotImplementedError

    def show_context(self, record: core.MeetingRecord | None) -> None:
        """Fill what the page only shows (not edits) from the saved record."""
