"""Unexpected errors: shown in plain words, logged without the data that caused them."""

import logging
import sys

from PySide6.QtWidgets import QMessageBox

from helsehus_desktop.logging_setup import setup_logging
from helsehus_desktop.store.orgchart_service import OrgChangeRefused
from helsehus_desktop.ui import errors


def test_an_unexpected_error_is_shown_and_logged_without_its_message(window, tmp_path, monkeypatch):
    log_path = setup_logging(tmp_path / "logs")
    shown = []
    monkeypatch.setattr(
        QMessageBox, "critical", lambda parent, title, text: shown.append((title, text))
    )
    monkeypatch.setattr(errors, "unexpected_errors", [])
    typed = "Kari Nordmann 01019012345"  # data a user typed, carried in the message
    try:
        raise ValueError(typed)
    except ValueError:
        errors._unexpected(*sys.exc_info())
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_path.read_text(encoding="utf-8")
    assert "ValueError" in logged and "Kari" not in logged and "01019012345" not in logged
    assert shown and "ValueError" in shown[0][1] and "Kari" not in shown[0][1]
    assert window.isVisible() and window.org_tab.isEnabled()


def test_a_refused_change_is_explained_in_norwegian():
    exc = OrgChangeRefused("Enheten «{name}» finnes ikke.", name="Åsvegen")
    assert errors.message_for(exc) == "Enheten «Åsvegen» finnes ikke."
