"""Drive the organisation tab as a coordinator would and check what the database holds."""

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QMessageBox, QPushButton

from helsehus_desktop.store import orgchart_service as svc
from helsehus_desktop.ui.orgchart.dialogs import MoveDialog, UnitDialog
from helsehus_desktop.ui.orgchart.tree_model import SEARCH_ROLE
from helsehus_desktop.ui.widgets import RowsDialog


def unit_id(tab, name):
    return next(uid for uid, u in tab.view.units.items() if u.name == name)


def stored(db):
    return svc.load_snapshot(db).view(date.today())


def press_ok(dialog):
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()


def test_sample_shows_in_tree_chart_and_details(sample_window):
    tab = sample_window.org_tab
    staup = unit_id(tab, "Staup Helsehus")
    assert len(tab.chart.boxes) == len(tab.view.units) > 40
    assert tab.model.unit_items[staup].text() == "Staup Helsehus"
    tab.chart.boxes[staup].setSelected(True)  # a click on the box
    assert tab.current == staup
    assert tab.tree.currentIndex().data() == "Staup Helsehus"
    assert "Elin Aas" in tab.details.text.text()


def test_search_filters_tree_and_highlights_chart(sample_window, qtbot):
    tab = sample_window.org_tab
    sample_window.tabs.setCurrentWidget(tab)  # Escape reaches the search only when shown
    qtbot.keyClicks(tab.search, "Aabakken")
    nord = unit_id(tab, "Hjemmetjenesten Nord")
    highlighted = {uid for uid, box in tab.chart.boxes.items() if box.highlighted}
    # Hilde Aabakken holds a position in Hjemmetjenesten Nord and in the working group.
    assert nord in highlighted and unit_id(tab, "Staup Helsehus") not in highlighted
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert "Aabakken" in tab.tree.currentIndex().data()
    assert tab.current in highlighted
    tab.search.setFocus()
    qtbot.keyClick(tab.search, Qt.Key.Key_Escape)
    assert tab.search.text() == "" and not tab.chart.boxes[nord].highlighted


@pytest.mark.parametrize("typed", ["Enhetsleder: Einar", "funksjon", "einar hindenes"])
def test_what_the_tree_shows_is_what_search_finds(sample_window, qtbot, typed):
    tab = sample_window.org_tab
    qtbot.keyClicks(tab.search, typed)
    assert any(box.highlighted for box in tab.chart.boxes.values())
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert typed.casefold() in tab.tree.currentIndex().data(SEARCH_ROLE)


def test_add_child_unit_then_undo_and_redo(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    staup = unit_id(tab, "Staup Helsehus")
    tab.select_unit(staup)

    def fill(dialog):
        assert isinstance(dialog, UnitDialog)
        dialog.name.setText("Læringsavdeling øst")
        dialog.kind.setCurrentIndex(dialog.kind.findData("avdeling"))
        dialog.phone.setText("74 00 00 00")
        press_ok(dialog)

    answer_dialog(fill)
    tab.new_child_action.trigger()
    view = stored(db)
    new = next(uid for uid, u in view.units.items() if u.name == "Læringsavdeling øst")
    assert view.parent[new] == staup and view.units[new].phone == "74 00 00 00"
    assert tab.current == new

    sample_window.undo_stack.undo()
    assert new not in stored(db).units
    assert new not in tab.view.units
    sample_window.undo_stack.redo()
    assert stored(db).parent[new] == staup


def test_unit_dialog_refuses_empty_name_and_keeps_what_was_typed(window, answer_dialog, db):
    tab = window.org_tab
    result = {}

    def fill(dialog):
        dialog.phone.setText("12345678")
        press_ok(dialog)
        result["error"] = dialog.error.text()
        result["open"] = dialog.isVisible()
        result["phone"] = dialog.phone.text()
        dialog.reject()

    answer_dialog(fill)
    tab.new_unit_action.trigger()
    assert "navnet" in result["error"] and result["open"] and result["phone"] == "12345678"
    assert stored(db).units == {}


def test_rename_in_place_in_the_tree(sample_window, qtbot, db):
    tab = sample_window.org_tab
    uid = unit_id(tab, "Nattpatruljen")
    tab.select_unit(uid)
    tab.rename_action.trigger()
    editor = tab.tree.findChild(QLineEdit)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, "Nattpatruljen Levanger")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(db).units[uid].name == "Nattpatruljen Levanger")
    sample_window.undo_stack.undo()
    assert stored(db).units[uid].name == "Nattpatruljen"


