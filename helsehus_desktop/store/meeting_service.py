"""Meeting series and their meetings: the schedule a rule gives around holidays, attendance,
agenda and minutes, the figures a series watches, and action items carried over from meeting to
meeting until closed.

One function per user operation, each one transaction, taking and returning plain
`core.meetings` objects. Reading a meeting that reviewed pathways is logged per patient.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, or_, select
from sqlalchemy.orm import Session

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.names import slug, sort_key
from helsehus_desktop.core.recurrence import (
    RecurrenceRule,
    ScheduledDate,
    check_rule,
    year_schedule,
)
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import log_many
from helsehus_desktop.store.database import Database

CLOSED = (core.DONE, core.DROPPED)
_TIME = re.compile(r"^(\d{1,2}):(\d{2})$")


@dataclass(frozen=True, slots=True)
class SeriesRow:
    """A line of the series list."""

    id: int
    kind: str
    name: str
    organiser: str
    next_meeting: date | None  # the first meeting not cancelled on or after today
    open_actions: int
    active: bool


@dataclass(frozen=True, slots=True)
class MeetingRow:
    """A line of a series' meeting list."""

    id: int
    held_on: date
    status: str
    planned_on: date | None
    moved_reason: str
    start_time: str
    place: str
    missing_units: int  # required units with nobody present; 0 unless held with attendance
    open_actions: int  # action items open at the meeting and due on or before it


@dataclass(frozen=True, slots=True)
class GenerateResult:
    created: int
    already_there: int  # slots that had a meeting already
    slots: tuple[ScheduledDate, ...]  # every slot of the year, moved and skipped ones too


@dataclass(frozen=True, slots=True)
class UpcomingMeeting:
    id: int
    series_id: int
    series_name: str
    held_on: date
    start_time: str
    place: str


@dataclass(frozen=True, slots=True)
class DueAction:
    id: int
    series_id: int
    series_name: str
    meeting_id: int | None  # the meeting to open to see it (None when there is none)
    what: str
    owner: str
    due_on: date


# --- helpers --------------------------------------------------------------------------------


def _series_row(session: Session, series_id: int) -> m.MeetingSeries:
    row = session.get(m.MeetingSeries, series_id)
    if row is None:
        raise FormRefused("name", QT_TRANSLATE_NOOP("Forms", "Møteserien finnes ikke lenger."))
    return row


def _meeting_row(session: Session, meeting_id: int) -> m.Meeting:
    row = session.get(m.Meeting, meeting_id)
    if row is None:
        raise FormRefused("held_on", QT_TRANSLATE_NOOP("Forms", "Møtet finnes ikke lenger."))
    return row


def check_time(text: str, field: str = "start_time") -> str:
    """ "" or a time of day as HH:MM ("8:30" is taken as "08:30")."""
    text = text.strip()
    if not text:
        return ""
    match = _TIME.match(text)
    if match is None or int(match[1]) > 23 or int(match[2]) > 59:
        raise FormRefused(
            field, QT_TRANSLATE_NOOP("Forms", "Skriv klokkeslettet som TT:MM, for eksempel 08:30.")
        )
    return f"{int(match[1]):02d}:{match[2]}"


def _rule_of(row: m.MeetingSeries) -> RecurrenceRule | None:
    if row.rule_kind is None:
        return None
    return RecurrenceRule(
        kind=row.rule_kind,
        weekday=row.rule_weekday,
        every_weeks=row.rule_every_weeks,
        months=tuple(int(x) for x in row.rule_months.split(",") if x),
        week_of_month=row.rule_week_of_month,
        on_holiday=row.rule_on_holiday,
    )


def _set_rule(row: m.MeetingSeries, rule: RecurrenceRule | None) -> None:
    rule_ = rule or RecurrenceRule()
    row.rule_kind = None if rule is None else rule_.kind
    row.rule_weekday = rule_.weekday
    row.rule_every_weeks = rule_.every_weeks
    row.rule_months = ",".join(str(x) for x in sorted(set(rule_.months)))
    row.rule_week_of_month = rule_.week_of_month
    row.rule_on_holiday = rule_.on_holiday


def series_of(session: Session, row: m.MeetingSeries, meeting_id: int | None = None) -> core.Series:
    """The whole series as a plain object (members, required units and figures in order).
    Members who have left are included only where they have attendance at `meeting_id`."""
    member_q = select(m.SeriesMember).where(m.SeriesMember.series_id == row.id)
    if meeting_id is None:
        member_q = member_q.where(m.SeriesMember.active)
    else:
        attended = select(m.Attendance.member_id).where(m.Attendance.meeting_id == meeting_id)
        member_q = member_q.where(m.SeriesMember.active | m.SeriesMember.id.in_(attended))
    members = tuple(
        core.Member(id=r.id, name=r.name, unit_id=r.unit_id, role=r.role, position_id=r.position_id)
        for r in session.scalars(member_q.order_by(m.SeriesMember.sort, m.SeriesMember.id))
    )
    required = tuple(
        session.scalars(
            select(m.SeriesRequiredUnit.unit_id)
            .where(m.SeriesRequiredUnit.series_id == row.id)
            .order_by(m.SeriesRequiredUnit.sort, m.SeriesRequiredUnit.id)
        )
    )
    figures = tuple(
        core.Figure(id=r.id, key=r.key, label=r.label)
        for r in session.scalars(
            select(m.SeriesFigure)
            .where(m.SeriesFigure.series_id == row.id)
            .order_by(m.SeriesFigure.sort, m.SeriesFigure.id)
        )
    )
    return core.Series(
        id=row.id,
        kind=row.kind,
        name=row.name,
        purpose=row.purpose,
        organiser=row.organiser,
        place=row.place,
        start_time=row.start_time,
        rule=_rule_of(row),
        members=members,
        required_unit_ids=required,
        figures=figures,
        active=row.active,
    )


