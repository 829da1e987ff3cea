"""Drive the "Møter" tab as a coordinator would: a series made through its dialog, a year's
meetings around Easter, a meeting moved, cancelled and deleted, a restart, and printed minutes."""

from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core import pathway as pathway_core
from helsehus_desktop.core.orgchart_json import parse_orgchart
from helsehus_desktop.core.recurrence import SKIP, RecurrenceRule
from helsehus_desktop.paths import resource_path
from helsehus_desktop.store import meeting_service as ms
from helsehus_desktop.store import pathway_service, patient_service, review_service
from helsehus_desktop.store.access import access_log
from helsehus_desktop.store.orgchart_service import import_orgchart, load_snapshot
from helsehus_desktop.ui.main_window import MainWindow
from helsehus_desktop.ui.meetings.schedule_dialog import (
    CancelMeetingDialog,
    MoveMeetingDialog,
    ScheduleDialog,
)
from helsehus_desktop.ui.meetings.series_dialog import SeriesDialog
from helsehus_desktop.ui.meetings.tab import MeetingsTab


@pytest.fixture
def answer_dialog(answer_dialog):
    """The shared fixture, with a failing check inside a dialog closing that dialog (so the
    test does not hang on it) and failing the test afterwards."""
    errors: list[BaseException] = []

    def arm(handle):
        def run(dialog):
            try:
                handle(dialog)
            except BaseException as exc:
                errors.append(exc)
                dialog.reject()

        return answer_dialog(run)

    yield arm
    if errors:
        raise errors[0]


def press_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def press(box, button):
    box.button(button).click()


def meetings_tab(window) -> MeetingsTab:
    tab = getattr(window, "meetings_tab", None)
    if tab is None:  # until the window has the tab: put it there the way the window will
        tab = MeetingsTab(window)
        window.tabs.addTab(tab, "Møter")
        window.data_changed.connect(tab.on_data_changed)
        window.meetings_tab = tab
    window.data_changed.emit("meetings")  # what the services wrote since the window opened
    window.tabs.setCurrentWidget(tab)
    return tab


def unit_id(db, name: str) -> int:
    return next(u.id for u in load_snapshot(db).units if u.name == name)


@pytest.fixture
def chart(db):
    import_orgchart(
        db, "test", parse_orgchart(resource_path("sample", "orgchart.json").read_bytes())
    )
    return db


def monday_series(db, name="Testmøte mandag", rule=None, year=None, **extra) -> int:
    sid = ms.save_series(
        db,
        "test",
        core.Series(
            None,
            core.INTERDISCIPLINARY,
            name,
            place="Møterom Fiktiv",
            start_time="08:30",
            rule=rule or RecurrenceRule.every_monday(),
            **extra,
        ),
    )
    if year is not None:
        ms.generate_meetings(db, "test", sid, year)
    return sid


def table_texts(table, column):
    return [table.item(row, column).text() for row in range(table.rowCount())]


def select_meeting(tab, held_on: date) -> int:
    row = next(i for i, r in enumerate(tab.meeting_rows) if r.held_on == held_on)
    tab.meeting_table.setCurrentCell(row, 0)
    assert tab.current_meeting_id() == tab.meeting_rows[row].id
    return tab.meeting_rows[row].id


# --- a series through its dialog ------------------------------------------------------------


