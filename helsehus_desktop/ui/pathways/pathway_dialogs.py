"""Small dialogs of the pathway page: change level, end the pathway, stop points. Each calls
its service itself, so a refusal is shown in the dialog and what was typed stays."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.section import refusal_of
from helsehus_desktop.ui.widgets import FormDialog, date_edit


class ServiceDialog(FormDialog):
    """A form whose OK runs `self.submit()`; FormRefused focuses `self.fields[field]`."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent, title)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}

    def submit(self) -> None:
        raise NotImplementedError

    def check(self) -> str:
        return refusal_of(self.submit, self.fields)


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


class LevelDialog(ServiceDialog):
    def __init__(
        self, parent: QWidget | None, current: int, apply: Callable[[int, date, str], object]
    ) -> None:
        super().__init__(parent, self.tr("Endre forløp"))
        self.apply = apply
        self.level = QComboBox()
        for level, label in core.LEVEL_LABELS.items():
            if level != current:
                self.level.addItem(
                    f"{translate('Pathway', label)} – "
                    f"{translate('Pathway', core.LEVEL_DESCRIPTIONS[level])}",
                    level,
                )
        self.day = date_edit(date.today())
        self.reason = _text_box()
        intro = QLabel(
            self.tr(
                "Nå: {0}. Aktiviteter det nye forløpet ber om, legges til sjekklisten. "
                "Det som er registrert, blir stående."
            ).format(translate("Pathway", core.LEVEL_LABELS[current]))
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.form.addRow(self.tr("&Nytt forløp:"), self.level)
        self.form.addRow(self.tr("&Dato:"), self.day)
        self.form.addRow(self.tr("&Begrunnelse:"), self.reason)
        self.fields = {"level": self.level, "changed_on": self.day, "reason": self.reason}
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def submit(self) -> None:
        self.apply(self.level.currentData(), self.day.date().toPython(), self.reason.toPlainText())


class EndDialog(ServiceDialog):
    def __init__(self, parent: QWidget | None, apply: Callable[[date, str], object]) -> None:
        super().__init__(parent, self.tr("Avslutt forløp"))
        self.apply = apply
        self.day = date_edit(date.today())
        self.reason = QComboBox()
        self.reason.addItem(self.tr("Velg …"), "")
        for key, label in core.END_REASONS.items():
            self.reason.addItem(translate("Pathway", label), key)
        self.form.addRow(self.tr("&Dato:"), self.day)
        self.form.addRow(self.tr("&Hvordan:"), self.reason)
        self.fields = {"ended_on": self.day, "end_reason": self.reason}
        self.finish_layout()

    def submit(self) -> None:
        self.apply(self.day.date().toPython(), self.reason.currentData())


class StopPointDialog(ServiceDialog):
    def __init__(self, parent: QWidget | None, due: date, apply: Callable[[date], object]) -> None:
        super().__init__(parent, self.tr("Nytt stopp-punkt"))
        self.apply = apply
        self.due = date_edit(due)
        self.form.addRow(self.tr("&Evalueres innen:"), self.due)
        self.fields = {"due_on": self.due}
        self.finish_layout()

    def submit(self) -> None:
        self.apply(self.due.date().toPython())


class EvaluateDialog(ServiceDialog):
    """Record an evaluation; optionally set the next stop point in the same step."""

    def __init__(
        self,
        parent: QWidget | None,
        point: core.StopPoint,
        next_default: date,
        apply: Callable[[date, str, date | None], object],
    ) -> None:
        super().__init__(parent, self.tr("Evaluer stopp-punkt"))
        self.apply = apply
        self.day = date_edit(date.today())
        self.outcome = _text_box(4)
        self.outcome.setPlainText(point.outcome)
        self.schedule = QCheckBox(self.tr("Sett &neste stopp-punkt:"))
        self.schedule.setChecked(True)
        self.next_due = date_edit(next_default)
        self.schedule.toggled.connect(self.next_due.setEnabled)
        self.form.addRow(self.tr("&Evaluert:"), self.day)
        self.form.addRow(self.tr("&Resultat:"), self.outcome)
        self.form.addRow(self.schedule, self.next_due)
        self.fields = {"evaluated_on": self.day, "outcome": self.outcome, "next_due": self.next_due}
        self.finish_layout()
        self.resize(520, self.sizeHint().height())

    def submit(self) -> None:
        next_due = self.next_due.date().toPython() if self.schedule.isChecked() else None
        self.apply(self.day.date().toPython(), self.outcome.toPlainText(), next_due)
