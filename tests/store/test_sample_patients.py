"""Sample patients: the hand-written dozen through the services, and the generator."""

from collections import Counter
from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.identity import parse_identity_number
from helsehus_desktop.core.templates import load_activity_templates
from helsehus_desktop.store import models as m
from helsehus_desktop.store import pathway_service
from helsehus_desktop.store.patient_service import PatientFilter, search_patient_ids
from helsehus_desktop.store.sample import load_sample
from helsehus_desktop.store.sample_patients import SURNAMES, load_sample_patients

TODAY = date(2026, 3, 2)


def scalar(db, query):
    with db.session() as session:
        return session.scalar(query)


def rows(db, query):
    with db.session() as session:
        return session.execute(query).all()


def count(db, model):
    return scalar(db, select(func.count()).select_from(model))


@pytest.fixture
def sample_db(db):
    load_sample(db, "test", today=TODAY)
    return db


def test_the_sample_brings_a_dozen_patients_over_the_three_levels(sample_db):
    db = sample_db
    levels = Counter(level for (level,) in rows(db, select(m.Pathway.level)))
    assert 10 <= sum(levels.values()) <= 15
    assert levels[1] > levels[2] > levels[3] > 0
    statuses = rows(db, select(m.Pathway.end_reason).where(m.Pathway.status == core.ENDED))
    assert sorted(r for (r,) in statuses) == ["home_death", "moved"]
    # Every patient has a unit of the sample organisation, a GP and a contact nurse.
    patients = rows(db, select(m.Patient.unit_id, m.Patient.gp_name, m.Patient.contact_nurse))
    assert all(unit is not None and gp and nurse for unit, gp, nurse in patients)
    units = {name for (name,) in rows(db, select(m.Unit.name).join(m.Patient))}
    assert {"Hjemmetjenesten Nord", "Hjemmetjenesten Sør", "Staup Helsehus"} <= units


def test_sample_names_and_numbers_are_fictional(sample_db):
    found = rows(sample_db, select(m.Patient.name, m.Patient.identity_number))
    assert all(name.split()[-1] in SURNAMES for name, _n in found)
    numbers = [number for _name, number in found if number]
    assert len(numbers) < len(found)  # one patient is registered with a birth date only
    assert all(parse_identity_number(n).kind == "synthetic" for n in numbers)


def test_the_dozen_fill_every_part_of_the_plan(sample_db):
    db = sample_db
    plans = [
        pathway_service.load_plan(db, "test", pid, TODAY)
        for (pid,) in rows(db, select(m.Patient.id))
    ]
    assert any(len(p.level_history) >= 3 for p in plans)  # changed level more than once
    changed = [p.level_history for p in plans if len(p.level_history) > 1]
    assert any(history[-1].to_level < history[-2].to_level for history in changed)  # a step down
    points = [s for p in plans for s in p.stop_points]
    assert any(s.outcome for s in points) and any(s.due_on > TODAY for s in points)
    assert sum(s.overdue(TODAY) for s in points) == 1
    activities = [a for p in plans for a in p.activities]
    assert any(a.done for a in activities) and any(not a.done for a in activities)
    assert sum(p.advance_care.held_on is not None for p in plans) >= 10
    meds = [med for p in plans for s in p.plan_steps for med in s.medications]
    assert any(
        (med.drug, med.dose, med.route) == ("Morfin", "5 mg", "s.c.") and med.max_per_day
        for med in meds
    )
    level_3 = [p for p in plans if p.pathway.level == 3]
    assert level_3 and all(p.scenarios and p.team for p in level_3)
    scores = [v for p in plans for e in p.esas for v in e.scores.values()]
    assert None in scores and any(v is not None and v >= 7 for v in scores)
    assert max(len(p.esas) for p in plans) >= 10
    assert 1 <= sum(bool(p.mobid) for p in plans) <= 2
    home_death = [[c.done for c in p.home_death] for p in plans if p.pathway.status == core.ACTIVE]
    assert any(any(done) and not all(done) for done in home_death)  # a candidate, partly done


