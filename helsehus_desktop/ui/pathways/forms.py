"""What the four edited pages of the plan (advance care, plan A/B/C, acute changes, resource
team) share: `FormSection`, a scrolling form with "Lagre" (Ctrl+S) and "Angre endringer" beside
the error line and dirty tracking that ignores the form's own filling (ui/form_base.py
SavedForm, shared with a meeting's pages); and `RowsTable`, the
in-page table with add/remove/move that medication lines, scenarios and team members are edited in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.ui.form_base import SavedForm
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.section import PlanHost, PlanSection
from helsehus_desktop.ui.widgets import UnitChoice


def text_box(lines: int) -> QPlainTextEdit:
    """A multi-line field about `lines` lines high; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def choice_box(labels: dict[str, str]) -> QComboBox:
    """A pick list of a core label dict (key -> Norwegian label in the "Pathway" context)."""
    combo = QComboBox()
    for key, label in labels.items():
        combo.addItem(translate("Pathway", label), key)
    return combo


def pick(combo: QComboBox, key: object) -> None:
    combo.setCurrentIndex(max(combo.findData(key), 0))


class FormSection(SavedForm, PlanSection):
    """A page of the plan that the coordinator edits and saves as a whole. Subclasses put their
    widgets in `self.body`, pass them to `watch`, fill them in `fill(plan)` (plan None: empty)
    and save in `submit()` through `self.save(...)`. When another page of the same patient's
    plan is saved while this one holds unsaved edits, the edits stay (see SavedForm)."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.build_form(self.tr("Vis planen slik den sist ble lagret"))

    def fill(self, plan: PatientPlan | None) -> None:
        raise NotImplementedError

    def show_context(self, plan: PatientPlan | None) -> None:
        """Fill what the page only shows (not edits) from the saved plan."""

    def patient_id(self) -> int:
        pid = self.host.current_patient_id()
        assert pid is not None  # a plan is shown, so a patient is chosen
        return pid


@dataclass(frozen=True)
class TableColumn:
    header: str
    width: int = 200  # its share of the table's width, in pixels at a comfortable size
    choices: tuple[tuple[Any, str], ...] = ()  # a pick list of (value, label)
    placeholder: str = ""  # what a pick list says while nothing is chosen
    unit: bool = False  # a unit typed or picked from `RowsTable.unit_choices`


class FittedTable(QTableWidget):
    """A table whose columns share its width by weight (never narrower than their heading), so
    it reads well both in a wide window and beside the patient list."""

    def __init__(self, weights: Sequence[int]) -> None:
        super().__init__(0, len(weights))
        self.weights = list(weights)
        self.horizontalHeader().setStretchLastSection(True)  # takes up what rounding leaves

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        metrics = self.horizontalHeader().fontMetrics()
        least = [
            metrics.horizontalAdvance(self.horizontalHeaderItem(i).text()) + 24
            for i in range(self.columnCount())
        ]
        widths: dict[int, int] = {}
        free = set(range(self.columnCount()))
        while free:  # columns that would fall below their heading get it; the rest share
            space = self.viewport().width() - sum(widths.values())
            total = sum(self.weights[i] for i in free)
            short = {i for i in free if space * self.weights[i] // total < least[i]}
            if not short:
                widths.update({i: space * self.weights[i] // total for i in free})
                break
            widths.update({i: least[i] for i in short})
            free -= short
        for i, width in widths.items():
            self.setColumnWidth(i, width)


class RowsTable(QWidget):
    """An ordered list of rows edited in place: text cells, pick lists and unit pickers, with
    buttons to add, remove and move rows. `edited` is emitted on every change."""

    edited = Signal()

    def __init__(self, columns: Sequence[TableColumn], visible_rows: int = 4) -> None:
        super().__init__()
        self.columns = list(columns)
        self.unit_choices: list[tuple[int | None, str]] = []
        self.table = FittedTable([c.width for c in self.columns])
        self.table.setHorizontalHeaderLabels([c.header for c in self.columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, as in the rest of the form
        header = self.table.horizontalHeader()
        rows_header = self.table.verticalHeader()
        rows_header.setMinimumSectionSize(self.fontMetrics().height() + 12)  # room for a pick list
        row_height = rows_header.defaultSectionSize()
        self.table.setMinimumHeight(row_height * (visible_rows + 1) + 6)
        self.table.itemChanged.connect(self._item_changed)
        # Wrapped text needs the row heights measured again once the columns have their width
        # (after the header has finished resizing, hence the timer).
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(self._refit.start)
        self.buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Legg til"), self.add_row),
            (self.tr("Fjern"), self.remove_row),
            (self.tr("Flytt opp"), lambda: self.move_row(-1)),
            (self.tr("Flytt ned"), lambda: self.move_row(1)),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            self.buttons.addWidget(button)
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.table)

    def add_button(self, button: QWidget) -> None:
        """Put another button beside add/remove/move."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    # --- cells ---

    def _empty_value(self, col: TableColumn) -> Any:
        if col.choices and not col.placeholder:
            return col.choices[0][0]
        return None if col.choices or col.unit else ""

    def _put(self, row: int, values: Sequence[Any]) -> None:
        """Insert a row; a unit cell takes an id, or a str for text typed that names no unit."""
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for c, (col, value) in enumerate(zip(self.columns, values, strict=True)):
            if col.unit:
                combo: QComboBox = UnitChoice(self.unit_choices, None)
                combo.setMinimumContentsLength(12)
                if isinstance(value, str):
                    combo.setEditText(value)
                elif value is not None:
                    combo.setCurrentIndex(combo.findData(value))
                combo.lineEdit().setCursorPosition(0)
                combo.editTextChanged.connect(self.edited)
                self.table.setCellWidget(row, c, combo)
            elif col.choices:
                combo = QComboBox()
                if col.placeholder:
                    combo.setPlaceholderText(col.placeholder)
                for key, label in col.choices:
                    combo.addItem(label, key)
                combo.setCurrentIndex(combo.findData(value) if value is not None else -1)
                combo.currentIndexChanged.connect(self.edited)
                self.table.setCellWidget(row, c, combo)
            else:
                self.table.setItem(row, c, QTableWidgetItem(value or ""))
        self.table.blockSignals(False)
        self.table.resizeRowToContents(row)

    def _raw(self, row: int) -> list[Any]:
        """A row as it stands, keeping unit text that names no unit (for moving rows)."""
        out: list[Any] = []
        for c, col in enumerate(self.columns):
            widget = self.table.cellWidget(row, c)
            if col.unit:
                assert isinstance(widget, UnitChoice)
                ok, uid = widget.chosen()
                out.append(uid if ok else widget.currentText().strip() or None)
            elif col.choices:
                assert isinstance(widget, QComboBox)
                out.append(widget.currentData())
            else:
                item = self.table.item(row, c)
                out.append(item.text().strip() if item is not None else "")
        return out

    def _item_changed(self) -> None:
        self._refit.start()  # not at once: the cell's editor may still be committing
        self.edited.emit()

    # --- rows ---

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.table.setRowCount(0)
        for values in rows:
            self._put(self.table.rowCount(), values)

    def rows(self) -> list[list[Any]]:
        """The rows' values: text stripped, the chosen key or unit id (None when none)."""
        return [
            [
                None if col.unit and isinstance(v, str) else v
                for col, v in zip(self.columns, r, strict=True)
            ]
            for r in map(self._raw, range(self.table.rowCount()))
        ]

    def first_row(self, wrong: Callable[[list[Any]], bool]) -> int | None:
        """The first row whose values (as `rows` gives them) are `wrong`."""
        return next((i for i, values in enumerate(self.rows()) if wrong(values)), None)

    def unknown_unit(self) -> tuple[int, int] | None:
        """(row, column) of the first unit cell whose text names no unit."""
        for r in range(self.table.rowCount()):
            for c, col in enumerate(self.columns):
                if col.unit and isinstance(self._raw(r)[c], str):
                    return r, c
        return None

    def drop_blank_rows(self) -> None:
        """Take away rows where nothing was typed or chosen (a pick list without a placeholder
        always has a value, so it does not count)."""
        for r in reversed(range(self.table.rowCount())):
            values = self._raw(r)
            if not any(
                v
                for col, v in zip(self.columns, values, strict=True)
                if not col.choices or col.placeholder
            ):
                self.table.removeRow(r)

    def append(self, values: Sequence[Any], focus_column: int = 0) -> None:
        """Add a row at the end and put the cursor in `focus_column`."""
        row = self.table.rowCount()
        self._put(row, values)
        self.select(row, focus_column)
        self.edited.emit()

    def add_row(self) -> None:
        first_text = next((i for i, c in enumerate(self.columns) if not c.choices), 0)
        self.append([self._empty_value(c) for c in self.columns], first_text)

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.edited.emit()

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        values = self._raw(row)
        self.table.removeRow(row)
        self._put(target, values)
        self.select(target, max(self.table.currentColumn(), 0))
        self.edited.emit()

    def select(self, row: int, column: int = 0) -> None:
        """Make `row` current and put the cursor there (an error names it, or it is new)."""
        self.table.setCurrentCell(row, column)
        self.table.scrollTo(self.table.model().index(row, column))
        widget = self.table.cellWidget(row, column)
        (widget or self.table).setFocus()
