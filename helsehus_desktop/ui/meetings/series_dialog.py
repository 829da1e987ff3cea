"""Creating and changing a meeting series: what the group is, the rule it meets by, its members
(typed in or picked from the organisation chart), the units that must be represented and the
figures it watches. The dialog saves through the service itself, so a refusal is shown at the
field it names, on the page where that field is, and nothing typed is lost."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core import recurrence
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.core.orgchart import OrgSnapshot, OrgView
from helsehus_desktop.core.recurrence import RecurrenceRule
from helsehus_desktop.ui.errors import EXPECTED, message_for
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings import day_label
from helsehus_desktop.ui.pathways.forms import RowsTable, TableColumn, text_box
from helsehus_desktop.ui.widgets import FormDialog, UnitChoice

NAME, UNIT, ROLE = range(3)  # columns of the members table
NO_RULE = "none"
MONTHS = (
    QT_TRANSLATE_NOOP("Recurrence", "januar"),
    QT_TRANSLATE_NOOP("Recurrence", "februar"),
    QT_TRANSLATE_NOOP("Recurrence", "mars"),
    QT_TRANSLATE_NOOP("Recurrence", "april"),
    QT_TRANSLATE_NOOP("Recurrence", "mai"),
    QT_TRANSLATE_NOOP("Recurrence", "juni"),
    QT_TRANSLATE_NOOP("Recurrence", "juli"),
    QT_TRANSLATE_NOOP("Recurrence", "august"),
    QT_TRANSLATE_NOOP("Recurrence", "september"),
    QT_TRANSLATE_NOOP("Recurrence", "oktober"),
    QT_TRANSLATE_NOOP("Recurrence", "november"),
    QT_TRANSLATE_NOOP("Recurrence", "desember"),
)
# What a new series of each kind starts with, until the user changes it.
DEFAULT_RULES: dict[str, RecurrenceRule | None] = {
    core.EXTENDED: RecurrenceRule.quarterly(weekday=2),
    core.CORE_GROUP: RecurrenceRule(recurrence.WEEKLY, weekday=2),
    core.INTERDISCIPLINARY: RecurrenceRule.every_monday(),
    core.AD_HOC: None,
}
PREVIEW_COUNT = 4


def month_names() -> list[str]:
    return [translate("Recurrence", name) for name in MONTHS]


def rule_text(rule: RecurrenceRule | None) -> str:
    """ "Hver mandag", "Hver 2. onsdag", "Første onsdag i februar, mai, september og november";
    with what happens on a holiday."""
    if rule is None:
        return translate("SeriesDialog", "Møtes ved innkalling")
    weekday = translate("Recurrence", recurrence.WEEKDAYS[rule.weekday])
    if rule.kind == recurrence.WEEKLY:
        if rule.every_weeks == 1:
            text = translate("SeriesDialog", "Hver {0}").format(weekday)
        else:
            text = translate("SeriesDialog", "Hver {0}. {1}").format(rule.every_weeks, weekday)
    else:
        names = month_names()
        months = [names[m - 1] for m in sorted(set(rule.months)) if 1 <= m <= 12]
        joined = (
            translate("SeriesDialog", "{0} og {1}").format(", ".join(months[:-1]), months[-1])
            if len(months) > 1
            else "".join(months)
        )
        nth = translate("Recurrence", recurrence.WEEK_OF_MONTH.get(rule.week_of_month, ""))
        text = translate("SeriesDialog", "{0} {1} i {2}").format(nth, weekday, joined)
        text = text[:1].upper() + text[1:]
    holiday = translate("Recurrence", recurrence.ON_HOLIDAY[rule.on_holiday]).lower()
    return translate("SeriesDialog", "{0}; på helligdager: {1}").format(text, holiday)


class KeyedRowsTable(RowsTable):
    """A RowsTable whose rows carry hidden data (the ids a save must keep), held on the first
    column's cell and moved with its row."""

    def _data(self, row: int) -> Any:
        item = self.table.item(row, 0)
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _set_data(self, row: int, data: Any) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        data = self._data(row) if row >= 0 else None
        super().move_row(step)
        if row >= 0 and self.table.currentRow() != row:
            self._set_data(self.table.currentRow(), data)

    def set_keyed_rows(self, rows: Sequence[tuple[Any, Sequence[Any]]]) -> None:
        self.set_rows([values for _data, values in rows])
        for row, (data, _values) in enumerate(rows):
            self._set_data(row, data)

    def append_keyed(self, data: Any, values: Sequence[Any], focus_column: int = 0) -> None:
        self.append(values, focus_column)
        self._set_data(self.table.rowCount() - 1, data)

    def keyed_rows(self) -> list[tuple[Any, list[Any]]]:
        return [(self._data(row), values) for row, values in enumerate(self.rows())]


