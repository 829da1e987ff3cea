"""The pathway and its plan: level changes, stop points, activities, advance care planning,
plan A/B/C, acute-change preparation, the resource team and the home-death checklist.

One function per user operation, each one transaction that writes the access log. The plan is
handed out whole as a plain `core.pathway.PatientPlan`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import fields
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.holidays_no import holidays_ahead
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.names import sort_key
from helsehus_desktop.core.templates import load_activity_templates, load_home_death_checklist
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import log_access
from helsehus_desktop.store.assessment_service import esas_history, mobid_history
from helsehus_desktop.store.database import Database
from helsehus_desktop.store.patient_service import add_checklist_items, patient_from_row


def _plain(row: Any, cls: type[Any], **extra: Any) -> Any:
    names = [f.name for f in fields(cls) if f.name not in extra]
    return cls(**{n: getattr(row, n) for n in names}, **extra)


def _pathway_row(session: Session, patient_id: int) -> m.Pathway:
    row = session.scalar(select(m.Pathway).where(m.Pathway.patient_id == patient_id))
    if row is None:
        raise FormRefused("name", QT_TRANSLATE_NOOP("Forms", "Pasienten finnes ikke lenger."))
    return row


def _not_future(field: str, day: date | None, today: date) -> None:
    if day is not None and day > today:
        raise FormRefused(field, QT_TRANSLATE_NOOP("Forms", "Datoen kan ikke være fram i tid."))


def load_plan(
    db: Database, actor: str, patient_id: int, today: date | None = None
) -> core.PatientPlan:
    """The whole plan of one patient, as plain objects; the read is logged."""
    today = today or date.today()
    checklist = load_home_death_checklist(db.site_dir)
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        patient_row = session.get(m.Patient, patient_id)
        assert patient_row is not None
        pid = pathway.id
        unit_name = ""
        if patient_row.unit_id is not None:
            unit_name = (
                session.scalar(select(m.Unit.name).where(m.Unit.id == patient_row.unit_id)) or ""
            )

        def rows(model: Any, *order: Any) -> list[Any]:
            return list(
                session.scalars(select(model).where(model.pathway_id == pid).order_by(*order))
            )

        steps = {s.step: s for s in rows(m.PlanStep, m.PlanStep.step)}
        meds: dict[int, list[core.MedicationLine]] = {}
        step_ids = [s.id for s in steps.values()]
        for med in session.scalars(
            select(m.MedicationLine)
            .where(m.MedicationLine.plan_step_id.in_(step_ids))
            .order_by(m.MedicationLine.sort, m.MedicationLine.id)
        ):
            meds.setdefault(med.plan_step_id, []).append(_plain(med, core.MedicationLine))
        plan_steps = tuple(
            core.PlanStep(
                step=letter,
                applies_when=steps[letter].applies_when if letter in steps else "",
                measures=steps[letter].measures if letter in steps else "",
                call_whom=steps[letter].call_whom if letter in steps else "",
                medications=tuple(meds.get(steps[letter].id, [])) if letter in steps else (),
            )
            for letter in core.PLAN_STEPS
        )
        acp_row = session.scalar(
            select(m.AdvanceCarePlan).where(m.AdvanceCarePlan.pathway_id == pid)
        )
        team = [
            _plain(t, core.TeamMember)
            for t in rows(m.TeamMember, m.TeamMember.sort, m.TeamMember.id)
        ]
        unit_ids = {t.unit_id for t in team if t.unit_id is not None}
        unit_names: dict[int, str] = {
            uid: name
            for uid, name in session.execute(
                select(m.Unit.id, m.Unit.name).where(m.Unit.id.in_(unit_ids))
            )
        }
        recorded = {c.key: c for c in rows(m.HomeDeathCheck, m.HomeDeathCheck.id)}
        home_death = [
            _plain(recorded[t.key], core.ChecklistEntry)
            if t.key in recorded
            else core.ChecklistEntry(key=t.key, title=t.title)
            for t in checklist
        ]
        # Lines the site has since taken out of its list stay, with what was recorded.
        template_keys = {t.key for t in checklist}
        home_death += [
            _plain(c, core.ChecklistEntry)
            for key, c in recorded.items()
            if key not in template_keys
        ]
        plan = core.PatientPlan(
            patient=patient_from_row(patient_row),
            unit_name=unit_name,
            pathway=_plain(pathway, core.Pathway),
            level_history=tuple(
                _plain(c, core.LevelChange)
                for c in rows(m.LevelChange, m.LevelChange.changed_on, m.LevelChange.id)
            ),
            stop_points=tuple(
                _plain(p, core.StopPoint)
                for p in rows(m.StopPoint, m.StopPoint.due_on, m.StopPoint.id)
            ),
            activities=tuple(
                _plain(a, core.ActivityItem)
                for a in rows(m.ActivityItem, m.ActivityItem.sort, m.ActivityItem.id)
            ),
            advance_care=_plain(acp_row, core.AdvanceCarePlan)
            if acp_row
            else core.AdvanceCarePlan(),
            plan_steps=plan_steps,
            plan_checks=core.PlanChecks(
                holidays=pathway.check_holidays,
                staffing=pathway.check_staffing,
                acute_changes=pathway.check_acute,
            ),
            holidays=tuple(holidays_ahead(today)),
            scenarios=tuple(
                _plain(s, core.AcuteScenario)
                for s in rows(m.AcuteScenario, m.AcuteScenario.sort, m.AcuteScenario.id)
            ),
            contact_plan=core.ContactPlan(
                evening=pathway.contact_evening,
                night=pathway.contact_night,
                weekend=pathway.contact_weekend,
                holiday=pathway.contact_holiday,
                extra_visits=pathway.extra_visits,
            ),
            team=tuple(team),
            esas=tuple(esas_history(session, pid)),
            mobid=tuple(mobid_history(session, pid)),
            home_death=tuple(home_death),
            unit_names=unit_names,
            reviews=tuple(
                core.ReviewEntry(*r)
                for r in session.execute(
                    select(
                        m.PathwayReview.meeting_id,
                        m.Meeting.held_on,
                        m.MeetingSeries.name,
                        m.PathwayReview.assessment,
                        m.PathwayReview.follow_up,
                    )
                    .join(m.Meeting, m.Meeting.id == m.PathwayReview.meeting_id)
                    .join(m.MeetingSeries, m.MeetingSeries.id == m.Meeting.series_id)
                    .where(m.PathwayReview.pathway_id == pid)
                    .order_by(m.Meeting.held_on, m.PathwayReview.id)
                )
            ),
        )
        log_access(session, actor, "read", patient_id)
        return plan


# --- level and status ----------------------------------------------------------------------------


def change_level(
    db: Database,
    actor: str,
    patient_id: int,
    *,
    level: int,
    changed_on: date,
    reason: str,
    today: date | None = None,
) -> None:
    """Move an active pathway to another level: history line, checklist brought up to date."""
    today = today or date.today()
    if level not in core.LEVEL_LABELS:
        raise FormRefused("level", QT_TRANSLATE_NOOP("Forms", "Velg forløp 1, 2 eller 3."))
    if not reason.strip():
        raise FormRefused("reason", QT_TRANSLATE_NOOP("Forms", "Skriv hvorfor forløpet endres."))
    _not_future("changed_on", changed_on, today)
    templates = load_activity_templates(db.site_dir)
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        if pathway.status != core.ACTIVE:
            raise FormRefused("level", QT_TRANSLATE_NOOP("Forms", "Forløpet er avsluttet."))
        if level == pathway.level:
            raise FormRefused(
                "level", QT_TRANSLATE_NOOP("Forms", "Pasienten er allerede i dette forløpet.")
            )
        last = session.scalar(
            select(m.LevelChange.changed_on)
            .where(m.LevelChange.pathway_id == pathway.id)
            .order_by(m.LevelChange.changed_on.desc())
            .limit(1)
        )
        if last is not None and changed_on < last:
            raise FormRefused(
                "changed_on",
                QT_TRANSLATE_NOOP("Forms", "Datoen kan ikke være før forrige endring ({})."),
                last.strftime("%d.%m.%Y"),
            )
        session.add(
            m.LevelChange(
                pathway_id=pathway.id,
                changed_on=changed_on,
                from_level=pathway.level,
                to_level=level,
                reason=reason.strip(),
                actor=actor,
            )
        )
        pathway.level = level
        items = list(
            session.scalars(select(m.ActivityItem).where(m.ActivityItem.pathway_id == pathway.id))
        )
        change = core.reconcile_checklist(templates, [i.key for i in items], level)
        for item in items:
            item.required = change.required[item.key]
        add_checklist_items(session, pathway.id, change)
        log_access(session, actor, "update", patient_id)


def end_pathway(
    db: Database,
    actor: str,
    patient_id: int,
    *,
    ended_on: date,
    reason: str,
    today: date | None = None,
) -> None:
    today = today or date.today()
    if reason not in core.END_REASONS:
        raise FormRefused(
            "end_reason", QT_TRANSLATE_NOOP("Forms", "Velg hvordan forløpet ble avsluttet.")
        )
    _not_future("ended_on", ended_on, today)
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        if ended_on < pathway.start_date:
            raise FormRefused(
                "ended_on", QT_TRANSLATE_NOOP("Forms", "Sluttdatoen kan ikke være før startdatoen.")
            )
        pathway.status, pathway.ended_on, pathway.end_reason = core.ENDED, ended_on, reason
        log_access(session, actor, "update", patient_id)


def reopen_pathway(db: Database, actor: str, patient_id: int) -> None:
    """Undo an ending registered by mistake."""
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        pathway.status, pathway.ended_on, pathway.end_reason = core.ACTIVE, None, ""
        log_access(session, actor, "update", patient_id)


def save_questions(
    db: Database, actor: str, patient_id: int, *, prevent: str, improve: str
) -> None:
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        pathway.prevent_escalation, pathway.enable_improvement = prevent, improve
        log_access(session, actor, "update", patient_id)


# --- stop points ---------------------------------------------------------------------------------


def add_stop_point(db: Database, actor: str, patient_id: int, due_on: date) -> int:
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        if due_on < pathway.start_date:
            raise FormRefused(
                "due_on",
                QT_TRANSLATE_NOOP("Forms", "Stopp-punktet kan ikke være før forløpet startet."),
            )
        point = m.StopPoint(pathway_id=pathway.id, due_on=due_on)
        session.add(point)
        session.flush()
        log_access(session, actor, "update", patient_id)
        return point.id


def evaluate_stop_point(
    db: Database,
    actor: str,
    patient_id: int,
    point_id: int,
    *,
    evaluated_on: date,
    outcome: str,
    next_due: date | None = None,
    today: date | None = None,
) -> None:
    """Record an evaluation, and schedule the next stop point when one is given."""
    today = today or date.today()
    if not outcome.strip():
        raise FormRefused(
            "outcome", QT_TRANSLATE_NOOP("Forms", "Skriv hva evalueringen kom fram til.")
        )
    _not_future("evaluated_on", evaluated_on, today)
    if next_due is not None and next_due <= evaluated_on:
        raise FormRefused(
            "next_due", QT_TRANSLATE_NOOP("Forms", "Neste stopp-punkt må være etter evalueringen.")
        )
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        point = session.get(m.StopPoint, point_id)
        if point is None or point.pathway_id != pathway.id:
            raise FormRefused(
                "due_on", QT_TRANSLATE_NOOP("Forms", "Stopp-punktet finnes ikke lenger.")
            )
        point.evaluated_on, point.outcome = evaluated_on, outcome.strip()
        if next_due is not None:
            session.add(m.StopPoint(pathway_id=pathway.id, due_on=next_due))
        log_access(session, actor, "update", patient_id)


def delete_stop_point(db: Database, actor: str, patient_id: int, point_id: int) -> None:
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        session.execute(
            delete(m.StopPoint).where(
                m.StopPoint.id == point_id, m.StopPoint.pathway_id == pathway.id
            )
        )
        log_access(session, actor, "update", patient_id)


# --- checklists ----------------------------------------------------------------------------------


def _check_record(done: bool, done_on: date | None, today: date) -> None:
    _not_future("done_on", done_on, today)
    if done and done_on is None:
        raise FormRefused("done_on", QT_TRANSLATE_NOOP("Forms", "Skriv datoen punktet ble gjort."))


def record_activity(
    db: Database, actor: str, patient_id: int, item: core.ActivityItem, today: date | None = None
) -> None:
    """Save done, date, by whom and note of one activity line."""
    _check_record(item.done, item.done_on, today or date.today())
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        row = session.get(m.ActivityItem, item.id)
        if row is None or row.pathway_id != pathway.id:
            raise FormRefused("done", QT_TRANSLATE_NOOP("Forms", "Aktiviteten finnes ikke lenger."))
        row.done, row.done_on, row.done_by, row.note = (
            item.done,
            item.done_on,
            item.done_by,
            item.note,
        )
        log_access(session, actor, "update", patient_id)


def record_home_death(
    db: Database, actor: str, patient_id: int, entry: core.ChecklistEntry, today: date | None = None
) -> None:
    _check_record(entry.done, entry.done_on, today or date.today())
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        row = session.scalar(
            select(m.HomeDeathCheck).where(
                m.HomeDeathCheck.pathway_id == pathway.id, m.HomeDeathCheck.key == entry.key
            )
        )
        if row is None:
            row = m.HomeDeathCheck(pathway_id=pathway.id, key=entry.key, title=entry.title)
            session.add(row)
        row.done, row.done_on, row.done_by, row.note = (
            entry.done,
            entry.done_on,
            entry.done_by,
            entry.note,
        )
        log_access(session, actor, "update", patient_id)


# --- plan parts ---------------------------------------------------------------------------------


def save_advance_care(
    db: Database, actor: str, patient_id: int, acp: core.AdvanceCarePlan, today: date | None = None
) -> None:
    _not_future("held_on", acp.held_on, today or date.today())
    for field, choices in (
        ("hospital_admission", core.YES_NO),
        ("respirator", core.YES_NO),
        ("cpr_status", core.CPR_STATUS),
    ):
        if getattr(acp, field) not in choices:
            raise FormRefused(field, QT_TRANSLATE_NOOP("Forms", "Ukjent valg."))
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        row = session.scalar(
            select(m.AdvanceCarePlan).where(m.AdvanceCarePlan.pathway_id == pathway.id)
        )
        if row is None:
            row = m.AdvanceCarePlan(pathway_id=pathway.id)
            session.add(row)
        for f in fields(core.AdvanceCarePlan):
            setattr(row, f.name, getattr(acp, f.name))
        log_access(session, actor, "update", patient_id)


def save_plan_abc(
    db: Database,
    actor: str,
    patient_id: int,
    steps: Sequence[core.PlanStep],
    checks: core.PlanChecks,
) -> None:
    """Save plan A, B and C with their medication lines, and the plan's three checks."""
    if sorted(s.step for s in steps) != list(core.PLAN_STEPS):
        raise FormRefused("steps", QT_TRANSLATE_NOOP("Forms", "Planen må ha trinn A, B og C."))
    for s in steps:
        for number, med in enumerate(s.medications, 1):
            if not med.drug.strip() and any((med.dose, med.route, med.interval, med.max_per_day)):
                raise FormRefused(
                    f"{s.step}.medications",
                    QT_TRANSLATE_NOOP(
                        "Forms", "Plan {}, legemiddel nr. {}: skriv navnet på legemiddelet."
                    ),
                    s.step,
                    number,
                )
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        rows = {
            r.step: r
            for r in session.scalars(select(m.PlanStep).where(m.PlanStep.pathway_id == pathway.id))
        }
        for s in steps:
            row = rows.get(s.step)
            if row is None:
                row = m.PlanStep(pathway_id=pathway.id, step=s.step)
                session.add(row)
                session.flush()
            row.applies_when, row.measures, row.call_whom = s.applies_when, s.measures, s.call_whom
            session.execute(delete(m.MedicationLine).where(m.MedicationLine.plan_step_id == row.id))
            session.add_all(
                m.MedicationLine(
                    plan_step_id=row.id,
                    sort=n,
                    drug=med.drug.strip(),
                    dose=med.dose,
                    route=med.route,
                    interval=med.interval,
                    max_per_day=med.max_per_day,
                )
                for n, med in enumerate(s.medications)
                if med.drug.strip()
            )
        pathway.check_holidays = checks.holidays
        pathway.check_staffing = checks.staffing
        pathway.check_acute = checks.acute_changes
        log_access(session, actor, "update", patient_id)


