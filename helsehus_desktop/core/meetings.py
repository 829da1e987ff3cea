"""Resource-group meetings: the kinds of series, the statuses of meetings, attendance and action
items, the figures the Monday meeting watches, and the plain objects a meeting is made of.
The store hands these to the window and to the printed minutes; nothing here touches a database
or Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.recurrence import RecurrenceRule

# --- labels ----------------------------------------------------------------------------------

EXTENDED = "extended"
CORE_GROUP = "core_group"
INTERDISCIPLINARY = "interdisciplinary"
AD_HOC = "ad_hoc"
SERIES_KINDS = {
    EXTENDED: QT_TRANSLATE_NOOP("Meetings", "Utvidet ressursgruppe"),
    CORE_GROUP: QT_TRANSLATE_NOOP("Meetings", "Kjernegruppe"),
    INTERDISCIPLINARY: QT_TRANSLATE_NOOP("Meetings", "Tverrfaglig samhandlingsmøte"),
    AD_HOC: QT_TRANSLATE_NOOP("Meetings", "Arbeidsgruppe"),
}

PLANNED = "planned"
HELD = "held"
CANCELLED = "cancelled"
MEETING_STATUSES = {
    PLANNED: QT_TRANSLATE_NOOP("Meetings", "Planlagt"),
    HELD: QT_TRANSLATE_NOOP("Meetings", "Avholdt"),
    CANCELLED: QT_TRANSLATE_NOOP("Meetings", "Avlyst"),
}

NOT_RECORDED = ""
PRESENT = "present"
ABSENT = "absent"
DEPUTY = "deputy"
ATTENDANCE = {
    NOT_RECORDED: QT_TRANSLATE_NOOP("Meetings", "Ikke registrert"),
    PRESENT: QT_TRANSLATE_NOOP("Meetings", "Til stede"),
    ABSENT: QT_TRANSLATE_NOOP("Meetings", "Fravær"),
    DEPUTY: QT_TRANSLATE_NOOP("Meetings", "Sendte stedfortreder"),
}

OPEN = "open"
DONE = "done"
DROPPED = "dropped"
ACTION_STATUSES = {
    OPEN: QT_TRANSLATE_NOOP("Meetings", "Åpen"),
    DONE: QT_TRANSLATE_NOOP("Meetings", "Utført"),
    DROPPED: QT_TRANSLATE_NOOP("Meetings", "Utgår"),
}

# Training needs raised in meetings, as the Monday meeting's slide lists them.
TRAINING_KINDS = {
    "procedures": QT_TRANSLATE_NOOP("Meetings", "Prosedyrer"),
    "equipment": QT_TRANSLATE_NOOP("Meetings", "Utstyr"),
    "assessment": QT_TRANSLATE_NOOP("Meetings", "Kartlegging"),
    "other": QT_TRANSLATE_NOOP("Meetings", "Annet"),
}
COMPETENCE_LEVELS = {
    "course": QT_TRANSLATE_NOOP("Meetings", "Kurs"),
    "further_education": QT_TRANSLATE_NOOP("Meetings", "Videreutdanning"),
    "master": QT_TRANSLATE_NOOP("Meetings", "Master"),
    "specialist": QT_TRANSLATE_NOOP("Meetings", "Spesialist"),
    "other": QT_TRANSLATE_NOOP("Meetings", "Annet"),
}

# (key, label): what the Monday meeting watches, from the seed slide "Tverrfaglig
# samhandlingsmøte". A series starts with these and may change its own list.
INTERDISCIPLINARY_FIGURES: tuple[tuple[str, str], ...] = (
    ("free_institution_places", QT_TRANSLATE_NOOP("Meetings", "Ledige institusjonsplasser")),
    ("free_care_home_places", QT_TRANSLATE_NOOP("Meetings", "Ledige omsorgsboliger")),
    ("discharge_ready_help", QT_TRANSLATE_NOOP("Meetings", "UK-pasienter med behov for bistand")),
    ("palliative_help", QT_TRANSLATE_NOOP("Meetings", "Palliative forløp med behov for bistand")),
    (
        "challenging_behaviour_help",
        QT_TRANSLATE_NOOP("Meetings", "Utfordrende atferd med behov for bistand"),
    ),
    ("training_procedures", QT_TRANSLATE_NOOP("Meetings", "Opplæringsbehov: prosedyrer")),
    ("training_equipment", QT_TRANSLATE_NOOP("Meetings", "Opplæringsbehov: utstyr")),
    ("training_assessment", QT_TRANSLATE_NOOP("Meetings", "Opplæringsbehov: kartlegging")),
)
# The core group watches the incidence of palliative patients in home care.
CORE_GROUP_FIGURES: tuple[tuple[str, str], ...] = (
    ("active_pathways", QT_TRANSLATE_NOOP("Meetings", "Aktive palliative forløp")),
    ("new_pathways", QT_TRANSLATE_NOOP("Meetings", "Nye forløp siden sist")),
)
DEFAULT_FIGURES = {INTERDISCIPLINARY: INTERDISCIPLINARY_FIGURES, CORE_GROUP: CORE_GROUP_FIGURES}


# --- plain objects ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Member:
    """A member of a series: a person and the unit they represent. `position_id` is set when
    the person was picked from the organisation chart; the name is kept either way."""

    id: int | None
    name: str
    unit_id: int | None = None
    role: str = ""
    position_id: int | None = None


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure a series watches; `key` is stable, `label` is what people read."""

    id: int | None
    key: str
    label: str