def test_create_a_series_through_the_dialog(window, chart, answer_dialog, qtbot, db):
    tab = meetings_tab(window)
    staup = unit_id(db, "Staup Helsehus")
    nord = unit_id(db, "Hjemmetjenesten Nord")
    seen = {}

    def close_schedule(dialog):
        seen["schedule"] = dialog
        dialog.reject()

    def fill(dialog: SeriesDialog):
        # Nothing typed yet: refused at the name, and the dialog stays open.
        press_ok(dialog)
        assert dialog.isVisible()
        assert dialog.error.isVisible() and dialog.focusWidget() is dialog.name
        qtbot.keyClicks(dialog.name, "Uten type")
        press_ok(dialog)
        assert dialog.focusWidget() is dialog.kind and "hva slags gruppe" in dialog.error.text()
        dialog.kind.setCurrentIndex(dialog.kind.findData(core.INTERDISCIPLINARY))
        # The kind fills in every Monday and the Monday meeting's figures (and a name, had
        # none been typed).
        assert dialog.name.text() == "Uten type"
        assert dialog.rule() == RecurrenceRule.every_monday()
        assert len(dialog.figures.rows()) == len(core.INTERDISCIPLINARY_FIGURES)
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Samhandling Testområde")
        qtbot.keyClicks(dialog.place, "Staup, møterom 2")
        qtbot.keyClicks(dialog.start_time, "25:70")
        dialog.members.append_keyed(None, ["Kari Fiktiv", staup, "Leder"])
        dialog.members.append_keyed(None, ["Ola Oppdiktet", nord, "Representant"])
        dialog.pages.setCurrentIndex(dialog.PAGE_MEMBERS)
        dialog.check_member_units()
        # A bad start time is refused at its field, on its page; what was typed stays.
        press_ok(dialog)
        assert dialog.isVisible()
        assert dialog.pages.currentIndex() == dialog.PAGE_GROUP
        assert dialog.focusWidget() is dialog.start_time
        assert "TT:MM" in dialog.error.text()
        assert dialog.name.text() == "Samhandling Testområde"
        assert len(dialog.members.rows()) == 2
        dialog.start_time.clear()
        qtbot.keyClicks(dialog.start_time, "8:30")
        answer_dialog(close_schedule)  # a series with a rule goes on to its schedule
        press_ok(dialog)

    answer_dialog(fill)
    tab.new_series()
    assert isinstance(seen["schedule"], ScheduleDialog)
    [row] = ms.list_series(db, "test")
    series = ms.get_series(db, "test", row.id)
    assert series.name == "Samhandling Testområde"
    assert series.start_time == "08:30"
    assert series.place == "Staup, møterom 2"
    assert [(m.name, m.unit_id, m.role) for m in series.members] == [
        ("Kari Fiktiv", staup, "Leder"),
        ("Ola Oppdiktet", nord, "Representant"),
    ]
    assert set(series.required_unit_ids) == {staup, nord}
    assert [f.key for f in series.figures] == [k for k, _ in core.INTERDISCIPLINARY_FIGURES]
    assert tab.current_series_id() == row.id
    assert table_texts(tab.series_table, 0) == ["Samhandling Testområde"]


def test_editing_keeps_member_ids_and_picks_people_from_the_chart(
    window, chart, answer_dialog, qtbot, db
):
    staup = unit_id(db, "Staup Helsehus")
    sid = monday_series(db, members=(core.Member(None, "Kari Fiktiv", staup, "Leder"),))
    before = ms.get_series(db, "test", sid)
    tab = meetings_tab(window)
    view = load_snapshot(db).view(date.today())
    filled = next(
        uid for uid, positions in view.positions.items() if any(not p.vacant for p in positions)
    )
    person = next(p for p in view.positions[filled] if not p.vacant)

    def pick(dialog):
        dialog.unit.setCurrentIndex(dialog.unit.findData(filled))
        dialog.people.setCurrentRow(0)
        dialog.people.item(0).setSelected(True)
        qtbot.keyClicks(dialog.role, "Sekretær")
        press_ok(dialog)

    def edit(dialog: SeriesDialog):
        assert dialog.name.text() == "Testmøte mandag"
        dialog.pages.setCurrentIndex(dialog.PAGE_MEMBERS)
        answer_dialog(pick)
        dialog.from_chart.click()
        dialog.members.table.setCurrentCell(1, 0)
        dialog.members.move_row(-1)  # the new one first; the old one keeps its id
        press_ok(dialog)

    answer_dialog(edit)
    tab.edit_series()
    after = ms.get_series(db, "test", sid)
    assert [m.name for m in after.members] == [person.person_name.strip(), "Kari Fiktiv"]
    assert after.members[0].position_id == person.id
    assert after.members[0].role == "Sekretær"
    assert after.members[1].id == before.members[0].id


# --- the schedule -----------------------------------------------------------------------------


