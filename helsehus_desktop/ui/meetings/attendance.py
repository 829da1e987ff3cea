"""Oppmøte: who came, who was away and who sent a deputy, one line per member of the series, and
a warning while a unit that must be represented has nobody present."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
)

from helsehus_desktop.core import meetings as core
from helsehus_desktop.store import meeting_service as service
from helsehus_desktop.ui.i18n import translate
from helsehus_desktop.ui.meetings.meeting_section import (
    WARNING_STYLE,
    MeetingForm,
    MeetingHost,
    missing_text,
    unit_name,
    wrap_rows,
)
from helsehus_desktop.ui.pathways.forms import FittedTable

PERSON, ROLE, UNIT, STATUS, DEPUTY = range(5)


class AttendanceSection(MeetingForm):
    missing_changed = Signal()  # the units missing, as the page stands, may have changed

    def __init__(self, host: MeetingHost) -> None:
        super().__init__(host)
        self.required = QLabel()
        self.required.setWordWrap(True)
        self.body.addWidget(self.required)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(WARNING_STYLE)
        self.warning.hide()
        self.body.addWidget(self.warning)
        self.table = FittedTable([190, 170, 190, 150, 170])
        self.table.setTabKeyNavigation(False)  # Tab goes through the boxes, then on to Lagre
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Person"),
                self.tr("Rolle"),
                self.tr("Representerer"),
                self.tr("Oppmøte"),
                self.tr("Stedfortreder"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        row_height = self.fontMetrics().height() + 14
        self._refit = wrap_rows(self.table, row_height)
        self.table.setMinimumHeight(row_height * 6)
        self.body.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "Serien har ingen medlemmer ennå. Legg dem til under «Endre…» under "
                "møteseriene, så kan oppmøtet føres her."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.hide()
        self.body.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.all_present = QPushButton(self.tr("Alle til ste&de"))
        self.all_present.setToolTip(self.tr("Merk alle medlemmene som til stede"))
        self.all_present.clicked.connect(self.mark_all_present)
        buttons.addWidget(self.all_present)
        buttons.addStretch()
        self.body.addLayout(buttons)
        self.statuses: list[QComboBox] = []
        self.deputies: list[QLineEdit] = []
        self.member_ids: list[int] = []

    def title(self) -> str:
        return self.tr("Oppmøte")

    # --- filling ---

    def fill(self, record: core.MeetingRecord | None) -> None:
        self.table.setRowCount(0)
        self.statuses, self.deputies, self.member_ids = [], [], []
        if record is None:
            self._update_warning()
            return
        by_member = {a.member_id: a for a in record.attendance}
        members = [m for m in record.series.members if m.id is not None]
        self.table.setRowCount(len(members))
        for row, member in enumerate(members):
            assert member.id is not None
            seen = by_member.get(member.id, core.Attendance(member.id))
            for column, text in (
                (PERSON, member.name),
                (ROLE, member.role),
                (UNIT, unit_name(record, member.unit_id) or "–"),
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            status = QComboBox()
            for key, label in core.ATTENDANCE.items():
                status.addItem(translate("Meetings", label), key)
            status.setCurrentIndex(max(status.findData(seen.status), 0))
            status.setAccessibleName(self.tr("Oppmøte for {0}").format(member.name))
            deputy = QLineEdit(seen.deputy)
            deputy.setAccessibleName(self.tr("Stedfortreder for {0}").format(member.name))
            status.currentIndexChanged.connect(lambda _i, r=row: self._status_changed(r))
            deputy.textChanged.connect(self.edited)
            self.table.setCellWidget(row, STATUS, status)
            self.table.setCellWidget(row, DEPUTY, deputy)
            self.statuses.append(status)
            self.deputies.append(deputy)
            self.member_ids.append(member.id)
            self._deputy_field(row, seen.status == core.DEPUTY)
        self._refit.start()
        self.table.setVisible(bool(members))
        self.empty.setVisible(not members)
        self.all_present.setEnabled(bool(members))
        self._update_warning()

    def show_context(self, record: core.MeetingRecord | None) -> None:
        if record is None or not record.series.required_unit_ids:
            self.required.setText(self.tr("Serien krever ikke at bestemte enheter er til stede."))
            return
        names = ", ".join(unit_name(record, uid) for uid in record.series.required_unit_ids)
        self.required.setText(self.tr("Må være representert: {0}").format(names))

    # --- editing ---

    def _status_changed(self, row: int) -> None:
        is_deputy = self.statuses[row].currentData() == core.DEPUTY
        self._deputy_field(row, is_deputy)
        if is_deputy and not self._filling:
            self.deputies[row].setFocus()
        self._update_warning()
        self.edited()

    def _deputy_field(self, row: int, is_deputy: bool) -> None:
        """The deputy's name is asked for only when the member sent one."""
        field = self.deputies[row]
        field.setEnabled(is_deputy)
        field.setPlaceholderText(self.tr("Hvem kom i stedet") if is_deputy else "")

    def mark_all_present(self) -> None:
        for combo in self.statuses:
            combo.setCurrentIndex(combo.findData(core.PRESENT))

    def typed(self) -> list[core.Attendance]:
        return [
            core.Attendance(
                member_id,
                status.currentData(),
                deputy.text().strip() if status.currentData() == core.DEPUTY else "",
            )
            for member_id, status, deputy in zip(
                self.member_ids, self.statuses, self.deputies, strict=True
            )
        ]

    def missing(self) -> list[int]:
        """The required units nobody attends, as the page stands: none until anyone's
        attendance is recorded, and none for a cancelled meeting."""
        typed = self.typed()
        if self.record is None or self.record.meeting.status == core.CANCELLED:
            return []
        if not any(a.status != core.NOT_RECORDED for a in typed):
            return []
        return core.missing_units(self.record.series, typed)

    def _update_warning(self) -> None:
        text = missing_text(self.record, self.missing()) if self.record is not None else ""
        self.warning.setText(text)
        self.warning.setVisible(bool(text))
        self.missing_changed.emit()

    def show_record(self, record: core.MeetingRecord | None) -> None:
        super().show_record(record)
        self._update_warning()

    # --- saving ---

    def submit(self) -> bool:
        rows = self.typed()
        missing_deputy = next(
            (
                i
                for i, a in enumerate(rows)
                if a.status == core.DEPUTY and not a.deputy and i < len(self.deputies)
            ),
            None,
        )
        fields = {"deputy": self.deputies[missing_deputy]} if missing_deputy is not None else {}
        db, actor, meeting_id = self.host.db, self.host.actor, self.meeting_id()
        return self.save(lambda: service.save_attendance(db, actor, meeting_id, rows), fields)
