"""Guard against Qt bindings that lose references to None (PySide6 6.12.0 on Python 3.11 did:
the program aborted with "deallocating None" after some thousands of Qt calls)."""

import sys

from PySide6.QtWidgets import QLabel


def test_qt_calls_returning_nothing_keep_none_alive(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    # On Python 3.12+ None is immortal and its count never moves; on 3.11 it must not drop.
    assert sys.getrefcount(None) >= before - 50
