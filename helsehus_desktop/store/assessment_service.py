"""ESAS-r and MOBID-2 registrations: add, delete, and the history a trend is drawn from."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import ESAS_KEYS, FormRefused, validate_esas, validate_mobid
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.templates import load_mobid_form
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import log_access
from helsehus_desktop.store.database import Database


def _pathway_id(session: Session, patient_id: int) -> int:
    pid = session.scalar(select(m.Pathway.id).where(m.Pathway.patient_id == patient_id))
    if pid is None:
        raise FormRefused("name", QT_TRANSLATE_NOOP("Forms", "Pasienten finnes ikke lenger."))
    return pid


def esas_history(session: Session, pathway_id: int) -> list[core.EsasRegistration]:
    """Every ESAS-r registration of a pathway, oldest first."""
    regs = session.execute(
        select(
            m.EsasRegistration.id,
            m.EsasRegistration.at,
            m.EsasRegistration.filled_by,
            *(getattr(m.EsasRegistration, k) for k in ESAS_KEYS),
        )
        .where(m.EsasRegistration.pathway_id == pathway_id)
        .order_by(m.EsasRegistration.at, m.EsasRegistration.id)
    ).all()
    others: dict[int, list[tuple[str, int | None]]] = {}
    for reg_id, name, score in session.execute(
        select(m.EsasOther.registration_id, m.EsasOther.name, m.EsasOther.score)
        .where(m.EsasOther.registration_id.in_([r[0] for r in regs]))
        .order_by(m.EsasOther.sort)
    ):
        others.setdefault(reg_id, []).append((name, score))
    return [
        core.EsasRegistration(
            id=r[0],
            at=r[1],
            filled_by=r[2],
            scores=dict(zip(ESAS_KEYS, r[3:], strict=True)),
            others=tuple(others.get(r[0], ())),
        )
        for r in regs
    ]


def mobid_history(session: Session, pathway_id: int) -> list[core.MobidRegistration]:
    regs = session.execute(
        select(
            m.MobidRegistration.id,
            m.MobidRegistration.at,
            m.MobidRegistration.observer,
            m.MobidRegistration.overall,
        )
        .where(m.MobidRegistration.pathway_id == pathway_id)
        .order_by(m.MobidRegistration.at, m.MobidRegistration.id)
    ).all()
    scores: dict[int, list[core.MobidScore]] = {}
    for row in session.scalars(
        select(m.MobidScore)
        .where(m.MobidScore.registration_id.in_([r[0] for r in regs]))
        .order_by(m.MobidScore.id)
    ):
        scores.setdefault(row.registration_id, []).append(
            core.MobidScore(row.item, row.sound, row.face, row.defence, row.intensity)
        )
    return [
        core.MobidRegistration(
            id=r[0], at=r[1], observer=r[2], items=tuple(scores.get(r[0], ())), overall=r[3]
        )
        for r in regs
    ]


def add_esas(
    db: Database,
    actor: str,
    patient_id: int,
    reg: core.EsasRegistration,
    now: datetime | None = None,
) -> int:
    validate_esas(reg, now or datetime.now())
    values = [s for s in (*reg.scores.values(), *(s for _n, s in reg.others)) if s is not None]
    with db.session() as session:
        row = m.EsasRegistration(
            pathway_id=_pathway_id(session, patient_id),
            at=reg.at.replace(microsecond=0),
            filled_by=reg.filled_by,
            max_score=max(values, default=None),
            **reg.scores,
        )
        session.add(row)
        session.flush()
        session.add_all(
            m.EsasOther(registration_id=row.id, sort=n, name=name.strip(), score=score)
            for n, (name, score) in enumerate(reg.others)
        )
        log_access(session, actor, "update", patient_id)
        return row.id


def add_mobid(
    db: Database,
    actor: str,
    patient_id: int,
    reg: core.MobidRegistration,
    now: datetime | None = None,
) -> int:
    validate_mobid(reg, load_mobid_form(db.site_dir), now or datetime.now())
    with db.session() as session:
        row = m.MobidRegistration(
            pathway_id=_pathway_id(session, patient_id),
            at=reg.at.replace(microsecond=0),
            observer=reg.observer.strip(),
            overall=reg.overall,
        )
        session.add(row)
        session.flush()
        session.add_all(
            m.MobidScore(
                registration_id=row.id,
                item=s.item,
                sound=s.sound,
                face=s.face,
                defence=s.defence,
                intensity=s.intensity,
            )
            for s in reg.items
        )
        log_access(session, actor, "update", patient_id)
        return row.id


def delete_esas(db: Database, actor: str, patient_id: int, registration_id: int) -> None:
    with db.session() as session:
        pid = _pathway_id(session, patient_id)
        session.execute(
            delete(m.EsasRegistration).where(
                m.EsasRegistration.id == registration_id, m.EsasRegistration.pathway_id == pid
            )
        )
        log_access(session, actor, "update", patient_id)


def delete_mobid(db: Database, actor: str, patient_id: int, registration_id: int) -> None:
    with db.session() as session:
        pid = _pathway_id(session, patient_id)
        session.execute(
            delete(m.MobidRegistration).where(
                m.MobidRegistration.id == registration_id, m.MobidRegistration.pathway_id == pid
            )
        )
        log_access(session, actor, "update", patient_id)
