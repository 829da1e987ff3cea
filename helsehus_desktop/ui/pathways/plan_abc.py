"""Plan A/B/C: the stepwise symptom plan, copied from the GP's order, and the three questions the
slide asks of it (public holidays, staffing, acute changes).

The medication lines are free text as the nurse writes them: the program never computes or
suggests a dose. `RowsTable`, the in-page table with add/remove/move that the medication lines,
the acute scenarios and the resource team are edited in, lives here too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.advance_care import FormSection, text_box
from helsehus_desktop.ui.pathways.section import PlanHost
from helsehus_desktop.ui.widgets import UnitChoice

NOTE_STYLE = "background: #fff4ce; border: 1px solid #e0c36c; border-radius: 3px; padding: 6px;"


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


# --- plan A/B/C ---------------------------------------------------------------------------------


def _no_drug(values: list[Any]) -> bool:
    return not values[0] and any(values[1:])


class StepPage(QWidget):
    """One step of the plan: when it applies, the measures, whom to call and the medicines."""

    def __init__(self, step: str) -> None:
        super().__init__()
        self.step = step
        self.applies_when = text_box(2)
        self.measures = text_box(3)
        self.call_whom = QLineEdit()
        self.call_whom.setPlaceholderText(self.tr("For eksempel kontaktsykepleier, deretter lege"))
        self.medications = RowsTable(
            [
                TableColumn(self.tr("Legemiddel"), 230),
                TableColumn(self.tr("Dose"), 100),
                TableColumn(self.tr("Administrasjonsmåte"), 150),
                TableColumn(self.tr("Intervall"), 150),
                TableColumn(self.tr("Maks per døgn"), 120),
            ],
            visible_rows=3,
        )
        form = QFormLayout()
        form.addRow(self.tr("Gjelder når:"), self.applies_when)
        form.addRow(self.tr("Tiltak:"), self.measures)
        form.addRow(self.tr("Hvem ringes:"), self.call_whom)
        form.addRow(QLabel(self.tr("Legemidler:")))
        form.addRow(self.medications)  # the whole width: five columns need the room
        layout = QVBoxLayout(self)
        layout.addLayout(form)

    def fill(self, step: core.PlanStep) -> None:
        self.applies_when.setPlainText(step.applies_when)
        self.measures.setPlainText(step.measures)
        self.call_whom.setText(step.call_whom)
        self.medications.set_rows(
            [[m.drug, m.dose, m.route, m.interval, m.max_per_day] for m in step.medications]
        )

    def typed(self) -> core.PlanStep:
        self.medications.drop_blank_rows()
        return core.PlanStep(
            step=self.step,
            applies_when=self.applies_when.toPlainText().strip(),
            measures=self.measures.toPlainText().strip(),
            call_whom=self.call_whom.text().strip(),
            medications=tuple(core.MedicationLine(*values) for values in self.medications.rows()),
        )


class PlanAbcSection(FormSection):
    """Plan A, B and C on sub-tabs, then the public holidays ahead and the plan's checks."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        note = QLabel(
            self.tr("Skriv av legens forordning. Programmet regner ikke ut eller foreslår doser.")
        )
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.body.addWidget(note)
        self.steps = {step: StepPage(step) for step in core.PLAN_STEPS}
        self.step_tabs = QTabWidget()
        for step, page in self.steps.items():
            self.step_tabs.addTab(
                page,
                self.tr("Plan {0} – {1}").format(
                    step, translate("Pathway", core.PLAN_STEP_MEANINGS[step])
                ),
            )
            self.watch(page.applies_when, page.measures, page.call_whom, page.medications)
        self.body.addWidget(self.step_tabs)

        checks = QGroupBox(self.tr("Kontroll av planen"))
        form = QFormLayout(checks)
        self.holidays = QLabel()
        self.holidays.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Helligdager de neste 30 dagene:"), self.holidays)
        self.check_holidays = text_box(2)
        self.check_staffing = text_box(2)
        self.check_acute = text_box(2)
        form.addRow(self.tr("Holder planen over helligdagene?"), self.check_holidays)
        form.addRow(self.tr("Bemanning:"), self.check_staffing)
        form.addRow(self.tr("Ved akutte endringer:"), self.check_acute)
        self.body.addWidget(checks)
        self.body.addStretch()
        self.watch(self.check_holidays, self.check_staffing, self.check_acute)

    def title(self) -> str:
        return self.tr("Plan A/B/C")

    def fill(self, plan: PatientPlan | None) -> None:
        by_step = {s.step: s for s in plan.plan_steps} if plan is not None else {}
        for step, page in self.steps.items():
            page.fill(by_step.get(step, core.PlanStep(step)))
        checks = plan.plan_checks if plan is not None else core.PlanChecks()
        self.check_holidays.setPlainText(checks.holidays)
        self.check_staffing.setPlainText(checks.staffing)
        self.check_acute.setPlainText(checks.acute_changes)

    def show_context(self, plan: PatientPlan | None) -> None:
        self.holidays.setText(self._holiday_lines(plan.holidays if plan is not None else ()))

    def _holiday_lines(self, holidays: Sequence[tuple[Any, str]]) -> str:
        if not holidays:
            return self.tr("Ingen helligdager de neste 30 dagene")
        locale = QLocale()
        return "\n".join(
            self.tr("{0} {1}: {2}").format(format_day(day), locale.dayName(day.isoweekday()), name)
            for day, name in holidays
        )

    def submit(self) -> bool:
        steps = [page.typed() for page in self.steps.values()]
        checks = core.PlanChecks(
            holidays=self.check_holidays.toPlainText().strip(),
            staffing=self.check_staffing.toPlainText().strip(),
            acute_changes=self.check_acute.toPlainText().strip(),
        )
        pid = self.patient_id()
        saved = self.save(
            lambda: service.save_plan_abc(self.host.db, self.host.actor, pid, steps, checks),
            {f"{step}.medications": page.medications for step, page in self.steps.items()},
        )
        if not saved:
            self._show_incomplete_medicine()
        return saved

    def _show_incomplete_medicine(self) -> None:
        """Open the step whose medicine line lacks the drug's name, on that line."""
        for page in self.steps.values():
            row = page.medications.first_row(_no_drug)
            if row is not None:
                self.step_tabs.setCurrentWidget(page)
                page.medications.select(row, 0)
                return
