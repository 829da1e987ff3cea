"""What needs attention today, for the overview tab: stop points due, activities not done,
high ESAS-r scores, level changes, action items due and the next meetings, with counts of active
pathways per level and unit.

One read, `attention`, in a handful of queries whatever the number of patients: each section is
one query over the active pathways of the chosen units, grouped here, never a query per patient.

Access log: like the patient list, names with levels, stop-point dates and checklist titles are
shown without a log line per patient (they are what a coordinator needs to find the patient,
and opening the plan logs the read). ESAS-r scores are health information about a named
patient, so every patient whose scores are shown is logged as "read", once per load.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import ESAS_KEYS
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.store import meeting_service
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import log_many
from helsehus_desktop.store.database import Database
from helsehus_desktop.store.meeting_service import DueAction, UpcomingMeeting

STOP_POINT_DAYS = 7  # stop points due within this many days (and every overdue one)
ESAS_DAYS = 7  # registrations from today and this many days before
ESAS_HIGH = 7  # a score from this up is shown
LEVEL_CHANGE_DAYS = 14
ACTION_DAYS = 7  # action items due within this many days (and every overdue one)
MEETING_DAYS = 14  # meetings from today through this many days ahead


@dataclass(frozen=True, slots=True)
class DueStopPoint:
    patient_id: int
    name: str
    unit_name: str
    level: int
    due_on: date

    def overdue(self, today: date) -> bool:
        return self.due_on < today


@dataclass(frozen=True, slots=True)
class OpenActivities:
    """The required activity items of the current level that are not done, of one patient."""

    patient_id: int
    name: str
    unit_name: str
    level: int
    count: int
    titles: tuple[str, ...]  # in checklist order


@dataclass(frozen=True, slots=True)
class HighScore:
    key: str  # an ESAS_KEYS item, or "" for a named "other problem" line
    name: str  # the other problem's name ("" for the fixed items)
    score: int


@dataclass(frozen=True, slots=True)
class HighEsas:
    """An ESAS-r registration with at least one score of ESAS_HIGH or more: those scores only."""

    patient_id: int
    name: str
    unit_name: str
    registration_id: int
    at: datetime
    scores: tuple[HighScore, ...]  # form order, other problems last


@dataclass(frozen=True, slots=True)
class RecentLevelChange:
    patient_id: int
    name: str
    unit_name: str
    changed_on: date
    from_level: int
    to_level: int


@dataclass(frozen=True, slots=True)
class UnitCount:
    """Active pathways of one unit per level; unit_id None for patients without a unit."""

    unit_id: int | None
    unit_name: str
    by_level: tuple[int, int, int]  # levels 1, 2 and 3

    @property
    def total(self) -> int:
        return sum(self.by_level)


@dataclass(frozen=True, slots=True)
class Totals:
    """How many lines each list has in all (more than it holds when `attention` had a limit)."""

    stop_points: int
    activities: int
    esas: int
    level_changes: int
    actions: int
    meetings: int


@dataclass(frozen=True, slots=True)
class Overview:
    today: date
    stop_points: tuple[DueStopPoint, ...]  # by date, then name
    activities: tuple[OpenActivities, ...]  # by name
    esas: tuple[HighEsas, ...]  # newest first
    level_changes: tuple[RecentLevelChange, ...]  # newest first
    actions: tuple[DueAction, ...]  # by due date
    meetings: tuple[UpcomingMeeting, ...]  # by date and time
    counts: tuple[UnitCount, ...]  # by unit name, patients without a unit last
    totals: Totals


def _name_order(name: str, patient_id: int) -> tuple[Any, int]:
    return (sort_key(name), patient_id)


def _active_of(query: Select, unit_ids: Sequence[int] | None) -> Select:  # type: ignore[type-arg]
    """Restrict a query that joins Pathway and Patient to the active pathways of the units."""
    query = query.where(m.Pathway.status == core.ACTIVE)
    if unit_ids is not None:
        query = query.where(m.Patient.unit_id.in_(list(unit_ids)))
    return query


def _patient_columns() -> tuple[Any, ...]:
    return (m.Patient.id, m.Patient.name, func.coalesce(m.Unit.name, ""))


def _joined(query: Select) -> Select:  # type: ignore[type-arg]
    return query.join(m.Patient, m.Patient.id == m.Pathway.patient_id).outerjoin(
        m.Unit, m.Unit.id == m.Patient.unit_id
    )


def attention(
    db: Database,
    actor: str,
    unit_ids: Sequence[int] | None,
    today: date,
    limit: int | None = None,
) -> Overview:
    """What needs attention on `today` for the patients and meetings of `unit_ids` (None: every
    unit), at most `limit` lines per list (the first in its order; `totals` counts them all).
    Patients whose ESAS-r scores are handed out are logged as read."""
    with db.session() as session:
        stop_rows = session.execute(
            _active_of(
                _joined(
                    select(*_patient_columns(), m.Pathway.level, m.StopPoint.due_on)
                    .select_from(m.StopPoint)
                    .join(m.Pathway, m.Pathway.id == m.StopPoint.pathway_id)
                ),
                unit_ids,
            ).where(
                m.StopPoint.evaluated_on.is_(None),
                m.StopPoint.due_on <= today + timedelta(days=STOP_POINT_DAYS),
            )
        ).all()
        stop_points = sorted(
            (DueStopPoint(*row) for row in stop_rows),
            key=lambda s: (s.due_on, *_name_order(s.name, s.patient_id)),
        )

        # Counted per patient in the database; titles read only for the patients handed out.
        per_pathway = (
            select(m.ActivityItem.pathway_id, func.count().label("open"))
            .where(m.ActivityItem.required.is_(True), m.ActivityItem.done.is_(False))
            .group_by(m.ActivityItem.pathway_id)
            .subquery()
        )
        open_counts = list(
            session.execute(
                _active_of(
                    _joined(
                        select(*_patient_columns(), m.Pathway.level, per_pathway.c.open)
                        .select_from(per_pathway)
                        .join(m.Pathway, m.Pathway.id == per_pathway.c.pathway_id)
                    ),
                    unit_ids,
                )
            )
        )
        open_counts.sort(key=lambda r: _name_order(r[1], r[0]))
        wanted = open_counts[:limit]
        titles_query = (
            select(m.Pathway.patient_id, m.ActivityItem.title)
            .join(m.Pathway, m.Pathway.id == m.ActivityItem.pathway_id)
            .where(m.ActivityItem.required.is_(True), m.ActivityItem.done.is_(False))
            .order_by(m.ActivityItem.pathway_id, m.ActivityItem.sort, m.ActivityItem.id)
        )
        if limit is None:
            titles_query = _active_of(
                titles_query.join(m.Patient, m.Patient.id == m.Pathway.patient_id), unit_ids
            )
        else:
            titles_query = titles_query.where(m.Pathway.patient_id.in_([r[0] for r in wanted]))
        titles: dict[int, list[str]] = {}
        if wanted:
            for pid, title in session.execute(titles_query):
                titles.setdefault(pid, []).append(title)
        activities = [
            OpenActivities(pid, name, unit_name, level, number, tuple(titles.get(pid, ())))
            for pid, name, unit_name, level, number in wanted
        ]

        since = datetime.combine(today - timedelta(days=ESAS_DAYS), time())
        until = datetime.combine(today + timedelta(days=1), time())
        high_esas = _active_of(
            _joined(
                select(
                    *_patient_columns(),
                    m.EsasRegistration.id,
                    m.EsasRegistration.at,
                    *(getattr(m.EsasRegistration, k) for k in ESAS_KEYS),
                )
                .select_from(m.EsasRegistration)
                .join(m.Pathway, m.Pathway.id == m.EsasRegistration.pathway_id)
            ),
            unit_ids,
        ).where(
            m.EsasRegistration.at >= since,
            m.EsasRegistration.at < until,
            m.EsasRegistration.max_score >= ESAS_HIGH,
        )
        esas_rows = list(session.execute(high_esas))
        others: dict[int, list[HighScore]] = {}
        if esas_rows:
            for reg_id, other_name, score in session.execute(
                select(m.EsasOther.registration_id, m.EsasOther.name, m.EsasOther.score)
                .where(
                    m.EsasOther.registration_id.in_([row[3] for row in esas_rows]),
                    m.EsasOther.score >= ESAS_HIGH,
                )
                .order_by(m.EsasOther.registration_id, m.EsasOther.sort, m.EsasOther.id)
            ):
                others.setdefault(reg_id, []).append(HighScore("", other_name, score or 0))
        esas = sorted(
            (
                HighEsas(
                    patient_id=row[0],
                    name=row[1],
                    unit_name=row[2],
                    registration_id=row[3],
                    at=row[4],
                    scores=(
                        *(
                            HighScore(key, "", score)
                            for key, score in zip(ESAS_KEYS, row[5:], strict=True)
                            if score is not None and score >= ESAS_HIGH
                        ),
                        *others.get(row[3], ()),
                    ),
                )
                for row in esas_rows
            ),
            key=lambda e: (-e.at.timestamp(), *_name_order(e.name, e.patient_id)),
        )[:limit]

        change_rows = session.execute(
            _active_of(
                _joined(
                    select(
                        *_patient_columns(),
                        m.LevelChange.changed_on,
                        m.LevelChange.from_level,
                        m.LevelChange.to_level,
                    )
                    .select_from(m.LevelChange)
                    .join(m.Pathway, m.Pathway.id == m.LevelChange.pathway_id)
                ),
                unit_ids,
            ).where(
                m.LevelChange.from_level.is_not(None),  # the start of a pathway is no change
                m.LevelChange.changed_on >= today - timedelta(days=LEVEL_CHANGE_DAYS),
                m.LevelChange.changed_on <= today,
            )
        ).all()
        level_changes = sorted(
            (RecentLevelChange(*row) for row in change_rows),
            key=lambda c: (-c.changed_on.toordinal(), *_name_order(c.name, c.patient_id)),
        )

        count_rows = session.execute(
            _active_of(
                select(
                    m.Patient.unit_id,
                    func.coalesce(m.Unit.name, ""),
                    m.Pathway.level,
                    func.count(m.Pathway.id),
                )
                .select_from(m.Pathway)
                .join(m.Patient, m.Patient.id == m.Pathway.patient_id)
                .outerjoin(m.Unit, m.Unit.id == m.Patient.unit_id),
                unit_ids,
            ).group_by(m.Patient.unit_id, m.Unit.name, m.Pathway.level)
        ).all()
        per_unit: dict[int | None, tuple[str, list[int]]] = {}
        for unit_id, unit_name, level, number in count_rows:
            per_unit.setdefault(unit_id, (unit_name, [0, 0, 0]))[1][level - 1] += number
        counts = sorted(
            (
                UnitCount(unit_id, unit_name, (levels[0], levels[1], levels[2]))
                for unit_id, (unit_name, levels) in per_unit.items()
            ),
            key=lambda c: (c.unit_id is None, sort_key(c.unit_name), c.unit_id or 0),
        )

        shown = sorted({e.patient_id for e in esas})
        if shown:
            log_many(session, actor, "read", shown)

    actions = meeting_service.open_action_items(
        db, actor, today + timedelta(days=ACTION_DAYS), unit_ids, today=today
    )
    meetings = meeting_service.meetings_between(
        db, actor, today, today + timedelta(days=MEETING_DAYS), unit_ids
    )
    actions.sort(key=lambda a: (a.due_on, sort_key(a.what), a.id))
    return Overview(
        today=today,
        stop_points=tuple(stop_points[:limit]),
        activities=tuple(activities),
        esas=tuple(esas),
        level_changes=tuple(level_changes[:limit]),
        actions=tuple(actions[:limit]),
        meetings=tuple(meetings[:limit]),
        counts=tuple(counts),
        totals=Totals(
            stop_points=len(stop_points),
            activities=len(open_counts),
            esas=len(esas_rows),
            level_changes=len(level_changes),
            actions=len(actions),
            meetings=len(meetings),
        ),
    )


@dataclass(frozen=True, slots=True)
class UnitChoice:
    id: int
    name: str
    active_pathways: int


def unit_choices(db: Database, today: date) -> list[UnitChoice]:
    """The units one can choose as one's own: those in the organisation today, and any other
    that still has patients with an active pathway, each with its number of active pathways.
    Norwegian name order."""
    with db.session() as session:
        active = dict(
            session.execute(
                select(m.Patient.unit_id, func.count(m.Pathway.id))
                .join(m.Pathway, m.Pathway.patient_id == m.Patient.id)
                .where(m.Pathway.status == core.ACTIVE, m.Patient.unit_id.is_not(None))
                .group_by(m.Patient.unit_id)
            ).all()
        )
        rows = session.execute(select(m.Unit.id, m.Unit.name, m.Unit.valid_from, m.Unit.valid_to))
        choices = [
            UnitChoice(uid, name, active.get(uid, 0))
            for uid, name, valid_from, valid_to in rows
            if uid in active or (valid_from <= today and (valid_to is None or valid_to >= today))
        ]
    return sorted(choices, key=lambda u: (sort_key(u.name), u.id))
