"""Palliative pathways: levels, statuses, the activity checklist and the plain objects a plan is
made of. The store hands these to the window and to the printed plan; nothing here touches a
database or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.templates import LEVELS, ActivityTemplate

__all__ = ["LEVELS"]

LEVEL_LABELS = {
    1: QT_TRANSLATE_NOOP("Pathway", "Forløp 1"),
    2: QT_TRANSLATE_NOOP("Pathway", "Forløp 2"),
    3: QT_TRANSLATE_NOOP("Pathway", "Forløp 3"),
}
LEVEL_DESCRIPTIONS = {
    1: QT_TRANSLATE_NOOP("Pathway", "Naturlig og forventet livsavslutning; rolig og oversiktlig"),
    2: QT_TRANSLATE_NOOP("Pathway", "Alvorlig diagnose, spesiell behandling; økt samarbeid"),
    3: QT_TRANSLATE_NOOP("Pathway", "Komplisert og kompetansekrevende; hyppige endringer"),
}
ACTIVE = "active"
ENDED = "ended"
STATUS_LABELS = {
    ACTIVE: QT_TRANSLATE_NOOP("Pathway", "Aktivt"),
    ENDED: QT_TRANSLATE_NOOP("Pathway", "Avsluttet"),
}
END_REASONS = {
    "home_death": QT_TRANSLATE_NOOP("Pathway", "Død i hjemmet"),
    "institution_death": QT_TRANSLATE_NOOP("Pathway", "Død i institusjon"),
    "moved": QT_TRANSLATE_NOOP("Pathway", "Flyttet til annen tjeneste"),
}
QUESTION_PREVENT = QT_TRANSLATE_NOOP(
    "Pathway", "Hva kan forberedes slik at forløp 2 ikke utvikles til forløp 3?"
)
QUESTION_IMPROVE = QT_TRANSLATE_NOOP(
    "Pathway", "Hva kan gjøres for at forløp 3 kan bli et forløp 2 eller 1?"
)
PLAN_STEPS = ("A", "B", "C")
PLAN_STEP_MEANINGS = {
    "A": QT_TRANSLATE_NOOP("Pathway", "Den vanlige planen"),
    "B": QT_TRANSLATE_NOOP("Pathway", "Forutsett forverring"),
    "C": QT_TRANSLATE_NOOP("Pathway", "Akutt eller uforutsett endring"),
}
YES_NO = {
    "": QT_TRANSLATE_NOOP("Pathway", "Ikke avklart"),
    "yes": QT_TRANSLATE_NOOP("Pathway", "Ja"),
    "no": QT_TRANSLATE_NOOP("Pathway", "Nei"),
}
CPR_STATUS = {
    "": QT_TRANSLATE_NOOP("Pathway", "Ikke avklart"),
    "cpr": QT_TRANSLATE_NOOP("Pathway", "HLR"),
    "no_cpr": QT_TRANSLATE_NOOP("Pathway", "HLR minus"),
}
TEAM_ROLES = {
    "gp": QT_TRANSLATE_NOOP("Pathway", "Fastlege"),
    "palliative_team": QT_TRANSLATE_NOOP("Pathway", "Palliativt team"),
    "hospital": QT_TRANSLATE_NOOP("Pathway", "Sykehus"),
    "physio_ergo": QT_TRANSLATE_NOOP("Pathway", "Fysio-/ergoterapeut"),
    "cancer_coordinator": QT_TRANSLATE_NOOP("Pathway", "Kreftkoordinator"),
    "interpreter": QT_TRANSLATE_NOOP("Pathway", "Tolk"),
    "nurse": QT_TRANSLATE_NOOP("Pathway", "Kontaktsykepleier"),
    "other": QT_TRANSLATE_NOOP("Pathway", "Annen"),
}
CONTACT_TIMES = {
    "evening": QT_TRANSLATE_NOOP("Pathway", "Kveld"),
    "night": QT_TRANSLATE_NOOP("Pathway", "Natt"),
    "weekend": QT_TRANSLATE_NOOP("Pathway", "Helg"),
    "holiday": QT_TRANSLATE_NOOP("Pathway", "Helligdager"),
}


# --- the patient and the pathway ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Patient:
    """What the plan needs to know about a patient, and nothing more."""

    id: int | None
    name: str
    identity_number: str  # "" when none is known; then birth_date is typed in
    birth_date: date
    address: str = ""
    language: str = ""
    interpreter_needed: bool = False
    unit_id: int | None = None
    gp_name: str = ""
    gp_phone: str = ""
    next_of_kin_name: str = ""
    next_of_kin_phone: str = ""
    contact_nurse: str = ""


@dataclass(frozen=True, slots=True)
class LevelChange:
    changed_on: date
    from_level: int | None  # None when the pathway started
    to_level: int
    reason: str
    actor: str


@dataclass(frozen=True, slots=True)
class StopPoint:
    id: int | None
    due_on: date
    evaluated_on: date | None = None
    outcome: str = ""

    def overdue(self, today: date) -> bool:
        return self.evaluated_on is None and self.due_on < today


@dataclass(frozen=True, slots=True)
class Pathway:
    id: int | None
    patient_id: int | None
    level: int
    start_date: date
    status: str = ACTIVE
    ended_on: date | None = None
    end_reason: str = ""
    prevent_escalation: str = ""  # answer to QUESTION_PREVENT
    enable_improvement: str = ""  # answer to QUESTION_IMPROVE


@dataclass(frozen=True, slots=True)
class ActivityItem:
    """One line of the activity checklist. `required` is False for an item the current level
    no longer asks for: it is kept with what was recorded, never deleted."""

    id: int | None
    key: str
    group: str
    title: str
    required: bool
    done: bool = False
    done_on: date | None = None
    done_by: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistChange:
    """How the checklist must change for a level: items to add, and the `required` flag to set
    on items that are there already (keyed by template key)."""

    add: tuple[ActivityTemplate, ...]
    required: dict[str, bool]


def reconcile_checklist(
    templates: Sequence[ActivityTemplate], existing_keys: Iterable[str], level: int
) -> ChecklistChange:
    """The checklist for `level`: what the level asks for and is missing is added; what is
    there is marked required or not, and nothing is removed."""
    existing = set(existing_keys)
    wanted = {t.key for t in templates if level in t.levels}
    add = tuple(t for t in templates if t.key in wanted and t.key not in existing)
    return ChecklistChange(add=add, required={key: key in wanted for key in existing})


# --- the plan ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AdvanceCarePlan:
    held_on: date | None = None
    participants: str = ""
    what_matters: str = ""
    preferred_place_of_care: str = ""
    preferred_place_of_death: str = ""
    hospital_admission: str = ""  # a key of YES_NO
    respirator: str = ""  # a key of YES_NO
    cpr_status: str = ""  # a key of CPR_STATUS
    infection_treatment: str = ""
    other_limits: str = ""
    flagged_in_record: bool = False


@dataclass(frozen=True, slots=True)
class MedicationLine:
    """Written as the nurse reads it from the GP's order; never computed or suggested here."""

    drug: str
    dose: str = ""
    route: str = ""
    interval: str = ""
    max_per_day: str = ""


