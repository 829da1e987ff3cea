"""Printing from the pathway tab: the patient's plan, blank assessment forms, and the
contingency binder of every active plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from helsehus_desktop.core.names import slug
from helsehus_desktop.ui.errors import EXPECTED, show_error
from helsehus_desktop.ui.pdf_output import PdfOutput

if TYPE_CHECKING:
    from helsehus_desktop.ui.pathways.tab import PathwayTab


class PathwayFiles(PdfOutput):
    def __init__(self, tab: PathwayTab) -> None:
        super().__init__(tab, tab.window_, tab.settings)
        self.tab = tab

    def print_plan(self) -> None:
        plan = self.tab.plan
        if plan is None:
            return
        name = f"plan-{slug(plan.patient.name)}-{date.today().isoformat()}.pdf"
        path, open_it = self._target(name, self.tr("Skriv ut plan"))
        if path is None:
            return
        from helsehus_desktop.core.templates import load_mobid_form
        from helsehus_desktop.reports.plan_pdf import render_plan_pdf  # slow to import
        from helsehus_desktop.store.access import log_print

        def write() -> str:
            pages = render_plan_pdf(
                plan,
                path,
                printed_on=date.today(),
                printed_by=self.tab.actor,
                mobid_form=load_mobid_form(self.tab.db.site_dir),
            )
            log_print(self.tab.db, self.tab.actor, plan.patient.id)
            return self.tr("Planen er skrevet til {0} (sider: {1}).").format(path, pages)

        self._write(path, open_it, write)

    def blank_form(self, kind: str) -> None:
        """A blank ESAS-r or MOBID-2 form; with the chosen patient's name when there is one."""
        plan = self.tab.plan
        patient_name = plan.patient.name if plan is not None else ""
        label = "esas-r" if kind == "esas" else "mobid-2"
        name = f"{label}-{slug(patient_name, 'blankt')}.pdf"
        path, open_it = self._target(name, self.tr("Skjema for utskrift"))
        if path is None:
            return
        from helsehus_desktop.core.templates import load_mobid_form
        from helsehus_desktop.reports.forms_pdf import render_esas_form, render_mobid_form

        def write() -> str:
            if kind == "esas":
                render_esas_form(path, printed_on=date.today(), patient_name=patient_name)
            else:
                form = load_mobid_form(self.tab.db.site_dir)
                render_mobid_form(path, form, printed_on=date.today(), patient_name=patient_name)
            return self.tr("Skjemaet er skrevet til {0}.").format(path)

        self._write(path, open_it, write)

    def write_binder(self) -> None:
        """Every active plan plus an index, into a folder, with a progress dialog."""
        tab = self.tab
        folder = QFileDialog.getExistingDirectory(
            tab,
            self.tr("Velg mappe for beredskapspermen"),
            tab.settings.last_folder or str(Path.home()),
        )
        if not folder:
            return
        tab.settings.last_folder = folder
        out_dir = Path(folder) / f"beredskapsperm-{date.today().isoformat()}"
        from helsehus_desktop.core.templates import load_mobid_form
        from helsehus_desktop.reports.binder import write_binder
        from helsehus_desktop.store.pathway_service import active_patient_ids, load_plan

        ids = active_patient_ids(tab.db)
        if not ids:
            QMessageBox.information(
                tab, self.tr("Beredskapsperm"), self.tr("Ingen pasienter har aktivt forløp.")
            )
            return
        progress = QProgressDialog(self.tr("Skriver planer …"), self.tr("Avbryt"), 0, len(ids), tab)
        progress.setWindowTitle(self.tr("Beredskapsperm"))
        progress.setMinimumDuration(0)
        progress.setValue(0)

        def step(done: int, total: int) -> bool:
            progress.setValue(done)
            progress.setLabelText(self.tr("Skriver plan {0} av {1} …").format(done, total))
            return not progress.wasCanceled()

        try:
            result = write_binder(
                (load_plan(tab.db, tab.actor, pid) for pid in ids),
                len(ids),
                out_dir,
                printed_on=date.today(),
                printed_by=tab.actor,
                mobid_form=load_mobid_form(tab.db.site_dir),
                progress=step,
            )
        except OSError as exc:
            progress.close()
            self._file_error(out_dir, exc)
            return
        except EXPECTED as exc:
            progress.close()
            show_error(tab, exc)
            return
        progress.close()
        if result.cancelled:
            self._status(self.tr("Beredskapspermen ble avbrutt; ingen filer er lagret."))
            return
        self._status(
            self.tr("Beredskapspermen er skrevet til {0} ({1} planer).").format(
                out_dir, len(result.files)
            )
        )
        if result.index is not None:
            self._open(result.index)
