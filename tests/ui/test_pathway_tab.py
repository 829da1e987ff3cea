"""Drive the "Palliative forløp" tab as a coordinator would and check the database."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.identity import with_control_digits
from helsehus_desktop.store import pathway_service, patient_service
from helsehus_desktop.store.access import access_log
from helsehus_desktop.ui.main_window import MainWindow
from helsehus_desktop.ui.pathways.pathway_dialogs import EvaluateDialog, LevelDialog
from helsehus_desktop.ui.pathways.patient_dialog import PatientDialog

NUMBER = with_control_digits("128845123")  # a synthetic number: month + 80


def press_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def tab_of(window):
    window.tabs.setCurrentWidget(window.pathway_tab)
    return window.pathway_tab


def add_patient(db, name="Testpasient Åse Øvrebø", level=2, number=NUMBER, **extra):
    patient = core.Patient(
        id=None, name=name, identity_number=number or "", birth_date=date(1944, 3, 1), **extra
    )
    return patient_service.create_patient(
        db, "test", patient, level=level, start_date=date.today() - timedelta(days=20)
    )


@pytest.fixture
def patient_window(qtbot, db, settings):
    pid = add_patient(db)
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    tab = tab_of(win)
    tab.select_patient(pid)
    return win


def test_register_a_patient_from_the_dialog(window, answer_dialog, db, qtbot):
    tab = tab_of(window)

    def fill(dialog: PatientDialog):
        qtbot.keyClicks(dialog.name, "Testpasient Åse Øvrebø")
        qtbot.keyClicks(dialog.number, NUMBER)
        assert "født 12.08.1945" in dialog.number_info.text()
        dialog.level.setCurrentIndex(dialog.level.findData(2))
        qtbot.keyClicks(dialog.gp_name, "Lege Fiktiv")
        press_ok(dialog)

    answer_dialog(fill)
    tab.new_patient()
    [pid] = patient_service.search_patient_ids(db, patient_service.PatientFilter())
    plan = pathway_service.load_plan(db, "test", pid)
    assert plan.patient.birth_date == date(1945, 8, 12)
    assert plan.patient.gp_name == "Lege Fiktiv"
    assert plan.pathway.level == 2
    assert tab.current_patient_id() == pid
    assert "Testpasient Åse Øvrebø" in tab.header.text()
    assert any(a.key == "smertelindring.plan_abc" for a in plan.activities)


def test_an_invalid_number_is_refused_in_the_dialog_with_the_reason(
    window, answer_dialog, db, qtbot
):
    tab = tab_of(window)
    seen = {}

    def fill(dialog: PatientDialog):
        qtbot.keyClicks(dialog.name, "Testpasient Bjørn")
        wrong = NUMBER[:10] + str((int(NUMBER[10]) + 1) % 10)
        qtbot.keyClicks(dialog.number, wrong)
        seen["live"] = dialog.number_info.text()
        press_ok(dialog)
        seen["error"] = dialog.error.text()
        seen["kept"] = (dialog.name.text(), dialog.number.text())
        seen["focus"] = dialog.focusWidget() is dialog.number
        dialog.reject()

    answer_dialog(fill)
    tab.new_patient()
    assert "kontrollsiffer" in seen["live"]
    assert "kontrollsiffer" in seen["error"]
    assert seen["kept"][0] == "Testpasient Bjørn" and seen["focus"]
    assert patient_service.search_patient_ids(db, patient_service.PatientFilter()) == []


def test_a_patient_without_number_needs_a_birth_date(window, answer_dialog, db, qtbot):
    tab = tab_of(window)
    seen = {}

    def fill(dialog: PatientDialog):
        qtbot.keyClicks(dialog.name, "Testpasient Uten Nummer")
        press_ok(dialog)
        seen["error"] = dialog.error.text()
        qtbot.keyClicks(dialog.birth, "03.04.1931")
        press_ok(dialog)

    answer_dialog(fill)
    tab.new_patient()
    assert "fødselsdato" in seen["error"]
    [pid] = patient_service.search_patient_ids(db, patient_service.PatientFilter())
    assert patient_service.get_patient(db, "test", pid).birth_date == date(1931, 4, 3)


def test_change_level_records_history_and_updates_the_checklist(
    patient_window, answer_dialog, db, qtbot
):
    tab = patient_window.pathway_tab
    pid = tab.current_patient_id()
    page = tab.section_list[0]

    def fill(dialog: LevelDialog):
        dialog.level.setCurrentIndex(dialog.level.findData(3))
        press_ok(dialog)
        assert "begrunnelse" in dialog.error.text().lower() or "hvorfor" in dialog.error.text()
        qtbot.keyClicks(dialog.reason, "Flere problemstillinger på kort tid")
        press_ok(dialog)

    answer_dialog(fill)
    page.change_level()
    plan = pathway_service.load_plan(db, "test", pid)
    assert plan.pathway.level == 3
    assert [c.to_level for c in plan.level_history] == [2, 3]
    assert plan.level_history[-1].reason == "Flere problemstillinger på kort tid"
    assert any(a.key == "tverrfaglig.ressursteam" and a.required for a in plan.activities)
    assert page.history.item(0, 2).text() == "Forløp 3"
    assert "Forløp 3" in tab.header.text()
    row = tab.model.row_of(pid)
    assert tab.model.index(row, 2).data() == "Forløp 3"


def test_ticking_an_activity_records_today_and_who(patient_window, db):
    tab = patient_window.pathway_tab
    section = tab.section_list[1]
    row = next(i for i, line in enumerate(section.lines) if line.key == "kartlegging.esas")
    section.table.item(row, 0).setCheckState(Qt.CheckState.Checked)
    plan = pathway_service.load_plan(db, "test", tab.current_patient_id())
    item = next(a for a in plan.activities if a.key == "kartlegging.esas")
    assert item.done and item.done_on == date.today() and item.done_by == tab.actor
    assert section.count.text().startswith("Utført: 1 av")


def test_unticking_asks_first(patient_window, answer_dialog, db):
    tab = patient_window.pathway_tab
    section = tab.section_list[1]
    section.table.item(0, 0).setCheckState(Qt.CheckState.Checked)
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    section.table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    plan = pathway_service.load_plan(db, "test", tab.current_patient_id())
    assert plan.activities[0].done
    assert section.table.item(0, 0).checkState() == Qt.CheckState.Checked


def test_stop_points_show_overdue_and_are_evaluated(patient_window, answer_dialog, db, qtbot):
    tab = patient_window.pathway_tab
    pid = tab.current_patient_id()
    pathway_service.add_stop_point(db, "test", pid, date.today() - timedelta(days=2))
    tab.plan_changed()
    row = tab.model.row_of(pid)
    assert "forfalt" in tab.model.index(row, 4).data()
    page = tab.section_list[0]
    page.stops.setCurrentCell(0, 0)

    def fill(dialog: EvaluateDialog):
        qtbot.keyClicks(dialog.outcome, "Stabil, fortsetter i forløp 2")
        dialog.next_due.setDate(QDate(date.today() + timedelta(days=14)))
        press_ok(dialog)

    answer_dialog(fill)
    page.evaluate_stop_point()
    plan = pathway_service.load_plan(db, "test", pid)
    assert plan.stop_points[0].outcome == "Stabil, fortsetter i forløp 2"
    assert plan.next_stop_point().due_on == date.today() + timedelta(days=14)
    assert "forfalt" not in tab.model.index(row, 4).data()


def test_the_list_filters_by_name_birth_date_level_and_status(qtbot, db, settings):
    add_patient(db, "Testpasient Åse Øvrebø", level=1)
    add_patient(
        db,
        "Prøvesen Kari",
        level=3,
        number="",
    )
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.show()
    tab = tab_of(win)
    assert tab.model.rowCount() == 2
    qtbot.keyClicks(tab.search, "øvre")
    tab.apply_filter()  # what the pause after typing does
    assert (
        [tab.model.index(0, 0).data()]
        == ["Testpasient Åse Øvrebø"]
        == [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    )
    tab.search.clear()
    qtbot.keyClicks(tab.search, "01.03.1944")
    tab.apply_filter()
    assert tab.model.rowCount() == 1  # only the one without a number has that birth date
    tab.search.clear()
    tab.level_filter.setCurrentIndex(tab.level_filter.findData(3))
    assert tab.model.rowCount() == 1 and tab.model.index(0, 0).data() == "Prøvesen Kari"
    assert tab.count_label.text() == "Pasienter: 1"


def test_unsaved_answers_are_offered_for_saving_before_switching(
    patient_window, answer_dialog, db, qtbot
):
    tab = patient_window.pathway_tab
    first = tab.current_patient_id()
    other = add_patient(db, "Testpasient Annen", number="")
    tab.apply_filter()
    page = tab.section_list[0]
    qtbot.keyClicks(page.prevent, "Plan A/B/C klar før helgen")
    assert page.is_dirty()
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    tab.select_patient(other)
    assert tab.current_patient_id() == first
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    tab.select_patient(other)
    assert tab.current_patient_id() == other
    plan = pathway_service.load_plan(db, "test", first)
    assert plan.pathway.prevent_escalation == "Plan A/B/C klar før helgen"


def test_delete_asks_and_the_access_log_remains(patient_window, answer_dialog, db):
    tab = patient_window.pathway_tab
    pid = tab.current_patient_id()
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    tab.delete_patient()
    assert patient_service.search_patient_ids(db, patient_service.PatientFilter()) == [pid]
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.delete_patient()
    assert patient_service.search_patient_ids(db, patient_service.PatientFilter()) == []
    actions = [e.action for e in access_log(db, "test", pid)]
    assert "delete" in actions and "read" in actions and "create" in actions


def test_the_chosen_patient_and_page_come_back_after_a_restart(patient_window, qtbot, db, settings):
    tab = patient_window.pathway_tab
    pid = tab.current_patient_id()
    tab.sections.setCurrentIndex(1)
    patient_window.close()
    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    again.show()
    assert again.pathway_tab.current_patient_id() == pid
    assert again.pathway_tab.sections.currentIndex() == 1
    assert again.tabs.currentWidget() is again.overview_tab  # the overview comes first, always


def test_print_plan_writes_a_pdf_and_logs_it(patient_window, monkeypatch, tmp_path, db):
    from pypdf import PdfReader

    tab = patient_window.pathway_tab
    out = tmp_path / "plan.pdf"
    monkeypatch.setattr(tab.files, "_target", lambda name, title: (out, False))
    tab.print_plan_action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Testpasient Åse Øvrebø" in text
    assert "print" in [e.action for e in access_log(db, "test", tab.current_patient_id())]


@pytest.mark.parametrize("kind", ["esas", "mobid"])
def test_blank_forms_carry_the_patient_name(patient_window, monkeypatch, tmp_path, kind):
    from pypdf import PdfReader

    tab = patient_window.pathway_tab
    out = tmp_path / f"{kind}.pdf"
    monkeypatch.setattr(tab.files, "_target", lambda name, title: (out, False))
    tab.files.blank_form(kind)
    assert "Testpasient Åse Øvrebø" in PdfReader(out).pages[0].extract_text()
