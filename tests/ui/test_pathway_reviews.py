"""The meetings that reviewed a pathway show on the pathway page, next to the level history."""

from datetime import date, timedelta

from PySide6.QtWidgets import QAbstractItemView

from helsehus_desktop.core import meetings as mt
from helsehus_desktop.core import pathway as core
from helsehus_desktop.store import meeting_service, pathway_service, patient_service, review_service
from helsehus_desktop.ui.main_window import MainWindow


def test_reviews_show_newest_first_and_read_only(qtbot, db, settings):
    pid = patient_service.create_patient(
        db,
        "test",
        core.Patient(
            id=None, name="Testpasient Åse Øvrebø", identity_number="", birth_date=date(1944, 3, 1)
        ),
        level=2,
        start_date=date.today() - timedelta(days=40),
    )
    pathway_id = pathway_service.load_plan(db, "test", pid).pathway.id
    assert pathway_id is not None
    core_group = meeting_service.save_series(
        db, "test", mt.Series(None, mt.CORE_GROUP, "Kjernegruppe hjemmetjenesten")
    )
    monday = meeting_service.save_series(
        db, "test", mt.Series(None, mt.INTERDISCIPLINARY, "Tverrfaglig samhandlingsmøte")
    )
    first = meeting_service.add_meeting(db, "test", core_group, date.today() - timedelta(days=14))
    second = meeting_service.add_meeting(db, "test", monday, date.today() - timedelta(days=7))
    review_service.save_review(
        db,
        "test",
        first,
        mt.PathwayReview(
            None,
            pathway_id,
            level=2,
            assessment="Økende uro om natten.",
            follow_up="Plan B før helgen.",
        ),
    )
    review_service.save_review(
        db,
        "test",
        second,
        mt.PathwayReview(
            None, pathway_id, level=3, assessment="Stabil.", follow_up="Ny gjennomgang om to uker."
        ),
    )

    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1300, 850)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.pathway_tab)
    win.pathway_tab.select_patient(pid)
    page = win.pathway_tab.section_list[0]
    table = page.reviews

    assert table.rowCount() == 2
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(2)]
    day = lambda n: (date.today() - timedelta(days=n)).strftime("%d.%m.%Y")  # noqa: E731
    assert rows == [
        [day(7), "Tverrfaglig samhandlingsmøte", "Stabil.", "Ny gjennomgang om to uker."],
        [day(14), "Kjernegruppe hjemmetjenesten", "Økende uro om natten.", "Plan B før helgen."],
    ]
    assert table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert page.history.rowCount() == 1  # the level history is still there beside it

    # another patient without reviews empties the table
    other = patient_service.create_patient(
        db,
        "test",
        core.Patient(
            id=None, name="Testpasient Ørjan Ås", identity_number="", birth_date=date(1950, 1, 2)
        ),
        level=1,
        start_date=date.today(),
    )
    win.data_changed.emit("pathways")
    win.pathway_tab.select_patient(other)
    assert page.reviews.rowCount() == 0


def test_a_review_saved_in_a_meeting_shows_when_the_pathway_tab_is_shown_again(qtbot, db, settings):
    pid = patient_service.create_patient(
        db,
        "test",
        core.Patient(
            id=None, name="Testpasient Ole Olsen", identity_number="", birth_date=date(1940, 5, 6)
        ),
        level=1,
        start_date=date.today() - timedelta(days=10),
    )
    pathway_id = pathway_service.load_plan(db, "test", pid).pathway.id
    series = meeting_service.save_series(
        db, "test", mt.Series(None, mt.CORE_GROUP, "Kjernegruppe hjemmetjenesten")
    )
    meeting = meeting_service.add_meeting(db, "test", series, date.today())
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.tabs.setCurrentWidget(win.pathway_tab)
    win.pathway_tab.select_patient(pid)
    page = win.pathway_tab.section_list[0]
    assert page.reviews.rowCount() == 0

    win.tabs.setCurrentWidget(win.meetings_tab)
    review_service.save_review(
        db, "test", meeting, mt.PathwayReview(None, pathway_id, level=1, assessment="Rolig.")
    )
    win.data_changed.emit("meetings")
    assert page.reviews.rowCount() == 0  # not reloaded while another tab is shown
    win.tabs.setCurrentWidget(win.pathway_tab)
    assert page.reviews.rowCount() == 1
    assert page.reviews.item(0, 2).text() == "Rolig."
