"""What every part of the plan has in common: it shows a `PatientPlan`, saves through a service
function, and reports a refused value next to the field where it was typed, keeping the text
(the behaviour shared with a meeting's pages is in ui/form_base.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QWidget

from helsehus_desktop.core.pathway import PatientPlan
from helsehus_desktop.ui.form_base import SavedSection, refusal_of

if TYPE_CHECKING:
    from helsehus_desktop.store.database import Database

__all__ = ["PlanHost", "PlanSection", "refusal_of"]


class PlanHost(Protocol):
    """What a section needs from the tab around it."""

    db: Database
    actor: str

    def current_patient_id(self) -> int | None: ...

    def plan_changed(self) -> None:
        """Reload the plan and the patient's line in the list after a save."""


class PlanSection(SavedSection):
    """A page of the plan. Subclasses build their widgets, fill them in `show_plan`, and save
    with `self.save(lambda: service(...), fields)`. A form that holds unsaved edits says so in
    `is_dirty`, and `save_changes` saves them (the tab asks before switching patient)."""

    def __init__(self, host: PlanHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = host

    @property
    def plan(self) -> PatientPlan | None:
        """The plan shown (None: no patient chosen)."""
        plan: PatientPlan | None = self.shown
        return plan

    def show_plan(self, plan: PatientPlan | None) -> None:
        """Fill the widgets from `plan` (None: no patient chosen) and forget unsaved edits."""
        self.show_saved(plan)

    def subject_of(self, data: PatientPlan) -> object:
        return data.patient.id

    def reshow(self) -> None:
        self.show_plan(self.plan)

    def after_save(self) -> None:
        self.host.plan_changed()
