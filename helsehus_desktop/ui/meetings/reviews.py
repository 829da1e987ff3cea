"""Forløp: the palliative pathways the meeting goes through. The coordinator picks them from the
active pathways of the units the series represents, and writes for each the group's assessment
and the follow-up agreed; saved, it shows in the patient's pathway history too."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.pathway import LEVEL_LABELS
from helsehus_desktop.store import review_service
from helsehus_desktop.store.review_service import ReviewCandidate
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings.meeting_section import MeetingForm, MeetingHost
from helsehus_desktop.ui.pathways.esas import confirm_delete, score_cell
from helsehus_desktop.ui.pathways.forms import text_box
from helsehus_desktop.ui.pathways.section import refusal_of
from helsehus_desktop.ui.pathways.tables import ALERT
from helsehus_desktop.ui.widgets import FormDialog

PATIENT, UNIT, LEVEL, STOP, ESAS, HIGHEST = range(6)


def level_text(level: int) -> str:
    label = LEVEL_LABELS.get(level)
    return translate("Pathway", label) if label else str(level)


class CandidateDialog(FormDialog):
    """The active pathways the meeting may review, to pick one or more of."""

    def __init__(
        self, parent: QWidget | None, candidates: Sequence[ReviewCandidate], today: date
    ) -> None:
        super().__init__(parent, self.tr("Legg til forløp"))
        self.candidates = list(candidates)
        intro = QLabel(
            self.tr(
                "Aktive forløp i enhetene serien representerer. Velg ett eller flere "
                "(Ctrl-klikk eller Shift-klikk for flere). Rødt stopp-punkt er forfalt."
            )
        )
        intro.setWordWrap(True)
        self.body.addWidget(intro)
        self.table = QTableWidget(len(self.candidates), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Pasient"),
                self.tr("Enhet"),
                self.tr("Forløp"),
                self.tr("Neste stopp-punkt"),
                self.tr("Siste ESAS-r"),
                self.tr("Høyeste skår"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PATIENT, QHeaderView.ResizeMode.Stretch)
        for row, c in enumerate(self.candidates):
            overdue = c.next_stop_point is not None and c.next_stop_point < today
            stop = format_day(c.next_stop_point) or "–"
            if overdue:
                stop = self.tr("{0} (forfalt)").format(stop)
            cells = [
                QTableWidgetItem(c.patient_name),
                QTableWidgetItem(c.unit_name or "–"),
                QTableWidgetItem(level_text(c.level)),
                QTableWidgetItem(stop),
                QTableWidgetItem(format_day(c.latest_esas_at.date()) if c.latest_esas_at else "–"),
            ]
            if overdue:
                cells[STOP].setForeground(QBrush(ALERT))
                cells[STOP].setToolTip(self.tr("Stopp-punktet er forfalt"))
            for column, item in enumerate(cells):
                self.table.setItem(row, column, item)
            if c.latest_esas_max is None:
                high = QTableWidgetItem("–")
                high.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            else:
                high = score_cell(c.latest_esas_max)
            self.table.setItem(row, HIGHEST, high)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        self.body.addWidget(self.table)
        if not self.candidates:
            none = QLabel(
                self.tr(
                    "Ingen aktive forløp å legge til: alle er allerede med, eller enhetene "
                    "har ingen aktive forløp."
                )
            )
            none.setWordWrap(True)
            self.body.addWidget(none)
        self.finish_layout()
        self.resize(820, 460)
        if self.candidates:
            self.table.setCurrentCell(0, 0)
        self.table.setFocus()

    def chosen(self) -> list[ReviewCandidate]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.candidates[r] for r in rows]

    def check(self) -> str:
        if self.candidates and not self.chosen():
            return self.tr("Velg minst ett forløp i listen.")
        return ""


class ReviewBox(QGroupBox):
    """One pathway reviewed: the assessment and the follow-up agreed."""

    def __init__(
        self,
        review: core.PathwayReview,
        on_open: Callable[[ReviewBox], None],
        on_remove: Callable[[ReviewBox], None],
    ) -> None:
        super().__init__(self.tr("{0} – {1}").format(review.patient_name, level_text(review.level)))
        self.review = review
        self.assessment = text_box(3)
        self.assessment.setPlainText(review.assessment)
        self.assessment.setPlaceholderText(self.tr("Gruppens vurdering av forløpet"))
        self.follow_up = text_box(2)
        self.follow_up.setPlainText(review.follow_up)
        self.follow_up.setPlaceholderText(self.tr("Hva som skal gjøres, av hvem og når"))
        self.open_button = QPushButton(self.tr("Åpne forløpet"))
        self.open_button.setToolTip(self.tr("Vis pasientens plan under «Palliative forløp»"))
        self.open_button.clicked.connect(lambda: on_open(self))
        self.remove_button = QPushButton(self.tr("Fjern fra møtet"))
        self.remove_button.clicked.connect(lambda: on_remove(self))
        form = QFormLayout()
        form.addRow(self.tr("Vurdering:"), self.assessment)
        form.addRow(self.tr("Avtalt oppfølging:"), self.follow_up)
        buttons = QHBoxLayout()
        if review.id is None:
            new = QLabel(self.tr("<i>Ny – ikke lagret</i>"))
            buttons.addWidget(new)
        buttons.addStretch()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)

    def typed(self) -> core.PathwayReview:
        return core.PathwayReview(
            id=self.review.id,
            pathway_id=self.review.pathway_id,
            patient_name=self.review.patient_name,
            level=self.review.level,
            assessment=self.assessment.toPlainText().strip(),
            follow_up=self.follow_up.toPlainText().strip(),
        )

    def fields(self) -> dict[str, QWidget]:
        return {"assessment": self.assessment, "follow_up": self.follow_up}


class ReviewsSection(MeetingForm):
    def __init__(self, host: MeetingHost) -> None:
        super().__init__(host)
        top = QHBoxLayout()
        intro = QLabel(
            self.tr(
                "Forløpene møtet går gjennom. Vurderingen og oppfølgingen vises også i "
                "pasientens forløpshistorikk når de er lagret."
            )
        )
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        self.add_button = QPushButton(self.tr("Legg til f&orløp…"))
        self.add_button.clicked.connect(self.add_reviews)
        top.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(top)
        self.empty = QLabel(self.tr("<i>Ingen forløp er gjennomgått i dette møtet.</i>"))
        self.body.addWidget(self.empty)
        self.list = QVBoxLayout()
        self.body.addLayout(self.list)
        self.body.addStretch()
        self.boxes: list[ReviewBox] = []
        self.removed: list[int] = []  # saved reviews taken off the page, deleted on "Lagre"
        self.patient_ids: dict[int, int] = {}  # pathway id -> patient id, from the candidates

    def title(self) -> str:
        return self.tr("Forløp")

    # --- filling ---

    def fill(self, record: core.MeetingRecord | None) -> None:
        for box in self.boxes:
            self.list.removeWidget(box)
            box.hide()  # at once: the deletion waits for the event loop
            box.deleteLater()
        self.boxes, self.removed = [], []
        for review in record.reviews if record is not None else ():
            self._append(review)
        self.empty.setVisible(not self.boxes)

    def _append(self, review: core.PathwayReview) -> ReviewBox:
        box = ReviewBox(review, self.open_pathway, self.remove)
        self.watch(box.assessment, box.follow_up)
        self.list.addWidget(box)
        self.boxes.append(box)
        self.empty.setVisible(False)
        return box

    # --- the candidates and the pathway tab ---

    def candidates(self) -> list[ReviewCandidate] | None:
        try:
            found = review_service.review_candidates(
                self.host.db, self.host.actor, self.meeting_id()
            )
        except EXPECTED as exc:
            show_error(self, exc)
            return None
        self.patient_ids.update({c.pathway_id: c.patient_id for c in found})
        return found

    def patient_of(self, review: core.PathwayReview) -> int | None:
        if review.patient_id is not None:  # a review read from the store names its patient
            return review.patient_id
        if review.pathway_id not in self.patient_ids:
            self.candidates()
        return self.patient_ids.get(review.pathway_id)

    def open_pathway(self, box: ReviewBox) -> None:
        patient_id = self.patient_of(box.review)
        if patient_id is None:
            QMessageBox.information(
                self,
                self.tr("Åpne forløpet"),
                self.tr(
                    "Forløpet er ikke lenger aktivt i enhetene serien representerer. Finn "
                    "pasienten {0} under «Palliative forløp»."
                ).format(box.review.patient_name),
            )
            return
        self.host.open_patient(patient_id)

    # --- editing ---

    def add_reviews(self) -> None:
        if self.record is None:
            return
        found = self.candidates()
        if found is None:
            return
        on_page = {box.review.pathway_id for box in self.boxes}
        dialog = CandidateDialog(
            self,
            [c for c in found if c.pathway_id not in on_page],
            max(date.today(), self.record.meeting.held_on),
        )
        if not dialog.exec():
            return
        added = [
            self._append(
                core.PathwayReview(None, c.pathway_id, patient_name=c.patient_name, level=c.level)
            )
            for c in dialog.chosen()
        ]
        if added:
            self.edited()
            added[0].assessment.setFocus()
            self.content.adjustSize()
            self.scroller.ensureWidgetVisible(added[0])

    def remove(self, box: ReviewBox) -> None:
        typed = box.typed()
        if box.review.id is not None or typed.assessment or typed.follow_up:
            question = self.tr(
                "Fjerne gjennomgangen av {0} fra møtet? Vurderingen og oppfølgingen blir også "
                "borte fra pasientens forløpshistorikk når du lagrer."
            ).format(box.review.patient_name)
            if not confirm_delete(self, self.tr("Fjern forløp"), question):
                return
        if box.review.id is not None:
            self.removed.append(box.review.id)
        self.boxes.remove(box)
        self.list.removeWidget(box)
        box.hide()  # at once: the deletion waits for the event loop
        box.deleteLater()
        self.empty.setVisible(not self.boxes)
        self.edited()

    # --- saving ---

    def submit(self) -> bool:
        """Each review is saved on its own; one that is refused keeps its text, and those
        saved before it are not saved twice."""
        db, actor, meeting_id = self.host.db, self.host.actor, self.meeting_id()
        changed = False
        try:
            while self.removed:
                review_id = self.removed[0]
                problem = refusal_of(lambda r=review_id: review_service.delete_review(db, actor, r))
                if problem:
                    self.error.show_message(problem)
                    return False
                self.removed.pop(0)
                changed = True
            for box in self.boxes:
                review = box.typed()
                saved: list[int] = []
                problem = refusal_of(
                    lambda s=saved, r=review: s.append(  # type: ignore[misc]
                        review_service.save_review(db, actor, meeting_id, r)
                    ),
                    box.fields(),
                )
                if problem:
                    # Name the pathway: the patient may have been deleted meanwhile, and then
                    # only "Fjern fra møtet" on that box lets the others be saved.
                    self.error.show_message(f"{box.review.patient_name}: {problem}")
                    box.assessment.setFocus()
                    return False
                box.review = replace(review, id=saved[0])
                changed = True
        finally:
            if changed and self.is_dirty():  # partly saved: others see it, the page stays
                self.host.announce("pathways")
        self.error.show_message("")
        self.set_dirty(False)
        self.host.meeting_changed("pathways")
        return True
