"""Tall: the figures the series watches (free places, patients needing help, training needs),
recorded per meeting with a note, and a chart of how they went across the series' meetings."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import meeting_service as service
from helsehus_desktop.ui.chart_paint import (
    HIT_DISTANCE,
    LINE,
    PALETTE,
    Chart,
    legend_layout,
    paint_day_labels,
    paint_legend,
    paint_line,
    paint_no_data,
    paint_value_axis,
)
from helsehus_desktop.ui.errors import EXPECTED
from helsehus_desktop.ui.meetings.meeting_section import MeetingForm, MeetingHost
from helsehus_desktop.ui.pathways.forms import FittedTable
from helsehus_desktop.ui.widgets import OptionalNumberBox

LABEL, VALUE, NOTE = range(3)
GRID = QColor("#dddddd")
MARKER = QColor(255, 200, 0, 70)  # the meeting shown
MAX_COUNT = 99_999

Point = tuple[date, int | None]


class CountBox(OptionalNumberBox):
    """A count that starts blank ("–": not recorded)."""

    def __init__(self) -> None:
        super().__init__(0, MAX_COUNT)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def count(self) -> int | None:
        return self.number()

    def set_count(self, value: int | None) -> None:
        self.set_number(value)


def nice_step(top: int) -> int:
    """A step of 1, 2 or 5 times a power of ten giving about five grid lines up to `top`."""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class CountChart(Chart):
    """Counts over the series' meetings, one line per figure; a meeting where a figure was not
    recorded leaves a gap in its line, never a zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[str, list[Point]]] = []
        self._marker: date | None = None
        self.setMinimumHeight(260)

    def set_series(
        self, series: Sequence[tuple[str, Sequence[Point]]], colors: Sequence[QColor] = ()
    ) -> None:
        self._series = [(name, sorted(points)) for name, points in series]
        self._set_colors(len(self._series), colors)
        self.update()

    def set_marker(self, day: date | None) -> None:
        """A faint line at the meeting shown on the page."""
        self._marker = day
        self.update()

    def series(self) -> list[tuple[str, list[Point]]]:
        return [(name, list(points)) for name, points in self._series]

    def has_points(self) -> bool:
        return any(v is not None for _n, points in self._series for _d, v in points)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(640, 260)

    # --- geometry ---

    def _legend(self, width: int) -> tuple[list[tuple[QRectF, int]], int]:
        names = [name for name, _p in self._series]
        return legend_layout(self._small_font(), names, width)

    def _top(self) -> int:
        values = [v for _n, points in self._series for _d, v in points if v is not None]
        highest = max(values, default=0)
        step = nice_step(max(highest, 1))
        return max(step, math.ceil(highest / step) * step)

    def _plot(self) -> QRectF:
        metrics = QFontMetrics(self._small_font())
        _placed, legend_height = self._legend(self.width())
        left = metrics.horizontalAdvance(str(self._top())) + 14
        bottom = metrics.height() * 2 + 8
        return QRectF(
            left,
            legend_height + 6,
            self.width() - left - 16,
            self.height() - legend_height - 6 - bottom,
        )

    def _days(self) -> list[date]:
        return sorted({d for _n, points in self._series for d, _v in points})

    def _x(self, day: date, plot: QRectF, first: date, last: date) -> float:
        if first == last:
            return plot.center().x()
        pad = plot.width() * 0.03
        return (
            plot.left() + pad + (plot.width() - 2 * pad) * (day - first).days / (last - first).days
        )

    def _y(self, value: float, plot: QRectF, top: int) -> float:
        return plot.bottom() - plot.height() * value / top

    # --- painting ---

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = self._start_painting()
        if not self.has_points():
            paint_no_data(
                painter,
                QRectF(self.rect()),
                self.tr("Ingen tall er registrert i seriens møter ennå"),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            )
            return
        plot = self._plot()
        if plot.width() < 40 or plot.height() < 40:
            return
        painter.setFont(self._small_font())
        top = self._top()
        ticks = range(0, top + 1, nice_step(top))
        paint_value_axis(
            painter, plot, ((value, self._y(value, plot, top)) for value in ticks), GRID
        )
        days = self._days()
        first, last = days[0], days[-1]
        if self._marker is not None and first <= self._marker <= last:
            x = self._x(self._marker, plot, first, last)
            painter.setPen(QPen(MARKER, 6))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        # dd.mm under the meetings, the year under the first label of each year.
        y = plot.bottom() + painter.fontMetrics().ascent() + 4
        labels = [(self._x(day, plot, first, last), day) for day in days]
        paint_day_labels(painter, plot, labels, y, self.width(), years=True)
        for (_name, points), color in zip(self._series, self._colors, strict=True):
            here = [
                None
                if value is None
                else QPointF(self._x(day, plot, first, last), self._y(value, plot, top))
                for day, value in points
            ]
            paint_line(painter, here, color)
        entries = [
            (LINE, name, color)
            for (name, _p), color in zip(self._series, self._colors, strict=True)
        ]
        placed, _height = self._legend(self.width())
        paint_legend(painter, entries, placed, self.palette().text().color())

    # --- tooltip ---

    def tooltip_at(self, x: float) -> str:
        """Each figure's value at the meeting nearest `x`, if one is close enough."""
        if not self.has_points():
            return ""
        plot = self._plot()
        days = self._days()
        first, last = days[0], days[-1]
        nearest = min(days, key=lambda d: abs(self._x(d, plot, first, last) - x))
        if abs(self._x(nearest, plot, first, last) - x) > HIT_DISTANCE:
            return ""
        lines = [format_day(nearest)]
        for name, points in self._series:
            for day, value in points:
                if day == nearest:
                    shown = self.tr("ikke registrert") if value is None else str(value)
                    lines.append(f"{name}: {shown}")
        return "\n".join(lines)


