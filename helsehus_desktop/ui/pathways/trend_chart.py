"""A small time-series chart of 0-10 scores, painted by hand because only PySide6-Essentials
(no QtCharts) is installed. A value that could not be assessed is a gap with its own mark, so
it is never read as a zero."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from helsehus_desktop.core.assessments import BANDS, SCORE_MAX, SCORE_MIN
from helsehus_desktop.ui.chart_paint import (
    AXIS,
    HIT_DISTANCE,
    LINE,
    MARK_RADIUS,
    MISSING,
    PALETTE,
    THRESHOLD,
    Chart,
    LegendEntry,
    legend_layout,
    paint_day_labels,
    paint_legend,
    paint_line,
    paint_no_data,
    paint_value_axis,
)
from helsehus_desktop.ui.i18n import translate

__all__ = ["PALETTE", "Point", "Series", "TrendChart"]

Point = tuple[datetime, int | None]
Series = tuple[str, Sequence[Point]]

BAND_FILL = (QColor("#e9f6ea"), QColor("#fff4dc"), QColor("#fde8e6"))
BAND_TEXT = (QColor("#4f7d52"), QColor("#9a6b00"), QColor("#a33a30"))
GRID = QColor("#d8d8d8")
NOT_ASSESSED_LANE = 12  # room under the x axis for the "not assessed" marks


class TrendChart(Chart):
    """Scores over time on a 0-10 axis with the mild/moderate/severe bands shaded. Each series
    is (name, [(time, score or None)]); None is drawn as a hollow mark under the axis."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[str, list[Point]]] = []
        self._threshold: int | None = None
        self._threshold_label = ""

    # --- data -----------------------------------------------------------------------------

    def set_series(self, series: Sequence[Series], colors: Sequence[QColor] = ()) -> None:
        """Replace what is drawn; `colors` (one per series) keeps a symptom's colour stable
        when others are shown or hidden, else the palette is used in order."""
        self._series = [(name, sorted(points, key=lambda p: p[0])) for name, points in series]
        self._set_colors(len(self._series), colors)
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

    def _legend_entries(self) -> list[LegendEntry]:
        """(kind, text, colour) for each legend entry: line, missing or threshold."""
        entries = [
            (LINE, name, color)
            for (name, _p), color in zip(self._series, self._colors, strict=True)
        ]
        if any(score is None for _n, points in self._series for _t, score in points):
            entries.append((MISSING, self.tr("ikke vurdert"), AXIS))
        if self._threshold is not None:
            text = self._threshold_label or self.tr("Grense {0}").format(self._threshold)
            entries.append((THRESHOLD, text, QColor("#333333")))
        return entries

    def _legend_layout(self, width: int) -> tuple[list[tuple[QRectF, int]], int]:
        """Where each legend entry goes (flowing into rows) and the height the rows take."""
        texts = [text for _kind, text, _color in self._legend_entries()]
        return legend_layout(self._small_font(), texts, width)

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
        painter = self._start_painting()
        if not self.has_points():
            paint_no_data(painter, QRectF(self.rect()), self.tr("Ingen registreringer ennå"))
            return
        plot = self._plot_rect()
        if plot.width() < 20 or plot.height() < 20:
            return
        painter.setFont(self._small_font())
        self._paint_bands(painter, plot)
        ticks = range(SCORE_MIN, SCORE_MAX + 1, 2)
        paint_value_axis(painter, plot, ((score, self._y(score, plot)) for score in ticks), GRID)
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
        entries = self._legend_entries()
        placed, _height = self._legend_layout(self.width())
        paint_legend(painter, entries, placed, self.palette().text().color())

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

    def _paint_dates(
        self, painter: QPainter, plot: QRectF, first: datetime, last: datetime
    ) -> None:
        """dd.mm under the registrations, below the lane of the "not assessed" marks."""
        times = sorted({t for _n, points in self._series for t, _s in points})
        y = plot.bottom() + NOT_ASSESSED_LANE + painter.fontMetrics().ascent() + 2
        days = [(self._x(when, plot, first, last), when.date()) for when in times]
        paint_day_labels(painter, plot, days, y, self.width())

    def _paint_series(
        self,
        painter: QPainter,
        plot: QRectF,
        first: datetime,
        last: datetime,
        points: Sequence[Point],
        color: QColor,
    ) -> None:
        here = [
            None
            if score is None
            else QPointF(self._x(when, plot, first, last), self._y(score, plot))
            for when, score in points
        ]
        paint_line(painter, here, color)

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

    # --- tooltip --------------------------------------------------------------------------

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