def series_unit_ids(
    session: Session, series_ids: Iterable[int] | None = None
) -> dict[int, set[int]]:
    """The units each series concerns: those its members represent and those it requires."""
    member_q = select(m.SeriesMember.series_id, m.SeriesMember.unit_id).where(
        m.SeriesMember.unit_id.is_not(None), m.SeriesMember.active
    )
    required_q = select(m.SeriesRequiredUnit.series_id, m.SeriesRequiredUnit.unit_id)
    if series_ids is not None:
        ids = list(series_ids)
        member_q = member_q.where(m.SeriesMember.series_id.in_(ids))
        required_q = required_q.where(m.SeriesRequiredUnit.series_id.in_(ids))
    units: dict[int, set[int]] = defaultdict(set)
    for sid, uid in [*session.execute(member_q), *session.execute(required_q)]:
        units[sid].add(uid)
    return units


def _concerned_series(session: Session, unit_ids: Sequence[int] | None) -> set[int] | None:
    """The series that concern any of `unit_ids`; None when no filter is asked for."""
    if unit_ids is None:
        return None
    wanted = set(unit_ids)
    return {sid for sid, units in series_unit_ids(session).items() if units & wanted}


def _unit_names(session: Session, unit_ids: Iterable[int | None]) -> dict[int, str]:
    ids = {uid for uid in unit_ids if uid is not None}
    if not ids:
        return {}
    return dict(session.execute(select(m.Unit.id, m.Unit.name).where(m.Unit.id.in_(ids))).all())


def _review_patients(session: Session, *where: object) -> list[int]:
    return list(
        session.scalars(
            select(m.Pathway.patient_id)
            .join(m.PathwayReview, m.PathwayReview.pathway_id == m.Pathway.id)
            .join(m.Meeting, m.Meeting.id == m.PathwayReview.meeting_id)
            .where(*where)  # type: ignore[arg-type]
            .distinct()
        )
    )


def _clash(session: Session, series_id: int, day: date, except_id: int | None = None) -> None:
    """Refuse a second meeting (not cancelled) of a series on one day."""
    q = select(m.Meeting.id).where(
        m.Meeting.series_id == series_id,
        m.Meeting.held_on == day,
        m.Meeting.status != core.CANCELLED,
    )
    if except_id is not None:
        q = q.where(m.Meeting.id != except_id)
    if session.scalar(q.limit(1)) is not None:
        raise FormRefused(
            "held_on", QT_TRANSLATE_NOOP("Forms", "Serien har allerede et møte denne dagen.")
        )


def _move(row: m.Meeting, held_on: date, reason: str) -> None:
    if held_on == row.held_on:
        return
    if row.planned_on is None:
        row.planned_on = row.held_on
    row.held_on = held_on
    row.moved_reason = reason.strip() if held_on != row.planned_on else ""


def _check_status(status: str) -> None:
    if status not in core.MEETING_STATUSES:
        raise FormRefused("status", QT_TRANSLATE_NOOP("Forms", "Velg status for møtet."))


# --- series ---------------------------------------------------------------------------------


def list_series(
    db: Database, actor: str, include_inactive: bool = False, today: date | None = None
) -> list[SeriesRow]:
    """The series in Norwegian name order, with the next meeting and the open action items."""
    today = today or date.today()
    with db.session() as session:
        q = select(m.MeetingSeries)
        if not include_inactive:
            q = q.where(m.MeetingSeries.active.is_(True))
        rows = list(session.scalars(q))
        next_meeting = dict(
            session.execute(
                select(m.Meeting.series_id, func.min(m.Meeting.held_on))
                .where(m.Meeting.held_on >= today, m.Meeting.status != core.CANCELLED)
                .group_by(m.Meeting.series_id)
            ).all()
        )
        open_actions = dict(
            session.execute(
                select(m.ActionItem.series_id, func.count(m.ActionItem.id))
                .where(m.ActionItem.status == core.OPEN)
                .group_by(m.ActionItem.series_id)
            ).all()
        )
    result = [
        SeriesRow(
            id=r.id,
            kind=r.kind,
            name=r.name,
            organiser=r.organiser,
            next_meeting=next_meeting.get(r.id),
            open_actions=open_actions.get(r.id, 0),
            active=r.active,
        )
        for r in rows
    ]
    return sorted(result, key=lambda s: (sort_key(s.name), s.id))


