"""The plan's first page: who the patient is, the pathway level and its history, the two
questions from the slide, and the stop points."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.store import pathway_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.pathways.pathway_dialogs import (
    EndDialog,
    EvaluateDialog,
    LevelDialog,
    StopPointDialog,
)
from helsehus_desktop.ui.pathways.section import PlanHost, PlanSection
from helsehus_desktop.ui.pathways.tables import ALERT, ReadOnlyTable

STOP_INTERVAL = timedelta(days=14)  # default gap to the next stop point


def _level_text(level: int | None) -> str:
    return "" if level is None else translate("Pathway", core.LEVEL_LABELS[level])


class PathwaySection(PlanSection):
    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(host, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        layout = QVBoxLayout(page)

        patient_box = QGroupBox(self.tr("Pasient"))
        self.details = QFormLayout(patient_box)
        self.detail_labels: dict[str, QLabel] = {}
        for key, label in (
            ("number", self.tr("Fødselsnummer:")),
            ("born", self.tr("Født:")),
            ("address", self.tr("Adresse:")),
            ("language", self.tr("Språk:")),
            ("unit", self.tr("Ansvarlig enhet:")),
            ("gp", self.tr("Fastlege:")),
            ("kin", self.tr("Pårørende:")),
            ("nurse", self.tr("Kontaktsykepleier:")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            self.detail_labels[key] = value
            self.details.addRow(label, value)
        layout.addWidget(patient_box)

        level_box = QGroupBox(self.tr("Forløp"))
        level_layout = QVBoxLayout(level_box)
        self.level_label = QLabel()
        self.level_label.setWordWrap(True)
        self.status_label = QLabel()
        level_layout.addWidget(self.level_label)
        level_layout.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.change_level_button = QPushButton(self.tr("Endre f&orløp…"))
        self.change_level_button.clicked.connect(self.change_level)
        self.end_button = QPushButton(self.tr("&Avslutt forløp…"))
        self.end_button.clicked.connect(self.end_or_reopen)
        buttons.addWidget(self.change_level_button)
        buttons.addWidget(self.end_button)
        buttons.addStretch()
        level_layout.addLayout(buttons)
        level_layout.addWidget(QLabel(self.tr("Historikk:")))
        self.history = ReadOnlyTable(
            [
                self.tr("Dato"),
                self.tr("Fra"),
                self.tr("Til"),
                self.tr("Av"),
                self.tr("Begrunnelse"),
            ],
            visible_rows=4,
        )
        level_layout.addWidget(self.history)
        level_layout.addWidget(QLabel(self.tr("Gjennomgått i møter:")))
        self.reviews = ReadOnlyTable(
            [
                self.tr("Dato"),
                self.tr("Møte"),
                self.tr("Vurdering"),
                self.tr("Oppfølging"),
            ],
            visible_rows=3,
        )
        # The two free-text columns share the width and wrap, rows following their text.
        review_header = self.reviews.horizontalHeader()
        for column in (2, 3):
            review_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        review_header.sectionResized.connect(lambda *_: self.reviews.resizeRowsToContents())
        level_layout.addWidget(self.reviews)
        layout.addWidget(level_box)

        questions = QGroupBox(self.tr("Forberedelse"))
        q_layout = QVBoxLayout(questions)
        self.prevent = QPlainTextEdit()
        self.improve = QPlainTextEdit()
        for question, box in (
            (core.QUESTION_PREVENT, self.prevent),
            (core.QUESTION_IMPROVE, self.improve),
        ):
            label = QLabel(f"<b>{translate('Pathway', question)}</b>")
            label.setWordWrap(True)
            label.setBuddy(box)
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * 4 + 12)
            box.textChanged.connect(self._edited)
            q_layout.addWidget(label)
            q_layout.addWidget(box)
        save_row = QHBoxLayout()
        save_row.addWidget(self.error, 1)
        self.save_button = QPushButton(self.tr("&Lagre svarene"))
        self.save_button.clicked.connect(self.save_changes)
        save_row.addWidget(self.save_button)
        q_layout.addLayout(save_row)
        layout.addWidget(questions)

        stops = QGroupBox(self.tr("Stopp-punkter"))
        s_layout = QVBoxLayout(stops)
        self.stops = ReadOnlyTable(
            [self.tr("Frist"), self.tr("Evaluert"), self.tr("Resultat")], visible_rows=4
        )
        self.stops.doubleClicked.connect(lambda _i: self.evaluate_stop_point())
        s_layout.addWidget(self.stops)
        stop_buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Nytt stopp-punkt…"), self.add_stop_point),
            (self.tr("Evaluer stopp-&punkt…"), self.evaluate_stop_point),
            (self.tr("&Slett stopp-punkt…"), self.delete_stop_point),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            stop_buttons.addWidget(button)
        stop_buttons.addStretch()
        s_layout.addLayout(stop_buttons)
        layout.addWidget(stops)
        layout.addStretch()
        self._filling = False

    def title(self) -> str:
        return self.tr("Forløp")

    def _edited(self) -> None:
        if not self._filling:
            self.set_dirty()

    def show_plan(self, plan: core.PatientPlan | None) -> None:
        # Another page of the same plan was saved: unsaved answers typed here stay.
        keep = (
            self.is_dirty()
            and plan is not None
            and self.plan is not None
            and plan.patient.id == self.plan.patient.id
        )
        typed = (self.prevent.toPlainText(), self.improve.toPlainText())
        super().show_plan(plan)
        self.setEnabled(plan is not None)
        self._filling = True
        try:
            self._fill(plan)
            if keep:
                self.prevent.setPlainText(typed[0])
                self.improve.setPlainText(typed[1])
        finally:
            self._filling = False
        self.set_dirty(keep)

    def _fill(self, plan: core.PatientPlan | None) -> None:
        if plan is None:
            for label in self.detail_labels.values():
                label.clear()
            self.level_label.clear()
            self.status_label.clear()
            self.history.fill([])
            self.reviews.fill([])
            self.stops.fill([])
            self.prevent.clear()
            self.improve.clear()
            return
        p, pw = plan.patient, plan.pathway
        language = p.language
        if p.interpreter_needed:
            language = self.tr("{0} (trenger tolk)").format(language or self.tr("ukjent"))
        values = {
            "number": p.identity_number or self.tr("ikke kjent"),
            "born": format_day(p.birth_date),
            "address": p.address,
            "language": language,
            "unit": plan.unit_name or self.tr("ikke valgt"),
            "gp": " – ".join(x for x in (p.gp_name, p.gp_phone) if x),
            "kin": " – ".join(x for x in (p.next_of_kin_name, p.next_of_kin_phone) if x),
            "nurse": p.contact_nurse,
        }
        for key, text in values.items():
            self.detail_labels[key].setText(text or "–")
        self.level_label.setText(
            "<span style='font-size:14pt; font-weight:600'>{}</span> – {}".format(
                _level_text(pw.level), translate("Pathway", core.LEVEL_DESCRIPTIONS[pw.level])
            )
        )
        if pw.status == core.ACTIVE:
            status = self.tr("Aktivt siden {0}.").format(format_day(pw.start_date))
        else:
            status = self.tr("Avsluttet {0}: {1}. Startet {2}.").format(
                format_day(pw.ended_on),
                translate("Pathway", core.END_REASONS.get(pw.end_reason, "")),
                format_day(pw.start_date),
            )
        self.status_label.setText(status)
        active = pw.status == core.ACTIVE
        self.change_level_button.setEnabled(active)
        self.end_button.setText(
            self.tr("&Avslutt forløp…") if active else self.tr("&Gjenåpne forløp…")
        )
        self.history.fill(
            [
                [
                    format_day(c.changed_on),
                    _level_text(c.from_level) or self.tr("start"),
                    _level_text(c.to_level),
                    c.actor,
                    c.reason,
                ]
                for c in reversed(plan.level_history)
            ]
        )
        # Newest first, like the level history; written in the meetings tab, read-only here.
        self.reviews.fill(
            [
                [format_day(r.held_on), r.series_name, r.assessment, r.follow_up]
                for r in reversed(plan.reviews)
            ]
        )
        self.prevent.setPlainText(pw.prevent_escalation)
        self.improve.setPlainText(pw.enable_improvement)
        today = date.today()
        points = sorted(plan.stop_points, key=lambda s: (s.evaluated_on is not None, s.due_on))
        self.stops.fill(
            [
                [
                    format_day(s.due_on) + (self.tr(" (forfalt)") if s.overdue(today) else ""),
                    format_day(s.evaluated_on),
                    s.outcome,
                ]
                for s in points
            ],
            data=[s for s in points],
            colors=[ALERT if s.overdue(today) else None for s in points],
        )

    # --- actions ------------------------------------------------------------------------------

    def _pid(self) -> int:
        pid = self.host.current_patient_id()
        assert pid is not None
        return pid

    def save_changes(self) -> bool:
        if self.plan is None or not self.is_dirty():
            return True
        return self.save(
            lambda: service.save_questions(
                self.host.db,
                self.host.actor,
                self._pid(),
                prevent=self.prevent.toPlainText(),
                improve=self.improve.toPlainText(),
            )
        )

    def _run_dialog(self, dialog: QWidget) -> None:
        """Open a dialog that saved its change itself; reload the plan when it did."""
        if dialog.exec():
            self.host.plan_changed()

    def change_level(self) -> None:
        if self.plan is None:
            return
        db, actor, pid = self.host.db, self.host.actor, self._pid()
        self._run_dialog(
            LevelDialog(
                self,
                self.plan.pathway.level,
                lambda level, day, reason: service.change_level(
                    db, actor, pid, level=level, changed_on=day, reason=reason
                ),
            )
        )

    def end_or_reopen(self) -> None:
        if self.plan is None:
            return
        db, actor, pid = self.host.db, self.host.actor, self._pid()
        if self.plan.pathway.status == core.ACTIVE:
            self._run_dialog(
                EndDialog(
                    self,
                    lambda day, reason: service.end_pathway(
                        db, actor, pid, ended_on=day, reason=reason
                    ),
                )
            )
            return
        answer = QMessageBox.question(
            self,
            self.tr("Gjenåpne forløp"),
            self.tr("Forløpet blir aktivt igjen, og avslutningen fjernes. Fortsette?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            service.reopen_pathway(db, actor, pid)
            self.host.plan_changed()

    def add_stop_point(self) -> None:
        if self.plan is None:
            return
        db, actor, pid = self.host.db, self.host.actor, self._pid()
        self._run_dialog(
            StopPointDialog(
                self,
                date.today() + STOP_INTERVAL,
                lambda due: service.add_stop_point(db, actor, pid, due),
            )
        )

    def _chosen_point(self) -> core.StopPoint | None:
        point = self.stops.current_data()
        if not isinstance(point, core.StopPoint):
            QMessageBox.information(
                self, self.tr("Stopp-punkter"), self.tr("Velg et stopp-punkt i tabellen først.")
            )
            return None
        return point

    def evaluate_stop_point(self) -> None:
        point = self._chosen_point()
        if point is None or point.id is None:
            return
        db, actor, pid, point_id = self.host.db, self.host.actor, self._pid(), point.id
        self._run_dialog(
            EvaluateDialog(
                self,
                point,
                date.today() + STOP_INTERVAL,
                lambda day, outcome, next_due: service.evaluate_stop_point(
                    db, actor, pid, point_id, evaluated_on=day, outcome=outcome, next_due=next_due
                ),
            )
        )

    def delete_stop_point(self) -> None:
        point = self._chosen_point()
        if point is None or point.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Slett stopp-punkt"),
            self.tr("Slette stopp-punktet med frist {0}? Dette kan ikke angres.").format(
                format_day(point.due_on)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            service.delete_stop_point(self.host.db, self.host.actor, self._pid(), point.id)
            self.host.plan_changed()
