"""The ESAS-r and MOBID-2 pages of the plan, driven through their real widgets: forms are filled
by typing, refusals name the field and keep what was typed, and what is saved shows in the
table and the trend chart."""

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPushButton, QToolTip

from helsehus_desktop.core.assessments import ESAS_KEYS, MOBID_RELEVANT
from helsehus_desktop.core.identity import with_control_digits
from helsehus_desktop.core.pathway import (
    EsasRegistration,
    MobidRegistration,
    MobidScore,
    Patient,
)
from helsehus_desktop.core.templates import load_mobid_form
from helsehus_desktop.store import assessment_service, pathway_service, patient_service
from helsehus_desktop.ui.pathways.esas import EsasDialog, EsasSection
from helsehus_desktop.ui.pathways.mobid import MobidDialog, MobidSection
from helsehus_desktop.ui.pathways.trend_chart import TrendChart

ACTOR = "testsykepleier"


class FakeHost:
    """The part of the plan tab a section talks to."""

    def __init__(self, db, patient_id):
        self.db = db
        self.actor = ACTOR
        self.patient_id = patient_id
        self.section = None

    def current_patient_id(self):
        return self.patient_id

    def plan_changed(self):
        self.section.show_plan(pathway_service.load_plan(self.db, self.actor, self.patient_id))


def make_patient(db):
    # A synthetic test number (month + 80) for 12.08.1945.
    number = next(n for i in range(500) if (n := with_control_digits(f"128845{i:03d}")))
    patient = Patient(None, "Testpasient Åse Øvrebø", number, date(1945, 8, 12))
    return patient_service.create_patient(
        db, ACTOR, patient, level=2, start_date=date.today() - timedelta(days=20)
    )


@pytest.fixture
def host(db):
    return FakeHost(db, make_patient(db))


def shown(qtbot, host, section_class):
    section = section_class(host)
    host.section = section
    qtbot.addWidget(section)
    section.resize(1100, 700)
    host.plan_changed()
    return section


@pytest.fixture
def esas(qtbot, host):
    return shown(qtbot, host, EsasSection)


@pytest.fixture
def mobid(qtbot, host):
    return shown(qtbot, host, MobidSection)


def plan(host):
    return pathway_service.load_plan(host.db, ACTOR, host.patient_id)


def ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def open_dialog(qtbot, dialog):
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_score(qtbot, box, text):
    qtbot.keyClicks(box, text)


def fill_esas(qtbot, dialog, scores, filled_by="patient"):
    """Choose who filled it in and type each score; None ticks "could not be assessed"."""
    dialog.filled_by.setCurrentIndex(dialog.filled_by.findData(filled_by))
    for key, score in scores.items():
        if score is None:
            dialog.items[key].not_assessed.click()
        else:
            type_score(qtbot, dialog.items[key].box, str(score))


def esas_reg(at, scores, others=()):
    return EsasRegistration(None, at, "staff", scores, others)


def cell(table, row, column):
    return table.item(row, column)


ALL = dict(zip(ESAS_KEYS, (7, 3, 0, 1, 4, 10, 2, 5, 6), strict=True))


# --- ESAS-r ---------------------------------------------------------------------------------


def test_a_complete_esas_registration_is_saved_and_shown(qtbot, host, esas):
    dialog = open_dialog(qtbot, EsasDialog(esas))
    fill_esas(qtbot, dialog, {**ALL, "drowsiness": None})
    row = dialog.add_other()
    qtbot.keyClicks(row.name, "Kløe")
    type_score(qtbot, row.field.box, "4")
    ok(dialog)

    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    (saved,) = plan(host).esas
    assert saved.scores == {**ALL, "drowsiness": None}
    assert saved.filled_by == "patient" and saved.others == (("Kløe", 4),)
    table = esas.table
    assert table.rowCount() == 1
    assert cell(table, 0, 1).text() == "Pasient"
    pain, drowsiness, breath = (
        cell(table, 0, 2 + ESAS_KEYS.index(k)) for k in ("pain", "drowsiness", "breathlessness")
    )
    assert (pain.text(), drowsiness.text(), breath.text()) == ("7", "–", "10")
    assert pain.font().bold() and breath.font().bold()  # 7 and up stand out
    assert not cell(table, 0, 2 + ESAS_KEYS.index("appetite")).font().bold()
    assert pain.toolTip() == "Smerte: 7 (sterk)"
    assert cell(table, 0, 2 + len(ESAS_KEYS)).text() == "Kløe: 4"


