"""Sample meetings: the seed documents' four series with a year of fictional meetings, and the
bulk generator of the benchmark."""

import json
from collections import Counter
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.recurrence import RecurrenceRule
from helsehus_desktop.paths import resource_path
from helsehus_desktop.store import competence_service, meeting_service, pathway_service
from helsehus_desktop.store import models as m
from helsehus_desktop.store.access import access_log
from helsehus_desktop.store.database import open_database
from helsehus_desktop.store.sample import load_sample
from helsehus_desktop.store.sample_meetings import (
    CORE_GROUP_NAME,
    EXTENDED_NAME,
    GENERATED_NAME,
    INTERDISCIPLINARY_NAME,
    WORKING_GROUP_NAME,
    generate_meeting_years,
    load_sample_meetings,
)

TODAY = date(2026, 3, 2)
ACTOR = "test"
TABLES = (
    m.MeetingSeries,
    m.SeriesMember,
    m.SeriesRequiredUnit,
    m.SeriesFigure,
    m.Meeting,
    m.Attendance,
    m.AgendaItem,
    m.PathwayReview,
    m.FigureValue,
    m.ActionItem,
    m.ActionUpdate,
    m.Competence,
    m.TrainingNeed,
)
# The 2025 working group as the seed slide lists it: member and role, in order.
WORKING_GROUP = [
    ("Tommy Rehn", "Kommuneoverlege, prosjektleder"),
    ("Sjur Agdestein", "Tilsynslege Staup helsehus"),
    ("Elin Aas", "Avdelingsleder Staup helsehus"),
    ("Hilde Aabakken", "Hjemmetjenesten Nord"),
    ("Kari Rønning", "Fagleder forvaltning"),
    ("Grete Brenne", "Kreftkoordinator"),
    ("Benny Aasan", "Hovedtillitsvalgt NSF"),
    ("Veronica Leite", "TV Fagforbundet"),
]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory):
    """One sample database for the read-only tests of this module (loading takes a second)."""
    database = open_database(tmp_path_factory.mktemp("sample") / "helsehus.sqlite")
    load_sample(database, ACTOR, today=TODAY)
    yield database
    database.close()


def counts(db):
    with db.session() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in TABLES
        }


def series_ids(db):
    return {s.name: s.id for s in meeting_service.list_series(db, ACTOR, True, TODAY)}


def chart_names():
    """The people the sample chart names (in positions and contact chains), and its titles."""
    chart = json.loads(resource_path("sample", "orgchart.json").read_text(encoding="utf-8"))
    people, titles = set(), set()
    for unit in chart["units"]:
        for position in unit["positions"]:
            people.add(position["person_name"])
            titles.add(position["title"])
        for step in unit["contact_chain"]:
            people.add(step["person_name"])
            titles.add(step["label"])
    return people - {""}, titles


def test_loading_twice_adds_nothing(any_db):
    db = any_db
    first = load_sample(db, ACTOR, today=TODAY)
    assert first.meetings > 100
    before = counts(db)
    assert all(before.values()), before
    again = load_sample(db, ACTOR, today=TODAY)
    assert again.meetings == 0
    assert load_sample_meetings(db, ACTOR, today=TODAY) == 0
    assert counts(db) == before


def test_the_four_series_of_the_seeds(sample_db):
    db = sample_db
    rows = {s.name: s for s in meeting_service.list_series(db, ACTOR, True, TODAY)}
    assert {name: s.kind for name, s in rows.items()} == {
        EXTENDED_NAME: core.EXTENDED,
        CORE_GROUP_NAME: core.CORE_GROUP,
        INTERDISCIPLINARY_NAME: core.INTERDISCIPLINARY,
        WORKING_GROUP_NAME: core.AD_HOC,
    }
    ids = series_ids(db)
    extended = meeting_service.get_series(db, ACTOR, ids[EXTENDED_NAME])
    assert extended.rule is not None and len(extended.rule.months) == 4
    with db.session() as session:
        names = dict(session.execute(select(m.Unit.id, m.Unit.name)).all())
    assert {names[u] for u in extended.required_unit_ids} == {
        "Staup Helsehus",
        "Breidablikktunet omsorgssenter",
        "Stokkbakken omsorgssenter",
        "Levanger bo- og aktivitetssenter",
        "Ytterøy Helsetun",
        "Hjemmetjenesten Nord",
        "Hjemmetjenesten Sør",
    }
    # Every required unit has a member who represents it.
    assert set(extended.required_unit_ids) <= {mb.unit_id for mb in extended.members}

    monday = meeting_service.get_series(db, ACTOR, ids[INTERDISCIPLINARY_NAME])
    assert monday.rule == RecurrenceRule.every_monday()
    assert [f.key for f in monday.figures] == [k for k, _l in core.INTERDISCIPLINARY_FIGURES]
    assert set(monday.required_unit_ids) <= {mb.unit_id for mb in monday.members}

    group = meeting_service.get_series(db, ACTOR, ids[CORE_GROUP_NAME])
    assert group.rule is not None and group.rule.kind == "weekly"
    assert {names[u] for u in group.required_unit_ids} == {
        "Hjemmetjenesten Nord",
        "Hjemmetjenesten Sør",
        "Hjemmetjenesten sentrum",
    }

    working = meeting_service.get_series(db, ACTOR, ids[WORKING_GROUP_NAME])
    assert working.rule is None
    assert [(mb.name, mb.role) for mb in working.members] == WORKING_GROUP
    assert all(mb.position_id is not None for mb in working.members)  # picked from the chart


