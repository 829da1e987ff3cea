"""Registering a patient and changing their details. The identity number is checked as it is
typed, and a refusal from the store is shown next to the field, with the dialog left open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.dates import format_day, parse_day
from helsehus_desktop.core.identity import (
    KIND_LABELS,
    InvalidIdentityNumber,
    normalize,
    parse_identity_number,
)
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.section import refusal_of
from helsehus_desktop.ui.widgets import FormDialog, UnitChoice, date_edit

NewPathway = tuple[int, date, str]  # level, start date, reason


class PatientDialog(FormDialog):
    """`submit(patient, new_pathway)` stores the patient (new_pathway is None when editing) and
    may raise FormRefused; the dialog closes only when it returns."""

    def __init__(
        self,
        parent: QWidget | None,
        patient: core.Patient | None,
        units: Sequence[tuple[int | None, str]],
        submit: Callable[[core.Patient, NewPathway | None], object],
    ) -> None:
        super().__init__(
            parent, self.tr("Ny pasient") if patient is None else self.tr("Endre pasient")
        )
        self.original = patient
        self.submit = submit
        form = QFormLayout()
        self.name = QLineEdit(patient.name if patient else "")
        self.name.setMaxLength(200)
        self.number = QLineEdit(patient.identity_number if patient else "")
        self.number.setPlaceholderText(self.tr("11 sifre"))
        self.number_info = QLabel()
        self.number_info.setWordWrap(True)
        self.birth = QLineEdit(format_day(patient.birth_date) if patient else "")
        self.birth.setPlaceholderText(self.tr("DD.MM.ÅÅÅÅ"))
        self.address = QLineEdit(patient.address if patient else "")
        self.language = QLineEdit(patient.language if patient else "")
        self.language.setPlaceholderText(self.tr("for eksempel norsk, samisk, arabisk"))
        self.interpreter = QCheckBox(self.tr("Trenger tolk"))
        self.interpreter.setChecked(bool(patient and patient.interpreter_needed))
        self.unit = UnitChoice(units, patient.unit_id if patient else None)
        self.gp_name = QLineEdit(patient.gp_name if patient else "")
        self.gp_phone = QLineEdit(patient.gp_phone if patient else "")
        self.kin_name = QLineEdit(patient.next_of_kin_name if patient else "")
        self.kin_phone = QLineEdit(patient.next_of_kin_phone if patient else "")
        self.nurse = QLineEdit(patient.contact_nurse if patient else "")
        for edit in (self.gp_phone, self.kin_phone):
            edit.setMaxLength(50)
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("Fødselsn&ummer eller D-nummer:"), self.number)
        form.addRow("", self.number_info)
        form.addRow(self.tr("&Fødselsdato:"), self.birth)
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("&Språk:"), self.language)
        form.addRow("", self.interpreter)
        form.addRow(self.tr("Ansvarlig &enhet:"), self.unit)
        form.addRow(self.tr("Fast&lege:"), self.gp_name)
        form.addRow(self.tr("Telefon fastlege:"), self.gp_phone)
        form.addRow(self.tr("&Pårørende:"), self.kin_name)
        form.addRow(self.tr("Telefon pårørende:"), self.kin_phone)
        form.addRow(self.tr("&Kontaktsykepleier:"), self.nurse)
        self.fields: dict[str, QWidget] = {
            "name": self.name,
            "identity_number": self.number,
            "birth_date": self.birth,
        }
        if patient is None:
            self.level = QComboBox()
            for level, label in core.LEVEL_LABELS.items():
                self.level.addItem(
                    f"{translate('Pathway', label)} – "
                    f"{translate('Pathway', core.LEVEL_DESCRIPTIONS[level])}",
                    level,
                )
            self.start = date_edit(date.today())
            self.reason = QLineEdit()
            self.reason.setPlaceholderText(self.tr("hvorfor dette forløpet (valgfritt)"))
            form.addRow(self.tr("Forl&øp:"), self.level)
            form.addRow(self.tr("S&tartdato:"), self.start)
            form.addRow(self.tr("&Begrunnelse:"), self.reason)
            self.fields.update(level=self.level, start_date=self.start)
        self.body.addLayout(form)
        self.finish_layout()
        self.number.textChanged.connect(self._number_changed)
        self._number_changed(self.number.text())
        self.resize(560, self.sizeHint().height())

    def _number_changed(self, text: str) -> None:
        """Say at once what is wrong with a complete number, and fill in the birth date."""
        digits = normalize(text)
        self.birth.setEnabled(not digits)
        if not digits:
            self.number_info.setText(self.tr("Uten nummer må fødselsdatoen fylles inn."))
            self.number_info.setStyleSheet("")
            return
        if len(digits) < 11 and digits.isdigit():
            self.number_info.setText("")
            return
        try:
            parsed = parse_identity_number(digits)
        except InvalidIdentityNumber as exc:
            self.number_info.setText(translate("Identity", exc.reason))
            self.number_info.setStyleSheet("color: #b00020;")
            return
        self.number_info.setStyleSheet("")
        self.number_info.setText(
            self.tr("Gyldig {0}, født {1}.").format(
                translate("Identity", KIND_LABELS[parsed.kind]), format_day(parsed.birth_date)
            )
        )
        self.birth.setText(format_day(parsed.birth_date))

    def patient(self) -> core.Patient:
        """What was typed (checked by `check` first)."""
        number = normalize(self.number.text())
        born = parse_day(self.birth.text()) if self.birth.text().strip() else date.min
        values = dict(
            name=self.name.text(),
            identity_number=number,
            birth_date=born,
            address=self.address.text().strip(),
            language=self.language.text().strip(),
            interpreter_needed=self.interpreter.isChecked(),
            unit_id=self.unit.chosen()[1],
            gp_name=self.gp_name.text().strip(),
            gp_phone=self.gp_phone.text().strip(),
            next_of_kin_name=self.kin_name.text().strip(),
            next_of_kin_phone=self.kin_phone.text().strip(),
            contact_nurse=self.nurse.text().strip(),
        )
        if self.original is not None:
            return replace(self.original, **values)  # type: ignore[arg-type]
        return core.Patient(id=None, **values)  # type: ignore[arg-type]

    def check(self) -> str:
        if not normalize(self.number.text()):
            text = self.birth.text().strip()
            if not text:
                self.birth.setFocus()
                return self.tr("Skriv fødselsnummer eller D-nummer, eller fødselsdato.")
            try:
                parse_day(text)
            except ValueError:
                self.birth.setFocus()
                return self.tr("«{0}» er ikke en dato på formen DD.MM.ÅÅÅÅ.").format(text)
        ok, _uid = self.unit.chosen()
        if self.unit.currentText().strip() and not ok:
            self.unit.setFocus()
            return self.tr("Velg ansvarlig enhet fra listen, eller la feltet stå tomt.")
        new = None
        if self.original is None:
            new = (self.level.currentData(), self.start.date().toPython(), self.reason.text())
        return refusal_of(lambda: self.submit(self.patient(), new), self.fields)
