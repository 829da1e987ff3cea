"""The searchable tree of units and people beside the chart: its model, filter and view."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QDropEvent, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from helsehus_desktop.core.orgchart import UNIT_KINDS, OrgView
from helsehus_desktop.ui.i18n import translate

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # set on unit rows
OWNER_UNIT_ROLE = Qt.ItemDataRole.UserRole + 3  # the unit a row belongs to
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 4  # the text a search matches, folded


class OrgTreeModel(QStandardItemModel):
    """Units in line-management order with their positions as child rows. Holds plain values."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setHorizontalHeaderLabels([self.tr("Navn"), self.tr("Type")])
        self.unit_items: dict[int, QStandardItem] = {}
        # Per unit, the search texts of its row and its people's rows: the one rule the tree
        # filter, the chart's highlight and Enter in the search field all use.
        self.search_texts: dict[int, list[str]] = {}

    def load(self, view: OrgView) -> None:
        self.removeRows(0, self.rowCount())
        self.unit_items.clear()
        self.search_texts.clear()
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
            unit_text = f"{unit.name} {kind_text}".casefold()
            name.setData(unit_text, SEARCH_ROLE)
            texts = self.search_texts[uid] = [unit_text]
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
                person.setData(uid, OWNER_UNIT_ROLE)
                person_text = person.text().casefold()
                person.setData(person_text, SEARCH_ROLE)
                texts.append(person_text)
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
        self.needle = ""

    def search(self, text: str) -> None:
        self.needle = text.strip().casefold()
        self.setFilterFixedString(self.needle)

    def first_match(self, parent: QModelIndex | None = None) -> QModelIndex:
        """The first row, depth first, whose own text matches (not just a unit above one)."""
        parent = parent or QModelIndex()
        for row in range(self.rowCount(parent)):
            index = self.index(row, 0, parent)
            if self.needle in str(index.data(SEARCH_ROLE)):
                return index
            found = self.first_match(index)
            if found.isValid():
                return found
        return QModelIndex()
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
