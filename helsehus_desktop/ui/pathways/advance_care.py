"""Forhåndssamtale: what matters to the patient and the treatment clarification with the GP.

The page is also the home of `FormSection`, what the four edited pages of the plan (advance care,
plan A/B/C, acute changes, resource team) share: a scrolling form, "Lagre" (Ctrl+S) and
"Angre endringer" beside the error line, and dirty tracking that ignores the form's own filling.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.section import PlanHost, PlanSection
from helsehus_desktop.ui.widgets import date_edit


def text_box(lines: int) -> QPlainTextEdit:
    """A multi-line field about `lines` lines high; Tab moves on instead of typing a tab."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


def choice_box(labels: dict[str, str]) -> QComboBox:
    """A pick list of a core label dict (key -> Norwegian label in the "Pathway" context)."""
    combo = QComboBox()
    for key, label in labels.items():
        combo.addItem(translate("Pathway", label), key)
    return combo


def pick(combo: QComboBox, key: object) -> None:
    combo.setCurrentIndex(max(combo.findData(key), 0))


class FormSection(PlanSection):
    """A page of the plan that the coordinator edits and saves as a whole. Subclasses put their
    widgets in `self.body`, pass them to `watch`, fill them in `fill(plan)` (plan None: empty)
    and save in `submit()` through `self.save(...)`. When another page of the same patient's
    plan is saved while this one holds unsaved edits, the edits stay."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._filling = False
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.content)
        self.revert_button = QPushButton(self.tr("Angre endringer"))
        self.revert_button.setToolTip(self.tr("Vis planen slik den sist ble lagret"))
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Lagre"))
        self.save_button.setToolTip(self.tr("Lagre endringene på denne siden (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_changes)
        bar = QHBoxLayout()
        bar.addWidget(self.error, 1)
        bar.addStretch(0)  # keeps the buttons at their size while the error line is hidden
        bar.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller, 1)
        bar.setContentsMargins(9, 0, 9, 9)
        outer.addLayout(bar)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_changes)
        self._update_buttons()

    # --- what subclasses provide ---

    def fill(self, plan: PatientPlan | None) -> None:
        raise NotImplementedError

    def submit(self) -> bool:
        raise NotImplementedError

    # --- shared behaviour ---

    def watch(self, *widgets: QWidget) -> None:
        """Mark the page dirty when any of `widgets` is edited."""
        for w in widgets:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.textChanged.connect(self._edited)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._edited)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self._edited)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self._edited)
            else:
                w.edited.connect(self._edited)  # type: ignore[attr-defined]

    def _edited(self, *_args: object) -> None:
        self.set_dirty()

    def set_dirty(self, dirty: bool = True) -> None:
        if dirty and (self._filling or self.plan is None):
            return
        super().set_dirty(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def show_context(self, plan: PatientPlan | None) -> None:
        """Fill what the page only shows (not edits) from the saved plan."""

    def show_plan(self, plan: PatientPlan | None) -> None:
        same_patient = (
            plan is not None and self.plan is not None and plan.patient.id == self.plan.patient.id
        )
        if self.is_dirty() and same_patient:
            # Another page of the same plan was saved: what is typed here stays, unsaved, and
            # "Angre endringer" now goes back to the newer saved plan.
            self.plan = plan
            self.show_context(plan)
            return
        self._filling = True
        try:
            self.fill(plan)
        finally:
            self._filling = False
        for edit in self.content.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # show the start of a long text, not its end
        self.show_context(plan)
        self.content.setEnabled(plan is not None)
        super().show_plan(plan)

    def revert(self) -> None:
        self.set_dirty(False)
        self.show_plan(self.plan)

    def save_changes(self) -> bool:
        if self.plan is None or not self.is_dirty():
            return True
        saved = self.submit()
        if not saved:
            focused = self.content.focusWidget()
            if focused is not None:
                self.scroller.ensureWidgetVisible(focused)
        return saved

    def patient_id(self) -> int:
        pid = self.host.current_patient_id()
        assert pid is not None  # a plan is shown, so a patient is chosen
        return pid


class AdvanceCareSection(FormSection):
    """The advance care planning conversation and the GP's treatment clarification."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.held = QCheckBox(self.tr("Samtalen er holdt"))
        self.held_on = date_edit()
        self.held.toggled.connect(self.held_on.setEnabled)
        self.participants = QLineEdit()
        self.participants.setPlaceholderText(self.tr("For eksempel pasient, datter, fastlege"))
        self.what_matters = text_box(4)
        self.place_of_care = QLineEdit()
        self.place_of_death = QLineEdit()
        conversation = QGroupBox(self.tr("Samtalen"))
        form = QFormLayout(conversation)
        when = QHBoxLayout()
        when.addWidget(self.held)
        when.addWidget(self.held_on)
        when.addStretch()
        form.addRow(self.tr("Dato:"), when)
        form.addRow(self.tr("Deltakere:"), self.participants)
        form.addRow(self.tr("Hva er viktig for pasienten:"), self.what_matters)
        form.addRow(self.tr("Ønsket sted for pleie:"), self.place_of_care)
        form.addRow(self.tr("Ønsket sted å dø:"), self.place_of_death)
        self.body.addWidget(conversation)

        self.hospital = choice_box(core.YES_NO)
        self.respirator = choice_box(core.YES_NO)
        self.cpr = choice_box(core.CPR_STATUS)
        self.infection = QLineEdit()
        self.infection.setPlaceholderText(
            self.tr("For eksempel antibiotika ved lungebetennelse, ikke ved urinveisinfeksjon")
        )
        self.other_limits = text_box(3)
        self.flagged = QCheckBox(self.tr("Flagget i HP"))
        self.flagged.setToolTip(self.tr("Viktig informasjon er flagget i pasientjournalen"))
        clarification = QGroupBox(self.tr("Behandlingsavklaring med fastlege"))
        form = QFormLayout(clarification)
        form.addRow(self.tr("Sykehusinnleggelse:"), self.hospital)
        form.addRow(self.tr("Respirator:"), self.respirator)
        form.addRow(self.tr("HLR-status:"), self.cpr)
        form.addRow(self.tr("Infeksjonsbehandling:"), self.infection)
        form.addRow(self.tr("Andre begrensninger:"), self.other_limits)
        form.addRow("", self.flagged)
        self.body.addWidget(clarification)
        self.body.addStretch()
        self.watch(
            self.held,
            self.held_on,
            self.participants,
            self.what_matters,
            self.place_of_care,
            self.place_of_death,
            self.hospital,
            self.respirator,
            self.cpr,
            self.infection,
            self.other_limits,
            self.flagged,
        )

    def title(self) -> str:
        return self.tr("Forhåndssamtale")

    def fill(self, plan: PatientPlan | None) -> None:
        acp = plan.advance_care if plan is not None else core.AdvanceCarePlan()
        self.held.setChecked(acp.held_on is not None)
        self.held_on.setEnabled(acp.held_on is not None)
        self.held_on.setDate(QDate(acp.held_on or date.today()))
        self.participants.setText(acp.participants)
        self.what_matters.setPlainText(acp.what_matters)
        self.place_of_care.setText(acp.preferred_place_of_care)
        self.place_of_death.setText(acp.preferred_place_of_death)
        pick(self.hospital, acp.hospital_admission)
        pick(self.respirator, acp.respirator)
        pick(self.cpr, acp.cpr_status)
        self.infection.setText(acp.infection_treatment)
        self.other_limits.setPlainText(acp.other_limits)
        self.flagged.setChecked(acp.flagged_in_record)

    def typed(self) -> core.AdvanceCarePlan:
        return core.AdvanceCarePlan(
            held_on=self.held_on.date().toPython() if self.held.isChecked() else None,
            participants=self.participants.text().strip(),
            what_matters=self.what_matters.toPlainText().strip(),
            preferred_place_of_care=self.place_of_care.text().strip(),
            preferred_place_of_death=self.place_of_death.text().strip(),
            hospital_admission=self.hospital.currentData(),
            respirator=self.respirator.currentData(),
            cpr_status=self.cpr.currentData(),
            infection_treatment=self.infection.text().strip(),
            other_limits=self.other_limits.toPlainText().strip(),
            flagged_in_record=self.flagged.isChecked(),
        )

    def submit(self) -> bool:
        acp = self.typed()
        pid = self.patient_id()
        return self.save(
            lambda: service.save_advance_care(self.host.db, self.host.actor, pid, acp),
            {
                "held_on": self.held_on,
                "hospital_admission": self.hospital,
                "respirator": self.respirator,
                "cpr_status": self.cpr,
            },
        )
