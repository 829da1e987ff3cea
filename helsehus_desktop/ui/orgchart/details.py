"""The details of the selected unit: fields, people, contact chain and cooperation partners."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.orgchart import UNIT_KINDS, OrgView
from helsehus_desktop.ui.i18n import translate


class DetailsPanel(QScrollArea):
    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        inner = QWidget()
        layout = QVBoxLayout(inner)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QGridLayout()
        for i, action in enumerate(actions):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, i // 2, i % 2)
        layout.addLayout(buttons)
        layout.addWidget(self.text, 1)
        self.setWidget(inner)
        self.setMinimumWidth(260)
        self.show_unit(None, None)

    def show_unit(self, view: OrgView | None, unit_id: int | None) -> None:
        if view is None or unit_id is None or unit_id not in view.units:
            self.text.setText(
                "<p><i>"
                + escape(self.tr("Velg en enhet i treet eller kartet for å se detaljer."))
                + "</i></p>"
            )
            return
        unit = view.units[unit_id]
        parts = [f"<h3>{escape(unit.name)}</h3>"]
        rows = [(self.tr("Type"), translate("UnitKind", UNIT_KINDS.get(unit.kind, unit.kind)))]
        parent = view.parent.get(unit_id)
        rows.append(
            (self.tr("Ligger under"), view.units[parent].name if parent else self.tr("(øverst)"))
        )
        period = self.tr("fra {0}").format(format_day(unit.valid_from))
        if unit.valid_to:
            period += " " + self.tr("til og med {0}").format(format_day(unit.valid_to))
        rows.append((self.tr("Gjelder"), period))
        if unit.phone:
            rows.append((self.tr("Telefon"), unit.phone))
        if unit.address:
            rows.append((self.tr("Adresse"), unit.address))
        parts.append(
            "<table cellspacing='2'>"
            + "".join(
                f"<tr><td style='color:#555'>{escape(k)}:&nbsp;</td><td>{escape(v)}</td></tr>"
                for k, v in rows
            )
            + "</table>"
        )
        if unit.description:
            parts.append(f"<p>{escape(unit.description)}</p>")

        parts.append(_heading(self.tr("Stillinger og personer")))
        positions = view.positions.get(unit_id, [])
        if positions:
            items = []
            for p in positions:
                who = (
                    escape(p.person_name)
                    if p.person_name
                    else "<i>" + escape(self.tr("vakant")) + "</i>"
                )
                extra = ", ".join(escape(x) for x in (p.phone, p.email) if x)
                head = " <b>(" + escape(self.tr("leder")) + ")</b>" if p.is_head else ""
                items.append(
                    f"<li>{escape(p.title)}: {who}{head}"
                    + (f"<br><small>{extra}</small>" if extra else "")
                    + "</li>"
                )
            parts.append("<ul>" + "".join(items) + "</ul>")
        else:
            parts.append("<p><i>" + escape(self.tr("Ingen registrert.")) + "</i></p>")

        chain = view.contacts.get(unit_id, [])
        if chain:
            parts.append(_heading(self.tr("Kontaktrekkefølge")) + "<ol>")
            for step in chain:
                text = escape(step.label)
                if step.person_name:
                    text += f": {escape(step.person_name)}"
                if step.phone:
                    text += f" ({escape(step.phone)})"
                parts.append(f"<li>{text}</li>")
            parts.append("</ol>")

        partners = view.partners(unit_id)
        if partners:
            parts.append(_heading(self.tr("Samarbeider med")) + "<ul>")
            for other, coop in partners:
                note = f" <small>({escape(coop.note)})</small>" if coop.note else ""
                parts.append(f"<li>{escape(view.units[other].name)}{note}</li>")
            parts.append("</ul>")
        self.text.setText("".join(parts))


def _heading(text: str) -> str:
    return f"<h4>{escape(text)}</h4>"
