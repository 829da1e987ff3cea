"""The "Palliative forløp" tab: a searchable patient list beside the chosen patient's plan."""

from __future__ import annotations

import html
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import pathway_service, patient_service
from helsehus_desktop.store.patient_service import PatientFilter
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.acute import AcuteSection
from helsehus_desktop.ui.pathways.advance_care import AdvanceCareSection
from helsehus_desktop.ui.pathways.checklists import ActivitiesSection, HomeDeathSection
from helsehus_desktop.ui.pathways.esas import EsasSection
from helsehus_desktop.ui.pathways.files import PathwayFiles
from helsehus_desktop.ui.pathways.mobid import MobidSection
from helsehus_desktop.ui.pathways.pathway_page import PathwaySection
from helsehus_desktop.ui.pathways.patient_dialog import NewPathway, PatientDialog
from helsehus_desktop.ui.pathways.patient_list import PATIENT_ID_ROLE, PatientListModel
from helsehus_desktop.ui.pathways.plan_abc import PlanAbcSection
from helsehus_desktop.ui.pathways.section import PlanSection
from helsehus_desktop.ui.pathways.team import TeamSection
from helsehus_desktop.ui.widgets import settle_unsaved

if TYPE_CHECKING:
    from helsehus_desktop.ui.main_window import MainWindow

FILTER_PAUSE_MS = 60  # coalesce fast typing; one search per pause