def get_series(db: Database, actor: str, series_id: int) -> core.Series:
    with db.session() as session:
        return series_of(session, _series_row(session, series_id))


def _check_series(series: core.Series) -> tuple[str, list[core.Figure]]:
    """Refuse what cannot be saved; the start time as stored and the figures with keys."""
    if not series.name.strip():
        raise FormRefused("name", QT_TRANSLATE_NOOP("Forms", "Skriv navnet på møteserien."))
    if series.kind not in core.SERIES_KINDS:
        raise FormRefused("kind", QT_TRANSLATE_NOOP("Forms", "Velg hva slags gruppe dette er."))
    if series.rule is not None:
        check_rule(series.rule)
    start_time = check_time(series.start_time)
    for number, member in enumerate(series.members, 1):
        if not member.name.strip():
            raise FormRefused(
                "members", QT_TRANSLATE_NOOP("Forms", "Medlem nr. {}: skriv navnet."), number
            )
    figures = list(series.figures)
    if series.id is None and not figures and series.kind in core.DEFAULT_FIGURES:
        figures = [
            core.Figure(id=None, key=key, label=label)
            for key, label in core.DEFAULT_FIGURES[series.kind]
        ]
    labels: set[str] = set()
    keys: set[str] = set()
    keyed = []
    for number, figure in enumerate(figures, 1):
        label = figure.label.strip()
        if not label:
            raise FormRefused(
                "figures", QT_TRANSLATE_NOOP("Forms", "Tall nr. {}: skriv hva som telles."), number
            )
        if label.casefold() in labels:
            raise FormRefused(
                "figures", QT_TRANSLATE_NOOP("Forms", "«{}» står to ganger i listen."), label
            )
        labels.add(label.casefold())
        key = figure.key.strip() or slug(label, "tall")
        base, n = key, 2
        while key in keys:
            key, n = f"{base}-{n}", n + 1
        keys.add(key)
        keyed.append(core.Figure(id=figure.id, key=key, label=label))
    return start_time, keyed


def _check_units(session: Session, series: core.Series) -> None:
    wanted = {mb.unit_id for mb in series.members} | set(series.required_unit_ids)
    wanted.discard(None)
    known = set(session.scalars(select(m.Unit.id).where(m.Unit.id.in_(wanted))))
    for number, member in enumerate(series.members, 1):
        if member.unit_id is not None and member.unit_id not in known:
            raise FormRefused(
                "members",
                QT_TRANSLATE_NOOP("Forms", "Medlem nr. {}: enheten finnes ikke lenger."),
                number,
            )
    if any(uid not in known for uid in series.required_unit_ids):
        raise FormRefused(
            "required_units",
            QT_TRANSLATE_NOOP("Forms", "En av enhetene som må være representert finnes ikke."),
        )
    positions = {mb.position_id for mb in series.members if mb.position_id is not None}
    if positions:
        found = set(session.scalars(select(m.Position.id).where(m.Position.id.in_(positions))))
        for number, member in enumerate(series.members, 1):
            if member.position_id is not None and member.position_id not in found:
                raise FormRefused(
                    "members",
                    QT_TRANSLATE_NOOP("Forms", "Medlem nr. {}: stillingen finnes ikke lenger."),
                    number,
                )


def save_series(db: Database, actor: str, series: core.Series) -> int:
    """Create (id None) or update a series. Members and figures are matched by id, so the
    attendance and the figures recorded survive; those without an id (or an unknown one) are
    added, and those left out are deleted with what was recorded for them."""
    start_time, figures = _check_series(series)
    with db.session() as session:
        _check_units(session, series)
        if series.id is None:
            row = m.MeetingSeries()
            session.add(row)
        else:
            row = _series_row(session, series.id)
        row.kind, row.name, row.purpose = series.kind, series.name.strip(), series.purpose
        row.organiser, row.place = series.organiser.strip(), series.place.strip()
        row.start_time, row.active = start_time, series.active
        _set_rule(row, series.rule)
        session.flush()
        sid = row.id

        members = {
            r.id: r
            for r in session.scalars(
                select(m.SeriesMember).where(m.SeriesMember.series_id == sid, m.SeriesMember.active)
            )
        }
        kept = set()
        for n, member in enumerate(series.members):
            mrow = members.get(member.id) if member.id is not None else None
            if mrow is None:
                mrow = m.SeriesMember(series_id=sid)
                session.add(mrow)
            else:
                kept.add(mrow.id)
            mrow.sort, mrow.name, mrow.role = n, member.name.strip(), member.role.strip()
            mrow.unit_id, mrow.position_id = member.unit_id, member.position_id
        gone = [mid for mid in members if mid not in kept]
        if gone:
            # Someone with recorded attendance has left the group: kept as inactive, so old
            # meetings and their minutes stay as they were. The others simply go.
            attended = set(
                session.scalars(
                    select(m.Attendance.member_id).where(m.Attendance.member_id.in_(gone))
                )
            )
            for mid in attended:
                members[mid].active = False
            unused = [mid for mid in gone if mid not in attended]
            session.execute(delete(m.SeriesMember).where(m.SeriesMember.id.in_(unused)))

        session.execute(delete(m.SeriesRequiredUnit).where(m.SeriesRequiredUnit.series_id == sid))
        required = list(dict.fromkeys(series.required_unit_ids))
        session.add_all(
            m.SeriesRequiredUnit(series_id=sid, unit_id=uid, sort=n)
            for n, uid in enumerate(required)
        )

        frows = {
            r.id: r
            for r in session.scalars(select(m.SeriesFigure).where(m.SeriesFigure.series_id == sid))
        }
        kept = set()
        for n, figure in enumerate(figures):
            frow = frows.get(figure.id) if figure.id is not None else None
            if frow is None:
                frow = m.SeriesFigure(series_id=sid)
                session.add(frow)
            else:
                kept.add(frow.id)
            frow.sort, frow.key, frow.label = n, figure.key, figure.label
        gone = [fid for fid in frows if fid not in kept]
        if gone:
            session.execute(delete(m.FigureValue).where(m.FigureValue.figure_id.in_(gone)))
            session.execute(delete(m.SeriesFigure).where(m.SeriesFigure.id.in_(gone)))
        return sid


