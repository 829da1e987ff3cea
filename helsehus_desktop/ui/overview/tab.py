"""The "Oversikt" tab: what needs attention today for the user's units, each line a way to the
place it points to (a patient's plan page, a meeting, the patient list)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import ESAS_LABELS
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import overview_service
from helsehus_desktop.store.overview_service import Overview
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings.actions import ActionsSection
from helsehus_desktop.ui.pathways.checklists import ActivitiesSection
from helsehus_desktop.ui.pathways.esas import EsasSection
from helsehus_desktop.ui.pathways.pathway_page import PathwaySection
from helsehus_desktop.ui.pathways.tables import ALERT

if TYPE_CHECKING:
    from helsehus_desktop.ui.main_window import MainWindow

MAX_LINES = 300  # per section; the rest is counted, and choosing units narrows the list
DAY_CHECK_MS = 60_000  # how often the tab looks whether the day has changed
TARGET_ROLE = Qt.ItemDataRole.UserRole
NAME_ROLE = Qt.ItemDataRole.UserRole + 1
CHANGE_AREAS = ("pathways", "meetings", "sample", "orgchart")


# --- where a line leads ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PatientPage:
    """A patient's plan, on the page of this section class."""

    patient_id: int
    page: type


@dataclass(frozen=True, slots=True)
class MeetingLink:
    """A meeting, on the page of this section class of the meeting page (None: as it is)."""

    meeting_id: int
    page: type | None = None


@dataclass(frozen=True, slots=True)
class PatientList:
    """The patient list of a unit (None: every unit) and level (None: every level)."""

    unit_id: int | None
    level: int | None


@dataclass(frozen=True, slots=True)
class Line:
    texts: Sequence[str]
    target: object | None
    alert: bool = False  # overdue: shown in red
    tooltip: str = ""
    cell_targets: Sequence[object | None] = ()  # per column, where cells lead elsewhere
    bold: bool = False


class LineList(QTreeWidget):
    """The lines of a section: its preferred height is that of its lines."""

    def __init__(self) -> None:
        super().__init__()
        self.wanted_height = 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self.wanted_height or super().sizeHint().height())


class Section(QGroupBox):
    """A titled list of lines; a click or Enter on a line emits `opened` with its target."""

    opened = Signal(object)

    def __init__(
        self, title: str, headers: Sequence[str], empty: str, stretch: Sequence[int] = ()
    ) -> None:
        """`stretch`: the columns of free text that share the width left over; the others fit
        their contents. Nothing scrolls sideways: long texts are cut, whole in the tooltip."""
        super().__init__()
        self.title_text = title
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.view = LineList()
        self.view.setHeaderLabels(list(headers))
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        for column in range(len(headers)):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        self.view.itemClicked.connect(self._open)
        self.view.itemActivated.connect(self._open)  # Enter, and double-click
        # One line, not wrapped: a wrapping label would make the scroll area size the page
        # to every list's preferred height instead of fitting the window.
        self.empty = QLabel(empty)
        self.empty.setStyleSheet("color: palette(mid);")
        self.more = QLabel()  # when only the first lines are shown
        self.more.hide()
        layout.addWidget(self.view)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)
        self.lines: list[Line] = []
        self.total = 0

    def fill(self, lines: Sequence[Line], total: int | None = None) -> None:
        """Show `lines`; `total` is how many there are when only the first are given."""
        self.lines = list(lines)
        self.total = len(lines) if total is None else total
        self.setTitle(f"{self.title_text} ({self.total})")
        view = self.view
        view.setUpdatesEnabled(False)
        view.clear()
        items = []
        for line in lines:
            item = QTreeWidgetItem([str(t) for t in line.texts])
            item.setData(0, TARGET_ROLE, line.target)
            for column, target in enumerate(line.cell_targets):
                if target is not None:
                    item.setData(column, TARGET_ROLE, target)
            for column, text in enumerate(line.texts):
                item.setToolTip(column, line.tooltip or str(text))
                if line.alert:
                    item.setForeground(column, QBrush(ALERT))
                if line.bold:
                    font = QFont(view.font())
                    font.setBold(True)
                    item.setFont(column, font)
            items.append(item)
        view.addTopLevelItems(items)
        view.setUpdatesEnabled(True)
        # As tall as its lines (a short list leaves the room to the others), at least three
        # lines tall when longer, and scrolling beyond what the page has room for.
        rows = len(items)
        row_height = view.sizeHintForRow(0) if rows else self.fontMetrics().height()
        chrome = view.header().sizeHint().height() + 2 * view.frameWidth() + 2
        view.wanted_height = chrome + rows * row_height
        view.setMinimumHeight(chrome + min(rows, 3) * row_height)
        view.updateGeometry()
        view.setVisible(bool(lines))
        self.empty.setVisible(not lines)
        hidden = self.total - len(lines)
        self.more.setText(
            self.tr("… og {0} til. Velg enhetene dine under «Mine enheter» for å se færre.").format(
                hidden
            )
            if hidden > 0
            else ""
        )
        self.more.setVisible(hidden > 0)

    def align_right(self, *columns: int) -> None:
        """Numbers: right-aligned in the header and, after `fill`, in every line."""
        for column in columns:
            self.view.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        root = self.view.invisibleRootItem()
        for row in range(root.childCount()):
            for column in columns:
                root.child(row).setTextAlignment(
                    column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )

    def _open(self, item: QTreeWidgetItem, column: int) -> None:
        target = item.data(column, TARGET_ROLE)
        if target is None:
            target = item.data(0, TARGET_ROLE)
        if target is not None:
            self.opened.emit(target)


