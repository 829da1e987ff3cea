"""Editing what hangs on a unit: its positions, its contact chain and its cooperations."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from helsehus_desktop.core import orgchart as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.orgchart_json import TEXT_LIMITS
from helsehus_desktop.ui.widgets import Column, RowsDialog, date_edit

if TYPE_CHECKING:
    from helsehus_desktop.ui.orgchart.tab import OrgChartTab


class RelationEditors(QObject):
    """The table dialogs behind "Stillinger og personer", "Kontaktrekkefølge" and "Samarbeid".
    Each edit goes through the tab's controller, so it can be undone."""

    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab

    def _all_units_choices(self, exclude: set[int]) -> list[tuple[int, str]]:
        """Every stored unit, also those not in force on the chosen day (old cooperations may
        point at them), marked with when they ended."""
        choices = []
        for u in self.tab.snapshot.units:
            if u.id in exclude:
                continue
            label = u.name
            if u.valid_to is not None:
                label = self.tr("{0} (avsluttet {1})").format(u.name, format_day(u.valid_to))
            choices.append((u.id, label))
        return sorted(choices, key=lambda c: c[1].casefold())

    def edit_positions(self) -> None:
        unit = self.tab._unit()
        if unit is None:
            return
        stored = [p for p in self.tab.snapshot.positions if p.unit_id == unit.id]
        stored.sort(key=lambda p: (p.sort, p.id or 0))
        dialog = RowsDialog(
            self.tab,
            self.tr("Stillinger og personer – {0}").format(unit.name),
            self.tr("La navnet stå tomt for en ledig (vakant) stilling. Merk lederen av enheten."),
            [
                Column(self.tr("Tittel"), width=170),
                Column(self.tr("Navn"), max_length=TEXT_LIMITS["person_name"]),
                Column(self.tr("Telefon"), width=100, max_length=TEXT_LIMITS["phone"]),
                Column(self.tr("E-post"), width=170, max_length=TEXT_LIMITS["email"]),
                Column(self.tr("Leder"), "check", 55),
            ],
            [(p, [p.title, p.person_name, p.phone, p.email, p.is_head]) for p in stored],
            check_row=lambda v: (0, self.tr("skriv inn en tittel")) if not v[0] else None,
            check_table=self._one_head,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rows = []
        for sort, (old, (title, name, phone, email, head)) in enumerate(dialog.rows()):
            base = old or core.Position(None, unit.id, title)
            rows.append(
                replace(
                    base,
                    title=title,
                    person_name=name,
                    phone=phone,
                    email=email,
                    is_head=head,
                    sort=sort,
                )
            )
        self.tab._run(
            self.tab.controller.set_positions,
            self.tr("Stillinger i «{0}»").format(unit.name),
            unit.id,
            rows,
        )

    def _one_head(self, rows: list[list]) -> tuple[int, int, str] | None:
        heads = [i for i, values in enumerate(rows) if values[4]]
        if len(heads) > 1:
            return heads[1], 4, self.tr("bare én stilling kan være leder av enheten")
        return None

    def edit_contacts(self) -> None:
        unit = self.tab._unit()
        if unit is None:
            return
        dialog = RowsDialog(
            self.tab,
            self.tr("Kontaktrekkefølge – {0}").format(unit.name),
            self.tr(
                "Hvem som skal kontaktes først, deretter andre og tredje. Bruk «Flytt opp» "
                "og «Flytt ned» for å endre rekkefølgen."
            ),
            [
                Column(self.tr("Rolle"), max_length=TEXT_LIMITS["label"]),
                Column(self.tr("Navn"), max_length=TEXT_LIMITS["person_name"]),
                Column(self.tr("Telefon"), width=110, max_length=TEXT_LIMITS["phone"]),
            ],
            [
                (None, [s.label, s.person_name, s.phone])
                for s in self.tab.view.contacts.get(unit.id, [])
            ],
            check_row=lambda v: (
                (0, self.tr("skriv inn en rolle, for eksempel «Kontaktperson»"))
                if not v[0]
                else None
            ),
        )
        day = date_edit(self.tab.day)
        dialog.extra.addRow(self.tr("Gjelder &fra:"), day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chain = [(label, name, phone) for _d, (label, name, phone) in dialog.rows()]
        self.tab._run(
            self.tab.controller.set_contact_chain,
            self.tr("Kontaktrekkefølge for «{0}»").format(unit.name),
            unit.id,
            chain,
            day.date().toPython(),
        )

    def edit_cooperations(self) -> None:
        unit = self.tab._unit()
        if unit is None:
            return
        names = {u.id: u.name for u in self.tab.snapshot.units}
        stored = [
            c for c in self.tab.snapshot.cooperations if unit.id in (c.unit_a_id, c.unit_b_id)
        ]
        stored.sort(
            key=lambda c: (
                c.valid_from,
                names.get(c.unit_b_id if c.unit_a_id == unit.id else c.unit_a_id, ""),
            )
        )
        dialog = RowsDialog(
            self.tab,
            self.tr("Samarbeid – {0}").format(unit.name),
            self.tr(
                "Enheter «{0}» samarbeider med. Sett en sluttdato når et samarbeid "
                "opphører, så vises det fortsatt for tidligere datoer."
            ).format(unit.name),
            [
                Column(self.tr("Samarbeider med"), "unit", width=320),
                Column(self.tr("Merknad"), max_length=TEXT_LIMITS["note"]),
                Column(self.tr("Fra"), "date", 95),
                Column(self.tr("Til og med"), "optional-date", 95),
            ],
            [
                (
                    c,
                    [
                        c.unit_b_id if c.unit_a_id == unit.id else c.unit_a_id,
                        c.note,
                        c.valid_from,
                        c.valid_to,
                    ],
                )
                for c in stored
            ],
            unit_choices=self._all_units_choices({unit.id}),
            check_row=lambda v: (
                (3, self.tr("sluttdatoen er før startdatoen"))
                if v[3] is not None and v[3] < v[2]
                else None
            ),
            ordered=False,
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rows = [
            core.Cooperation(old.id if old else None, unit.id, other, start, end, note)
            for old, (other, note, start, end) in dialog.rows()
        ]
        self.tab._run(
            self.tab.controller.set_cooperations,
            self.tr("Samarbeid for «{0}»").format(unit.name),
            unit.id,
            rows,
        )
