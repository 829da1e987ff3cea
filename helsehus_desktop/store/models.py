"""SQLAlchemy 2.0 models. The migrations in `migrations/versions` must build the same schema."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Unit(Base):
    __tablename__ = "units"
    __table_args__ = (CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(30))
    description: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Position(Base):
    __tablename__ = "positions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(100), unique=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    person_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    is_head: Mapped[bool] = mapped_column(Boolean, default=False)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class LineLink(Base):
    """Line management: `unit_id` reports to `parent_id` during the period."""

    __tablename__ = "line_links"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
        CheckConstraint("unit_id <> parent_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Cooperation(Base):
    __tablename__ = "cooperations"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
        CheckConstraint("unit_a_id <> unit_b_id", name="not_self"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_a_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    unit_b_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    note: Mapped[str] = mapped_column(String(500), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class ContactStep(Base):
    __tablename__ = "contact_steps"
    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period"),
        CheckConstraint("rank > 0", name="rank_positive"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    rank: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(200))
    person_name: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    valid_from: Mapped[date] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class ChangeLog(Base):
    """Who changed what and when. Holds ids and action names only, never the data itself."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)


# --- palliative pathways ---------------------------------------------------------------------


class Patient(Base):
    """Only what the plan needs. `search_text` is lower-cased name, birth date (ddmmyyyy and
    dd.mm.yyyy) and number, kept by the service so that typing in the list filters by one
    indexed-free LIKE over a narrow column."""

    __tablename__ = "patients"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    identity_number: Mapped[str | None] = mapped_column(String(11), unique=True)
    birth_date: Mapped[date] = mapped_column(Date)
    address: Mapped[str] = mapped_column(String(300), default="")
    language: Mapped[str] = mapped_column(String(100), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="SET NULL"), index=True
    )
    gp_name: Mapped[str] = mapped_column(String(200), default="")
    gp_phone: Mapped[str] = mapped_column(String(50), default="")
    next_of_kin_name: Mapped[str] = mapped_column(String(200), default="")
    next_of_kin_phone: Mapped[str] = mapped_column(String(50), default="")
    contact_nurse: Mapped[str] = mapped_column(String(200), default="")
    search_text: Mapped[str] = mapped_column(String(300), default="")


class Pathway(Base):
    """One pathway per patient, with its current level and the plan's free-text parts."""

    __tablename__ = "pathways"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 3", name="level"),
        CheckConstraint("status IN ('active', 'ended')", name="status"),
        CheckConstraint("ended_on IS NULL OR ended_on >= start_date", name="period"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(
        ForeignKey("patients.id", ondelete="CASCADE"), unique=True
    )
    level: Mapped[int] = mapped_column(Integer, index=True)
    start_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="active", index=True)
    ended_on: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(String(30), default="")
    prevent_escalation: Mapped[str] = mapped_column(Text, default="")
    enable_improvement: Mapped[str] = mapped_column(Text, default="")
    check_holidays: Mapped[str] = mapped_column(Text, default="")
    check_staffing: Mapped[str] = mapped_column(Text, default="")
    check_acute: Mapped[str] = mapped_column(Text, default="")
    contact_evening: Mapped[str] = mapped_column(Text, default="")
    contact_night: Mapped[str] = mapped_column(Text, default="")
    contact_weekend: Mapped[str] = mapped_column(Text, default="")
    contact_holiday: Mapped[str] = mapped_column(Text, default="")
    extra_visits: Mapped[str] = mapped_column(Text, default="")


def _pathway_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("pathways.id", ondelete="CASCADE"), index=True)


class LevelChange(Base):
    __tablename__ = "level_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    changed_on: Mapped[date] = mapped_column(Date)
    from_level: Mapped[int | None] = mapped_column(Integer)
    to_level: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(100))


class StopPoint(Base):
    __tablename__ = "stop_points"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    due_on: Mapped[date] = mapped_column(Date)
    evaluated_on: Mapped[date | None] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(Text, default="")