def test_generate_a_year_around_easter(window, answer_dialog, qtbot, db):
    sid = monday_series(db)
    tab = meetings_tab(window)
    assert tab.current_series_id() == sid
    seen = {}

    def generate(dialog: ScheduleDialog):
        dialog.year.setValue(2026)
        notes = table_texts(dialog.table, 1)
        seen["notes"] = notes
        assert "flyttet fra man. 06.04.2026 (Andre påskedag)" in notes
        assert "flyttet fra man. 25.05.2026 (Andre pinsedag)" in notes
        assert "Blir laget: 52" in dialog.summary.text()
        dialog.make_button.click()
        seen["result"] = dialog.result.text()
        assert not dialog.make_button.isEnabled()  # all there now
        assert set(table_texts(dialog.table, 2)) == {"finnes allerede"}
        dialog.reject()

    answer_dialog(generate)
    tab.make_schedule()
    assert seen["result"] == "2026: 52 møter er laget; 0 fantes fra før."
    rows = ms.list_meetings(db, "test", sid)
    assert len(rows) == 52
    easter = next(r for r in rows if r.planned_on == date(2026, 4, 6))
    assert easter.held_on == date(2026, 4, 7)
    assert easter.moved_reason == "Andre påskedag"
    # The list shows it moved.
    row = next(i for i, r in enumerate(tab.meeting_rows) if r.id == easter.id)
    assert tab.meeting_table.item(row, 0).text() == "tir. 07.04.2026"
    assert tab.meeting_table.item(row, 5).text() == "flyttet fra man. 06.04.2026 (Andre påskedag)"
    assert len(tab.meeting_rows) == 52


def test_a_skipping_rule_marks_skipped_dates_and_counts_existing_ones(window, answer_dialog, db):
    rule = RecurrenceRule.every_monday()
    rule = RecurrenceRule(rule.kind, weekday=0, on_holiday=SKIP)
    sid = monday_series(db, rule=rule)
    ms.add_meeting(db, "test", sid, date(2026, 1, 5))
    tab = meetings_tab(window)
    seen = {}

    def look(dialog: ScheduleDialog):
        dialog.year.setValue(2026)
        seen["notes"] = table_texts(dialog.table, 1)
        seen["state"] = table_texts(dialog.table, 2)
        seen["summary"] = dialog.summary.text()
        dialog.reject()

    answer_dialog(look)
    tab.make_schedule()
    assert "faller bort (Andre påskedag)" in seen["notes"]
    assert seen["state"][0] == "finnes allerede"
    assert "Faller bort: 2. Finnes allerede: 1. Blir laget: 49." in seen["summary"]
    assert len(ms.list_meetings(db, "test", sid)) == 1  # only looked


def test_a_series_without_a_rule_says_so_instead_of_a_schedule(window, answer_dialog, db):
    ms.save_series(db, "test", core.Series(None, core.AD_HOC, "Arbeidsgruppe Test"))
    tab = meetings_tab(window)
    seen = []
    answer_dialog(lambda box: (seen.append(box.text()), box.accept()))
    tab.make_schedule()
    assert "møtes ved innkalling" in seen[0]


# --- single meetings ----------------------------------------------------------------------------


def test_move_cancel_and_restore_a_meeting(window, answer_dialog, qtbot, db):
    sid = monday_series(db, year=2026)
    tab = meetings_tab(window)
    mid = select_meeting(tab, date(2026, 3, 2))

    def move(dialog: MoveMeetingDialog):
        dialog.day.setDate(QDate(2026, 3, 4))
        qtbot.keyClicks(dialog.reason, "Kollisjon med personalmøte")
        press_ok(dialog)

    answer_dialog(move)
    tab.move_meeting()
    row = next(r for r in ms.list_meetings(db, "test", sid) if r.id == mid)
    assert (row.held_on, row.planned_on) == (date(2026, 3, 4), date(2026, 3, 2))
    assert row.moved_reason == "Kollisjon med personalmøte"
    index = tab.meeting_table.currentRow()
    assert tab.current_meeting_id() == mid
    assert tab.meeting_table.item(index, 0).text() == "ons. 04.03.2026"
    assert "flyttet fra man. 02.03.2026" in tab.meeting_table.item(index, 5).text()
    assert tab.page.record.meeting.held_on == date(2026, 3, 4)

    # Moving onto a day the series meets already is refused in the dialog, which stays open.
    def clash(dialog: MoveMeetingDialog):
        dialog.day.setDate(QDate(2026, 3, 9))
        press_ok(dialog)
        assert dialog.isVisible() and "allerede et møte" in dialog.error.text()
        dialog.reject()

    answer_dialog(clash)
    tab.move_meeting()

    def cancel(dialog: CancelMeetingDialog):
        qtbot.keyClicks(dialog.reason, "For få deltakere")
        press_ok(dialog)

    answer_dialog(cancel)
    tab.cancel_or_restore()
    row = next(r for r in ms.list_meetings(db, "test", sid) if r.id == mid)
    assert row.status == core.CANCELLED
    index = tab.meeting_table.currentRow()
    assert tab.meeting_table.item(index, 2).text() == "Avlyst"
    assert tab.meeting_table.item(index, 0).font().strikeOut()
    assert tab.cancel_button.text() == "&Gjeninnfør"
    assert tab.series_rows[0].next_meeting is not None

    tab.cancel_or_restore()  # restore: no dialog
    row = next(r for r in ms.list_meetings(db, "test", sid) if r.id == mid)
    assert row.status == core.PLANNED
    assert tab.cancel_button.text() == "&Avlys…"


