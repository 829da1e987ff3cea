"""Printing from the meetings tab: a meeting's minutes and agenda, a series' year plan and the
competence report. Each PDF is written to a temporary file and opened in the PDF reader, or
saved where the user chooses."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.names import slug
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.pdf_output import PdfOutput

if TYPE_CHECKING:
    from helsehus_desktop.ui.meetings.tab import MeetingsTab


class MeetingFiles(PdfOutput):
    def __init__(self, tab: MeetingsTab) -> None:
        super().__init__(tab, tab.window_, tab.settings)
        self.tab = tab

    # --- meetings --------------------------------------------------------------------------

    def _record(self) -> core.MeetingRecord | None:
        """The chosen meeting as saved: unsaved edits on the page are saved or dropped first."""
        meeting_id = self.tab.current_meeting_id()
        if meeting_id is None or not self.tab.page.confirm_leave():
            return None
        from helsehus_desktop.store.meeting_service import load_meeting

        try:
            return load_meeting(self.tab.db, self.tab.actor, meeting_id)
        except EXPECTED as exc:
            show_error(self.tab, exc)
            return None

    def _include_names(self, record: core.MeetingRecord, title: str) -> bool | None:
        """Whether patients are named in full (None: cancelled). Without reviews there is no
        one to name, so nothing is asked."""
        if not record.reviews:
            return False
        answer = QMessageBox.question(
            self.tab,
            title,
            self.tr(
                "Ta med pasientnavn? Uten navn står bare initialene til pasientene som ble "
                "gjennomgått (for eksempel K.N.)."
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return None
        return answer == QMessageBox.StandardButton.Yes

    def _meeting_pdf(self, agenda: bool) -> None:
        record = self._record()
        if record is None:
            return
        title = self.tr("Skriv ut saksliste") if agenda else self.tr("Skriv ut referat")
        include_names = self._include_names(record, title)
        if include_names is None:
            return
        what = "saksliste" if agenda else "referat"
        day = record.meeting.held_on.isoformat()
        path, open_it = self._target(f"{what}-{slug(record.series.name, 'mote')}-{day}.pdf", title)
        if path is None:
            return
        from helsehus_desktop.reports.minutes_pdf import render_agenda_pdf, render_minutes_pdf

        render = render_agenda_pdf if agenda else render_minutes_pdf

        from helsehus_desktop.store.access import log_print

        def write() -> str:
            pages = render(
                record,
                path,
                include_names=include_names,
                printed_by=self.tab.actor,
                today=date.today(),
            )
            # The reviewed patients' data leaves the program (as initials, or by name).
            for patient_id in sorted({r.patient_id for r in record.reviews if r.patient_id}):
                log_print(self.tab.db, self.tab.actor, patient_id)
            if agenda:
                return self.tr("Sakslisten er skrevet til {0} (sider: {1}).").format(path, pages)
            return self.tr("Referatet er skrevet til {0} (sider: {1}).").format(path, pages)

        self._write(path, open_it, write)

    def print_minutes(self) -> None:
        self._meeting_pdf(agenda=False)

    def print_agenda(self) -> None:
        self._meeting_pdf(agenda=True)

    def _unit_names(self) -> dict[int, str]:
        from helsehus_desktop.store.orgchart_service import load_snapshot

        return {u.id: u.name for u in load_snapshot(self.tab.db).units}

    def print_year_plan(self) -> None:
        series_id = self.tab.current_series_id()
        if series_id is None:
            return
        from helsehus_desktop.store import meeting_service

        try:
            series = meeting_service.get_series(self.tab.db, self.tab.actor, series_id)
            rows = meeting_service.list_meetings(self.tab.db, self.tab.actor, series_id)
        except EXPECTED as exc:
            show_error(self.tab, exc)
            return
        title = self.tr("Skriv ut årsplan")
        years = sorted({r.held_on.year for r in rows}) or [date.today().year]
        shown = self.tab.current_meeting_day()
        default = (shown or date.today()).year
        if default not in years:
            default = years[-1]
        year, ok = QInputDialog.getInt(
            self.tab,
            title,
            self.tr("Årsplan for «{0}» for året:").format(series.name),
            default,
            min(years[0], date.today().year) - 5,
            max(years[-1], date.today().year) + 10,
        )
        if not ok:
            return
        meetings = [
            core.Meeting(
                id=r.id,
                series_id=series_id,
                held_on=r.held_on,
                status=r.status,
                planned_on=r.planned_on,
                moved_reason=r.moved_reason,
                start_time=r.start_time,
                place=r.place,
            )
            for r in rows
            if r.held_on.year == year
        ]
        path, open_it = self._target(f"arsplan-{slug(series.name, 'mote')}-{year}.pdf", title)
        if path is None:
            return
        from helsehus_desktop.reports.year_plan_pdf import render_year_plan_pdf

        def write() -> str:
            pages = render_year_plan_pdf(
                series,
                year,
                meetings,
                path,
                unit_names=self._unit_names(),
                printed_by=self.tab.actor,
                today=date.today(),
            )
            return self.tr("Årsplanen er skrevet til {0} ({1} møter, sider: {2}).").format(
                path, len(meetings), pages
            )

        self._write(path, open_it, write)

    # --- competence ------------------------------------------------------------------------

    def competence_report(self) -> None:
        from helsehus_desktop.store import competence_service

        try:
            competences = competence_service.list_competences(self.tab.db, self.tab.actor)
            needs = competence_service.list_training_needs(
                self.tab.db, self.tab.actor, include_met=True
            )
        except EXPECTED as exc:
            show_error(self.tab, exc)
            return
        title = self.tr("Kompetanserapport")
        path, open_it = self._target(f"kompetanse-{date.today().isoformat()}.pdf", title)
        if path is None:
            return
        from helsehus_desktop.reports.competence_pdf import render_competence_pdf

        def write() -> str:
            pages = render_competence_pdf(
                competences,
                needs,
                path,
                unit_names=self._unit_names(),
                printed_by=self.tab.actor,
                today=date.today(),
            )
            return self.tr("Kompetanserapporten er skrevet til {0} (sider: {1}).").format(
                path, pages
            )

        self._write(path, open_it, write)