class ActivityItem(Base):
    __tablename__ = "activity_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    key: Mapped[str] = mapped_column(String(100))
    group: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(500))
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    sort: Mapped[int] = mapped_column(Integer, default=0)


class AdvanceCarePlan(Base):
    __tablename__ = "advance_care_plans"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = mapped_column(
        ForeignKey("pathways.id", ondelete="CASCADE"), unique=True
    )
    held_on: Mapped[date | None] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, default="")
    what_matters: Mapped[str] = mapped_column(Text, default="")
    preferred_place_of_care: Mapped[str] = mapped_column(String(300), default="")
    preferred_place_of_death: Mapped[str] = mapped_column(String(300), default="")
    hospital_admission: Mapped[str] = mapped_column(String(10), default="")
    respirator: Mapped[str] = mapped_column(String(10), default="")
    cpr_status: Mapped[str] = mapped_column(String(10), default="")
    infection_treatment: Mapped[str] = mapped_column(Text, default="")
    other_limits: Mapped[str] = mapped_column(Text, default="")
    flagged_in_record: Mapped[bool] = mapped_column(Boolean, default=False)


class PlanStep(Base):
    __tablename__ = "plan_steps"
    __table_args__ = (CheckConstraint("step IN ('A', 'B', 'C')", name="step"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    step: Mapped[str] = mapped_column(String(1))
    applies_when: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    call_whom: Mapped[str] = mapped_column(Text, default="")


class MedicationLine(Base):
    __tablename__ = "medication_lines"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    plan_step_id: Mapped[int] = mapped_column(
        ForeignKey("plan_steps.id", ondelete="CASCADE"), index=True
    )
    sort: Mapped[int] = mapped_column(Integer, default=0)
    drug: Mapped[str] = mapped_column(String(200))
    dose: Mapped[str] = mapped_column(String(100), default="")
    route: Mapped[str] = mapped_column(String(100), default="")
    interval: Mapped[str] = mapped_column(String(100), default="")
    max_per_day: Mapped[str] = mapped_column(String(100), default="")


class AcuteScenario(Base):
    __tablename__ = "acute_scenarios"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    sort: Mapped[int] = mapped_column(Integer, default=0)
    foreseen: Mapped[bool] = mapped_column(Boolean, default=True)
    scenario: Mapped[str] = mapped_column(Text)
    action: Mapped[str] = mapped_column(Text, default="")
    call_whom: Mapped[str] = mapped_column(Text, default="")


class TeamMember(Base):
    __tablename__ = "team_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    sort: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    contact: Mapped[str] = mapped_column(String(200), default="")
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="SET NULL"))


class EsasRegistration(Base):
    """One ESAS-r form. A NULL score means "could not be assessed", which is not 0."""

    __tablename__ = "esas_registrations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    filled_by: Mapped[str] = mapped_column(String(20))
    pain: Mapped[int | None] = mapped_column(Integer)
    tiredness: Mapped[int | None] = mapped_column(Integer)
    drowsiness: Mapped[int | None] = mapped_column(Integer)
    nausea: Mapped[int | None] = mapped_column(Integer)
    appetite: Mapped[int | None] = mapped_column(Integer)
    breathlessness: Mapped[int | None] = mapped_column(Integer)
    depression: Mapped[int | None] = mapped_column(Integer)
    anxiety: Mapped[int | None] = mapped_column(Integer)
    wellbeing: Mapped[int | None] = mapped_column(Integer)
    max_score: Mapped[int | None] = mapped_column(Integer)  # the highest score, for overviews


class EsasOther(Base):
    __tablename__ = "esas_others"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("esas_registrations.id", ondelete="CASCADE"), index=True
    )
    sort: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    score: Mapped[int | None] = mapped_column(Integer)


class MobidRegistration(Base):
    __tablename__ = "mobid_registrations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    at: Mapped[datetime] = mapped_column(DateTime)
    observer: Mapped[str] = mapped_column(String(200))
    overall: Mapped[int] = mapped_column(Integer)


