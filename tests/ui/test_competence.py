"""Drive the competence view (Møter → Kompetanse) as the working group would: the register of
competence per unit with its summary, and training needs raised in meetings."""

from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QLabel, QMessageBox

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.orgchart import ContactStep, Position
from helsehus_desktop.store import competence_service, orgchart_service
from helsehus_desktop.ui.meetings.competence import CompetenceView
from helsehus_desktop.ui.meetings.competence_dialogs import CompetenceDialog, TrainingNeedDialog

START = date(2020, 1, 1)


def press_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def answer_delete(delete: bool):
    def handle(box: QMessageBox):
        for button in box.buttons():
            role = box.buttonRole(button)
            if (role == QMessageBox.ButtonRole.DestructiveRole) == delete and role in (
                QMessageBox.ButtonRole.DestructiveRole,
                QMessageBox.ButtonRole.RejectRole,
            ):
                button.click()
                return
        raise AssertionError("no such button")

    return handle


@pytest.fixture
def units(db):
    make = orgchart_service.create_unit
    home = make(
        db, "test", name="Hjemmetjenesten Nord", kind="avdeling", parent_id=None, valid_from=START
    )
    staup = make(
        db, "test", name="Staup Helsehus", kind="avdeling", parent_id=None, valid_from=START
    )
    orgchart_service.replace_positions(
        db, "test", home,
        [Position(None, home, "Avdelingsleder", person_name="Fiktiv Leder", is_head=True),
         Position(None, home, "Kreftsykepleier", person_name="Testperson Åsne Ørn"),
         Position(None, home, "Sykepleier")],
    )  # fmt: skip
    orgchart_service.replace_contacts(
        db, "test", home,
        [ContactStep(None, home, 1, "Vakt", person_name="Testperson Kontakt", valid_from=START),
         ContactStep(None, home, 2, "Leder", person_name="Fiktiv Leder", valid_from=START)],
    )  # fmt: skip
    return SimpleNamespace(home=home, staup=staup)


@pytest.fixture
def make_view(window, qtbot):
    def make() -> CompetenceView:
        host = SimpleNamespace(
            db=window.db, actor=window.actor, settings=window.settings, window_=window
        )
        view = CompetenceView(host)
        qtbot.addWidget(view)
        view.resize(1100, 760)
        view.show()
        qtbot.waitExposed(view)
        return view

    return make


def column(table, col):
    return [table.item(r, col).text() for r in range(table.rowCount())]


def row_of(table, text, col=0):
    return column(table, col).index(text)


def test_add_a_competence_picked_from_the_chart(make_view, units, answer_dialog, db, window, qtbot):
    view = make_view()
    announced = []
    window.data_changed.connect(announced.append)
    seen = {}

    def fill(dialog: CompetenceDialog):
        dialog.unit.setCurrentIndex(dialog.unit.findData(units.home))
        # the chart offers the unit's filled positions only
        seen["offered"] = [dialog.from_chart.itemText(i) for i in range(dialog.from_chart.count())]
        index = dialog.from_chart.findData("Testperson Åsne Ørn")
        dialog.from_chart.setCurrentIndex(index)
        dialog.from_chart.activated.emit(index)
        qtbot.keyClicks(dialog.course, "Palliasjon i kommunehelsetjenesten")
        dialog.level.setCurrentIndex(dialog.level.findData("further_education"))
        dialog.completed.setDate(date(2024, 6, 14))
        qtbot.keyClicks(dialog.note, "Ressurssykepleier")
        press_ok(dialog)

    answer_dialog(fill)
    view.add_button.click()
    # filled positions, then the contact chain, each person once
    assert seen["offered"] == [
        "Avdelingsleder: Fiktiv Leder",
        "Kreftsykepleier: Testperson Åsne Ørn",
        "Kontaktrekkefølge 1, Vakt: Testperson Kontakt",
    ]
    [saved] = competence_service.list_competences(db, "test")
    assert (saved.person_name, saved.unit_id, saved.course, saved.level, saved.completed_on) == (
        "Testperson Åsne Ørn", units.home, "Palliasjon i kommunehelsetjenesten",
        "further_education", date(2024, 6, 14),
    )  # fmt: skip
    assert saved.note == "Ressurssykepleier"
    assert announced == ["competence"]
    row = row_of(view.table, "Testperson Åsne Ørn")
    assert [view.table.item(row, c).text() for c in range(5)] == [
        "Testperson Åsne Ørn", "Hjemmetjenesten Nord", "Palliasjon i kommunehelsetjenesten",
        "Videreutdanning", "14.06.2024",
    ]  # fmt: skip
    assert view.selected_competence().id == saved.id  # the new line is chosen
    # the summary counts the person at her level in her unit
    srow = row_of(view.summary, "Hjemmetjenesten Nord")
    levels = list(core.COMPETENCE_LEVELS)
    assert view.summary.item(srow, 1 + levels.index("further_education")).text() == "1"
    assert view.summary.item(srow, 1 + levels.index("course")).text() == "–"
    assert view.summary.item(srow, view.summary.columnCount() - 1).text() == "1"


