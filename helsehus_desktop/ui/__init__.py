"""PySide6 user interface: main window, one package per tab, Qt item models, small widgets."""