class MobidScore(Base):
    __tablename__ = "mobid_scores"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("mobid_registrations.id", ondelete="CASCADE"), index=True
    )
    item: Mapped[str] = mapped_column(String(50))
    sound: Mapped[bool] = mapped_column(Boolean, default=False)
    face: Mapped[bool] = mapped_column(Boolean, default=False)
    defence: Mapped[bool] = mapped_column(Boolean, default=False)
    intensity: Mapped[int] = mapped_column(Integer)


class HomeDeathCheck(Base):
    """A line of the home-death checklist as recorded; lines never recorded are not stored."""

    __tablename__ = "home_death_checks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    pathway_id: Mapped[int] = _pathway_fk()
    key: Mapped[str] = mapped_column(String(100))
    title: Mapped[str] = mapped_column(String(500))
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class AccessLog(Base):
    """Who read or changed which patient's data, and when: the treatment register's access log.
    Holds the patient's id and the kind of access only."""

    __tablename__ = "access_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    actor: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(30))
    patient_id: Mapped[int] = mapped_column(Integer, index=True)


# --- meetings --------------------------------------------------------------------------------


class MeetingSeries(Base):
    """A group that meets: its kind, purpose, organiser and the rule it meets by. `rule_kind` is
    NULL for a group that meets when called; the other rule columns then mean nothing."""

    __tablename__ = "meeting_series"
    __table_args__ = (
        CheckConstraint(
            "kind IN ('extended', 'core_group', 'interdisciplinary', 'ad_hoc')", name="kind"
        ),
        CheckConstraint("rule_kind IS NULL OR rule_kind IN ('weekly', 'monthly')", name="rule"),
        CheckConstraint("rule_on_holiday IN ('move', 'skip')", name="on_holiday"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    name: Mapped[str] = mapped_column(String(200))
    purpose: Mapped[str] = mapped_column(Text, default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    start_time: Mapped[str] = mapped_column(String(5), default="")
    rule_kind: Mapped[str | None] = mapped_column(String(10))
    rule_weekday: Mapped[int] = mapped_column(Integer, default=0)
    rule_every_weeks: Mapped[int] = mapped_column(Integer, default=1)
    rule_months: Mapped[str] = mapped_column(String(40), default="")  # "2,5,9,11"
    rule_week_of_month: Mapped[int] = mapped_column(Integer, default=1)
    rule_on_holiday: Mapped[str] = mapped_column(String(10), default="move")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


def _series_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("meeting_series.id", ondelete="CASCADE"), index=True)


def _meeting_fk() -> Mapped[int]:
    return mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)


class SeriesMember(Base):
    """A person in a series and the unit they represent; `position_id` when picked from the
    organisation chart (the name is kept either way)."""

    __tablename__ = "series_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = _series_fk()
    sort: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="SET NULL"), index=True
    )
    role: Mapped[str] = mapped_column(String(200), default="")
    position_id: Mapped[int | None] = mapped_column(
        ForeignKey("positions.id", ondelete="SET NULL"), index=True
    )
    # False for someone who has left the group: kept, so past attendance and missing units stay
    # as they were recorded, but no longer listed for new meetings.
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SeriesRequiredUnit(Base):
    """A unit that must be represented at every meeting of a series."""

    __tablename__ = "series_required_units"
    __table_args__ = (UniqueConstraint("series_id", "unit_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("meeting_series.id", ondelete="CASCADE"))
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    sort: Mapped[int] = mapped_column(Integer, default=0)


class SeriesFigure(Base):
    """A figure a series watches; `key` is stable, `label` is what people read."""

    __tablename__ = "series_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = _series_fk()
    sort: Mapped[int] = mapped_column(Integer, default=0)
    key: Mapped[str] = mapped_column(String(100), default="")
    label: Mapped[str] = mapped_column(String(200))


class Meeting(Base):
    """One meeting of a series. `planned_on` is the date the rule gave when a holiday or a
    user moved the meeting, NULL otherwise."""

    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("status IN ('planned', 'held', 'cancelled')", name="status"),
        Index("ix_meetings_series_id_held_on", "series_id", "held_on"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = mapped_column(ForeignKey("meeting_series.id", ondelete="CASCADE"))
    held_on: Mapped[date] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default="planned")
    planned_on: Mapped[date | None] = mapped_column(Date)
    moved_reason: Mapped[str] = mapped_column(String(300), default="")
    start_time: Mapped[str] = mapped_column(String(5), default="")
    place: Mapped[str] = mapped_column(String(300), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class Attendance(Base):
    """A member's attendance at a meeting; no row means not recorded."""

    __tablename__ = "attendance"
    __table_args__ = (
        CheckConstraint("status IN ('', 'present', 'absent', 'deputy')", name="status"),
        UniqueConstraint("meeting_id", "member_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    member_id: Mapped[int] = mapped_column(
        ForeignKey("series_members.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(10), default="")
    deputy: Mapped[str] = mapped_column(String(200), default="")


class AgendaItem(Base):
    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = _meeting_fk()
    sort: Mapped[int] = mapped_column(Integer, default=0)
    title: Mapped[str] = mapped_column(String(500))
    minutes: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")


class PathwayReview(Base):
    """A pathway reviewed in a meeting, at the level it had then; shown in the pathway's
    history too."""

    __tablename__ = "pathway_reviews"
    __table_args__ = (
        CheckConstraint("level BETWEEN 1 AND 3", name="level"),
        UniqueConstraint("meeting_id", "pathway_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    pathway_id: Mapped[int] = _pathway_fk()
    level: Mapped[int] = mapped_column(Integer)
    assessment: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")


class FigureValue(Base):
    """A figure's number and note at one meeting; NULL value means not counted."""

    __tablename__ = "figure_values"
    __table_args__ = (
        CheckConstraint("value IS NULL OR value >= 0", name="value"),
        UniqueConstraint("meeting_id", "figure_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    figure_id: Mapped[int] = mapped_column(
        ForeignKey("series_figures.id", ondelete="CASCADE"), index=True
    )
    value: Mapped[int | None] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")


class ActionItem(Base):
    """An action item of a series: raised at a meeting, carried over until closed."""

    __tablename__ = "action_items"
    __table_args__ = (CheckConstraint("status IN ('open', 'done', 'dropped')", name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    series_id: Mapped[int] = _series_fk()
    what: Mapped[str] = mapped_column(Text)
    owner: Mapped[str] = mapped_column(String(200), default="")
    due_on: Mapped[date | None] = mapped_column(Date, index=True)
    status: Mapped[str] = mapped_column(String(10), default="open", index=True)
    raised_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    raised_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)


class ActionUpdate(Base):
    """A line of an action item's history: what happened to it at a meeting."""

    __tablename__ = "action_updates"
    __table_args__ = (CheckConstraint("status IN ('open', 'done', 'dropped')", name="status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    action_id: Mapped[int] = mapped_column(
        ForeignKey("action_items.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    on_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")


class Competence(Base):
    """A person's palliative or cancer-care competence: a course, education or specialty."""

    __tablename__ = "competences"
    __table_args__ = (
        CheckConstraint(
            "level IN ('course', 'further_education', 'master', 'specialist', 'other')",
            name="level",
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    person_name: Mapped[str] = mapped_column(String(200))
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="SET NULL"), index=True
    )
    course: Mapped[str] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(30), default="course")
    completed_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class TrainingNeed(Base):
    """A training need raised (often in a meeting), until it is met."""

    __tablename__ = "training_needs"
    __table_args__ = (
        CheckConstraint("kind IN ('procedures', 'equipment', 'assessment', 'other')", name="kind"),
        CheckConstraint("met_on IS NULL OR met_on >= raised_on", name="period"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))
    topic: Mapped[str] = mapped_column(String(300))
    raised_on: Mapped[date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    met_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
