"""Tall: the figures the series watches (free places, patients needing help, training needs),
recorded per meeting with a note, and a chart of how they went across the series' meetings."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import meeting_service as service
from helsehus_desktop.ui.errors import EXPECTED
from helsehus_desktop.ui.meetings.meeting_section import MeetingForm, MeetingHost
from helsehus_desktop.ui.pathways.forms import FittedTable
from helsehus_desktop.ui.pathways.trend_chart import PALETTE

LABEL, VALUE, NOTE = range(3)
DASH = "–"
AXIS = QColor("#6b6b6b")
GRID = QColor("#dddddd")
MARKER = QColor(255, 200, 0, 70)  # the meeting shown
MARK_RADIUS = 3.5
HIT_DISTANCE = 10
MAX_COUNT = 99_999

Point = tuple[date, int | None]


class CountBox(QSpinBox):
    """A count that starts blank ("–": not recorded), so a figure left out is never read as 0.
    Typing a digit over "–" replaces it; the wheel turns it only while it has the focus."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(-1, MAX_COUNT)
        self.setSpecialValueText(DASH)
        self.setValue(-1)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def count(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_count(self, value: int | None) -> None:
        self.setValue(-1 if value is None else value)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.text().isdigit() and self.count() is None:
            self.lineEdit().selectAll()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.set_count(None)  # clearing the field means "not recorded"
            return
        super().keyPressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()


def nice_step(top: int) -> int:
    """A step of 1, 2 or 5 times a power of ten giving about five grid lines up to `top`."""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 5, 10) if m * power >= raw)


class CountChart(QWidget):
    """Counts over the series' meetings, one line per figure; a meeting where a figure was not
    recorded leaves a gap in its line, never a zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._series: list[tuple[str, list[Point]]] = []
        self._colors: list[QColor] = []
        self._marker: date | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(260)
        self.setMouseTracking(True)

    def set_series(
        self, series: Sequence[tuple[str, Sequence[Point]]], colors: Sequence[QColor] = ()
    ) -> None:
        self._series = [(name, sorted(points)) for name, points in series]
        self._colors = [
            colors[i] if i < len(colors) else PALETTE[i % len(PALETTE)]
            for i in range(len(self._series))
        ]
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

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        return font

    def _legend(self, width: int) -> tuple[list[tuple[QRectF, int]], int]:
        metrics = QFontMetrics(self._small_font())
        row_height = metrics.height() + 4
        x, y, placed = 8.0, 4.0, []
        for index, (name, _p) in enumerate(self._series):
            entry = 22 + metrics.horizontalAdvance(name) + 14
            if x + entry > width - 8 and x > 8:
                x, y = 8.0, y + row_height
            placed.append((QRectF(x, y, entry, row_height), index))
            x += entry
        return placed, int(y + row_height + 4) if placed else 4

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
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        if not self.has_points():
            painter.setPen(AXIS)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("Ingen tall er registrert i seriens møter ennå"),
            )
            return
        plot = self._plot()
        if plot.width() < 40 or plot.height() < 40:
            return
        painter.setFont(self._small_font())
        metrics = painter.fontMetrics()
        top = self._top()
        step = nice_step(top)
        for value in range(0, top + 1, step):
            y = self._y(value, plot, top)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS)
            text = str(value)
            painter.drawText(
                QPointF(
                    plot.left() - 6 - metrics.horizontalAdvance(text), y + metrics.ascent() / 2 - 1
                ),
                text,
            )
        painter.setPen(QPen(AXIS, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        days = self._days()
        first, last = days[0], days[-1]
        if self._marker is not None and first <= self._marker <= last:
            x = self._x(self._marker, plot, first, last)
            painter.setPen(QPen(MARKER, 6))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
        self._paint_days(painter, plot, days, first, last)
        for (_name, points), color in zip(self._series, self._colors, strict=True):
            painter.setPen(QPen(color, 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            previous: QPointF | None = None
            for day, value in points:
                if value is None:
                    previous = None  # a gap, never a line through zero
                    continue
                here = QPointF(self._x(day, plot, first, last), self._y(value, plot, top))
                if previous is not None:
                    painter.drawLine(previous, here)
                previous = here
            painter.setBrush(color)
            for day, value in points:
                if value is not None:
                    center = QPointF(self._x(day, plot, first, last), self._y(value, plot, top))
                    painter.drawEllipse(center, MARK_RADIUS, MARK_RADIUS)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        self._paint_legend(painter)

    def _paint_days(
        self, painter: QPainter, plot: QRectF, days: list[date], first: date, last: date
    ) -> None:
        """dd.mm under the meetings, skipping one that would overlap the label before; the
        year under the first label of each year."""
        metrics = painter.fontMetrics()
        y = plot.bottom() + metrics.ascent() + 4
        previous_right, previous_year = -1e9, None
        painter.setPen(AXIS)
        for day in days:
            x = self._x(day, plot, first, last)
            text = f"{day.day:02d}.{day.month:02d}"
            width = metrics.horizontalAdvance(text)
            left = min(max(x - width / 2, 0), self.width() - width - 2)
            if left < previous_right + 6:
                continue
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
            painter.drawText(QPointF(left, y), text)
            if day.year != previous_year:
                painter.drawText(QPointF(left, y + metrics.height()), str(day.year))
                previous_year = day.year
            previous_right = left + width

    def _paint_legend(self, painter: QPainter) -> None:
        metrics = painter.fontMetrics()
        placed, _height = self._legend(self.width())
        for rect, index in placed:
            name, color = self._series[index][0], self._colors[index]
            mid = rect.top() + rect.height() / 2
            painter.setPen(QPen(color, 2))
            painter.drawLine(QPointF(rect.left(), mid), QPointF(rect.left() + 16, mid))
            painter.setBrush(color)
            painter.drawEllipse(QPointF(rect.left() + 8, mid), 3, 3)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(self.palette().text().color())
            painter.drawText(QPointF(rect.left() + 22, mid + metrics.ascent() / 2 - 1), name)

    # --- tooltip ---

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
            self.tr("Serien følger ingen tall. Tallene velges under «Endre serie…».")
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
