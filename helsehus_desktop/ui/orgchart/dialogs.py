"""Dialogs for editing units, positions, contact chains and cooperations.

Each dialog checks what was typed before it closes and says what is wrong next to the field,
keeping everything the user typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.orgchart import UNIT_KINDS, Unit
from helsehus_desktop.core.orgchart_json import TEXT_LIMITS
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.widgets import FormDialog, UnitChoice, date_edit


class UnitDialog(FormDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        unit: Unit | None = None,
        default_from: date | None = None,
    ) -> None:
        super().__init__(parent, title)
        form = QFormLayout()
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setMaxLength(TEXT_LIMITS["name"])
        self.kind = QComboBox()
        for key, label in UNIT_KINDS.items():
            self.kind.addItem(translate("UnitKind", label), key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(unit.kind if unit else "avdeling")))
        self.description = QPlainTextEdit(unit.description if unit else "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.phone = QLineEdit(unit.phone if unit else "")
        self.phone.setMaxLength(TEXT_LIMITS["phone"])
        self.address = QLineEdit(unit.address if unit else "")
        self.address.setMaxLength(TEXT_LIMITS["address"])
        self.valid_from = date_edit(unit.valid_from if unit else default_from)
        self.ended = QCheckBox(self.tr("Avsluttet, siste dag:"))
        self.valid_to = date_edit(unit.valid_to if unit and unit.valid_to else default_from)
        self.ended.setChecked(bool(unit and unit.valid_to))
        self.valid_to.setEnabled(self.ended.isChecked())
        self.ended.toggled.connect(self.valid_to.setEnabled)
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&Beskrivelse:"), self.description)
        form.addRow(self.tr("&Telefon:"), self.phone)
        form.addRow(self.tr("&Adresse:"), self.address)
        form.addRow(self.tr("Gjelder &fra:"), self.valid_from)
        if unit is not None:  # a new unit has no end yet; "Avslutt enhet" ends one later
            ended_row = QHBoxLayout()
            ended_row.addWidget(self.ended)
            ended_row.addWidget(self.valid_to)
            ended_row.addStretch()
            form.addRow("", ended_row)
        self.body.addLayout(form)
        self.finish_layout()
        self.resize(460, self.sizeHint().height())

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(),
            "kind": self.kind.currentData(),
            "description": self.description.toPlainText().strip(),
            "phone": self.phone.text().strip(),
            "address": self.address.text().strip(),
            "valid_from": self.valid_from.date().toPython(),
            "valid_to": self.valid_to.date().toPython() if self.ended.isChecked() else None,
        }

    def check(self) -> str:
        v = self.values()
        if not v["name"]:
            self.name.setFocus()
            return self.tr("Skriv inn navnet på enheten.")
        if len(v["description"]) > TEXT_LIMITS["description"]:
            self.description.setFocus()
            return self.tr("Beskrivelsen er for lang: høyst {0} tegn.").format(
                TEXT_LIMITS["description"]
            )
        if v["valid_to"] is not None and v["valid_to"] < v["valid_from"]:
            self.valid_to.setFocus()
            return self.tr("Siste dag kan ikke være før «Gjelder fra» ({0}).").format(
                format_day(v["valid_from"])
            )
        return ""


class MoveDialog(FormDialog):
    """Choose a new parent and the day the move takes effect. `refuse(parent, day)` names the
    problem with a choice (such as a cycle) or returns ""."""

    def __init__(
        self,
        parent: QWidget | None,
        unit_name: str,
        choices: Sequence[tuple[int | None, str]],
        current_parent: int | None,
        day: date,
        refuse: Callable[[int | None, date], str],
    ) -> None:
        super().__init__(parent, self.tr("Flytt enhet"))
        self.refuse = refuse
        form = QFormLayout()
        form.addRow(QLabel(self.tr("Flytt «{0}» under:").format(unit_name)))
        self.parent_choice = UnitChoice(
            [(None, self.tr("(ingen – øverst i kartet)")), *choices], current_parent
        )
        self.day = date_edit(day)
        form.addRow(self.tr("Ny &overordnet:"), self.parent_choice)
        form.addRow(self.tr("Gjelder &fra:"), self.day)
        self.body.addLayout(form)
        self.finish_layout()

    def check(self) -> str:
        ok, _uid = self.parent_choice.chosen()
        if not ok:
            self.parent_choice.setFocus()
            return self.tr("Velg en enhet fra listen.")
        return self.refuse(*self.result_values())

    def result_values(self) -> tuple[int | None, date]:
        return self.parent_choice.chosen()[1], self.day.date().toPython()


class EndUnitDialog(FormDialog):
    def __init__(self, parent: QWidget | None, unit: Unit, day: date) -> None:
        super().__init__(parent, self.tr("Avslutt enhet"))
        self.unit = unit
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("«{0}» vises ikke i kartet etter siste dag. Historikken beholdes.").format(
                    unit.name
                )
            )
        )
        self.last_day = date_edit(max(day, unit.valid_from))
        form.addRow(self.tr("&Siste dag:"), self.last_day)
        self.body.addLayout(form)
        self.finish_layout()

    def check(self) -> str:
        if self.last_day.date().toPython() < self.unit.valid_from:
            return self.tr("Siste dag kan ikke være før enheten startet ({0}).").format(
                format_day(self.unit.valid_from)
            )
        return ""
