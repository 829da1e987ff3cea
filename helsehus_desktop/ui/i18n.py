"""Languages: Norwegian bokmål (the source language of every string) and English."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from helsehus_desktop.paths import resource_path

LANGUAGES = {"nb": "Norsk bokmål", "en": "English"}
DATE_FORMAT = "dd.MM.yyyy"  # in both languages, as the services use it

_installed: list[QTranslator] = []


def install_language(app: QCoreApplication, language: str) -> None:
    """Load the translations for `language`, replacing any loaded before."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # nb: our strings are already bokmål; Qt's own dialogs need our qtbase_nb.
    # en: our strings need helsehus_en; Qt's own dialogs are English already.
    files = ["qtbase_nb.qm"] if language == "nb" else ["helsehus_en.qm"]
    for name in files:
        translator = QTranslator(app)
        if translator.load(str(resource_path("translations", name))):
            app.installTranslator(translator)
            _installed.append(translator)
    locale = (
        QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
        if language == "nb"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    )
    QLocale.setDefault(locale)


def translate(context: str, text: str) -> str:
    """Translate text marked elsewhere (such as core's labels) in its context."""
    return QCoreApplication.translate(context, text)
