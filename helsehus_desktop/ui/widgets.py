"""Small widgets shared by the tabs: date fields, an error line, a dialog that checks before
it closes, the question about unsaved edits, a unit picker, and a table editor for ordered
rows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core.dates import format_day, parse_day
from helsehus_desktop.core.orgchart_json import TEXT_LIMITS
from helsehus_desktop.ui.i18n import DATE_FORMAT

DASH = "–"  # an unset number, shown as such so it is never read as 0


def date_edit(day: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setDate(QDate(day or date.today()))
    return edit


class ErrorLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FormDialog(QDialog):
    """A dialog with an error line above OK/Cancel; `check()` returns an error or ""."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.body = QVBoxLayout(self)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_layout(self) -> None:
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    def check(self) -> str:
        return ""

    def accept(self) -> None:
        problem = self.check()
        self.error.show_message(problem)
        if not problem:
            super().accept()


class EditedSection(Protocol):
    """A page that holds edits until it is saved (the plan's and the meeting's sections)."""

    def title(self) -> str: ...
    def save_changes(self) -> bool: ...  # False when refused (the page then shows why)
    def set_dirty(self, dirty: bool = True) -> None: ...


S = TypeVar("S", bound=EditedSection)


def settle_unsaved(
    parent: QWidget, dirty: Sequence[S], show: Callable[[S], object]
) -> QMessageBox.StandardButton:
    """Ask whether to save or drop the unsaved edits of the `dirty` sections, and do it.
    Save: each is saved; if one refuses, it is shown (`show`) and the answer is Cancel.
    Discard: they are marked clean (the caller reloads what it shows, if need be).
    Returns Save, Discard or Cancel (stay where you are); Save when nothing is dirty."""
    if not dirty:
        return QMessageBox.StandardButton.Save
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("UnsavedEdits", "Ulagrede endringer"),
        QCoreApplication.translate(
            "UnsavedEdits", "Endringene på {0} er ikke lagret. Vil du lagre dem?"
        ).format(", ".join(f"«{s.title()}»" for s in dirty)),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return answer
    if answer == QMessageBox.StandardButton.Save:
        for section in dirty:
            if not section.save_changes():
                show(section)
                return QMessageBox.StandardButton.Cancel
        return answer
    for section in dirty:
        section.set_dirty(False)
    return QMessageBox.StandardButton.Discard


class UnitChoice(QComboBox):
    """Pick a unit by typing part of its name."""

    # The chosen unit's id (None: none chosen, or the text names no unit); emitted only when
    # that changes, whether a unit is picked from the list or its name typed out in full.
    unit_changed = Signal(object)

    def __init__(self, choices: Sequence[tuple[int | None, str]], current: int | None) -> None:
        super().__init__()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for uid, label in choices:
            self.addItem(label, uid)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        # Nothing chosen (empty) rather than a guess when `current` is not among the choices.
        self.setCurrentIndex(self.findData(current) if current is not None else -1)
        self.lineEdit().setCursorPosition(0)  # show the start of a long name, not its end
        self.setMinimumContentsLength(30)
        self._unit = self.chosen_unit()
        self.currentIndexChanged.connect(self._follow)
        self.editTextChanged.connect(self._follow)

    def chosen(self) -> tuple[bool, int | None]:
        """(whether the typed text names a choice, its unit id)."""
        index = self.findText(self.currentText(), Qt.MatchFlag.MatchExactly)
        return (index >= 0, self.itemData(index) if index >= 0 else None)

    def chosen_unit(self) -> int | None:
        """The chosen unit's id; None when the text names no unit."""
        ok, uid = self.chosen()
        return uid if ok else None

    def _follow(self) -> None:
        uid = self.chosen_unit()
        if uid != self._unit:
            self._unit = uid
            self.unit_changed.emit(uid)


# --- table editors -------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    header: str
    kind: str = "text"  # text | check | date | optional-date | unit
    width: int = 0
    max_length: int = TEXT_LIMITS["title"]