class ChartMemberDialog(FormDialog):
    """Pick people from the organisation chart: a unit, then one or more filled positions in it;
    they become members representing that unit."""

    def __init__(self, parent: QWidget | None, view: OrgView) -> None:
        super().__init__(parent, self.tr("Velg fra organisasjonskartet"))
        self.view = view
        choices = sorted(
            ((u.id, u.name) for u in view.units.values()), key=lambda c: sort_key(c[1])
        )
        self.unit = UnitChoice(choices, None)
        self.unit.setPlaceholderText(self.tr("Skriv eller velg en enhet"))
        self.people = QListWidget()
        self.people.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.people.setMinimumHeight(180)
        self.role = QLineEdit()
        self.role.setMaxLength(200)
        self.role.setPlaceholderText(self.tr("tomt: stillingens tittel"))
        form = QFormLayout()
        form.addRow(self.tr("&Enhet:"), self.unit)
        form.addRow(self.tr("&Personer:"), self.people)
        form.addRow(self.tr("R&olle i gruppen:"), self.role)
        hint = QLabel(self.tr("Hold Ctrl nede for å velge flere personer."))
        hint.setStyleSheet("color: #6b6b6b;")
        form.addRow("", hint)
        self.body.addLayout(form)
        self.finish_layout()
        self.unit.unit_changed.connect(self._show_people)
        self.resize(560, 420)

    def _show_people(self, uid: int | None) -> None:
        self.people.clear()
        if uid is None:
            return
        for pos in self.view.positions.get(uid, []):
            if pos.vacant:
                continue
            item = QListWidgetItem(self.tr("{0}: {1}").format(pos.title, pos.person_name.strip()))
            item.setData(Qt.ItemDataRole.UserRole, pos)
            self.people.addItem(item)
        if self.people.count() == 0:
            item = QListWidgetItem(self.tr("Ingen stillinger med navngitt person i denne enheten."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.people.addItem(item)
        else:
            self.people.setCurrentRow(0)

    def check(self) -> str:
        ok, uid = self.unit.chosen()
        if not ok or uid is None:
            self.unit.setFocus()
            return self.tr("Velg en enhet fra listen.")
        if not self.members():
            self.people.setFocus()
            return self.tr("Velg minst én person.")
        return ""

    def members(self) -> list[core.Member]:
        role = self.role.text().strip()
        out = []
        for row in range(self.people.count()):
            item = self.people.item(row)
            pos = item.data(Qt.ItemDataRole.UserRole)
            if pos is None or not item.isSelected():
                continue
            out.append(
                core.Member(None, pos.person_name.strip(), pos.unit_id, role or pos.title, pos.id)
            )
        return out


class SeriesDialog(FormDialog):
    """`save(series)` stores the series (raising FormRefused for a bad value) and returns its id;
    the dialog closes only when it went through. `saved_id` is the id afterwards."""

    PAGE_GROUP, PAGE_RULE, PAGE_MEMBERS, PAGE_UNITS, PAGE_FIGURES = range(5)

    def __init__(
        self,
        parent: QWidget | None,
        series: core.Series | None,
        snapshot: OrgSnapshot,
        save: Callable[[core.Series], int],
        today: date | None = None,
    ) -> None:
        super().__init__(
            parent, self.tr("Ny møteserie") if series is None else self.tr("Endre møteserie")
        )
        self.original = series
        self.save_series = save
        self.today = today or date.today()
        self.view = snapshot.view(self.today)
        self.saved_id: int | None = None
        self._filling = True
        # For a new series, what the chosen kind fills in until the user changes it.
        self._automatic = {"name", "rule", "figures"} if series is None else set()
        names = {u.id: u.name for u in snapshot.units}
        self.unit_names = {uid: u.name for uid, u in self.view.units.items()}
        kept = set()
        if series is not None:
            kept = {m.unit_id for m in series.members if m.unit_id is not None}
            kept |= set(series.required_unit_ids)
        for uid in kept:
            if uid not in self.unit_names:
                self.unit_names[uid] = self.tr("{0} (ikke lenger i kartet)").format(
                    names.get(uid, self.tr("slettet enhet"))
                )

        self.pages = QTabWidget()
        self.pages.addTab(self._build_group(), self.tr("Gruppen"))
        self.pages.addTab(self._build_rule(), self.tr("Møteplan"))
        self.pages.addTab(self._build_members(), self.tr("Medlemmer"))
        self.pages.addTab(self._build_units(), self.tr("Enheter som må møte"))
        self.pages.addTab(self._build_figures(), self.tr("Tall som følges"))
        self.body.addWidget(self.pages)
        self.finish_layout()
        self.fields: dict[str, tuple[int, QWidget]] = {
            "kind": (self.PAGE_GROUP, self.kind),
            "name": (self.PAGE_GROUP, self.name),
            "purpose": (self.PAGE_GROUP, self.purpose),
            "organiser": (self.PAGE_GROUP, self.organiser),
            "place": (self.PAGE_GROUP, self.place),
            "start_time": (self.PAGE_GROUP, self.start_time),
            "rule": (self.PAGE_RULE, self.rule_none),
            "weekday": (self.PAGE_RULE, self.weekday),
            "every_weeks": (self.PAGE_RULE, self.every_weeks),
            "months": (self.PAGE_RULE, self.month_boxes[0]),
            "week_of_month": (self.PAGE_RULE, self.week_of_month),
            "on_holiday": (self.PAGE_RULE, self.on_holiday),
            "members": (self.PAGE_MEMBERS, self.members),
            "required_units": (self.PAGE_UNITS, self.units),
            "figures": (self.PAGE_FIGURES, self.figures),
        }
        self._fill(series)
        self._rule_changed()
        self._filling = False
        self.resize(760, 600)
        (self.kind if series is None else self.name).setFocus()

    # --- pages -----------------------------------------------------------------------------

    def _build_group(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch()
        self.kind = QComboBox()
        self.kind.setPlaceholderText(self.tr("Velg hva slags gruppe"))
        for key, label in core.SERIES_KINDS.items():
            self.kind.addItem(translate("Meetings", label), key)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.name.textEdited.connect(lambda _t: self._automatic.discard("name"))
        self.purpose = text_box(9)  # a working group's mandate runs to a paragraph
        self.organiser = QLineEdit()
        self.organiser.setMaxLength(200)
        self.organiser.setPlaceholderText(self.tr("for eksempel Hjemmetjenesten"))
        self.place = QLineEdit()
        self.place.setMaxLength(300)
        self.start_time = QLineEdit()
        self.start_time.setMaxLength(5)
        self.start_time.setPlaceholderText(self.tr("TT:MM"))
        self.start_time.setMaximumWidth(self.start_time.fontMetrics().horizontalAdvance("00:00000"))
        self.ended = QCheckBox(self.tr("Serien er &avsluttet (vises bare med «Vis avsluttede»)"))
        form.addRow(self.tr("&Type:"), self.kind)
        form.addRow(self.tr("&Navn:"), self.name)
        form.addRow(self.tr("Formå&l:"), self.purpose)
        form.addRow(self.tr("&Organisator (kaller inn):"), self.organiser)
        form.addRow(self.tr("&Sted:"), self.place)
        form.addRow(self.tr("Sta&rttid:"), self.start_time)
        form.addRow("", self.ended)
        return page

    def _build_rule(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.rule_none = QRadioButton(self.tr("Møtes ved &innkalling (ingen fast plan)"))
        self.rule_weekly = QRadioButton(self.tr("&Ukentlig"))
        self.rule_monthly = QRadioButton(self.tr("I valgte &måneder"))
        self.rule_kind = QButtonGroup(self)
        for button in (self.rule_none, self.rule_weekly, self.rule_monthly):
            self.rule_kind.addButton(button)
            layout.addWidget(button)
        self.rule_kind.buttonToggled.connect(self._rule_changed)
        form = QFormLayout()
        self.weekday = QComboBox()
        for label in recurrence.WEEKDAYS:
            self.weekday.addItem(translate("Recurrence", label))
        self.every_weeks = QSpinBox()
        self.every_weeks.setRange(1, recurrence.MAX_EVERY_WEEKS)
        self.every_weeks.setPrefix(self.tr("hver "))
        self.every_weeks.setSuffix(self.tr(". uke"))
        self.every_weeks.setSpecialValueText(self.tr("hver uke"))
        self.every_weeks.setMinimumWidth(self.every_weeks.fontMetrics().horizontalAdvance("x" * 16))
        self.week_of_month = QComboBox()
        for nth, label in recurrence.WEEK_OF_MONTH.items():
            self.week_of_month.addItem(translate("Recurrence", label), nth)
        self.months = months = QWidget()
        grid = QGridLayout(months)
        grid.setContentsMargins(0, 0, 0, 0)
        self.month_boxes = []
        for index, name in enumerate(month_names()):
            box = QCheckBox(name)
            box.toggled.connect(self._rule_changed)
            self.month_boxes.append(box)
            grid.addWidget(box, index // 6, index % 6)
        self.on_holiday = QComboBox()
        for key, label in recurrence.ON_HOLIDAY.items():
            self.on_holiday.addItem(translate("Recurrence", label), key)
        form.addRow(self.tr("Uke&dag:"), self.weekday)
        self._often = QHBoxLayout()
        self._often.addWidget(self.every_weeks)
        self._often.addStretch()
        often_label = QLabel(self.tr("Hvor &ofte:"))
        often_label.setBuddy(self.every_weeks)
        form.addRow(often_label, self._often)
        form.addRow(self.tr("Uke i må&neden:"), self.week_of_month)
        form.addRow(self.tr("Månede&r:"), months)
        form.addRow(self.tr("På &helligdager:"), self.on_holiday)
        for widget in (self.weekday, self.week_of_month, self.on_holiday):
            widget.currentIndexChanged.connect(self._rule_changed)
        self.every_weeks.valueChanged.connect(self._rule_changed)
        self.rule_form = form
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.preview)
        layout.addStretch()
        return page

    def _build_members(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Hvem som er med i gruppen, og hvilken enhet de representerer. Skriv dem inn, "
                "eller velg dem fra organisasjonskartet."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.members = KeyedRowsTable(
            [
                TableColumn(self.tr("Navn"), 200),
                TableColumn(self.tr("Enhet"), 240, unit=True),
                TableColumn(self.tr("Rolle i gruppen"), 160),
            ],
            visible_rows=8,
        )
        self.members.unit_choices = sorted(self.unit_names.items(), key=lambda c: sort_key(c[1]))
        self.from_chart = QPushButton(self.tr("&Velg fra organisasjonskartet…"))
        self.from_chart.clicked.connect(self.add_from_chart)
        if not self.view.units:
            self.from_chart.setEnabled(False)
            self.from_chart.setToolTip(self.tr("Organisasjonskartet er tomt."))
        self.members.add_button(self.from_chart)
        layout.addWidget(self.members, 1)
        return page

    def _build_units(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Enhetene som må være representert på hvert møte. Møtet får et varsel når en "
                "av dem ikke har noen til stede."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.units = QListWidget()
        for uid, name in sorted(self.unit_names.items(), key=lambda c: sort_key(c[1])):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, uid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.units.addItem(item)
        layout.addWidget(self.units, 1)
        row = QHBoxLayout()
        members_units = QPushButton(self.tr("Kryss av &medlemmenes enheter"))
        members_units.clicked.connect(self.check_member_units)
        none = QPushButton(self.tr("&Fjern alle kryss"))
        none.clicked.connect(lambda: self._check_units(set()))
        row.addWidget(members_units)
        row.addWidget(none)
        row.addStretch()
        layout.addLayout(row)
        return page

    def _build_figures(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "Tallene gruppen registrerer på hvert møte og følger over tid. Et tall som "
                "fjernes, tar med seg tallene som er registrert på det."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.figures = KeyedRowsTable([TableColumn(self.tr("Tall"), 400)], visible_rows=8)
        self.defaults_button = QPushButton(self.tr("Standard&tall for typen"))
        self.defaults_button.setToolTip(
            self.tr("Legg til tallene som hører til denne typen gruppe")
        )
        self.defaults_button.clicked.connect(self.add_default_figures)
        self.figures.add_button(self.defaults_button)
        layout.addWidget(self.figures, 1)
        return page

    # --- filling ---------------------------------------------------------------------------

    def _fill(self, series: core.Series | None) -> None:
        if series is None:
            self.kind.setCurrentIndex(-1)
            self._set_rule(None)
            self.ended.hide()
            return
        self.kind.setCurrentIndex(self.kind.findData(series.kind))
        self.name.setText(series.name)
        self.purpose.setPlainText(series.purpose)
        self.organiser.setText(series.organiser)
        self.place.setText(series.place)
        self.start_time.setText(series.start_time)
        self.ended.setChecked(not series.active)
        self._set_rule(series.rule)
        self.members.set_keyed_rows(
            [((m.id, m.position_id), [m.name, m.unit_id, m.role]) for m in series.members]
        )
        self._check_units(set(series.required_unit_ids))
        self.figures.set_keyed_rows([((f.id, f.key), [f.label]) for f in series.figures])
        for edit in (self.name, self.organiser, self.place):
            edit.setCursorPosition(0)

    def _set_rule(self, rule: RecurrenceRule | None) -> None:
        filling, self._filling = self._filling, True
        try:
            if rule is None:
                self.rule_none.setChecked(True)
                rule = RecurrenceRule()
            elif rule.kind == recurrence.MONTHLY:
                self.rule_monthly.setChecked(True)
            else:
                self.rule_weekly.setChecked(True)
            self.weekday.setCurrentIndex(rule.weekday)
            self.every_weeks.setValue(rule.every_weeks)
            self.week_of_month.setCurrentIndex(
                max(0, self.week_of_month.findData(rule.week_of_month))
            )
            for month, box in enumerate(self.month_boxes, start=1):
                box.setChecked(month in rule.months)
            self.on_holiday.setCurrentIndex(max(0, self.on_holiday.findData(rule.on_holiday)))
        finally:
            self._filling = filling
        self._rule_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.defaults_button.setEnabled(kind in core.DEFAULT_FIGURES)
        if self._filling or kind is None:
            return
        if "name" in self._automatic:
            self.name.setText(translate("Meetings", core.SERIES_KINDS[kind]))
        if "rule" in self._automatic:
            self._set_rule(DEFAULT_RULES.get(kind))
            self._automatic.add("rule")  # still the kind's, not the user's
        if "figures" in self._automatic:
            self.figures.set_keyed_rows([])
            self.add_default_figures()
            self._automatic.add("figures")

    def _check_units(self, unit_ids: set[int]) -> None:
        for row in range(self.units.count()):
            item = self.units.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in unit_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def check_member_units(self) -> None:
        chosen = set(self.required_unit_ids())
        chosen |= {row[UNIT] for row in self.members.rows() if row[UNIT] is not None}
        self._check_units(chosen)

    def add_default_figures(self) -> None:
        kind = self.kind.currentData()
        have = {values[0].casefold() for _data, values in self.figures.keyed_rows()}
        for key, label in core.DEFAULT_FIGURES.get(kind, ()):
            text = translate("Meetings", label)
            if text.casefold() not in have:
                self.figures.append_keyed((None, key), [text])
        self._automatic.discard("figures")

    def add_from_chart(self) -> None:
        dialog = ChartMemberDialog(self, self.view)
        if dialog.exec() != FormDialog.DialogCode.Accepted:
            return
        for member in dialog.members():
            self.members.append_keyed(
                (None, member.position_id), [member.name, member.unit_id, member.role], ROLE
            )

    # --- the rule --------------------------------------------------------------------------

    def _rule_changed(self, *_args: object) -> None:
        if not self._filling:
            self._automatic.discard("rule")
        weekly = self.rule_weekly.isChecked()
        monthly = self.rule_monthly.isChecked()
        for widget, on in (
            (self.weekday, weekly or monthly),
            (self.every_weeks, weekly),
            (self.week_of_month, monthly),
            (self.months, monthly),
            (self.on_holiday, weekly or monthly),
        ):
            widget.setEnabled(on)
            field = self._often if widget is self.every_weeks else widget
            label = self.rule_form.labelForField(field)
            if label is not None:
                label.setEnabled(on)
        self._show_preview()

    def rule(self) -> RecurrenceRule | None:
        if self.rule_none.isChecked():
            return None
        months = tuple(m for m, box in enumerate(self.month_boxes, start=1) if box.isChecked())
        monthly = self.rule_monthly.isChecked()
        return RecurrenceRule(
            kind=recurrence.MONTHLY if monthly else recurrence.WEEKLY,
            weekday=self.weekday.currentIndex(),
            every_weeks=self.every_weeks.value() if not monthly else 1,
            months=months if monthly else (),
            week_of_month=self.week_of_month.currentData() if monthly else 1,
            on_holiday=self.on_holiday.currentData(),
        )

    def _show_preview(self) -> None:
        rule = self.rule()
        if rule is None:
            self.preview.setText(
                self.tr("Møtene legges inn ett og ett med «Nytt enkeltmøte…» i møtelisten.")
            )
            return
        try:
            slots = recurrence.schedule(rule, self.today, self.today + timedelta(days=400))
        except FormRefused as exc:
            self.preview.setText(message_for(exc))
            return
        lines = [rule_text(rule), self.tr("De neste møtene etter regelen:")]
        for slot in slots[:PREVIEW_COUNT]:
            if slot.skipped:
                lines.append(
                    self.tr("  {0}: faller bort ({1})").format(
                        day_label(slot.planned_on), slot.holiday
                    )
                )
            elif slot.moved:
                lines.append(
                    self.tr("  {0}, flyttet fra {1} ({2})").format(
                        day_label(slot.held_on), day_label(slot.planned_on), slot.holiday
                    )
                )
            else:
                lines.append(f"  {day_label(slot.held_on)}")
        self.preview.setText("\n".join(lines))

    # --- saving ----------------------------------------------------------------------------

    def required_unit_ids(self) -> list[int]:
        return [
            self.units.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.units.count())
            if self.units.item(row).checkState() == Qt.CheckState.Checked
        ]

    def series(self) -> core.Series:
        members = []
        for data, (name, unit_id, role) in self.members.keyed_rows():
            member_id, position_id = data if data is not None else (None, None)
            members.append(core.Member(member_id, name, unit_id, role, position_id))
        figures = []
        for data, (label,) in self.figures.keyed_rows():
            figure_id, key = data if data is not None else (None, "")  # the store keys new ones
            figures.append(core.Figure(figure_id, key, label))
        original = self.original
        return core.Series(
            id=original.id if original is not None else None,
            kind=self.kind.currentData() or "",
            name=self.name.text().strip(),
            purpose=self.purpose.toPlainText().strip(),
            organiser=self.organiser.text().strip(),
            place=self.place.text().strip(),
            start_time=self.start_time.text().strip(),
            rule=self.rule(),
            members=tuple(members),
            required_unit_ids=tuple(self.required_unit_ids()),
            figures=tuple(figures),
            active=not self.ended.isChecked(),
        )

    def _show_field(self, field: str) -> None:
        page, widget = self.fields.get(field, (self.PAGE_GROUP, self.name))
        self.pages.setCurrentIndex(page)
        if widget is self.members:
            row = self.members.first_row(lambda v: not v[NAME])
            if row is not None:
                self.members.select(row, NAME)
                return
        if widget is self.figures:
            labels = [values[0].casefold() for values in self.figures.rows()]
            row = next(
                (i for i, text in enumerate(labels) if not text or labels.index(text) != i), None
            )
            if row is not None:
                self.figures.select(row, 0)
                return
        if widget is self.rule_none:
            widget = self.rule_weekly
        widget.setFocus()

    def check(self) -> str:
        self.members.drop_blank_rows()
        self.figures.drop_blank_rows()
        wrong = self.members.unknown_unit()
        if wrong is not None:
            self.pages.setCurrentIndex(self.PAGE_MEMBERS)
            self.members.select(*wrong)
            return self.tr(
                "Medlem nr. {0}: velg en enhet fra listen, eller la feltet stå tomt."
            ).format(wrong[0] + 1)
        try:
            self.saved_id = self.save_series(self.series())
        except FormRefused as exc:
            self._show_field(exc.field)
            return message_for(exc)
        except EXPECTED as exc:
            return message_for(exc)
        return ""