def delete_series(db: Database, actor: str, series_id: int) -> None:
    """Delete a series with its meetings and action items. Patients whose pathway was reviewed
    in its meetings lose those reviews from their history; that change is logged."""
    with db.session() as session:
        _series_row(session, series_id)
        patients = _review_patients(session, m.Meeting.series_id == series_id)
        session.execute(delete(m.MeetingSeries).where(m.MeetingSeries.id == series_id))
        log_many(session, actor, "update", patients)


# --- meetings -------------------------------------------------------------------------------


def generate_meetings(db: Database, actor: str, series_id: int, year: int) -> GenerateResult:
    """Create a planned meeting for every slot of the year the rule gives and a holiday does
    not skip, unless the series has a meeting on that slot already (on its planned day or the
    day a holiday moves it to). Existing meetings are left as they are."""
    with db.session() as session:
        row = _series_row(session, series_id)
        rule = _rule_of(row)
        if rule is None:
            raise FormRefused(
                "rule",
                QT_TRANSLATE_NOOP("Forms", "Serien har ingen fast møteregel å lage møter fra."),
            )
        slots = year_schedule(rule, year)
        taken: set[date] = set()
        for held_on, planned_on in session.execute(
            select(m.Meeting.held_on, m.Meeting.planned_on).where(m.Meeting.series_id == series_id)
        ):
            taken.add(held_on)
            if planned_on is not None:
                taken.add(planned_on)
        created = already = 0
        for slot in slots:
            if slot.held_on is None:
                continue
            if slot.planned_on in taken or slot.held_on in taken:
                already += 1
                continue
            session.add(
                m.Meeting(
                    series_id=series_id,
                    held_on=slot.held_on,
                    status=core.PLANNED,
                    planned_on=slot.planned_on if slot.moved else None,
                    moved_reason=slot.holiday if slot.moved else "",
                    start_time=row.start_time,
                    place=row.place,
                    note="",
                )
            )
            taken.update((slot.planned_on, slot.held_on))
            created += 1
        return GenerateResult(created=created, already_there=already, slots=tuple(slots))


def list_meetings(db: Database, actor: str, series_id: int) -> list[MeetingRow]:
    """The meetings of a series by date, with missing units and open action items counted in
    a handful of queries however many meetings there are."""
    with db.session() as session:
        _series_row(session, series_id)
        meetings = session.execute(
            select(
                m.Meeting.id,
                m.Meeting.held_on,
                m.Meeting.status,
                m.Meeting.planned_on,
                m.Meeting.moved_reason,
                m.Meeting.start_time,
                m.Meeting.place,
            )
            .where(m.Meeting.series_id == series_id)
            .order_by(m.Meeting.held_on, m.Meeting.id)
        ).all()
        required = set(
            session.scalars(
                select(m.SeriesRequiredUnit.unit_id).where(
                    m.SeriesRequiredUnit.series_id == series_id
                )
            )
        )
        recorded: dict[int, set[int | None]] = defaultdict(set)
        for meeting_id, status, unit_id in session.execute(
            select(m.Attendance.meeting_id, m.Attendance.status, m.SeriesMember.unit_id)
            .join(m.SeriesMember, m.SeriesMember.id == m.Attendance.member_id)
            .join(m.Meeting, m.Meeting.id == m.Attendance.meeting_id)
            .where(
                m.Meeting.series_id == series_id,
                m.Meeting.status == core.HELD,
                m.Attendance.status != core.NOT_RECORDED,
            )
        ):
            present = recorded[meeting_id]
            if status in (core.PRESENT, core.DEPUTY):
                present.add(unit_id)
        actions = session.execute(
            select(m.ActionItem.due_on, m.ActionItem.raised_on, m.ActionItem.closed_on).where(
                m.ActionItem.series_id == series_id, m.ActionItem.due_on.is_not(None)
            )
        ).all()
    # An item counts at the meetings from when it was due (and raised) until it was closed.
    days = [r.held_on for r in meetings]
    counts = [0] * (len(days) + 1)
    for due_on, raised_on, closed_on in actions:
        assert due_on is not None  # selected so
        start = due_on if raised_on is None or raised_on < due_on else raised_on
        first = bisect.bisect_left(days, start)
        last = len(days) if closed_on is None else bisect.bisect_left(days, closed_on)
        if first < last:
            counts[first] += 1
            counts[last] -= 1
    result, running = [], 0
    for index, r in enumerate(meetings):
        running += counts[index]
        missing = 0
        if r.status == core.HELD and r.id in recorded:
            missing = len(required - recorded[r.id])
        result.append(
            MeetingRow(
                id=r.id,
                held_on=r.held_on,
                status=r.status,
                planned_on=r.planned_on,
                moved_reason=r.moved_reason,
                start_time=r.start_time,
                place=r.place,
                missing_units=missing,
                open_actions=running,
            )
        )
    return result


