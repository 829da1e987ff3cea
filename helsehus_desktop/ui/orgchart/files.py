"""The organisation tab's files: the chart as PDF, and the organisation as JSON out and in."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.orgchart_json import dump_orgchart, parse_orgchart
from helsehus_desktop.ui.errors import EXPECTED, describe_os_error, show_error

if TYPE_CHECKING:
    from helsehus_desktop.ui.orgchart.tab import OrgChartTab


class PdfExportDialog(QDialog):
    """Paper size, whether to add the listing, and whether to open or save the PDF."""

    def __init__(self, parent: QWidget, day: date, page_size: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Skriv ut organisasjonskart"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Kartet per {0}, som PDF. Grener som er foldet inn i kartet, er foldet inn på "
                "utskriften også."
            ).format(format_day(day))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.size = QComboBox()
        self.size.addItem(self.tr("A4 liggende"), "A4")
        self.size.addItem(self.tr("A3 liggende"), "A3")
        self.size.setCurrentIndex(max(0, self.size.findData(page_size)))
        layout.addWidget(self.size)
        self.listing = QCheckBox(
            self.tr("Ta med liste over enheter, stillinger og kontaktrekkefølge")
        )
        self.listing.setChecked(True)
        layout.addWidget(self.listing)
        buttons = QHBoxLayout()
        self.choice = ""
        for text, what in (
            (self.tr("&Åpne i PDF-leser"), "open"),
            (self.tr("&Lagre som…"), "save"),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _c=False, w=what: self._choose(w))
            button.setDefault(what == "open")
            buttons.addWidget(button)
        cancel = QPushButton(self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

    def _choose(self, what: str) -> None:
        self.choice = what
        self.accept()


class OrgFiles(QObject):
    def __init__(self, tab: OrgChartTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.settings = tab.settings
        self._viewer_files: QTemporaryDir | None = None  # removed when the program ends

    def _status(self, text: str) -> None:
        self.tab.window_.statusBar().showMessage(text, 8000)

    def _ask_path(self, save: bool, title: str, name: str, pattern: str) -> Path | None:
        folder = self.settings.last_folder or str(Path.home())
        if save:
            path, _ = QFileDialog.getSaveFileName(
                self.tab, title, str(Path(folder) / name), pattern
            )
        else:
            path, _ = QFileDialog.getOpenFileName(self.tab, title, folder, pattern)
        if not path:
            return None
        self.settings.last_folder = str(Path(path).parent)
        return Path(path)

    def _file_error(self, path: Path, exc: OSError) -> None:
        QMessageBox.warning(
            self.tab,
            self.tr("Filen kunne ikke brukes"),
            self.tr("«{0}» kunne ikke leses eller skrives: {1}").format(
                path, describe_os_error(exc)
            ),
        )

    def export_pdf(self) -> None:
        tab = self.tab
        dialog = PdfExportDialog(tab, tab.day, self.settings.pdf_page_size)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        page_size = dialog.size.currentData()
        self.settings.pdf_page_size = page_size
        name = f"organisasjonskart-{tab.day.isoformat()}.pdf"
        if dialog.choice == "save":
            path = self._ask_path(
                True, self.tr("Lagre organisasjonskart"), name, self.tr("PDF-filer (*.pdf)")
            )
            if path is None:
                return
        else:
            if self._viewer_files is None:
                self._viewer_files = QTemporaryDir()
            path = Path(self._viewer_files.path()) / name
        # reportlab takes a while to import: only when someone prints.
        from helsehus_desktop.reports.orgchart_pdf import render_orgchart_pdf

        try:
            pages = render_orgchart_pdf(
                tab.view,
                path,
                page_size=page_size,
                printed_on=date.today(),
                collapsed=tab.collapsed,
                include_listing=dialog.listing.isChecked(),
            )
        except OSError as exc:
            self._file_error(path, exc)
            return
        self._status(
            self.tr("Organisasjonskartet er skrevet til {0} (sider: {1}).").format(path, pages)
        )
        if dialog.choice == "open" and not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                tab,
                self.tr("Ingen PDF-leser"),
                self.tr(
                    "Fant ikke noe program som kan vise PDF-filer. Bruk «Lagre som…» og åpn "
                    "filen på en annen måte, eller installer en PDF-leser."
                ),
            )

    def export_json(self) -> None:
        path = self._ask_path(
            True,
            self.tr("Eksporter organisasjonen"),
            f"organisasjon-{date.today().isoformat()}.json",
            self.tr("JSON-filer (*.json)"),
        )
        if path is None:
            return
        try:
            path.write_text(
                dump_orgchart(self.tab.snapshot, exported=date.today()), encoding="utf-8"
            )
        except OSError as exc:
            self._file_error(path, exc)
            return
        self._status(self.tr("Organisasjonen er eksportert til {0}.").format(path))

    def import_json(self) -> None:
        tab = self.tab
        path = self._ask_path(
            False,
            self.tr("Importer organisasjonen"),
            "",
            self.tr("JSON-filer (*.json);;Alle filer (*)"),
        )
        if path is None:
            return
        try:
            doc = parse_orgchart(path.read_bytes())
        except OSError as exc:
            self._file_error(path, exc)
            return
        except EXPECTED as exc:
            show_error(tab, exc, self.tr("Filen kan ikke importeres"))
            return
        known = {u.key for u in tab.snapshot.units}
        existing = sum(1 for u in doc.units if u.key in known)
        answer = QMessageBox.question(
            tab,
            self.tr("Importer organisasjonen"),
            self.tr(
                "Enheter i filen: {0}. Nye: {1}. Finnes fra før og blir erstattet av "
                "innholdet i filen: {2}. Importen kan ikke angres. Fortsette?"
            ).format(len(doc.units), len(doc.units) - existing, existing),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            summary = tab.controller.import_orgchart(doc)
        except EXPECTED as exc:
            show_error(tab, exc, self.tr("Filen kan ikke importeres"))
            return
        tab.window_.reset_history()
        self._status(
            self.tr("Importert. Nye enheter: {0}, oppdaterte: {1}.").format(
                summary.created, summary.updated
            )
        )
