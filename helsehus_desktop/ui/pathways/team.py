"""Ressursteam: the people around the patient (GP, palliative team, hospital, physio/ergo, cancer
coordinator, interpreter), typed in or taken from the organisation chart where they are in it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.orgchart import OrgView
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.store import orgchart_service
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.forms import FormSection, RowsTable, TableColumn
from helsehus_desktop.ui.pathways.section import PlanHost
from helsehus_desktop.ui.widgets import FormDialog, UnitChoice

ROLE, NAME, CONTACT = range(3)  # columns of the team table (the fourth is the unit)


def role_choices() -> tuple[tuple[str, str], ...]:
    return tuple((key, translate("Pathway", label)) for key, label in core.TEAM_ROLES.items())


def join_contact(*parts: str) -> str:
    return ", ".join(p.strip() for p in parts if p.strip())


@dataclass(frozen=True)
class ChartPerson:
    """Someone the chart names for a unit, as a team member would be written."""

    label: str  # how the dialog lists them
    name: str
    contact: str


class ChartPickDialog(FormDialog):
    """Pick a unit, then a person in it (a position or a step of its contact chain) or the unit
    itself, and the role they have around this patient."""

    def __init__(self, parent: QWidget | None, view: OrgView) -> None:
        super().__init__(parent, self.tr("Legg til fra organisasjonskartet"))
        self.view = view
        choices = sorted(((u.id, u.name) for u in view.units.values()), key=lambda c: c[1].lower())
        self.unit = UnitChoice(choices, None)
        self.unit.setPlaceholderText(self.tr("Skriv eller velg en enhet"))
        self.people = QListWidget()
        self.people.setMinimumHeight(180)
        self.role = QComboBox()
        self.role.setPlaceholderText(self.tr("Velg rolle"))
        for key, label in role_choices():
            self.role.addItem(label, key)
        self.role.setCurrentIndex(-1)
        form = QFormLayout()
        form.addRow(self.tr("Enhet:"), self.unit)
        form.addRow(self.tr("Person:"), self.people)
        form.addRow(self.tr("Rolle rundt pasienten:"), self.role)
        self.body.addLayout(form)
        self.finish_layout()
        self.unit.unit_changed.connect(self._show_people)
        self.resize(560, 400)

    def _show_people(self, uid: int | None) -> None:
        self.people.clear()
        if uid is None:
            return
        for person in self.people_of(uid):
            item = QListWidgetItem(person.label)
            item.setData(Qt.ItemDataRole.UserRole, person)
            self.people.addItem(item)
        self.people.setCurrentRow(0)

    def people_of(self, unit_id: int) -> list[ChartPerson]:
        unit = self.view.units[unit_id]
        out = []
        for pos in self.view.positions.get(unit_id, []):
            if not pos.vacant:
                contact = join_contact(pos.phone, pos.email)
                out.append(
                    ChartPerson(
                        self.tr("{0}: {1}").format(pos.title, pos.person_name)
                        + (f" ({contact})" if contact else ""),
                        pos.person_name.strip(),
                        contact,
                    )
                )
        for step in self.view.contacts.get(unit_id, []):
            if step.person_name.strip():
                out.append(
                    ChartPerson(
                        self.tr("Kontaktrekkefølge {0}, {1}: {2}").format(
                            step.rank, step.label, step.person_name
                        )
                        + (f" ({step.phone})" if step.phone else ""),
                        step.person_name.strip(),
                        step.phone.strip(),
                    )
                )
        out.append(
            ChartPerson(
                self.tr("Enheten selv: {0}").format(unit.name)
                + (f" ({unit.phone})" if unit.phone else ""),
                unit.name,
                unit.phone.strip(),
            )
        )
        return out

    def check(self) -> str:
        ok, uid = self.unit.chosen()
        if not ok or uid is None:
            self.unit.setFocus()
            return self.tr("Velg en enhet fra listen.")
        if self.people.currentItem() is None:
            self.people.setFocus()
            return self.tr("Velg en person eller enheten selv.")
        if self.role.currentIndex() < 0:
            self.role.setFocus()
            return self.tr("Velg hvilken rolle de har rundt pasienten.")
        return ""

    def member(self) -> core.TeamMember:
        person: ChartPerson = self.people.currentItem().data(Qt.ItemDataRole.UserRole)
        return core.TeamMember(
            self.role.currentData(), person.name, person.contact, self.unit.chosen()[1]
        )


class TeamSection(FormSection):
    """The palliative resource team around the patient."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        intro = QLabel(
            self.tr(
                "Hvem som er med rundt pasienten, og hvordan de nås. Enhet fylles ut når "
                "personen finnes i organisasjonskartet."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.members = RowsTable(
            [
                TableColumn(
                    self.tr("Rolle"), 170, choices=role_choices(), placeholder=self.tr("Velg rolle")
                ),
                TableColumn(self.tr("Navn"), 220),
                TableColumn(self.tr("Kontakt (telefon/e-post)"), 200),
                TableColumn(self.tr("Enhet i organisasjonskartet"), 240, unit=True),
            ],
            visible_rows=8,
        )
        self.from_chart = QPushButton(self.tr("Legg til fra organisasjonskartet…"))
        self.from_chart.clicked.connect(self.add_from_chart)
        self.add_gp = QPushButton(self.tr("Legg til fastlege"))
        self.add_gp.clicked.connect(self.add_gp_row)
        self.members.add_button(self.from_chart)
        self.members.add_button(self.add_gp)
        self.body.addWidget(self.members, 1)
        self.watch(self.members)

    def title(self) -> str:
        return self.tr("Ressursteam")

    def _view(self) -> OrgView:
        return orgchart_service.load_snapshot(self.host.db).view(date.today())

    def fill(self, plan: PatientPlan | None) -> None:
        if plan is None:
            self.members.set_rows([])
            return
        choices = {u.id: u.name for u in self._view().units.values()}
        self.from_chart.setEnabled(bool(choices))
        self.from_chart.setToolTip("" if choices else self.tr("Organisasjonskartet er tomt."))
        # A member's unit that has since left the chart stays, marked, so saving keeps it.
        for uid, name in plan.unit_names.items():
            choices.setdefault(uid, self.tr("{0} (ikke lenger i kartet)").format(name))
        self.members.unit_choices = sorted(choices.items(), key=lambda c: c[1].lower())
        self.members.set_rows([[t.role, t.name, t.contact, t.unit_id] for t in plan.team])

    def show_context(self, plan: PatientPlan | None) -> None:
        gp = plan.patient.gp_name.strip() if plan is not None else ""
        self.add_gp.setEnabled(bool(gp))
        self.add_gp.setToolTip("" if gp else self.tr("Ingen fastlege er registrert på pasienten."))

    def add_gp_row(self) -> None:
        if self.plan is None:
            return
        patient = self.plan.patient
        self.members.append(["gp", patient.gp_name.strip(), patient.gp_phone.strip(), None], NAME)

    def add_from_chart(self) -> None:
        dialog = ChartPickDialog(self, self._view())
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return
        m = dialog.member()
        self.members.append([m.role, m.name, m.contact, m.unit_id], CONTACT)

    def submit(self) -> bool:
        self.members.drop_blank_rows()
        wrong = self.members.unknown_unit()
        if wrong is not None:
            self.error.show_message(
                self.tr(
                    "Medlem nr. {0}: velg en enhet fra listen, eller la feltet stå tomt."
                ).format(wrong[0] + 1)
            )
            self.members.select(*wrong)
            return False
        members = [
            core.TeamMember(role or "", name, contact, unit_id)
            for role, name, contact, unit_id in self.members.rows()
        ]
        pid = self.patient_id()
        saved = self.save(
            lambda: service.save_team(self.host.db, self.host.actor, pid, members),
            {"team": self.members},
        )
        if not saved:
            # The service names the first member without a role or a name: put the cursor there.
            row = self.members.first_row(lambda v: v[ROLE] is None or not v[NAME])
            if row is not None:
                self.members.select(row, ROLE if self.members.rows()[row][ROLE] is None else NAME)
        return saved
