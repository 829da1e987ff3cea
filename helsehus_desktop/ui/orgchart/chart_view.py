"""The drawn organisation chart: a QGraphicsView of unit boxes laid out by `core.layout`."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsScene,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from helsehus_desktop.core.layout import ChartLayout, LayoutStyle, layout_chart
from helsehus_desktop.core.orgchart import UNIT_KINDS, OrgView
from helsehus_desktop.ui.i18n import translate

STYLE = LayoutStyle()
KIND_COLOURS = {
    "område": "#dbe7f3",
    "enhet": "#e3eefa",
    "tjenestested": "#eef5e6",
    "avdeling": "#f6f1e2",
    "arbeidslag": "#fbeee8",
    "funksjon": "#efe8f6",
    "gruppe": "#e6f4f2",
    "ekstern": "#eeeeee",
}
LINE_PEN = QPen(QColor("#5b6b7a"), 1.4)
COOPERATION_COLOUR = QColor("#0f8a7e")
HIGHLIGHT = QColor("#ffe27a")


class UnitBox(QGraphicsItem):
    """One unit: name, kind and head; a marker when a branch below it is folded away."""

    def __init__(self, unit_id: int, name: str, kind: str, head: str, hidden: int) -> None:
        super().__init__()
        self.unit_id = unit_id
        self.kind = kind
        self.hidden = hidden
        self.highlighted = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setToolTip("\n".join(t for t in (name, head) if t))
        width = STYLE.box_width - 16
        bold, small = _fonts()
        self._name = QFontMetricsF(bold).elidedText(name, Qt.TextElideMode.ElideRight, width * 2)
        self._kind = translate("UnitKind", UNIT_KINDS.get(kind, kind))
        self._head = QFontMetricsF(small).elidedText(head, Qt.TextElideMode.ElideRight, width)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt override
        return QRectF(-2, -2, STYLE.box_width + 4, STYLE.box_height + 4)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        rect = QRectF(0, 0, STYLE.box_width, STYLE.box_height)
        fill = HIGHLIGHT if self.highlighted else QColor(KIND_COLOURS.get(self.kind, "#ffffff"))
        selected = self.isSelected()
        painter.setPen(
            QPen(QColor("#1c5fa8") if selected else QColor("#7d8b99"), 3 if selected else 1)
        )
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 6, 6)
        bold, small = _fonts()
        painter.setPen(QColor("#1a1a1a"))
        painter.setFont(bold)
        painter.drawText(
            QRectF(8, 4, rect.width() - 16, 32),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            self._name,
        )
        painter.setFont(small)
        painter.setPen(QColor("#4a5560"))
        painter.drawText(
            QRectF(8, 36, rect.width() - 16, 14), Qt.AlignmentFlag.AlignLeft, self._kind
        )
        painter.drawText(
            QRectF(8, 49, rect.width() - 16, 14), Qt.AlignmentFlag.AlignLeft, self._head
        )
        if self.hidden:
            badge = QRectF(rect.width() - 38, rect.height() - 9, 34, 16)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1c5fa8"))
            painter.drawRoundedRect(badge, 8, 8)
            painter.setPen(QColor("white"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, f"+{self.hidden}")

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        view = self.scene().views()[0] if self.scene() and self.scene().views() else None
        if isinstance(view, ChartView):
            view.collapse_toggled.emit(self.unit_id)
        event.accept()


@cache
def _fonts() -> tuple[QFont, QFont]:
    """Bold and small fonts for the boxes, made once a Qt application exists."""
    bold = QFont()
    bold.setBold(True)
    bold.setPointSizeF(9)
    small = QFont()
    small.setPointSizeF(8)
    return bold, small


class ChartView(QGraphicsView):
    unit_selected = Signal(int)
    collapse_toggled = Signal(int)

    MIN_SCALE, MAX_SCALE = 0.05, 3.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setBackgroundBrush(QBrush(QColor("#fbfbfc")))
        self.boxes: dict[int, UnitBox] = {}
        self.layout_result: ChartLayout | None = None
        self.show_cooperations = True
        self._coop_all: QGraphicsPathItem | None = None  # every cooperation, faint
        self._coop_selected: QGraphicsPathItem | None = None  # the selected unit's, strong
        self._view: OrgView | None = None
        self._selecting = False
        self.scene().selectionChanged.connect(self._on_selection)

    def show_view(self, view: OrgView, collapsed: Collection[int]) -> None:
        """Rebuild the scene for `view`, keeping the selection and zoom."""
        selected = self.selected_unit()
        scene = self.scene()
        self._selecting = True
        scene.clear()
        self.boxes.clear()
        layout = layout_chart(view, collapsed, STYLE)
        self.layout_result = layout
        lines = QPainterPath()
        for polyline in layout.edges:
            lines.moveTo(*polyline[0])
            for point in polyline[1:]:
                lines.lineTo(*point)
        scene.addItem(_path_item(lines, LINE_PEN, z=0))
        self._view = view
        self._coop_all = _path_item(
            self._cooperation_path(view, layout, None), _coop_pen(70), -1, fast=True
        )
        self._coop_all.setVisible(self.show_cooperations)
        scene.addItem(self._coop_all)
        self._coop_selected = _path_item(QPainterPath(), _coop_pen(255, 2.0), z=0.5)
        scene.addItem(self._coop_selected)
        for uid, (x, y) in layout.boxes.items():
            unit = view.units[uid]
            head = view.head(uid)
            head_text = ""
            if head is not None:
                head_text = head.person_name or self.tr("{0}: vakant").format(head.title)
            hidden = len(view.descendants(uid)) if uid in layout.hidden_children else 0
            box = UnitBox(uid, unit.name, unit.kind, head_text, hidden)
            box.setPos(x, y)
            box.setZValue(1)
            scene.addItem(box)
            self.boxes[uid] = box
        margin = 40
        scene.setSceneRect(
            QRectF(-margin, -margin, layout.width + 2 * margin, layout.height + 2 * margin)
        )
        self._selecting = False
        if selected in self.boxes:
            self.select_unit(selected, center=False)

    def set_show_cooperations(self, on: bool) -> None:
        self.show_cooperations = on
        if self._coop_all is not None:
            self._coop_all.setVisible(on)

    def _cooperation_path(
        self, view: OrgView, layout: ChartLayout, only: int | None
    ) -> QPainterPath:
        """Dashed curves between partners: all of them, or only those of unit `only`."""
        path = QPainterPath()
        for c in view.cooperations:
            if c.unit_a_id not in layout.boxes or c.unit_b_id not in layout.boxes:
                continue
            if only is not None and only not in (c.unit_a_id, c.unit_b_id):
                continue
            ax, ay = layout.center(c.unit_a_id, STYLE)
            bx, by = layout.center(c.unit_b_id, STYLE)
            bend = max(40.0, abs(bx - ax) * 0.15)
            path.moveTo(ax, ay)
            path.cubicTo(QPointF(ax, ay + bend), QPointF(bx, by + bend), QPointF(bx, by))
        return path

    def _emphasise_cooperations(self, unit_id: int | None) -> None:
        if self._coop_selected is None or self._view is None or self.layout_result is None:
            return
        path = QPainterPath()
        if unit_id is not None:
            path = self._cooperation_path(self._view, self.layout_result, unit_id)
        self._coop_selected.setPath(path)

    def selected_unit(self) -> int | None:
        items = self.scene().selectedItems()
        return items[0].unit_id if items and isinstance(items[0], UnitBox) else None

    def select_unit(self, unit_id: int | None, center: bool = True) -> None:
        self._selecting = True
        self.scene().clearSelection()
        box = self.boxes.get(unit_id) if unit_id is not None else None
        if box is not None:
            box.setSelected(True)
            if center:
                self.ensureVisible(box, 60, 60)
        self._emphasise_cooperations(unit_id if box is not None else None)
        self._selecting = False

    def set_highlight(self, ids: Collection[int]) -> None:
        wanted = set(ids)
        for uid, box in self.boxes.items():
            on = uid in wanted
            if box.highlighted != on:
                box.highlighted = on
                box.update()

    def _on_selection(self) -> None:
        if self._selecting:
            return
        uid = self.selected_unit()
        self._emphasise_cooperations(uid)
        if uid is not None:
            self.unit_selected.emit(uid)

    # --- zoom ------------------------------------------------------------------------------------

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(self.MIN_SCALE / current, min(self.MAX_SCALE / current, factor))
        self.scale(factor, factor)

    def zoom_in(self) -> None:
        self.zoom(1.25)

    def zoom_out(self) -> None:
        self.zoom(0.8)

    def fit(self) -> None:
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        current = self.transform().m11()
        if current > 1.0:
            self.zoom(1.0 / current)
        elif current < self.MIN_SCALE:
            self.zoom(self.MIN_SCALE / current)

    def overview(self) -> None:
        """The opening view: the whole chart if it is readable so, else the top at 70 %."""
        self.fit()
        if self.transform().m11() < 0.5:
            self.resetTransform()
            self.scale(0.7, 0.7)
            self.centerOn(self.layout_result.width / 2 if self.layout_result else 0, 0)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
        else:
            super().wheelEvent(event)


def _coop_pen(alpha: int, width: float = 1.3) -> QPen:
    colour = QColor(COOPERATION_COLOUR)
    colour.setAlpha(alpha)
    pen = QPen(colour, width, Qt.PenStyle.DashLine)
    pen.setCosmetic(True)
    return pen


class _FastPath(QGraphicsPathItem):
    """A path drawn without antialiasing: the faint layer of every cooperation spans the whole
    chart and is painted on every scroll, where smoothing its many dashed curves cost most of
    each repaint (bench/chart_2000.py)."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        super().paint(painter, option, widget)


def _path_item(path: QPainterPath, pen: QPen, z: float, fast: bool = False) -> QGraphicsPathItem:
    item = _FastPath(path) if fast else QGraphicsPathItem(path)
    item.setPen(pen)
    item.setZValue(z)
    return item