def add_meeting(
    db: Database,
    actor: str,
    series_id: int,
    held_on: date,
    start_time: str = "",
    place: str = "",
) -> int:
    """A meeting outside the rule; time and place default to the series' own."""
    start_time = check_time(start_time)
    with db.session() as session:
        series = _series_row(session, series_id)
        _clash(session, series_id, held_on)
        row = m.Meeting(
            series_id=series_id,
            held_on=held_on,
            status=core.PLANNED,
            planned_on=None,
            moved_reason="",
            start_time=start_time or series.start_time,
            place=place.strip() or series.place,
            note="",
        )
        session.add(row)
        session.flush()
        return row.id


def move_meeting(
    db: Database, actor: str, meeting_id: int, held_on: date, reason: str = ""
) -> None:
    """Move a meeting to another day. The first move keeps the day it was planned for."""
    with db.session() as session:
        row = _meeting_row(session, meeting_id)
        _clash(session, row.series_id, held_on, except_id=row.id)
        _move(row, held_on, reason)


def set_meeting_status(
    db: Database, actor: str, meeting_id: int, status: str, reason: str = ""
) -> None:
    """Planned, held or cancelled; a reason given (why it was cancelled) is kept as the
    meeting's `moved_reason`."""
    _check_status(status)
    with db.session() as session:
        row = _meeting_row(session, meeting_id)
        if status != core.CANCELLED:
            _clash(session, row.series_id, row.held_on, except_id=row.id)
        row.status = status
        if reason.strip():
            row.moved_reason = reason.strip()


def delete_meeting(db: Database, actor: str, meeting_id: int) -> None:
    """Delete a meeting with its attendance, agenda, reviews and figures. Action items raised
    in it stay with the series."""
    with db.session() as session:
        _meeting_row(session, meeting_id)
        patients = _review_patients(session, m.Meeting.id == meeting_id)
        session.execute(delete(m.Meeting).where(m.Meeting.id == meeting_id))
        log_many(session, actor, "update", patients)


def _history(session: Session, action_ids: list[int]) -> dict[int, list[core.ActionUpdate]]:
    history: dict[int, list[core.ActionUpdate]] = defaultdict(list)
    if not action_ids:
        return history
    for u in session.scalars(
        select(m.ActionUpdate)
        .where(m.ActionUpdate.action_id.in_(action_ids))
        .order_by(m.ActionUpdate.on_date, m.ActionUpdate.id)
    ):
        history[u.action_id].append(
            core.ActionUpdate(meeting_id=u.meeting_id, on=u.on_date, status=u.status, note=u.note)
        )
    return history


def _action_of(row: m.ActionItem, history: Sequence[core.ActionUpdate]) -> core.ActionItem:
    return core.ActionItem(
        id=row.id,
        series_id=row.series_id,
        what=row.what,
        owner=row.owner,
        due_on=row.due_on,
        status=row.status,
        raised_meeting_id=row.raised_meeting_id,
        raised_on=row.raised_on,
        closed_on=row.closed_on,
        history=tuple(history),
    )


