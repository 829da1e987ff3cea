"""What the hand-painted charts share (only PySide6-Essentials, no QtCharts, is installed): the
ESAS trend of a patient (ui/pathways/trend_chart.py) and the figures of a meeting series
(ui/meetings/figures.py). `Chart` is their widget base (colours, small font, tooltips); the
functions paint the parts they draw alike: the value axis with its grid, dd.mm labels under the
x axis, lines with gaps, the legend and the message shown while there is nothing to draw."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PALETTE = tuple(
    QColor(c)
    for c in (
        "#1f5fa8",
        "#d9480f",
        "#2b8a3e",
        "#862e9c",
        "#0b7285",
        "#a61e4d",
        "#5c4033",
        "#495057",
        "#e67700",
        "#364fc7",
    )
)
AXIS = QColor("#6b6b6b")
MARK_RADIUS = 3.5
HIT_DISTANCE = 10  # pixels within which the tooltip finds a point in time

# What a legend entry shows beside its text.
LINE, MISSING, THRESHOLD = "line", "missing", "threshold"
LegendEntry = tuple[str, str, QColor]  # (LINE/MISSING/THRESHOLD, text, colour)


class Chart(QWidget):
    """A chart widget: expands, follows the mouse for its tooltip (`tooltip_at(x)`, "" for
    none) and paints its text in `small_font`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors: list[QColor] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def _set_colors(self, count: int, colors: Sequence[QColor]) -> None:
        """`colors` for the first series (one each), the palette in order for the rest."""
        self._colors = [
            colors[i] if i < len(colors) else PALETTE[i % len(PALETTE)] for i in range(count)
        ]

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _start_painting(self) -> QPainter:
        """A painter on the widget, its background filled."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        return painter

    def tooltip_at(self, x: float) -> str:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos().x())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)


def paint_no_data(
    painter: QPainter,
    rect: QRectF,
    text: str,
    flags: Qt.AlignmentFlag | int = Qt.AlignmentFlag.AlignCenter,
) -> None:
    """The message shown instead of a chart with nothing to draw."""
    painter.setPen(AXIS)
    painter.drawText(rect, flags, text)


def paint_value_axis(
    painter: QPainter, plot: QRectF, ticks: Iterable[tuple[int, float]], grid: QColor
) -> None:
    """A grid line and label at each (value, y), and the two axes along the plot's left and
    bottom edges."""
    metrics = painter.fontMetrics()
    for value, y in ticks:
        painter.setPen(QPen(grid, 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(AXIS)
        label = str(value)
        painter.drawText(
            QPointF(
                plot.left() - 6 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1
            ),
            label,
        )
    painter.setPen(QPen(AXIS, 1))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


def paint_day_labels(
    painter: QPainter,
    plot: QRectF,
    days: Iterable[tuple[float, date]],
    baseline: float,
    width: float,
    years: bool = False,
) -> None:
    """dd.mm on `baseline` with a tick on the x axis at each (x, day) in order, skipping a day
    already labelled or a label that would overlap the one before (none reaches past `width`);
    with `years`, the year under the first label of each year."""
    metrics = painter.fontMetrics()
    previous_right, previous_day, previous_year = -1e9, None, None
    painter.setPen(AXIS)
    for x, day in days:
        text = f"{day.day:02d}.{day.month:02d}"
        text_width = metrics.horizontalAdvance(text)
        left = min(max(x - text_width / 2, 0), width - text_width - 2)
        if day == previous_day or left < previous_right + 6:
            continue
        painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
        painter.drawText(QPointF(left, baseline), text)
        if years and day.year != previous_year:
            painter.drawText(QPointF(left, baseline + metrics.height()), str(day.year))
            previous_year = day.year
        previous_right, previous_day = left + text_width, day


def paint_line(painter: QPainter, points: Sequence[QPointF | None], color: QColor) -> None:
    """A line through `points` with a filled mark at each; None is a gap, never a line
    through zero."""
    painter.setPen(QPen(color, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    previous: QPointF | None = None
    for here in points:
        if here is not None and previous is not None:
            painter.drawLine(previous, here)
        previous = here
    painter.setBrush(color)
    for here in points:
        if here is not None:
            painter.drawEllipse(here, MARK_RADIUS, MARK_RADIUS)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def legend_layout(
    font: QFont, texts: Sequence[str], width: int
) -> tuple[list[tuple[QRectF, int]], int]:
    """Where each legend entry goes (flowing into rows across `width`), as (rect, index), and
    the height the rows take."""
    metrics = QFontMetrics(font)
    row_height = metrics.height() + 4
    x, y, placed = 8.0, 4.0, []
    for index, text in enumerate(texts):
        entry_width = 22 + metrics.horizontalAdvance(text) + 14
        if x + entry_width > width - 8 and x > 8:
            x, y = 8.0, y + row_height
        placed.append((QRectF(x, y, entry_width, row_height), index))
        x += entry_width
    height = int(y + row_height + 4) if placed else 4
    return placed, height


def paint_legend(
    painter: QPainter,
    entries: Sequence[LegendEntry],
    placed: Sequence[tuple[QRectF, int]],
    text_color: QColor,
) -> None:
    """The legend entries where `legend_layout` placed them: a line with a mark, a hollow mark
    (not assessed) or a dashed line (a threshold), then the text."""
    metrics = painter.fontMetrics()
    for rect, index in placed:
        kind, text, color = entries[index]
        mid = rect.top() + rect.height() / 2
        if kind == LINE:
            painter.setPen(QPen(color, 2))
            painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.left() + 16, mid))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(rect.left() + 8, mid), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        elif kind == MISSING:
            painter.setPen(QPen(color, 1.5))
            painter.drawEllipse(QPointF(rect.left() + 8, mid), MARK_RADIUS, MARK_RADIUS)
        else:
            painter.setPen(QPen(color, 1.2, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.left() + 16, mid))
        painter.setPen(text_color)
        painter.drawText(QPointF(rect.left() + 22, mid + metrics.ascent() / 2 - 1), text)
