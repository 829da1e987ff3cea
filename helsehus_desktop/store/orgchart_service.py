"""Service functions for the organisation chart: one function per user operation, each one
transaction, each told who is acting. They take and return plain `core.orgchart` objects, never
live ORM rows, so the UI can keep what they return and hand it back to undo a change.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session

from helsehus_desktop.core import orgchart as core
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.store import models as m
from helsehus_desktop.store.database import Database
from helsehus_desktop.store.errors import StoreError

T = TypeVar("T")

UNIT_FIELDS = ("name", "kind", "description", "phone", "address", "valid_from", "valid_to")


class OrgChangeRefused(StoreError):
    context = "OrgRule"


def _to_core(row: Any, cls: type[T]) -> T:
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})  # type: ignore[arg-type]


def _log(session: Session, actor: str, action: str, entity: str, entity_id: int | None) -> None:
    session.add(
        m.ChangeLog(
            at=datetime.now(), actor=actor, action=action, entity=entity, entity_id=entity_id
        )
    )


def _new_key() -> str:
    return uuid.uuid4().hex[:16]


def _all(session: Session, model: type[Any], cls: type[T]) -> list[T]:
    """Every row of `model` as `cls`, selecting plain columns: no ORM objects are built, which
    makes loading a large organisation several times faster."""
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]
    rows = session.execute(select(*(getattr(model, n) for n in names)))
    return [cls(*row) for row in rows]


def _snapshot(session: Session) -> core.OrgSnapshot:
    return core.OrgSnapshot(
        units=_all(session, m.Unit, core.Unit),
        positions=_all(session, m.Position, core.Position),
        links=_all(session, m.LineLink, core.LineLink),
        cooperations=_all(session, m.Cooperation, core.Cooperation),
        contacts=_all(session, m.ContactStep, core.ContactStep),
    )


def load_snapshot(db: Database) -> core.OrgSnapshot:
    """The whole organisation as plain objects; views pick a day from it."""
    with db.session() as session:
        return _snapshot(session)


def _refuse_broken_line(session: Session) -> None:
    """Refuse a change that gives a unit two parents at once or closes a cycle on some day."""
    session.flush()
    links = _all(session, m.LineLink, core.LineLink)
    names = {uid: name for uid, name in session.execute(select(m.Unit.id, m.Unit.name))}
    overlap = core.overlapping_parents(links)
    if overlap is not None:
        raise OrgChangeRefused(
            QT_TRANSLATE_NOOP(
                "OrgRule", "«{name}» ville fått to overordnede samtidig. Avslutt den ene først."
            ),
            name=names[links[overlap[1]].unit_id],
        )
    cycle = core.find_line_cycle(links)
    if cycle is not None:
        raise OrgChangeRefused(
            QT_TRANSLATE_NOOP(
                "OrgRule", "Endringen ville gjort en enhet til sin egen overordnede ({names})."
            ),
            names=" → ".join(names[u] for u in [*cycle[1], cycle[1][0]]),
        )


def _check_unit_fields(values: dict[str, Any]) -> None:
    if "name" in values and not str(values["name"]).strip():
        raise OrgChangeRefused(QT_TRANSLATE_NOOP("OrgRule", "Enheten må ha et navn."))
    if "kind" in values and values["kind"] not in core.UNIT_KINDS:
        raise OrgChangeRefused(QT_TRANSLATE_NOOP("OrgRule", "Ukjent type enhet."))
    if "valid_from" in values:
        _check_period(values["valid_from"], values.get("valid_to"))


def _check_period(valid_from: date, valid_to: date | None) -> None:
    try:
        core.check_period(valid_from, valid_to)
    except core.OrgRuleError as exc:
        raise OrgChangeRefused(str(exc)) from exc


# --- units -----------------------------------------------------------------------------------


def create_unit(
    db: Database,
    actor: str,
    *,
    name: str,
    kind: str,
    parent_id: int | None,
    valid_from: date,
    description: str = "",
    phone: str = "",
    address: str = "",
) -> int:
    values = dict(
        name=name.strip(),
        kind=kind,
        description=description,
        phone=phone,
        address=address,
        valid_from=valid_from,
        valid_to=None,
    )
    _check_unit_fields(values)
    with db.session() as session:
        unit = m.Unit(key=_new_key(), **values)
        session.add(unit)
        session.flush()
        if parent_id is not None:
            session.add(m.LineLink(unit_id=unit.id, parent_id=parent_id, valid_from=valid_from))
        _log(session, actor, "create", "unit", unit.id)
        return unit.id


def update_unit(db: Database, actor: str, unit_id: int, **values: Any) -> dict[str, Any]:
    """Change some of a unit's fields; returns their previous values (for undo)."""
    unknown = set(values) - set(UNIT_FIELDS)
    if unknown:
        raise TypeError(f"not unit fields: {sorted(unknown)}")
    with db.session() as session:
        unit = session.get_one(m.Unit, unit_id)
        old = {k: getattr(unit, k) for k in UNIT_FIELDS}
        _check_unit_fields({**old, **values})
        if values.get("valid_to") is not None:
            _refuse_children_after(session, unit_id, values["valid_to"])
        for k, v in values.items():
            setattr(unit, k, v.strip() if k == "name" else v)
        _log(session, actor, "update", "unit", unit_id)
        return {k: old[k] for k in values}