def save_acute_preparation(
    db: Database,
    actor: str,
    patient_id: int,
    scenarios: Sequence[core.AcuteScenario],
    contact: core.ContactPlan,
) -> None:
    for number, sc in enumerate(scenarios, 1):
        if not sc.scenario.strip():
            raise FormRefused(
                "scenarios",
                QT_TRANSLATE_NOOP("Forms", "Situasjon nr. {}: beskriv situasjonen."),
                number,
            )
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        session.execute(delete(m.AcuteScenario).where(m.AcuteScenario.pathway_id == pathway.id))
        session.add_all(
            m.AcuteScenario(
                pathway_id=pathway.id,
                sort=n,
                foreseen=sc.foreseen,
                scenario=sc.scenario.strip(),
                action=sc.action,
                call_whom=sc.call_whom,
            )
            for n, sc in enumerate(scenarios)
        )
        pathway.contact_evening, pathway.contact_night = contact.evening, contact.night
        pathway.contact_weekend, pathway.contact_holiday = contact.weekend, contact.holiday
        pathway.extra_visits = contact.extra_visits
        log_access(session, actor, "update", patient_id)


def save_team(
    db: Database, actor: str, patient_id: int, members: Sequence[core.TeamMember]
) -> None:
    for number, member in enumerate(members, 1):
        if member.role not in core.TEAM_ROLES:
            raise FormRefused(
                "team", QT_TRANSLATE_NOOP("Forms", "Medlem nr. {}: velg en rolle."), number
            )
        if not member.name.strip():
            raise FormRefused(
                "team", QT_TRANSLATE_NOOP("Forms", "Medlem nr. {}: skriv navnet."), number
            )
    with db.session() as session:
        pathway = _pathway_row(session, patient_id)
        session.execute(delete(m.TeamMember).where(m.TeamMember.pathway_id == pathway.id))
        session.add_all(
            m.TeamMember(
                pathway_id=pathway.id,
                sort=n,
                role=t.role,
                name=t.name.strip(),
                contact=t.contact,
                unit_id=t.unit_id,
            )
            for n, t in enumerate(members)
        )
        log_access(session, actor, "update", patient_id)


def active_patient_ids(db: Database) -> list[int]:
    """Every patient with an active pathway, by name: the contingency binder's contents."""
    with db.session() as session:
        rows = session.execute(
            select(m.Patient.id, m.Patient.name)
            .join(m.Pathway, m.Pathway.patient_id == m.Patient.id)
            .where(m.Pathway.status == core.ACTIVE)
        ).all()
    return [pid for pid, _name in sorted(rows, key=lambda r: (sort_key(r[1]), r[0]))]
