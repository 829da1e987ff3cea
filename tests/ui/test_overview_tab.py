"""Drive the "Oversikt" tab: each section shows its lines for data made through the services, a
click or Enter opens the place a line points to, the unit choice narrows and is remembered, and
the window always opens on it."""

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidget

from helsehus_desktop.core import meetings as mcore
from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import ESAS_KEYS
from helsehus_desktop.store import meeting_service
from helsehus_desktop.store.access import access_log
from helsehus_desktop.store.assessment_service import add_esas
from helsehus_desktop.store.orgchart_service import create_unit
from helsehus_desktop.store.pathway_service import add_stop_point, change_level
from helsehus_desktop.store.patient_service import create_patient
from helsehus_desktop.ui.main_window import MainWindow
from helsehus_desktop.ui.meetings.actions import ActionsSection
from helsehus_desktop.ui.overview.tab import OverviewTab
from helsehus_desktop.ui.pathways.checklists import ActivitiesSection
from helsehus_desktop.ui.pathways.esas import EsasSection
from helsehus_desktop.ui.pathways.pathway_page import PathwaySection
from helsehus_desktop.ui.pathways.tables import ALERT

ACTOR = "koordinator.test"
TODAY = date.today()


def unit(db, name):
    return create_unit(
        db, ACTOR, name=name, kind="tjenestested", parent_id=None, valid_from=date(2020, 1, 1)
    )


def patient(db, name, unit_id, level=1):
    p = core.Patient(
        id=None, name=name, identity_number="", birth_date=date(1940, 5, 17), unit_id=unit_id
    )
    return create_patient(db, ACTOR, p, level=level, start_date=TODAY - timedelta(days=60))


def high_esas(db, pid, **scores):
    at = datetime.combine(TODAY - timedelta(days=1), time(9, 30))
    reg = core.EsasRegistration(
        id=None, at=at, filled_by="staff", scores={k: scores.get(k, 1) for k in ESAS_KEYS}
    )
    return add_esas(db, ACTOR, pid, reg)


@pytest.fixture
def data(db):
    """Two units, a patient in each with something in every section, and a meeting series of
    the first unit with a meeting ahead and an overdue action item."""
    north, south = unit(db, "Hjemmetjenesten Nord"), unit(db, "Hjemmetjenesten Sør")
    anna = patient(db, "Anna Aas", north, level=1)
    bjorn = patient(db, "Bjørn Berg", south, level=2)
    add_stop_point(db, ACTOR, anna, TODAY - timedelta(days=2))
    add_stop_point(db, ACTOR, bjorn, TODAY + timedelta(days=3))
    high_esas(db, anna, pain=8, anxiety=7)
    change_level(db, ACTOR, anna, level=3, changed_on=TODAY, reason="Raske endringer")
    series = meeting_service.save_series(
        db,
        ACTOR,
        mcore.Series(
            id=None,
            kind=mcore.CORE_GROUP,
            name="Kjernegruppe nord",
            members=(mcore.Member(id=None, name="Kari Leder", unit_id=north),),
        ),
    )
    held = meeting_service.add_meeting(db, ACTOR, series, TODAY - timedelta(days=7))
    ahead = meeting_service.add_meeting(
        db, ACTOR, series, TODAY + timedelta(days=2), start_time="09:00", place="Møterom 1"
    )
    meeting_service.save_action(
        db,
        ACTOR,
        held,
        mcore.ActionItem(
            id=None,
            series_id=series,
            what="Bestille seng",
            owner="Kari Leder",
            due_on=TODAY - timedelta(days=1),
        ),
    )
    return {
        "north": north,
        "south": south,
        "anna": anna,
        "bjorn": bjorn,
        "held": held,
        "ahead": ahead,
    }


def open_window(qtbot, db, settings):
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    return win


def texts(view: QTreeWidget) -> list[list[str]]:
    root = view.invisibleRootItem()
    return [
        [root.child(r).text(c) for c in range(view.columnCount())] for r in range(root.childCount())
    ]


def click(qtbot, view: QTreeWidget, row: int) -> None:
    item = view.topLevelItem(row)
    view.scrollToItem(item)
    qtbot.mouseClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
    )


def press_enter(qtbot, view: QTreeWidget, row: int) -> None:
    view.setFocus()
    view.setCurrentItem(view.topLevelItem(row))
    qtbot.keyClick(view, Qt.Key.Key_Return)


def test_the_window_opens_on_the_overview(qtbot, db, settings):
    win = open_window(qtbot, db, settings)
    assert win.tabs.currentWidget() is win.overview_tab
    assert win.tabs.indexOf(win.overview_tab) == 0
    assert [win.tabs.tabText(i) for i in range(win.tabs.count())] == [
        "Oversikt",
        "Organisasjon",
        "Palliative forløp",
        "Møter",
    ]
    tab = win.overview_tab
    assert all(not s.view.isVisible() and s.empty.isVisible() for s in tab.sections)
    assert tab.date_label.text().count(TODAY.strftime("%d.%m.%Y")) == 1


