"""Dialogs of the competence view: a person's competence, and a training need raised in a
meeting. Each calls its service itself on OK, so a refused value is shown under its field and
everything typed stays."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.orgchart import OrgView
from helsehus_desktop.core.orgchart_json import TEXT_LIMITS
from helsehus_desktop.ui.errors import EXPECTED, message_for
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.widgets import ErrorLabel, FormDialog, UnitChoice, date_edit

NOTE_LIMIT = TEXT_LIMITS["description"]


def level_choices() -> list[tuple[str, str]]:
    return [(key, translate("Meetings", label)) for key, label in core.COMPETENCE_LEVELS.items()]


def kind_choices() -> list[tuple[str, str]]:
    return [(key, translate("Meetings", label)) for key, label in core.TRAINING_KINDS.items()]


def _note_box(text: str) -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * 3 + 12)
    return box


def _combo(choices: Sequence[tuple[str, str]], current: str | None) -> QComboBox:
    combo = QComboBox()
    for key, label in choices:
        combo.addItem(label, key)
    combo.setCurrentIndex(combo.findData(current) if current is not None else -1)
    return combo


class FieldDialog(FormDialog):
    """A form whose OK runs `submit()`; a refusal naming a field is shown right under that
    field, with the cursor put there; anything else on the error line above the buttons."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent, title)
        self.form = QFormLayout()
        self.body.addLayout(self.form)
        self.fields: dict[str, QWidget] = {}
        self.field_errors: dict[str, ErrorLabel] = {}
        self.saved_id: int | None = None

    def add_field(self, name: str, label: str | QWidget, widget: QWidget) -> None:
        """A row of the form, with a hidden error line under it for refusals of `name`."""
        self.form.addRow(label, widget)
        error = ErrorLabel()
        self.form.addRow("", error)
        self.form.setRowVisible(error, False)
        self.fields[name] = widget
        self.field_errors[name] = error

    def show_refusal(self, field: str, message: str) -> None:
        for name, label in self.field_errors.items():
            text = message if name == field else ""
            label.show_message(text)
            self.form.setRowVisible(label, bool(text))
        widget = self.fields.get(field)
        if widget is not None:
            widget.setFocus()
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def submit(self) -> int:
        raise NotImplementedError

    def local_check(self) -> tuple[str, str] | None:
        """(field, message) for what the dialog itself can see is wrong, before the service."""
        return None

    def accept(self) -> None:
        self.error.show_message("")
        self.show_refusal("", "")
        problem = self.local_check()
        if problem is not None:
            self.show_refusal(*problem)
            return
        try:
            self.saved_id = self.submit()
        except FormRefused as exc:
            if exc.field in self.fields:
                self.show_refusal(exc.field, message_for(exc))
            else:
                self.error.show_message(message_for(exc))
            return
        except EXPECTED as exc:
            self.error.show_message(message_for(exc))
            return
        super(FormDialog, self).accept()


class RegisterDialog(FieldDialog):
    """What the register's two dialogs share: an optional unit and a note, checked before
    `value()` is passed to `save`."""

    unit: UnitChoice
    note: QPlainTextEdit
    save: Callable[[Any], int]

    def value(self) -> Any:
        raise NotImplementedError

    def local_check(self) -> tuple[str, str] | None:
        ok, _uid = self.unit.chosen()
        if not ok and self.unit.currentText().strip():
            return "unit_id", self.tr("Velg en enhet fra listen, eller la feltet stå tomt.")
        if len(self.note.toPlainText().strip()) > NOTE_LIMIT:
            return "note", self.tr("Merknaden er for lang: høyst {0} tegn.").format(NOTE_LIMIT)
        return None

    def submit(self) -> int:
        return self.save(self.value())


