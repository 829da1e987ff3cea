"""Meeting schedules: the dates a rule gives, and what Norwegian public holidays do to them."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.holidays_no import holidays_between
from helsehus_desktop.core.recurrence import (
    MONTHLY,
    SKIP,
    WEEKLY,
    RecurrenceRule,
    check_rule,
    planned_dates,
    schedule,
    year_schedule,
)


def test_every_monday_2026_moves_easter_and_whit_monday_to_tuesday():
    slots = year_schedule(RecurrenceRule.every_monday(), 2026)
    assert len(slots) == 52
    assert all(s.planned_on.weekday() == 0 for s in slots)
    moved = {s.planned_on: (s.held_on, s.holiday) for s in slots if s.moved}
    assert moved == {
        date(2026, 4, 6): (date(2026, 4, 7), "Andre påskedag"),
        date(2026, 5, 25): (date(2026, 5, 26), "Andre pinsedag"),
    }
    assert not any(s.skipped for s in slots)


def test_skip_policy_leaves_the_holiday_out():
    rule = RecurrenceRule(WEEKLY, weekday=0, on_holiday=SKIP)
    slots = year_schedule(rule, 2026)
    skipped = [s.planned_on for s in slots if s.skipped]
    assert skipped == [date(2026, 4, 6), date(2026, 5, 25)]
    assert all(s.holiday for s in slots if s.skipped)


def test_a_move_that_would_reach_the_next_meeting_is_skipped():
    # Christmas 2028: Monday 25 and Tuesday 26 December are holidays. A Tuesday meeting every
    # week moves from 26.12 to Wednesday 27.12 (before the next Tuesday) ...
    tuesday = {s.planned_on: s for s in year_schedule(RecurrenceRule(WEEKLY, weekday=1), 2028)}
    assert tuesday[date(2028, 12, 26)].held_on == date(2028, 12, 27)
    # ... while with holidays on every weekday of a week the move would collide and is skipped.
    week = {date(2030, 3, 4) + timedelta(days=i): "Testdag" for i in range(5)}
    slots = schedule(RecurrenceRule(WEEKLY, weekday=0), date(2030, 3, 1), date(2030, 3, 31), week)
    by_day = {s.planned_on: s for s in slots}
    assert by_day[date(2030, 3, 4)].skipped
    assert by_day[date(2030, 3, 11)].held_on == date(2030, 3, 11)


def test_new_years_day_on_a_monday_moves_to_the_second():
    slots = year_schedule(RecurrenceRule.every_monday(), 2029)
    assert slots[0].planned_on == date(2029, 1, 1)
    assert slots[0].held_on == date(2029, 1, 2)
    assert slots[0].holiday == "Første nyttårsdag"


def test_a_move_may_cross_the_year_end():
    # Thursday 31.12.2026 is an ordinary working day; make it a holiday to move past New Year:
    # 1 January is a holiday and 2-3 January 2027 a weekend, so the meeting lands on Monday 4.1.
    holidays = {date(2026, 12, 31): "Stengt", date(2027, 1, 1): "Første nyttårsdag"}
    rule = RecurrenceRule(MONTHLY, weekday=3, months=(12,), week_of_month=-1)
    slots = year_schedule(rule, 2026, holidays)
    assert [(s.planned_on, s.held_on) for s in slots] == [(date(2026, 12, 31), date(2027, 1, 4))]


def test_quarterly_meetings_on_the_first_tuesday_of_chosen_months():
    slots = year_schedule(RecurrenceRule.quarterly(weekday=1), 2026)
    assert [s.held_on for s in slots] == [
        date(2026, 2, 3),
        date(2026, 5, 5),
        date(2026, 9, 1),
        date(2026, 11, 3),
    ]


def test_the_nth_and_the_last_weekday_of_a_month():
    # The last Thursday of May 2024 is 30.05; Ascension Day 2024 was 09.05 (the second).
    rule = RecurrenceRule(MONTHLY, weekday=3, months=(5,), week_of_month=2)
    (slot,) = year_schedule(rule, 2024)
    assert (slot.planned_on, slot.held_on, slot.holiday) == (
        date(2024, 5, 9),
        date(2024, 5, 10),
        "Kristi himmelfartsdag",
    )
    last = RecurrenceRule(MONTHLY, weekday=3, months=(5,), week_of_month=-1)
    assert [s.planned_on for s in year_schedule(last, 2024)] == [date(2024, 5, 30)]


def test_every_second_week_keeps_its_rhythm_across_the_year_end():
    rule = RecurrenceRule(WEEKLY, weekday=0, every_weeks=2)
    days = [s.planned_on for year in (2024, 2025) for s in year_schedule(rule, year, {})]
    assert all((b - a).days == 14 for a, b in zip(days, days[1:], strict=False))
    assert date(2024, 12, 30) in days and date(2025, 1, 13) in days
    # the same dates whatever the first day asked for
    assert list(planned_dates(rule, date(2025, 1, 2), date(2025, 2, 28))) == [
        day for day in days if date(2025, 1, 2) <= day <= date(2025, 2, 28)
    ]


@pytest.mark.parametrize(
    ("rule", "field"),
    [
        (RecurrenceRule(kind="daily"), "frequency"),
        (RecurrenceRule(weekday=5), "weekday"),
        (RecurrenceRule(every_weeks=0), "every_weeks"),
        (RecurrenceRule(MONTHLY, months=()), "months"),
        (RecurrenceRule(MONTHLY, months=(13,)), "months"),
        (RecurrenceRule(MONTHLY, months=(3,), week_of_month=5), "week_of_month"),
        (RecurrenceRule(on_holiday="later"), "on_holiday"),
    ],
)
def test_a_rule_that_gives_no_sensible_dates_is_refused_at_its_field(rule, field):
    with pytest.raises(FormRefused) as refused:
        check_rule(rule)
    assert refused.value.field == field


@given(
    year=st.integers(min_value=2000, max_value=2060),
    weekday=st.integers(min_value=0, max_value=4),
    every=st.integers(min_value=1, max_value=4),
)
def test_weekly_meetings_never_land_on_a_holiday_a_weekend_or_a_shared_slot(year, weekday, every):
    slots = year_schedule(RecurrenceRule(WEEKLY, weekday=weekday, every_weeks=every), year)
    held = [s.held_on for s in slots if s.held_on is not None]
    assert held == sorted(set(held))  # in order, none twice
    holidays = {day for day, _ in holidays_between(date(year, 1, 1), date(year + 1, 1, 31))}
    for slot in slots:
        assert slot.planned_on.year == year
        if slot.held_on is not None:
            assert slot.held_on.weekday() < 5
            assert slot.held_on not in holidays
        assert bool(slot.holiday) == (slot.moved or slot.skipped)