def test_members_are_people_or_titles_of_the_chart(sample_db):
    people, titles = chart_names()
    known = people | titles
    with sample_db.session() as session:
        members = session.execute(select(m.SeriesMember.name, m.SeriesMember.position_id)).all()
        competent = session.scalars(select(m.Competence.person_name)).all()
        positions = dict(session.execute(select(m.Position.id, m.Position.person_name)).all())
    assert {name for name, _p in members} <= known
    # The made-up courses go on posts, never on a named person.
    assert set(competent) <= titles
    # A member picked from a position is the person the chart names there.
    assert all(positions[p] in ("", name) for name, p in members if p is not None)


def test_past_meetings_are_held_with_attendance_and_the_rest_planned(sample_db):
    db = sample_db
    ids = series_ids(db)
    missing = []
    for name in (EXTENDED_NAME, CORE_GROUP_NAME, INTERDISCIPLINARY_NAME):
        rows = meeting_service.list_meetings(db, ACTOR, ids[name])
        past = [r for r in rows if r.held_on <= TODAY]
        assert past and TODAY - past[0].held_on <= timedelta(days=365)
        assert {r.status for r in past} <= {core.HELD, core.CANCELLED}
        assert {r.status for r in rows if r.held_on > TODAY} == {core.PLANNED}
        missing += [(name, r.held_on) for r in rows if r.missing_units]
        statuses = Counter()
        for row in past[-10:]:
            if row.status != core.HELD:
                continue
            record = meeting_service.load_meeting(db, ACTOR, row.id)
            assert all(a.status != core.NOT_RECORDED for a in record.attendance)
            assert all(a.deputy for a in record.attendance if a.status == core.DEPUTY)
            assert record.agenda and all(item.minutes for item in record.agenda)
            statuses.update(a.status for a in record.attendance)
        assert statuses[core.PRESENT] > statuses[core.ABSENT] + statuses[core.DEPUTY]
    assert len(missing) == 1 and missing[0][0] == INTERDISCIPLINARY_NAME
    # The Monday meeting moves off Easter Monday and Whit Monday, with the holiday named.
    monday = meeting_service.list_meetings(db, ACTOR, ids[INTERDISCIPLINARY_NAME])
    assert any(r.planned_on is not None and r.moved_reason for r in monday)
    # The core group does not meet in July.
    group = meeting_service.list_meetings(db, ACTOR, ids[CORE_GROUP_NAME])
    assert any(r.status == core.CANCELLED for r in group)
    # The next meeting has its agenda ready to be sent out.
    upcoming = next(r for r in monday if r.held_on > TODAY)
    assert meeting_service.load_meeting(db, ACTOR, upcoming.id).agenda


def test_the_working_group_met_in_2025(sample_db):
    db = sample_db
    rows = meeting_service.list_meetings(db, ACTOR, series_ids(db)[WORKING_GROUP_NAME])
    assert [r.held_on.year for r in rows] == [2025] * len(rows)
    assert {r.status for r in rows} == {core.HELD}
    last = meeting_service.load_meeting(db, ACTOR, rows[-1].id)
    assert any("politisk" in item.title for item in last.agenda)


