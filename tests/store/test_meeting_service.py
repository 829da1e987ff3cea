"""Meeting series and meetings through the store: a year generated around holidays, moves and
cancellations, attendance with missing units, agenda, figures and their trend, action items
carried over until closed with their history, the overview's lists, refusals naming the field."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.recurrence import RecurrenceRule
from helsehus_desktop.store import meeting_service as svc
from helsehus_desktop.store import models as m
from helsehus_desktop.store.orgchart_service import create_unit

ACTOR = "koordinator.test"
D0 = date(2024, 1, 1)


@pytest.fixture
def db(any_db):
    return any_db


@pytest.fixture
def units(db):
    return tuple(
        create_unit(db, ACTOR, name=name, kind="tjenestested", parent_id=None, valid_from=D0)
        for name in ("Staup Helsehus", "Hjemmetjenesten Nord", "Ytterøy helsetun")
    )


def monday_series(units, **kw) -> core.Series:
    staup, nord, ytteroy = units
    values = dict(
        id=None,
        kind=core.INTERDISCIPLINARY,
        name="Tverrfaglig samhandlingsmøte",
        organiser="Testleder Anne",
        place="Møterom 1",
        start_time="09:00",
        rule=RecurrenceRule.every_monday(),
        members=(
            core.Member(None, "Test Staupsen", staup, "Avdelingsleder"),
            core.Member(None, "Test Nordby", nord, "Koordinator"),
            core.Member(None, "Test Øyvik", ytteroy),
        ),
        required_unit_ids=(staup, nord),
    )
    values.update(kw)
    return core.Series(**values)  # type: ignore[arg-type]


def refused(call, *args, **kw) -> FormRefused:
    with pytest.raises(FormRefused) as caught:
        call(*args, **kw)
    return caught.value


def by_day(db, sid) -> dict[date, svc.MeetingRow]:
    return {r.held_on: r for r in svc.list_meetings(db, ACTOR, sid)}


# --- series -------------------------------------------------------------------------------------


def test_a_series_round_trips_with_default_figures_and_members_keep_their_ids(db, units):
    sid = svc.save_series(db, ACTOR, monday_series(units))
    series = svc.get_series(db, ACTOR, sid)
    assert series.name == "Tverrfaglig samhandlingsmøte"
    assert series.rule == RecurrenceRule.every_monday()
    assert series.required_unit_ids == units[:2]
    assert [f.key for f in series.figures] == [k for k, _ in core.INTERDISCIPLINARY_FIGURES]
    assert [mb.name for mb in series.members] == ["Test Staupsen", "Test Nordby", "Test Øyvik"]

    # Record attendance and a figure, then edit the series: what survives is what kept its id.
    mid = svc.add_meeting(db, ACTOR, sid, date(2026, 1, 5))
    first, second, third = series.members
    svc.save_attendance(
        db,
        ACTOR,
        mid,
        [core.Attendance(first.id, core.PRESENT), core.Attendance(third.id, core.ABSENT)],
    )
    svc.save_figures(db, ACTOR, mid, [core.FigureValue(series.figures[0].id, 3, "to på Staup")])
    edited = replace(
        series,
        members=(replace(first, role="Leder"), second, core.Member(None, "Ny Testperson")),
        figures=(*series.figures[:2], core.Figure(None, "", "Ledige korttidsplasser")),
        rule=RecurrenceRule.quarterly(2),
        active=False,
    )
    assert svc.save_series(db, ACTOR, edited) == sid
    again = svc.get_series(db, ACTOR, sid)
    assert [mb.id for mb in again.members[:2]] == [first.id, second.id]
    assert again.members[0].role == "Leder"
    assert again.members[2].name == "Ny Testperson" and again.members[2].id not in (third.id, None)
    assert [f.label for f in again.figures][-1] == "Ledige korttidsplasser"
    assert again.figures[-1].key == "ledige-korttidsplasser"
    assert again.rule == RecurrenceRule.quarterly(2)

    record = svc.load_meeting(db, ACTOR, mid)
    statuses = {a.member_id: a.status for a in record.attendance}
    assert statuses[first.id] == core.PRESENT
    assert statuses[again.members[2].id] == core.NOT_RECORDED  # added after the meeting
    assert record.figures[0] == core.FigureValue(series.figures[0].id, 3, "to på Staup")
    assert record.figures[2].value is None
    # Test Øyvik left the group: off the member list and new meetings, but their absence at
    # the past meeting stays recorded, so its minutes and missing units do not change.
    assert statuses[third.id] == core.ABSENT
    assert third.id in [mb.id for mb in record.series.members]
    later = svc.add_meeting(db, ACTOR, sid, date(2026, 2, 4))
    assert third.id not in [a.member_id for a in svc.load_meeting(db, ACTOR, later).attendance]
    with db.session() as session:
        assert session.scalar(select(func.count(m.Attendance.id))) == 2
        assert session.scalar(select(func.count(m.FigureValue.id))) == 1
    # someone removed before any attendance was recorded is simply gone
    svc.save_series(db, ACTOR, replace(again, members=again.members[:2]))
    with db.session() as session:
        assert session.get(m.SeriesMember, again.members[2].id) is None
        assert session.get(m.SeriesMember, third.id) is not None

    # inactive series are left out of the list unless asked for
    assert svc.list_series(db, ACTOR) == []
    assert [s.id for s in svc.list_series(db, ACTOR, include_inactive=True)] == [sid]


def test_series_list_in_norwegian_order_with_next_meeting_and_open_actions(db, units):
    names = ["Åpen gruppe", "Arbeidsgruppe 2025", "Øvre gruppe", "Kjernegruppe"]
    ids = {
        n: svc.save_series(db, ACTOR, core.Series(None, core.AD_HOC, n, organiser="Test"))
        for n in names
    }
    sid = ids["Kjernegruppe"]
    past = svc.add_meeting(db, ACTOR, sid, date(2026, 3, 2))
    svc.add_meeting(db, ACTOR, sid, date(2026, 3, 9))
    svc.save_action(db, ACTOR, past, core.ActionItem(None, sid, "Lage rutine"))
    rows = svc.list_series(db, ACTOR, today=date(2026, 3, 3))
    assert [r.name for r in rows] == [
        "Arbeidsgruppe 2025",
        "Kjernegruppe",
        "Øvre gruppe",
        "Åpen gruppe",
    ]
    kjerne = rows[1]
    assert kjerne.next_meeting == date(2026, 3, 9)
    assert kjerne.open_actions == 1
    assert rows[0].next_meeting is None and rows[0].open_actions == 0


def test_series_refusals_name_the_field(db, units):
    good = monday_series(units)
    assert refused(svc.save_series, db, ACTOR, replace(good, name=" ")).field == "name"
    assert refused(svc.save_series, db, ACTOR, replace(good, kind="x")).field == "kind"
    assert refused(svc.save_series, db, ACTOR, replace(good, start_time="25:00")).field == (
        "start_time"
    )
    bad_rule = RecurrenceRule(weekday=6)
    assert refused(svc.save_series, db, ACTOR, replace(good, rule=bad_rule)).field == "weekday"
    no_months = RecurrenceRule.quarterly(1, months=())
    assert refused(svc.save_series, db, ACTOR, replace(good, rule=no_months)).field == "months"
    blank_member = (*good.members, core.Member(None, " "))
    caught = refused(svc.save_series, db, ACTOR, replace(good, members=blank_member))
    assert caught.field == "members" and caught.params == (4,)
    twice = (core.Figure(None, "a", "Ledige plasser"), core.Figure(None, "b", "ledige plasser"))
    assert refused(svc.save_series, db, ACTOR, replace(good, figures=twice)).field == "figures"
    blank = (core.Figure(None, "a", ""),)
    assert refused(svc.save_series, db, ACTOR, replace(good, figures=blank)).field == "figures"
    assert (
        refused(svc.save_series, db, ACTOR, replace(good, required_unit_ids=(99999,))).field
        == "required_units"
    )
    with db.session() as session:
        assert session.scalar(select(func.count(m.MeetingSeries.id))) == 0
    # "8:30" is taken as 08:30; a group without a rule is fine
    sid = svc.save_series(db, ACTOR, replace(good, start_time="8:30", rule=None))
    assert svc.get_series(db, ACTOR, sid).start_time == "08:30"
    assert refused(svc.generate_meetings, db, ACTOR, sid, 2026).field == "rule"


# --- schedule -----------------------------------------------------------------------------------


def test_a_year_of_mondays_moves_around_easter_and_whitsun_and_is_not_made_twice(db, units):
    sid = svc.save_series(db, ACTOR, monday_series(units))
    result = svc.generate_meetings(db, ACTOR, sid, 2026)
    assert result.created == 52 and result.already_there == 0
    assert len(result.slots) == 52
    days = by_day(db, sid)
    assert len(days) == 52
    easter = days[date(2026, 4, 7)]
    assert easter.planned_on == date(2026, 4, 6) and easter.moved_reason == "Andre påskedag"
    whit = days[date(2026, 5, 26)]
    assert whit.planned_on == date(2026, 5, 25) and whit.moved_reason == "Andre pinsedag"
    assert date(2026, 4, 6) not in days and date(2026, 5, 25) not in days
    plain = days[date(2026, 1, 5)]
    assert plain.planned_on is None and plain.status == core.PLANNED
    assert (plain.start_time, plain.place) == ("09:00", "Møterom 1")

    # a moved meeting stays where it was moved; generating again adds nothing
    svc.move_meeting(db, ACTOR, plain.id, date(2026, 1, 6), "Kurs")
    again = svc.generate_meetings(db, ACTOR, sid, 2026)
    assert (again.created, again.already_there) == (0, 52)
    assert len(svc.list_meetings(db, ACTOR, sid)) == 52


def test_a_rule_that_skips_holidays_makes_no_meeting_on_them(db, units):
    rule = replace(RecurrenceRule.every_monday(), on_holiday="skip")
    sid = svc.save_series(db, ACTOR, monday_series(units, rule=rule))
    result = svc.generate_meetings(db, ACTOR, sid, 2026)
    skipped = [s for s in result.slots if s.skipped]
    assert [s.planned_on for s in skipped] == [date(2026, 4, 6), date(2026, 5, 25)]
    assert result.created == 50
    assert date(2026, 4, 7) not in by_day(db, sid)


def test_move_cancel_and_delete_a_meeting(db, units):
    sid = svc.save_series(db, ACTOR, monday_series(units))
    svc.generate_meetings(db, ACTOR, sid, 2026)
    mid = by_day(db, sid)[date(2026, 3, 2)].id
    svc.move_meeting(db, ACTOR, mid, date(2026, 3, 4), "Styremøte")
    svc.move_meeting(db, ACTOR, mid, date(2026, 3, 5), "Styremøte flyttet")
    row = by_day(db, sid)[date(2026, 3, 5)]
    assert row.planned_on == date(2026, 3, 2)  # the first move kept the planned day
    assert row.moved_reason == "Styremøte flyttet"
    # moving onto another meeting's day is refused
    assert refused(svc.move_meeting, db, ACTOR, mid, date(2026, 3, 9)).field == "held_on"

    svc.set_meeting_status(db, ACTOR, mid, core.CANCELLED, "Få påmeldte")
    row = by_day(db, sid)[date(2026, 3, 5)]
    assert row.status == core.CANCELLED and row.moved_reason == "Få påmeldte"
    assert refused(svc.set_meeting_status, db, ACTOR, mid, "gone").field == "status"

    extra = svc.add_meeting(db, ACTOR, sid, date(2026, 3, 5), start_time="13:00")
    assert svc.load_meeting(db, ACTOR, extra).meeting.place == "Møterom 1"  # from the series
    assert refused(svc.add_meeting, db, ACTOR, sid, date(2026, 3, 5)).field == "held_on"
    assert refused(svc.add_meeting, db, ACTOR, sid, date(2026, 3, 6), "kl 9").field == (
        "start_time"
    )
    svc.delete_meeting(db, ACTOR, extra)
    assert len(svc.list_meetings(db, ACTOR, sid)) == 52

    details = replace(
        svc.load_meeting(db, ACTOR, mid).meeting,
        status=core.HELD,
        start_time="10:15",
        place="Kantina",
        note="Kort møte",
    )
    svc.save_meeting_details(db, ACTOR, details)
    meeting = svc.load_meeting(db, ACTOR, mid).meeting
    assert (meeting.status, meeting.start_time, meeting.place, meeting.note) == (
        core.HELD,
        "10:15",
        "Kantina",
        "Kort møte",
    )
    svc.save_meeting_details(db, ACTOR, replace(meeting, held_on=date(2026, 3, 3)))
    assert svc.load_meeting(db, ACTOR, mid).meeting.planned_on == date(2026, 3, 2)

    svc.delete_series(db, ACTOR, sid)
    with db.session() as session:
        assert session.scalar(select(func.count(m.Meeting.id))) == 0
        assert session.scalar(select(func.count(m.SeriesMember.id))) == 0


# --- a meeting ----------------------------------------------------------------------------------


def test_attendance_counts_missing_required_units_once_the_meeting_is_held(db, units):
    staup, nord, _ = units
    sid = svc.save_series(db, ACTOR, monday_series(units))
    series = svc.get_series(db, ACTOR, sid)
    a, b, c = (mb.id for mb in series.members)
    mid = svc.add_meeting(db, ACTOR, sid, date(2026, 2, 2))
    svc.save_attendance(
        db,
        ACTOR,
        mid,
        [
            core.Attendance(a, core.ABSENT),
            core.Attendance(b, core.DEPUTY, " Vikar Testesen "),
            core.Attendance(c, core.PRESENT),
        ],
    )
    record = svc.load_meeting(db, ACTOR, mid)
    assert record.attendance == (
        core.Attendance(a, core.ABSENT),
        core.Attendance(b, core.DEPUTY, "Vikar Testesen"),
        core.Attendance(c, core.PRESENT),
    )
    assert record.missing_unit_ids() == [staup]
    assert set(record.unit_names) == set(units)
    assert record.unit_names[staup] == "Staup Helsehus"
    assert svc.list_meetings(db, ACTOR, sid)[0].missing_units == 0  # still only planned
    svc.set_meeting_status(db, ACTOR, mid, core.HELD)
    assert svc.list_meetings(db, ACTOR, sid)[0].missing_units == 1

    # Text longer than its column is refused at the field on both backends (PostgreSQL alone
    # would fail with a bare error), and what was saved stays.
    long_name = core.Attendance(b, core.DEPUTY, "Vikar " * 40)
    assert refused(svc.save_attendance, db, ACTOR, mid, [long_name]).field == "deputy"
    assert svc.load_meeting(db, ACTOR, mid).attendance[1].deputy == "Vikar Testesen"

    caught = refused(svc.save_attendance, db, ACTOR, mid, [core.Attendance(a, core.DEPUTY)])
    assert caught.field == "deputy"
    assert refused(svc.save_attendance, db, ACTOR, mid, [core.Attendance(a, "x")]).field == (
        "attendance"
    )
    assert (
        refused(svc.save_attendance, db, ACTOR, mid, [core.Attendance(99999, core.PRESENT)]).field
        == "attendance"
    )
    # clearing a line
    svc.save_attendance(db, ACTOR, mid, [core.Attendance(a, core.NOT_RECORDED)])
    assert svc.load_meeting(db, ACTOR, mid).attendance[0] == core.Attendance(a)


def test_agenda_is_replaced_in_order(db, units):
    sid = svc.save_series(db, ACTOR, monday_series(units))
    mid = svc.add_meeting(db, ACTOR, sid, date(2026, 2, 2))
    svc.save_agenda(
        db,
        ACTOR,
        mid,
        [core.AgendaItem(None, "Godkjenning av referat"), core.AgendaItem(None, "Status forløp")],
    )
    first, second = svc.load_meeting(db, ACTOR, mid).agenda
    svc.save_agenda(
        db,
        ACTOR,
        mid,
        [
            replace(second, minutes="Gjennomgått", decision="Ny gjennomgang om to uker"),
            core.AgendaItem(None, "Eventuelt"),
        ],
    )
    agenda = svc.load_meeting(db, ACTOR, mid).agenda
    assert [a.title for a in agenda] == ["Status forløp", "Eventuelt"]
    assert agenda[0].id == second.id and agenda[0].decision == "Ny gjennomgang om to uker"
    caught = refused(svc.save_agenda, db, ACTOR, mid, [*agenda, core.AgendaItem(None, " ")])
    assert caught.field == "agenda" and caught.params == (3,)


def test_figures_and_their_trend(db, units):
    sid = svc.save_series(db, ACTOR, monday_series(units))
    svc.generate_meetings(db, ACTOR, sid, 2026)
    days = by_day(db, sid)
    fig = [f.id for f in svc.get_series(db, ACTOR, sid).figures]
    svc.save_figures(db, ACTOR, days[date(2026, 1, 12)].id, [core.FigureValue(fig[0], 2)])
    svc.save_figures(
        db,
        ACTOR,
        days[date(2026, 1, 5)].id,
        [core.FigureValue(fig[0], 4), core.FigureValue(fig[1], 0, "ingen")],
    )
    cancelled = days[date(2026, 1, 19)].id
    svc.save_figures(db, ACTOR, cancelled, [core.FigureValue(fig[0], 9)])
    svc.set_meeting_status(db, ACTOR, cancelled, core.CANCELLED)
    svc.save_figures(db, ACTOR, days[date(2026, 1, 26)].id, [core.FigureValue(fig[2], None, "x")])

    trend = svc.figure_trend(db, ACTOR, sid)
    assert [day for day, _ in trend] == [date(2026, 1, 5), date(2026, 1, 12)]
    assert trend[0][1][fig[0]] == 4 and trend[0][1][fig[1]] == 0 and trend[0][1][fig[2]] is None
    assert list(trend[1][1]) == fig

    assert (
        refused(svc.save_figures, db, ACTOR, cancelled, [core.FigureValue(fig[0], -1)]).field
        == "figures"
    )
    assert refused(svc.save_figures, db, ACTOR, cancelled, [core.FigureValue(99999, 1)]).field == (
        "figures"
    )
    # None without a note removes the line
    svc.save_figures(db, ACTOR, days[date(2026, 1, 12)].id, [core.FigureValue(fig[0], None)])
    assert len(svc.figure_trend(db, ACTOR, sid)) == 1


def test_an_action_item_is_carried_over_until_closed_with_its_history(db, units):
    sid = svc.save_series(db, ACTOR, monday_series(units))
    svc.generate_meetings(db, ACTOR, sid, 2026)
    days = by_day(db, sid)
    jan5, jan12, jan19, jan26 = (days[date(2026, 1, d)].id for d in (5, 12, 19, 26))

    aid = svc.save_action(
        db,
        ACTOR,
        jan5,
        core.ActionItem(None, sid, "Skaffe smertepumpe", "Test Staupsen", date(2026, 1, 10)),
        note="Meldt fra Staup",
    )
    record = svc.load_meeting(db, ACTOR, jan5)
    (item,) = record.actions
    assert (item.raised_on, item.raised_meeting_id, item.status) == (
        date(2026, 1, 5),
        jan5,
        core.OPEN,
    )
    assert item.history == (
        core.ActionUpdate(jan5, date(2026, 1, 5), core.OPEN, "Meldt fra Staup"),
    )
    # carried over to the next meeting, open and now overdue
    (carried,) = svc.load_meeting(db, ACTOR, jan12).actions
    assert carried.id == aid and carried.overdue(date(2026, 1, 12))
    assert [r.open_actions for r in svc.list_meetings(db, ACTOR, sid)[:4]] == [0, 1, 1, 1]

    svc.save_action(db, ACTOR, jan12, replace(carried, owner="Test Nordby"), note="Bestilt")
    (carried,) = svc.load_meeting(db, ACTOR, jan19).actions
    svc.save_action(db, ACTOR, jan19, replace(carried, status=core.DONE), note="Levert")
    (closed,) = svc.load_meeting(db, ACTOR, jan19).actions  # closed here, still shown here
    assert closed.closed_on == date(2026, 1, 19) and closed.owner == "Test Nordby"
    assert [(u.meeting_id, u.status, u.note) for u in closed.history] == [
        (jan5, core.OPEN, "Meldt fra Staup"),
        (jan12, core.OPEN, "Bestilt"),
        (jan19, core.DONE, "Levert"),
    ]
    assert svc.load_meeting(db, ACTOR, jan26).actions == ()
    # closed at the 19th: no longer counted open there
    assert [r.open_actions for r in svc.list_meetings(db, ACTOR, sid)[:4]] == [0, 1, 0, 0]
    # an item raised later is not on an earlier meeting's list
    svc.save_action(db, ACTOR, jan26, core.ActionItem(None, sid, "Ny rutine"))
    assert svc.load_meeting(db, ACTOR, jan19).actions == (closed,)

    assert (
        refused(svc.save_action, db, ACTOR, jan5, core.ActionItem(None, sid, " ")).field == "what"
    )
    assert (
        refused(
            svc.save_action,
            db,
            ACTOR,
            jan5,
            core.ActionItem(None, sid, "x", due_on=date(2026, 1, 1)),
        ).field
        == "due_on"
    )
    svc.delete_action(db, ACTOR, aid)
    assert svc.load_meeting(db, ACTOR, jan19).actions == ()


# --- across series ------------------------------------------------------------------------------


def test_meetings_between_and_due_actions_by_unit(db, units):
    staup, nord, ytteroy = units
    monday = svc.save_series(db, ACTOR, monday_series(units))
    other = svc.save_series(
        db,
        ACTOR,
        core.Series(
            None,
            core.CORE_GROUP,
            "Kjernegruppe",
            members=(core.Member(None, "Test Øyvik", ytteroy),),
            start_time="12:00",
        ),
    )
    m1 = svc.add_meeting(db, ACTOR, monday, date(2026, 3, 2))
    m2 = svc.add_meeting(db, ACTOR, other, date(2026, 3, 2))
    m3 = svc.add_meeting(db, ACTOR, other, date(2026, 3, 9))
    cancelled = svc.add_meeting(db, ACTOR, monday, date(2026, 3, 9))
    svc.set_meeting_status(db, ACTOR, cancelled, core.CANCELLED)
    svc.add_meeting(db, ACTOR, monday, date(2026, 4, 1))

    window = svc.meetings_between(db, ACTOR, date(2026, 3, 1), date(2026, 3, 31))
    assert [(u.id, u.series_name) for u in window] == [
        (m1, "Tverrfaglig samhandlingsmøte"),
        (m2, "Kjernegruppe"),
        (m3, "Kjernegruppe"),
    ]
    assert window[1].start_time == "12:00"
    mine = svc.meetings_between(db, ACTOR, date(2026, 3, 1), date(2026, 3, 31), [nord])
    assert [u.id for u in mine] == [m1]
    assert svc.meetings_between(db, ACTOR, date(2026, 3, 1), date(2026, 3, 31), [ytteroy]) != []

    a1 = svc.save_action(db, ACTOR, m1, core.ActionItem(None, monday, "A", due_on=date(2026, 3, 5)))
    a2 = svc.save_action(db, ACTOR, m2, core.ActionItem(None, other, "B", due_on=date(2026, 3, 3)))
    svc.save_action(db, ACTOR, m2, core.ActionItem(None, other, "C", due_on=date(2026, 5, 1)))
    done = svc.save_action(
        db, ACTOR, m2, core.ActionItem(None, other, "D", due_on=date(2026, 3, 3))
    )
    svc.save_action(
        db, ACTOR, m2, core.ActionItem(done, other, "D", due_on=date(2026, 3, 3), status=core.DONE)
    )
    due = svc.open_action_items(db, ACTOR, date(2026, 3, 10), today=date(2026, 3, 10))
    assert [(d.id, d.meeting_id) for d in due] == [(a2, m3), (a1, m1)]
    assert due[0].series_name == "Kjernegruppe" and due[0].due_on == date(2026, 3, 3)
    assert [d.id for d in svc.open_action_items(db, ACTOR, date(2026, 3, 10), [staup])] == [a1]
    # before any meeting on or after the item was raised, the raised meeting is named
    early = svc.open_action_items(db, ACTOR, date(2026, 3, 10), today=date(2026, 3, 1))
    assert {d.id: d.meeting_id for d in early} == {a2: m2, a1: m1}


def test_list_meetings_counts_in_a_few_queries(db, units):
    sid = svc.save_series(db, ACTOR, monday_series(units))
    for year in range(2022, 2027):
        svc.generate_meetings(db, ACTOR, sid, year)
    rows = svc.list_meetings(db, ACTOR, sid)
    assert len(rows) >= 255
    statements = []
    from sqlalchemy import event

    def count(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        svc.list_meetings(db, ACTOR, sid)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert len(statements) <= 8
