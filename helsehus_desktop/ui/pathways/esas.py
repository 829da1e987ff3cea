"""The ESAS-r page of the plan: the registrations as a table and a trend per symptom, and the
form for a new registration. An item starts unset, so a half-filled form is refused by the
store's check instead of being saved with guessed zeros."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTime
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core.assessments import (
    BANDS,
    ESAS_FILLED_BY,
    ESAS_ITEMS,
    ESAS_OTHER_LABEL,
    NOT_ASSESSED,
    SCORE_MAX,
    SCORE_MIN,
    band,
)
from helsehus_desktop.core.pathway import EsasRegistration, PatientPlan
from helsehus_desktop.store import assessment_service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.section import PlanHost, PlanSection, refusal_of
from helsehus_desktop.ui.pathways.trend_chart import PALETTE, Series, TrendChart
from helsehus_desktop.ui.widgets import DASH, FormDialog, OptionalNumberBox

DATETIME_FORMAT = "dd.MM.yyyy HH:mm"
DEFAULT_TREND = ("pain", "tiredness", "breathlessness")
SEVERE = 3  # band() of a score from 7
SEVERE_FILL = QColor("#fde8e6")
SEVERE_TEXT = QColor("#8f1f16")
MUTED_TEXT = QColor("#6b6b6b")


def when_text(at: datetime) -> str:
    return at.strftime("%d.%m.%Y %H:%M")


def now_edit() -> QDateTimeEdit:
    """A date and time field set to now (to the minute), typed as dd.mm.yyyy hh:mm. It has no
    upper limit: a time in the future is refused with a message, not silently changed."""
    edit = QDateTimeEdit()
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    now = QDateTime.currentDateTime()
    edit.setDateTime(QDateTime(now.date(), QTime(now.time().hour(), now.time().minute())))
    return edit


def score_cell(score: int | None, tooltip: str = "") -> QTableWidgetItem:
    """A table cell for a score: "–" (greyed) when it could not be assessed, 7 and up bold on
    a red tint."""
    item = QTableWidgetItem(DASH if score is None else str(score))
    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    if score is None:
        item.setForeground(MUTED_TEXT)
        tooltip = tooltip or translate("Esas", NOT_ASSESSED)
    elif band(score) == SEVERE:
        font = QFont(item.font())
        font.setBold(True)
        item.setFont(font)
        item.setBackground(SEVERE_FILL)
        item.setForeground(SEVERE_TEXT)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def band_name(score: int) -> str:
    level = band(score)
    return translate("Esas", BANDS[level - 1][2]) if level else ""


def read_only_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


def confirm_delete(parent: QWidget, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    delete = box.addButton(
        QCoreApplication.translate("Forms", "Slett"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete


class RegistrationsSection(PlanSection):
    """What the ESAS-r and MOBID-2 pages share: a table of registrations with each one's id on
    its first cell, a delete button, and saving from the page's dialog. Subclasses name the
    service calls and the delete question."""

    table: QTableWidget
    delete_button: QPushButton

    def add_to_store(self, patient_id: int, reg: Any) -> object:
        raise NotImplementedError

    def delete_from_store(self, patient_id: int, reg_id: int) -> object:
        raise NotImplementedError

    def delete_texts(self, when: str) -> tuple[str, str]:
        """(title, question) of the confirmation before deleting the registration of `when`."""
        raise NotImplementedError

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(self.selected_id() is not None)

    def selected_id(self) -> int | None:
        row = self.table.currentRow()
        if self.plan is None or row < 0 or not self.table.selectedItems():
            return None
        return self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)

    def add_registration(self, reg: Any, fields: Mapping[str, QWidget]) -> str:
        """Save a registration from the dialog: "" when saved, else the reason, for the
        dialog's own error line (it stays open with the cursor in the field)."""
        patient_id = self.host.current_patient_id()
        assert patient_id is not None
        problem = refusal_of(lambda: self.add_to_store(patient_id, reg), fields)
        if not problem:
            self.host.plan_changed()
        return problem

    def delete_registration(self) -> None:
        reg_id = self.selected_id()
        patient_id = self.host.current_patient_id()
        if reg_id is None or patient_id is None:
            return
        title, question = self.delete_texts(self.table.item(self.table.currentRow(), 0).text())
        if confirm_delete(self, title, question):
            self.save(lambda: self.delete_from_store(patient_id, reg_id))


