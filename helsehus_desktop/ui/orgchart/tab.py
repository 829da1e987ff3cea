"""The "Organisasjon" tab: date picker, searchable tree, drawn chart and details side by side."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import orgchart as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.i18n import DATE_FORMAT
from helsehus_desktop.ui.orgchart.chart_view import ChartView
from helsehus_desktop.ui.orgchart.controller import OrgController
from helsehus_desktop.ui.orgchart.details import DetailsPanel
from helsehus_desktop.ui.orgchart.dialogs import EndUnitDialog, MoveDialog, UnitDialog
from helsehus_desktop.ui.orgchart.files import OrgFiles
from helsehus_desktop.ui.orgchart.relations import RelationEditors
from helsehus_desktop.ui.orgchart.tree_model import (
    OWNER_UNIT_ROLE,
    UNIT_ID_ROLE,
    OrgFilterProxy,
    OrgTreeModel,
    OrgTreeView,
)
from helsehus_desktop.ui.widgets import date_edit

if TYPE_CHECKING:
    from helsehus_desktop.ui.main_window import MainWindow


class OrgChartTab(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.settings = window.settings
        self.controller = OrgController(window.db, window.actor, window.undo_stack)
        self.snapshot = core.OrgSnapshot()
        self.view = self.snapshot.view(date.today())
        self.collapsed: set[int] = set()
        self.current: int | None = None
        self._build_actions()
        self._build_widgets()
        self.reload()
        QTimer.singleShot(0, self.chart.overview)

    # --- construction ----------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot,
        shortcut: str | QKeySequence.StandardKey | None = None,
        needs_unit: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setProperty("needs_unit", needs_unit)
        return action

    def _build_actions(self) -> None:
        self.files = OrgFiles(self)
        self.relations = RelationEditors(self)
        a = self._action
        self.new_unit_action = a(self.tr("Ny enhet &øverst…"), self.new_top_unit, None, False)
        self.new_child_action = a(self.tr("Ny &underenhet…"), self.new_child_unit, "Ctrl+N")
        self.edit_action = a(self.tr("&Endre enhet…"), self.edit_unit, "Ctrl+E")
        self.rename_action = a(self.tr("Gi nytt &navn"), self.rename_unit, "F2")
        self.move_action = a(self.tr("&Flytt…"), self.move_unit, "Ctrl+M")
        self.end_action = a(self.tr("Avslutt en&het…"), self.end_unit)
        self.delete_action = a(
            self.tr("S&lett enhet…"), self.delete_unit, QKeySequence.StandardKey.Delete
        )
        self.positions_action = a(
            self.tr("S&tillinger og personer…"), self.relations.edit_positions, "Ctrl+Shift+P"
        )
        self.contacts_action = a(
            self.tr("&Kontaktrekkefølge…"), self.relations.edit_contacts, "Ctrl+Shift+K"
        )
        self.cooperations_action = a(
            self.tr("Sa&marbeid…"), self.relations.edit_cooperations, "Ctrl+Shift+M"
        )
        self.collapse_action = a(
            self.tr("Fold &inn/ut gren i kartet"), self.toggle_collapse, "Ctrl+Space"
        )
        self.edit_actions: list[QAction | None] = [
            self.new_unit_action,
            self.new_child_action,
            self.edit_action,
            self.rename_action,
            self.move_action,
            self.end_action,
            self.delete_action,
            None,
            self.positions_action,
            self.contacts_action,
            self.cooperations_action,
        ]
        self.find_action = a(
            self.tr("&Søk…"), self.focus_search, QKeySequence.StandardKey.Find, False
        )

        self.zoom_in_action = a(
            self.tr("Zoom &inn"),
            lambda: self.chart.zoom_in(),
            QKeySequence.StandardKey.ZoomIn,
            False,
        )
        # Ctrl++ needs Shift on many keyboards; Ctrl+= is the same key without it.
        self.zoom_in_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")]
        )
        self.zoom_out_action = a(
            self.tr("Zoom &ut"),
            lambda: self.chart.zoom_out(),
            QKeySequence.StandardKey.ZoomOut,
            False,
        )
        self.fit_action = a(
            self.tr("&Tilpass til vinduet"), lambda: self.chart.fit(), "Ctrl+0", False
        )
        self.expand_all_action = a(self.tr("Fold ut &alle grener"), self.expand_all, None, False)
        self.show_coop_action = a(
            self.tr("Vis samarbeids&linjer"), self.set_show_cooperations, None, False
        )
        self.show_coop_action.setCheckable(True)
        self.show_coop_action.setChecked(self.settings.show_cooperations)
        self.view_actions = [
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.expand_all_action,
            self.show_coop_action,
        ]

        self.export_pdf_action = a(
            self.tr("Skriv ut &organisasjonskart (PDF)…"),
            self.files.export_pdf,
            QKeySequence.StandardKey.Print,
            False,
        )
        self.export_json_action = a(
            self.tr("E&ksporter organisasjonen (JSON)…"), self.files.export_json, None, False
        )
        self.import_json_action = a(
            self.tr("&Importer organisasjonen (JSON)…"), self.files.import_json, None, False
        )

    def _build_widgets(self) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Per &dato:")))
        self.date_edit = date_edit(date.today())
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        self.date_edit.setToolTip(self.tr("Vis organisasjonen slik den var på denne datoen"))
        top.itemAt(0).widget().setBuddy(self.date_edit)
        # Typing a date changes it once per digit: redraw when the user pauses.
        self._date_pause = QTimer(self, singleShot=True, interval=300)
        self._date_pause.timeout.connect(self.reload)
        self.date_edit.dateChanged.connect(lambda _d: self._date_pause.start())
        top.addWidget(self.date_edit)
        today = QPushButton(self.tr("I d&ag"))
        today.clicked.connect(lambda: self.set_day(date.today()))
        top.addWidget(today)
        top.addSpacing(16)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk etter enhet, stilling eller person…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_search)
        self.search.returnPressed.connect(self.select_first_match)
        QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self.search,
            self.search.clear,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        top.addWidget(self.search, 1)
        top.addSpacing(16)
        for action in (self.zoom_out_action, self.zoom_in_action, self.fit_action):
            button = QToolButton()
            button.setDefaultAction(action)
            top.addWidget(button)
        self.coop_box = QCheckBox(self.tr("Samarbeid"))
        self.coop_box.setToolTip(self.tr("Vis samarbeidslinjer (stiplet) i kartet"))
        self.coop_box.setChecked(self.show_coop_action.isChecked())
        self.coop_box.toggled.connect(self.show_coop_action.setChecked)
        self.show_coop_action.toggled.connect(self.coop_box.setChecked)
        top.addWidget(self.coop_box)
        pdf = QToolButton()
        pdf.setDefaultAction(self.export_pdf_action)
        pdf.setText(self.tr("Skriv ut…"))
        top.addWidget(pdf)

        self.model = OrgTreeModel(self)
        self.model.itemChanged.connect(self._on_item_renamed)
        self.proxy = OrgFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree = OrgTreeView()
        self.tree.setModel(self.proxy)
        self.tree.unit_dropped.connect(self.move_by_drop)
        self.tree.setEditTriggers(QTreeView.EditTrigger.EditKeyPressed)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in self.edit_actions:
            if action is not None:
                self.tree.addAction(action)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 100)

        self.chart = ChartView()
        self.chart.show_cooperations = self.show_coop_action.isChecked()
        self.chart.unit_selected.connect(self._on_chart_selected)
        self.chart.collapse_toggled.connect(self.toggle_collapse_of)
        self.chart.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.collapse_action,
            self.new_child_action,
            self.edit_action,
            self.move_action,
            self.positions_action,
        ):
            self.chart.addAction(action)

        self.details = DetailsPanel(
            [
                self.edit_action,
                self.move_action,
                self.positions_action,
                self.contacts_action,
                self.cooperations_action,
                self.new_child_action,
                self.end_action,
                self.delete_action,
            ]
        )

        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.chart)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([380, 700, 320])
        if not self.settings.org_splitter.isEmpty():
            self.splitter.restoreState(self.settings.org_splitter)

        self.summary = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.summary)

    def view_state(self) -> dict:
        """What the user is looking at, to carry over when the window is rebuilt."""
        return {
            "day": self.day,
            "current": self.current,
            "search": self.search.text(),
            "collapsed": set(self.collapsed),
        }

    def restore_view_state(self, state: dict) -> None:
        self.collapsed = state["collapsed"]
        self.current = state["current"]
        self.search.setText(state["search"])
        self.set_day(state["day"])

    def save_state(self) -> None:
        self.settings.org_splitter = self.splitter.saveState()
        self.settings.show_cooperations = self.show_coop_action.isChecked()

    # --- loading and selection ------------------------------------------------------------------

    def set_day(self, day: date) -> None:
        """Show the chart as of `day` at once (typing in the date field waits for a pause)."""
        self.date_edit.setDate(QDate(day))
        self._date_pause.stop()
        self.reload()

    @property
    def day(self) -> date:
        return self.date_edit.date().toPython()

    def on_data_changed(self, area: str) -> None:
        if area == "orgchart":
            self.reload()

    def reload(self) -> None:
        try:
            self.snapshot = self.controller.snapshot()
        except EXPECTED as exc:
            show_error(self, exc)
            return
        self.view = self.snapshot.view(self.day)
        self.collapsed &= set(self.view.units)
        self.model.load(self.view)
        self.chart.show_view(self.view, self.collapsed)
        self.apply_search(self.search.text())
        if self.current not in self.view.units:
            self.current = None
        self._show_current(center=False)
        self.summary.setText(
            self.tr("Enheter: {0} · stillinger: {1} · per {2}").format(
                len(self.view.units),
                sum(len(p) for p in self.view.positions.values()),
                format_day(self.day),
            )
        )

    def _update_actions(self) -> None:
        for action in [*self.edit_actions, self.collapse_action]:
            if action is not None and action.property("needs_unit"):
                action.setEnabled(self.current is not None)

    def _show_current(self, center: bool = True) -> None:
        self.details.show_unit(self.view, self.current)
        self.chart.select_unit(self.current, center=center)
        self._select_in_tree(self.current)
        self._update_actions()

    def _select_in_tree(self, unit_id: int | None) -> None:
        item = self.model.unit_items.get(unit_id) if unit_id is not None else None
        if item is None:
            self.tree.selectionModel().clearSelection()
            return
        index = self.proxy.mapFromSource(item.index())
        if index.isValid() and index != self.tree.currentIndex():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def select_unit(self, unit_id: int | None) -> None:
        self.current = unit_id
        self._show_current()

    def _on_tree_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        uid = current.data(OWNER_UNIT_ROLE) if current.isValid() else None
        if current.isValid() and current.column() != 0:
            uid = current.siblingAtColumn(0).data(OWNER_UNIT_ROLE)
        if uid is not None and uid != self.current:
            self.current = uid
            self.details.show_unit(self.view, uid)
            self.chart.select_unit(uid)
            self._update_actions()

    def _on_chart_selected(self, unit_id: int) -> None:
        self.current = unit_id
        self.details.show_unit(self.view, unit_id)
        self._select_in_tree(unit_id)
        self._update_actions()

    def apply_search(self, text: str) -> None:
        self.proxy.search(text)
        needle = self.proxy.needle
        if not needle:
            self.chart.set_highlight(())
            return
        self.tree.expandAll()
        self.chart.set_highlight(
            uid for uid, texts in self.model.search_texts.items() if any(needle in t for t in texts)
        )

    def select_first_match(self) -> None:
        index = self.proxy.first_match()
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.setFocus()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- chart ------------------------------------------------------------------------------------

    def toggle_collapse(self) -> None:
        if self.current is not None:
            self.toggle_collapse_of(self.current)

    def toggle_collapse_of(self, unit_id: int) -> None:
        if not self.view.children.get(unit_id):
            return
        self.collapsed ^= {unit_id}
        self.chart.show_view(self.view, self.collapsed)
        self.chart.select_unit(self.current, center=False)

    def expand_all(self) -> None:
        self.collapsed.clear()
        self.chart.show_view(self.view, self.collapsed)

    def set_show_cooperations(self, on: bool) -> None:
        self.chart.set_show_cooperations(on)

    # --- edits ------------------------------------------------------------------------------------

    def _unit(self) -> core.Unit | None:
        return self.view.units.get(self.current) if self.current is not None else None

    def _run(self, edit, *args, **kwargs) -> bool:
        """Run an edit through the controller; show a refusal instead of raising."""
        try:
            edit(*args, **kwargs)
        except EXPECTED as exc:
            show_error(self, exc)
            self.reload()
            return False
        return True

    def _choices(self, exclude: set[int] = frozenset()) -> list[tuple[int, str]]:
        return sorted(
            ((uid, u.name) for uid, u in self.view.units.items() if uid not in exclude),
            key=lambda c: c[1].casefold(),
        )

    def new_top_unit(self) -> None:
        self._new_unit(None)

    def new_child_unit(self) -> None:
        self._new_unit(self.current)

    def _new_unit(self, parent_id: int | None) -> None:
        title = (
            self.tr("Ny enhet")
            if parent_id is None
            else self.tr("Ny enhet under «{0}»").format(self.view.units[parent_id].name)
        )
        dialog = UnitDialog(self, title, default_from=self.day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        values.pop("valid_to")
        try:
            uid = self.controller.add_unit(
                self.tr("Ny enhet «{0}»").format(values["name"]), parent_id=parent_id, **values
            )
        except EXPECTED as exc:
            show_error(self, exc)
            return
        if not core.Period(values["valid_from"]).contains(self.day):
            self.set_day(values["valid_from"])
        self.select_unit(uid)

    def edit_unit(self) -> None:
        unit = self._unit()
        if unit is None:
            return
        dialog = UnitDialog(self, self.tr("Endre «{0}»").format(unit.name), unit)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        changed = {k: v for k, v in dialog.values().items() if getattr(unit, k) != v}
        if changed:
            self._run(
                self.controller.update_unit,
                self.tr("Endre «{0}»").format(unit.name),
                unit.id,
                **changed,
            )

    def rename_unit(self) -> None:
        item = self.model.unit_items.get(self.current) if self.current is not None else None
        if item is not None:
            index = self.proxy.mapFromSource(item.index())
            self.tree.setCurrentIndex(index)
            self.tree.edit(index)

    def _on_item_renamed(self, item: QStandardItem) -> None:
        uid = item.data(UNIT_ID_ROLE)
        unit = self.view.units.get(uid) if uid is not None else None
        if unit is None or item.column() != 0:
            return
        name = item.text().strip()
        if name == unit.name:
            return
        # The model is rebuilt on reload; leave this signal handler before that happens.
        QTimer.singleShot(
            0,
            lambda: self._run(
                self.controller.update_unit,
                self.tr("Gi nytt navn til «{0}»").format(unit.name),
                unit.id,
                name=name,
            ),
        )

    def move_unit(self) -> None:
        unit = self._unit()
        if unit is None:
            return
        dialog = MoveDialog(
            self,
            unit.name,
            self._choices({unit.id}),
            self.view.parent.get(unit.id),
            self.day,
            lambda parent_id, day: self._cycle_problem(unit.id, parent_id, day),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        parent_id, day = dialog.result_values()
        self._run(
            self.controller.move_unit,
            self.tr("Flytt «{0}»").format(unit.name),
            unit.id,
            parent_id,
            day,
        )

    def _cycle_problem(self, unit_id: int, parent_id: int | None, day: date) -> str:
        view = self.snapshot.view(day)
        if core.would_create_cycle(view, unit_id, parent_id):
            return self.tr(
                "«{0}» ligger under «{1}». En enhet kan ikke flyttes under seg "
                "selv eller en av sine underenheter."
            ).format(view.units[parent_id].name, view.units[unit_id].name)
        return ""

    def move_by_drop(self, unit_id: int, parent_id: int) -> None:
        unit, parent = self.view.units[unit_id], self.view.units[parent_id]
        if self.view.parent.get(unit_id) == parent_id:
            return
        problem = self._cycle_problem(unit_id, parent_id, self.day)
        if problem:
            QMessageBox.warning(self, self.tr("Kan ikke flyttes"), problem)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Flytt enhet"),
            self.tr("Flytte «{0}» under «{1}» fra {2}?").format(
                unit.name, parent.name, format_day(self.day)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(
                self.controller.move_unit,
                self.tr("Flytt «{0}»").format(unit.name),
                unit_id,
                parent_id,
                self.day,
            )

    def end_unit(self) -> None:
        unit = self._unit()
        if unit is None:
            return
        dialog = EndUnitDialog(self, unit, self.day)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._run(
                self.controller.update_unit,
                self.tr("Avslutt «{0}»").format(unit.name),
                unit.id,
                valid_to=dialog.last_day.date().toPython(),
            )

    def delete_unit(self) -> None:
        unit = self._unit()
        if unit is None:
            return
        try:
            self.controller.check_deletable(unit.id)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Slett enhet"),
            self.tr(
                "Slette «{0}» med stillinger, kontaktrekkefølge og samarbeid?\n\n"
                "Vil du bare vise at "
                "enheten er nedlagt, bruk «Avslutt enhet» i stedet, så beholdes historikken. "
                "Slettingen kan angres med Ctrl+Z."
            ).format(unit.name),
            parent=self,
        )
        delete = box.addButton(self.tr("Slett"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is delete:
            self._run(
                self.controller.delete_unit, self.tr("Slett «{0}»").format(unit.name), unit.id
            )
