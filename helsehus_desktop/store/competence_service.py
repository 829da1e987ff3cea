"""The competence register: who has palliative and cancer-care competence in which unit (course,
level, date), and the training needs raised in meetings until they are met. No patient data.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.store import models as m
from helsehus_desktop.store.database import Database


def _unit_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(m.Unit.id, m.Unit.name)).all())


def _check_unit(session: Session, unit_id: int | None) -> None:
    if unit_id is not None and session.get(m.Unit, unit_id) is None:
        raise FormRefused("unit_id", QT_TRANSLATE_NOOP("Forms", "Enheten finnes ikke lenger."))


def _competence_of(row: m.Competence) -> core.Competence:
    return core.Competence(
        id=row.id,
        person_name=row.person_name,
        unit_id=row.unit_id,
        course=row.course,
        level=row.level,
        completed_on=row.completed_on,
        note=row.note,
    )


def _need_of(row: m.TrainingNeed) -> core.TrainingNeed:
    return core.TrainingNeed(
        id=row.id,
        unit_id=row.unit_id,
        kind=row.kind,
        topic=row.topic,
        raised_on=row.raised_on,
        meeting_id=row.meeting_id,
        met_on=row.met_on,
        note=row.note,
    )


def _by_unit(names: dict[int, str], unit_id: int | None) -> tuple[bool, str]:
    """Units in name order, those without a unit last."""
    return (unit_id is None, sort_key(names.get(unit_id, "")) if unit_id is not None else "")


def list_competences(
    db: Database, actor: str, unit_ids: Sequence[int] | None = None
) -> list[core.Competence]:
    """The register by unit name, then person and course; only `unit_ids` when given."""
    with db.session() as session:
        q = select(m.Competence)
        if unit_ids is not None:
            q = q.where(m.Competence.unit_id.in_(list(unit_ids)))
        rows = [_competence_of(r) for r in session.scalars(q)]
        names = _unit_names(session)
    return sorted(
        rows,
        key=lambda c: (
            *_by_unit(names, c.unit_id),
            sort_key(c.person_name),
            sort_key(c.course),
            c.completed_on or date.min,
            c.id or 0,
        ),
    )


def _saved(session: Session, model: Any, row_id: int | None, values: dict[str, Any]) -> int:
    if row_id is None:
        row = model(**values)
        session.add(row)
    else:
        row = session.get(model, row_id)
        if row is None:
            raise FormRefused(
                next(iter(values)), QT_TRANSLATE_NOOP("Forms", "Linjen finnes ikke lenger.")
            )
        for name, value in values.items():
            setattr(row, name, value)
    session.flush()
    return int(row.id)


def save_competence(db: Database, actor: str, c: core.Competence, today: date | None = None) -> int:
    """Create (id None) or update a line of the register."""
    today = today or date.today()
    if not c.person_name.strip():
        raise FormRefused("person_name", QT_TRANSLATE_NOOP("Forms", "Skriv navnet på personen."))
    if not c.course.strip():
        raise FormRefused("course", QT_TRANSLATE_NOOP("Forms", "Skriv kurset eller utdanningen."))
    if c.level not in core.COMPETENCE_LEVELS:
        raise FormRefused("level", QT_TRANSLATE_NOOP("Forms", "Velg nivå."))
    if c.completed_on is not None and c.completed_on > today:
        raise FormRefused(
            "completed_on", QT_TRANSLATE_NOOP("Forms", "Datoen kan ikke være fram i tid.")
        )
    with db.session() as session:
        _check_unit(session, c.unit_id)
        return _saved(
            session,
            m.Competence,
            c.id,
            dict(
                person_name=c.person_name.strip(),
                unit_id=c.unit_id,
                course=c.course.strip(),
                level=c.level,
                completed_on=c.completed_on,
                note=c.note.strip(),
            ),
        )


def delete_competence(db: Database, actor: str, competence_id: int) -> None:
    with db.session() as session:
        session.execute(delete(m.Competence).where(m.Competence.id == competence_id))


def list_training_needs(
    db: Database, actor: str, include_met: bool = False
) -> list[core.TrainingNeed]:
    """Training needs by the date they were raised (oldest first); met ones only if asked."""
    with db.session() as session:
        q = select(m.TrainingNeed).order_by(m.TrainingNeed.raised_on, m.TrainingNeed.id)
        if not include_met:
            q = q.where(m.TrainingNeed.met_on.is_(None))
        return [_need_of(r) for r in session.scalars(q)]


def save_training_need(db: Database, actor: str, need: core.TrainingNeed) -> int:
    """Create (id None) or update a training need."""
    if not need.topic.strip():
        raise FormRefused("topic", QT_TRANSLATE_NOOP("Forms", "Skriv hva opplæringen gjelder."))
    if need.kind not in core.TRAINING_KINDS:
        raise FormRefused("kind", QT_TRANSLATE_NOOP("Forms", "Velg hva slags opplæring."))
    if need.met_on is not None and need.met_on < need.raised_on:
        raise FormRefused(
            "met_on",
            QT_TRANSLATE_NOOP("Forms", "Datoen kan ikke være før behovet ble meldt ({})."),
            need.raised_on.strftime("%d.%m.%Y"),
        )
    with db.session() as session:
        _check_unit(session, need.unit_id)
        if need.meeting_id is not None and session.get(m.Meeting, need.meeting_id) is None:
            raise FormRefused("meeting_id", QT_TRANSLATE_NOOP("Forms", "Møtet finnes ikke lenger."))
        return _saved(
            session,
            m.TrainingNeed,
            need.id,
            dict(
                topic=need.topic.strip(),
                unit_id=need.unit_id,
                kind=need.kind,
                raised_on=need.raised_on,
                meeting_id=need.meeting_id,
                met_on=need.met_on,
                note=need.note.strip(),
            ),
        )


def delete_training_need(db: Database, actor: str, need_id: int) -> None:
    with db.session() as session:
        session.execute(delete(m.TrainingNeed).where(m.TrainingNeed.id == need_id))