def test_the_new_button_opens_the_form_and_saves(qtbot, host, esas, answer_dialog):
    def fill(dialog):
        assert isinstance(dialog, EsasDialog)
        fill_esas(qtbot, dialog, ALL, filled_by="family")
        ok(dialog)

    answer_dialog(fill)
    esas.new_button.click()
    (saved,) = plan(host).esas
    assert saved.filled_by == "family" and saved.scores == ALL
    assert cell(esas.table, 0, 1).text() == "Pårørende"


def test_a_half_filled_form_is_refused_naming_the_field_and_keeps_what_was_typed(qtbot, host, esas):
    dialog = open_dialog(qtbot, EsasDialog(esas))
    ok(dialog)
    assert "Velg hvem som fylte ut" in dialog.error.text()
    assert dialog.focusWidget() is dialog.filled_by

    fill_esas(qtbot, dialog, {"pain": 5, "tiredness": 10})
    ok(dialog)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert "«Døsighet»" in dialog.error.text()
    assert dialog.focusWidget() is dialog.items["drowsiness"].box
    assert dialog.items["pain"].box.score() == 5
    assert dialog.items["tiredness"].box.score() == 10
    assert dialog.filled_by.currentData() == "patient"
    assert plan(host).esas == ()


def test_a_time_in_the_future_is_refused_and_the_scores_stay(qtbot, host, esas):
    dialog = open_dialog(qtbot, EsasDialog(esas))
    fill_esas(qtbot, dialog, ALL)
    dialog.at.setDateTime(QDateTime.currentDateTime().addDays(1))
    ok(dialog)
    assert "fram i tid" in dialog.error.text()
    assert dialog.focusWidget() is dialog.at
    assert {k: f.value() for k, f in dialog.items.items()} == ALL
    assert plan(host).esas == ()

    dialog.at.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    ok(dialog)
    assert not dialog.isVisible() and len(plan(host).esas) == 1


def test_an_other_problem_without_a_score_is_refused_at_its_row(qtbot, host, esas):
    dialog = open_dialog(qtbot, EsasDialog(esas))
    fill_esas(qtbot, dialog, ALL)
    dialog.add_other()  # a blank row is left out
    row = dialog.add_other()
    qtbot.keyClicks(row.name, "Munntørrhet")
    ok(dialog)
    assert "Annet problem nr. 1" in dialog.error.text()
    assert dialog.focusWidget() is row.field.box
    row.field.not_assessed.click()
    extra = dialog.add_other()
    qtbot.keyClicks(extra.name, "Hikke")
    extra.remove_button.click()  # removed again: not saved
    ok(dialog)
    assert plan(host).esas[0].others == (("Munntørrhet", None),)


def test_could_not_be_assessed_is_kept_apart_from_zero(qtbot, host, esas):
    dialog = open_dialog(qtbot, EsasDialog(esas))
    fill_esas(qtbot, dialog, {**ALL, "pain": None, "tiredness": 0})
    ok(dialog)
    (saved,) = plan(host).esas
    assert saved.scores["pain"] is None and saved.scores["tiredness"] == 0
    pain = cell(esas.table, 0, 2)
    tiredness = cell(esas.table, 0, 3)
    assert (pain.text(), tiredness.text()) == ("–", "0")
    assert pain.toolTip() == "Kunne ikke vurderes"
    series = dict(esas.chart.series())
    assert series["Smerte"] == [(saved.at, None)] and series["Slapphet"] == [(saved.at, 0)]


def test_every_field_is_reached_with_tab(qtbot, esas):
    dialog = open_dialog(qtbot, EsasDialog(esas))
    dialog.add_other()
    dialog.at.setFocus()
    seen = []
    for _ in range(40):
        widget = dialog.focusWidget()
        seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    expected = [dialog.at, dialog.filled_by, dialog.add_other_button]
    for field in [*dialog.items.values(), dialog.other_rows[0].field]:
        expected += [field.box, field.not_assessed]
    expected += [dialog.other_rows[0].name, dialog.other_rows[0].remove_button]
    missing = [w for w in expected if not any(s is w or s.parent() is w for s in seen)]
    assert missing == []
    # In the order of the form: the date first, then who, then the items top to bottom.
    order = [s for s in seen[: seen.index(dialog.add_other_button) + 1]]
    boxes = [f.box for f in dialog.items.values()]
    positions = [next(i for i, s in enumerate(order) if s is b or s.parent() is b) for b in boxes]
    assert positions == sorted(positions)


