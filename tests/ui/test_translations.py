"""Translations: English is complete and consistent, the shipped .qm files match their .ts, and
switching language changes what the window shows (Qt's own buttons included)."""

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from helsehus_desktop.paths import resource_path
from helsehus_desktop.ui.i18n import install_language
from helsehus_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resource_path("translations")
APP_TS = TRANSLATIONS / "helsehus_en.ts"

# {} {0} {name} (str.format), %1 %n (Qt); "{{" and "}}" are literal braces.
PLACEHOLDER = re.compile(r"\{[A-Za-z0-9_]*\}|%(?:n|L?\d+)")
ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+);")


def _tools():
    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path):
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message


def _accelerators(text: str) -> list[str]:
    """The letters marked with a single & (not && and not an HTML entity)."""
    text = ENTITY.sub("", text).replace("&&", "")
    return re.findall(r"&(\S)", text)


def test_english_is_complete_and_keeps_placeholders():
    problems = []
    count = 0
    for context, message in _messages(APP_TS):
        count += 1
        source = message.findtext("source") or ""
        translation = message.find("translation")
        where = f"{context}: {source!r}"
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is not translated")
            continue
        text = translation.text or ""
        if not text.strip():
            problems.append(f"{where} has an empty translation")
        missing = sorted(set(PLACEHOLDER.findall(source)) - set(PLACEHOLDER.findall(text)))
        if missing:
            problems.append(f"{where} lacks {missing} in {text!r}")
        if len(_accelerators(source)) != len(_accelerators(text)):
            problems.append(f"{where} and {text!r} differ in accelerators")
    assert count > 100
    assert not problems, "\n".join(problems)


def test_qtbase_nb_is_complete():
    for context, message in _messages(TRANSLATIONS / "qtbase_nb.ts"):
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, context
        assert (translation.text or "").strip(), (context, message.findtext("source"))


def test_committed_qm_files_match_their_ts(tmp_path):
    tools = _tools()
    if tools.find_tool("lrelease") is None:
        pytest.skip("pyside6-lrelease not found")
    assert tools.release(tmp_path) == 0
    sources = sorted(TRANSLATIONS.glob("*.ts"))
    assert {p.stem for p in sources} >= {"helsehus_en", "qtbase_nb"}
    for ts in sources:
        committed = ts.with_suffix(".qm")
        assert committed.exists(), f"{committed.name} is missing: run tools/translations.py release"
        assert (tmp_path / committed.name).read_bytes() == committed.read_bytes(), (
            f"{committed.name} is older than {ts.name}: run tools/translations.py release"
        )


def test_the_english_ts_holds_every_message_of_the_code(tmp_path):
    tools = _tools()
    if tools.find_tool("lupdate") is None:
        pytest.skip("pyside6-lupdate not found")
    committed = TRANSLATIONS / "helsehus_en.ts"
    fresh = tmp_path / committed.name
    fresh.write_bytes(committed.read_bytes())
    assert tools.update(fresh) == 0

    def keys(ts):
        return {(ctx, m.findtext("source")) for ctx, m in _messages(ts)}

    missing = keys(fresh) - keys(committed)
    assert not missing, f"not in helsehus_en.ts, run tools/translations.py update: {missing}"
    assert tools.count_messages(fresh)[1] == 0


@pytest.fixture
def language(qapp):
    """Install a language for one test; Norwegian bokmål again afterwards."""
    yield lambda code: install_language(QApplication.instance(), code)
    install_language(QApplication.instance(), "nb")


def test_english_window(qtbot, db, settings, language):
    language("en")
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    titles = [action.text() for action in win.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]
    assert win.tabs.tabText(win.tabs.indexOf(win.org_tab)) == "Organisation"
    assert QCoreApplication.translate("UnitKind", "Tjenestested") == "Service site"
    _assert_unique_accelerators(win)


def test_norwegian_menus_have_unique_accelerators(qtbot, db, settings, language):
    language("nb")
    win = MainWindow(db, settings)
    qtbot.addWidget(win)
    assert [action.text() for action in win.menuBar().actions()] == [
        "&Fil",
        "&Rediger",
        "&Vis",
        "&Hjelp",
    ]
    _assert_unique_accelerators(win)


def _assert_unique_accelerators(win):
    """Each menu's accelerators are unique, so Alt+letter always reaches one item."""
    for action in win.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        letters = [
            letter.casefold()
            for item in menu.actions()
            if not item.isSeparator()
            for letter in _accelerators(item.text())
        ]
        assert len(letters) == len(set(letters)), (action.text(), letters)


def test_norwegian_standard_buttons(qtbot, language):
    language("nb")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Avbryt"
    assert QCoreApplication.translate("QMessageBox", "Show Details...") == "Vis detaljer …"


def test_choosing_english_in_the_menu_rebuilds_the_window(qtbot, db, settings, language):
    from helsehus_desktop.ui.app import Application

    app = Application(QApplication.instance(), settings)
    app.db = db
    app.show_window()
    first = app.window
    qtbot.addWidget(first)
    uid = first.org_tab.controller.add_unit(
        "Ny enhet", name="Testenhet", kind="enhet", parent_id=None, valid_from=date(2024, 1, 1)
    )
    first.org_tab.date_edit.setDate(QDate(2025, 3, 1))
    first.org_tab.select_unit(uid)
    view_menu = first.menuBar().actions()[2].menu()
    languages = next(a.menu() for a in view_menu.actions() if a.menu() is not None)
    english = next(a for a in languages.actions() if a.text() == "English")
    english.trigger()
    qtbot.addWidget(app.window)
    assert app.window is not first and settings.language == "en"
    assert [a.text() for a in app.window.menuBar().actions()][0] == "&File"
    assert app.window.tabs.tabText(app.window.tabs.indexOf(app.window.org_tab)) == "Organisation"
    tab = app.window.org_tab
    assert tab.day == date(2025, 3, 1) and tab.current == uid  # what the user looked at
    app.window.undo_stack.undo()  # the undo history survives
    assert uid not in tab.view.units
