"""What the pages of a patient's plan (ui/pathways) and of a meeting (ui/meetings) share.

`SavedSection` shows data that was saved (`shown`: a `PatientPlan`, a `MeetingRecord`), saves
through a service function and reports a refused value next to the field where it was typed,
keeping the text. `SavedForm` is such a page edited and saved as a whole: a scrolling form with
"Lagre" (Ctrl+S) and "Angre endringer" beside the error line, and dirty tracking that ignores
the form's own filling.

The kind of page (`PlanSection`, `MeetingSection`) says what it shows and how: `subject_of`
(which patient or meeting the data is of), `reshow` (show the saved data again through its own
`show_plan`/`show_record`) and `after_save` (reload and tell the window).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.ui.errors import EXPECTED, message_for
from helsehus_desktop.ui.widgets import ErrorLabel


def refusal_of(call: Callable[[], object], fields: Mapping[str, QWidget] = {}) -> str:
    """Run a service call: "" when it went through, else the message to show. A refused value
    puts the cursor in its field (looked up by the refusal's field name)."""
    try:
        call()
    except FormRefused as exc:
        widget = fields.get(exc.field)
        if widget is not None:
            widget.setFocus()
        return message_for(exc)
    except EXPECTED as exc:
        return message_for(exc)
    return ""


class SavedSection(QWidget):
    """A page showing saved data (`shown`, None: nothing chosen). A page that holds unsaved
    edits says so in `is_dirty`, and `save_changes` saves them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shown: Any = None
        self.error = ErrorLabel()  # place it in the layout where the page's fields are
        self._dirty = False

    # --- what the kind of page provides ---

    def title(self) -> str:
        """The page's name in the tab bar."""
        raise NotImplementedError

    def subject_of(self, data: Any) -> object:
        """What `data` is of (a patient, a meeting): edits stay when it is saved anew."""
        raise NotImplementedError

    def reshow(self) -> None:
        """Show the saved data again, as the page's own show method does."""
        raise NotImplementedError

    def after_save(self) -> None:
        """Reload the saved data after a save (and tell the window)."""
        raise NotImplementedError

    # --- shared behaviour ---

    def show_saved(self, data: Any) -> None:
        """Take `data` as what is shown, and forget unsaved edits and the error line."""
        self.shown = data
        self.error.show_message("")
        self.set_dirty(False)

    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        self._dirty = dirty

    def save_changes(self) -> bool:
        """Save pending edits; True when there were none or they were saved."""
        return True

    def save(self, call: Callable[[], object], fields: Mapping[str, QWidget] = {}) -> bool:
        """Run a service call. When it refuses a value, say why on the page's error line and
        put the cursor in the field (looked up by the refusal's field name); what was typed
        stays. On success the saved data is reloaded."""
        problem = refusal_of(call, fields)
        self.error.show_message(problem)
        if problem:
            return False
        self.set_dirty(False)
        self.after_save()
        return True


class SavedForm(SavedSection):
    """A page edited and saved as a whole. Subclasses put their widgets in `self.body`, pass
    them to `watch`, fill them in `fill(data)` (None: empty) and save in `submit()` through
    `self.save(...)`. When other data of the same subject is saved (another page of the same
    plan or meeting) while this page holds unsaved edits, the edits stay.

    Used as the first base beside the kind of page, which it calls `__init__` of:
    `class FormSection(SavedForm, PlanSection)` then `self.build_form(revert_tip)`."""

    _filling = False

    def build_form(self, revert_tip: str) -> None:
        """Make the scrolling body and the button bar; `revert_tip` is "Angre endringer"'s tip."""
        self._filling = False
        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.scroller = QScrollArea()
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(self.content)
        self.revert_button = QPushButton(self.tr("Angre endringer"))
        self.revert_button.setToolTip(revert_tip)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("Lagre"))
        self.save_button.setToolTip(self.tr("Lagre endringene på denne siden (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_changes)
        bar = QHBoxLayout()
        bar.addWidget(self.error, 1)
        bar.addStretch(0)  # keeps the buttons at their size while the error line is hidden
        bar.addWidget(self.revert_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        bar.setContentsMargins(9, 0, 9, 9)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller, 1)
        outer.addLayout(bar)
        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save_changes)
        self._update_buttons()

    # --- what each page provides ---

    def fill(self, data: Any) -> None:
        raise NotImplementedError

    def submit(self) -> bool:
        raise NotImplementedError

    def show_context(self, data: Any) -> None:
        """Fill what the page only shows (not edits) from the saved data."""

    # --- shared behaviour ---

    def watch(self, *widgets: QWidget) -> None:
        """Mark the page dirty when any of `widgets` is edited."""
        for w in widgets:
            if isinstance(w, (QLineEdit, QPlainTextEdit)):
                w.textChanged.connect(self.edited)
            elif isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self.edited)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self.edited)
            elif isinstance(w, QDateEdit):
                w.dateChanged.connect(self.edited)
            elif isinstance(w, QSpinBox):
                w.valueChanged.connect(self.edited)
            else:
                w.edited.connect(self.edited)  # type: ignore[attr-defined]

    def edited(self, *_args: object) -> None:
        self.set_dirty()

    def set_dirty(self, dirty: bool = True) -> None:
        if dirty and (self._filling or self.shown is None):
            return
        super().set_dirty(dirty)
        self._update_buttons()

    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)

    def show_saved(self, data: Any) -> None:
        same_subject = (
            data is not None
            and self.shown is not None
            and self.subject_of(data) == self.subject_of(self.shown)
        )
        if self.is_dirty() and same_subject:
            # Other data of the same subject was saved: what is typed here stays, unsaved, and
            # "Angre endringer" now goes back to the newer saved data.
            self.shown = data
            self.show_context(data)
            return
        self._filling = True
        try:
            self.fill(data)
        finally:
            self._filling = False
        for edit in self.content.findChildren(QLineEdit):
            edit.setCursorPosition(0)  # show the start of a long text, not its end
        self.show_context(data)
        self.content.setEnabled(data is not None)
        super().show_saved(data)

    def revert(self) -> None:
        self.set_dirty(False)
        self.reshow()

    def save_changes(self) -> bool:
        if self.shown is None or not self.is_dirty():
            return True
        saved = self.submit()
        if not saved:
            focused = self.content.focusWidget()
            if focused is not None:
                self.scroller.ensureWidgetVisible(focused)
        return saved