def test_nothing_in_the_sample_lies_in_the_future(sample_db):
    db = sample_db
    dated = [
        m.LevelChange.changed_on,
        m.StopPoint.evaluated_on,
        m.ActivityItem.done_on,
        m.AdvanceCarePlan.held_on,
        m.HomeDeathCheck.done_on,
        m.Pathway.start_date,
        m.Pathway.ended_on,
    ]
    for column in dated:
        assert scalar(db, select(func.max(column))) <= TODAY, column
    for model in (m.EsasRegistration, m.MobidRegistration):
        at = scalar(db, select(func.max(model.at)))
        assert at < datetime.combine(TODAY, time.min)


def test_the_services_logged_every_sample_patient(sample_db):
    created = rows(sample_db, select(m.AccessLog.patient_id).where(m.AccessLog.action == "create"))
    assert len(created) == count(sample_db, m.Patient)


def test_loading_the_sample_twice_adds_no_patients(sample_db):
    db = sample_db
    before = {model: count(db, model) for model in (m.Patient, m.EsasRegistration, m.StopPoint)}
    again = load_sample(db, "test", today=TODAY)
    assert again.patients == 0 and again.created == 0
    assert {model: count(db, model) for model in before} == before


def generated(db, seed=11):
    return rows(
        db,
        select(m.Patient.name, m.Patient.identity_number, m.Pathway.level, m.Pathway.status)
        .join(m.Pathway)
        .order_by(m.Patient.id),
    ), count(db, m.EsasRegistration)


def test_generated_patients_are_deterministic(db, tmp_path):
    from helsehus_desktop.store.database import open_database

    assert load_sample_patients(db, "test", count=50, today=TODAY, seed=11) == 50
    other = open_database(tmp_path / "other.sqlite")
    try:
        load_sample_patients(other, "test", count=50, today=TODAY, seed=11)
        assert generated(other) == generated(db)
        third = open_database(tmp_path / "third.sqlite")
        try:
            load_sample_patients(third, "test", count=50, today=TODAY, seed=12)
            assert generated(third)[0] != generated(db)[0]
        finally:
            third.close()
    finally:
        other.close()
    # The same seed again finds its patients registered and adds none.
    assert load_sample_patients(db, "test", count=50, today=TODAY, seed=11) == 0
    assert count(db, m.Patient) == 50


def test_generated_patients_are_realistic_and_valid(sample_db):
    db = sample_db
    dozen = count(db, m.Patient)
    assert load_sample_patients(db, "test", count=50, today=TODAY) == 50
    found = rows(
        db, select(m.Patient.identity_number).where(m.Patient.identity_number.is_not(None))
    )
    numbers = [n for (n,) in found]
    assert len(numbers) == len(set(numbers))
    assert all(parse_identity_number(n).kind == "synthetic" for n in numbers)
    assert count(db, m.Patient) == dozen + 50
    levels = Counter(level for (level,) in rows(db, select(m.Pathway.level)))
    assert set(levels) == {1, 2, 3}
    esas = count(db, m.EsasRegistration)
    assert 15 * 50 <= esas <= 40 * 50  # about twenty each, the dozen's included
    assert scalar(db, select(func.count()).where(m.EsasRegistration.max_score.is_(None))) == 0
    # The checklist is what the services would have made: required by the current level.
    templates = {t.key: t for t in load_activity_templates()}
    for key, required, level in rows(
        db, select(m.ActivityItem.key, m.ActivityItem.required, m.Pathway.level).join(m.Pathway)
    ):
        assert required == (level in templates[key].levels)
    # Every generated patient opens as a plan and is found by the list's search.
    last = scalar(db, select(func.max(m.Patient.id)))
    plan = pathway_service.load_plan(db, "test", last, TODAY)
    assert len(plan.plan_steps) == 3 and plan.level_history[0].from_level is None
    surname = plan.patient.name.split()[-1]
    flt = PatientFilter(text=surname.lower(), status=None)
    assert last in search_patient_ids(db, flt)
