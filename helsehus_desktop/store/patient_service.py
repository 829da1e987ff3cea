"""Patients and the patient list: create, change, delete, and the searchable list.

The list keeps only ids in the window and fetches display rows for the ids it shows, so that ten
thousand patients filter as fast as ten. Every function is told who is acting; those that touch
a patient's data write the access log.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import Select, and_, delete, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.identity import InvalidIdentityNumber, parse_identity_number
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.core.templates import load_activity_templates
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import log_access
from helsehus_desktop.store.database import Database

PATIENT_FIELDS = tuple(f.name for f in fields(core.Patient) if f.name != "id")


@dataclass(frozen=True, slots=True)
class PatientRow:
    """One line of the patient list."""

    id: int
    name: str
    birth_date: date
    identity_number: str
    level: int
    status: str
    unit_name: str
    next_stop: date | None


@dataclass(frozen=True, slots=True)
class PatientFilter:
    text: str = ""
    unit_id: int | None = None
    level: int | None = None
    status: str | None = core.ACTIVE  # None: every status


def search_text(patient: core.Patient) -> str:
    """What the list's search matches: name, birth date as typed both ways, and the number."""
    born = patient.birth_date
    return " ".join(
        (
            patient.name.lower(),
            format_day(born),
            f"{born.day:02d}{born.month:02d}{born.year % 100:02d}",
            patient.identity_number,
        )
    )


def check_patient(patient: core.Patient, today: date) -> core.Patient:
    """The patient as it will be stored: trimmed, the number checked and the birth date taken
    from it. `FormRefused` names the field that is wrong."""
    name = patient.name.strip()
    if not name:
        raise FormRefused("name", QT_TRANSLATE_NOOP("Forms", "Skriv pasientens navn."))
    number = "".join(patient.identity_number.split())
    born = patient.birth_date
    if number:
        try:
            parsed = parse_identity_number(number)
        except InvalidIdentityNumber as exc:
            raise FormRefused("identity_number", exc.reason, context="Identity") from None
        number, born = parsed.digits, parsed.birth_date
    # A date read from the number is refused at the number: that is where it was typed.
    born_field = "identity_number" if number else "birth_date"
    if born > today:
        raise FormRefused(
            born_field, QT_TRANSLATE_NOOP("Forms", "Fødselsdatoen kan ikke være fram i tid.")
        )
    if born.year < 1890:
        raise FormRefused(
            born_field, QT_TRANSLATE_NOOP("Forms", "Fødselsdatoen er for langt tilbake.")
        )
    return replace(patient, name=name, identity_number=number, birth_date=born)


def _flush_patient(session: Session) -> None:
    """Write the patient row now, inside the transaction: the database's session wrapper turns
    any later driver error into a generic one, so a taken number is caught here."""
    try:
        session.flush()
    except IntegrityError:
        raise FormRefused(
            "identity_number",
            QT_TRANSLATE_NOOP(
                "Forms", "En annen pasient er allerede registrert med dette nummeret."
            ),
        ) from None


def _patient_values(patient: core.Patient) -> dict[str, object]:
    values = {name: getattr(patient, name) for name in PATIENT_FIELDS}
    values["identity_number"] = patient.identity_number or None
    values["search_text"] = search_text(patient)
    return values


def create_patient(
    db: Database,
    actor: str,
    patient: core.Patient,
    *,
    level: int,
    start_date: date,
    reason: str = "",
    today: date | None = None,
) -> int:
    """Register a patient with an active pathway at `level`, its first history line and the
    level's activity checklist. Returns the patient's id."""
    today = today or date.today()
    patient = check_patient(patient, today)
    if level not in core.LEVEL_LABELS:
        raise FormRefused("level", QT_TRANSLATE_NOOP("Forms", "Velg forløp 1, 2 eller 3."))
    if start_date > today:
        raise FormRefused(
            "start_date", QT_TRANSLATE_NOOP("Forms", "Startdatoen kan ikke være fram i tid.")
        )
    templates = load_activity_templates(db.site_dir)
    with db.session() as session:
        row = m.Patient(**_patient_values(patient))
        session.add(row)
        _flush_patient(session)
        pathway = m.Pathway(patient_id=row.id, level=level, start_date=start_date)
        session.add(pathway)
        session.flush()
        session.add(
            m.LevelChange(
                pathway_id=pathway.id,
                changed_on=start_date,
                from_level=None,
                to_level=level,
                reason=reason.strip(),
                actor=actor,
            )
        )
        session.add_all(m.PlanStep(pathway_id=pathway.id, step=step) for step in core.PLAN_STEPS)
        add_checklist_items(session, pathway.id, core.reconcile_checklist(templates, [], level))
        log_access(session, actor, "create", row.id)
        return row.id


