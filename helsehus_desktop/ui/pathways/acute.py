"""Akutte endringer: the foreseen and unforeseen situations prepared for, and whom the patient
and family reach in the evening, at night, at weekends and on public holidays.

The slide lists this among the activities of pathway level 3; at a lower level the page says so
but stays usable, since preparing early is what keeps a level 2 from becoming a 3.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.forms import FormSection, RowsTable, TableColumn, text_box
from helsehus_desktop.ui.pathways.section import PlanHost

SITUATION, ACTION = 1, 2  # columns of the scenario table


class AcuteSection(FormSection):
    """Scenarios with what to do and whom to call, and the contact plan."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.level_note = QLabel(
            self.tr("Forberedelse til akutte endringer er en aktivitet i forløp 3.")
        )
        self.level_note.setStyleSheet("color: #555555;")
        self.level_note.setWordWrap(True)
        self.body.addWidget(self.level_note)

        box = QGroupBox(self.tr("Forutsette og uforutsette situasjoner"))
        inner = QVBoxLayout(box)
        self.scenarios = RowsTable(
            [
                TableColumn(
                    self.tr("Type"),
                    110,
                    choices=((True, self.tr("Forutsett")), (False, self.tr("Uforutsett"))),
                ),
                TableColumn(self.tr("Situasjon"), 230),
                TableColumn(self.tr("Hva gjøres"), 320),
                TableColumn(self.tr("Hvem ringes"), 180),
            ],
            visible_rows=5,
        )
        self.common_menu = QMenu(self)
        for text in (
            self.tr("Respirasjonsstøtte ikke aktuelt (resp minus)"),
            self.tr("Sykehusinnleggelse ikke aktuelt (sykehus minus)"),
            self.tr("Infeksjon: behandle eller ikke"),
            self.tr("Lungeødem"),
            self.tr("Akutt smerte"),
            self.tr("Uro/delir"),
            self.tr("Blødning"),
        ):
            action = self.common_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, t=text: self.add_common(t))
        common = QPushButton(self.tr("Legg til vanlig situasjon"))
        common.setToolTip(self.tr("Forslag til forutsette situasjoner fra lysarket om forløp 3"))
        common.setMenu(self.common_menu)
        self.scenarios.add_button(common)
        inner.addWidget(self.scenarios)
        self.body.addWidget(box, 1)

        contact = QGroupBox(self.tr("Kontaktplan"))
        form = QFormLayout(contact)
        self.contact = {key: QLineEdit() for key in core.CONTACT_TIMES}
        for key, label in core.CONTACT_TIMES.items():
            form.addRow(self.tr("{0}:").format(translate("Pathway", label)), self.contact[key])
        self.contact["evening"].setPlaceholderText(
            self.tr("Hvem pasient og pårørende ringer, med telefonnummer")
        )
        self.extra_visits = text_box(3)
        form.addRow(QLabel(self.tr("Behov for ekstra hjemmebesøk/oppfølging:")))
        form.addRow(self.extra_visits)
        self.body.addWidget(contact)
        self.watch(self.scenarios, *self.contact.values(), self.extra_visits)

    def title(self) -> str:
        return self.tr("Akutte endringer")

    def add_common(self, situation: str) -> None:
        """Add a foreseen situation from the slide's list; the cursor goes to what to do."""
        self.scenarios.append([True, situation, "", ""], ACTION)

    def show_context(self, plan: PatientPlan | None) -> None:
        self.level_note.setVisible(plan is not None and plan.pathway.level < 3)

    def fill(self, plan: PatientPlan | None) -> None:
        self.scenarios.set_rows(
            [[s.foreseen, s.scenario, s.action, s.call_whom] for s in plan.scenarios]
            if plan is not None
            else []
        )
        contact = plan.contact_plan if plan is not None else core.ContactPlan()
        for key, edit in self.contact.items():
            edit.setText(getattr(contact, key))
        self.extra_visits.setPlainText(contact.extra_visits)

    def submit(self) -> bool:
        self.scenarios.drop_blank_rows()
        scenarios = [core.AcuteScenario(*values) for values in self.scenarios.rows()]
        contact = core.ContactPlan(
            **{key: edit.text().strip() for key, edit in self.contact.items()},
            extra_visits=self.extra_visits.toPlainText().strip(),
        )
        pid = self.patient_id()
        saved = self.save(
            lambda: service.save_acute_preparation(
                self.host.db, self.host.actor, pid, scenarios, contact
            ),
            {"scenarios": self.scenarios},
        )
        if not saved:
            row = self.scenarios.first_row(lambda values: not values[SITUATION])
            if row is not None:
                self.scenarios.select(row, SITUATION)
        return saved
