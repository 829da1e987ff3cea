"""Patients and the patient list: create, change, delete, search, display rows, and the access
log each of them writes. Fictional names and synthetic numbers only."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.identity import with_control_digits
from helsehus_desktop.core.pathway import ACTIVE, ENDED, Patient
from helsehus_desktop.core.templates import load_activity_templates
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import ACTIONS, access_log
from helsehus_desktop.store.pathway_service import (
    add_stop_point,
    end_pathway,
    evaluate_stop_point,
    load_plan,
)
from helsehus_desktop.store.patient_service import (
    PatientFilter,
    create_patient,
    delete_patient,
    get_patient,
    patient_rows,
    responsible_units,
    search_patient_ids,
    update_patient,
)

TODAY = date(2026, 3, 2)
ACTOR = "sykepleier.test"


def synthetic(ddmmyy: str, start: int = 100) -> str:
    """A synthetic test number (month + 80) born on the date `ddmmyy`."""
    dd, mm, yy = ddmmyy[:2], int(ddmmyy[2:4]) + 80, ddmmyy[4:]
    for individual in range(start, 500):
        full = with_control_digits(f"{dd}{mm}{yy}{individual:03d}")
        if full is not None:
            return full
    raise AssertionError(ddmmyy)


def person(name="Testpasient Åse Øvrebø", number="", born=date(1940, 5, 17), **kw) -> Patient:
    return Patient(id=None, name=name, identity_number=number, birth_date=born, **kw)


def add(db, patient=None, level=1, start=date(2026, 1, 5), **kw) -> int:
    return create_patient(
        db, ACTOR, patient or person(), level=level, start_date=start, today=TODAY, **kw
    )


def add_unit(db, name: str) -> int:
    with db.session() as session:
        unit = m.Unit(key=name.lower(), name=name, kind="unit", valid_from=date(2024, 1, 1))
        session.add(unit)
        session.flush()
        return unit.id


def refused(call, *args, **kw) -> FormRefused:
    with pytest.raises(FormRefused) as caught:
        call(*args, **kw)
    return caught.value


def actions(db, patient_id) -> list[str]:
    """The log lines of a patient, oldest first, read straight from the table (not logged)."""
    with db.session() as session:
        return list(
            session.scalars(
                select(m.AccessLog.action)
                .where(m.AccessLog.patient_id == patient_id)
                .order_by(m.AccessLog.id)
            )
        )


# --- create --------------------------------------------------------------------------------------


def test_create_normalises_the_number_and_takes_the_birth_date_from_it(any_db):
    number = synthetic("170540")
    pid = add(
        any_db,
        person(
            name="  Testpasient Åse Øvrebø ",
            number=f"{number[:6]} {number[6:]}",
            born=date(2001, 1, 1),
            address="Testveien 1",
            language="samisk",
            interpreter_needed=True,
            gp_name="Lege Test",
            gp_phone="74 00 00 00",
            next_of_kin_name="Pårørende Test",
            next_of_kin_phone="900 00 000",
            contact_nurse="Sykepleier Test",
        ),
        level=2,
        reason="Alvorlig diagnose",
    )
    stored = get_patient(any_db, ACTOR, pid)
    assert stored.name == "Testpasient Åse Øvrebø"
    assert stored.identity_number == number
    assert stored.birth_date == date(1940, 5, 17)
    assert (stored.language, stored.interpreter_needed) == ("samisk", True)
    assert (stored.gp_phone, stored.next_of_kin_name) == ("74 00 00 00", "Pårørende Test")


def test_create_starts_the_pathway_with_history_checklist_and_plan_steps(any_db):
    pid = add(any_db, level=2, reason="Alvorlig diagnose")
    plan = load_plan(any_db, ACTOR, pid, today=TODAY)
    assert (plan.pathway.level, plan.pathway.status) == (2, ACTIVE)
    assert plan.pathway.start_date == date(2026, 1, 5)
    [first] = plan.level_history
    assert (first.changed_on, first.from_level, first.to_level) == (date(2026, 1, 5), None, 2)
    assert (first.reason, first.actor) == ("Alvorlig diagnose", ACTOR)
    expected = [t.key for t in load_activity_templates() if 2 in t.levels]
    assert [a.key for a in plan.activities] == expected
    assert all(a.required and not a.done for a in plan.activities)
    assert [s.step for s in plan.plan_steps] == ["A", "B", "C"]
    with any_db.session() as session:
        steps = session.scalars(select(m.PlanStep.step).order_by(m.PlanStep.step)).all()
    assert steps == ["A", "B", "C"]


def test_create_without_a_number_keeps_the_typed_birth_date(any_db):
    pid = add(any_db, person(born=date(1931, 2, 28)))
    stored = get_patient(any_db, ACTOR, pid)
    assert (stored.identity_number, stored.birth_date) == ("", date(1931, 2, 28))
    add(any_db, person(name="Testpasient To"))  # two patients without number are fine


def test_duplicate_number_is_refused_at_the_number(any_db):
    number = synthetic("010145")
    add(any_db, person(number=number))
    refusal = refused(add, any_db, person(name="Testpasient Kopi", number=number))
    assert refusal.field == "identity_number"
    assert "allerede registrert" in str(refusal)
    assert search_patient_ids(any_db, PatientFilter(status=None)) != []
    assert len(search_patient_ids(any_db, PatientFilter(status=None))) == 1


def test_invalid_number_is_refused_with_the_identity_reason(any_db):
    number = synthetic("010145")
    wrong = number[:10] + str((int(number[10]) + 1) % 10)
    refusal = refused(add, any_db, person(number=wrong))
    assert refusal.field == "identity_number"
    assert refusal.context == "Identity"
    assert refusal.message.startswith("Andre kontrollsiffer")
    assert refused(add, any_db, person(number="1234")).message == "Nummeret må ha 11 sifre."
    assert search_patient_ids(any_db, PatientFilter(status=None)) == []


def test_future_or_ancient_birth_date_is_refused(any_db):
    assert refused(add, any_db, person(born=date(2026, 3, 3))).field == "birth_date"
    assert refused(add, any_db, person(born=date(1850, 1, 1))).field == "birth_date"
    future_number = with_control_digits("01813955" + "0")  # 01.01.2039, synthetic
    assert future_number is not None
    assert refused(add, any_db, person(number=future_number)).field == "identity_number"


def test_create_refusals_name_their_field(any_db):
    assert refused(add, any_db, person(name="  ")).field == "name"
    assert refused(add, any_db, level=4).field == "level"
    assert refused(add, any_db, start=date(2026, 3, 3)).field == "start_date"
    assert search_patient_ids(any_db, PatientFilter(status=None)) == []


# --- update and delete ---------------------------------------------------------------------------


def test_update_changes_the_patient_and_what_search_finds(any_db):
    pid = add(any_db)
    patient = get_patient(any_db, ACTOR, pid)
    number = synthetic("241265")
    changed = Patient(
        id=pid,
        name="Testpasient Kari Nordfjell",
        identity_number=number,
        birth_date=patient.birth_date,
        address="Prøvegata 2",
    )
    update_patient(any_db, ACTOR, changed, today=TODAY)
    stored = get_patient(any_db, ACTOR, pid)
    assert (stored.name, stored.birth_date, stored.address) == (
        "Testpasient Kari Nordfjell",
        date(1965, 12, 24),
        "Prøvegata 2",
    )
    assert search_patient_ids(any_db, PatientFilter(text="nordfjell")) == [pid]
    assert search_patient_ids(any_db, PatientFilter(text="øvrebø")) == []


def test_update_refuses_a_number_another_patient_has(any_db):
    number = synthetic("010145")
    add(any_db, person(number=number))
    other = add(any_db, person(name="Testpasient Annen"))
    mine = get_patient(any_db, ACTOR, other)
    refusal = refused(update_patient, any_db, ACTOR, replace(mine, identity_number=number))
    assert refusal.field == "identity_number"
    assert get_patient(any_db, ACTOR, other).identity_number == ""


def test_update_of_a_deleted_patient_is_refused(any_db):
    pid = add(any_db)
    patient = get_patient(any_db, ACTOR, pid)
    delete_patient(any_db, ACTOR, pid)
    assert refused(update_patient, any_db, ACTOR, patient, today=TODAY).field == "name"
    assert refused(get_patient, any_db, ACTOR, pid).field == "name"


def test_delete_removes_everything_but_keeps_the_access_log(any_db):
    pid = add(any_db, level=3)
    add_stop_point(any_db, ACTOR, pid, date(2026, 4, 1))
    delete_patient(any_db, ACTOR, pid)
    with any_db.session() as session:
        for model in (m.Patient, m.Pathway, m.LevelChange, m.ActivityItem, m.StopPoint):
            assert session.scalars(select(model)).all() == []
    assert actions(any_db, pid) == ["create", "update", "delete"]


# --- the list ------------------------------------------------------------------------------------


@pytest.fixture
def listed(any_db):
    """Four fictional patients in two units, at different levels and statuses."""
    nord, sor = add_unit(any_db, "Hjemmetjenesten Nord"), add_unit(any_db, "Hjemmetjenesten Sør")
    ids = {
        "åse": add(
            any_db,
            person("Testpasient Åse Øvrebø", synthetic("170540"), unit_id=nord),
            level=1,
        ),
        "per": add(
            any_db,
            person("Testpasient Per 50% Berg", born=date(1938, 2, 3), unit_id=sor),
            level=2,
        ),
        "kari": add(
            any_db, person("Tes_pasient Kari", born=date(1950, 7, 9), unit_id=nord), level=3
        ),
        "ola": add(any_db, person("Testpasient Ola Dahl", born=date(1929, 11, 30)), level=3),
    }
    end_pathway(any_db, ACTOR, ids["ola"], ended_on=date(2026, 2, 1), reason="moved", today=TODAY)
    return any_db, ids, nord, sor


def search(db, **kw) -> list[int]:
    return search_patient_ids(db, PatientFilter(**kw))


def test_search_by_name_part_ignores_case_and_word_order(listed):
    db, ids, _nord, _sor = listed
    assert search(db, text="øvre") == [ids["åse"]]
    assert search(db, text="ÅSE") == [ids["åse"]]
    assert search(db, text="berg per") == [ids["per"]]
    assert search(db, text="testpasient") == [ids["per"], ids["åse"]]  # ordered by name
    assert search(db, text="finnes ikke") == []


def test_search_by_birth_date_both_ways_and_by_number(listed):
    db, ids, _nord, _sor = listed
    assert search(db, text="03.02.1938") == [ids["per"]]
    assert search(db, text="030238") == [ids["per"]]
    assert search(db, text="17.05.1940") == [ids["åse"]]
    number = synthetic("170540")
    assert search(db, text=number) == [ids["åse"]]
    assert search(db, text=number[:6]) == [ids["åse"]]


def test_percent_and_underscore_are_literal(listed):
    db, ids, _nord, _sor = listed
    assert search(db, text="%") == [ids["per"]]
    assert search(db, text="50%") == [ids["per"]]
    assert search(db, text="s_p") == [ids["kari"]]
    assert search(db, text="_") == [ids["kari"]]
    assert search(db, text="\\") == []


def test_filter_by_unit_level_and_status(listed):
    db, ids, nord, sor = listed
    assert search(db, unit_id=nord) == [ids["kari"], ids["åse"]]
    assert search(db, unit_id=sor) == [ids["per"]]
    assert search(db, level=3) == [ids["kari"]]
    assert search(db, level=3, status=None) == [ids["kari"], ids["ola"]]
    assert search(db, status=ENDED) == [ids["ola"]]
    assert search(db, text="kari", level=1) == []
    assert responsible_units(db) == [(nord, "Hjemmetjenesten Nord"), (sor, "Hjemmetjenesten Sør")]


def test_search_reads_no_patient_and_logs_nothing(listed):
    db, ids, _nord, _sor = listed
    before = actions(db, ids["åse"])
    search(db, text="åse")
    patient_rows(db, [ids["åse"]])
    assert actions(db, ids["åse"]) == before


def test_patient_rows_with_next_stop_point(listed):
    db, ids, _nord, _sor = listed
    first = add_stop_point(db, ACTOR, ids["åse"], date(2026, 2, 1))
    add_stop_point(db, ACTOR, ids["åse"], date(2026, 4, 1))
    add_stop_point(db, ACTOR, ids["åse"], date(2026, 3, 1))
    rows = patient_rows(db, [ids["åse"], ids["per"]])
    assert set(rows) == {ids["åse"], ids["per"]}
    row = rows[ids["åse"]]
    assert (row.name, row.level, row.status) == ("Testpasient Åse Øvrebø", 1, ACTIVE)
    assert (row.unit_name, row.birth_date) == ("Hjemmetjenesten Nord", date(1940, 5, 17))
    assert row.identity_number == synthetic("170540")
    assert row.next_stop == date(2026, 2, 1)
    assert rows[ids["per"]].next_stop is None
    evaluate_stop_point(
        db, ACTOR, ids["åse"], first, evaluated_on=date(2026, 2, 2), outcome="Stabil", today=TODAY
    )
    assert patient_rows(db, [ids["åse"]])[ids["åse"]].next_stop == date(2026, 3, 1)
    assert patient_rows(db, [ids["ola"]])[ids["ola"]].unit_name == ""
    assert patient_rows(db, []) == {}


# --- the access log ------------------------------------------------------------------------------


def test_every_patient_service_writes_the_access_log(any_db):
    pid = add(any_db)
    patient = get_patient(any_db, ACTOR, pid)
    update_patient(any_db, "koordinator.test", patient, today=TODAY)
    entries = access_log(any_db, "leder.test", pid)
    assert [(e.actor, e.action) for e in entries] == [
        ("koordinator.test", "update"),
        (ACTOR, "read"),
        (ACTOR, "create"),
    ]
    assert actions(any_db, pid) == ["create", "read", "update", "log"]
    assert access_log(any_db, ACTOR, pid)[0].action == "log"


def test_the_access_log_holds_ids_and_action_names_only(any_db):
    number = synthetic("170540")
    pid = add(any_db, person(number=number, address="Testveien 1"))
    get_patient(any_db, ACTOR, pid)
    columns = {c.name for c in m.AccessLog.__table__.columns}
    assert columns == {"id", "at", "actor", "action", "patient_id"}
    with any_db.session() as session:
        rows = session.execute(select(m.AccessLog.actor, m.AccessLog.action)).all()
    assert {action for _actor, action in rows} <= set(ACTIONS)
    assert {actor for actor, _action in rows} == {ACTOR}