def add_checklist_items(session: Session, pathway_id: int, change: core.ChecklistChange) -> None:
    start = session.scalar(
        select(func.coalesce(func.max(m.ActivityItem.sort), 0)).where(
            m.ActivityItem.pathway_id == pathway_id
        )
    )
    session.add_all(
        m.ActivityItem(
            pathway_id=pathway_id,
            key=t.key,
            group=t.group,
            title=t.title,
            required=True,
            sort=(start or 0) + number,
        )
        for number, t in enumerate(change.add, 1)
    )


def update_patient(
    db: Database, actor: str, patient: core.Patient, today: date | None = None
) -> None:
    patient_id = patient.id
    assert patient_id is not None
    patient = check_patient(patient, today or date.today())
    with db.session() as session:
        row = session.get(m.Patient, patient_id)
        if row is None:
            raise FormRefused("name", QT_TRANSLATE_NOOP("Forms", "Pasienten finnes ikke lenger."))
        for name, value in _patient_values(patient).items():
            setattr(row, name, value)
        _flush_patient(session)
        log_access(session, actor, "update", patient_id)


def delete_patient(db: Database, actor: str, patient_id: int) -> None:
    """Remove a patient and everything recorded about them (a registration made by mistake).
    The access log keeps its lines: they record that the data existed and who saw it."""
    with db.session() as session:
        session.execute(delete(m.Patient).where(m.Patient.id == patient_id))
        log_access(session, actor, "delete", patient_id)


def get_patient(db: Database, actor: str, patient_id: int) -> core.Patient:
    with db.session() as session:
        row = session.get(m.Patient, patient_id)
        if row is None:
            raise FormRefused("name", QT_TRANSLATE_NOOP("Forms", "Pasienten finnes ikke lenger."))
        log_access(session, actor, "read", patient_id)
        return patient_from_row(row)


def patient_from_row(row: m.Patient) -> core.Patient:
    values = {name: getattr(row, name) for name in PATIENT_FIELDS}
    values["identity_number"] = row.identity_number or ""
    return core.Patient(id=row.id, **values)  # type: ignore[arg-type]


# --- the list ------------------------------------------------------------------------------------


def _filtered(query: Select, flt: PatientFilter) -> Select:  # type: ignore[type-arg]
    for token in flt.text.lower().split():
        escaped = token.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = query.where(m.Patient.search_text.like(f"%{escaped}%", escape="\\"))
    if flt.unit_id is not None:
        query = query.where(m.Patient.unit_id == flt.unit_id)
    if flt.level is not None:
        query = query.where(m.Pathway.level == flt.level)
    if flt.status is not None:
        query = query.where(m.Pathway.status == flt.status)
    return query


def search_patient_ids(db: Database, flt: PatientFilter) -> list[int]:
    """Ids of the patients that match, ordered by name. Names are not read here, only
    compared, so this is not logged as access to any one patient."""
    query = select(m.Patient.id, m.Patient.name).join(
        m.Pathway, m.Pathway.patient_id == m.Patient.id
    )
    with db.session() as session:
        rows = session.execute(_filtered(query, flt)).all()
    # Sorted here, not in SQL: databases do not know that æ, ø and å come after z.
    return [pid for pid, _name in sorted(rows, key=lambda r: (sort_key(r[1]), r[0]))]


def patient_rows(db: Database, ids: Sequence[int]) -> dict[int, PatientRow]:
    """Display rows for the given ids (those the list is about to show)."""
    if not ids:
        return {}
    next_stop = (
        select(func.min(m.StopPoint.due_on))
        .where(and_(m.StopPoint.pathway_id == m.Pathway.id, m.StopPoint.evaluated_on.is_(None)))
        .scalar_subquery()
    )
    query = (
        select(
            m.Patient.id,
            m.Patient.name,
            m.Patient.birth_date,
            m.Patient.identity_number,
            m.Pathway.level,
            m.Pathway.status,
            func.coalesce(m.Unit.name, ""),
            next_stop,
        )
        .join(m.Pathway, m.Pathway.patient_id == m.Patient.id)
        .outerjoin(m.Unit, m.Unit.id == m.Patient.unit_id)
        .where(m.Patient.id.in_(list(ids)))
    )
    with db.session() as session:
        return {
            row[0]: PatientRow(
                id=row[0],
                name=row[1],
                birth_date=row[2],
                identity_number=row[3] or "",
                level=row[4],
                status=row[5],
                unit_name=row[6],
                next_stop=row[7],
            )
            for row in session.execute(query)
        }


def responsible_units(db: Database) -> list[tuple[int, str]]:
    """Units that have patients, for the list's filter."""
    with db.session() as session:
        rows = session.execute(
            select(m.Unit.id, m.Unit.name)
            .where(m.Unit.id.in_(select(m.Patient.unit_id).distinct()))
            .order_by(m.Unit.name)
        )
        return [(uid, name) for uid, name in rows]