def test_summary_counts_people_per_level_and_the_filter_narrows(make_view, units, db):
    save = competence_service.save_competence
    for person, unit, course, level in [
        ("Testperson En", units.home, "Kurs A", "course"),
        ("Testperson En", units.home, "Kurs B", "course"),
        ("Testperson To", units.home, "Master i palliasjon", "master"),
        ("Testperson Tre", units.staup, "Kurs A", "course"),
    ]:
        save(db, "test", core.Competence(None, person, unit, course, level, date(2023, 1, 5)))
    view = make_view()
    levels = list(core.COMPETENCE_LEVELS)
    course, master = 1 + levels.index("course"), 1 + levels.index("master")
    total = view.summary.columnCount() - 1
    home = row_of(view.summary, "Hjemmetjenesten Nord")
    assert view.summary.item(home, course).text() == "1"  # one person, two courses
    assert view.summary.item(home, master).text() == "1"
    assert view.summary.item(home, total).text() == "2"
    everyone = row_of(view.summary, "Alle enheter")
    assert view.summary.item(everyone, course).text() == "2"
    assert view.summary.item(everyone, total).text() == "3"

    view.unit_filter.setCurrentIndex(view.unit_filter.findData(units.staup))
    assert column(view.table, 0) == ["Testperson Tre"]
    assert column(view.summary, 0) == ["Staup Helsehus"]


def test_an_empty_course_is_refused_at_the_field_keeping_what_was_typed(
    make_view, units, answer_dialog, db, qtbot
):
    view = make_view()
    seen = {}

    def fill(dialog: CompetenceDialog):
        qtbot.keyClicks(dialog.person, "Testperson Bjørn")
        qtbot.keyClicks(dialog.note, "Skal ta kurs")
        press_ok(dialog)
        error = dialog.field_errors["course"]
        seen["error"] = error.text() if error.isVisibleTo(dialog) else ""
        seen["others"] = [e.text() for f, e in dialog.field_errors.items() if f != "course"]
        seen["kept"] = (dialog.person.text(), dialog.note.toPlainText())
        seen["focus"] = dialog.focusWidget() is dialog.course
        seen["open"] = dialog.isVisible()
        qtbot.keyClicks(dialog.course, "Grunnkurs i palliasjon")
        press_ok(dialog)
        seen["cleared"] = dialog.field_errors["course"].text()

    answer_dialog(fill)
    view.add_button.click()
    assert seen["error"] and seen["open"] and seen["focus"]
    assert not any(seen["others"])
    assert seen["kept"] == ("Testperson Bjørn", "Skal ta kurs")
    assert seen["cleared"] == ""
    [saved] = competence_service.list_competences(db, "test")
    assert (saved.person_name, saved.course, saved.unit_id) == (
        "Testperson Bjørn", "Grunnkurs i palliasjon", None,
    )  # fmt: skip
    assert "(uten enhet)" in column(view.table, 1)


def test_edit_keeps_the_line_and_changes_it(make_view, units, answer_dialog, db, qtbot):
    cid = competence_service.save_competence(
        db, "test", core.Competence(None, "Testperson Ola", units.staup, "Kurs A", "course")
    )
    view = make_view()
    view.table.selectRow(0)

    def change(dialog: CompetenceDialog):
        assert dialog.course.text() == "Kurs A"
        dialog.level.setCurrentIndex(dialog.level.findData("specialist"))
        dialog.is_completed.setChecked(False)
        press_ok(dialog)

    answer_dialog(change)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # Enter edits the chosen line
    [saved] = competence_service.list_competences(db, "test")
    assert (saved.id, saved.level, saved.completed_on) == (cid, "specialist", None)
    assert column(view.table, 3) == ["Spesialist"] and column(view.table, 4) == ["ikke fullført"]


def test_delete_asks_first(make_view, units, answer_dialog, db, qtbot):
    for name in ("Testperson A", "Testperson B"):
        competence_service.save_competence(
            db, "test", core.Competence(None, name, units.home, "Kurs", "course")
        )
    view = make_view()
    view.table.selectRow(row_of(view.table, "Testperson A"))

    answered = answer_dialog(answer_delete(False))
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)  # the key asks as the button does
    assert answered and len(competence_service.list_competences(db, "test")) == 2
    assert view.table.rowCount() == 2

    answered = answer_dialog(answer_delete(True))
    view.delete_button.click()
    assert answered
    assert [c.person_name for c in competence_service.list_competences(db, "test")] == [
        "Testperson B"
    ]
    assert column(view.table, 0) == ["Testperson B"]
    assert not view.delete_button.isEnabled()  # nothing chosen after the line went


