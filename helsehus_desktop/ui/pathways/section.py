"""What every part of the plan has in common: it shows a `PatientPlan`, saves through a service
function, and reports a refused value next to the field where it was typed, keeping the text."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.ui.errors import EXPECTED, message_for
from helsehus_desktop.ui.widgets import ErrorLabel

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database


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


class PlanHost(Protocol):
    """What a section needs from the tab around it."""

    db: Database
    actor: str

    def current_patient_id(self) -> int | None: ...

    def plan_changed(self) -> None:
        """Reload the plan and the patient's line in the list after a save."""


class PlanSection(QWidget):
    """A page of the plan. Subclasses build their widgets, fill them in `show_plan`, and save
    with `self.save(lambda: service(...), fields)`. A form that holds unsaved edits says so in
    `is_dirty`, and `save_changes` saves them (the tab asks before switching patient)."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.plan: PatientPlan | None = None
        self.error = ErrorLabel()  # place it in the layout where the section's fields are
        self._dirty = False

    def title(self) -> str:
        """The page's name in the plan's tab bar."""
        raise NotImplementedError

    def show_plan(self, plan: PatientPlan | None) -> None:
        """Fill the widgets from `plan` (None: no patient chosen) and forget unsaved edits."""
        self.plan = plan
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
        """Run a service call. When it refuses a value, say why on the section's error line and
        put the cursor in the field (looked up by the refusal's field name); what was typed
        stays. On success the plan is reloaded."""
        problem = refusal_of(call, fields)
        self.error.show_message(problem)
        if problem:
            return False
        self.set_dirty(False)
        self.host.plan_changed()
        return True