def _refuse_children_after(session: Session, unit_id: int, last_day: date) -> None:
    """A unit cannot end while units still report to it after its last day."""
    child = session.scalar(
        select(m.Unit.name)
        .join(m.LineLink, m.LineLink.unit_id == m.Unit.id)
        .where(
            m.LineLink.parent_id == unit_id,
            or_(m.LineLink.valid_to.is_(None), m.LineLink.valid_to > last_day),
        )
        .limit(1)
    )
    if child is not None:
        raise OrgChangeRefused(
            QT_TRANSLATE_NOOP(
                "OrgRule",
                "«{name}» ligger fortsatt under denne enheten etter siste dag. Flytt eller "
                "avslutt underenhetene først.",
            ),
            name=child,
        )


@dataclass
class DeletedUnit:
    """Everything a deletion removed, so undo can put it back with the same ids."""

    unit: core.Unit
    positions: list[core.Position] = field(default_factory=list)
    links: list[core.LineLink] = field(default_factory=list)
    cooperations: list[core.Cooperation] = field(default_factory=list)
    contacts: list[core.ContactStep] = field(default_factory=list)


def _refuse_if_parent(session: Session, unit_id: int) -> None:
    has_children = session.scalar(
        select(m.LineLink.id).where(m.LineLink.parent_id == unit_id).limit(1)
    )
    if has_children is not None:
        raise OrgChangeRefused(
            QT_TRANSLATE_NOOP(
                "OrgRule",
                "Enheten har underenheter (nå eller tidligere). Flytt eller slett dem først, "
                "eller avslutt enheten med en sluttdato i stedet.",
            )
        )


def check_deletable(db: Database, unit_id: int) -> None:
    """Raise the reason a unit cannot be deleted, if there is one (before asking the user)."""
    with db.session() as session:
        _refuse_if_parent(session, unit_id)


def delete_unit(db: Database, actor: str, unit_id: int) -> DeletedUnit:
    with db.session() as session:
        _refuse_if_parent(session, unit_id)
        unit = session.get_one(m.Unit, unit_id)
        gone = DeletedUnit(
            unit=_to_core(unit, core.Unit),
            positions=[
                _to_core(r, core.Position)
                for r in session.scalars(select(m.Position).where(m.Position.unit_id == unit_id))
            ],
            links=[
                _to_core(r, core.LineLink)
                for r in session.scalars(select(m.LineLink).where(m.LineLink.unit_id == unit_id))
            ],
            cooperations=[
                _to_core(r, core.Cooperation)
                for r in session.scalars(
                    select(m.Cooperation).where(
                        or_(m.Cooperation.unit_a_id == unit_id, m.Cooperation.unit_b_id == unit_id)
                    )
                )
            ],
            contacts=[
                _to_core(r, core.ContactStep)
                for r in session.scalars(
                    select(m.ContactStep).where(m.ContactStep.unit_id == unit_id)
                )
            ],
        )
        session.delete(unit)
        _log(session, actor, "delete", "unit", unit_id)
        return gone