# --- the tab --------------------------------------------------------------------------------------


class OverviewTab(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.actor = window.actor
        self.settings = window.settings
        self.overview: Overview | None = None
        self._stale = True  # reload when next shown
        self._day: date | None = None  # the day shown
        self._build()
        self.refresh_units()
        self._day_timer = QTimer(self)
        self._day_timer.setInterval(DAY_CHECK_MS)
        self._day_timer.timeout.connect(self._check_day)
        self._day_timer.start()

    @staticmethod
    def today() -> date:
        return date.today()

    # --- building -------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        head = QHBoxLayout()
        self.date_label = QLabel()
        self.date_label.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.date_label)
        head.addSpacing(24)
        self.units_button = self._build_units()
        head.addWidget(self.units_button)
        self.scope_label = QLabel()
        head.addWidget(self.scope_label, 1)
        layout.addLayout(head)
        # In a scroll area, so that a small window (a laptop's screen) still shows every section.
        body = QWidget()
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(self.scroll, 1)

        days = overview_service
        self.stop_points = Section(
            self.tr("&Stopp-punkter som skal evalueres"),
            [
                self.tr("Frist"),
                self.tr("Når"),
                self.tr("Pasient"),
                self.tr("Forløp"),
                self.tr("Enhet"),
            ],
            self.tr("Ingen stopp-punkter er forfalt eller har frist de neste {0} dagene.").format(
                days.STOP_POINT_DAYS
            ),
            stretch=(2, 4),
        )
        self.activities = Section(
            self.tr("&Aktiviteter som ikke er gjort"),
            [
                self.tr("Pasient"),
                self.tr("Forløp"),
                self.tr("Enhet"),
                self.tr("Antall"),
                self.tr("Aktiviteter"),
            ],
            self.tr("Alle aktiviteter forløpene krever, er gjort."),
            stretch=(0, 2, 4),
        )
        self.esas = Section(
            self.tr("&ESAS-r med skår 7 eller høyere, siste {0} dager").format(days.ESAS_DAYS),
            [self.tr("Registrert"), self.tr("Pasient"), self.tr("Enhet"), self.tr("Skår")],
            self.tr("Ingen ESAS-r-registreringer med skår 7 eller høyere siste {0} dager.").format(
                days.ESAS_DAYS
            ),
            stretch=(1, 2, 3),
        )
        self.level_changes = Section(
            self.tr("Endringer &i forløp, siste {0} dager").format(days.LEVEL_CHANGE_DAYS),
            [self.tr("Dato"), self.tr("Pasient"), self.tr("Enhet"), self.tr("Endring")],
            self.tr("Ingen forløp har skiftet nivå siste {0} dager.").format(
                days.LEVEL_CHANGE_DAYS
            ),
            stretch=(1, 2),
        )
        self.actions = Section(
            self.tr("&Tiltak med frist"),
            [
                self.tr("Frist"),
                self.tr("Når"),
                self.tr("Tiltak"),
                self.tr("Ansvarlig"),
                self.tr("Møteserie"),
            ],
            self.tr("Ingen åpne tiltak er forfalt eller har frist de neste {0} dagene.").format(
                days.ACTION_DAYS
            ),
            stretch=(2, 3, 4),
        )
        self.meetings = Section(
            self.tr("&Kommende møter, neste {0} dager").format(days.MEETING_DAYS),
            [self.tr("Dato"), self.tr("Tid"), self.tr("Møteserie"), self.tr("Sted")],
            self.tr("Ingen møter de neste {0} dagene.").format(days.MEETING_DAYS),
            stretch=(2, 3),
        )
        self.counts = Section(
            self.tr("Aktive forløp &per enhet"),
            [
                self.tr("Enhet"),
                *(translate("Pathway", label) for label in core.LEVEL_LABELS.values()),
                self.tr("Totalt"),
            ],
            self.tr("Ingen aktive forløp."),
            stretch=(0,),
        )
        self.sections = [
            self.stop_points,
            self.activities,
            self.esas,
            self.level_changes,
            self.actions,
            self.meetings,
            self.counts,
        ]
        self._columns: dict[Section, QVBoxLayout] = {}
        for number, section in enumerate(self.sections):
            column = left if number < 4 else right
            column.addWidget(section)
            self._columns[section] = column
        for column in (left, right):
            column.addStretch(1)  # what the lists leave over, below them
        for section in self.sections:
            section.opened.connect(self.open_target)

    def _build_units(self) -> QToolButton:
        """ "Mine enheter": a button that opens a checkable list of units."""
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 8, 8, 8)
        hint = QLabel(
            self.tr(
                "Kryss av enhetene du følger (mellomrom krysser av). Uten kryss vises alle "
                "enheter. Tallet er aktive forløp."
            )
        )
        hint.setWordWrap(True)
        self.units = QListWidget()
        self.units.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.units.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.units.setMinimumSize(340, 380)
        self.units.itemChanged.connect(self._units_changed)
        self.all_button = QPushButton(self.tr("Vis a&lle enheter"))
        self.all_button.clicked.connect(self.clear_units)
        layout.addWidget(hint)
        layout.addWidget(self.units, 1)
        layout.addWidget(self.all_button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        menu.aboutToShow.connect(self.units.setFocus)
        button.setMenu(menu)
        return button

    # --- units ----------------------------------------------------------------------------------

    def chosen_units(self) -> list[int]:
        text = self.settings.overview_units
        return [int(part) for part in text.split(",") if part.strip().isdigit()]

    def _unit_items(self) -> list[QListWidgetItem]:
        items = (self.units.item(row) for row in range(self.units.count()))
        return [item for item in items if item.data(TARGET_ROLE) is not None]

    def unit_filter(self) -> list[int] | None:
        """The units chosen in the list (None when none is: every unit)."""
        chosen = [
            item.data(TARGET_ROLE)
            for item in self._unit_items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        return chosen or None

    def refresh_units(self) -> None:
        try:
            choices = overview_service.unit_choices(self.db, self.today())
        except EXPECTED as exc:
            show_error(self, exc)
            return
        chosen = set(self.chosen_units())
        self.units.blockSignals(True)
        self.units.clear()
        # Units with patients first: those are the ones most people follow.
        with_patients = [c for c in choices if c.active_pathways]
        others = [c for c in choices if not c.active_pathways]
        for heading, group in (
            (self.tr("Med aktive forløp"), with_patients),
            (self.tr("Andre enheter"), others),
        ):
            if not group:
                continue
            if with_patients and others:
                title = QListWidgetItem(heading)
                title.setFlags(Qt.ItemFlag.NoItemFlags)
                font = title.font()
                font.setItalic(True)
                title.setFont(font)
                self.units.addItem(title)
            for choice in group:
                text = choice.name
                if choice.active_pathways:
                    text = f"{choice.name} ({choice.active_pathways})"
                item = QListWidgetItem(text)
                item.setData(TARGET_ROLE, choice.id)
                item.setData(NAME_ROLE, choice.name)
                item.setToolTip(text)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if choice.id in chosen else Qt.CheckState.Unchecked
                )
                self.units.addItem(item)
        self.units.blockSignals(False)
        self._show_scope()

    def set_units(self, unit_ids: Sequence[int]) -> None:
        wanted = set(unit_ids)
        self.units.blockSignals(True)
        for item in self._unit_items():
            checked = item.data(TARGET_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.units.blockSignals(False)
        self._units_changed()

    def clear_units(self) -> None:
        self.set_units(())

    def _units_changed(self, _item: QListWidgetItem | None = None) -> None:
        chosen = self.unit_filter() or []
        self.settings.overview_units = ",".join(str(uid) for uid in chosen)
        self._show_scope()
        self.reload()

    def _show_scope(self) -> None:
        names = [
            item.data(NAME_ROLE)
            for item in self._unit_items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        self.units_button.setText(
            self.tr("&Mine enheter ({0})").format(len(names)) if names else self.tr("&Mine enheter")
        )
        if names:
            self.scope_label.setText(self.tr("Viser: {0}.").format(", ".join(names)))
        else:
            self.scope_label.setText(self.tr("Viser alle enheter."))
        self.scope_label.setToolTip(self.scope_label.text())
        self.all_button.setEnabled(bool(names))

    # --- loading --------------------------------------------------------------------------------

    def on_data_changed(self, area: str) -> None:
        if area not in CHANGE_AREAS:
            return
        if area in ("orgchart", "sample", "pathways"):
            self.refresh_units()
        self._stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale or self._day != self.today():
            self.reload()

    def _check_day(self) -> None:
        if self._day is not None and self._day != self.today():
            self._stale = True
            if self.isVisible():
                self.refresh_units()
                self.reload()

    def reload(self) -> None:
        """Read the overview again (only when on screen; otherwise when next shown, since
        reading logs access to the patients whose ESAS-r scores are shown)."""
        if not self.isVisible():
            self._stale = True
            return
        today = self.today()
        try:
            overview = overview_service.attention(
                self.db, self.actor, self.unit_filter(), today, limit=MAX_LINES
            )
        except EXPECTED as exc:
            show_error(self, exc)
            return
        self._stale = False
        self._day = today
        self.overview = overview
        self._show(overview)

    # --- showing --------------------------------------------------------------------------------

    def _level(self, level: int) -> str:
        return translate("Pathway", core.LEVEL_LABELS.get(level, str(level)))

    def _when(self, day: date, today: date) -> str:
        days = (day - today).days
        if days < -1:
            return self.tr("{0} dager over fristen").format(-days)
        if days == -1:
            return self.tr("1 dag over fristen")
        if days == 0:
            return self.tr("i dag")
        if days == 1:
            return self.tr("i morgen")
        return self.tr("om {0} dager").format(days)

    def _weekday(self, day: date) -> str:
        from PySide6.QtCore import QLocale

        return QLocale().dayName(day.isoweekday())

    def _show(self, ov: Overview) -> None:
        today = ov.today
        week = today.isocalendar().week
        self.date_label.setText(
            "<span style='font-size:14pt; font-weight:600'>{}</span> &nbsp; {}".format(
                self.tr("{0} {1}").format(self._weekday(today).capitalize(), format_day(today)),
                self.tr("uke {0}").format(week),
            )
        )
        no_unit = self.tr("(ingen enhet)")

        stop_lines = [
            Line(
                [
                    format_day(s.due_on),
                    self._when(s.due_on, today),
                    s.name,
                    self._level(s.level),
                    s.unit_name or no_unit,
                ],
                PatientPage(s.patient_id, PathwaySection),
                alert=s.overdue(today),
            )
            for s in ov.stop_points
        ]
        self.stop_points.fill(stop_lines, ov.totals.stop_points)

        activity_lines = [
            Line(
                [
                    a.name,
                    self._level(a.level),
                    a.unit_name or no_unit,
                    str(a.count),
                    "; ".join(a.titles),
                ],
                PatientPage(a.patient_id, ActivitiesSection),
                tooltip="\n".join(a.titles),
            )
            for a in ov.activities
        ]
        self.activities.fill(activity_lines, ov.totals.activities)
        self.activities.align_right(3)

        def score_text(score: overview_service.HighScore) -> str:
            label = translate("Esas", ESAS_LABELS[score.key]) if score.key else score.name
            return f"{label} {score.score}"

        esas_lines = [
            Line(
                [
                    f"{format_day(e.at.date())} {e.at:%H:%M}",
                    e.name,
                    e.unit_name or no_unit,
                    ", ".join(score_text(s) for s in e.scores),
                ],
                PatientPage(e.patient_id, EsasSection),
            )
            for e in ov.esas
        ]
        self.esas.fill(esas_lines, ov.totals.esas)

        change_lines = [
            Line(
                [
                    format_day(c.changed_on),
                    c.name,
                    c.unit_name or no_unit,
                    f"{self._level(c.from_level)} → {self._level(c.to_level)}",
                ],
                PatientPage(c.patient_id, PathwaySection),
            )
            for c in ov.level_changes
        ]
        self.level_changes.fill(change_lines, ov.totals.level_changes)

        action_lines = [
            Line(
                [format_day(a.due_on), self._when(a.due_on, today), a.what, a.owner, a.series_name],
                MeetingLink(a.meeting_id, ActionsSection) if a.meeting_id is not None else None,
                alert=a.due_on < today,
                tooltip=a.what,
            )
            for a in ov.actions
        ]
        self.actions.fill(action_lines, ov.totals.actions)

        meeting_lines = [
            Line(
                [
                    f"{self._weekday(mt.held_on)} {format_day(mt.held_on)}",
                    mt.start_time,
                    mt.series_name,
                    mt.place,
                ],
                MeetingLink(mt.id),
                bold=mt.held_on == today,
            )
            for mt in ov.meetings
        ]
        self.meetings.fill(meeting_lines, ov.totals.meetings)

        count_lines = [
            Line(
                [c.unit_name or no_unit, *(str(n) for n in c.by_level), str(c.total)],
                PatientList(c.unit_id, None),
                cell_targets=[
                    None,
                    *(PatientList(c.unit_id, level) for level in core.LEVEL_LABELS),
                    None,
                ],
            )
            for c in ov.counts
        ]
        if len(ov.counts) > 1:
            sums = [sum(c.by_level[i] for c in ov.counts) for i in range(3)]
            count_lines.append(
                Line(
                    [self.tr("Totalt"), *(str(n) for n in sums), str(sum(sums))],
                    PatientList(None, None),
                    cell_targets=[None, *(PatientList(None, lv) for lv in core.LEVEL_LABELS), None],
                    bold=True,
                )
            )
        self.counts.fill(count_lines)
        self.counts.setTitle(f"{self.counts.title_text} ({sum(c.total for c in ov.counts)})")
        self.counts.align_right(1, 2, 3, 4)
        self._balance()

    def _balance(self) -> None:
        """Longer lists get more of the room; empty ones shrink to their one-line message."""
        for section, column in self._columns.items():
            column.setStretchFactor(section, min(len(section.lines), 12))

    # --- opening --------------------------------------------------------------------------------

    def open_target(self, target: object) -> None:
        window = self.window_
        if isinstance(target, PatientPage):
            tab = window.pathway_tab
            window.tabs.setCurrentWidget(tab)
            tab.select_patient(target.patient_id)
            if tab.current_patient_id() == target.patient_id:
                for section in tab.section_list:
                    if isinstance(section, target.page):
                        tab.sections.setCurrentWidget(section)
                        break
        elif isinstance(target, MeetingLink):
            meetings = getattr(window, "meetings_tab", None)
            if meetings is None:
                return
            window.tabs.setCurrentWidget(meetings)
            meetings.show_meeting(target.meeting_id)
            page = meetings.page
            shown = page.record.meeting.id if page.record is not None else None
            if target.page is not None and shown == target.meeting_id:
                for section in page.sections:
                    if isinstance(section, target.page):
                        page.pages.setCurrentWidget(section)
                        break
        elif isinstance(target, PatientList):
            tab = window.pathway_tab
            window.tabs.setCurrentWidget(tab)
            # The patient list filtered to the unit and level (every unit when the unit has no
            # patients in the list's filter, such as patients without a unit).
            tab.search.clear()
            tab.unit_filter.setCurrentIndex(max(0, tab.unit_filter.findData(target.unit_id)))
            tab.level_filter.setCurrentIndex(max(0, tab.level_filter.findData(target.level)))
            tab.status_filter.setCurrentIndex(max(0, tab.status_filter.findData(core.ACTIVE)))
            tab.apply_filter()
            tab.list.setFocus()
