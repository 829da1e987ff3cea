"""The overview through the store: each section holds what it must and nothing more, the unit
filter narrows every section, only active pathways count, and reading ESAS-r scores is logged
for the patients shown."""

from datetime import date, datetime, timedelta

from sqlalchemy import func, select

from helsehus_desktop.core import meetings as mcore
from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import ESAS_KEYS
from helsehus_desktop.store import meeting_service
from helsehus_desktop.store import models as m
from helsehus_desktop.store.assessment_service import add_esas
from helsehus_desktop.store.orgchart_service import create_unit
from helsehus_desktop.store.overview_service import (
    HighScore,
    UnitCount,
    attention,
    unit_choices,
)
from helsehus_desktop.store.pathway_service import (
    add_stop_point,
    change_level,
    end_pathway,
    evaluate_stop_point,
    load_plan,
    record_activity,
)
from helsehus_desktop.store.patient_service import create_patient

TODAY = date(2026, 3, 2)  # a Monday
NOW = datetime(2026, 3, 2, 15, 0)
START = date(2026, 1, 5)
ACTOR = "koordinator.test"


def unit(db, name: str) -> int:
    return create_unit(
        db, ACTOR, name=name, kind="tjenestested", parent_id=None, valid_from=date(2020, 1, 1)
    )


def patient(db, name: str, unit_id: int | None, level: int = 1, start: date = START) -> int:
    p = core.Patient(
        id=None, name=name, identity_number="", birth_date=date(1940, 5, 17), unit_id=unit_id
    )
    return create_patient(db, ACTOR, p, level=level, start_date=start, today=TODAY)


def esas(db, pid: int, at: datetime, others=(), **scores) -> int:
    reg = core.EsasRegistration(
        id=None,
        at=at,
        filled_by="patient",
        scores={k: scores.get(k, 2) for k in ESAS_KEYS},
        others=tuple(others),
    )
    return add_esas(db, ACTOR, pid, reg, now=NOW)


def reads(db) -> list[int]:
    with db.session() as session:
        return list(
            session.scalars(
                select(m.AccessLog.patient_id)
                .where(m.AccessLog.action == "read")
                .order_by(m.AccessLog.patient_id)
            )
        )


def test_an_empty_database_needs_no_attention(any_db):
    ov = attention(any_db, ACTOR, None, TODAY)
    assert ov.today == TODAY
    assert ov.stop_points == ov.activities == ov.esas == ov.level_changes == ()
    assert ov.actions == ov.meetings == ov.counts == ()


def test_stop_points_due_within_a_week_or_overdue(any_db):
    north = unit(any_db, "Hjemmetjenesten Nord")
    a = patient(any_db, "Anna Aas", north, level=2)
    b = patient(any_db, "Bjørn Berg", north)
    overdue = add_stop_point(any_db, ACTOR, a, TODAY - timedelta(days=3))
    add_stop_point(any_db, ACTOR, b, TODAY + timedelta(days=7))
    add_stop_point(any_db, ACTOR, b, TODAY + timedelta(days=8))  # too far ahead
    evaluated = add_stop_point(any_db, ACTOR, a, TODAY - timedelta(days=10))
    evaluate_stop_point(
        any_db, ACTOR, a, evaluated, evaluated_on=TODAY, outcome="Vurdert", today=TODAY
    )
    ov = attention(any_db, ACTOR, None, TODAY)
    assert [(s.name, s.due_on, s.level, s.unit_name) for s in ov.stop_points] == [
        ("Anna Aas", TODAY - timedelta(days=3), 2, "Hjemmetjenesten Nord"),
        ("Bjørn Berg", TODAY + timedelta(days=7), 1, "Hjemmetjenesten Nord"),
    ]
    assert ov.stop_points[0].overdue(TODAY) and not ov.stop_points[1].overdue(TODAY)
    assert overdue  # an id


def test_activities_required_and_not_done_per_patient(any_db):
    pid = patient(any_db, "Anna Aas", None, level=2)
    plan = load_plan(any_db, ACTOR, pid, today=TODAY)
    required = [a for a in plan.activities if a.required]
    first = required[0]
    record_activity(
        any_db,
        ACTOR,
        pid,
        core.ActivityItem(
            id=first.id,
            key=first.key,
            group=first.group,
            title=first.title,
            required=True,
            done=True,
            done_on=TODAY,
            done_by="Sykepleier",
        ),
        today=TODAY,
    )
    ov = attention(any_db, ACTOR, None, TODAY)
    (line,) = ov.activities
    assert line.patient_id == pid and line.level == 2
    assert line.titles == tuple(a.title for a in required[1:])  # checklist order, done left out
    assert line.count == len(required) - 1
    assert line.unit_name == ""