def test_move_under_another_parent_from_a_date(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    natt = unit_id(tab, "Nattpatruljen")
    nord = unit_id(tab, "Hjemmetjenesten Nord")
    tab.select_unit(natt)

    def fill(dialog):
        assert isinstance(dialog, MoveDialog)
        dialog.parent_choice.setCurrentText("Hjemmetjenesten Nord")
        dialog.day.setDate(QDate(2026, 1, 1))
        press_ok(dialog)

    answer_dialog(fill)
    tab.move_action.trigger()
    snap = svc.load_snapshot(db)
    assert snap.view(date(2026, 1, 1)).parent[natt] == nord
    assert snap.view(date(2025, 12, 31)).parent[natt] != nord


def test_a_move_under_its_own_branch_is_refused_with_a_message(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    enhet = unit_id(tab, "Enhet hjemme- og institusjonstjenester")
    before = stored(db).parent[enhet]
    tab.select_unit(enhet)
    result = {}

    def fill(dialog):
        dialog.parent_choice.setCurrentText("Staup Helsehus")  # below it
        press_ok(dialog)
        result["error"] = dialog.error.text()
        result["still_open"] = dialog.isVisible()
        dialog.reject()

    answer_dialog(fill)
    tab.move_action.trigger()
    assert "kan ikke flyttes under seg selv" in result["error"] and result["still_open"]
    assert stored(db).parent[enhet] == before


def test_delete_asks_first_and_can_be_undone(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    uid = unit_id(tab, "Dagrehab")
    tab.select_unit(uid)

    def cancel(box):
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_dialog(cancel)
    tab.delete_action.trigger()
    assert uid in stored(db).units

    def confirm(box):
        next(b for b in box.findChildren(QPushButton) if b.text() == "Slett").click()

    answer_dialog(confirm)
    tab.delete_action.trigger()
    assert uid not in stored(db).units
    sample_window.undo_stack.undo()
    assert stored(db).units[uid].name == "Dagrehab"


def test_deleting_a_unit_with_children_is_refused_with_a_message(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    staup = unit_id(tab, "Staup Helsehus")
    tab.select_unit(staup)
    messages = []
    answer_dialog(lambda refusal: (messages.append(refusal.text()), refusal.accept()))
    tab.delete_action.trigger()  # refused at once, before any "are you sure?"
    assert "underenheter" in messages[0]
    assert staup in stored(db).units


def test_positions_are_edited_in_a_table(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    uid = unit_id(tab, "Nattpatruljen")
    tab.select_unit(uid)

    def fill(dialog):
        assert isinstance(dialog, RowsDialog)
        dialog.add_row()
        row = dialog.table.rowCount() - 1
        dialog.table.item(row, 0).setText("Avdelingsleder")
        dialog.table.item(row, 4).setCheckState(Qt.CheckState.Checked)
        press_ok(dialog)

    answer_dialog(fill)
    tab.positions_action.trigger()
    head = stored(db).head(uid)
    assert head.title == "Avdelingsleder" and head.vacant
    assert "vakant" in tab.details.text.text()


def test_contact_chain_order_is_kept(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    uid = unit_id(tab, "Mottaksapparat Avd. Sør")
    tab.select_unit(uid)

    def reorder(dialog):
        dialog.table.setCurrentCell(2, 0)
        dialog.move_row(-1)
        press_ok(dialog)

    answer_dialog(reorder)
    tab.contacts_action.trigger()
    chain = stored(db).contacts[uid]
    assert [s.rank for s in chain] == [1, 2, 3]
    assert chain[1].person_name == "Bente Brekstad"


def test_cooperation_with_end_before_start_is_refused_in_the_dialog(
    sample_window, answer_dialog, db
):
    tab = sample_window.org_tab
    uid = unit_id(tab, "Nattpatruljen")
    tab.select_unit(uid)
    result = {}

    def fill(dialog):
        dialog.add_row()
        row = dialog.table.rowCount() - 1
        dialog.table.cellWidget(row, 0).setCurrentText("Hjemmetjenesten Sør")
        dialog.table.item(row, 2).setText("01.02.2025")
        dialog.table.item(row, 3).setText("01.01.2025")
        press_ok(dialog)
        result["error"] = dialog.error.text()
        dialog.table.item(row, 3).setText("31.12.2025")
        press_ok(dialog)

    answer_dialog(fill)
    tab.cooperations_action.trigger()
    assert "sluttdatoen" in result["error"]
    partners = svc.load_snapshot(db).view(date(2025, 6, 1)).partners(uid)
    assert [tab.view.units[p].name for p, _c in partners] == ["Hjemmetjenesten Sør"]
    assert stored(db).partners(uid) == []


def test_the_date_picker_shows_the_chart_as_of_that_day(sample_window, qtbot):
    tab = sample_window.org_tab
    tab.date_edit.setDate(QDate(2023, 12, 31))
    qtbot.waitUntil(lambda: tab.chart.boxes == {})
    assert tab.view.units == {}
    tab.date_edit.setDate(QDate(2024, 1, 1))
    qtbot.waitUntil(lambda: len(tab.chart.boxes) > 40)


def test_collapsing_a_branch_hides_it_in_the_chart(sample_window):
    tab = sample_window.org_tab
    staup = unit_id(tab, "Staup Helsehus")
    before = len(tab.chart.boxes)
    tab.chart.collapse_toggled.emit(staup)
    hidden = len(tab.view.descendants(staup))
    assert len(tab.chart.boxes) == before - hidden
    assert tab.chart.boxes[staup].hidden == hidden
    tab.expand_all()
    assert len(tab.chart.boxes) == before


@pytest.mark.parametrize("page_size", ["A4", "A3"])
def test_pdf_export_from_the_tab(sample_window, answer_dialog, monkeypatch, tmp_path, page_size):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QComboBox, QFileDialog

    out = tmp_path / "kart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))

    def choose(dialog):
        combo = dialog.findChild(QComboBox)
        combo.setCurrentIndex(combo.findData(page_size))
        next(b for b in dialog.findChildren(QPushButton) if "Lagre" in b.text()).click()

    answer_dialog(choose)
    sample_window.org_tab.export_pdf_action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Staup Helsehus" in text and "Åsvegen" in text


def test_window_remembers_size_and_tab(qtbot, db, settings):
    from helsehus_desktop.ui.main_window import MainWindow

    first = MainWindow(db, settings)
    qtbot.addWidget(first)
    first.resize(800, 540)  # within the offscreen screen, which is 800 wide
    first.show()
    first.close()
    second = MainWindow(db, settings)
    qtbot.addWidget(second)
    assert second.height() == 540
    assert abs(second.width() - 800) <= 4  # the offscreen screen trims a frame's pixels


def test_dragging_a_unit_onto_another_moves_it_after_asking(sample_window, answer_dialog, db):
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    tab = sample_window.org_tab
    natt, sor = unit_id(tab, "Nattpatruljen"), unit_id(tab, "Hjemmetjenesten Sør")
    tab.select_unit(natt)
    target = tab.proxy.mapFromSource(tab.model.unit_items[sor].index())
    point = tab.tree.visualRect(target).center()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        QMimeData(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    tab.tree.dropEvent(drop)
    assert stored(db).parent[natt] == sor
    assert tab.model.unit_items[natt].parent() is tab.model.unit_items[sor]


def test_cooperation_with_a_unit_that_has_ended_keeps_its_partner(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    legevakt, ward = unit_id(tab, "Legevakt"), unit_id(tab, "Korttidsavdeling")
    svc.update_unit(db, "test", legevakt, valid_to=date(2025, 1, 1))
    sample_window.data_changed.emit("orgchart")
    tab.select_unit(ward)
    seen = {}

    def accept(dialog):
        seen["texts"] = [
            dialog.table.cellWidget(r, 0).currentText() for r in range(dialog.table.rowCount())
        ]
        press_ok(dialog)

    answer_dialog(accept)
    tab.cooperations_action.trigger()
    assert "Legevakt (avsluttet 01.01.2025)" in seen["texts"]
    partners = {
        c.unit_a_id if c.unit_b_id == ward else c.unit_b_id
        for c in svc.load_snapshot(db).cooperations
        if ward in (c.unit_a_id, c.unit_b_id)
    }
    assert legevakt in partners


def test_positions_allow_only_one_head(sample_window, answer_dialog, db):
    tab = sample_window.org_tab
    staup = unit_id(tab, "Staup Helsehus")
    tab.select_unit(staup)
    result = {}

    def fill(dialog):
        dialog.table.item(1, 4).setCheckState(Qt.CheckState.Checked)
        press_ok(dialog)
        result["error"] = dialog.error.text()
        dialog.reject()

    answer_dialog(fill)
    tab.positions_action.trigger()
    assert "bare én stilling" in result["error"]
    assert stored(db).head(staup).person_name == "Elin Aas"


def test_zoom_keys_work_with_the_chart_focused(sample_window, qtbot):
    chart = sample_window.org_tab.chart
    chart.setFocus()
    chart.resetTransform()
    qtbot.keyClick(chart, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert chart.transform().m11() == pytest.approx(1.25)
    qtbot.keyClick(chart, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert chart.transform().m11() == pytest.approx(1.0)
    qtbot.keyClick(chart, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert chart.transform().m11() <= 1.0


def test_sample_data_from_the_file_menu_asks_then_fills_an_empty_database(window, answer_dialog):
    tab = window.org_tab
    assert tab.chart.boxes == {}
    file_menu = window.menuBar().actions()[0].menu()
    load = next(a for a in file_menu.actions() if "eksempeldata" in a.text())
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.No).click())
    load.trigger()
    assert tab.chart.boxes == {}
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    load.trigger()
    assert len(tab.chart.boxes) > 40 and "Staup Helsehus" in {
        item.text() for item in tab.model.unit_items.values()
    }
    assert not window.undo_stack.canUndo()


def test_export_then_import_carries_an_edit_made_in_the_window(
    sample_window, answer_dialog, monkeypatch, tmp_path, qtbot, settings
):
    from PySide6.QtWidgets import QFileDialog

    from helsehus_desktop.store.database import open_database
    from helsehus_desktop.ui.main_window import MainWindow

    tab = sample_window.org_tab
    staup = unit_id(tab, "Staup Helsehus")
    tab.controller.set_contact_chain(
        "k",
        staup,
        [("Ansvarsvakt", "", "74 05 00 00"), ("Kontaktperson", "Elin Aas", "")],
        date(2025, 1, 1),
    )
    out = tmp_path / "org.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.export_json_action.trigger()

    other_db = open_database(tmp_path / "other.sqlite")
    other = MainWindow(other_db, settings)
    qtbot.addWidget(other)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    answer_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    other.org_tab.import_json_action.trigger()
    view = svc.load_snapshot(other_db).view(date(2025, 6, 1))
    staup_there = next(uid for uid, u in view.units.items() if u.name == "Staup Helsehus")
    assert [(s.label, s.person_name) for s in view.contacts[staup_there]] == [
        ("Ansvarsvakt", ""),
        ("Kontaktperson", "Elin Aas"),
    ]
    other_db.close()