@dataclass(frozen=True, slots=True)
class Series:
    id: int | None
    kind: str
    name: str
    purpose: str = ""
    organiser: str = ""
    place: str = ""
    start_time: str = ""  # "HH:MM", or "" when not fixed
    rule: RecurrenceRule | None = None  # None for a group that meets when called
    members: tuple[Member, ...] = ()
    required_unit_ids: tuple[int, ...] = ()
    figures: tuple[Figure, ...] = ()
    active: bool = True


@dataclass(frozen=True, slots=True)
class Meeting:
    id: int | None
    series_id: int
    held_on: date
    status: str = PLANNED
    planned_on: date | None = None  # the date the rule gave, when a holiday or a user moved it
    moved_reason: str = ""  # the holiday's name, or what the user wrote
    start_time: str = ""
    place: str = ""
    note: str = ""

    @property
    def moved(self) -> bool:
        return self.planned_on is not None and self.planned_on != self.held_on


@dataclass(frozen=True, slots=True)
class Attendance:
    member_id: int
    status: str = NOT_RECORDED
    deputy: str = ""  # who came instead, when status is DEPUTY


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: int | None
    title: str
    minutes: str = ""
    decision: str = ""


@dataclass(frozen=True, slots=True)
class PathwayReview:
    """A pathway reviewed in a meeting; it shows in the patient's pathway history too."""

    id: int | None
    pathway_id: int
    patient_name: str = ""
    level: int = 1
    assessment: str = ""
    follow_up: str = ""
    patient_id: int | None = None  # filled when read from the store; printing logs it


@dataclass(frozen=True, slots=True)
class FigureValue:
    figure_id: int
    value: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ActionUpdate:
    """A line of an action item's history: what happened to it at a meeting."""

    meeting_id: int | None
    on: date
    status: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class ActionItem:
    id: int | None
    series_id: int
    what: str
    owner: str = ""
    due_on: date | None = None
    status: str = OPEN
    raised_meeting_id: int | None = None
    raised_on: date | None = None
    closed_on: date | None = None
    history: tuple[ActionUpdate, ...] = ()

    def overdue(self, today: date) -> bool:
        return self.status == OPEN and self.due_on is not None and self.due_on < today

    def open_at(self, day: date) -> bool:
        """Whether the item belongs on the list of a meeting held on `day`: raised on or before
        it, and not closed before it."""
        raised = self.raised_on is None or self.raised_on <= day
        return raised and (self.closed_on is None or self.closed_on >= day)


@dataclass(frozen=True, slots=True)
class Competence:
    id: int | None
    person_name: str
    unit_id: int | None
    course: str
    level: str = "course"
    completed_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class TrainingNeed:
    id: int | None
    unit_id: int | None
    kind: str
    topic: str
    raised_on: date
    meeting_id: int | None = None
    met_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """Everything the meeting page and the printed minutes show for one meeting."""

    series: Series
    meeting: Meeting
    attendance: tuple[Attendance, ...]  # one per member of the series, in member order
    agenda: tuple[AgendaItem, ...]
    reviews: tuple[PathwayReview, ...]
    figures: tuple[FigureValue, ...]  # one per figure of the series, in figure order
    actions: tuple[ActionItem, ...]  # open at this meeting, or raised or closed in it
    unit_names: dict[int, str] = field(default_factory=dict)

    def missing_unit_ids(self) -> list[int]:
        return missing_units(self.series, self.attendance)


def missing_units(series: Series, attendance: Iterable[Attendance]) -> list[int]:
    """The units that must be represented and have nobody present (a deputy counts)."""
    unit_of = {member.id: member.unit_id for member in series.members}
    present = {unit_of.get(a.member_id) for a in attendance if a.status in (PRESENT, DEPUTY)}
    return [uid for uid in series.required_unit_ids if uid not in present]


def initials(name: str) -> str:
    """ "Kari Nordmann" -> "K.N."; how minutes name a patient unless the user chooses names."""
    return "".join(f"{part[0].upper()}." for part in name.replace("-", " ").split() if part)
