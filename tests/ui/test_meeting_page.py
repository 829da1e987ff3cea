"""Drive the meeting page as a coordinator would: attendance with a required unit missing, the
agenda with minutes and decisions, a pathway reviewed, figures and their trend, an action item
carried over and closed, unsaved edits and refused values. Everything is checked in the database
and on screen. Fictional data only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QPushButton

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core import pathway as pathway_core
from helsehus_desktop.core.identity import with_control_digits
from helsehus_desktop.store import (
    meeting_service,
    orgchart_service,
    pathway_service,
    patient_service,
    review_service,
)
from helsehus_desktop.store.access import access_log
from helsehus_desktop.ui.meetings.actions import ActionDialog, StatusDialog
from helsehus_desktop.ui.meetings.meeting_page import MeetingPage
from helsehus_desktop.ui.meetings.reviews import CandidateDialog

ACTOR = "test"
START = date(2025, 1, 1)
MONDAYS = [date(2025, 3, 3), date(2025, 3, 10), date(2025, 3, 17)]


def press_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def synthetic_number(born: date) -> str:
    stem = f"{born.day:02d}{born.month + 80:02d}{born.year % 100:02d}"
    return next(n for i in range(100, 500) if (n := with_control_digits(f"{stem}{i}")))


@pytest.fixture
def meetings(db):
    """Three units (two required), a Monday series with four members and the default
    figures, and three planned meetings."""
    unit = {
        name: orgchart_service.create_unit(
            db, ACTOR, name=name, kind="enhet", parent_id=None, valid_from=START
        )
        for name in ("Staup helsehus", "Hjemmetjenesten Nord", "Ytterøy helsetun")
    }
    series_id = meeting_service.save_series(
        db,
        ACTOR,
        core.Series(
            None,
            core.INTERDISCIPLINARY,
            "Tverrfaglig samhandlingsmøte",
            organiser="Kari Fiktiv",
            place="Møterom 2",
            start_time="09:00",
            members=(
                core.Member(None, "Kari Fiktiv", unit["Staup helsehus"], "Avdelingsleder"),
                core.Member(None, "Ola Prøvesen", unit["Hjemmetjenesten Nord"], "Sykepleier"),
                core.Member(None, "Per Eksempel", unit["Ytterøy helsetun"], "Sykepleier"),
                core.Member(None, "Jonas Fysio", None, "Fysioterapeut"),
            ),
            required_unit_ids=(unit["Staup helsehus"], unit["Ytterøy helsetun"]),
        ),
    )
    ids = [
        meeting_service.add_meeting(db, ACTOR, series_id, day, "09:00", "Møterom 2")
        for day in MONDAYS
    ]
    return SimpleNamespace(units=unit, series_id=series_id, ids=ids)


@pytest.fixture
def page(qtbot, db, window, meetings):
    host = SimpleNamespace(db=db, actor=ACTOR, settings=window.settings, window_=window)
    shown = MeetingPage(host)
    qtbot.addWidget(shown)
    shown.resize(1100, 760)
    shown.show()
    qtbot.waitExposed(shown)
    shown.load(meetings.ids[0])
    return shown


def record(db, meeting_id):
    return meeting_service.load_meeting(db, ACTOR, meeting_id)


def press_delete(box: QMessageBox) -> None:
    """ "Slett" in a confirmation."""
    next(b for b in box.buttons() if b.text() == "Slett").click()


def ctrl_s(qtbot, page, widget) -> None:
    """Press Ctrl+S in `widget` (the page's window must be the active one for a shortcut)."""
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def click(qtbot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- the page as a whole ------------------------------------------------------------------------


def test_the_header_names_the_series_the_day_and_the_status(page):
    text = page.header.text()
    assert "Tverrfaglig samhandlingsmøte" in text
    assert "03.03.2025" in text and "09:00" in text and "Møterom 2" in text
    assert "Planlagt" in text
    assert [page.pages.tabText(i) for i in range(page.pages.count())] == [
        "Møtet",
        "Oppmøte",
        "Saksliste og referat",
        "Forløp",
        "Tall",
        "Tiltak",
    ]
    assert not page.warning.isVisible()  # nothing recorded yet: nobody is missing


def test_no_meeting_shows_an_empty_disabled_page(page):
    page.load(None)
    assert page.record is None
    assert not page.pages.isEnabled()
    assert "Velg et møte" in page.header.text()


# --- møtet ----------------------------------------------------------------------------------------


def test_details_are_saved_and_a_bad_time_is_refused_at_the_field(page, db, qtbot, meetings):
    details = page.details
    page.pages.setCurrentWidget(details)
    details.start_time.clear()
    qtbot.keyClicks(details.start_time, "25:99")
    details.place.clear()
    qtbot.keyClicks(details.place, "Teams")
    assert details.save_button.isEnabled()
    click(qtbot, details.save_button)
    assert "TT:MM" in details.error.text()
    assert details.start_time.hasFocus()
    assert details.start_time.text() == "25:99" and details.place.text() == "Teams"
    assert record(db, meetings.ids[0]).meeting.place == "Møterom 2"

    details.start_time.clear()
    qtbot.keyClicks(details.start_time, "8:30")
    details.status.setCurrentIndex(details.status.findData(core.HELD))
    qtbot.keyClicks(details.note, "Holdt på Teams på grunn av snøvær.")
    click(qtbot, details.save_button)
    saved = record(db, meetings.ids[0]).meeting
    assert (saved.start_time, saved.place, saved.status) == ("08:30", "Teams", core.HELD)
    assert saved.note == "Holdt på Teams på grunn av snøvær."
    assert details.start_time.text() == "08:30"
    assert not details.is_dirty() and not details.error.isVisible()
    assert "Avholdt" in page.header.text() and "Teams" in page.header.text()


def test_moving_the_meeting_asks_why_and_keeps_the_planned_day(page, db, qtbot, meetings):
    details = page.details
    page.pages.setCurrentWidget(details)
    assert not details.moved_reason.isVisible()
    details.held_on.setDate(QDate(2025, 3, 4))
    assert details.moved_reason.isVisible()
    qtbot.keyClicks(details.moved_reason, "Kurs for personalet")
    ctrl_s(qtbot, page, details.note)
    saved = record(db, meetings.ids[0]).meeting
    assert saved.held_on == date(2025, 3, 4) and saved.planned_on == date(2025, 3, 3)
    assert saved.moved_reason == "Kurs for personalet"
    assert "flyttet fra 03.03.2025" in page.header.text()
    assert "Flyttet fra 03.03.2025" in details.planned.text()


def test_a_move_onto_another_meeting_of_the_series_is_refused(page, db, qtbot, meetings):
    details = page.details
    page.pages.setCurrentWidget(details)
    details.held_on.setDate(QDate(2025, 3, 10))
    click(qtbot, details.save_button)
    assert "allerede et møte" in details.error.text()
    assert details.held_on.date() == QDate(2025, 3, 10)  # what was typed stays
    assert record(db, meetings.ids[0]).meeting.held_on == MONDAYS[0]


# --- oppmøte ----------------------------------------------------------------------------------


def test_attendance_with_a_required_unit_missing_warns_and_is_saved(page, db, qtbot, meetings):
    attendance = page.attendance
    page.pages.setCurrentWidget(attendance)
    assert "Staup helsehus, Ytterøy helsetun" in attendance.required.text()
    assert [attendance.table.item(r, 0).text() for r in range(4)] == [
        "Kari Fiktiv",
        "Ola Prøvesen",
        "Per Eksempel",
        "Jonas Fysio",
    ]
    assert attendance.table.item(3, 2).text() == "–"  # a member without a unit

    click(qtbot, attendance.all_present)
    assert not attendance.warning.isVisible()
    absent = attendance.statuses[2]
    absent.setCurrentIndex(absent.findData(core.ABSENT))
    assert attendance.warning.isVisible()
    assert attendance.warning.text() == "Ingen til stede fra: Ytterøy helsetun"
    deputy = attendance.statuses[1]
    deputy.setCurrentIndex(deputy.findData(core.DEPUTY))
    assert attendance.deputies[1].isEnabled() and not attendance.deputies[0].isEnabled()

    # A deputy without a name is refused at the name, and the choices made stay.
    click(qtbot, attendance.save_button)
    assert "stedfortreder" in attendance.error.text()
    assert attendance.deputies[1].hasFocus()
    assert attendance.statuses[2].currentData() == core.ABSENT
    assert all(a.status == core.NOT_RECORDED for a in record(db, meetings.ids[0]).attendance)

    qtbot.keyClicks(attendance.deputies[1], "Line Vikar")
    ctrl_s(qtbot, page, attendance.deputies[1])
    assert not attendance.is_dirty()
    saved = record(db, meetings.ids[0])
    assert [(a.status, a.deputy) for a in saved.attendance] == [
        (core.PRESENT, ""),
        (core.DEPUTY, "Line Vikar"),
        (core.ABSENT, ""),
        (core.PRESENT, ""),
    ]
    assert saved.missing_unit_ids() == [meetings.units["Ytterøy helsetun"]]
    # The header says it on every other page of the meeting.
    page.pages.setCurrentWidget(page.agenda)
    assert page.warning.isVisible()
    assert page.warning.text() == "Ingen til stede fra: Ytterøy helsetun"


def test_angre_endringer_brings_back_the_saved_attendance(page, qtbot):
    attendance = page.attendance
    page.pages.setCurrentWidget(attendance)
    click(qtbot, attendance.all_present)
    assert attendance.is_dirty()
    click(qtbot, attendance.revert_button)
    assert not attendance.is_dirty()
    assert all(c.currentData() == core.NOT_RECORDED for c in attendance.statuses)


# --- saksliste og referat -----------------------------------------------------------------------


def test_agenda_items_with_minutes_and_decisions_are_saved_in_order(page, db, qtbot, meetings):
    agenda = page.agenda
    page.pages.setCurrentWidget(agenda)
    assert agenda.empty.isVisible()
    for title, minutes, decision in (
        ("Ledige plasser", "To ledige korttidsplasser.", "Nord tar imot en pasient."),
        ("Opplæringsbehov", "Smertepumpe i Sør.", "Kurs i april."),
    ):
        click(qtbot, agenda.add_button)
        box = agenda.items[-1]
        assert box.subject.hasFocus()
        qtbot.keyClicks(box.subject, title)
        qtbot.keyClicks(box.minutes, minutes)
        qtbot.keyClicks(box.decision, decision)
    # An item with minutes but no title is refused at its title; the text stays.
    click(qtbot, agenda.add_button)
    qtbot.keyClicks(agenda.items[-1].minutes, "Noe om eventuelt")
    click(qtbot, agenda.save_button)
    assert "Sak nr. 3" in agenda.error.text()
    assert agenda.items[-1].subject.hasFocus()
    assert agenda.items[-1].minutes.toPlainText() == "Noe om eventuelt"
    assert record(db, meetings.ids[0]).agenda == ()

    qtbot.keyClicks(agenda.items[-1].subject, "Eventuelt")
    click(qtbot, agenda.items[1].up)  # "Opplæringsbehov" first
    assert agenda.items[0].subject.text() == "Opplæringsbehov"
    click(qtbot, agenda.save_button)
    saved = record(db, meetings.ids[0]).agenda
    assert [(a.title, a.minutes, a.decision) for a in saved] == [
        ("Opplæringsbehov", "Smertepumpe i Sør.", "Kurs i april."),
        ("Ledige plasser", "To ledige korttidsplasser.", "Nord tar imot en pasient."),
        ("Eventuelt", "Noe om eventuelt", ""),
    ]
    assert [box.title() for box in agenda.items] == ["Sak 1", "Sak 2", "Sak 3"]

    click(qtbot, agenda.items[2].remove)
    click(qtbot, agenda.save_button)
    assert [a.title for a in record(db, meetings.ids[0]).agenda] == [
        "Opplæringsbehov",
        "Ledige plasser",
    ]


# --- forløp -------------------------------------------------------------------------------------


def add_patient(db, meetings, name: str, unit: str, level: int = 2, day: int = 14) -> int:
    born = date(1941, 3, day)
    patient = pathway_core.Patient(
        None,
        name,
        synthetic_number(born),
        born,
        unit_id=meetings.units[unit],
    )
    return patient_service.create_patient(
        db, ACTOR, patient, level=level, start_date=date.today() - timedelta(days=20)
    )


def test_a_reviewed_pathway_is_saved_into_the_patients_history(
    page, db, qtbot, meetings, answer_dialog, window
):
    pid = add_patient(db, meetings, "Testpasient Åse Øvrebø", "Hjemmetjenesten Nord")
    other = add_patient(db, meetings, "Testpasient Bjørn Dahl", "Staup helsehus", level=3, day=15)
    pathway_service.add_stop_point(db, ACTOR, pid, date.today() - timedelta(days=2))
    reviews = page.reviews
    page.pages.setCurrentWidget(reviews)
    seen = {}

    def choose(dialog: CandidateDialog):
        table = dialog.table
        seen["names"] = [table.item(r, 0).text() for r in range(table.rowCount())]
        seen["stop"] = table.item(1, 3).text()
        seen["level"] = table.item(1, 2).text()
        table.clearSelection()
        press_ok(dialog)  # nothing chosen: refused in the dialog
        seen["error"] = dialog.error.text()
        table.selectRow(1)
        press_ok(dialog)

    answer_dialog(choose)
    click(qtbot, reviews.add_button)
    assert seen["names"] == ["Testpasient Bjørn Dahl", "Testpasient Åse Øvrebø"]
    assert "(forfalt)" in seen["stop"]
    assert seen["level"] == "Forløp 2"
    assert "Velg minst ett" in seen["error"]
    [box] = reviews.boxes
    assert "Testpasient Åse Øvrebø" in box.title()
    assert page.focusWidget() is box.assessment and reviews.is_dirty()
    qtbot.keyClicks(box.assessment, "Stabil, smerter godt lindret.")
    qtbot.keyClicks(box.follow_up, "Nytt stopp-punkt om to uker.")
    click(qtbot, reviews.save_button)
    assert not reviews.is_dirty() and not reviews.error.isVisible()

    [entry] = pathway_service.load_plan(db, ACTOR, pid).reviews
    assert entry.meeting_id == meetings.ids[0] and entry.held_on == MONDAYS[0]
    assert entry.series_name == "Tverrfaglig samhandlingsmøte"
    assert entry.assessment == "Stabil, smerter godt lindret."
    assert entry.follow_up == "Nytt stopp-punkt om to uker."
    assert pathway_service.load_plan(db, ACTOR, other).reviews == ()
    assert any(e.action == "update" for e in access_log(db, ACTOR, pid))
    [saved] = record(db, meetings.ids[0]).reviews
    assert saved.patient_name == "Testpasient Åse Øvrebø"

    # The pathway offered a second time is not offered again.
    def count(dialog: CandidateDialog):
        seen["again"] = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
        dialog.reject()

    answer_dialog(count)
    click(qtbot, reviews.add_button)
    assert seen["again"] == ["Testpasient Bjørn Dahl"]

    # "Åpne forløpet" shows the patient's plan in the pathway tab.
    click(qtbot, reviews.boxes[0].open_button)
    assert window.tabs.currentWidget() is window.pathway_tab
    assert window.pathway_tab.current_patient_id() == pid
    assert len(window.pathway_tab.plan.reviews) == 1

    # Shown there already, the plan is loaded again with a review saved since.
    qtbot.keyClicks(reviews.boxes[0].follow_up, "Ring fastlegen. ")
    click(qtbot, reviews.save_button)
    click(qtbot, reviews.boxes[0].open_button)
    assert "Ring fastlegen." in window.pathway_tab.plan.reviews[0].follow_up


def test_a_review_taken_off_the_meeting_leaves_the_history(
    page, db, qtbot, meetings, answer_dialog
):
    pid = add_patient(db, meetings, "Testpasient Åse Øvrebø", "Hjemmetjenesten Nord")
    pathway_id = pathway_service.load_plan(db, ACTOR, pid).pathway.id
    review = core.PathwayReview(None, pathway_id, level=2, assessment="Vurdert")
    review_service.save_review(db, ACTOR, meetings.ids[0], review)
    page.reload()
    reviews = page.reviews
    page.pages.setCurrentWidget(reviews)
    [box] = reviews.boxes
    answer_dialog(press_delete)
    click(qtbot, box.remove_button)
    assert reviews.boxes == [] and reviews.is_dirty()
    assert len(pathway_service.load_plan(db, ACTOR, pid).reviews) == 1  # not before "Lagre"
    click(qtbot, reviews.save_button)
    assert pathway_service.load_plan(db, ACTOR, pid).reviews == ()


# --- tall ---------------------------------------------------------------------------------------


def test_figures_are_recorded_and_the_trend_shows_two_meetings(page, db, qtbot, meetings):
    figures = page.figures
    page.pages.setCurrentWidget(figures)
    labels = [figures.table.item(r, 0).text() for r in range(figures.table.rowCount())]
    assert labels[0] == "Ledige institusjonsplasser" and len(labels) == 8
    assert all(box.count() is None for box in figures.values)
    assert not figures.chart.has_points()

    qtbot.keyClicks(figures.values[0], "3")
    qtbot.keyClicks(figures.values[1], "1")
    qtbot.keyClicks(figures.notes[0], "To på Staup, en på Ytterøy")
    click(qtbot, figures.save_button)
    saved = {v.figure_id: v for v in record(db, meetings.ids[0]).figures}
    first_id, second_id = figures.figure_ids[0], figures.figure_ids[1]
    assert saved[first_id].value == 3 and saved[first_id].note == "To på Staup, en på Ytterøy"
    assert saved[second_id].value == 1
    assert saved[figures.figure_ids[2]].value is None  # left blank: not recorded, not 0

    page.load(meetings.ids[1])
    assert figures.values[0].count() is None
    qtbot.keyClicks(figures.values[0], "5")
    click(qtbot, figures.save_button)
    assert figures.chooser.currentData() == first_id  # eight figures: the first is shown
    [(name, points)] = figures.chart.series()
    assert name == "Ledige institusjonsplasser"
    assert points == [(MONDAYS[0], 3), (MONDAYS[1], 5)]
    figures.chooser.setCurrentIndex(figures.chooser.findData(second_id))
    [(_name, points)] = figures.chart.series()
    assert points == [(MONDAYS[0], 1), (MONDAYS[1], None)]  # a gap, not a zero
    figures.chooser.setCurrentIndex(figures.chooser.findData(0))
    assert len(figures.chart.series()) == 8
    chart = figures.chart
    chart.resize(600, 300)
    x = chart._x(MONDAYS[1], chart._plot(), MONDAYS[0], MONDAYS[1])
    assert chart.tooltip_at(x).splitlines()[:2] == ["10.03.2025", "Ledige institusjonsplasser: 5"]

    # Clearing a value means "not recorded".
    figures.values[0].setFocus()
    figures.values[0].lineEdit().selectAll()
    qtbot.keyClick(figures.values[0], Qt.Key.Key_Delete)
    assert figures.values[0].count() is None


# --- tiltak -------------------------------------------------------------------------------------


def test_an_action_item_is_carried_over_until_closed_with_its_history(
    page, db, qtbot, meetings, answer_dialog
):
    actions = page.actions
    page.pages.setCurrentWidget(actions)
    assert "Ingen tiltak" in actions.summary.text()
    seen = {}

    def new_item(dialog: ActionDialog):
        qtbot.keyClicks(dialog.what, "Bestille ekstra smertepumpe")
        qtbot.keyClicks(dialog.owner, "Ola Prøvesen")
        dialog.due_on.setDate(QDate(2025, 2, 20))  # before the meeting: refused at the date
        qtbot.keyClicks(dialog.note, "Meldt behov i møtet")
        press_ok(dialog)
        seen["error"] = dialog.error.text()
        seen["focus"] = dialog.focusWidget() is dialog.due_on
        seen["kept"] = dialog.what.toPlainText()
        dialog.due_on.setDate(QDate(2025, 3, 7))
        press_ok(dialog)

    answer_dialog(new_item)
    click(qtbot, actions.new_button)
    assert "Fristen kan ikke være før" in seen["error"] and seen["focus"]
    assert seen["kept"] == "Bestille ekstra smertepumpe"
    [item] = record(db, meetings.ids[0]).actions
    assert (item.what, item.owner, item.due_on) == (
        "Bestille ekstra smertepumpe",
        "Ola Prøvesen",
        date(2025, 3, 7),
    )
    assert actions.table.item(0, 4).text() == "Nytt i dette møtet"
    assert actions.selected() == item.id  # the new item is chosen, its history shown
    assert actions.history.item(0, 2).text() == "Meldt behov i møtet"

    # Meeting 2: carried over, overdue at that meeting (due 07.03, meeting 10.03).
    page.load(meetings.ids[1])
    assert actions.table.rowCount() == 1
    assert actions.table.item(0, 4).text() == "Overført fra 03.03.2025"
    assert actions.table.item(0, 2).text() == "07.03.2025 (forfalt)"
    assert actions.table.item(0, 0).foreground().color().name() == "#b00020"
    assert "forfalt: 1" in actions.summary.text()
    actions.table.selectRow(0)

    def close(dialog: StatusDialog):
        dialog.status.setCurrentIndex(dialog.status.findData(core.DONE))
        qtbot.keyClicks(dialog.note, "Pumpe levert")
        press_ok(dialog)

    answer_dialog(close)
    click(qtbot, actions.status_button)
    closed = record(db, meetings.ids[1]).actions[0]
    assert closed.status == core.DONE and closed.closed_on == MONDAYS[1]
    assert actions.table.item(0, 3).text() == "Utført 10.03.2025"
    assert [(u.on, u.status, u.note) for u in closed.history] == [
        (MONDAYS[0], core.OPEN, "Meldt behov i møtet"),
        (MONDAYS[1], core.DONE, "Pumpe levert"),
    ]
    assert actions.history.rowCount() == 2

    # Meeting 3: gone.
    page.load(meetings.ids[2])
    assert actions.table.rowCount() == 0
    # Meeting 1 shows it as it stood then, and what became of it.
    page.load(meetings.ids[0])
    assert actions.table.item(0, 3).text() == "Åpen (senere utført 10.03.2025)"


def test_an_action_item_is_edited_and_deleted_after_confirmation(
    page, db, qtbot, meetings, answer_dialog
):
    item_id = meeting_service.save_action(
        db, ACTOR, meetings.ids[0], core.ActionItem(None, meetings.series_id, "Rutine for natt")
    )
    page.reload()
    actions = page.actions
    page.pages.setCurrentWidget(actions)
    actions.table.selectRow(0)

    def edit(dialog: ActionDialog):
        dialog.what.clear()
        press_ok(dialog)  # no text: refused
        seen["error"] = dialog.error.text()
        qtbot.keyClicks(dialog.what, "Rutine for nattevakter")
        press_ok(dialog)

    seen = {}
    answer_dialog(edit)
    click(qtbot, actions.edit_button)
    assert "Skriv hva som skal gjøres" in seen["error"]
    assert record(db, meetings.ids[0]).actions[0].what == "Rutine for nattevakter"

    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    click(qtbot, actions.delete_button)
    assert len(record(db, meetings.ids[0]).actions) == 1
    answer_dialog(press_delete)
    actions.table.selectRow(0)
    click(qtbot, actions.delete_button)
    assert record(db, meetings.ids[0]).actions == ()
    assert item_id not in [a.id for a in record(db, meetings.ids[0]).actions]


# --- leaving with unsaved edits -------------------------------------------------------------------


def test_unsaved_edits_ask_before_leaving(page, db, qtbot, meetings, answer_dialog):
    qtbot.keyClicks(page.details.note, "Husk å bestille rom")
    click(qtbot, page.attendance.all_present)
    asked = {}

    def cancel(box: QMessageBox):
        asked["text"] = box.text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialog(cancel)
    assert page.confirm_leave() is False
    assert "«Møtet»" in asked["text"] and "«Oppmøte»" in asked["text"]
    assert page.details.note.toPlainText() == "Husk å bestille rom"

    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    assert page.confirm_leave() is True
    saved = record(db, meetings.ids[0])
    assert saved.meeting.note == "Husk å bestille rom"
    assert all(a.status == core.PRESENT for a in saved.attendance)

    qtbot.keyClicks(page.details.note, " i tide")
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert page.confirm_leave() is True
    assert page.details.note.toPlainText() == "Husk å bestille rom"
    assert not page.dirty_sections()


def test_a_refused_save_when_leaving_stays_on_the_page(page, qtbot, answer_dialog):
    page.details.start_time.clear()
    qtbot.keyClicks(page.details.start_time, "kl 9")
    page.pages.setCurrentWidget(page.agenda)
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    assert page.confirm_leave() is False
    assert page.pages.currentWidget() is page.details
    assert page.details.start_time.text() == "kl 9"
    assert "TT:MM" in page.details.error.text()


def test_saving_one_page_keeps_what_is_typed_on_another(page, db, qtbot, meetings):
    qtbot.keyClicks(page.details.note, "Ikke lagret ennå")
    page.pages.setCurrentWidget(page.attendance)
    click(qtbot, page.attendance.all_present)
    click(qtbot, page.attendance.save_button)
    assert page.details.is_dirty()
    assert page.details.note.toPlainText() == "Ikke lagret ennå"
    assert record(db, meetings.ids[0]).meeting.note == ""


def test_a_save_announces_the_change_to_the_window(page, qtbot, window):
    page.pages.setCurrentWidget(page.attendance)
    click(qtbot, page.attendance.all_present)
    with qtbot.waitSignal(window.data_changed) as blocker:
        click(qtbot, page.attendance.save_button)
    assert blocker.args == ["meetings"]


def test_a_cancelled_meeting_warns_of_nobody(page, db, qtbot, meetings):
    meeting_service.save_attendance(
        db,
        ACTOR,
        meetings.ids[0],
        [core.Attendance(a.member_id, core.ABSENT) for a in record(db, meetings.ids[0]).attendance],
    )
    page.reload()
    page.pages.setCurrentWidget(page.details)
    assert page.warning.isVisible()
    assert "Staup helsehus, Ytterøy helsetun" in page.warning.text()
    rec = record(db, meetings.ids[0])
    meeting_service.save_meeting_details(db, ACTOR, replace(rec.meeting, status=core.CANCELLED))
    page.reload()
    assert not page.warning.isVisible()
    assert "Avlyst" in page.header.text()
