"""Showing problems to the user in plain words, and catching what nobody expected."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.file_errors import describe_file_problem
from helsehus_desktop.core.orgchart import OrgRuleError
from helsehus_desktop.core.orgchart_json import ImportFormatError
from helsehus_desktop.core.templates import TemplateError
from helsehus_desktop.store.errors import StoreError

log = logging.getLogger(__name__)

EXPECTED = (StoreError, OrgRuleError, ImportFormatError, FormRefused, TemplateError)

# Names of unexpected exceptions seen in this run; the smoke test fails when there are any.
unexpected_errors: list[str] = []
_interactive = True


def message_for(exc: BaseException) -> str:
    """The translated message of an expected error."""
    if isinstance(exc, StoreError):
        return QCoreApplication.translate(exc.context, exc.template).format(**exc.params)
    if isinstance(exc, ImportFormatError):
        return exc.message(QCoreApplication.translate)
    if isinstance(exc, FormRefused):
        return QCoreApplication.translate(exc.context, exc.message).format(*exc.params)
    if isinstance(exc, TemplateError):
        return QCoreApplication.translate(
            "Errors", "Datafilen {0} kan ikke brukes: {1}. Rett filen eller fjern den."
        ).format(exc.path, exc.problem)
    if isinstance(exc, OrgRuleError):
        return QCoreApplication.translate("OrgRule", str(exc))
    return str(exc)


def describe_os_error(exc: OSError) -> str:
    """What went wrong with a file, in the user's language."""
    return describe_file_problem(exc, QCoreApplication.translate)


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(
        parent, title or QCoreApplication.translate("Errors", "Kan ikke utføres"), message_for(exc)
    )


def _unexpected(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    # The message of an exception may hold data the user typed, so only its type and where it
    # happened go to the log.
    log.error("Unexpected %s\n%s", exc_type.__name__, "".join(traceback.format_tb(tb)))
    unexpected_errors.append(exc_type.__name__)
    if not _interactive or QApplication.instance() is None:
        print(
            f"Unexpected {exc_type.__name__}:\n{''.join(traceback.format_tb(tb))}", file=sys.stderr
        )
        return
    QMessageBox.critical(
        QApplication.activeWindow(),
        QCoreApplication.translate("Errors", "Uventet feil"),
        QCoreApplication.translate(
            "Errors",
            "Det oppstod en uventet feil ({name}). Det du holdt på med ble kanskje ikke lagret, "
            "men programmet kan brukes videre. Feilen er skrevet i loggfilen.",
        ).format(name=exc_type.__name__),
    )


def install_excepthook(interactive: bool = True) -> None:
    """Route uncaught exceptions to the log and a message box (or stderr when not interactive)."""
    global _interactive
    _interactive = interactive
    sys.excepthook = _unexpected