def test_deleting_asks_first(qtbot, host, esas, answer_dialog):
    now = datetime.now().replace(microsecond=0)
    for days, pain in ((3, 2), (1, 8)):
        scores = {**ALL, "pain": pain}
        assessment_service.add_esas(
            host.db, ACTOR, host.patient_id, esas_reg(now - timedelta(days=days), scores)
        )
    host.plan_changed()
    assert not esas.delete_button.isEnabled()
    esas.table.selectRow(0)  # the newest
    assert esas.delete_button.isEnabled()

    def cancel(box):
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialog(cancel)
    esas.delete_button.click()
    assert len(plan(host).esas) == 2

    def confirm(box):
        next(b for b in box.findChildren(QPushButton) if b.text() == "Slett").click()

    esas.table.selectRow(0)
    answer_dialog(confirm)
    esas.delete_button.click()
    (left,) = plan(host).esas
    assert left.scores["pain"] == 2
    assert esas.table.rowCount() == 1 and cell(esas.table, 0, 2).text() == "2"


def test_the_trend_follows_the_chosen_symptoms(qtbot, host, esas):
    now = datetime.now().replace(microsecond=0)
    first, second = now - timedelta(days=4), now - timedelta(days=1)
    assessment_service.add_esas(
        host.db,
        ACTOR,
        host.patient_id,
        esas_reg(first, {**ALL, "drowsiness": None}, (("Kløe", 3),)),
    )
    assessment_service.add_esas(
        host.db, ACTOR, host.patient_id, esas_reg(second, {**ALL, "pain": 2})
    )
    host.plan_changed()
    # Oldest first in the chart, newest first in the table.
    assert cell(esas.table, 0, 0).text() == second.strftime("%d.%m.%Y %H:%M")
    assert esas.chart.series() == [
        ("Smerte", [(first, 7), (second, 2)]),
        ("Slapphet", [(first, 3), (second, 3)]),
        ("Tung pust", [(first, 10), (second, 10)]),
    ]
    items = {
        esas.symptoms.item(i).text(): esas.symptoms.item(i) for i in range(esas.symptoms.count())
    }
    assert "Kløe" in items  # a named other problem can be followed too
    items["Døsighet"].setCheckState(Qt.CheckState.Checked)
    items["Kløe"].setCheckState(Qt.CheckState.Checked)
    items["Smerte"].setCheckState(Qt.CheckState.Unchecked)
    series = dict(esas.chart.series())
    assert "Smerte" not in series
    assert series["Døsighet"] == [(first, None), (second, 0)]
    assert series["Kløe"] == [(first, 3)]
    esas.show()
    assert not esas.chart.grab().isNull()
    host.plan_changed()  # the choice survives a reload
    assert "Smerte" not in dict(esas.chart.series())


def test_without_a_patient_everything_is_empty_and_disabled(qtbot, host, esas):
    assessment_service.add_esas(host.db, ACTOR, host.patient_id, esas_reg(datetime.now(), ALL))
    host.plan_changed()
    assert esas.table.rowCount() == 1 and esas.chart.has_points()
    esas.show_plan(None)
    assert esas.table.rowCount() == 0 and not esas.chart.has_points()
    assert not esas.new_button.isEnabled() and not esas.delete_button.isEnabled()
    assert not esas.symptoms.isEnabled()


# --- MOBID-2 --------------------------------------------------------------------------------


def fill_mobid(qtbot, dialog, intensities, overall=None, behaviours=()):
    for key, value in intensities.items():
        type_score(qtbot, dialog.rows[key].intensity, str(value))
    for key, index in behaviours:
        dialog.rows[key].boxes[index].click()
    if overall is not None:
        type_score(qtbot, dialog.overall, str(overall))


def mobid_form(host):
    return load_mobid_form(host.db.site_dir)


