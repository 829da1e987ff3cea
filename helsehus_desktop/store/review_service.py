"""Pathways reviewed in meetings: the pathways a meeting is offered (those of the units the
series represents, with their level, next stop point and latest ESAS-r), and the review of each,
which shows in the patient's pathway history too. Writing a review is logged for the patient.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.core.pathway import ACTIVE, LEVEL_LABELS
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import log_access, log_many
from helsehus_desktop.store.database import Database
from helsehus_desktop.store.meeting_service import series_unit_ids


@dataclass(frozen=True, slots=True)
class ReviewCandidate:
    pathway_id: int
    patient_id: int
    patient_name: str
    unit_name: str
    level: int
    next_stop_point: date | None  # the earliest stop point not yet evaluated
    latest_esas_at: datetime | None
    latest_esas_max: int | None  # the highest score of that registration


def review_candidates(db: Database, actor: str, meeting_id: int) -> list[ReviewCandidate]:
    """The active pathways of the units the meeting's series represents (its members' units
    and the units it requires), or every active pathway when the series names no unit; in
    name order. Names and levels are not logged, like the patient list; the patients whose
    ESAS-r scores are handed out are logged as read, as in the overview."""
    with db.session() as session:
        meeting = session.get(m.Meeting, meeting_id)
        if meeting is None:
            raise FormRefused("held_on", QT_TRANSLATE_NOOP("Forms", "Møtet finnes ikke lenger."))
        units = series_unit_ids(session, [meeting.series_id]).get(meeting.series_id, set())
        q = (
            select(
                m.Pathway.id,
                m.Patient.id,
                m.Patient.name,
                m.Unit.name,
                m.Pathway.level,
            )
            .join(m.Patient, m.Patient.id == m.Pathway.patient_id)
            .outerjoin(m.Unit, m.Unit.id == m.Patient.unit_id)
            .where(m.Pathway.status == ACTIVE)
        )
        if units:
            q = q.where(m.Patient.unit_id.in_(units))
        pathways = session.execute(q).all()
        ids = [r[0] for r in pathways]
        stops: dict[int, date] = {}
        latest: dict[int, tuple[datetime, int | None]] = {}
        if ids:
            stops = dict(
                session.execute(
                    select(m.StopPoint.pathway_id, func.min(m.StopPoint.due_on))
                    .where(m.StopPoint.pathway_id.in_(ids), m.StopPoint.evaluated_on.is_(None))
                    .group_by(m.StopPoint.pathway_id)
                ).all()
            )
            newest = (
                select(m.EsasRegistration.pathway_id, func.max(m.EsasRegistration.at).label("at"))
                .where(m.EsasRegistration.pathway_id.in_(ids))
                .group_by(m.EsasRegistration.pathway_id)
                .subquery()
            )
            for pid, at, max_score in session.execute(
                select(
                    m.EsasRegistration.pathway_id,
                    m.EsasRegistration.at,
                    m.EsasRegistration.max_score,
                )
                .join(
                    newest,
                    (newest.c.pathway_id == m.EsasRegistration.pathway_id)
                    & (newest.c.at == m.EsasRegistration.at),
                )
                .order_by(m.EsasRegistration.id)
            ):
                latest[pid] = (at, max_score)
            patient_of = {pid: patient_id for pid, patient_id, *_ in pathways}
            log_many(session, actor, "read", sorted({patient_of[pid] for pid in latest}))
    result = [
        ReviewCandidate(
            pathway_id=pid,
            patient_id=patient_id,
            patient_name=name,
            unit_name=unit_name or "",
            level=level,
            next_stop_point=stops.get(pid),
            latest_esas_at=latest[pid][0] if pid in latest else None,
            latest_esas_max=latest[pid][1] if pid in latest else None,
        )
        for pid, patient_id, name, unit_name, level in pathways
    ]
    return sorted(result, key=lambda c: (sort_key(c.patient_name), c.patient_id))


def save_review(db: Database, actor: str, meeting_id: int, review: core.PathwayReview) -> int:
    """Create or update the review of a pathway in a meeting (one per pathway and meeting);
    the change to the patient's pathway history is logged."""
    if review.level not in LEVEL_LABELS:
        raise FormRefused("level", QT_TRANSLATE_NOOP("Forms", "Velg forløp 1, 2 eller 3."))
    with db.session() as session:
        if session.get(m.Meeting, meeting_id) is None:
            raise FormRefused("held_on", QT_TRANSLATE_NOOP("Forms", "Møtet finnes ikke lenger."))
        pathway = session.get(m.Pathway, review.pathway_id)
        if pathway is None:
            raise FormRefused(
                "pathway_id", QT_TRANSLATE_NOOP("Forms", "Forløpet finnes ikke lenger.")
            )
        if review.id is None:
            row = m.PathwayReview(meeting_id=meeting_id, pathway_id=pathway.id)
        else:
            found = session.get(m.PathwayReview, review.id)
            if found is None or found.meeting_id != meeting_id:
                raise FormRefused(
                    "pathway_id", QT_TRANSLATE_NOOP("Forms", "Gjennomgangen finnes ikke lenger.")
                )
            row = found
        twice = select(m.PathwayReview.id).where(
            m.PathwayReview.meeting_id == meeting_id,
            m.PathwayReview.pathway_id == pathway.id,
        )
        if review.id is not None:
            twice = twice.where(m.PathwayReview.id != review.id)
        if session.scalar(twice.limit(1)) is not None:
            raise FormRefused(
                "pathway_id",
                QT_TRANSLATE_NOOP("Forms", "Forløpet er allerede gjennomgått i dette møtet."),
            )
        row.pathway_id = pathway.id
        row.level = review.level
        row.assessment, row.follow_up = review.assessment.strip(), review.follow_up.strip()
        if review.id is None:
            session.add(row)
        session.flush()
        log_access(session, actor, "update", pathway.patient_id)
        return row.id


def delete_review(db: Database, actor: str, review_id: int) -> None:
    with db.session() as session:
        row = session.get(m.PathwayReview, review_id)
        if row is None:
            return
        patient_id = session.scalar(
            select(m.Pathway.patient_id).where(m.Pathway.id == row.pathway_id)
        )
        session.delete(row)
        if patient_id is not None:
            log_access(session, actor, "update", patient_id)