def test_figures_vary_plausibly(sample_db):
    db = sample_db
    sid = series_ids(db)[INTERDISCIPLINARY_NAME]
    trend = meeting_service.figure_trend(db, ACTOR, sid)
    assert len(trend) > 40
    series = meeting_service.get_series(db, ACTOR, sid)
    for figure in series.figures:
        values = [v[figure.id] for _day, v in trend if v.get(figure.id) is not None]
        assert values and all(0 <= v <= 10 for v in values)
        if figure.key == "free_institution_places":
            assert len(set(values)) >= 3


def test_action_items_carry_over_until_closed(sample_db):
    db = sample_db
    sid = series_ids(db)[INTERDISCIPLINARY_NAME]
    rows = [r for r in meeting_service.list_meetings(db, ACTOR, sid) if r.held_on <= TODAY]
    held = [r for r in rows if r.status == core.HELD]
    records = [meeting_service.load_meeting(db, ACTOR, r.id) for r in held]
    by_id = {}
    for record in records:
        for action in record.actions:
            by_id[action.id] = action
    closed = [a for a in by_id.values() if a.status in (core.DONE, core.DROPPED)]
    carried = [
        a
        for a in closed
        if sum(a.id in {x.id for x in r.actions} for r in records) >= 3  # raised, between, closed
    ]
    assert carried
    action = carried[0]
    assert [u.status for u in action.history] == [core.OPEN, action.status]
    assert action.history[0].on == action.raised_on and action.history[-1].on == action.closed_on
    # One is still open past its due date: overdue today, on the overview's list.
    due = meeting_service.open_action_items(db, ACTOR, TODAY)
    assert any(d.series_id == sid and d.due_on < TODAY for d in due)


def test_reviews_show_in_the_patients_plan(sample_db):
    db = sample_db
    sid = series_ids(db)[CORE_GROUP_NAME]
    with db.session() as session:
        reviewed = session.execute(
            select(m.Pathway.patient_id, m.PathwayReview.level, m.Pathway.level)
            .join(m.PathwayReview, m.PathwayReview.pathway_id == m.Pathway.id)
            .join(m.Meeting, m.Meeting.id == m.PathwayReview.meeting_id)
            .where(m.Meeting.series_id == sid)
        ).all()
    assert len({pid for pid, _l, _now in reviewed}) >= 3
    patient_id = reviewed[0][0]
    plan = pathway_service.load_plan(db, ACTOR, patient_id, TODAY)
    assert plan.reviews
    assert {r.series_name for r in plan.reviews} == {CORE_GROUP_NAME}
    assert all(r.held_on <= TODAY and r.assessment and r.follow_up for r in plan.reviews)
    assert "update" in {entry.action for entry in access_log(db, ACTOR, patient_id)}


def test_competence_register_and_training_needs(sample_db):
    db = sample_db
    competences = competence_service.list_competences(db, ACTOR)
    assert len(competences) >= 10
    assert {c.level for c in competences} >= {"course", "further_education"}
    assert all(c.completed_on is not None and c.completed_on < TODAY for c in competences)
    needs = competence_service.list_training_needs(db, ACTOR, include_met=True)
    assert any(n.met_on is None for n in needs) and any(n.met_on is not None for n in needs)
    assert all(n.meeting_id is not None and n.raised_on <= TODAY for n in needs)


def test_the_bulk_generator_writes_years_of_weekly_meetings(any_db):
    db = any_db
    load_sample(db, ACTOR, today=TODAY)
    before = counts(db)
    added = generate_meeting_years(db, ACTOR, years=2, today=TODAY)
    assert 104 <= added <= 2 * 53 + 45  # two years back, and the rest of this year planned
    assert generate_meeting_years(db, ACTOR, years=2, today=TODAY) == 0
    after = counts(db)
    assert after["meetings"] - before["meetings"] == added
    assert after["training_needs"] == before["training_needs"]
    sid = series_ids(db)[GENERATED_NAME]
    rows = meeting_service.list_meetings(db, ACTOR, sid)
    held = [r for r in rows if r.status == core.HELD]
    assert {r.status for r in rows if r.held_on > TODAY} == {core.PLANNED}
    assert len(held) == len([r for r in rows if r.held_on <= TODAY])
    assert sum(r.missing_units for r in rows) == 1
    record = meeting_service.load_meeting(db, ACTOR, held[-1].id)
    assert all(a.status != core.NOT_RECORDED for a in record.attendance)
    assert len(record.agenda) == 6
    assert all(v.value is not None or not v.note for v in record.figures)
    assert record.actions and all(a.history for a in record.actions)
    assert len(meeting_service.figure_trend(db, ACTOR, sid)) == len(held)