def test_a_mobid_registration_is_refused_until_complete_then_saved(qtbot, host, mobid):
    form = mobid_form(host)
    keys = [item.key for item in form.items]
    dialog = open_dialog(qtbot, MobidDialog(mobid, form))
    assert dialog.observer.text() == ACTOR
    labels = [b.title for b in form.behaviours]
    assert labels == ["Smertelyder", "Ansiktsuttrykk", "Avvergereaksjon"]

    values = {key: n % 4 for n, key in enumerate(keys)}
    values["turn"] = 6
    fill_mobid(
        qtbot,
        dialog,
        {k: v for k, v in values.items() if k != "turn"},
        behaviours=[("arms", 0), ("arms", 2)],
    )
    ok(dialog)
    assert "«Snu seg i sengen»" in dialog.error.text()
    assert dialog.focusWidget() is dialog.rows["turn"].intensity
    assert dialog.rows["arms"].boxes[2].isChecked()  # what was ticked stays

    fill_mobid(qtbot, dialog, {"turn": 6})
    ok(dialog)
    assert "Samlet smerteintensitet" in dialog.error.text()
    assert dialog.focusWidget() is dialog.overall

    dialog.observer.clear()
    fill_mobid(qtbot, dialog, {}, overall=4)
    ok(dialog)
    assert "observerte" in dialog.error.text() and dialog.focusWidget() is dialog.observer
    assert plan(host).mobid == ()

    qtbot.keyClicks(dialog.observer, "Testsykepleier Ola")
    ok(dialog)
    assert not dialog.isVisible()
    (saved,) = plan(host).mobid
    assert saved.overall == 4 and saved.observer == "Testsykepleier Ola"
    scores = {s.item: s for s in saved.items}
    assert {k: s.intensity for k, s in scores.items()} == values
    assert scores["arms"] == MobidScore("arms", True, False, True, values["arms"])
    row = [cell(mobid.table, 0, c).text() for c in range(4)]
    assert row[1:] == ["Testsykepleier Ola", "4", "6 – Snu seg i sengen"]
    assert cell(mobid.table, 0, 2).font().bold()  # 3 or more is clinically relevant


def test_mobid_trend_and_delete(qtbot, host, mobid, answer_dialog):
    form = mobid_form(host)
    now = datetime.now().replace(microsecond=0)
    times = [now - timedelta(days=d) for d in (6, 3, 1)]
    for at, overall in zip(times, (2, 5, 1), strict=True):
        items = tuple(MobidScore(i.key, intensity=overall) for i in form.items)
        assessment_service.add_mobid(
            host.db,
            ACTOR,
            host.patient_id,
            MobidRegistration(None, at, "Testsykepleier", items, overall),
        )
    host.plan_changed()
    assert mobid.chart.series() == [
        ("Samlet smerteintensitet", list(zip(times, (2, 5, 1), strict=True)))
    ]
    assert mobid.chart.threshold() == MOBID_RELEVANT
    mobid.show()
    assert not mobid.chart.grab().isNull()

    mobid.table.selectRow(1)  # the middle one, overall 5
    answer_dialog(
        lambda box: next(b for b in box.findChildren(QPushButton) if b.text() == "Slett").click()
    )
    mobid.delete_button.click()
    assert [r.overall for r in plan(host).mobid] == [2, 1]
    assert [cell(mobid.table, r, 2).text() for r in range(2)] == ["1", "2"]
    mobid.show_plan(None)
    assert mobid.table.rowCount() == 0 and not mobid.new_button.isEnabled()


# --- the chart on its own -------------------------------------------------------------------


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen tooltip
def test_trend_chart_paints_gaps_threshold_and_empty_state(qtbot):
    chart = TrendChart()
    qtbot.addWidget(chart)
    chart.resize(600, 250)
    chart.show()
    assert not chart.grab().isNull()  # empty: "Ingen registreringer ennå"
    day = datetime(2025, 3, 10, 9, 0)
    points = [(day, 2), (day + timedelta(days=1), None), (day + timedelta(days=2), 8)]
    chart.set_series([("Smerte", points), ("Kvalme", [(day, 0)])])
    chart.set_threshold(3, "Grense")
    assert chart.series()[0] == ("Smerte", points) and chart.threshold() == 3
    assert chart.sizeHint().width() >= 600
    assert not chart.grab().isNull()
    plot = chart._plot_rect()
    first, last = chart._time_range()
    x_missing = chart._x(day + timedelta(days=1), plot, first, last)
    assert chart.tooltip_at(x_missing) == "11.03.2025 09:00\nSmerte: ikke vurdert"
    assert "Kvalme: 0" in chart.tooltip_at(chart._x(day, plot, first, last))
    hover = QPoint(round(x_missing), round(plot.center().y()))
    QApplication.sendEvent(chart, QHelpEvent(QEvent.Type.ToolTip, hover, chart.mapToGlobal(hover)))
    assert QToolTip.text() == "11.03.2025 09:00\nSmerte: ikke vurdert"
    QToolTip.hideText()
    chart.resize(300, 160)  # small: still paints without warnings
    assert not chart.grab().isNull()
