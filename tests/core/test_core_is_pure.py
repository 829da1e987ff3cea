"""`core` holds the domain rules and must stay free of Qt and SQLAlchemy (DESIGN.md)."""

import pkgutil
import subprocess
import sys

import helsehus_desktop.core


def test_core_imports_neither_qt_nor_sqlalchemy():
    modules = [
        f"helsehus_desktop.core.{m.name}"
        for m in pkgutil.iter_modules(helsehus_desktop.core.__path__)
    ]
    assert modules, "no core modules found"
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', "
        "'sqlalchemy', 'alembic'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core pulled in: {result.stdout.strip()}"


def test_store_and_reports_do_not_import_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import helsehus_desktop.store, helsehus_desktop.reports\n"
        "for pkg in (helsehus_desktop.store, helsehus_desktop.reports):\n"
        "    for m in pkgutil.iter_modules(pkg.__path__):\n"
        "        importlib.import_module(f'{pkg.__name__}.{m.name}')\n"
        "qt = ('PySide6', 'shiboken6')\n"
        "print(','.join(sorted(m for m in sys.modules if m.startswith(qt))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
