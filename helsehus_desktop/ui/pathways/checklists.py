"""The two checklists of the plan: the activities the pathway level asks for, and the
home-death checklist. Ticking a line records today and who ticked it; "Rediger…" sets another
date, the person and a note."""

from __future__ import annotations

import html
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.pathway_dialogs import ServiceDialog
from helsehus_desktop.ui.pathways.section import PlanHost, PlanSection
from helsehus_desktop.ui.pathways.tables import MUTED
from helsehus_desktop.ui.widgets import date_edit

Line = Any  # core.ActivityItem or core.ChecklistEntry: both have done, done_on, done_by, note


class LineDialog(ServiceDialog):
    def __init__(self, parent: QWidget | None, line: Line, actor: str, apply: Any) -> None:
        super().__init__(parent, self.tr("Registrer punkt"))
        self.line, self.apply = line, apply
        title = QLabel(f"<b>{html.escape(line.title)}</b>")
        title.setWordWrap(True)
        self.form.addRow(title)
        self.done = QCheckBox(self.tr("&Utført"))
        self.done.setChecked(line.done)
        self.day = date_edit(line.done_on or date.today())
        self.by = QLineEdit(line.done_by or actor)
        self.by.setMaxLength(200)
        self.note = QPlainTextEdit(line.note)
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.done.toggled.connect(self._toggle)
        self._toggle(line.done)
        self.form.addRow(self.done)
        self.form.addRow(self.tr("&Dato:"), self.day)
        self.form.addRow(self.tr("Utført &av:"), self.by)
        self.form.addRow(self.tr("&Merknad:"), self.note)
        self.fields = {"done_on": self.day, "done": self.done}
        self.finish_layout()
        self.resize(480, self.sizeHint().height())

    def _toggle(self, done: bool) -> None:
        self.day.setEnabled(done)
        self.by.setEnabled(done)

    def submit(self) -> None:
        done = self.done.isChecked()
        self.apply(
            replace(
                self.line,
                done=done,
                done_on=self.day.date().toPython() if done else None,
                done_by=self.by.text().strip() if done else "",
                note=self.note.toPlainText().strip(),
            )
        )


class ChecklistSection(PlanSection):
    """A checklist page; subclasses say where the lines come from and how one is saved."""

    with_groups = False

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        headers = [self.tr("Utført"), self.tr("Punkt"), self.tr("Dato"), self.tr("Av")]
        headers.append(self.tr("Merknad"))
        if self.with_groups:
            headers.insert(1, self.tr("Aktivitet"))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        title_col = 2 if self.with_groups else 1
        header.setSectionResizeMode(title_col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(len(headers) - 1, 220)
        # Rows follow their wrapped text whenever the columns change width.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit_line())
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.count = QLabel()
        row.addWidget(self.count)
        row.addStretch()
        edit = QPushButton(self.tr("Re&diger…"))
        edit.clicked.connect(self.edit_line)
        row.addWidget(edit)
        layout.addLayout(row)
        self.lines: list[Line] = []
        self._filling = False

    # what subclasses provide
    def lines_of(self, plan: core.PatientPlan) -> list[Line]:
        raise NotImplementedError

    def record(self, line: Line) -> None:
        raise NotImplementedError

    def muted(self, line: Line) -> str:
        """A note shown for a line that is kept but not asked for, or ""."""
        return ""

    def show_plan(self, plan: core.PatientPlan | None) -> None:
        super().show_plan(plan)
        self.setEnabled(plan is not None)
        self.lines = self.lines_of(plan) if plan is not None else []
        self._filling = True
        try:
            self._fill()
        finally:
            self._filling = False

    def _fill(self) -> None:
        self.table.setRowCount(0)
        self.table.setRowCount(len(self.lines))
        last_group = None
        for r, line in enumerate(self.lines):
            check = QTableWidgetItem()
            check.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            check.setCheckState(Qt.CheckState.Checked if line.done else Qt.CheckState.Unchecked)
            title = line.title
            why_muted = self.muted(line)
            if why_muted:
                title = f"{title} ({why_muted})"
            cells = [
                check,
                QTableWidgetItem(title),
                QTableWidgetItem(format_day(line.done_on)),
                QTableWidgetItem(line.done_by),
                QTableWidgetItem(line.note),
            ]
            if self.with_groups:
                group = QTableWidgetItem(line.group if line.group != last_group else "")
                font = QFont()
                font.setBold(True)
                group.setFont(font)
                cells.insert(1, group)
                last_group = line.group
            for c, item in enumerate(cells):
                if why_muted:
                    item.setForeground(QBrush(MUTED))
                self.table.setItem(r, c, item)
        asked = [line for line in self.lines if not self.muted(line)]
        done = sum(1 for line in asked if line.done)
        self.count.setText(self.tr("Utført: {0} av {1}").format(done, len(asked)))

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 0:
            return
        line = self.lines[item.row()]
        done = item.checkState() == Qt.CheckState.Checked
        if done == line.done:
            return
        if done:
            changed = replace(line, done=True, done_on=date.today(), done_by=self.host.actor)
        else:
            answer = QMessageBox.question(
                self,
                self.tr("Fjern avkrysning"),
                self.tr(
                    "Punktet blir merket som ikke utført, og dato og hvem som gjorde det, "
                    "fjernes. Merknaden blir stående. Fortsette?"
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self._filling = True
                item.setCheckState(Qt.CheckState.Checked)
                self._filling = False
                return
            changed = replace(line, done=False, done_on=None, done_by="")
        self.save(lambda: self.record(changed))

    def edit_line(self) -> None:
        row = self.table.currentRow()
        if self.plan is None or not 0 <= row < len(self.lines):
            return
        dialog = LineDialog(self, self.lines[row], self.host.actor, self.record)
        if dialog.exec():
            self.host.plan_changed()


class ActivitiesSection(ChecklistSection):
    with_groups = True

    def title(self) -> str:
        return self.tr("Aktiviteter")

    def lines_of(self, plan: core.PatientPlan) -> list[Line]:
        # What the level asks for first; lines kept from an earlier level after them.
        return sorted(plan.activities, key=lambda a: not a.required)

    def show_plan(self, plan: core.PatientPlan | None) -> None:
        if plan is not None:
            self.intro.setText(
                self.tr(
                    "Sannsynlige aktiviteter i {0}. Punkter fra et tidligere forløp "
                    "blir stående med det som er registrert."
                ).format(translate("Pathway", core.LEVEL_LABELS[plan.pathway.level]).lower())
            )
        super().show_plan(plan)

    def muted(self, line: Line) -> str:
        return "" if line.required else self.tr("ikke lenger krav i dette forløpet")

    def record(self, line: Line) -> None:
        pid = self.host.current_patient_id()
        assert pid is not None
        service.record_activity(self.host.db, self.host.actor, pid, line)


class HomeDeathSection(ChecklistSection):
    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.intro.setText(
            self.tr(
                "Sjekkliste ved forventet hjemmedød. Listen kan tilpasses for hvert sted "
                "(filen home_death.json i mappen «maler» ved siden av databasen)."
            )
        )

    def title(self) -> str:
        return self.tr("Hjemmedød")

    def lines_of(self, plan: core.PatientPlan) -> list[Line]:
        return list(plan.home_death)

    def record(self, line: Line) -> None:
        pid = self.host.current_patient_id()
        assert pid is not None
        service.record_home_death(self.host.db, self.host.actor, pid, line)