def test_high_esas_scores_of_the_last_week_are_shown_and_their_reading_logged(any_db):
    a = patient(any_db, "Anna Aas", None)
    b = patient(any_db, "Bjørn Berg", None)
    c = patient(any_db, "Cecilie Dahl", None)
    recent = esas(
        any_db,
        a,
        datetime(2026, 3, 1, 9, 30),
        pain=8,
        anxiety=7,
        others=[("Kløe", 9), ("Hoste", 3)],
    )
    esas(any_db, a, datetime(2026, 2, 20, 9, 30), pain=10)  # more than a week ago
    esas(any_db, b, datetime(2026, 3, 2, 8, 0), pain=6)  # nothing from 7 up
    only_other = esas(any_db, c, datetime(2026, 2, 23, 0, 0), others=[("Kløe", 7)])
    before = len(reads(any_db))
    ov = attention(any_db, ACTOR, None, TODAY)
    assert [(e.registration_id, e.name) for e in ov.esas] == [
        (recent, "Anna Aas"),
        (only_other, "Cecilie Dahl"),
    ]
    assert ov.esas[0].scores == (
        HighScore("pain", "", 8),
        HighScore("anxiety", "", 7),
        HighScore("", "Kløe", 9),
    )
    assert ov.esas[0].at == datetime(2026, 3, 1, 9, 30)
    assert ov.esas[1].scores == (HighScore("", "Kløe", 7),)
    assert reads(any_db)[before:] == [a, c]  # once per patient shown, not for b


def test_no_scores_shown_means_nothing_logged(any_db):
    pid = patient(any_db, "Anna Aas", None)
    add_stop_point(any_db, ACTOR, pid, TODAY)
    esas(any_db, pid, datetime(2026, 3, 1, 9, 30), pain=3)
    before = reads(any_db)
    attention(any_db, ACTOR, None, TODAY)
    assert reads(any_db) == before


def test_level_changes_of_the_last_two_weeks_not_the_starts(any_db):
    a = patient(any_db, "Anna Aas", None, start=TODAY - timedelta(days=3))  # a start only
    b = patient(any_db, "Bjørn Berg", None)
    c = patient(any_db, "Cecilie Dahl", None)
    change_level(
        any_db, ACTOR, b, level=3, changed_on=TODAY - timedelta(days=14), reason="Ny", today=TODAY
    )
    change_level(
        any_db, ACTOR, c, level=2, changed_on=TODAY - timedelta(days=15), reason="Ny", today=TODAY
    )
    change_level(any_db, ACTOR, c, level=3, changed_on=TODAY, reason="Verre", today=TODAY)
    ov = attention(any_db, ACTOR, None, TODAY)
    assert [(x.name, x.changed_on, x.from_level, x.to_level) for x in ov.level_changes] == [
        ("Cecilie Dahl", TODAY, 2, 3),
        ("Bjørn Berg", TODAY - timedelta(days=14), 1, 3),
    ]
    assert a not in {x.patient_id for x in ov.level_changes}


def test_counts_per_level_and_unit_of_active_pathways(any_db):
    north, south = unit(any_db, "Hjemmetjenesten Nord"), unit(any_db, "Hjemmetjenesten Sør")
    patient(any_db, "Anna Aas", north, 1)
    patient(any_db, "Bjørn Berg", north, 3)
    patient(any_db, "Cecilie Dahl", north, 3)
    patient(any_db, "Dag Ås", south, 2)
    patient(any_db, "Eva Øien", None, 2)
    ended = patient(any_db, "Frode Lie", south, 1)
    end_pathway(any_db, ACTOR, ended, ended_on=TODAY, reason="moved", today=TODAY)
    ov = attention(any_db, ACTOR, None, TODAY)
    assert ov.counts == (
        UnitCount(north, "Hjemmetjenesten Nord", (1, 0, 2)),
        UnitCount(south, "Hjemmetjenesten Sør", (0, 1, 0)),
        UnitCount(None, "", (0, 1, 0)),
    )
    assert ov.counts[0].total == 3


def test_ended_pathways_need_no_attention(any_db):
    pid = patient(any_db, "Anna Aas", None)
    add_stop_point(any_db, ACTOR, pid, TODAY)
    esas(any_db, pid, datetime(2026, 3, 1, 9, 30), pain=9)
    end_pathway(any_db, ACTOR, pid, ended_on=TODAY, reason="home_death", today=TODAY)
    ov = attention(any_db, ACTOR, None, TODAY)
    assert ov.stop_points == ov.activities == ov.esas == ov.counts == ()


def _series(db, name: str, unit_ids: list[int]) -> int:
    return meeting_service.save_series(
        db,
        ACTOR,
        mcore.Series(
            id=None,
            kind=mcore.AD_HOC,
            name=name,
            members=tuple(
                mcore.Member(id=None, name=f"Medlem {n}", unit_id=uid)
                for n, uid in enumerate(unit_ids, 1)
            ),
        ),
    )


