"""The patient list: a table model that holds only ids and fetches display rows for the part of
the list that is on screen, so ten thousand patients filter as you type."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.pathway import ACTIVE, LEVEL_LABELS, STATUS_LABELS
from helsehus_desktop.ui.i18n import translate

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database
    from helsehus_desktop.store.patient_service import PatientFilter, PatientRow

BLOCK = 100  # rows fetched at a time
OVERDUE = QColor("#b00020")
ENDED = QColor("#6b6b6b")
PATIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class PatientListModel(QAbstractTableModel):
    COLUMNS = ("name", "born", "level", "unit", "next_stop", "status")

    def __init__(self, db: Database, today: date | None = None) -> None:
        super().__init__()
        self.db = db
        self.today = today or date.today()
        self.ids: list[int] = []
        self._rows: dict[int, PatientRow] = {}
        self._headers = (
            self.tr("Navn"),
            self.tr("Født"),
            self.tr("Forløp"),
            self.tr("Ansvarlig enhet"),
            self.tr("Neste stopp-punkt"),
            self.tr("Status"),
        )

    def apply(self, flt: PatientFilter) -> None:
        """Show the patients that match `flt`; display rows are fetched when they are shown."""
        from helsehus_desktop.store.patient_service import search_patient_ids

        ids = search_patient_ids(self.db, flt)
        self.beginResetModel()
        self.ids = ids
        self._rows = {}
        self.endResetModel()

    def row_of(self, patient_id: int) -> int:
        try:
            return self.ids.index(patient_id)
        except ValueError:
            return -1

    def _row(self, row: int) -> PatientRow | None:
        pid = self.ids[row]
        if pid not in self._rows:
            from helsehus_desktop.store.patient_service import patient_rows

            start = row - row % BLOCK
            block = [i for i in self.ids[start : start + BLOCK] if i not in self._rows]
            self._rows.update(patient_rows(self.db, block))
        return self._rows.get(pid)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(  # noqa: N802 - Qt API
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == PATIENT_ID_ROLE:
            return self.ids[index.row()]
        row = self._row(index.row())
        if row is None:  # deleted since the list was filtered
            return None
        column = self.COLUMNS[index.column()]
        overdue = row.next_stop is not None and row.next_stop < self.today
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status != ACTIVE:
                return QBrush(ENDED)
            if column == "next_stop" and overdue:
                return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.FontRole and column == "next_stop" and overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "next_stop" and overdue:
            return self.tr("Stopp-punktet er forfalt")
        return None

    def _text(self, row: PatientRow, column: str) -> str:
        if column == "name":
            return row.name
        if column == "born":
            return format_day(row.birth_date)
        if column == "level":
            return translate("Pathway", LEVEL_LABELS[row.level])
        if column == "unit":
            return row.unit_name
        if column == "next_stop":
            if row.next_stop is None:
                return ""
            text = format_day(row.next_stop)
            return self.tr("{0} (forfalt)").format(text) if row.next_stop < self.today else text
        return translate("Pathway", STATUS_LABELS[row.status])