class ScoreBox(OptionalNumberBox):
    """A 0-10 score that starts unset ("–")."""

    def __init__(self) -> None:
        super().__init__(SCORE_MIN, SCORE_MAX)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumWidth(QFontMetrics(self.font()).horizontalAdvance("10") + 48)

    def score(self) -> int | None:
        return self.number()

    def set_score(self, score: int | None) -> None:
        self.set_number(score)


class ScoreField:
    """A score with its "could not be assessed" box: unset, a score, or not assessed."""

    def __init__(self, label: str) -> None:
        self.box = ScoreBox()
        self.box.setAccessibleName(label)
        self.not_assessed = QCheckBox(translate("Esas", NOT_ASSESSED))
        self.not_assessed.setAccessibleName("{}: {}".format(label, translate("Esas", NOT_ASSESSED)))
        self.not_assessed.toggled.connect(lambda on: self.box.setEnabled(not on))

    def is_set(self) -> bool:
        return self.not_assessed.isChecked() or self.box.score() is not None

    def value(self) -> int | None:
        """The score, or None when it could not be assessed (call when `is_set`)."""
        return None if self.not_assessed.isChecked() else self.box.score()


class OtherRow(QWidget):
    """One "other problem": its name and a score like the nine items'."""

    def __init__(self, remove: Callable[[OtherRow], None]) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Hva er problemet?"))
        self.name.setMaxLength(200)
        self.name.setAccessibleName(translate("Esas", ESAS_OTHER_LABEL))
        self.field = ScoreField(translate("Esas", ESAS_OTHER_LABEL))
        self.remove_button = QPushButton(self.tr("Fjern"))
        self.remove_button.clicked.connect(lambda: remove(self))
        layout.addWidget(self.name, 1)
        layout.addWidget(self.field.box)
        layout.addWidget(self.field.not_assessed)
        layout.addWidget(self.remove_button)

    def is_blank(self) -> bool:
        return not self.name.text().strip() and not self.field.is_set()