def load_meeting(db: Database, actor: str, meeting_id: int) -> core.MeetingRecord:
    """Everything shown for one meeting. The action items are those open at its date (carried
    over until closed) and those raised or dealt with in it, each with its history."""
    with db.session() as session:
        row = _meeting_row(session, meeting_id)
        series = series_of(session, _series_row(session, row.series_id), row.id)
        meeting = core.Meeting(
            id=row.id,
            series_id=row.series_id,
            held_on=row.held_on,
            status=row.status,
            planned_on=row.planned_on,
            moved_reason=row.moved_reason,
            start_time=row.start_time,
            place=row.place,
            note=row.note,
        )
        recorded = {
            a.member_id: a
            for a in session.scalars(select(m.Attendance).where(m.Attendance.meeting_id == row.id))
        }
        attendance = tuple(
            core.Attendance(
                member_id=mb.id, status=recorded[mb.id].status, deputy=recorded[mb.id].deputy
            )
            if mb.id in recorded
            else core.Attendance(member_id=mb.id)  # type: ignore[arg-type]
            for mb in series.members
        )
        agenda = tuple(
            core.AgendaItem(id=a.id, title=a.title, minutes=a.minutes, decision=a.decision)
            for a in session.scalars(
                select(m.AgendaItem)
                .where(m.AgendaItem.meeting_id == row.id)
                .order_by(m.AgendaItem.sort, m.AgendaItem.id)
            )
        )
        review_rows = session.execute(
            select(m.PathwayReview, m.Pathway.patient_id, m.Patient.name)
            .join(m.Pathway, m.Pathway.id == m.PathwayReview.pathway_id)
            .join(m.Patient, m.Patient.id == m.Pathway.patient_id)
            .where(m.PathwayReview.meeting_id == row.id)
            .order_by(m.PathwayReview.id)
        ).all()
        reviews = tuple(
            core.PathwayReview(
                id=r.id,
                pathway_id=r.pathway_id,
                patient_name=name,
                level=r.level,
                assessment=r.assessment,
                follow_up=r.follow_up,
                patient_id=pid,
            )
            for r, pid, name in review_rows
        )
        values = {
            v.figure_id: v
            for v in session.scalars(
                select(m.FigureValue).where(m.FigureValue.meeting_id == row.id)
            )
        }
        figures = tuple(
            core.FigureValue(figure_id=f.id, value=values[f.id].value, note=values[f.id].note)
            if f.id in values
            else core.FigureValue(figure_id=f.id)  # type: ignore[arg-type]
            for f in series.figures
        )
        dealt_with = select(m.ActionUpdate.action_id).where(m.ActionUpdate.meeting_id == row.id)
        day = row.held_on
        action_rows = list(
            session.scalars(
                select(m.ActionItem)
                .where(
                    m.ActionItem.series_id == row.series_id,
                    or_(
                        (
                            or_(m.ActionItem.raised_on.is_(None), m.ActionItem.raised_on <= day)
                            & or_(m.ActionItem.closed_on.is_(None), m.ActionItem.closed_on >= day)
                        ),
                        m.ActionItem.raised_meeting_id == row.id,
                        m.ActionItem.id.in_(dealt_with),
                    ),
                )
                .order_by(m.ActionItem.raised_on, m.ActionItem.id)
            )
        )
        history = _history(session, [a.id for a in action_rows])
        actions = tuple(_action_of(a, history[a.id]) for a in action_rows)
        unit_names = _unit_names(
            session, [*(mb.unit_id for mb in series.members), *series.required_unit_ids]
        )
        log_many(session, actor, "read", sorted({pid for _r, pid, _n in review_rows}))
        return core.MeetingRecord(
            series=series,
            meeting=meeting,
            attendance=attendance,
            agenda=agenda,
            reviews=reviews,
            figures=figures,
            actions=actions,
            unit_names=unit_names,
        )


def save_meeting_details(db: Database, actor: str, meeting: core.Meeting) -> None:
    """Time, place, note and status of a meeting. A changed date moves it as `move_meeting`
    does, with `meeting.moved_reason` as the reason."""
    assert meeting.id is not None
    _check_status(meeting.status)
    start_time = check_time(meeting.start_time)
    with db.session() as session:
        row = _meeting_row(session, meeting.id)
        if meeting.status != core.CANCELLED:
            _clash(session, row.series_id, meeting.held_on, except_id=row.id)
        if meeting.held_on != row.held_on:
            _move(row, meeting.held_on, meeting.moved_reason)
        elif row.planned_on is not None and meeting.moved_reason.strip() != row.moved_reason:
            row.moved_reason = meeting.moved_reason.strip()
        row.start_time, row.place, row.note = start_time, meeting.place.strip(), meeting.note
        row.status = meeting.status


def _members_of(session: Session, series_id: int) -> set[int]:
    return set(
        session.scalars(select(m.SeriesMember.id).where(m.SeriesMember.series_id == series_id))
    )


def save_attendance(
    db: Database, actor: str, meeting_id: int, rows: Sequence[core.Attendance]
) -> None:
    """Record each member's attendance; a deputy must be named. Members left out are kept as
    they were; "not recorded" clears a member's line."""
    for number, a in enumerate(rows, 1):
        if a.status not in core.ATTENDANCE:
            raise FormRefused(
                "attendance", QT_TRANSLATE_NOOP("Forms", "Linje {}: velg oppmøte."), number
            )
        if a.status == core.DEPUTY and not a.deputy.strip():
            raise FormRefused(
                "deputy",
                QT_TRANSLATE_NOOP("Forms", "Linje {}: skriv hvem som var stedfortreder."),
                number,
            )
    with db.session() as session:
        meeting = _meeting_row(session, meeting_id)
        members = _members_of(session, meeting.series_id)
        existing = {
            a.member_id: a
            for a in session.scalars(
                select(m.Attendance).where(m.Attendance.meeting_id == meeting_id)
            )
        }
        for a in rows:
            if a.member_id not in members:
                raise FormRefused(
                    "attendance",
                    QT_TRANSLATE_NOOP("Forms", "Et av medlemmene finnes ikke lenger i serien."),
                )
            row = existing.get(a.member_id)
            if a.status == core.NOT_RECORDED:
                if row is not None:
                    session.delete(row)
                continue
            if row is None:
                row = m.Attendance(meeting_id=meeting_id, member_id=a.member_id)
                session.add(row)
                existing[a.member_id] = row
            row.status = a.status
            row.deputy = a.deputy.strip() if a.status == core.DEPUTY else ""