def restore_unit(db: Database, actor: str, gone: DeletedUnit) -> None:
    """Undo a deletion: the unit and its rows come back with their old ids."""
    with db.session() as session:
        session.add(m.Unit(**asdict(gone.unit)))
        session.flush()
        for model, rows in (
            (m.Position, gone.positions),
            (m.LineLink, gone.links),
            (m.Cooperation, gone.cooperations),
            (m.ContactStep, gone.contacts),
        ):
            session.add_all(model(**asdict(row)) for row in rows)
        _log(session, actor, "restore", "unit", gone.unit.id)


# --- relations: each edit replaces one unit's rows and returns the old ones for undo ---------


def _replace(
    session: Session, model: type[Any], cls: type[T], where: Any, rows: Sequence[T]
) -> list[T]:
    old_rows = list(session.scalars(select(model).where(where)))
    old = [_to_core(r, cls) for r in old_rows]
    keep = {row.id for row in rows if row.id is not None}  # type: ignore[attr-defined]
    by_id = {r.id: r for r in old_rows}
    for r in old_rows:
        if r.id not in keep:
            session.delete(r)
    session.flush()
    for row in rows:
        values = asdict(row)  # type: ignore[call-overload]
        existing = by_id.get(values["id"])
        if existing is None:
            if values["id"] is None:
                del values["id"]
            session.add(model(**values))
        else:
            for k, v in values.items():
                setattr(existing, k, v)
    return old


def replace_links(
    db: Database, actor: str, unit_id: int, links: Sequence[core.LineLink]
) -> list[core.LineLink]:
    with db.session() as session:
        for link in links:
            _check_period(link.valid_from, link.valid_to)
        old = _replace(
            session,
            m.LineLink,
            core.LineLink,
            m.LineLink.unit_id == unit_id,
            [lk for lk in links if lk.unit_id == unit_id],
        )
        _refuse_broken_line(session)
        _log(session, actor, "relink", "unit", unit_id)
        return old


def move_unit(
    db: Database, actor: str, unit_id: int, new_parent_id: int | None, day: date
) -> list[core.LineLink]:
    """Put a unit under another parent from `day` on; returns its old links for undo."""
    with db.session() as session:
        view = _snapshot(session).view(day)
    if core.would_create_cycle(view, unit_id, new_parent_id):
        raise OrgChangeRefused(
            QT_TRANSLATE_NOOP(
                "OrgRule", "En enhet kan ikke flyttes under seg selv eller en av sine underenheter."
            )
        )
    links = [lk for lk in load_snapshot(db).links if lk.unit_id == unit_id]
    return replace_links(db, actor, unit_id, core.move_links(links, unit_id, new_parent_id, day))


def replace_positions(
    db: Database, actor: str, unit_id: int, positions: Sequence[core.Position]
) -> list[core.Position]:
    for pos in positions:
        if not pos.title.strip():
            raise OrgChangeRefused(QT_TRANSLATE_NOOP("OrgRule", "En stilling må ha en tittel."))
    with db.session() as session:
        rows = [
            p if p.key else core.Position(**{**asdict(p), "key": _new_key()}) for p in positions
        ]
        old = _replace(session, m.Position, core.Position, m.Position.unit_id == unit_id, rows)
        _log(session, actor, "positions", "unit", unit_id)
        return old


def replace_contacts(
    db: Database, actor: str, unit_id: int, steps: Sequence[core.ContactStep]
) -> list[core.ContactStep]:
    with db.session() as session:
        old = _replace(
            session, m.ContactStep, core.ContactStep, m.ContactStep.unit_id == unit_id, steps
        )
        _log(session, actor, "contacts", "unit", unit_id)
        return old