class PathwayTab(QWidget):
    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window_ = window
        self.db = window.db
        self.actor = window.actor
        self.settings = window.settings
        self.plan: core.PatientPlan | None = None
        self._patient_id: int | None = None
        self._following = False  # True while the selection is moved back after "Avbryt"
        self._plan_stale = False  # a meeting may have reviewed the shown pathway
        self.files = PathwayFiles(self)
        self._build_actions()

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.splitter.addWidget(self._build_list())
        self.splitter.addWidget(self._build_plan())
        self.splitter.setStretchFactor(1, 1)
        if not self.settings.pathway_splitter.isEmpty():
            self.splitter.restoreState(self.settings.pathway_splitter)
        else:
            self.splitter.setSizes([430, 800])
        self.refresh_units()
        self.apply_filter()
        remembered = self.settings.pathway_patient
        if remembered and self.model.row_of(remembered) >= 0:
            self.select_patient(remembered)
        else:
            self._show(None)
        page = self.settings.pathway_page
        if 0 <= page < self.sections.count():
            self.sections.setCurrentIndex(page)

    # --- building -----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        self.new_patient_action = QAction(self.tr("&Ny pasient…"), self)
        self.new_patient_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_patient_action.triggered.connect(self.new_patient)
        self.print_plan_action = QAction(self.tr("Skriv ut &plan…"), self)
        self.print_plan_action.setShortcut(QKeySequence.StandardKey.Print)
        self.print_plan_action.triggered.connect(self.files.print_plan)
        self.esas_form_action = QAction(self.tr("Skjema for &ESAS-r…"), self)
        self.esas_form_action.triggered.connect(lambda: self.files.blank_form("esas"))
        self.mobid_form_action = QAction(self.tr("Skjema for &MOBID-2…"), self)
        self.mobid_form_action.triggered.connect(lambda: self.files.blank_form("mobid"))
        self.binder_action = QAction(self.tr("&Beredskapsperm (alle aktive planer)…"), self)
        self.binder_action.triggered.connect(self.files.write_binder)
        self.find_action = QAction(self.tr("Søk etter &pasient"), self)
        self.find_action.triggered.connect(self._focus_search)
        for action in (self.new_patient_action, self.print_plan_action, self.find_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)

    def _build_list(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk på navn, fødselsdato eller fødselsnummer"))
        self.search.setClearButtonEnabled(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(FILTER_PAUSE_MS)
        self._pause.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._pause.start())
        self.search.returnPressed.connect(self._open_first)
        layout.addWidget(self.search)
        filters = QHBoxLayout()
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumContentsLength(14)
        self.unit_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.level_filter = QComboBox()
        self.level_filter.addItem(self.tr("Alle forløp"), None)
        for level, label in core.LEVEL_LABELS.items():
            self.level_filter.addItem(translate("Pathway", label), level)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Aktive"), core.ACTIVE)
        self.status_filter.addItem(self.tr("Avsluttede"), core.ENDED)
        self.status_filter.addItem(self.tr("Alle"), None)
        for combo in (self.unit_filter, self.level_filter, self.status_filter):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
            filters.addWidget(combo)
        layout.addLayout(filters)
        self.model = PatientListModel(self.db)
        self.list = QTableView()
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((170, 80, 70, 140, 120)):
            self.list.setColumnWidth(column, width)
        self.list.selectionModel().currentRowChanged.connect(self._row_changed)
        layout.addWidget(self.list)
        bottom = QHBoxLayout()
        self.count_label = QLabel()
        bottom.addWidget(self.count_label)
        bottom.addStretch()
        new = QPushButton(self.tr("Ny pasient…"))
        new.clicked.connect(self.new_patient)
        bottom.addWidget(new)
        layout.addLayout(bottom)
        return panel

    def _build_plan(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.header = QLabel()
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        head.addWidget(self.header, 1)
        self.edit_button = QPushButton(self.tr("&Endre pasient…"))
        self.edit_button.clicked.connect(self.edit_patient)
        self.print_button = QPushButton(self.tr("Skriv &ut plan…"))
        self.print_button.clicked.connect(self.files.print_plan)
        self.more_button = QToolButton()
        self.more_button.setText(self.tr("Mer"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        more = QMenu(self.more_button)
        more.addAction(self.esas_form_action)
        more.addAction(self.mobid_form_action)
        more.addSeparator()
        self.access_log_action = more.addAction(self.tr("&Tilgangslogg…"))
        self.access_log_action.triggered.connect(self.show_access_log)
        self.delete_action = more.addAction(self.tr("&Slett pasient…"))
        self.delete_action.triggered.connect(self.delete_patient)
        self.more_button.setMenu(more)
        for widget in (self.edit_button, self.print_button, self.more_button):
            head.addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(head)
        self.sections = QTabWidget()
        self.section_list: list[PlanSection] = [
            PathwaySection(self),
            ActivitiesSection(self),
            AdvanceCareSection(self),
            PlanAbcSection(self),
            AcuteSection(self),
            TeamSection(self),
            EsasSection(self),
            MobidSection(self),
            HomeDeathSection(self),
        ]
        for section in self.section_list:
            self.sections.addTab(section, section.title())
        layout.addWidget(self.sections)
        return panel

    # --- the host protocol for the sections -----------------------------------------------------

    def current_patient_id(self) -> int | None:
        return self._patient_id

    def plan_changed(self) -> None:
        """A section saved: reload the plan; the announcement brings the list up to date."""
        self._load(self._patient_id)
        self.window_.data_changed.emit("pathways")

    # --- list ---------------------------------------------------------------------------------

    def refresh_units(self) -> None:
        current = self.unit_filter.currentData()
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("Alle enheter"), None)
        for uid, name in patient_service.responsible_units(self.db):
            self.unit_filter.addItem(name, uid)
        self.unit_filter.setCurrentIndex(max(0, self.unit_filter.findData(current)))
        self.unit_filter.blockSignals(False)

    def current_filter(self) -> PatientFilter:
        return PatientFilter(
            text=self.search.text(),
            unit_id=self.unit_filter.currentData(),
            level=self.level_filter.currentData(),
            status=self.status_filter.currentData(),
        )

    def apply_filter(self) -> None:
        self._pause.stop()
        keep = self._patient_id
        self._following = True
        try:
            self.model.apply(self.current_filter())
            row = self.model.row_of(keep) if keep is not None else -1
            if row >= 0:
                self.list.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        finally:
            self._following = False
        self.count_label.setText(self.tr("Pasienter: {0}").format(len(self.model.ids)))

    def _open_first(self) -> None:
        self.apply_filter()
        if self.model.ids:
            self.select_patient(self.model.ids[0])
            self.list.setFocus()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def select_patient(self, patient_id: int) -> None:
        row = self.model.row_of(patient_id)
        if row < 0:  # filtered away: show every patient so the chosen one is in the list
            self.search.clear()
            self.unit_filter.setCurrentIndex(0)
            self.level_filter.setCurrentIndex(0)
            self.status_filter.setCurrentIndex(self.status_filter.findData(None))
            self.apply_filter()
            row = self.model.row_of(patient_id)
        if row >= 0:
            index = self.model.index(row, 0)
            self.list.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.list.scrollTo(index)

    def _row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._following:
            return
        pid = current.data(PATIENT_ID_ROLE) if current.isValid() else None
        if pid == self._patient_id:
            return
        if not self.confirm_leave():
            self._following = True
            self.list.selectionModel().setCurrentIndex(
                previous,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self._following = False
            return
        self._load(pid)

    def confirm_leave(self) -> bool:
        """Before another patient is shown (or the window closes): save or drop unsaved edits,
        or stay. True when it is fine to go on."""
        dirty = [s for s in self.section_list if s.is_dirty()]
        answer = settle_unsaved(self, dirty, self.sections.setCurrentWidget)
        return answer != QMessageBox.StandardButton.Cancel

    # --- the plan -----------------------------------------------------------------------------

    def _load(self, patient_id: int | None) -> None:
        self._plan_stale = False
        plan = None
        if patient_id is not None:
            try:
                plan = pathway_service.load_plan(self.db, self.actor, patient_id)
            except EXPECTED as exc:
                show_error(self, exc)
        self._show(plan)

    def _show(self, plan: core.PatientPlan | None) -> None:
        self.plan = plan
        self._patient_id = plan.patient.id if plan is not None else None
        for section in self.section_list:
            section.show_plan(plan)
        has = plan is not None
        for widget in (self.edit_button, self.print_button):
            widget.setEnabled(has)
        for action in (self.print_plan_action, self.access_log_action, self.delete_action):
            action.setEnabled(has)
        if plan is None:
            self.header.setText(
                self.tr("<i>Velg en pasient i listen, eller registrer en ny.</i>")
                if self.model.ids or self.search.text()
                else self.tr(
                    "<i>Ingen pasienter er registrert ennå. Trykk «Ny pasient…», eller last "
                    "inn eksempeldata fra Fil-menyen.</i>"
                )
            )
            return
        p = plan.patient
        ident = p.identity_number or self.tr("født {0}").format(format_day(p.birth_date))
        level = translate("Pathway", core.LEVEL_LABELS[plan.pathway.level])
        status = "" if plan.pathway.status == core.ACTIVE else self.tr(" – avsluttet")
        self.header.setText(
            "<span style='font-size:14pt; font-weight:600'>{}</span><br>"
            "{} · {} · <b>{}</b>{}".format(
                html.escape(p.name),
                html.escape(ident),
                html.escape(plan.unit_name or self.tr("ingen ansvarlig enhet")),
                html.escape(level),
                html.escape(status),
            )
        )

    # --- patients -------------------------------------------------------------------------------

    def _unit_choices(self, keep: int | None) -> list[tuple[int | None, str]]:
        from helsehus_desktop.store.orgchart_service import load_snapshot

        view = load_snapshot(self.db).view(date.today())
        choices: list[tuple[int | None, str]] = [(uid, u.name) for uid, u in view.units.items()]
        if keep is not None and keep not in view.units and self.plan is not None:
            choices.append((keep, self.plan.unit_name))
        return sorted(choices, key=lambda c: c[1].casefold())

    def new_patient(self) -> None:
        if not self.confirm_leave():
            return
        created: list[int] = []

        def submit(patient: core.Patient, new: NewPathway | None) -> None:
            assert new is not None
            level, start, reason = new
            created.append(
                patient_service.create_patient(
                    self.db, self.actor, patient, level=level, start_date=start, reason=reason
                )
            )

        dialog = PatientDialog(self, None, self._unit_choices(None), submit)
        if dialog.exec() and created:
            self.window_.data_changed.emit("pathways")
            self.select_patient(created[-1])
            self.window_.statusBar().showMessage(self.tr("Pasienten er registrert."), 5000)

    def edit_patient(self) -> None:
        if self.plan is None:
            return

        def submit(patient: core.Patient, _new: NewPathway | None) -> None:
            patient_service.update_patient(self.db, self.actor, patient)

        patient = self.plan.patient
        dialog = PatientDialog(self, patient, self._unit_choices(patient.unit_id), submit)
        if dialog.exec():
            self.plan_changed()

    def delete_patient(self) -> None:
        if self.plan is None or self._patient_id is None:
            return
        name = self.plan.patient.name
        answer = QMessageBox.warning(
            self,
            self.tr("Slett pasient"),
            self.tr(
                "Slette {0} og alt som er registrert i planen: forløp, vurderinger og "
                "kartlegginger? Bruk dette bare for en registrering som er gjort ved en feil; "
                "et forløp som er over, avsluttes i stedet. Slettingen kan ikke angres."
            ).format(name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            patient_service.delete_patient(self.db, self.actor, self._patient_id)
        except EXPECTED as exc:
            show_error(self, exc)
            return
        for section in self.section_list:
            section.set_dirty(False)
        self._show(None)
        self.window_.data_changed.emit("pathways")

    def show_access_log(self) -> None:
        if self._patient_id is None or self.plan is None:
            return
        from helsehus_desktop.store.access import ACTIONS, access_log
        from helsehus_desktop.ui.pathways.tables import ReadOnlyTable

        entries = access_log(self.db, self.actor, self._patient_id)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Tilgangslogg – {0}").format(self.plan.patient.name))
        box.setText(
            self.tr("Hvem som har åpnet eller endret pasientens data ({0} oppføringer).").format(
                len(entries)
            )
        )
        table = ReadOnlyTable([self.tr("Tidspunkt"), self.tr("Bruker"), self.tr("Handling")], 12)
        table.fill(
            [
                [e.at.strftime("%d.%m.%Y %H:%M"), e.actor, translate("Access", ACTIONS[e.action])]
                for e in entries
            ]
        )
        table.setMinimumWidth(460)
        box.layout().addWidget(table, box.layout().rowCount(), 0, 1, box.layout().columnCount())
        box.exec()

    # --- window ---------------------------------------------------------------------------------

    def on_data_changed(self, area: str) -> None:
        # Every change to patients comes through here, this tab's own saves too: the list is
        # searched again, since a change may move a patient in or out of the filter.
        if area in ("pathways", "sample"):
            self.refresh_units()
            self.apply_filter()
            if area == "sample":
                self._load(self._patient_id)
        elif area == "orgchart" and self._patient_id is not None:
            self._load(self._patient_id)  # a unit may have been renamed
        elif area == "meetings" and self._patient_id is not None:
            # A review saved in a meeting belongs in the shown pathway's history. Reloaded when
            # the tab is next shown, not on every meeting edit (each load is logged as a read).
            self._plan_stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._plan_stale and not any(s.is_dirty() for s in self.section_list):
            self._plan_stale = False
            self._load(self._patient_id)

    def save_state(self) -> None:
        self.settings.pathway_splitter = self.splitter.saveState()
        self.settings.pathway_patient = self._patient_id or 0
        self.settings.pathway_page = self.sections.currentIndex()