def test_every_section_shows_its_lines(qtbot, db, settings, data):
    win = open_window(qtbot, db, settings)
    tab = win.overview_tab
    day = lambda d: d.strftime("%d.%m.%Y")  # noqa: E731

    stop = texts(tab.stop_points.view)
    assert stop == [
        [day(TODAY - timedelta(days=2)), "2 dager over fristen", "Anna Aas", "Forløp 3",
         "Hjemmetjenesten Nord"],
        [day(TODAY + timedelta(days=3)), "om 3 dager", "Bjørn Berg", "Forløp 2",
         "Hjemmetjenesten Sør"],
    ]  # fmt: skip
    overdue, upcoming = (tab.stop_points.view.topLevelItem(r) for r in (0, 1))
    assert overdue.foreground(2).color() == ALERT
    assert upcoming.foreground(2).color() != ALERT
    assert tab.stop_points.title() == "&Stopp-punkter som skal evalueres (2)"

    activities = texts(tab.activities.view)
    assert [row[0] for row in activities] == ["Anna Aas", "Bjørn Berg"]
    assert int(activities[0][3]) > 0 and activities[0][4]

    (esas,) = texts(tab.esas.view)
    assert esas[1:] == ["Anna Aas", "Hjemmetjenesten Nord", "Smerte 8, Angst 7"]
    assert esas[0] == f"{day(TODAY - timedelta(days=1))} 09:30"
    # Reading the scores is logged for the patient shown, and for no one else.
    assert "read" in [e.action for e in access_log(db, ACTOR, data["anna"])]
    assert "read" not in [e.action for e in access_log(db, ACTOR, data["bjorn"])]

    assert texts(tab.level_changes.view) == [
        [day(TODAY), "Anna Aas", "Hjemmetjenesten Nord", "Forløp 1 → Forløp 3"]
    ]

    (action,) = texts(tab.actions.view)
    assert action == [
        day(TODAY - timedelta(days=1)),
        "1 dag over fristen",
        "Bestille seng",
        "Kari Leder",
        "Kjernegruppe nord",
    ]
    assert tab.actions.view.topLevelItem(0).foreground(2).color() == ALERT

    (meeting,) = texts(tab.meetings.view)
    assert meeting[0].endswith(day(TODAY + timedelta(days=2)))
    assert meeting[1:] == ["09:00", "Kjernegruppe nord", "Møterom 1"]

    assert texts(tab.counts.view) == [
        ["Hjemmetjenesten Nord", "0", "0", "1", "1"],
        ["Hjemmetjenesten Sør", "0", "1", "0", "1"],
        ["Totalt", "0", "1", "1", "2"],
    ]


@pytest.mark.parametrize(
    ("section", "page", "how"),
    [
        ("stop_points", PathwaySection, click),
        ("activities", ActivitiesSection, press_enter),
        ("esas", EsasSection, click),
        ("level_changes", PathwaySection, press_enter),
    ],
)
def test_a_patient_line_opens_the_plan_on_its_page(qtbot, db, settings, data, section, page, how):
    win = open_window(qtbot, db, settings)
    pathways = win.pathway_tab
    pathways.sections.setCurrentIndex(pathways.sections.count() - 1)  # another page
    how(qtbot, getattr(win.overview_tab, section).view, 0)
    assert win.tabs.currentWidget() is pathways
    assert pathways.current_patient_id() == data["anna"]
    assert isinstance(pathways.sections.currentWidget(), page)


def test_a_patient_filtered_away_in_the_list_is_found(qtbot, db, settings, data):
    win = open_window(qtbot, db, settings)
    pathways = win.pathway_tab
    pathways.search.setText("Bjørn")
    pathways.apply_filter()
    click(qtbot, win.overview_tab.stop_points.view, 0)  # Anna
    assert pathways.current_patient_id() == data["anna"]


@pytest.mark.parametrize(("section", "meeting", "how"), [
    ("actions", "held", click),
    ("meetings", "ahead", press_enter),
])  # fmt: skip
def test_action_items_and_meetings_open_in_the_meetings_tab(
    qtbot, db, settings, data, section, meeting, how
):
    win = open_window(qtbot, db, settings)
    how(qtbot, getattr(win.overview_tab, section).view, 0)
    assert win.tabs.currentWidget() is win.meetings_tab
    assert win.meetings_tab.current_meeting_id() == data[meeting]
    if section == "actions":  # on the meeting's page of action items
        assert isinstance(win.meetings_tab.page.pages.currentWidget(), ActionsSection)


def test_a_count_opens_the_patient_list_of_the_unit_and_level(qtbot, db, settings, data):
    win = open_window(qtbot, db, settings)
    view = win.overview_tab.counts.view
    item = view.topLevelItem(1)  # Hjemmetjenesten Sør
    rect = view.visualRect(view.indexFromItem(item, 2))  # the "Forløp 2" cell
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    pathways = win.pathway_tab
    assert win.tabs.currentWidget() is pathways
    assert pathways.unit_filter.currentData() == data["south"]
    assert pathways.level_filter.currentData() == 2
    assert pathways.model.ids == [data["bjorn"]]