class EsasDialog(FormDialog):
    """A new ESAS-r registration. OK saves through the section; a refusal keeps the dialog
    open with the reason on its error line and the cursor in the field."""

    def __init__(self, section: EsasSection) -> None:
        super().__init__(section, "")
        self.section = section
        self.setWindowTitle(self.tr("Ny ESAS-r-registrering"))
        intro = QLabel(
            self.tr(
                "Skår hvordan pasienten har det nå, fra 0 til 10. Kryss av for «Kunne ikke "
                "vurderes» når et punkt ikke lot seg vurdere: det lagres som ikke vurdert, "
                "ikke som 0."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.at = now_edit()
        form.addRow(self.tr("&Tidspunkt:"), self.at)
        self.filled_by = QComboBox()
        self.filled_by.setPlaceholderText(self.tr("Velg hvem"))
        for key, label in ESAS_FILLED_BY.items():
            self.filled_by.addItem(translate("Esas", label), key)
        self.filled_by.setCurrentIndex(-1)
        form.addRow(self.tr("&Fylt ut av:"), self.filled_by)
        self.body.addLayout(form)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        headers = (self.tr("Symptom"), self.tr("0 betyr"), self.tr("Skår"), self.tr("10 betyr"))
        for column, text in enumerate(headers):
            head = QLabel(f"<b>{text}</b>")
            grid.addWidget(head, 0, column, alignment=self._align(column))
        self.items: dict[str, ScoreField] = {}
        for row, (key, label, low, high) in enumerate(ESAS_ITEMS, 1):
            field = ScoreField(translate("Esas", label))
            name = QLabel(translate("Esas", label))
            name.setBuddy(field.box)
            grid.addWidget(name, row, 0)
            grid.addWidget(self._anchor(translate("Esas", low)), row, 1)
            grid.addWidget(field.box, row, 2)
            grid.addWidget(self._anchor(translate("Esas", high)), row, 3)
            grid.addWidget(field.not_assessed, row, 4)
            self.items[key] = field
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.body.addLayout(grid)

        heading = QLabel("<b>{}</b>".format(translate("Esas", ESAS_OTHER_LABEL)))
        self.body.addWidget(heading)
        self.other_rows: list[OtherRow] = []
        self.other_layout = QVBoxLayout()
        self.body.addLayout(self.other_layout)
        add_row = QHBoxLayout()
        self.add_other_button = QPushButton(self.tr("&Legg til annet problem"))
        self.add_other_button.clicked.connect(self.add_other)
        add_row.addWidget(self.add_other_button)
        add_row.addStretch()
        self.body.addLayout(add_row)
        self.finish_layout()
        self._chain_tab_order()
        self.filled_by.setFocus()

    def _align(self, column: int) -> Qt.AlignmentFlag:
        return Qt.AlignmentFlag.AlignCenter if column == 2 else Qt.AlignmentFlag.AlignLeft

    @staticmethod
    def _anchor(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("color: #5f5f5f;")
        return label

    def _chain_tab_order(self) -> None:
        """Tab goes through the form top to bottom, then to OK and Cancel."""
        chain: list[QWidget] = [self.at, self.filled_by]
        for field in self.items.values():
            chain += [field.box, field.not_assessed]
        for row in self.other_rows:
            chain += [row.name, row.field.box, row.field.not_assessed, row.remove_button]
        chain += [self.add_other_button, *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def add_other(self) -> OtherRow:
        row = OtherRow(self.remove_other)
        self.other_rows.append(row)
        self.other_layout.addWidget(row)
        row.show()  # now, not when the layout gets round to it, so it can take the focus
        self._chain_tab_order()
        row.name.setFocus()
        return row

    def remove_other(self, row: OtherRow) -> None:
        self.other_rows.remove(row)
        row.deleteLater()
        self._chain_tab_order()
        self.add_other_button.setFocus()

    def _filled_others(self) -> list[OtherRow]:
        return [row for row in self.other_rows if not row.is_blank()]

    def registration(self) -> EsasRegistration:
        """What the form holds; an unset item is left out, so the store names it."""
        return EsasRegistration(
            id=None,
            at=self.at.dateTime().toPython(),
            filled_by=self.filled_by.currentData() or "",
            scores={key: f.value() for key, f in self.items.items() if f.is_set()},
            others=tuple((row.name.text(), row.field.value()) for row in self._filled_others()),
        )

    def fields(self) -> dict[str, QWidget]:
        """The widget for each field name a refusal may use."""
        fields: dict[str, QWidget] = {"at": self.at, "filled_by": self.filled_by}
        fields.update((key, f.box) for key, f in self.items.items())
        fields["scores"] = next(iter(self.items.values())).box
        for number, row in enumerate(self._filled_others(), 1):
            fields[f"other{number}"] = row.name
        return fields

    def check(self) -> str:
        for number, row in enumerate(self._filled_others(), 1):
            if not row.field.is_set():
                row.field.box.setFocus()
                return self.tr(
                    "Annet problem nr. {0}: fyll inn skår, eller kryss av for at det ikke "
                    "kunne vurderes."
                ).format(number)
        return self.section.add_registration(self.registration(), self.fields())


class EsasSection(RegistrationsSection):
    """The patient's ESAS-r registrations, newest first, and their trend for the symptoms
    chosen beside the chart."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self._shown: set[str] = set(DEFAULT_TREND)
        self.new_button = QPushButton(self.tr("&Ny registrering…"))
        self.new_button.clicked.connect(self.new_registration)
        self.delete_button = QPushButton(self.tr("&Slett registrering…"))
        self.delete_button.clicked.connect(self.delete_registration)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()

        labels = [translate("Esas", label) for _key, label, _l, _h in ESAS_ITEMS]
        self.table = read_only_table(
            [
                self.tr("Tidspunkt"),
                self.tr("Fylt ut av"),
                *(label.replace(" ", "\n") for label in labels),
                translate("Esas", ESAS_OTHER_LABEL),
            ]
        )
        self._size_columns(labels)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.symptoms = QListWidget()
        self.symptoms.setAccessibleName(self.tr("Symptomer i kurven"))
        self.symptoms.itemChanged.connect(self._symptom_toggled)
        self.chart = TrendChart()
        choose = QVBoxLayout()
        choose.setContentsMargins(0, 0, 0, 0)
        choose_label = QLabel(self.tr("Vis i &kurven:"))
        choose_label.setBuddy(self.symptoms)
        choose.addWidget(choose_label)
        choose.addWidget(self.symptoms)
        chooser = QWidget()
        chooser.setLayout(choose)
        chooser.setFixedWidth(200)
        trend = QWidget()
        trend_layout = QHBoxLayout(trend)
        trend_layout.setContentsMargins(0, 0, 0, 0)
        trend_layout.addWidget(chooser)
        trend_layout.addWidget(self.chart, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(trend)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.show_plan(None)

    def title(self) -> str:
        return self.tr("ESAS-r")

    def _size_columns(self, labels: Sequence[str]) -> None:
        """Date and filler sized to their text, the nine scores one equal width, the other
        problems take the rest."""
        header = self.table.horizontalHeader()
        metrics = QFontMetrics(header.font())
        score_width = max(
            metrics.horizontalAdvance(part) for label in labels for part in label.split(" ")
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        for column in (0, 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in range(2, 2 + len(labels)):
            self.table.setColumnWidth(column, score_width + 12)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        for column, (_key, label, low, high) in enumerate(ESAS_ITEMS, 2):
            self.table.horizontalHeaderItem(column).setToolTip(
                "{}\n0: {}\n10: {}".format(
                    translate("Esas", label), translate("Esas", low), translate("Esas", high)
                )
            )

    # --- showing --------------------------------------------------------------------------

    def show_plan(self, plan: PatientPlan | None) -> None:
        super().show_plan(plan)
        registrations = plan.esas if plan is not None else ()
        self.table.setRowCount(0)
        self.table.setRowCount(len(registrations))
        for row, reg in enumerate(reversed(registrations)):
            self._fill_row(row, reg)
        self._fill_symptoms(registrations)
        self.chart.set_series(*self.trend())
        self.new_button.setEnabled(plan is not None)
        self.symptoms.setEnabled(plan is not None)
        self._update_buttons()

    def _fill_row(self, row: int, reg: EsasRegistration) -> None:
        when = QTableWidgetItem(when_text(reg.at))
        when.setData(Qt.ItemDataRole.UserRole, reg.id)
        self.table.setItem(row, 0, when)
        filler = ESAS_FILLED_BY.get(reg.filled_by)
        self.table.setItem(
            row, 1, QTableWidgetItem(translate("Esas", filler) if filler else reg.filled_by)
        )
        for column, (key, label, _low, _high) in enumerate(ESAS_ITEMS, 2):
            score = reg.scores.get(key)
            tip = ""
            if score is not None:
                named = band_name(score)
                tip = f"{translate('Esas', label)}: {score}" + (f" ({named})" if named else "")
            self.table.setItem(row, column, score_cell(score, tip))
        others = "; ".join(
            f"{name}: {DASH if score is None else score}" for name, score in reg.others
        )
        other_item = QTableWidgetItem(others)
        other_item.setToolTip(others.replace("; ", "\n"))
        self.table.setItem(row, 2 + len(ESAS_ITEMS), other_item)

    def _fill_symptoms(self, registrations: Sequence[EsasRegistration]) -> None:
        """The nine items, then every named other problem the patient has had."""
        names = list(dict.fromkeys(name for reg in registrations for name, _s in reg.others))
        self.symptoms.blockSignals(True)
        self.symptoms.clear()
        entries = [(key, translate("Esas", label)) for key, label, _l, _h in ESAS_ITEMS]
        entries += [("other:" + name, name) for name in names]
        for key, text in entries:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if key in self._shown else Qt.CheckState.Unchecked
            )
            self.symptoms.addItem(item)
        self.symptoms.blockSignals(False)

    def _symptom_toggled(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._shown.add(key)
        else:
            self._shown.discard(key)
        self.chart.set_series(*self.trend())

    def trend(self) -> tuple[list[Series], list[QColor]]:
        """The chosen symptoms' series, oldest first, each in a colour of its own."""
        registrations = self.plan.esas if self.plan is not None else ()
        series: list[Series] = []
        colors: list[QColor] = []
        for index in range(self.symptoms.count()):
            item = self.symptoms.item(index)
            if item.checkState() != Qt.CheckState.Checked:
                continue
            key = item.data(Qt.ItemDataRole.UserRole)
            if key.startswith("other:"):
                name = key.removeprefix("other:")
                points = [(r.at, s) for r in registrations for n, s in r.others if n == name]
            else:
                points = [(r.at, r.scores.get(key)) for r in registrations]
            series.append((item.text(), points))
            colors.append(PALETTE[index % len(PALETTE)])
        return series, colors

    # --- changing -------------------------------------------------------------------------

    def new_registration(self) -> None:
        if self.plan is not None:
            EsasDialog(self).exec()

    def add_to_store(self, patient_id: int, reg: EsasRegistration) -> object:
        return assessment_service.add_esas(self.host.db, self.host.actor, patient_id, reg)

    def delete_from_store(self, patient_id: int, reg_id: int) -> object:
        return assessment_service.delete_esas(self.host.db, self.host.actor, patient_id, reg_id)

    def delete_texts(self, when: str) -> tuple[str, str]:
        return (
            self.tr("Slett registrering"),
            self.tr("Slette ESAS-r-registreringen fra {0}? Den kan ikke hentes tilbake.").format(
                when
            ),
        )
