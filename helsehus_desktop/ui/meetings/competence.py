"""Kompetanse: who has palliative and cancer-care competence in each unit, a count per level so
the working group can report what exists, and the training needs raised in meetings."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.core.orgchart import OrgView
from helsehus_desktop.store import competence_service as service
from helsehus_desktop.store import orgchart_service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings.competence_dialogs import CompetenceDialog, TrainingNeedDialog
from helsehus_desktop.ui.pathways.esas import confirm_delete
from helsehus_desktop.ui.pathways.section import refusal_of
from helsehus_desktop.ui.pathways.tables import MUTED, ReadOnlyTable
from helsehus_desktop.ui.widgets import ListKeys

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database
    from helsehus_desktop.ui.settings import Settings

ALL = -1  # the unit filter's "all units"
NO_UNIT = -2  # rows without a unit, in the summary


class Host(Protocol):
    db: Database
    actor: str
    settings: Settings
    window_: Any  # the main window: its data_changed signal announces a change


class CompetenceView(QWidget):
    """The competence register and the training needs, filtered by unit."""

    def __init__(self, host: Host, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.unit_names: dict[int, str] = {}
        self.chart: OrgView | None = None
        self.competences: list[core.Competence] = []
        self.needs: list[core.TrainingNeed] = []

        intro = QLabel(
            self.tr(
                "Hvem som har kompetanse i palliasjon og kreftomsorg i hver enhet, og "
                "opplæringsbehov som er meldt i møtene. Arbeidsgruppen kan rapportere herfra."
            )
        )
        intro.setWordWrap(True)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumContentsLength(30)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.unit_filter.currentIndexChanged.connect(self._fill)
        filter_label = QLabel(self.tr("Vis enhe&t:"))
        filter_label.setBuddy(self.unit_filter)
        top = QHBoxLayout()
        top.addWidget(filter_label)
        top.addWidget(self.unit_filter)
        top.addStretch()

        # (1) the register
        self.table = ReadOnlyTable(
            [
                self.tr("Person"),
                self.tr("Enhet"),
                self.tr("Kurs/utdanning"),
                self.tr("Nivå"),
                self.tr("Fullført"),
                self.tr("Merknad"),
            ],
            visible_rows=6,
        )
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_competence())
        self.add_button = QPushButton(self.tr("&Ny kompetanse …"))
        self.add_button.clicked.connect(self.add_competence)
        self.edit_button = QPushButton(self.tr("&Endre …"))
        self.edit_button.clicked.connect(self.edit_competence)
        self.delete_button = QPushButton(self.tr("&Slett …"))
        self.delete_button.clicked.connect(self.delete_competence)
        self.count_label = QLabel()
        register = QGroupBox(self.tr("Kompetanseregister"))
        register_layout = QVBoxLayout(register)
        register_layout.addWidget(self.table, 1)
        register_layout.addLayout(
            _row(self.add_button, self.edit_button, self.delete_button, self.count_label)
        )

        # the summary per unit
        self.summary = ReadOnlyTable(
            [
                self.tr("Enhet"),
                *(translate("Meetings", label) for label in core.COMPETENCE_LEVELS.values()),
                self.tr("Personer i alt"),
            ],
            visible_rows=3,
        )
        self.summary.horizontalHeader().setStretchLastSection(False)
        self.summary.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary.setToolTip(
            self.tr("Antall personer med kompetanse på hvert nivå; en person telles én gang.")
        )
        self.summary_box = QGroupBox(self.tr("Oppsummering per enhet (antall personer)"))
        QVBoxLayout(self.summary_box).addWidget(self.summary)

        # (2) training needs raised in meetings
        self.need_table = ReadOnlyTable(
            [
                self.tr("Type"),
                self.tr("Tema"),
                self.tr("Enhet"),
                self.tr("Meldt"),
                self.tr("Dekket"),
                self.tr("Merknad"),
            ],
            visible_rows=5,
        )
        self.need_table.itemSelectionChanged.connect(self._enable)
        self.need_table.itemDoubleClicked.connect(lambda _item: self.edit_need())
        self.show_met = QCheckBox(self.tr("V&is dekkede"))
        self.show_met.toggled.connect(self.reload)
        self.add_need_button = QPushButton(self.tr("Nytt &behov …"))
        self.add_need_button.clicked.connect(self.add_need)
        self.edit_need_button = QPushButton(self.tr("Endre beh&ov …"))
        self.edit_need_button.clicked.connect(self.edit_need)
        self.met_button = QPushButton(self.tr("Marker som &dekket"))
        self.met_button.clicked.connect(self.mark_met)
        self.delete_need_button = QPushButton(self.tr("S&lett behov …"))
        self.delete_need_button.clicked.connect(self.delete_need)
        self.need_error = QLabel()
        self.need_error.setStyleSheet("color: #b00020;")
        self.need_error.setWordWrap(True)
        self.need_error.hide()
        needs = QGroupBox(self.tr("Opplæringsbehov meldt i møter"))
        needs_layout = QVBoxLayout(needs)
        needs_layout.addWidget(self.need_table, 1)
        needs_layout.addWidget(self.need_error)
        needs_layout.addLayout(
            _row(
                self.add_need_button,
                self.edit_need_button,
                self.met_button,
                self.delete_need_button,
                self.show_met,
            )
        )

        for table in (self.table, self.summary, self.need_table):
            table.setWordWrap(False)  # a long note is cut; its tooltip shows all of it
            table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.installEventFilter(ListKeys(self, self.edit_competence, self.delete_competence))
        self.need_table.installEventFilter(ListKeys(self, self.edit_need, self.delete_need))

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        for pane, stretch in ((register, 3), (self.summary_box, 2), (needs, 2)):
            self.splitter.addWidget(pane)
            self.splitter.setStretchFactor(self.splitter.count() - 1, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        # Read when first shown: the view sits on the Møter tab's second page, and the tab
        # should open without waiting for it.
        self._stale = True

    # --- loading -------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def on_data_changed(self, area: str) -> None:
        if area in ("competence", "orgchart", "sample"):
            if self.isVisible():
                self.reload()
            else:
                self._stale = True

    def reload(self) -> None:
        """Read the chart, the register and the needs again, keeping the filter and selection."""
        self._stale = False
        db, actor = self.host.db, self.host.actor
        snapshot = orgchart_service.load_snapshot(db)
        self.chart = snapshot.view(date.today())
        self.unit_names = {u.id: u.name for u in snapshot.units if u.id is not None}
        self.competences = service.list_competences(db, actor)
        self.needs = service.list_training_needs(db, actor, include_met=self.show_met.isChecked())
        self._fill_filter()
        self._fill()

    def _fill_filter(self) -> None:
        current = self.unit_filter.currentData()
        used = {c.unit_id for c in self.competences} | {n.unit_id for n in self.needs}
        shown = set(self.chart.units if self.chart else ()) | {u for u in used if u is not None}
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Alle enheter"), ALL)
        for uid in sorted(shown, key=lambda u: sort_key(self.unit_label(u))):
            self.unit_filter.addItem(self.unit_label(uid), uid)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(current)))
        self.unit_filter.blockSignals(False)

    def unit_label(self, unit_id: int | None) -> str:
        if unit_id is None:
            return self.tr("(uten enhet)")
        name = self.unit_names.get(unit_id, self.tr("(slettet enhet)"))
        if self.chart is not None and unit_id not in self.chart.units:
            return self.tr("{0} (ikke lenger i kartet)").format(name)
        return name

    def chosen_unit(self) -> int | None:
        """The unit the filter shows, or None for all units."""
        uid = self.unit_filter.currentData()
        return None if uid in (None, ALL) else uid

    def _fill(self) -> None:
        uid = self.chosen_unit()
        shown = [c for c in self.competences if uid is None or c.unit_id == uid]
        shown.sort(key=lambda c: (c.unit_id is None, sort_key(self.unit_label(c.unit_id))))
        keep = _selected_id(self.table)
        self.table.fill(
            [
                [
                    c.person_name,
                    self.unit_label(c.unit_id),
                    c.course,
                    translate("Meetings", core.COMPETENCE_LEVELS.get(c.level, c.level)),
                    format_day(c.completed_on) or self.tr("ikke fullført"),
                    c.note.replace("\n", " "),
                ]
                for c in shown
            ],
            shown,
        )
        _note_tips(self.table, [c.note for c in shown])
        _select_id(self.table, keep)
        people = len({(c.unit_id, c.person_name.casefold()) for c in shown})
        self.count_label.setText(
            self.tr("{0} registreringer, {1} personer").format(len(shown), people)
        )
        self._fill_summary(shown)

        needs = [n for n in self.needs if uid is None or n.unit_id == uid]
        keep = _selected_id(self.need_table)
        self.need_table.fill(
            [
                [
                    translate("Meetings", core.TRAINING_KINDS.get(n.kind, n.kind)),
                    n.topic,
                    self.unit_label(n.unit_id) if n.unit_id is not None else "",
                    format_day(n.raised_on),
                    format_day(n.met_on),
                    n.note.replace("\n", " "),
                ]
                for n in needs
            ],
            needs,
            [MUTED if n.met_on is not None else None for n in needs],
        )
        _note_tips(self.need_table, [n.note for n in needs])
        _select_id(self.need_table, keep)
        self._enable()

    def _fill_summary(self, shown: Sequence[core.Competence]) -> None:
        levels = list(core.COMPETENCE_LEVELS)
        per_unit: dict[int, dict[str, set[str]]] = {}
        chosen = self.chosen_unit()
        if chosen is not None:  # a unit with nothing registered says so
            per_unit[chosen] = {}
        everyone: dict[str, set[str]] = {}
        for c in shown:
            unit = per_unit.setdefault(NO_UNIT if c.unit_id is None else c.unit_id, {})
            person = c.person_name.casefold()
            for key in (c.level, ""):
                unit.setdefault(key, set()).add(person)
                everyone.setdefault(key, set()).add(f"{c.unit_id}\t{person}")
        order = sorted(per_unit, key=lambda u: (u == NO_UNIT, sort_key(self._summary_label(u))))
        rows = [
            [self._summary_label(u)]
            + [_count(per_unit[u].get(k)) for k in levels]
            + [str(len(per_unit[u].get("", ())))]
            for u in order
        ]
        if len(order) > 1:  # the total first, where it shows however many units there are
            rows.insert(
                0,
                [self.tr("Alle enheter")]
                + [_count(everyone.get(k)) for k in levels]
                + [str(len(everyone.get("", ())))],
            )
        self.summary.fill(rows)
        if len(order) > 1:
            for col in range(self.summary.columnCount()):
                font = self.summary.item(0, col).font()
                font.setBold(True)
                self.summary.item(0, col).setFont(font)
        for r in range(self.summary.rowCount()):
            for col in range(1, self.summary.columnCount()):
                self.summary.item(r, col).setTextAlignment(Qt.AlignmentFlag.AlignCenter)

    def _summary_label(self, unit_id: int) -> str:
        return self.unit_label(None if unit_id == NO_UNIT else unit_id)

    def _enable(self) -> None:
        chosen = self.table.current_data() is not None and bool(self.table.selectedItems())
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        need = self.selected_need()
        self.edit_need_button.setEnabled(need is not None)
        self.delete_need_button.setEnabled(need is not None)
        self.met_button.setEnabled(need is not None and need.met_on is None)

    def selected_competence(self) -> core.Competence | None:
        data = self.table.current_data() if self.table.selectedItems() else None
        return data if isinstance(data, core.Competence) else None

    def selected_need(self) -> core.TrainingNeed | None:
        data = self.need_table.current_data() if self.need_table.selectedItems() else None
        return data if isinstance(data, core.TrainingNeed) else None

    # --- changes -------------------------------------------------------------------------------

    def _changed(self, table: ReadOnlyTable, saved_id: int | None) -> None:
        self.reload()
        if saved_id is not None:
            _select_id(table, saved_id)
        self.host.window_.data_changed.emit("competence")

    def unit_choices(self, keep: int | None = None) -> list[tuple[int | None, str]]:
        """The chart's units today, and `keep` (a record's unit) even when it has left."""
        units = set(self.chart.units if self.chart else ())
        if keep is not None:
            units.add(keep)
        return sorted(((u, self.unit_label(u)) for u in units), key=lambda c: sort_key(c[1]))

    def add_competence(self) -> None:
        blank = core.Competence(None, "", self.chosen_unit(), "", "course", None)
        self._edit_competence(blank)

    def edit_competence(self) -> None:
        chosen = self.selected_competence()
        if chosen is not None:
            self._edit_competence(chosen)

    def _edit_competence(self, competence: core.Competence) -> None:
        dialog = CompetenceDialog(
            self,
            competence,
            self.unit_choices(competence.unit_id),
            self.chart,
            lambda c: service.save_competence(self.host.db, self.host.actor, c),
        )
        if dialog.exec() == CompetenceDialog.DialogCode.Accepted:
            self._changed(self.table, dialog.saved_id)

    def delete_competence(self) -> None:
        chosen = self.selected_competence()
        if chosen is None:
            return
        question = self.tr("Slette «{0}» for {1} fra kompetanseregisteret?").format(
            chosen.course, chosen.person_name
        )
        if not confirm_delete(self, self.tr("Slett kompetanse"), question):
            return
        self._run(lambda: service.delete_competence(self.host.db, self.host.actor, chosen.id))

    def add_need(self) -> None:
        blank = core.TrainingNeed(None, self.chosen_unit(), "", "", date.today())
        self._edit_need(blank)

    def edit_need(self) -> None:
        chosen = self.selected_need()
        if chosen is not None:
            self._edit_need(chosen)

    def _edit_need(self, need: core.TrainingNeed) -> None:
        dialog = TrainingNeedDialog(
            self,
            need,
            self.unit_choices(need.unit_id),
            self.recent_meetings(need),
            lambda n: service.save_training_need(self.host.db, self.host.actor, n),
        )
        if dialog.exec() == TrainingNeedDialog.DialogCode.Accepted:
            self._changed(self.need_table, dialog.saved_id)

    def recent_meetings(self, need: core.TrainingNeed) -> list[tuple[int, date, str]]:
        """Held or planned meetings of the last year (and the need's own), newest first."""
        from helsehus_desktop.store import meeting_service

        today = date.today()
        first = min(today - timedelta(days=365), need.raised_on - timedelta(days=1))
        found = meeting_service.meetings_between(self.host.db, self.host.actor, first, today)
        out = [(m.id, m.held_on, m.series_name) for m in found]
        out.sort(key=lambda m: m[1], reverse=True)
        return out

    def mark_met(self) -> None:
        need = self.selected_need()
        if need is None or need.met_on is not None:
            return
        met = replace(need, met_on=date.today())
        self._run(
            lambda: service.save_training_need(self.host.db, self.host.actor, met),
            self.need_table,
            need.id,
        )

    def delete_need(self) -> None:
        chosen = self.selected_need()
        if chosen is None:
            return
        question = self.tr("Slette opplæringsbehovet «{0}»?").format(chosen.topic)
        if not confirm_delete(self, self.tr("Slett opplæringsbehov"), question):
            return
        self._run(lambda: service.delete_training_need(self.host.db, self.host.actor, chosen.id))

    def _run(
        self,
        call: Callable[[], object],
        table: ReadOnlyTable | None = None,
        select: int | None = None,
    ) -> None:
        problem = refusal_of(call)
        if problem:
            QMessageBox.warning(
                self, QCoreApplication.translate("Errors", "Kan ikke utføres"), problem
            )
            self.reload()  # someone else may have changed it meanwhile
            return
        self._changed(table or self.table, select)


# --- helpers -------------------------------------------------------------------------------------


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        if isinstance(widget, QLabel):
            row.addStretch()
        row.addWidget(widget)
    if not any(isinstance(w, QLabel) for w in widgets):
        row.addStretch()
    return row


def _note_tips(table: ReadOnlyTable, notes: Sequence[str]) -> None:
    """The whole note as the tooltip of the (last) note column, where the line cuts it."""
    col = table.columnCount() - 1
    for row, note in enumerate(notes):
        table.item(row, col).setToolTip(note)


def _count(people: set[str] | None) -> str:
    return str(len(people)) if people else "–"


def _selected_id(table: ReadOnlyTable) -> int | None:
    data = table.current_data() if table.selectedItems() else None
    return getattr(data, "id", None)


def _select_id(table: ReadOnlyTable, wanted: int | None) -> None:
    if wanted is None:
        return
    for row in range(table.rowCount()):
        if getattr(table.item(row, 0).data(Qt.ItemDataRole.UserRole), "id", None) == wanted:
            table.selectRow(row)
            return
