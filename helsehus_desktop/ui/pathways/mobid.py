"""The MOBID-2 page of the plan: registrations with their overall pain intensity and its trend
against the score commonly read as clinically relevant, and the form for a new registration
with the wording of the site's printed form (the data file)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core.assessments import MOBID_RELEVANT
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.pathway import MobidRegistration, MobidScore, PatientPlan
from helsehus_desktop.core.templates import MobidForm, TemplateError, load_mobid_form
from helsehus_desktop.store import assessment_service
from helsehus_desktop.ui.errors import show_error
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.esas import (
    DASH,
    RegistrationsSection,
    ScoreBox,
    now_edit,
    read_only_table,
    score_cell,
    when_text,
)
from helsehus_desktop.ui.pathways.section import PlanHost
from helsehus_desktop.ui.pathways.trend_chart import TrendChart
from helsehus_desktop.ui.widgets import FormDialog

OVERALL_LABEL = QT_TRANSLATE_NOOP("Forms", "Samlet smerteintensitet")  # as the store names it


class MobidItemRow:
    """The three behaviour boxes and the intensity of one item."""

    def __init__(self, title: str, behaviours: list[str]) -> None:
        self.boxes = []
        for behaviour in behaviours:
            box = QCheckBox()
            box.setAccessibleName(f"{title}: {behaviour}")
            box.setToolTip(behaviour)
            self.boxes.append(box)
        self.intensity = ScoreBox()
        self.intensity.setAccessibleName(title)

    def score(self, key: str) -> MobidScore | None:
        """The item's score, or None while its intensity is unset."""
        intensity = self.intensity.score()
        if intensity is None:
            return None
        sound, face, defence = (box.isChecked() for box in self.boxes)
        return MobidScore(key, sound, face, defence, intensity)