class CompetenceDialog(RegisterDialog):
    """A person's course or education. The person can be typed, or picked among the filled
    positions of the chosen unit in the organisation chart."""

    def __init__(
        self,
        parent: QWidget | None,
        competence: core.Competence,
        unit_choices: Sequence[tuple[int | None, str]],
        chart: OrgView | None,
        save: Callable[[core.Competence], int],
    ) -> None:
        title = self.tr("Ny kompetanse") if competence.id is None else self.tr("Endre kompetanse")
        super().__init__(parent, title)
        self.competence = competence
        self.chart = chart
        self.save = save
        self.unit = UnitChoice(unit_choices, competence.unit_id)
        self.unit.lineEdit().setPlaceholderText(self.tr("Skriv eller velg en enhet"))
        self.person = QLineEdit(competence.person_name)
        self.person.setMaxLength(TEXT_LIMITS["person_name"])
        self.person.setPlaceholderText(self.tr("Skriv navnet, eller velg fra kartet nedenfor"))
        self.from_chart = QComboBox()
        self.from_chart.setPlaceholderText(self.tr("Velg fra organisasjonskartet …"))
        self.from_chart.activated.connect(self._pick_person)
        self.course = QLineEdit(competence.course)
        self.course.setMaxLength(TEXT_LIMITS["title"])
        self.course.setPlaceholderText(self.tr("For eksempel «Palliasjon i kommunehelsetjenesten»"))
        self.level = _combo(level_choices(), competence.level)
        self.is_completed = QCheckBox(self.tr("Fu&llført:"))
        self.is_completed.setChecked(competence.id is None or competence.completed_on is not None)
        self.completed = date_edit(competence.completed_on or date.today())
        self.completed.setEnabled(self.is_completed.isChecked())
        self.is_completed.toggled.connect(self.completed.setEnabled)
        self.note = _note_box(competence.note)
        self.add_field("unit_id", self.tr("E&nhet:"), self.unit)
        self.add_field("person_name", self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("Fra &kartet:"), self.from_chart)
        self.add_field("course", self.tr("K&urs/utdanning:"), self.course)
        self.add_field("level", self.tr("N&ivå:"), self.level)
        self.add_field("completed_on", self.is_completed, self.completed)
        self.add_field("note", self.tr("&Merknad:"), self.note)
        self.finish_layout()
        self.unit.unit_changed.connect(self._fill_people)
        self._fill_people(self.unit.chosen_unit())
        self.resize(560, self.sizeHint().height())

    def _fill_people(self, uid: int | None) -> None:
        self.from_chart.clear()
        for label, name in self.people_of(uid):
            self.from_chart.addItem(label, name)
        self.from_chart.setCurrentIndex(-1)
        self.from_chart.setEnabled(self.from_chart.count() > 0)
        self.from_chart.setToolTip(
            ""
            if self.from_chart.count()
            else self.tr("Velg en enhet der organisasjonskartet har navngitte personer.")
        )

    def people_of(self, unit_id: int | None) -> list[tuple[str, str]]:
        """(label, name) of the people the chart names in the unit: its filled positions,
        then its contact chain, each name once."""
        if self.chart is None or unit_id is None:
            return []
        out: list[tuple[str, str]] = []
        seen: set[str] = set()
        for pos in self.chart.positions.get(unit_id, []):
            name = pos.person_name.strip()
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                out.append((self.tr("{0}: {1}").format(pos.title, name), name))
        for step in self.chart.contacts.get(unit_id, []):
            name = step.person_name.strip()
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                label = self.tr("Kontaktrekkefølge {0}, {1}: {2}").format(
                    step.rank, step.label, name
                )
                out.append((label, name))
        return out

    def _pick_person(self, index: int) -> None:
        if index >= 0:
            self.person.setText(self.from_chart.itemData(index))
            self.course.setFocus()

    def value(self) -> core.Competence:
        return replace(
            self.competence,
            person_name=self.person.text().strip(),
            unit_id=self.unit.chosen()[1],
            course=self.course.text().strip(),
            level=self.level.currentData() or "",
            completed_on=self.completed.date().toPython()
            if self.is_completed.isChecked()
            else None,
            note=self.note.toPlainText().strip(),
        )


class MeetingChoice(QComboBox):
    """Which meeting raised a need: none, or one of the given meetings (newest first)."""

    def __init__(self, meetings: Sequence[tuple[int, date, str]], current: int | None) -> None:
        super().__init__()
        self.addItem(self.tr("(ikke knyttet til et møte)"), None)
        self.days: dict[int, date] = {}
        for mid, day, name in meetings:
            self.addItem(f"{format_day(day)} – {name}", mid)
            self.days[mid] = day
        if current is not None and self.findData(current) < 0:  # an older or ended series'
            self.addItem(self.tr("(møtet der behovet ble meldt)"), current)
        self.setCurrentIndex(self.findData(current) if current is not None else 0)


class TrainingNeedDialog(RegisterDialog):
    def __init__(
        self,
        parent: QWidget | None,
        need: core.TrainingNeed,
        unit_choices: Sequence[tuple[int | None, str]],
        meetings: Sequence[tuple[int, date, str]],
        save: Callable[[core.TrainingNeed], int],
    ) -> None:
        title = self.tr("Nytt opplæringsbehov") if need.id is None else self.tr("Endre behov")
        super().__init__(parent, title)
        self.need = need
        self.save = save
        self.kind = _combo(kind_choices(), need.kind or None)
        self.kind.setPlaceholderText(self.tr("Velg type"))
        self.topic = QLineEdit(need.topic)
        self.topic.setMaxLength(TEXT_LIMITS["title"])
        self.topic.setPlaceholderText(self.tr("For eksempel «Subkutan pumpe»"))
        self.unit = UnitChoice(unit_choices, need.unit_id)
        self.unit.lineEdit().setPlaceholderText(self.tr("Skriv eller velg en enhet"))
        self.meeting = MeetingChoice(meetings, need.meeting_id)
        self.meeting.activated.connect(self._meeting_day)
        self.raised = date_edit(need.raised_on)
        self.met = QCheckBox(self.tr("&Dekket:"))
        self.met.setChecked(need.met_on is not None)
        self.met_on = date_edit(need.met_on or date.today())
        self.met_on.setEnabled(self.met.isChecked())
        self.met.toggled.connect(self.met_on.setEnabled)
        self.note = _note_box(need.note)
        self.add_field("kind", self.tr("&Type:"), self.kind)
        self.add_field("topic", self.tr("T&ema:"), self.topic)
        self.add_field("unit_id", self.tr("E&nhet:"), self.unit)
        self.add_field("meeting_id", self.tr("Meldt i &møte:"), self.meeting)
        self.add_field("raised_on", self.tr("Meldt dat&o:"), self.raised)
        self.add_field("met_on", self.met, self.met_on)
        self.add_field("note", self.tr("Merkn&ad:"), self.note)
        self.finish_layout()
        self.resize(560, self.sizeHint().height())

    def _meeting_day(self, index: int) -> None:
        day = self.meeting.days.get(self.meeting.itemData(index))
        if day is not None:
            self.raised.setDate(day)

    def value(self) -> core.TrainingNeed:
        return replace(
            self.need,
            kind=self.kind.currentData() or "",
            topic=self.topic.text().strip(),
            unit_id=self.unit.chosen()[1],
            meeting_id=self.meeting.currentData(),
            raised_on=self.raised.date().toPython(),
            met_on=self.met_on.date().toPython() if self.met.isChecked() else None,
            note=self.note.toPlainText().strip(),
        )