class RowsDialog(FormDialog):
    """Edit an ordered list of rows in a table; each row may carry hidden data (ids, keys)."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        intro: str,
        columns: Sequence[Column],
        rows: Sequence[tuple[Any, list[Any]]],
        unit_choices: Sequence[tuple[int | None, str]] = (),
        check_row: Callable[[list[Any]], tuple[int, str] | None] | None = None,
        check_table: Callable[[list[list[Any]]], tuple[int, int, str] | None] | None = None,
        ordered: bool = True,
    ) -> None:
        """`check_row(values)` and `check_table(rows)` name a problem as (row,) column and
        message; `ordered` when the order of the rows means something (it offers moving them)."""
        super().__init__(parent, title)
        self.columns = list(columns)
        self.unit_choices = list(unit_choices)
        self.check_row = check_row
        self.check_table = check_table
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.body.addWidget(label)
        self.table = QTableWidget(0, len(columns))
        self.table.setHorizontalHeaderLabels([c.header for c in columns])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(True)
        header = self.table.horizontalHeader()
        for i, col in enumerate(columns):
            if col.width:
                self.table.setColumnWidth(i, col.width)
            else:
                header.setSectionResizeMode(i, QHeaderView.ResizeMode.Stretch)
        for data, values in rows:
            self._append(data, values)
        self.body.addWidget(self.table)
        buttons = QHBoxLayout()
        actions = [(self.tr("&Legg til"), self.add_row), (self.tr("F&jern"), self.remove_row)]
        if ordered:
            actions += [
                (self.tr("Flytt &opp"), lambda: self.move_row(-1)),
                (self.tr("Flytt &ned"), lambda: self.move_row(1)),
            ]
        for text, slot in actions:
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        self.body.addLayout(buttons)
        self.extra = QFormLayout()
        self.body.addLayout(self.extra)
        self.finish_layout()
        self.resize(max(640, sum(c.width or 160 for c in columns) + 80), 380)

    def _append(self, data: Any, values: Sequence[Any]) -> None:
        self._put(self.table.rowCount(), data, values)

    def _put(self, row: int, data: Any, values: Sequence[Any]) -> None:
        self.table.insertRow(row)
        for col, (spec, value) in enumerate(zip(self.columns, values, strict=True)):
            if spec.kind == "unit":
                combo = UnitChoice(self.unit_choices, value)
                self.table.setCellWidget(row, col, combo)
                continue
            item = QTableWidgetItem()
            if spec.kind == "check":
                item.setFlags(
                    item.flags() & ~Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            elif spec.kind in ("date", "optional-date"):
                item.setText(format_day(value) if isinstance(value, date) else (value or ""))
            else:
                item.setText(value or "")
            self.table.setItem(row, col, item)
        self.table.item(row, self._first_item_column()).setData(Qt.ItemDataRole.UserRole, data)

    def _first_item_column(self) -> int:
        return next(i for i, c in enumerate(self.columns) if c.kind != "unit")

    def add_row(self) -> None:
        defaults = [
            date.today()
            if c.kind == "date"
            else False
            if c.kind == "check"
            else None
            if c.kind in ("unit", "optional-date")
            else ""
            for c in self.columns
        ]
        self._append(None, defaults)
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.setFocus()

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        data, values = self._row(row)
        self.table.removeRow(row)
        self._put(target, data, values)
        self.table.setCurrentCell(target, 0)

    def _row(self, row: int) -> tuple[Any, list[Any]]:
        values: list[Any] = []
        for col, spec in enumerate(self.columns):
            if spec.kind == "unit":
                values.append(self.table.cellWidget(row, col).chosen()[1])
                continue
            item = self.table.item(row, col)
            if spec.kind == "check":
                values.append(item.checkState() == Qt.CheckState.Checked)
            else:
                values.append(item.text().strip())
        return self.table.item(row, self._first_item_column()).data(
            Qt.ItemDataRole.UserRole
        ), values

    def rows(self) -> list[tuple[Any, list[Any]]]:
        """Each row's hidden data and values; dates parsed (call after `check`)."""
        out = []
        for row in range(self.table.rowCount()):
            data, values = self._row(row)
            for col, spec in enumerate(self.columns):
                if spec.kind in ("date", "optional-date"):
                    values[col] = parse_day(values[col]) if values[col] else None
            out.append((data, values))
        return out

    def check(self) -> str:
        for row in range(self.table.rowCount()):
            _data, values = self._row(row)
            for col, spec in enumerate(self.columns):
                text = values[col]
                if spec.kind == "unit":
                    ok, _uid = self.table.cellWidget(row, col).chosen()
                    if not ok or values[col] is None:
                        return self._cell_error(row, col, self.tr("velg en enhet fra listen"))
                elif spec.kind in ("date", "optional-date"):
                    if not text and spec.kind == "date":
                        return self._cell_error(row, col, self.tr("skriv inn en dato"))
                    if text:
                        try:
                            parse_day(text)
                        except ValueError:
                            return self._cell_error(
                                row,
                                col,
                                self.tr("«{0}» er ikke en dato på formen DD.MM.ÅÅÅÅ").format(text),
                            )
                elif spec.kind == "text" and len(text) > spec.max_length:
                    return self._cell_error(
                        row,
                        col,
                        self.tr("teksten er for lang (høyst {0} tegn)").format(spec.max_length),
                    )
            if self.check_row is not None:
                try:
                    parsed = self.rows()[row][1]
                except ValueError:
                    continue
                problem = self.check_row(parsed)
                if problem is not None:
                    return self._cell_error(row, *problem)
        if self.check_table is not None:
            whole = self.check_table([values for _data, values in self.rows()])
            if whole is not None:
                return self._cell_error(*whole)
        return ""

    def _cell_error(self, row: int, col: int, message: str) -> str:
        self.table.setCurrentCell(row, col)
        self.table.setFocus()
        return self.tr("Rad {0}, «{1}»: {2}.").format(row + 1, self.columns[col].header, message)


class OptionalNumberBox(QSpinBox):
    """A whole number from `low` to `high` that starts unset ("–"), so a value left out is never
    read as 0. Typing a digit over "–" replaces it, clearing the whole field unsets it, and the
    wheel turns it only while it has the focus (a scrolled page must not change it)."""

    def __init__(self, low: int, high: int) -> None:
        super().__init__()
        self._unset = low - 1
        self.setRange(self._unset, high)
        self.setSpecialValueText(DASH)
        self.setValue(self._unset)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def number(self) -> int | None:
        return None if self.value() == self._unset else self.value()

    def set_number(self, value: int | None) -> None:
        self.setValue(self._unset if value is None else value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.text().isdigit() and self.number() is None:
            self.lineEdit().selectAll()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.set_number(None)
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


class ListKeys(QObject):
    """Enter opens (or edits) and Delete deletes the chosen line of a list; installed as an
    event filter, the list claims both keys before a shortcut of the window (such as the
    organisation chart's Delete) can take them."""

    def __init__(
        self, parent: QObject, on_open: Callable[[], None], on_delete: Callable[[], None]
    ) -> None:
        super().__init__(parent)
        self.on_open, self.on_delete = on_open, on_delete

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            key = event.key()
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete):
                if event.type() == QEvent.Type.KeyPress:
                    (self.on_delete if key == Qt.Key.Key_Delete else self.on_open)()
                event.accept()
                return True
        return super().eventFilter(watched, event)