class MobidDialog(FormDialog):
    """A new MOBID-2 registration: every item's pain behaviour and intensity, then the overall
    intensity. A refusal keeps the dialog open with the cursor in the field."""

    def __init__(self, section: MobidSection, form: MobidForm) -> None:
        super().__init__(section, "")
        self.section = section
        self.setWindowTitle(self.tr("Ny MOBID-2-registrering"))
        intro = QLabel(
            self.tr(
                "Kryss av for smerteatferd ved hvert punkt og skår smerteintensiteten fra 0 "
                "(ingen smerte) til 10 (verst tenkelig smerte)."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        top = QFormLayout()
        self.at = now_edit()
        top.addRow(self.tr("&Tidspunkt:"), self.at)
        self.observer = QLineEdit(section.host.actor)
        self.observer.setMaxLength(200)
        top.addRow(self.tr("&Observatør:"), self.observer)
        self.body.addLayout(top)

        behaviours = [b.title for b in form.behaviours]
        score_column = len(behaviours) + 1
        self.rows: dict[str, MobidItemRow] = {}
        chain: list[QWidget] = [self.at, self.observer]
        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        line = 0
        for part_title, items in form.parts:
            heading = QLabel(f"<b>{part_title}</b>")
            heading.setWordWrap(True)
            if line:
                heading.setContentsMargins(0, 10, 0, 0)
            grid.addWidget(heading, line, 0, 1, score_column + 1)
            grid.addWidget(QLabel(self.tr("Punkt")), line + 1, 0)
            for column, behaviour in enumerate(behaviours, 1):
                grid.addWidget(QLabel(behaviour), line + 1, column, Qt.AlignmentFlag.AlignHCenter)
            grid.addWidget(
                QLabel(self.tr("Intensitet")), line + 1, score_column, Qt.AlignmentFlag.AlignHCenter
            )
            line += 2
            for item in items:
                row = MobidItemRow(item.title, behaviours)
                name = QLabel(item.title)
                name.setBuddy(row.intensity)
                grid.addWidget(name, line, 0)
                for column, box in enumerate(row.boxes, 1):
                    grid.addWidget(box, line, column, Qt.AlignmentFlag.AlignHCenter)
                grid.addWidget(row.intensity, line, score_column)
                chain += [*row.boxes, row.intensity]
                self.rows[item.key] = row
                line += 1
        self.overall = ScoreBox()
        self.overall.setAccessibleName(translate("Forms", OVERALL_LABEL))
        overall_label = QLabel(
            "<b>{}</b> {}".format(translate("Forms", OVERALL_LABEL), self.tr("(0–10)"))
        )
        overall_label.setContentsMargins(0, 10, 0, 0)
        overall_label.setBuddy(self.overall)
        grid.addWidget(overall_label, line, 0, 1, score_column)
        grid.addWidget(self.overall, line, score_column, Qt.AlignmentFlag.AlignBottom)
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        self.finish_layout()
        chain += [self.overall, *self.buttons.buttons()]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)
        next(iter(self.rows.values())).boxes[0].setFocus()

    def registration(self) -> MobidRegistration:
        """What the form holds; an unset item is left out and an unset overall is None, so the
        store names the field."""
        scores = (row.score(key) for key, row in self.rows.items())
        return MobidRegistration(
            id=None,
            at=self.at.dateTime().toPython(),
            observer=self.observer.text(),
            items=tuple(score for score in scores if score is not None),
            overall=self.overall.score(),  # type: ignore[arg-type]  # None: unset, refused
        )

    def fields(self) -> dict[str, QWidget]:
        fields: dict[str, QWidget] = {"at": self.at, "observer": self.observer}
        fields.update((key, row.intensity) for key, row in self.rows.items())
        fields["items"] = next(iter(self.rows.values())).intensity
        fields["overall"] = self.overall
        return fields

    def check(self) -> str:
        return self.section.add_registration(self.registration(), self.fields())


class MobidSection(RegistrationsSection):
    """The patient's MOBID-2 registrations, newest first, and the trend of the overall score."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        self.new_button = QPushButton(self.tr("&Ny registrering…"))
        self.new_button.clicked.connect(self.new_registration)
        self.delete_button = QPushButton(self.tr("&Slett registrering…"))
        self.delete_button.clicked.connect(self.delete_registration)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        self.table = read_only_table(
            [
                self.tr("Tidspunkt"),
                self.tr("Observatør"),
                translate("Forms", OVERALL_LABEL),
                self.tr("Høyeste punkt"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.chart = TrendChart()
        self.chart.set_threshold(
            MOBID_RELEVANT,
            self.tr("Klinisk relevant smerte fra {0}").format(MOBID_RELEVANT),
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.show_plan(None)

    def title(self) -> str:
        return self.tr("MOBID-2")

    def _item_titles(self) -> dict[str, str]:
        """Item wording from the data file; a file that cannot be read leaves the keys."""
        try:
            form = load_mobid_form(self.host.db.site_dir)
        except TemplateError:
            return {}
        return {item.key: item.title for item in form.items}

    def show_plan(self, plan: PatientPlan | None) -> None:
        super().show_plan(plan)
        registrations = plan.mobid if plan is not None else ()
        titles = self._item_titles() if registrations else {}
        self.table.setRowCount(0)
        self.table.setRowCount(len(registrations))
        for row, reg in enumerate(reversed(registrations)):
            self._fill_row(row, reg, titles)
        self.chart.set_series(self.trend())
        self.new_button.setEnabled(plan is not None)
        self._update_buttons()

    def _fill_row(self, row: int, reg: MobidRegistration, titles: dict[str, str]) -> None:
        when = QTableWidgetItem(when_text(reg.at))
        when.setData(Qt.ItemDataRole.UserRole, reg.id)
        self.table.setItem(row, 0, when)
        self.table.setItem(row, 1, QTableWidgetItem(reg.observer))
        overall = score_cell(reg.overall)
        if reg.overall >= MOBID_RELEVANT:
            font = QFont(overall.font())
            font.setBold(True)
            overall.setFont(font)
        self.table.setItem(row, 2, overall)
        details = "\n".join(f"{titles.get(s.item, s.item)}: {s.intensity}" for s in reg.items)
        top = max(reg.items, key=lambda s: s.intensity, default=None)
        text = DASH if top is None else f"{top.intensity} – {titles.get(top.item, top.item)}"
        highest = QTableWidgetItem(text)
        highest.setToolTip(details)
        self.table.setItem(row, 3, highest)

    def trend(self) -> list[tuple[str, list]]:
        registrations = self.plan.mobid if self.plan is not None else ()
        return [(translate("Forms", OVERALL_LABEL), [(r.at, r.overall) for r in registrations])]

    def new_registration(self) -> None:
        if self.plan is None:
            return
        try:
            form = load_mobid_form(self.host.db.site_dir)
        except TemplateError as exc:
            show_error(self, exc)
            return
        MobidDialog(self, form).exec()

    def add_to_store(self, patient_id: int, reg: MobidRegistration) -> object:
        return assessment_service.add_mobid(self.host.db, self.host.actor, patient_id, reg)

    def delete_from_store(self, patient_id: int, reg_id: int) -> object:
        return assessment_service.delete_mobid(self.host.db, self.host.actor, patient_id, reg_id)

    def delete_texts(self, when: str) -> tuple[str, str]:
        return (
            self.tr("Slett registrering"),
            self.tr("Slette MOBID-2-registreringen fra {0}? Den kan ikke hentes tilbake.").format(
                when
            ),
        )
