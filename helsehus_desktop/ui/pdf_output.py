"""Where a printed PDF goes, shared by the tabs that print: the user chooses to open it in the
PDF reader (written to a temporary file) or to save it; a problem writing it is reported in
Norwegian, and the status bar says what was written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTemporaryDir, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from helsehus_desktop.ui.errors import EXPECTED, describe_os_error, show_error

if TYPE_CHECKING:
    from helsehus_desktop.ui.settings import Settings


class PdfOutput(QObject):
    """A tab's printing: the subclasses hold the print commands, this the open-or-save part."""

    def __init__(self, tab: QWidget, window: QMainWindow, settings: Settings) -> None:
        super().__init__(tab)
        self._dialog_parent = tab
        self._window = window
        self._settings = settings  # the remembered folder
        self._viewer_files: QTemporaryDir | None = None  # removed when the program ends

    def _status(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def _target(self, name: str, title: str) -> tuple[Path | None, bool]:
        """Ask whether to open or save; (path, open it afterwards), path None if cancelled."""
        box = QMessageBox(self._dialog_parent)
        box.setWindowTitle(title)
        box.setText(self.tr("Vil du åpne PDF-en i PDF-leseren, eller lagre den?"))
        open_button = box.addButton(self.tr("&Åpne i PDF-leser"), QMessageBox.ButtonRole.AcceptRole)
        save_button = box.addButton(self.tr("&Lagre som…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(open_button)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save_button:
            settings = self._settings
            folder = settings.last_folder or str(Path.home())
            path, _ = QFileDialog.getSaveFileName(
                self._dialog_parent, title, str(Path(folder) / name), self.tr("PDF-filer (*.pdf)")
            )
            if not path:
                return None, False
            settings.last_folder = str(Path(path).parent)
            return Path(path), False
        if clicked is not open_button:
            return None, False
        if self._viewer_files is None:
            self._viewer_files = QTemporaryDir()
        return Path(self._viewer_files.path()) / name, True

    def _open(self, path: Path) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self._dialog_parent,
                self.tr("Ingen PDF-leser"),
                self.tr(
                    "Fant ikke noe program som kan vise PDF-filer. PDF-en ligger i {0}."
                ).format(path),
            )

    def _file_error(self, path: Path, exc: OSError) -> None:
        QMessageBox.warning(
            self._dialog_parent,
            self.tr("Filen kunne ikke skrives"),
            self.tr("«{0}» kunne ikke skrives: {1}").format(path, describe_os_error(exc)),
        )

    def _write(self, path: Path, open_it: bool, write: Callable[[], str]) -> None:
        """Run `write` (it returns the status message); report a problem, or show the PDF."""
        try:
            message = write()
        except OSError as exc:
            self._file_error(path, exc)
            return
        except EXPECTED as exc:
            show_error(self._dialog_parent, exc)
            return
        self._status(message)
        if open_it:
            self._open(path)