def save_agenda(
    db: Database, actor: str, meeting_id: int, items: Sequence[core.AgendaItem]
) -> None:
    """Replace the agenda with `items`, in order (items keep their ids where given)."""
    for number, item in enumerate(items, 1):
        if not item.title.strip():
            raise FormRefused(
                "agenda", QT_TRANSLATE_NOOP("Forms", "Sak nr. {}: skriv en tittel."), number
            )
    with db.session() as session:
        _meeting_row(session, meeting_id)
        existing = {
            a.id: a
            for a in session.scalars(
                select(m.AgendaItem).where(m.AgendaItem.meeting_id == meeting_id)
            )
        }
        kept = set()
        for n, item in enumerate(items):
            row = existing.get(item.id) if item.id is not None else None
            if row is None or row.id in kept:
                row = m.AgendaItem(meeting_id=meeting_id)
                session.add(row)
            else:
                kept.add(row.id)
            row.sort, row.title = n, item.title.strip()
            row.minutes, row.decision = item.minutes, item.decision
        gone = [aid for aid in existing if aid not in kept]
        if gone:
            session.execute(delete(m.AgendaItem).where(m.AgendaItem.id.in_(gone)))


def save_figures(
    db: Database, actor: str, meeting_id: int, values: Sequence[core.FigureValue]
) -> None:
    """The figures counted at a meeting; a value of None means not counted."""
    for v in values:
        if v.value is not None and (isinstance(v.value, bool) or v.value < 0):
            raise FormRefused(
                "figures", QT_TRANSLATE_NOOP("Forms", "Tallene kan ikke være negative.")
            )
    with db.session() as session:
        meeting = _meeting_row(session, meeting_id)
        figures = set(
            session.scalars(
                select(m.SeriesFigure.id).where(m.SeriesFigure.series_id == meeting.series_id)
            )
        )
        existing = {
            v.figure_id: v
            for v in session.scalars(
                select(m.FigureValue).where(m.FigureValue.meeting_id == meeting_id)
            )
        }
        for v in values:
            if v.figure_id not in figures:
                raise FormRefused(
                    "figures",
                    QT_TRANSLATE_NOOP("Forms", "Et av tallene finnes ikke lenger i serien."),
                )
            row = existing.get(v.figure_id)
            if v.value is None and not v.note.strip():
                if row is not None:
                    session.delete(row)
                    del existing[v.figure_id]
                continue
            if row is None:
                row = m.FigureValue(meeting_id=meeting_id, figure_id=v.figure_id)
                session.add(row)
                existing[v.figure_id] = row
            row.value, row.note = v.value, v.note.strip()


def figure_trend(
    db: Database, actor: str, series_id: int
) -> list[tuple[date, dict[int, int | None]]]:
    """For the trend chart: each meeting not cancelled with any figure counted, oldest first,
    with every figure of the series (None where it was not counted)."""
    with db.session() as session:
        _series_row(session, series_id)
        figure_ids = list(
            session.scalars(
                select(m.SeriesFigure.id)
                .where(m.SeriesFigure.series_id == series_id)
                .order_by(m.SeriesFigure.sort, m.SeriesFigure.id)
            )
        )
        rows = session.execute(
            select(m.Meeting.id, m.Meeting.held_on, m.FigureValue.figure_id, m.FigureValue.value)
            .join(m.FigureValue, m.FigureValue.meeting_id == m.Meeting.id)
            .where(
                m.Meeting.series_id == series_id,
                m.Meeting.status != core.CANCELLED,
                m.FigureValue.value.is_not(None),
            )
            .order_by(m.Meeting.held_on, m.Meeting.id)
        ).all()
    trend: dict[int, tuple[date, dict[int, int | None]]] = {}
    for mid, held_on, figure_id, value in rows:
        if mid not in trend:
            trend[mid] = (held_on, dict.fromkeys(figure_ids))
        trend[mid][1][figure_id] = value
    return list(trend.values())


# --- action items ---------------------------------------------------------------------------