def test_choosing_units_narrows_every_section_and_is_remembered(qtbot, db, settings, data):
    win = open_window(qtbot, db, settings)
    tab = win.overview_tab
    units = tab.units
    south = next(
        units.item(r)
        for r in range(units.count())
        if units.item(r).data(Qt.ItemDataRole.UserRole) == data["south"]
    )
    assert south.text() == "Hjemmetjenesten Sør (1)"
    south.setCheckState(Qt.CheckState.Checked)  # as a click or the space bar does
    assert settings.overview_units == str(data["south"])
    assert "Hjemmetjenesten Sør" in tab.scope_label.text()
    assert tab.units_button.text() == "&Mine enheter (1)"
    assert [row[2] for row in texts(tab.stop_points.view)] == ["Bjørn Berg"]
    assert texts(tab.esas.view) == [] and texts(tab.level_changes.view) == []
    assert texts(tab.actions.view) == [] and texts(tab.meetings.view) == []  # north's series
    assert texts(tab.counts.view) == [["Hjemmetjenesten Sør", "0", "1", "0", "1"]]

    win.close()
    again = open_window(qtbot, db, settings)
    assert again.overview_tab.unit_filter() == [data["south"]]
    assert [row[2] for row in texts(again.overview_tab.stop_points.view)] == ["Bjørn Berg"]
    qtbot.mouseClick(again.overview_tab.all_button, Qt.MouseButton.LeftButton)
    assert again.overview_tab.unit_filter() is None and settings.overview_units == ""
    assert len(texts(again.overview_tab.stop_points.view)) == 2


def test_start_up_shows_the_overview_even_after_closing_on_another_tab(qtbot, db, settings):
    win = open_window(qtbot, db, settings)
    win.tabs.setCurrentWidget(win.pathway_tab)
    win.close()
    again = open_window(qtbot, db, settings)
    assert again.tabs.currentWidget() is again.overview_tab


def test_changes_elsewhere_reload_it_when_it_is_shown(qtbot, db, settings, data):
    win = open_window(qtbot, db, settings)
    tab = win.overview_tab
    win.tabs.setCurrentWidget(win.pathway_tab)
    add_stop_point(db, ACTOR, data["bjorn"], TODAY)
    win.data_changed.emit("pathways")
    assert len(texts(tab.stop_points.view)) == 2  # not read while out of sight
    win.tabs.setCurrentWidget(tab)
    assert len(texts(tab.stop_points.view)) == 3
    # On screen, an announcement reloads at once.
    add_stop_point(db, ACTOR, data["anna"], TODAY + timedelta(days=1))
    win.data_changed.emit("pathways")
    assert len(texts(tab.stop_points.view)) == 4
    win.data_changed.emit("competence")  # nothing of the overview's
    assert len(texts(tab.stop_points.view)) == 4


def test_a_new_day_reloads(qtbot, db, settings, data, monkeypatch):
    win = open_window(qtbot, db, settings)
    tab = win.overview_tab
    assert texts(tab.stop_points.view)[1][1] == "om 3 dager"
    monkeypatch.setattr(OverviewTab, "today", staticmethod(lambda: TODAY + timedelta(days=1)))
    tab._check_day()  # what the timer does each minute
    assert texts(tab.stop_points.view)[1][1] == "om 2 dager"
    assert (TODAY + timedelta(days=1)).strftime("%d.%m.%Y") in tab.date_label.text()


def test_sample_data_fill_the_overview(qtbot, sample_window):
    tab = sample_window.overview_tab
    assert sample_window.tabs.currentWidget() is tab
    assert tab.counts.lines and tab.activities.lines
    assert tab.units.count() > 10


def test_long_lists_show_their_first_lines_and_say_how_many_more(
    qtbot, db, settings, data, monkeypatch
):
    monkeypatch.setattr("helsehus_desktop.ui.overview.tab.MAX_LINES", 1)
    win = open_window(qtbot, db, settings)
    section = win.overview_tab.stop_points
    assert len(texts(section.view)) == 1
    assert section.title() == "&Stopp-punkter som skal evalueres (2)"
    assert section.more.isVisible() and section.more.text().startswith("… og 1 til.")
    assert not win.overview_tab.esas.more.isVisible()


def test_alt_letter_reaches_a_list_and_enter_opens_its_line(qtbot, db, settings, data):
    win = open_window(qtbot, db, settings)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # &ESAS-r …
    view = win.overview_tab.esas.view
    assert view.hasFocus()
    view.setCurrentItem(view.topLevelItem(0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert win.tabs.currentWidget() is win.pathway_tab
    assert isinstance(win.pathway_tab.sections.currentWidget(), EsasSection)