def test_action_items_and_meetings_come_from_the_meeting_service(any_db):
    north, south = unit(any_db, "Hjemmetjenesten Nord"), unit(any_db, "Hjemmetjenesten Sør")
    nord_series = _series(any_db, "Kjernegruppe nord", [north])
    sor_series = _series(any_db, "Kjernegruppe sør", [south])
    held = meeting_service.add_meeting(any_db, ACTOR, nord_series, TODAY - timedelta(days=7))
    soon = meeting_service.add_meeting(
        any_db, ACTOR, nord_series, TODAY + timedelta(days=3), start_time="10:00"
    )
    meeting_service.add_meeting(any_db, ACTOR, nord_series, TODAY + timedelta(days=15))
    other = meeting_service.add_meeting(any_db, ACTOR, sor_series, TODAY)
    late = meeting_service.save_action(
        any_db,
        ACTOR,
        held,
        mcore.ActionItem(
            id=None, series_id=nord_series, what="Bestille senger", due_on=TODAY - timedelta(1)
        ),
    )
    meeting_service.save_action(
        any_db,
        ACTOR,
        held,
        mcore.ActionItem(
            id=None, series_id=nord_series, what="Senere", due_on=TODAY + timedelta(days=8)
        ),
    )
    ov = attention(any_db, ACTOR, None, TODAY)
    assert [(a.id, a.what, a.meeting_id) for a in ov.actions] == [(late, "Bestille senger", held)]
    assert [x.id for x in ov.meetings] == [other, soon]

    only_south = attention(any_db, ACTOR, [south], TODAY)
    assert only_south.actions == ()
    assert [x.id for x in only_south.meetings] == [other]


def test_the_unit_filter_narrows_every_patient_section(any_db):
    north, south = unit(any_db, "Hjemmetjenesten Nord"), unit(any_db, "Hjemmetjenesten Sør")
    a = patient(any_db, "Anna Aas", north)
    b = patient(any_db, "Bjørn Berg", south)
    for pid in (a, b):
        add_stop_point(any_db, ACTOR, pid, TODAY)
        esas(any_db, pid, datetime(2026, 3, 1, 9, 30), pain=9)
        change_level(any_db, ACTOR, pid, level=2, changed_on=TODAY, reason="Ny", today=TODAY)
    ov = attention(any_db, ACTOR, [south], TODAY)
    for section in (ov.stop_points, ov.activities, ov.esas, ov.level_changes):
        assert [x.patient_id for x in section] == [b]
    assert [c.unit_id for c in ov.counts] == [south]
    everyone = attention(any_db, ACTOR, None, TODAY)
    assert {x.patient_id for x in everyone.stop_points} == {a, b}
    assert attention(any_db, ACTOR, [], TODAY).stop_points == ()


def test_a_handful_of_queries_whatever_the_number_of_patients(db):
    from sqlalchemy import event

    north = unit(db, "Hjemmetjenesten Nord")
    for n in range(12):
        pid = patient(db, f"Pasient {n:02d}", north, 1 + n % 3)
        add_stop_point(db, ACTOR, pid, TODAY)
        esas(db, pid, datetime(2026, 3, 1, 9, 30), pain=9, others=[("Kløe", 8)])
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if not statement.startswith("INSERT INTO access_log"):  # the log lines themselves
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        ov = attention(db, ACTOR, None, TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(ov.esas) == 12 and len(ov.stop_points) == 12
    assert len(statements) <= 12, statements


def test_unit_choices_are_todays_units_and_those_with_patients(any_db):
    north = unit(any_db, "Hjemmetjenesten Nord")
    later = create_unit(
        any_db, ACTOR, name="Ny enhet", kind="enhet", parent_id=None, valid_from=date(2027, 1, 1)
    )
    aa = unit(any_db, "Åsen omsorg")
    patient(any_db, "Anna Aas", north)
    choices = unit_choices(any_db, TODAY)
    assert [(c.id, c.active_pathways) for c in choices] == [(north, 1), (aa, 0)]
    assert later not in {c.id for c in choices}
    with any_db.session() as session:
        assert session.scalar(select(func.count(m.AccessLog.id))) == 1  # the creation only


def test_a_limit_hands_out_the_first_lines_and_counts_them_all(any_db):
    ids = [patient(any_db, f"Pasient {n}", None) for n in range(3)]
    for n, pid in enumerate(ids):
        add_stop_point(any_db, ACTOR, pid, TODAY + timedelta(days=n))
        esas(any_db, pid, datetime(2026, 3, 1, 9, n), pain=9)
    before = len(reads(any_db))
    ov = attention(any_db, ACTOR, None, TODAY, limit=1)
    assert [s.patient_id for s in ov.stop_points] == [ids[0]]  # the first due
    assert [a.patient_id for a in ov.activities] == [ids[0]]  # the first by name
    assert ov.activities[0].titles and ov.activities[0].count == len(ov.activities[0].titles)
    assert [e.patient_id for e in ov.esas] == [ids[2]]  # the newest
    assert (ov.totals.stop_points, ov.totals.activities, ov.totals.esas) == (3, 3, 3)
    assert reads(any_db)[before:] == [ids[2]]  # only the scores handed out are logged
