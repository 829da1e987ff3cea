"""Read-only tables of the plan pages: filled from rows of text, sized to their content."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

ALERT = QColor("#b00020")
MUTED = QColor("#6b6b6b")


class ReadOnlyTable(QTableWidget):
    """A table of text rows; the last column stretches, the others fit their content."""

    def __init__(self, headers: Sequence[str], visible_rows: int = 5) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons beside it
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.setMinimumHeight(self.fontMetrics().height() * (visible_rows + 2) + 12)

    def fill(
        self,
        rows: Sequence[Sequence[str]],
        data: Sequence[object] = (),
        colors: Sequence[QColor | None] = (),
    ) -> None:
        """Replace the rows; `data[i]` is kept on row i's first cell, `colors[i]` tints it."""
        self.setRowCount(0)
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            color = colors[r] if r < len(colors) else None
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if color is not None:
                    item.setForeground(QBrush(color))
                self.setItem(r, c, item)
            if r < len(data):
                self.item(r, 0).setData(Qt.ItemDataRole.UserRole, data[r])
        self.resizeRowsToContents()

    def current_data(self) -> object:
        row = self.currentRow()
        if row < 0 or self.item(row, 0) is None:
            return None
        return self.item(row, 0).data(Qt.ItemDataRole.UserRole)