def test_a_single_meeting_and_overdue_styling(window, answer_dialog, qtbot, db):
    sid = ms.save_series(db, "test", core.Series(None, core.AD_HOC, "Arbeidsgruppe Test"))
    past = date.today() - timedelta(days=10)
    ms.add_meeting(db, "test", sid, past)
    tab = meetings_tab(window)
    assert tab.meeting_table.item(0, 2).text() == "Ikke registrert"

    def add(dialog):
        dialog.day.setDate(QDate(date.today() + timedelta(days=3)))
        qtbot.keyClicks(dialog.start_time, "13:00")
        press_ok(dialog)

    answer_dialog(add)
    tab.new_meeting()
    rows = ms.list_meetings(db, "test", sid)
    assert [r.start_time for r in rows] == ["", "13:00"]
    assert tab.current_meeting_id() == rows[1].id
    assert tab.page.record.meeting.id == rows[1].id
    assert tab.meeting_table.item(1, 0).font().bold()  # the next meeting stands out


def test_delete_asks_first(window, answer_dialog, qtbot, db):
    sid = monday_series(db, year=2026)
    other = monday_series(db, name="Annen serie", year=2026)
    tab = meetings_tab(window)
    tab.series_table.setCurrentCell(
        next(i for i, s in enumerate(tab.series_rows) if s.id == sid), 0
    )
    mid = select_meeting(tab, date(2026, 6, 1))
    tab.meeting_table.setFocus()
    seen = []

    def cancel(box):
        seen.append(box.text())
        press(box, QMessageBox.StandardButton.Cancel)

    answer_dialog(cancel)
    qtbot.keyClick(tab.meeting_table, Qt.Key.Key_Delete)
    assert "01.06.2026" in seen[0]
    assert any(r.id == mid for r in ms.list_meetings(db, "test", sid))

    answer_dialog(lambda box: press(box, QMessageBox.StandardButton.Yes))
    qtbot.keyClick(tab.meeting_table, Qt.Key.Key_Delete)
    rows = ms.list_meetings(db, "test", sid)
    assert len(rows) == 51 and all(r.id != mid for r in rows)
    assert tab.current_meeting_id() == next(r.id for r in rows if r.held_on == date(2026, 6, 8))

    tab.series_table.setFocus()
    answer_dialog(lambda box: press(box, QMessageBox.StandardButton.Yes))
    qtbot.keyClick(tab.series_table, Qt.Key.Key_Delete)
    assert [s.id for s in ms.list_series(db, "test")] == [other]
    assert [s.id for s in tab.series_rows] == [other]
    assert tab.current_series_id() == other


def test_enter_on_a_meeting_goes_to_its_page(window, db, qtbot):
    monday_series(db, year=2026)
    tab = meetings_tab(window)
    select_meeting(tab, date(2026, 6, 1))
    tab.meeting_table.setFocus()
    qtbot.keyClick(tab.meeting_table, Qt.Key.Key_Return)
    assert tab.page.isAncestorOf(QApplication.focusWidget())


def test_show_meeting_chooses_its_series_even_when_ended(window, db):
    monday_series(db, year=2026)
    ended = ms.save_series(
        db,
        "test",
        core.Series(
            None, core.AD_HOC, "Avsluttet gruppe", rule=RecurrenceRule.every_monday(), active=False
        ),
    )
    ms.generate_meetings(db, "test", ended, 2026)
    target = ms.list_meetings(db, "test", ended)[10]
    tab = meetings_tab(window)
    assert all(s.id != ended for s in tab.series_rows)
    window.tabs.setCurrentIndex(0)
    tab.show_meeting(target.id)
    assert window.tabs.currentWidget() is tab
    assert tab.show_inactive.isChecked()
    assert tab.current_series_id() == ended
    assert tab.current_meeting_id() == target.id
    assert tab.page.record.meeting.id == target.id
    assert "(avsluttet)" in tab.series_table.currentItem().text() or any(
        "(avsluttet)" in t for t in table_texts(tab.series_table, 0)
    )


# --- restart ------------------------------------------------------------------------------------


