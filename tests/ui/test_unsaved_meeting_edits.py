"""Unsaved edits on the meeting page are settled before the window changes under them."""

from PySide6.QtWidgets import QMessageBox

from helsehus_desktop.store import meeting_service
from helsehus_desktop.ui.main_window import MainWindow
from tests.ui.test_meeting_page import ACTOR, meetings  # noqa: F401 - the fixture


def open_window(qtbot, db, settings, meetings, calls=None):  # noqa: F811
    win = MainWindow(db, settings, on_language=None if calls is None else calls.append)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.meetings_tab.show_meeting(meetings.ids[0])
    return win


def press(button):
    def handle(box: QMessageBox) -> None:
        box.button(button).click()

    return handle


def test_a_change_of_language_asks_first_and_avbryt_keeps_everything(
    qtbot,
    db,
    settings,
    meetings,
    answer_dialog,  # noqa: F811
):
    calls: list[str] = []
    win = open_window(qtbot, db, settings, meetings, calls)
    note = win.meetings_tab.page.details.note
    qtbot.keyClicks(note, "Ikke lagret ennå")
    english = next(
        a for a in win.findChildren(type(win.menuBar().actions()[0])) if a.data() == "en"
    )
    seen = answer_dialog(press(QMessageBox.StandardButton.Cancel))
    english.trigger()
    assert seen and calls == []  # asked, and the window is not rebuilt
    assert not english.isChecked()
    assert note.toPlainText() == "Ikke lagret ennå"

    answer_dialog(press(QMessageBox.StandardButton.Save))
    english.trigger()
    assert calls == ["en"]  # rebuilt only after the edit was saved
    assert meeting_service.load_meeting(db, ACTOR, meetings.ids[0]).meeting.note == (
        "Ikke lagret ennå"
    )


def test_after_saving_on_the_way_the_list_marks_the_meeting_shown(
    qtbot,
    db,
    settings,
    meetings,
    answer_dialog,  # noqa: F811
):
    win = open_window(qtbot, db, settings, meetings)
    tab = win.meetings_tab
    qtbot.keyClicks(tab.page.details.note, "Lagres på veien")
    target = tab._meeting_index(meetings.ids[1])
    answer_dialog(press(QMessageBox.StandardButton.Save))
    tab.meeting_table.setCurrentCell(target, 0)
    assert tab.page.record.meeting.id == meetings.ids[1]
    assert tab.meeting_table.currentRow() == target
    assert meeting_service.load_meeting(db, ACTOR, meetings.ids[0]).meeting.note == (
        "Lagres på veien"
    )