@dataclass(frozen=True, slots=True)
class PlanStep:
    step: str  # "A", "B" or "C"
    applies_when: str = ""
    measures: str = ""
    call_whom: str = ""
    medications: tuple[MedicationLine, ...] = ()


@dataclass(frozen=True, slots=True)
class PlanChecks:
    """The three questions the slide asks of every plan A/B/C."""

    holidays: str = ""  # how the plan holds over the public holidays ahead
    staffing: str = ""
    acute_changes: str = ""


@dataclass(frozen=True, slots=True)
class AcuteScenario:
    foreseen: bool
    scenario: str
    action: str = ""
    call_whom: str = ""


@dataclass(frozen=True, slots=True)
class ContactPlan:
    evening: str = ""
    night: str = ""
    weekend: str = ""
    holiday: str = ""
    extra_visits: str = ""  # the need for extra home visits and follow-up


@dataclass(frozen=True, slots=True)
class TeamMember:
    role: str  # a key of TEAM_ROLES
    name: str
    contact: str = ""
    unit_id: int | None = None  # when chosen from the organisation chart


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """One line of the home-death checklist as recorded for a patient."""

    key: str
    title: str
    done: bool = False
    done_on: date | None = None
    done_by: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class EsasRegistration:
    id: int | None
    at: datetime
    filled_by: str  # a key of assessments.ESAS_FILLED_BY
    scores: dict[str, int | None]  # every ESAS_ITEMS key; None = could not be assessed
    others: tuple[tuple[str, int | None], ...] = ()  # named "other problem" lines


@dataclass(frozen=True, slots=True)
class MobidScore:
    item: str  # key from the MOBID-2 data file
    sound: bool = False
    face: bool = False
    defence: bool = False
    intensity: int = 0


@dataclass(frozen=True, slots=True)
class MobidRegistration:
    id: int | None
    at: datetime
    observer: str
    items: tuple[MobidScore, ...]
    overall: int


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """The pathway reviewed in a meeting, as the pathway's history shows it."""

    meeting_id: int
    held_on: date
    series_name: str
    assessment: str
    follow_up: str


@dataclass(frozen=True, slots=True)
class PatientPlan:
    """Everything the plan tab and the printed plan show for one patient."""

    patient: Patient
    unit_name: str
    pathway: Pathway
    level_history: tuple[LevelChange, ...]
    stop_points: tuple[StopPoint, ...]
    activities: tuple[ActivityItem, ...]
    advance_care: AdvanceCarePlan
    plan_steps: tuple[PlanStep, ...]  # always A, B and C in order
    plan_checks: PlanChecks
    holidays: tuple[tuple[date, str], ...]  # public holidays in the next 30 days
    scenarios: tuple[AcuteScenario, ...]
    contact_plan: ContactPlan
    team: tuple[TeamMember, ...]
    esas: tuple[EsasRegistration, ...]  # oldest first
    mobid: tuple[MobidRegistration, ...]  # oldest first
    home_death: tuple[ChecklistEntry, ...]
    unit_names: dict[int, str] = field(default_factory=dict)  # for team members from the chart
    reviews: tuple[ReviewEntry, ...] = ()  # meetings that reviewed the pathway, oldest first

    def next_stop_point(self) -> StopPoint | None:
        open_points = [p for p in self.stop_points if p.evaluated_on is None]
        return min(open_points, key=lambda p: p.due_on, default=None)