def test_series_meetings_and_choice_survive_a_restart(window, db, settings, qtbot):
    first = monday_series(db, year=2026)
    second = monday_series(db, name="Kjernegruppe Test", year=2026)
    tab = meetings_tab(window)
    tab.series_table.setCurrentCell(
        next(i for i, s in enumerate(tab.series_rows) if s.id == second), 0
    )
    mid = select_meeting(tab, date(2026, 9, 7))
    tab.splitter.setSizes([600, 700])
    window.close()  # saves the window's state; the tab's own too once the window has it
    tab.save_state()

    again = MainWindow(db, settings)
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    qtbot.waitExposed(again)
    tab2 = meetings_tab(again)
    assert sorted(s.id for s in tab2.series_rows) == sorted([first, second])
    assert tab2.current_series_id() == second
    assert tab2.current_meeting_id() == mid
    assert tab2.page.record.meeting.held_on == date(2026, 9, 7)
    assert len(tab2.meeting_rows) == 52


# --- printing -----------------------------------------------------------------------------------


def _patient_pathway(db) -> tuple[int, int]:
    patient = pathway_core.Patient(
        id=None, name="Testpasient Åse Øvrebø", identity_number="", birth_date=date(1944, 3, 1)
    )
    pid = patient_service.create_patient(
        db, "test", patient, level=2, start_date=date.today() - timedelta(days=20)
    )
    return pid, pathway_service.load_plan(db, "test", pid).pathway.id


def test_print_minutes_with_initials_unless_names_are_chosen(
    window, answer_dialog, db, tmp_path, monkeypatch
):
    sid = monday_series(db, year=2026)
    meeting = next(r for r in ms.list_meetings(db, "test", sid) if r.held_on == date(2026, 4, 7))
    ms.save_agenda(
        db,
        "test",
        meeting.id,
        [core.AgendaItem(None, "Kapasitet før påske", "Referat Æøå", "Vedtak")],
    )
    patient_id, pathway_id = _patient_pathway(db)
    review_service.save_review(
        db,
        "test",
        meeting.id,
        core.PathwayReview(None, pathway_id, assessment="Stabil", follow_up="Ny vurdering"),
    )
    tab = meetings_tab(window)
    select_meeting(tab, date(2026, 4, 7))
    out = tmp_path / "referat.pdf"
    monkeypatch.setattr(tab.files, "_target", lambda name, title: (out, False))
    asked = []

    def no_names(box):
        asked.append(box.text())
        press(box, QMessageBox.StandardButton.No)

    answer_dialog(no_names)
    tab.print_minutes_action.trigger()
    assert "Ta med pasientnavn?" in asked[0]
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Testmøte mandag" in text
    assert "07.04.2026" in text
    assert "Kapasitet før påske" in text and "Referat Æøå" in text
    assert "T.Å.Ø." in text
    assert "Øvrebø" not in text

    answer_dialog(lambda box: press(box, QMessageBox.StandardButton.Yes))
    tab.print_minutes_action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Testpasient Åse Øvrebø" in text
    assert "Referatet er skrevet til" in window.statusBar().currentMessage()
    # Printed twice: the patient's access log says so.
    printed = [e for e in access_log(db, "test", patient_id) if e.action == "print"]
    assert len(printed) == 2


def test_print_agenda_year_plan_and_competence(window, answer_dialog, db, tmp_path, monkeypatch):
    sid = monday_series(db, year=2026)
    tab = meetings_tab(window)
    select_meeting(tab, date(2026, 4, 7))
    written = []

    def target(name, title):
        written.append(tmp_path / name)
        return written[-1], False

    monkeypatch.setattr(tab.files, "_target", target)
    tab.print_agenda_action.trigger()  # no reviews: nothing to ask
    assert written[-1].name == "saksliste-testmote-mandag-2026-04-07.pdf"
    assert "07.04.2026" in PdfReader(written[-1]).pages[0].extract_text()

    def year(dialog):
        assert dialog.intValue() == 2026
        dialog.accept()

    answer_dialog(year)
    tab.print_year_plan_action.trigger()
    assert written[-1].name == "arsplan-testmote-mandag-2026.pdf"
    text = "".join(p.extract_text() for p in PdfReader(written[-1]).pages)
    assert "Andre påskedag" in text

    tab.competence_report_action.trigger()
    assert written[-1].exists() and written[-1].name.startswith("kompetanse-")
    assert ms.get_series(db, "test", sid).name == "Testmøte mandag"
