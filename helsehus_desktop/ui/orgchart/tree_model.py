"""The searchable tree of units and people beside the chart: its model, filter and view."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from helsehus_desktop.core.orgchart import UNIT_KINDS, OrgView
from helsehus_desktop.ui.i18n import translate

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # set on unit rows
POSITION_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # set on person rows
OWNER_UNIT_ROLE = Qt.ItemDataRole.UserRole + 3  # the unit a row belongs to
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4


class OrgTreeModel(QStandardItemModel):
    """Units in line-management order with their positions as child rows. Holds plain values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Type")])
        self.unit_items: dict[int, QStandardItem] = {}

    def load(self, view: OrgView) -> None:
        self.removeRows(0, self.rowCount())
        self.unit_items.clear()
        person_font = QFont()
        person_font.setItalic(True)
        # Rows are built detached and the top rows added last, so the view hears one change
        # per top row rather than one per unit.
        top_rows = []
        for uid, _depth in view.walk():
            unit = view.units[uid]
            name = QStandardItem(unit.name)
            name.setData(uid, UNIT_ID_ROLE)
            name.setData(uid, OWNER_UNIT_ROLE)
            kind_text = translate("UnitKind", UNIT_KINDS.get(unit.kind, unit.kind))
            name.setData(f"{unit.name} {kind_text}", SEARCH_ROLE)
            name.setToolTip(f"{unit.name} ({kind_text})")
            kind = QStandardItem(kind_text)
            kind.setEditable(False)
            kind.setDragEnabled(False)
            parent_id = view.parent.get(uid)
            if parent_id in self.unit_items:
                self.unit_items[parent_id].appendRow([name, kind])
            else:
                top_rows.append([name, kind])
            self.unit_items[uid] = name
            for pos in view.positions.get(uid, []):
                who = pos.person_name or self.tr("vakant")
                person = QStandardItem(f"{pos.title}: {who}")
                person.setEditable(False)
                person.setDragEnabled(False)
                person.setFont(person_font)
                person.setData(pos.id, POSITION_ID_ROLE)
                person.setData(uid, OWNER_UNIT_ROLE)
                person.setData(f"{pos.title} {pos.person_name}", SEARCH_ROLE)
                role = QStandardItem(self.tr("Leder") if pos.is_head else "")
                role.setEditable(False)
                role.setDragEnabled(False)
                name.appendRow([person, role])
        for row in top_rows:
            self.invisibleRootItem().appendRow(row)


class OrgFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose name, kind, title or person matches, with the units above them."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterRole(SEARCH_ROLE)
        self.setFilterKeyColumn(0)


class OrgTreeView(QTreeView):
    """The tree; dragging a unit onto another asks to move it there (the model never moves
    rows by itself: the tab runs the move through the store and reloads)."""

    unit_dropped = Signal(int, int)  # unit id, new parent id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setUniformRowHeights(True)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        source = self.currentIndex().siblingAtColumn(0).data(UNIT_ID_ROLE)
        target = self.indexAt(event.position().toPoint()).siblingAtColumn(0).data(OWNER_UNIT_ROLE)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if source is not None and target is not None and source != target:
            self.unit_dropped.emit(source, target)
