"""The four edited pages of the plan (forhåndssamtale, plan A/B/C, akutte endringer, ressursteam):
what is typed is saved and shown again, a refused value is reported at the field and nothing
typed is lost, unsaved edits are tracked and can be undone."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QWidget

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.identity import with_control_digits
from helsehus_desktop.store import orgchart_service, pathway_service, patient_service
from helsehus_desktop.store.sample import load_sample
from helsehus_desktop.ui.pathways.acute import AcuteSection
from helsehus_desktop.ui.pathways.advance_care import AdvanceCareSection
from helsehus_desktop.ui.pathways.forms import FormSection, RowsTable
from helsehus_desktop.ui.pathways.plan_abc import PlanAbcSection
from helsehus_desktop.ui.pathways.team import ChartPickDialog, TeamSection

ACTOR = "test"


def synthetic_number(born: date) -> str:
    """A synthetic test number (month + 80) for `born`."""
    stem = f"{born.day:02d}{born.month + 80:02d}{born.year % 100:02d}"
    return next(n for i in range(100, 500) if (n := with_control_digits(f"{stem}{i}")))


class FakeHost:
    """The tab around the sections: it knows the patient and reloads the plan after a save."""

    def __init__(self, db, patient_id: int, today: date | None = None) -> None:
        self.db = db
        self.actor = ACTOR
        self.patient_id = patient_id
        self.today = today
        self.sections: list[FormSection] = []

    def current_patient_id(self) -> int | None:
        return self.patient_id

    def plan(self) -> core.PatientPlan:
        return pathway_service.load_plan(self.db, self.actor, self.patient_id, self.today)

    def plan_changed(self) -> None:
        plan = self.plan()
        for section in self.sections:
            section.show_plan(plan)


def make_patient(db, level: int = 2) -> int:
    born = date(1941, 3, 14)
    patient = core.Patient(
        None,
        "Testpasient Åse Øvrebø",
        synthetic_number(born),
        born,
        gp_name="Fastlege Per Prøvesen",
        gp_phone="74 00 00 01",
    )
    return patient_service.create_patient(
        db, ACTOR, patient, level=level, start_date=date.today() - timedelta(days=20)
    )


@pytest.fixture
def host(db):
    return FakeHost(db, make_patient(db))


def open_section(qtbot, host: FakeHost, cls: type[FormSection]) -> FormSection:
    section = cls(host)
    qtbot.addWidget(section)
    host.sections.append(section)
    section.show_plan(host.plan())
    section.resize(1000, 700)
    section.show()
    qtbot.waitExposed(section)
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    return section


def retype(qtbot, widget: QWidget, text: str) -> None:
    """Replace a field's text by typing, as the user would."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def type_cell(qtbot, rows: RowsTable, row: int, column: int, text: str) -> None:
    """Open a table cell's editor, type, and press Enter."""
    table = rows.table
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    index = table.model().index(row, column)
    editor = table.indexWidget(index)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.indexWidget(index) is None)  # the delegate commits queued