def set_contact_chain(
    db: Database, actor: str, unit_id: int, chain: Sequence[tuple[str, str, str]], day: date
) -> list[core.ContactStep]:
    """Replace the chain in force from `day` on, keeping its history; returns the old steps."""
    for label, _name, _phone in chain:
        if not label.strip():
            raise OrgChangeRefused(
                QT_TRANSLATE_NOOP(
                    "OrgRule",
                    "Hvert trinn i kontaktrekkefølgen må ha en rolle, for eksempel "
                    "«Fagkoordinator» eller «Kontaktperson».",
                )
            )
    steps = [s for s in load_snapshot(db).contacts if s.unit_id == unit_id]
    return replace_contacts(
        db, actor, unit_id, core.replace_contacts_from(steps, unit_id, chain, day)
    )


def replace_cooperations(
    db: Database, actor: str, unit_id: int, coops: Sequence[core.Cooperation]
) -> list[core.Cooperation]:
    """Replace the cooperations that `unit_id` takes part in."""
    for c in coops:
        if c.unit_a_id == c.unit_b_id:
            raise OrgChangeRefused(
                QT_TRANSLATE_NOOP("OrgRule", "En enhet kan ikke samarbeide med seg selv.")
            )
        _check_period(c.valid_from, c.valid_to)
    with db.session() as session:
        where = or_(m.Cooperation.unit_a_id == unit_id, m.Cooperation.unit_b_id == unit_id)
        old = _replace(session, m.Cooperation, core.Cooperation, where, coops)
        _log(session, actor, "cooperations", "unit", unit_id)
        return old


# --- import ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImportSummary:
    created: int
    updated: int


def import_orgchart(db: Database, actor: str, doc: core.OrgSnapshot) -> ImportSummary:
    """Apply a parsed exchange document (ids local to the document, units matched by key).

    Each unit in the document gets its fields, positions, parent links and contact chain from
    the document; cooperations between two units of the document are replaced by the
    document's. Units that are not in the document are left alone. All or nothing.
    """
    created = updated = 0
    with db.session() as session:
        existing = {u.key: u for u in session.scalars(select(m.Unit))}
        ids: dict[int, int] = {}
        for unit in doc.units:
            values = {k: getattr(unit, k) for k in UNIT_FIELDS}
            row = existing.get(unit.key)
            if row is None:
                row = m.Unit(key=unit.key, **values)
                session.add(row)
                created += 1
            else:
                for k, v in values.items():
                    setattr(row, k, v)
                updated += 1
            session.flush()
            ids[unit.id] = row.id
        mine = list(ids.values())
        positions_by_key = {
            p.key: p
            for p in session.scalars(
                select(m.Position).where(m.Position.key.in_([p.key for p in doc.positions]))
            )
        }
        session.execute(
            delete(m.Position).where(
                m.Position.unit_id.in_(mine), m.Position.key.not_in(list(positions_by_key))
            )
        )
        for pos in doc.positions:
            values = {**asdict(pos), "unit_id": ids[pos.unit_id]}
            del values["id"]
            stored = positions_by_key.get(pos.key)
            if stored is None:
                session.add(m.Position(**values))
            else:
                for k, v in values.items():
                    setattr(stored, k, v)
        session.execute(delete(m.LineLink).where(m.LineLink.unit_id.in_(mine)))
        session.execute(delete(m.ContactStep).where(m.ContactStep.unit_id.in_(mine)))
        session.execute(
            delete(m.Cooperation).where(
                m.Cooperation.unit_a_id.in_(mine), m.Cooperation.unit_b_id.in_(mine)
            )
        )
        for link in doc.links:
            session.add(
                m.LineLink(
                    unit_id=ids[link.unit_id],
                    parent_id=ids[link.parent_id],
                    valid_from=link.valid_from,
                    valid_to=link.valid_to,
                )
            )
        for step in doc.contacts:
            values = {**asdict(step), "unit_id": ids[step.unit_id]}
            del values["id"]
            session.add(m.ContactStep(**values))
        for c in doc.cooperations:
            session.add(
                m.Cooperation(
                    unit_a_id=ids[c.unit_a_id],
                    unit_b_id=ids[c.unit_b_id],
                    note=c.note,
                    valid_from=c.valid_from,
                    valid_to=c.valid_to,
                )
            )
        _refuse_broken_line(session)
        _log(session, actor, "import", "orgchart", None)
    return ImportSummary(created, updated)