def save_action(
    db: Database, actor: str, meeting_id: int, action: core.ActionItem, note: str = ""
) -> int:
    """Create an action item raised at this meeting, or update one of the series. Creating it,
    changing its status or writing a note adds a line to its history, dated by the meeting;
    closing it (done or dropped) closes it at the meeting's date."""
    if not action.what.strip():
        raise FormRefused("what", QT_TRANSLATE_NOOP("Forms", "Skriv hva som skal gjøres."))
    if action.status not in core.ACTION_STATUSES:
        raise FormRefused("status", QT_TRANSLATE_NOOP("Forms", "Velg status for tiltaket."))
    with db.session() as session:
        meeting = _meeting_row(session, meeting_id)
        day = meeting.held_on
        if action.id is None:
            row = m.ActionItem(
                series_id=meeting.series_id,
                raised_meeting_id=meeting.id,
                raised_on=day,
                closed_on=None,
            )
            changed = True
        else:
            found = session.get(m.ActionItem, action.id)
            if found is None or found.series_id != meeting.series_id:
                raise FormRefused(
                    "what", QT_TRANSLATE_NOOP("Forms", "Tiltaket finnes ikke lenger.")
                )
            row = found
            changed = row.status != action.status
        if (
            action.due_on is not None
            and row.raised_on is not None
            and action.due_on < row.raised_on
        ):
            raise FormRefused(
                "due_on",
                QT_TRANSLATE_NOOP("Forms", "Fristen kan ikke være før tiltaket ble meldt ({})."),
                row.raised_on.strftime("%d.%m.%Y"),
            )
        row.what, row.owner, row.due_on = action.what.strip(), action.owner.strip(), action.due_on
        if changed:
            row.status = action.status
            row.closed_on = day if action.status in CLOSED else None
        if action.id is None:
            session.add(row)
        session.flush()
        if changed or note.strip():
            session.add(
                m.ActionUpdate(
                    action_id=row.id,
                    meeting_id=meeting.id,
                    on_date=day,
                    status=row.status,
                    note=note.strip(),
                )
            )
        return row.id


def delete_action(db: Database, actor: str, action_id: int) -> None:
    with db.session() as session:
        session.execute(delete(m.ActionItem).where(m.ActionItem.id == action_id))


# --- across series, for the overview -----------------------------------------------------------


def meetings_between(
    db: Database,
    actor: str,
    first: date,
    last: date,
    unit_ids: Sequence[int] | None = None,
) -> list[UpcomingMeeting]:
    """Meetings not cancelled from `first` to `last` (both included) of active series, those of
    series concerning `unit_ids` when given; by date and time."""
    with db.session() as session:
        concerned = _concerned_series(session, unit_ids)
        q = (
            select(
                m.Meeting.id,
                m.Meeting.series_id,
                m.MeetingSeries.name,
                m.Meeting.held_on,
                m.Meeting.start_time,
                m.Meeting.place,
            )
            .join(m.MeetingSeries, m.MeetingSeries.id == m.Meeting.series_id)
            .where(
                m.Meeting.held_on >= first,
                m.Meeting.held_on <= last,
                m.Meeting.status != core.CANCELLED,
                m.MeetingSeries.active.is_(True),
            )
        )
        if concerned is not None:
            q = q.where(m.Meeting.series_id.in_(concerned))
        rows = [UpcomingMeeting(*r) for r in session.execute(q)]
    return sorted(rows, key=lambda r: (r.held_on, r.start_time, sort_key(r.series_name), r.id))


def open_action_items(
    db: Database,
    actor: str,
    due_by: date,
    unit_ids: Sequence[int] | None = None,
    today: date | None = None,
) -> list[DueAction]:
    """Open action items due on or before `due_by`, of active series (those concerning
    `unit_ids` when given), by due date. Each names the meeting to open to see it: the latest
    meeting of its series on or before today, or the one it was raised at."""
    today = today or date.today()
    with db.session() as session:
        concerned = _concerned_series(session, unit_ids)
        q = (
            select(
                m.ActionItem.id,
                m.ActionItem.series_id,
                m.MeetingSeries.name,
                m.ActionItem.raised_meeting_id,
                m.ActionItem.raised_on,
                m.ActionItem.what,
                m.ActionItem.owner,
                m.ActionItem.due_on,
            )
            .join(m.MeetingSeries, m.MeetingSeries.id == m.ActionItem.series_id)
            .where(
                m.ActionItem.status == core.OPEN,
                m.ActionItem.due_on.is_not(None),
                m.ActionItem.due_on <= due_by,
                m.MeetingSeries.active.is_(True),
            )
        )
        if concerned is not None:
            q = q.where(m.ActionItem.series_id.in_(concerned))
        rows = session.execute(q).all()
        series_ids = {r.series_id for r in rows}
        latest: dict[int, tuple[date, int]] = {}
        if series_ids:
            for sid, held_on, mid in session.execute(
                select(m.Meeting.series_id, m.Meeting.held_on, m.Meeting.id)
                .where(
                    m.Meeting.series_id.in_(series_ids),
                    m.Meeting.held_on <= today,
                    m.Meeting.status != core.CANCELLED,
                )
                .order_by(m.Meeting.held_on, m.Meeting.id)
            ):
                latest[sid] = (held_on, mid)
    result = []
    for r in rows:
        meeting_id = r.raised_meeting_id
        found = latest.get(r.series_id)
        if found is not None and (r.raised_on is None or found[0] >= r.raised_on):
            meeting_id = found[1]
        result.append(
            DueAction(
                id=r.id,
                series_id=r.series_id,
                series_name=r.name,
                meeting_id=meeting_id,
                what=r.what,
                owner=r.owner,
                due_on=r.due_on,
            )
        )
    return sorted(result, key=lambda a: (a.due_on, sort_key(a.series_name), a.id))