def press_save(qtbot, section: FormSection, widget: QWidget) -> None:
    """Ctrl+S while the cursor is in `widget` on the page (shortcuts need the active window)."""
    section.activateWindow()
    qtbot.waitUntil(section.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- forhåndssamtale ---------------------------------------------------------------------------


def test_advance_care_is_saved_and_shown_again(qtbot, host):
    page = open_section(qtbot, host, AdvanceCareSection)
    assert page.title() == "Forhåndssamtale"
    assert not page.held_on.isEnabled() and not page.is_dirty()
    held = date.today() - timedelta(days=3)
    page.held.setChecked(True)
    page.held_on.setDate(QDate(held))
    retype(qtbot, page.participants, "Pasienten, datter, fastlege")
    retype(qtbot, page.what_matters, "Å være hjemme med katten")
    retype(qtbot, page.place_of_care, "Hjemme")
    retype(qtbot, page.place_of_death, "Hjemme")
    page.hospital.setCurrentIndex(page.hospital.findData("no"))
    page.respirator.setCurrentIndex(page.respirator.findData("no"))
    page.cpr.setCurrentIndex(page.cpr.findData("no_cpr"))
    retype(qtbot, page.infection, "Antibiotika i tablettform")
    retype(qtbot, page.other_limits, "Ingen sondeernæring")
    page.flagged.setChecked(True)
    assert page.is_dirty() and page.save_button.isEnabled()

    click(qtbot, page.save_button)

    assert page.error.isHidden() and not page.is_dirty()
    assert host.plan().advance_care == core.AdvanceCarePlan(
        held_on=held,
        participants="Pasienten, datter, fastlege",
        what_matters="Å være hjemme med katten",
        preferred_place_of_care="Hjemme",
        preferred_place_of_death="Hjemme",
        hospital_admission="no",
        respirator="no",
        cpr_status="no_cpr",
        infection_treatment="Antibiotika i tablettform",
        other_limits="Ingen sondeernæring",
        flagged_in_record=True,
    )
    fresh = open_section(qtbot, host, AdvanceCareSection)
    assert fresh.held.isChecked() and fresh.held_on.date().toPython() == held
    assert fresh.participants.text() == "Pasienten, datter, fastlege"
    assert fresh.what_matters.toPlainText() == "Å være hjemme med katten"
    assert fresh.cpr.currentText() == "HLR minus" and fresh.hospital.currentText() == "Nei"
    assert fresh.flagged.isChecked() and not fresh.is_dirty()

    fresh.held.setChecked(False)  # "not held" is stored as no date
    click(qtbot, fresh.save_button)
    assert host.plan().advance_care.held_on is None


def test_advance_care_future_date_is_refused_at_the_date(qtbot, host):
    page = open_section(qtbot, host, AdvanceCareSection)
    retype(qtbot, page.participants, "Pasienten og sønn")
    page.held.setChecked(True)
    page.held_on.setDate(QDate(date.today() + timedelta(days=7)))

    press_save(qtbot, page, page.participants)

    assert page.error.isVisible()
    assert page.error.text() == "Datoen kan ikke være fram i tid."
    assert page.held_on.hasFocus()
    assert page.participants.text() == "Pasienten og sønn" and page.is_dirty()
    assert host.plan().advance_care == core.AdvanceCarePlan()

    page.held_on.setDate(QDate(date.today()))
    assert page.save_changes()
    assert page.error.isHidden()
    assert host.plan().advance_care.participants == "Pasienten og sønn"


# --- plan A/B/C --------------------------------------------------------------------------------


def test_plan_abc_is_saved_and_shown_again(qtbot, db):
    host = FakeHost(db, make_patient(db), today=date(2026, 12, 10))
    page = open_section(qtbot, host, PlanAbcSection)
    assert page.title() == "Plan A/B/C"
    assert "regner ikke ut eller foreslår doser" in page.body.itemAt(0).widget().text()
    assert "25.12.2026" in page.holidays.text() and "Første juledag" in page.holidays.text()
    a, c = page.steps["A"], page.steps["C"]
    retype(qtbot, a.applies_when, "Daglig, rolig forløp")
    retype(qtbot, a.measures, "Faste legemidler morgen og kveld")
    retype(qtbot, a.call_whom, "Kontaktsykepleier")
    for _ in range(2):
        click(qtbot, a.medications.buttons.itemAt(0).widget())  # Legg til
    for column, text in enumerate(("Paracetamol", "1 g", "Peroralt", "x 3", "3 g")):
        type_cell(qtbot, a.medications, 0, column, text)
    type_cell(qtbot, a.medications, 1, 0, "Oksykodon depot")
    type_cell(qtbot, a.medications, 1, 1, "10 mg")
    a.medications.table.setCurrentCell(1, 0)
    a.medications.move_row(-1)  # Oksykodon first
    page.step_tabs.setCurrentWidget(c)
    click(qtbot, c.medications.buttons.itemAt(0).widget())
    type_cell(qtbot, c.medications, 0, 0, "Midazolam")
    type_cell(qtbot, c.medications, 0, 3, "Ved uro")
    click(qtbot, c.medications.buttons.itemAt(0).widget())  # left empty: dropped on save
    retype(qtbot, page.check_holidays, "Legemidler hentet før jul")
    retype(qtbot, page.check_staffing, "To sykepleiere i helgene")
    retype(qtbot, page.check_acute, "Plan C er kjent for nattpatruljen")

    press_save(qtbot, page, page.check_acute)

    assert page.error.isHidden() and not page.is_dirty()
    plan = host.plan()
    steps = {s.step: s for s in plan.plan_steps}
    assert steps["A"].applies_when == "Daglig, rolig forløp"
    assert steps["A"].call_whom == "Kontaktsykepleier"
    assert steps["A"].medications == (
        core.MedicationLine("Oksykodon depot", "10 mg"),
        core.MedicationLine("Paracetamol", "1 g", "Peroralt", "x 3", "3 g"),
    )
    assert steps["B"].medications == ()
    assert steps["C"].medications == (core.MedicationLine("Midazolam", interval="Ved uro"),)
    assert plan.plan_checks == core.PlanChecks(
        "Legemidler hentet før jul", "To sykepleiere i helgene", "Plan C er kjent for nattpatruljen"
    )
    fresh = open_section(qtbot, host, PlanAbcSection)
    assert fresh.steps["A"].medications.rows()[1] == [
        "Paracetamol",
        "1 g",
        "Peroralt",
        "x 3",
        "3 g",
    ]
    assert fresh.steps["C"].medications.table.rowCount() == 1
    assert fresh.check_staffing.toPlainText() == "To sykepleiere i helgene"


def test_plan_abc_without_holidays_says_so(qtbot, db):
    host = FakeHost(db, make_patient(db), today=date(2026, 2, 1))
    page = open_section(qtbot, host, PlanAbcSection)
    assert page.holidays.text() == "Ingen helligdager de neste 30 dagene"


def test_plan_abc_medicine_without_drug_is_refused_at_its_line(qtbot, host):
    page = open_section(qtbot, host, PlanAbcSection)
    b = page.steps["B"]
    retype(qtbot, page.steps["A"].measures, "Munnstell")
    page.step_tabs.setCurrentWidget(b)
    click(qtbot, b.medications.buttons.itemAt(0).widget())
    type_cell(qtbot, b.medications, 0, 0, "Morfin")
    click(qtbot, b.medications.buttons.itemAt(0).widget())
    type_cell(qtbot, b.medications, 1, 1, "5 mg")
    page.step_tabs.setCurrentIndex(0)  # the user is looking at plan A when saving

    click(qtbot, page.save_button)

    assert page.error.isVisible()
    assert page.error.text() == "Plan B, legemiddel nr. 2: skriv navnet på legemiddelet."
    assert page.step_tabs.currentWidget() is b
    assert b.medications.table.hasFocus() and b.medications.table.currentRow() == 1
    assert b.medications.rows() == [["Morfin", "", "", "", ""], ["", "5 mg", "", "", ""]]
    assert page.steps["A"].measures.toPlainText() == "Munnstell" and page.is_dirty()
    assert host.plan().plan_steps[0].measures == ""


# --- akutte endringer --------------------------------------------------------------------------


def test_acute_level_note_only_below_level_three(qtbot, db):
    low = open_section(qtbot, FakeHost(db, make_patient(db, level=2)), AcuteSection)
    assert low.level_note.isVisible()
    assert low.level_note.text() == "Forberedelse til akutte endringer er en aktivitet i forløp 3."
    assert low.content.isEnabled()
    other = core.Patient(None, "Testpasient Ola Nordmann", "", date(1950, 6, 1))
    pid = patient_service.create_patient(db, ACTOR, other, level=3, start_date=date.today())
    high = open_section(qtbot, FakeHost(db, pid), AcuteSection)
    assert not high.level_note.isVisible()


def test_acute_preparation_is_saved_and_shown_again(qtbot, host):
    page = open_section(qtbot, host, AcuteSection)
    assert page.title() == "Akutte endringer"
    common = {a.text(): a for a in page.common_menu.actions()}
    assert len(common) == 7 and "Uro/delir" in common
    common["Lungeødem"].trigger()
    assert page.scenarios.table.currentColumn() == 2  # ready to write what to do
    type_cell(qtbot, page.scenarios, 0, 2, "Heve hodeenden, ring lege")
    type_cell(qtbot, page.scenarios, 0, 3, "Legevakt 116 117")
    click(qtbot, page.scenarios.buttons.itemAt(0).widget())  # Legg til
    kind = page.scenarios.table.cellWidget(1, 0)
    kind.setCurrentIndex(kind.findData(False))
    type_cell(qtbot, page.scenarios, 1, 1, "Fall i hjemmet")
    click(qtbot, page.scenarios.buttons.itemAt(0).widget())  # left empty: dropped on save
    retype(qtbot, page.contact["evening"], "Hjemmetjenesten Nord 74 00 00 02")
    retype(qtbot, page.contact["night"], "Nattpatruljen")
    retype(qtbot, page.contact["weekend"], "Hjemmetjenesten helg")
    retype(qtbot, page.contact["holiday"], "Legevakt")
    retype(qtbot, page.extra_visits, "Tilsyn kl. 12 og 18")

    click(qtbot, page.save_button)

    assert page.error.isHidden() and not page.is_dirty()
    plan = host.plan()
    assert plan.scenarios == (
        core.AcuteScenario(True, "Lungeødem", "Heve hodeenden, ring lege", "Legevakt 116 117"),
        core.AcuteScenario(False, "Fall i hjemmet"),
    )
    assert plan.contact_plan == core.ContactPlan(
        "Hjemmetjenesten Nord 74 00 00 02",
        "Nattpatruljen",
        "Hjemmetjenesten helg",
        "Legevakt",
        "Tilsyn kl. 12 og 18",
    )
    fresh = open_section(qtbot, host, AcuteSection)
    assert fresh.scenarios.rows() == [
        [True, "Lungeødem", "Heve hodeenden, ring lege", "Legevakt 116 117"],
        [False, "Fall i hjemmet", "", ""],
    ]
    assert fresh.scenarios.table.cellWidget(1, 0).currentText() == "Uforutsett"
    assert fresh.contact["night"].text() == "Nattpatruljen"


def test_acute_scenario_without_situation_is_refused(qtbot, host):
    page = open_section(qtbot, host, AcuteSection)
    page.common_menu.actions()[4].trigger()  # Akutt smerte
    click(qtbot, page.scenarios.buttons.itemAt(0).widget())
    type_cell(qtbot, page.scenarios, 1, 2, "Gi behovsdose etter plan B")

    click(qtbot, page.save_button)

    assert page.error.text() == "Situasjon nr. 2: beskriv situasjonen."
    assert page.scenarios.table.hasFocus()
    assert (page.scenarios.table.currentRow(), page.scenarios.table.currentColumn()) == (1, 1)
    assert page.scenarios.rows()[1] == [True, "", "Gi behovsdose etter plan B", ""]
    assert host.plan().scenarios == ()


# --- ressursteam -------------------------------------------------------------------------------


def test_team_member_from_the_chart_and_the_gp(qtbot, db, answer_dialog):
    load_sample(db, ACTOR)
    view = orgchart_service.load_snapshot(db).view(date.today())
    cancer = next(u.id for u in view.units.values() if u.name == "Kreftkoordinator")
    host = FakeHost(db, make_patient(db))
    page = open_section(qtbot, host, TeamSection)
    assert page.title() == "Ressursteam"

    def pick(dialog: ChartPickDialog) -> None:
        dialog.unit.setCurrentIndex(dialog.unit.findData(cancer))
        people = [dialog.people.item(i).text() for i in range(dialog.people.count())]
        assert people[0] == "Kreftkoordinator: Grete Brenne"
        dialog.people.setCurrentRow(0)
        dialog.role.setCurrentIndex(dialog.role.findData("cancer_coordinator"))
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    seen = answer_dialog(pick)
    click(qtbot, page.from_chart)
    assert len(seen) == 1
    type_cell(qtbot, page.members, 0, 2, "74 00 00 03")
    click(qtbot, page.add_gp)

    press_save(qtbot, page, page.members.table)

    assert page.error.isHidden() and not page.is_dirty()
    assert host.plan().team == (
        core.TeamMember("cancer_coordinator", "Grete Brenne", "74 00 00 03", cancer),
        core.TeamMember("gp", "Fastlege Per Prøvesen", "74 00 00 01"),
    )
    fresh = open_section(qtbot, host, TeamSection)
    assert fresh.members.table.cellWidget(0, 0).currentText() == "Kreftkoordinator"
    assert fresh.members.table.cellWidget(0, 3).currentText() == "Kreftkoordinator"
    assert fresh.members.table.item(1, 1).text() == "Fastlege Per Prøvesen"


def test_chart_dialog_asks_for_unit_person_and_role(qtbot, db):
    load_sample(db, ACTOR)
    dialog = ChartPickDialog(None, orgchart_service.load_snapshot(db).view(date.today()))
    qtbot.addWidget(dialog)
    assert dialog.check() == "Velg en enhet fra listen."
    dialog.unit.setCurrentIndex(dialog.unit.findText("Staup Helsehus"))
    names = [dialog.people.item(i).text() for i in range(dialog.people.count())]
    assert "Tilsynslege: Sjur Agdestein" in names and names[-1] == "Enheten selv: Staup Helsehus"
    assert dialog.check() == "Velg hvilken rolle de har rundt pasienten."


def test_team_member_without_name_is_refused(qtbot, host):
    page = open_section(qtbot, host, TeamSection)
    click(qtbot, page.members.buttons.itemAt(0).widget())  # Legg til
    role = page.members.table.cellWidget(0, 0)
    assert role.currentIndex() == -1 and role.placeholderText() == "Velg rolle"
    role.setCurrentIndex(role.findData("physio_ergo"))
    type_cell(qtbot, page.members, 0, 2, "fysio@example.no")

    click(qtbot, page.save_button)

    assert page.error.text() == "Medlem nr. 1: skriv navnet."
    assert page.members.table.hasFocus()
    assert (page.members.table.currentRow(), page.members.table.currentColumn()) == (0, 1)
    assert page.members.rows() == [["physio_ergo", "", "fysio@example.no", None]]
    assert host.plan().team == ()

    role.setCurrentIndex(-1)
    type_cell(qtbot, page.members, 0, 1, "Fysioterapeut Testesen")
    click(qtbot, page.save_button)
    assert page.error.text() == "Medlem nr. 1: velg en rolle."
    assert page.members.table.cellWidget(0, 0).hasFocus()


def test_team_unit_that_is_not_in_the_chart_is_refused(qtbot, host):
    page = open_section(qtbot, host, TeamSection)
    click(qtbot, page.add_gp)
    unit = page.members.table.cellWidget(0, 3)
    qtbot.keyClicks(unit.lineEdit(), "Ukjent legekontor")

    click(qtbot, page.save_button)

    assert page.error.text() == "Medlem nr. 1: velg en enhet fra listen, eller la feltet stå tomt."
    assert unit.hasFocus() and unit.currentText() == "Ukjent legekontor"
    assert host.plan().team == ()


# --- shared behaviour --------------------------------------------------------------------------


def _edit_first_field(qtbot, page: FormSection) -> tuple[QWidget, str]:
    """Change one field of the page; returns it and the text it showed before."""
    if isinstance(page, AdvanceCareSection):
        field = page.participants
    elif isinstance(page, PlanAbcSection):
        field = page.steps["A"].call_whom
    elif isinstance(page, AcuteSection):
        field = page.contact["evening"]
    else:
        page.members.add_row()
        return page.members.table, ""
    before = field.text()
    retype(qtbot, field, "Endret, men ikke lagret")
    return field, before


@pytest.mark.parametrize("cls", [AdvanceCareSection, PlanAbcSection, AcuteSection, TeamSection])
def test_dirty_tracking_and_revert(qtbot, host, cls):
    page = open_section(qtbot, host, cls)
    assert not page.is_dirty()
    assert not page.save_button.isEnabled() and not page.revert_button.isEnabled()
    assert page.save_changes()  # nothing to save

    field, before = _edit_first_field(qtbot, page)

    assert page.is_dirty() and page.save_button.isEnabled() and page.revert_button.isEnabled()
    click(qtbot, page.revert_button)
    assert not page.is_dirty() and not page.save_button.isEnabled()
    if isinstance(page, TeamSection):
        assert page.members.table.rowCount() == 0
    else:
        assert field.text() == before


@pytest.mark.parametrize("cls", [AdvanceCareSection, PlanAbcSection, AcuteSection, TeamSection])
def test_no_patient_leaves_the_page_empty_and_disabled(qtbot, host, cls):
    page = open_section(qtbot, host, cls)
    _edit_first_field(qtbot, page)
    page.show_plan(None)
    assert not page.content.isEnabled() and not page.is_dirty()
    assert not page.save_button.isEnabled()
    assert page.save_changes()


def test_saving_one_page_keeps_unsaved_edits_on_another(qtbot, host):
    acp = open_section(qtbot, host, AdvanceCareSection)
    abc = open_section(qtbot, host, PlanAbcSection)
    retype(qtbot, acp.participants, "Pasienten og datter")
    retype(qtbot, abc.steps["A"].measures, "Munnstell")

    click(qtbot, abc.save_button)

    assert host.plan().plan_steps[0].measures == "Munnstell"
    assert acp.participants.text() == "Pasienten og datter" and acp.is_dirty()
    click(qtbot, acp.revert_button)
    assert acp.participants.text() == "" and not acp.is_dirty()
    assert abc.steps["A"].measures.toPlainText() == "Munnstell"