class FiguresSection(MeetingForm):
    def __init__(self, host: MeetingHost) -> None:
        super().__init__(host)
        self.table = FittedTable([330, 110, 330])
        self.table.setTabKeyNavigation(False)  # Tab goes through the boxes, then on to Lagre
        self.table.setHorizontalHeaderLabels(
            [self.tr("Tall"), self.tr("Antall"), self.tr("Merknad")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        row_height = self.fontMetrics().height() + 14
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setMinimumHeight(row_height * 5)
        self.body.addWidget(self.table)
        self.empty = QLabel(
            self.tr("Serien følger ingen tall. Tallene velges under «Endre…» under møteseriene.")
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.body.addWidget(self.empty)
        hint = QLabel(self.tr("Et tomt felt («–») betyr at tallet ikke er registrert."))
        hint.setStyleSheet("color: #555;")
        self.body.addWidget(hint)

        trend = QGroupBox(self.tr("Utvikling i seriens møter"))
        trend_layout = QVBoxLayout(trend)
        chooser = QHBoxLayout()
        self.chooser = QComboBox()
        self.chooser.setMinimumContentsLength(30)
        self.chooser.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.chooser.currentIndexChanged.connect(lambda _i: self._draw())
        show = QLabel(self.tr("V&is:"))
        show.setBuddy(self.chooser)
        chooser.addWidget(show)
        chooser.addWidget(self.chooser)
        chooser.addStretch()
        trend_layout.addLayout(chooser)
        self.chart = CountChart()
        trend_layout.addWidget(self.chart, 1)
        self.body.addWidget(trend, 1)
        self.values: list[CountBox] = []
        self.notes: list[QLineEdit] = []
        self.figure_ids: list[int] = []
        self.trend: list[tuple[date, dict[int, int | None]]] = []

    def title(self) -> str:
        return self.tr("Tall")

    def fill(self, record: core.MeetingRecord | None) -> None:
        self.table.setRowCount(0)
        self.values, self.notes, self.figure_ids = [], [], []
        figures = [f for f in record.series.figures if f.id is not None] if record else []
        saved = {v.figure_id: v for v in record.figures} if record else {}
        self.table.setRowCount(len(figures))
        for row, figure in enumerate(figures):
            assert figure.id is not None
            value = saved.get(figure.id, core.FigureValue(figure.id))
            label = QTableWidgetItem(figure.label)
            label.setToolTip(figure.label)
            self.table.setItem(row, LABEL, label)
            box = CountBox()
            box.set_count(value.value)
            box.setAccessibleName(figure.label)
            note = QLineEdit(value.note)
            note.setAccessibleName(self.tr("Merknad til {0}").format(figure.label))
            self.table.setCellWidget(row, VALUE, box)
            self.table.setCellWidget(row, NOTE, note)
            self.watch(box, note)
            self.values.append(box)
            self.notes.append(note)
            self.figure_ids.append(figure.id)
        self.table.setVisible(bool(figures))
        self.empty.setVisible(not figures)
        if figures:
            height = (
                self.table.horizontalHeader().sizeHint().height()
                + self.table.verticalHeader().defaultSectionSize() * len(figures)
                + 2 * self.table.frameWidth()
            )
            self.table.setFixedHeight(height)

    def show_context(self, record: core.MeetingRecord | None) -> None:
        """The chart, from what is saved in the series' meetings."""
        self.trend = []
        if record is not None and record.series.id is not None:
            try:
                self.trend = service.figure_trend(self.host.db, self.host.actor, record.series.id)
            except EXPECTED:
                self.trend = []
        current = self.chooser.currentData()
        self.chooser.blockSignals(True)
        self.chooser.clear()
        figures = [f for f in record.series.figures if f.id is not None] if record else []
        if len(figures) > 1:
            self.chooser.addItem(self.tr("Alle tall"), 0)
        for figure in figures:
            self.chooser.addItem(figure.label, figure.id)
        index = self.chooser.findData(current)
        if index < 0:  # all when they are few, else the first: eight lines are hard to read
            index = self.chooser.findData(0 if len(figures) <= 3 else figures[0].id)
        self.chooser.setCurrentIndex(max(index, 0))
        self.chooser.blockSignals(False)
        self._draw()

    def _draw(self) -> None:
        chosen = self.chooser.currentData()
        figures = [
            f
            for f in (self.record.series.figures if self.record else ())
            if f.id is not None and (not chosen or f.id == chosen)
        ]
        order = [f.id for f in (self.record.series.figures if self.record else ())]
        self.chart.set_series(
            [
                (f.label, [(day, values.get(f.id)) for day, values in self.trend])  # type: ignore[arg-type]
                for f in figures
            ],
            [PALETTE[order.index(f.id) % len(PALETTE)] for f in figures],
        )
        self.chart.set_marker(self.record.meeting.held_on if self.record else None)

    def show_record(self, record: core.MeetingRecord | None) -> None:
        super().show_record(record)
        self._draw()  # the record is known now for the colours and the chosen figure

    def typed(self) -> list[core.FigureValue]:
        return [
            core.FigureValue(figure_id, box.count(), note.text().strip())
            for figure_id, box, note in zip(self.figure_ids, self.values, self.notes, strict=True)
        ]

    def submit(self) -> bool:
        values = self.typed()
        fields = {"figures": self.values[0]} if self.values else {}
        db, actor, meeting_id = self.host.db, self.host.actor, self.meeting_id()
        return self.save(lambda: service.save_figures(db, actor, meeting_id, values), fields)
