"""Forhåndssamtale: what matters to the patient and the treatment clarification with the GP."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.pathways.forms import FormSection, choice_box, pick, text_box
from helsehus_desktop.ui.pathways.section import PlanHost
from helsehus_desktop.ui.widgets import date_edit


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
