"""Plan A/B/C: the stepwise symptom plan, copied from the GP's order, and the three questions the
slide asks of it (public holidays, staffing, acute changes).

The medication lines are free text as the nurse writes them: the program never computes or
suggests a dose.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.forms import FormSection, RowsTable, TableColumn, text_box
from helsehus_desktop.ui.pathways.section import PlanHost

NOTE_STYLE = "background: #fff4ce; border: 1px solid #e0c36c; border-radius: 3px; padding: 6px;"


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
