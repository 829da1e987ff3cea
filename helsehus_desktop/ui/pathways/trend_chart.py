"""A small time-series chart of 0-10 scores, painted by hand because only PySide6-Essentials
(no QtCharts) is installed. A value that could not be assessed is a gap with its own mark, so
it is never read as a zero."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from helsehus_desktop.core.assessments import BANDS, SCORE_MAX, SCORE_MIN
from helsehus_desktop.ui.i18n import translate

Point = tuple[datetime, int | None]
Series = tuple[str, Sequence[Point]]

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
BAND_FILL = (QColor("#e9f6ea"), QColor("#fff4dc"), QColor("#fde8e6"))
BAND_TEXT = (QColor("#4f7d52"), QColor("#9a6b00"), QColor("#a33a30"))
AXIS = QColor("#6b6b6b")
GRID = QColor("#d8d8d8")
MARK_RADIUS = 3.5
NOT_ASSESSED_LANE = 12  # room under the x axis for the "not assessed" marks
HIT_DISTANCE = 10  # pixels within which the tooltip finds a registration


class TrendChart(QWidget):
    """Scores over time on a 0-10 axis with the mild/moderate/severe bands shaded. Each series
    is (name, [(time, score or None)]); None is drawn as a hollow mark under the axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[str, list[Point]]] = []
        self._colors: list[QColor] = []
        self._threshold: int | None = None
        self._threshold_label = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    # --- data -----------------------------------------------------------------------------

    def set_series(self, series: Sequence[Series], colors: Sequence[QColor] = ()) -> None:
        """Replace what is drawn; `colors` (one per series) keeps a symptom's colour stable
        when others are shown or hidden, else the palette is used in order."""
        self._series = [(name, sorted(points, key=lambda p: p[0])) for name, points in series]
        self._colors = [
            colors[i] if i < len(colors) else PALETTE[i % len(PALETTE)]
            for i in range(len(self._series))
        ]
        self.update()

    def series(self) -> list[tuple[str, list[Point]]]:
        return [(name, list(points)) for name, points in self._series]

    def set_threshold(self, value: int | None, label: str = "") -> None:
        """A dashed line at `value` (None: no line), named `label` in the legend."""
        self._threshold = value
        self._threshold_label = label
        self.update()

    def threshold(self) -> int | None:
        return self._threshold

    def has_points(self) -> bool:
        return any(points for _name, points in self._series)

    # --- size -----------------------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(600, 250)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(280, 160)

    # --- geometry -------------------------------------------------------------------------

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _legend_entries(self) -> list[tuple[str, str, QColor]]:
        """(kind, text, colour) for each legend entry: line, missing or threshold."""
        entries = [
            ("line", name, color)
            for (name, _p), color in zip(self._series, self._colors, strict=True)
        ]
        if any(score is None for _n, points in self._series for _t, score in points):
            entries.append(("missing", self.tr("ikke vurdert"), AXIS))
        if self._threshold is not None:
            text = self._threshold_label or self.tr("Grense {0}").format(self._threshold)
            entries.append(("threshold", text, QColor("#333333")))
        return entries

    def _legend_layout(self, width: int) -> tuple[list[tuple[QRectF, int]], int]:
        """Where each legend entry goes (flowing into rows) and the height the rows take."""
        metrics = QFontMetrics(self._small_font())
        row_height = metrics.height() + 4
        x, y, placed = 8.0, 4.0, []
        for index, (_kind, text, _color) in enumerate(self._legend_entries()):
            entry_width = 22 + metrics.horizontalAdvance(text) + 14
            if x + entry_width > width - 8 and x > 8:
                x, y = 8.0, y + row_height
            placed.append((QRectF(x, y, entry_width, row_height), index))
            x += entry_width
        height = int(y + row_height + 4) if placed else 4
        return placed, height

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self._small_font())
        _placed, legend_height = self._legend_layout(self.width())
        left = metrics.horizontalAdvance("10") + 12
        bottom = NOT_ASSESSED_LANE + metrics.height() + 6
        return QRectF(
            left, legend_height + 4, self.width() - left - 12, self.height() - legend_height - 4
        ).adjusted(0, 0, 0, -bottom)

    def _time_range(self) -> tuple[datetime, datetime]:
        times = [t for _n, points in self._series for t, _s in points]
        first, last = min(times), max(times)
        span = last - first
        pad = span * 0.04 if span else timedelta(hours=12)
        return first - pad, last + pad

    def _x(self, when: datetime, plot: QRectF, first: datetime, last: datetime) -> float:
        return plot.left() + plot.width() * ((when - first) / (last - first))

    @staticmethod
    def _y(score: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * (score - SCORE_MIN) / (SCORE_MAX - SCORE_MIN)

    # --- painting -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.has_points():
            painter.setPen(AXIS)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Ingen registreringer ennå")
            )
            return
        plot = self._plot_rect()
        if plot.width() < 20 or plot.height() < 20:
            return
        painter.setFont(self._small_font())
        self._paint_bands(painter, plot)
        self._paint_axes(painter, plot)
        first, last = self._time_range()
        self._paint_dates(painter, plot, first, last)
        if self._threshold is not None:
            pen = QPen(QColor("#333333"), 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            y = self._y(self._threshold, plot)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        for (_name, points), color in zip(self._series, self._colors, strict=True):
            self._paint_series(painter, plot, first, last, points, color)
        self._paint_missing(painter, plot, first, last)
        self._paint_legend(painter)

    def _paint_bands(self, painter: QPainter, plot: QRectF) -> None:
        metrics = painter.fontMetrics()
        for (low, high, label), fill, text_color in zip(BANDS, BAND_FILL, BAND_TEXT, strict=True):
            # A band reaches half a step beyond its scores, so the bands meet.
            top = self._y(min(high + 0.5, SCORE_MAX), plot)
            bottom = self._y(low - 0.5, plot)
            band = QRectF(plot.left(), top, plot.width(), bottom - top)
            painter.fillRect(band, fill)
            painter.setPen(text_color)
            text_rect = band.adjusted(0, 2, -4, 0)
            text = translate("Esas", label)
            if metrics.height() <= band.height():
                painter.drawText(
                    text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, text
                )

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        metrics = painter.fontMetrics()
        for score in range(SCORE_MIN, SCORE_MAX + 1, 2):
            y = self._y(score, plot)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS)
            label = str(score)
            painter.drawText(
                QPointF(
                    plot.left() - 6 - metrics.horizontalAdvance(label),
                    y + metrics.ascent() / 2 - 1,
                ),
                label,
            )
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())

    def _paint_dates(
        self, painter: QPainter, plot: QRectF, first: datetime, last: datetime
    ) -> None:
        """dd.mm under the registrations, skipping a day already labelled or a label that
        would overlap the one before."""
        metrics = painter.fontMetrics()
        times = sorted({t for _n, points in self._series for t, _s in points})
        y = plot.bottom() + NOT_ASSESSED_LANE + metrics.ascent() + 2
        previous_right, previous_day = -1e9, None
        painter.setPen(AXIS)
        for when in times:
            x = self._x(when, plot, first, last)
            text = when.strftime("%d.%m")
            width = metrics.horizontalAdvance(text)
            left = min(max(x - width / 2, 0), self.width() - width - 2)
            if when.date() == previous_day or left < previous_right + 6:
                continue
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            painter.drawText(QPointF(left, y), text)
            previous_right, previous_day = left + width, when.date()

    def _paint_series(
        self,
        painter: QPainter,
        plot: QRectF,
        first: datetime,
        last: datetime,
        points: Sequence[Point],
        color: QColor,
    ) -> None:
        painter.setPen(QPen(color, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        previous: QPointF | None = None
        for when, score in points:
            if score is None:
                previous = None  # a gap, never a line through zero
                continue
            here = QPointF(self._x(when, plot, first, last), self._y(score, plot))
            if previous is not None:
                painter.drawLine(previous, here)
            previous = here
        painter.setBrush(color)
        for when, score in points:
            if score is not None:
                center = QPointF(self._x(when, plot, first, last), self._y(score, plot))
                painter.drawEllipse(center, MARK_RADIUS, MARK_RADIUS)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_missing(
        self, painter: QPainter, plot: QRectF, first: datetime, last: datetime
    ) -> None:
        """Hollow rings in the lane under the axis; several series missing at the same time
        sit side by side."""
        y = plot.bottom() + NOT_ASSESSED_LANE / 2 + 1
        at_time: dict[datetime, int] = {}
        painter.setBrush(self.palette().base())
        for (_name, points), color in zip(self._series, self._colors, strict=True):
            painter.setPen(QPen(color, 1.5))
            for when, score in points:
                if score is None:
                    slot = at_time.get(when, 0)
                    at_time[when] = slot + 1
                    x = self._x(when, plot, first, last) + slot * (2 * MARK_RADIUS + 2)
                    painter.drawEllipse(QPointF(x, y), MARK_RADIUS, MARK_RADIUS)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        entries = self._legend_entries()
        placed, _height = self._legend_layout(self.width())
        for rect, index in placed:
            kind, text, color = entries[index]
            mid = rect.top() + rect.height() / 2
            if kind == "line":
                painter.setPen(QPen(color, 2))
                painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.left() + 16, mid))
                painter.setBrush(color)
                painter.drawEllipse(QPointF(rect.left() + 8, mid), 3, 3)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            elif kind == "missing":
                painter.setPen(QPen(color, 1.5))
                painter.drawEllipse(QPointF(rect.left() + 8, mid), MARK_RADIUS, MARK_RADIUS)
            else:
                painter.setPen(QPen(color, 1.2, Qt.PenStyle.DashLine))
                painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.left() + 16, mid))
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(rect.left() + 22, mid + metrics.ascent() / 2 - 1), text)

    # --- tooltip --------------------------------------------------------------------------

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

    def tooltip_at(self, x: float) -> str:
        """Every series' value at the registration nearest `x`, if one is close enough."""
        if not self.has_points():
            return ""
        plot = self._plot_rect()
        first, last = self._time_range()
        times = {t for _n, points in self._series for t, _s in points}
        nearest = min(times, key=lambda t: abs(self._x(t, plot, first, last) - x))
        if abs(self._x(nearest, plot, first, last) - x) > HIT_DISTANCE:
            return ""
        lines = [nearest.strftime("%d.%m.%Y %H:%M")]
        for name, points in self._series:
            for when, score in points:
                if when == nearest:
                    value = self.tr("ikke vurdert") if score is None else str(score)
                    lines.append(f"{name}: {value}")
        return "\n".join(lines)
