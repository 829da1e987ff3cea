"""The pathway and its plan through the store: level changes and the checklist, ending and
reopening, stop points, activities, the home-death checklist, plan A/B/C, acute preparation and
the team, each round-tripped through load_plan, refused where it must be, and logged."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.templates import load_activity_templates, load_home_death_checklist
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import access_log
from helsehus_desktop.store.pathway_service import (
    active_patient_ids,
    add_stop_point,
    change_level,
    delete_stop_point,
    end_pathway,
    evaluate_stop_point,
    load_plan,
    record_activity,
    record_home_death,
    reopen_pathway,
    save_acute_preparation,
    save_advance_care,
    save_plan_abc,
    save_questions,
    save_team,
)
from helsehus_desktop.store.patient_service import create_patient

TODAY = date(2026, 3, 2)
START = date(2026, 1, 5)
ACTOR = "sykepleier.test"


def add(db, name="Testpasient Åse Øvrebø", level=1) -> int:
    patient = core.Patient(id=None, name=name, identity_number="", birth_date=date(1940, 5, 17))
    return create_patient(db, ACTOR, patient, level=level, start_date=START, today=TODAY)


def plan(db, pid) -> core.PatientPlan:
    return load_plan(db, ACTOR, pid, today=TODAY)


def refused(call, *args, **kw) -> FormRefused:
    with pytest.raises(FormRefused) as caught:
        call(*args, **kw)
    return caught.value


def actions(db, pid) -> list[str]:
    with db.session() as session:
        return list(
            session.scalars(
                select(m.AccessLog.action)
                .where(m.AccessLog.patient_id == pid)
                .order_by(m.AccessLog.id)
            )
        )


def change(db, pid, level, on, reason="Endret tilstand"):
    change_level(db, ACTOR, pid, level=level, changed_on=on, reason=reason, today=TODAY)


def wanted(level: int) -> set[str]:
    return {t.key for t in load_activity_templates() if level in t.levels}


# --- level changes and the checklist -------------------------------------------------------------


def test_level_changes_are_kept_as_history(any_db):
    pid = add(any_db)
    change(any_db, pid, 2, date(2026, 2, 1), "Ny diagnose")
    change(any_db, pid, 3, date(2026, 2, 1), "Raske endringer")
    change(any_db, pid, 1, date(2026, 2, 20), "  Roligere  ")
    result = plan(any_db, pid)
    assert result.pathway.level == 1
    assert [(c.from_level, c.to_level, c.changed_on, c.reason) for c in result.level_history] == [
        (None, 1, START, ""),
        (1, 2, date(2026, 2, 1), "Ny diagnose"),
        (2, 3, date(2026, 2, 1), "Raske endringer"),
        (3, 1, date(2026, 2, 20), "Roligere"),
    ]
    assert {c.actor for c in result.level_history} == {ACTOR}


def test_checklist_follows_the_level_and_keeps_what_was_recorded(any_db):
    pid = add(any_db, level=3)
    item = next(a for a in plan(any_db, pid).activities if a.key == "tverrfaglig.ressursteam")
    done = replace(
        item, done=True, done_on=date(2026, 1, 20), done_by="Sykepleier Test", note="Møte holdt"
    )
    record_activity(any_db, ACTOR, pid, done, today=TODAY)

    change(any_db, pid, 1, date(2026, 2, 1))
    activities = {a.key: a for a in plan(any_db, pid).activities}
    assert set(activities) == wanted(3) | wanted(1)
    assert {k for k, a in activities.items() if a.required} == wanted(1)
    kept = activities["tverrfaglig.ressursteam"]
    assert not kept.required
    assert (kept.done, kept.done_on, kept.done_by, kept.note) == (
        True,
        date(2026, 1, 20),
        "Sykepleier Test",
        "Møte holdt",
    )

    change(any_db, pid, 2, date(2026, 2, 10))
    change(any_db, pid, 3, date(2026, 2, 20))
    activities = plan(any_db, pid).activities
    keys = [a.key for a in activities]
    assert len(keys) == len(set(keys))
    assert set(keys) == wanted(1) | wanted(2) | wanted(3)
    assert {a.key for a in activities if a.required} == wanted(3)
    again = next(a for a in activities if a.key == "tverrfaglig.ressursteam")
    assert again.id == item.id
    assert (again.required, again.done, again.note) == (True, True, "Møte holdt")


def test_added_items_come_after_the_existing_ones(any_db):
    pid = add(any_db, level=1)
    before = [a.key for a in plan(any_db, pid).activities]
    change(any_db, pid, 3, date(2026, 2, 1))
    after = [a.key for a in plan(any_db, pid).activities]
    assert after[: len(before)] == before
    assert set(after[len(before) :]) == wanted(3) - wanted(1)


def test_level_change_refusals(any_db):
    pid = add(any_db, level=2)
    change(any_db, pid, 3, date(2026, 2, 10))
    call = change_level
    kw = dict(changed_on=date(2026, 2, 20), reason="Grunn", today=TODAY)
    assert refused(call, any_db, ACTOR, pid, level=3, **kw).field == "level"  # same level
    assert refused(call, any_db, ACTOR, pid, level=0, **kw).field == "level"
    assert refused(call, any_db, ACTOR, pid, level=1, **kw | {"reason": " "}).field == "reason"
    earlier = refused(call, any_db, ACTOR, pid, level=1, **kw | {"changed_on": date(2026, 2, 9)})
    assert earlier.field == "changed_on"
    assert earlier.params == ("10.02.2026",)
    future = refused(call, any_db, ACTOR, pid, level=1, **kw | {"changed_on": date(2026, 3, 3)})
    assert future.field == "changed_on"
    before_start = refused(
        call, any_db, ACTOR, pid, level=1, **kw | {"changed_on": date(2026, 1, 1)}
    )
    assert before_start.field == "changed_on"
    end_pathway(any_db, ACTOR, pid, ended_on=date(2026, 2, 25), reason="moved", today=TODAY)
    assert refused(call, any_db, ACTOR, pid, level=1, **kw).field == "level"  # ended
    assert plan(any_db, pid).pathway.level == 3
    assert len(plan(any_db, pid).level_history) == 2


def test_change_level_of_an_unknown_patient(any_db):
    refusal = refused(change, any_db, 999, 2, date(2026, 2, 1))
    assert refusal.field == "name"


# --- status ------------------------------------------------------------------------------------


def test_end_and_reopen(any_db):
    pid = add(any_db)
    other = add(any_db, name="Testpasient Bø")
    assert active_patient_ids(any_db) == [other, pid]  # by name: B before Å
    end_pathway(any_db, ACTOR, pid, ended_on=date(2026, 2, 28), reason="home_death", today=TODAY)
    ended = plan(any_db, pid).pathway
    assert (ended.status, ended.ended_on, ended.end_reason) == (
        core.ENDED,
        date(2026, 2, 28),
        "home_death",
    )
    assert active_patient_ids(any_db) == [other]
    reopen_pathway(any_db, ACTOR, pid)
    reopened = plan(any_db, pid).pathway
    assert (reopened.status, reopened.ended_on, reopened.end_reason) == (core.ACTIVE, None, "")
    assert active_patient_ids(any_db) == [other, pid]


def test_end_refusals(any_db):
    pid = add(any_db)
    kw = dict(ended_on=date(2026, 2, 1), reason="moved", today=TODAY)
    assert refused(end_pathway, any_db, ACTOR, pid, **kw | {"reason": "x"}).field == "end_reason"
    future = kw | {"ended_on": date(2026, 3, 3)}
    assert refused(end_pathway, any_db, ACTOR, pid, **future).field == "ended_on"
    early = kw | {"ended_on": date(2026, 1, 4)}
    assert refused(end_pathway, any_db, ACTOR, pid, **early).field == "ended_on"
    assert plan(any_db, pid).pathway.status == core.ACTIVE


def test_the_two_questions(any_db):
    pid = add(any_db, level=2)
    save_questions(any_db, ACTOR, pid, prevent="Plan B klar", improve="Færre innleggelser")
    pathway = plan(any_db, pid).pathway
    assert (pathway.prevent_escalation, pathway.enable_improvement) == (
        "Plan B klar",
        "Færre innleggelser",
    )


# --- stop points -------------------------------------------------------------------------------


def test_stop_points_add_evaluate_with_next_due_and_delete(any_db):
    pid = add(any_db)
    first = add_stop_point(any_db, ACTOR, pid, date(2026, 2, 1))
    later = add_stop_point(any_db, ACTOR, pid, date(2026, 5, 1))
    result = plan(any_db, pid)
    assert result.next_stop_point().id == first
    assert result.next_stop_point().overdue(TODAY)
    evaluate_stop_point(
        any_db,
        ACTOR,
        pid,
        first,
        evaluated_on=date(2026, 2, 3),
        outcome="  Fortsatt forløp 1 ",
        next_due=date(2026, 3, 15),
        today=TODAY,
    )
    points = plan(any_db, pid).stop_points
    assert [(p.due_on, p.evaluated_on, p.outcome) for p in points] == [
        (date(2026, 2, 1), date(2026, 2, 3), "Fortsatt forløp 1"),
        (date(2026, 3, 15), None, ""),
        (date(2026, 5, 1), None, ""),
    ]
    assert plan(any_db, pid).next_stop_point().due_on == date(2026, 3, 15)
    assert not plan(any_db, pid).next_stop_point().overdue(TODAY)
    delete_stop_point(any_db, ACTOR, pid, later)
    assert [p.due_on for p in plan(any_db, pid).stop_points] == [
        date(2026, 2, 1),
        date(2026, 3, 15),
    ]


def test_stop_point_refusals(any_db):
    pid = add(any_db)
    other = add(any_db, name="Testpasient Bø")
    assert refused(add_stop_point, any_db, ACTOR, pid, date(2026, 1, 4)).field == "due_on"
    point = add_stop_point(any_db, ACTOR, pid, date(2026, 2, 1))
    kw = dict(evaluated_on=date(2026, 2, 2), outcome="Stabil", today=TODAY)
    assert refused(evaluate_stop_point, any_db, ACTOR, pid, point, **kw | {"outcome": " "}).field
    future = kw | {"evaluated_on": date(2026, 3, 3)}
    assert refused(evaluate_stop_point, any_db, ACTOR, pid, point, **future).field == (
        "evaluated_on"
    )
    same_day = kw | {"next_due": date(2026, 2, 2)}
    assert refused(evaluate_stop_point, any_db, ACTOR, pid, point, **same_day).field == ("next_due")
    # another patient's stop point is not reachable through this patient
    assert refused(evaluate_stop_point, any_db, ACTOR, other, point, **kw).field == "due_on"
    delete_stop_point(any_db, ACTOR, other, point)
    assert [p.id for p in plan(any_db, pid).stop_points] == [point]
    assert plan(any_db, pid).stop_points[0].evaluated_on is None


# --- activities and home death -------------------------------------------------------------------


def test_record_activity_and_its_refusals(any_db):
    pid = add(any_db)
    item = plan(any_db, pid).activities[0]
    done = replace(item, done=True, done_on=date(2026, 2, 1), done_by="Test", note="Ok")
    record_activity(any_db, ACTOR, pid, done, today=TODAY)
    assert plan(any_db, pid).activities[0] == done
    record_activity(any_db, ACTOR, pid, replace(done, done=False, done_on=None), today=TODAY)
    assert plan(any_db, pid).activities[0].done is False

    no_date = replace(item, done=True)
    assert refused(record_activity, any_db, ACTOR, pid, no_date, today=TODAY).field == "done_on"
    future = replace(done, done_on=date(2026, 3, 3))
    assert refused(record_activity, any_db, ACTOR, pid, future, today=TODAY).field == "done_on"
    other = add(any_db, name="Testpasient Bø")
    assert refused(record_activity, any_db, ACTOR, other, done, today=TODAY).field == "done"
    assert plan(any_db, pid).activities[0].done is False


def test_home_death_checklist(any_db):
    pid = add(any_db, level=2)
    template = load_home_death_checklist()
    entries = plan(any_db, pid).home_death
    assert [(e.key, e.title, e.done) for e in entries] == [
        (t.key, t.title, False) for t in template
    ]
    first = replace(entries[0], done=True, done_on=date(2026, 2, 2), done_by="Test", note="Ja")
    record_home_death(any_db, ACTOR, pid, first, today=TODAY)
    record_home_death(any_db, ACTOR, pid, replace(first, note="Avklart"), today=TODAY)
    entries = plan(any_db, pid).home_death
    assert entries[0] == replace(first, note="Avklart")
    assert len(entries) == len(template)
    assert not any(e.done for e in entries[1:])
    no_date = replace(entries[1], done=True)
    assert refused(record_home_death, any_db, ACTOR, pid, no_date, today=TODAY).field == "done_on"


def test_home_death_line_the_site_took_out_is_kept(any_db, monkeypatch, tmp_path):
    pid = add(any_db, level=2)
    key = load_home_death_checklist()[0].key
    entry = core.ChecklistEntry(key=key, title="Gammel tekst", done=True, done_on=START)
    record_home_death(any_db, ACTOR, pid, entry, today=TODAY)
    site = tmp_path / "egne_maler"
    site.mkdir()
    (site / "home_death.json").write_text(
        '{"items": [{"key": "ny", "title": "Nytt punkt"}]}', encoding="utf-8"
    )
    monkeypatch.setenv("HELSEHUS_TEMPLATES", str(site))
    entries = plan(any_db, pid).home_death
    assert [(e.key, e.done) for e in entries] == [("ny", False), (key, True)]


# --- plan parts ----------------------------------------------------------------------------------


def test_advance_care_round_trip_and_refusals(any_db):
    pid = add(any_db, level=2)
    assert plan(any_db, pid).advance_care == core.AdvanceCarePlan()
    acp = core.AdvanceCarePlan(
        held_on=date(2026, 2, 1),
        participants="Pasient, datter, fastlege",
        what_matters="Å være hjemme",
        preferred_place_of_care="Hjemme",
        preferred_place_of_death="Hjemme",
        hospital_admission="no",
        respirator="no",
        cpr_status="no_cpr",
        infection_treatment="Peroral antibiotika",
        other_limits="Ingen sondeernæring",
        flagged_in_record=True,
    )
    save_advance_care(any_db, ACTOR, pid, acp, today=TODAY)
    assert plan(any_db, pid).advance_care == acp
    save_advance_care(any_db, ACTOR, pid, replace(acp, respirator="yes"), today=TODAY)
    assert plan(any_db, pid).advance_care.respirator == "yes"
    with any_db.session() as session:
        assert len(session.scalars(select(m.AdvanceCarePlan)).all()) == 1
    for field in ("hospital_admission", "respirator", "cpr_status"):
        bad = replace(acp, **{field: "kanskje"})
        assert refused(save_advance_care, any_db, ACTOR, pid, bad, today=TODAY).field == field
    future = replace(acp, held_on=date(2026, 3, 3))
    assert refused(save_advance_care, any_db, ACTOR, pid, future, today=TODAY).field == "held_on"
    assert plan(any_db, pid).advance_care.respirator == "yes"


def test_plan_abc_round_trip_and_refusals(any_db):
    pid = add(any_db, level=2)
    morphine = core.MedicationLine("Morfin", "2,5 mg", "s.c.", "ved behov, minst 1 t", "6")
    steps = (
        core.PlanStep("A", "Vanlig dag", "Faste medisiner", "Hjemmesykepleien", (morphine,)),
        core.PlanStep(
            "B",
            "Økende smerter",
            "Ring fastlege",
            "Fastlege",
            (core.MedicationLine("Midazolam", "1 mg"), core.MedicationLine("  ")),
        ),
        core.PlanStep("C", "Akutt forverring", "Ring legevakt", "Legevakt 116 117"),
    )
    checks = core.PlanChecks("Påsken dekket", "To sykepleiere på vakt", "Plan C holder")
    save_plan_abc(any_db, ACTOR, pid, steps, checks)
    result = plan(any_db, pid)
    assert result.plan_steps == (
        steps[0],
        replace(steps[1], medications=(core.MedicationLine("Midazolam", "1 mg"),)),
        steps[2],
    )
    assert result.plan_checks == checks
    # saving again replaces the medication lines, in the order given
    reordered = replace(steps[0], medications=(core.MedicationLine("Paracetamol"), morphine))
    save_plan_abc(any_db, ACTOR, pid, (steps[2], reordered, steps[1]), checks)
    assert [med.drug for med in plan(any_db, pid).plan_steps[0].medications] == [
        "Paracetamol",
        "Morfin",
    ]
    with any_db.session() as session:
        assert len(session.scalars(select(m.PlanStep)).all()) == 3

    two = refused(save_plan_abc, any_db, ACTOR, pid, steps[:2], checks)
    assert two.field == "steps"
    nameless = replace(steps[1], medications=(core.MedicationLine(" ", dose="5 mg"),))
    refusal = refused(save_plan_abc, any_db, ACTOR, pid, (steps[0], nameless, steps[2]), checks)
    assert (refusal.field, refusal.params) == ("B.medications", ("B", 1))
    assert [med.drug for med in plan(any_db, pid).plan_steps[1].medications] == ["Midazolam"]


def test_holidays_ahead_are_on_the_plan(any_db):
    pid = add(any_db)
    result = load_plan(any_db, ACTOR, pid, today=date(2026, 12, 20))
    assert [name for _day, name in result.holidays] == [
        "Første juledag",
        "Andre juledag",
        "Første nyttårsdag",
    ]


def test_acute_preparation_round_trip_and_refusals(any_db):
    pid = add(any_db, level=3)
    scenarios = (
        core.AcuteScenario(True, "Lungeødem", "Gi furosemid etter ordinasjon", "Fastlege"),
        core.AcuteScenario(False, "Uventet blødning", "Ring legevakt", "Legevakt"),
    )
    contact = core.ContactPlan("Hjemmesykepleien", "Nattpatruljen", "Helgevakt", "Legevakt", "2")
    save_acute_preparation(any_db, ACTOR, pid, scenarios, contact)
    result = plan(any_db, pid)
    assert (result.scenarios, result.contact_plan) == (scenarios, contact)
    save_acute_preparation(any_db, ACTOR, pid, scenarios[1:], contact)
    assert plan(any_db, pid).scenarios == scenarios[1:]
    blank = (core.AcuteScenario(True, "  "),)
    refusal = refused(save_acute_preparation, any_db, ACTOR, pid, blank, core.ContactPlan())
    assert (refusal.field, refusal.params) == ("scenarios", (1,))
    assert plan(any_db, pid).contact_plan == contact


def test_team_round_trip_and_refusals(any_db):
    pid = add(any_db, level=3)
    with any_db.session() as session:
        unit = m.Unit(key="prt", name="Palliativt team SL", kind="unit", valid_from=START)
        session.add(unit)
        session.flush()
        unit_id = unit.id
    team = (
        core.TeamMember("gp", "Lege Test Testesen", "74 00 00 01"),
        core.TeamMember("palliative_team", "Palliativt team", "74 00 00 02", unit_id),
        core.TeamMember("interpreter", "Tolk Test"),
    )
    save_team(any_db, ACTOR, pid, team)
    result = plan(any_db, pid)
    assert result.team == team
    assert result.unit_names == {unit_id: "Palliativt team SL"}
    save_team(any_db, ACTOR, pid, ())
    assert plan(any_db, pid).team == ()
    bad_role = (core.TeamMember("baker", "Test"),)
    assert refused(save_team, any_db, ACTOR, pid, bad_role).params == (1,)
    no_name = (team[0], core.TeamMember("gp", " "))
    assert refused(save_team, any_db, ACTOR, pid, no_name).params == (2,)


def test_plan_of_an_unknown_patient(any_db):
    assert refused(load_plan, any_db, ACTOR, 999, TODAY).field == "name"


# --- the access log ------------------------------------------------------------------------------


def test_every_pathway_service_writes_the_access_log(any_db):
    pid = add(any_db, level=2)
    change(any_db, pid, 3, date(2026, 2, 1))
    point = add_stop_point(any_db, ACTOR, pid, date(2026, 2, 15))
    evaluate_stop_point(
        any_db, ACTOR, pid, point, evaluated_on=date(2026, 2, 15), outcome="Ok", today=TODAY
    )
    delete_stop_point(any_db, ACTOR, pid, point)
    save_questions(any_db, ACTOR, pid, prevent="a", improve="b")
    item = plan(any_db, pid).activities[0]
    record_activity(any_db, ACTOR, pid, item, today=TODAY)
    entry = plan(any_db, pid).home_death[0]
    record_home_death(any_db, ACTOR, pid, entry, today=TODAY)
    save_advance_care(any_db, ACTOR, pid, core.AdvanceCarePlan(), today=TODAY)
    save_plan_abc(
        any_db, ACTOR, pid, [core.PlanStep(s) for s in core.PLAN_STEPS], core.PlanChecks()
    )
    save_acute_preparation(any_db, ACTOR, pid, (), core.ContactPlan())
    save_team(any_db, ACTOR, pid, ())
    end_pathway(any_db, ACTOR, pid, ended_on=date(2026, 2, 20), reason="moved", today=TODAY)
    reopen_pathway(any_db, ACTOR, pid)
    assert actions(any_db, pid) == [
        "create",
        "update",  # change_level
        "update",  # add_stop_point
        "update",  # evaluate_stop_point
        "update",  # delete_stop_point
        "update",  # save_questions
        "read",
        "update",  # record_activity
        "read",
        "update",  # record_home_death
        "update",  # save_advance_care
        "update",  # save_plan_abc
        "update",  # save_acute_preparation
        "update",  # save_team
        "update",  # end_pathway
        "update",  # reopen_pathway
    ]
    log = access_log(any_db, "personvern.test", pid)
    assert len(log) == 16
    assert log[0].action == "update"
    assert actions(any_db, pid)[-1] == "log"


def test_a_refused_change_writes_no_log_line(any_db):
    pid = add(any_db)
    refused(change, any_db, pid, 1, date(2026, 2, 1))  # same level
    refused(add_stop_point, any_db, ACTOR, pid, date(2025, 1, 1))
    assert actions(any_db, pid) == ["create"]