def test_training_need_added_marked_met_and_hidden_unless_shown(
    make_view, units, answer_dialog, db, qtbot
):
    view = make_view()
    seen = {}

    def fill(dialog: TrainingNeedDialog):
        press_ok(dialog)  # neither kind nor topic yet
        seen["refused"] = [f for f, e in dialog.field_errors.items() if e.text()]
        dialog.kind.setCurrentIndex(dialog.kind.findData("equipment"))
        qtbot.keyClicks(dialog.topic, "Subkutan smertepumpe")
        dialog.unit.setCurrentIndex(dialog.unit.findData(units.home))
        dialog.raised.setDate(date.today() - timedelta(days=7))
        press_ok(dialog)

    answer_dialog(fill)
    view.add_need_button.click()
    assert seen["refused"] and seen["refused"][0] in ("kind", "topic")
    [need] = competence_service.list_training_needs(db, "test")
    assert (need.kind, need.topic, need.unit_id, need.met_on) == (
        "equipment", "Subkutan smertepumpe", units.home, None,
    )  # fmt: skip
    row = row_of(view.need_table, "Subkutan smertepumpe", 1)
    assert [view.need_table.item(row, c).text() for c in range(5)] == [
        "Utstyr", "Subkutan smertepumpe", "Hjemmetjenesten Nord",
        (date.today() - timedelta(days=7)).strftime("%d.%m.%Y"), "",
    ]  # fmt: skip

    view.need_table.selectRow(row)
    assert view.met_button.isEnabled()
    view.met_button.click()
    [need] = competence_service.list_training_needs(db, "test", include_met=True)
    assert need.met_on == date.today()
    assert competence_service.list_training_needs(db, "test") == []
    assert view.need_table.rowCount() == 0  # met needs are hidden

    view.show_met.setChecked(True)
    assert column(view.need_table, 1) == ["Subkutan smertepumpe"]
    assert column(view.need_table, 4) == [date.today().strftime("%d.%m.%Y")]
    view.need_table.selectRow(0)
    assert not view.met_button.isEnabled()

    answer_dialog(answer_delete(True))
    view.delete_need_button.click()
    assert competence_service.list_training_needs(db, "test", include_met=True) == []


def test_register_and_needs_survive_a_new_view(make_view, units, answer_dialog, db, qtbot):
    view = make_view()

    def fill(dialog: CompetenceDialog):
        qtbot.keyClicks(dialog.person, "Testperson Kari")
        dialog.unit.setCurrentIndex(dialog.unit.findData(units.staup))
        qtbot.keyClicks(dialog.course, "Kreftomsorg og lindrende pleie")
        press_ok(dialog)

    answer_dialog(fill)
    view.add_button.click()
    competence_service.save_training_need(
        db, "test", core.TrainingNeed(None, units.staup, "procedures", "Stell av PICC-line",
                                      date.today())
    )  # fmt: skip
    view.on_data_changed("meetings")  # not this view's area: nothing reloads
    assert view.need_table.rowCount() == 0
    view.on_data_changed("competence")
    assert column(view.need_table, 1) == ["Stell av PICC-line"]

    again = make_view()
    assert column(again.table, 0) == ["Testperson Kari"]
    assert column(again.table, 1) == ["Staup Helsehus"]
    assert column(again.need_table, 0) == ["Prosedyrer"]
    assert row_of(again.summary, "Staup Helsehus") == 0


def test_a_need_raised_in_a_meeting_takes_its_date(make_view, units, answer_dialog, db, qtbot):
    from helsehus_desktop.store import meeting_service

    sid = meeting_service.save_series(
        db, "test", core.Series(None, core.INTERDISCIPLINARY, "Tverrfaglig samhandlingsmøte")
    )
    held = date.today() - timedelta(days=10)
    mid = meeting_service.add_meeting(db, "test", sid, held)
    view = make_view()
    seen = {}

    def fill(dialog: TrainingNeedDialog):
        index = dialog.meeting.findData(mid)
        seen["label"] = dialog.meeting.itemText(index)
        dialog.meeting.setCurrentIndex(index)
        dialog.meeting.activated.emit(index)
        dialog.kind.setCurrentIndex(dialog.kind.findData("assessment"))
        qtbot.keyClicks(dialog.topic, "ESAS-r for nyansatte")
        press_ok(dialog)

    answer_dialog(fill)
    view.add_need_button.click()
    assert "Tverrfaglig samhandlingsmøte" in seen["label"]
    [need] = competence_service.list_training_needs(db, "test")
    assert (need.meeting_id, need.raised_on, need.unit_id) == (mid, held, None)
    # editing keeps the link
    view.need_table.selectRow(0)
    answer_dialog(lambda dialog: press_ok(dialog))
    view.edit_need_button.click()
    [need] = competence_service.list_training_needs(db, "test")
    assert need.meeting_id == mid


def test_accelerators_are_unique_and_clear_of_the_menus_and_sub_tabs(make_view):
    view = make_view()
    texts = [b.text() for b in view.findChildren(QAbstractButton)]
    texts += [label.text() for label in view.findChildren(QLabel) if label.buddy() is not None]
    letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(letters) == len(set(letters)) == 9
    # F, R, V, H: the menu bar; M, K: the Møter and Kompetanse sub-tabs around the view
    assert not set(letters) & set("frvhmk")
