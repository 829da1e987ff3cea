"""The access log of the patient register: every service that reads or changes a patient's data
writes one line here in the same transaction, so no access goes unrecorded."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.store import models as m
from helsehus_desktop.store.database import Database

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("Access", "opprettet"),
    "read": QT_TRANSLATE_NOOP("Access", "åpnet"),
    "update": QT_TRANSLATE_NOOP("Access", "endret"),
    "delete": QT_TRANSLATE_NOOP("Access", "slettet"),
    "print": QT_TRANSLATE_NOOP("Access", "skrev ut"),
    "export": QT_TRANSLATE_NOOP("Access", "eksporterte"),
    "log": QT_TRANSLATE_NOOP("Access", "så tilgangsloggen"),
}


@dataclass(frozen=True, slots=True)
class AccessEntry:
    at: datetime
    actor: str
    action: str  # a key of ACTIONS


def log_access(session: Session, actor: str, action: str, patient_id: int) -> None:
    session.add(m.AccessLog(at=datetime.now(), actor=actor, action=action, patient_id=patient_id))


def log_many(session: Session, actor: str, action: str, patient_ids: list[int]) -> None:
    if not patient_ids:
        return
    now = datetime.now()
    # One executemany: the overview may log a few hundred patients per load.
    session.execute(
        insert(m.AccessLog),
        [dict(at=now, actor=actor, action=action, patient_id=pid) for pid in patient_ids],
    )


def access_log(db: Database, actor: str, patient_id: int) -> list[AccessEntry]:
    """Who read or changed this patient's data, newest first. Reading it is logged too."""
    with db.session() as session:
        rows = session.execute(
            select(m.AccessLog.at, m.AccessLog.actor, m.AccessLog.action)
            .where(m.AccessLog.patient_id == patient_id)
            .order_by(m.AccessLog.at.desc(), m.AccessLog.id.desc())
        ).all()
        log_access(session, actor, "log", patient_id)
        return [AccessEntry(*row) for row in rows]


def log_print(db: Database, actor: str, patient_id: int | None) -> None:
    """Record that a patient's plan was printed (its data left the program)."""
    if patient_id is None:
        return
    with db.session() as session:
        log_access(session, actor, "print", patient_id)
