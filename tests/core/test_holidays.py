"""Norwegian public holidays for the plan's holiday check: bokmål names, Easter moving, Sundays
left out, across a year end."""

from datetime import date, timedelta

from helsehus_desktop.core.holidays_no import holidays_ahead, holidays_between, is_holiday


def test_fixed_holidays_have_their_norwegian_names():
    found = dict(holidays_between(date(2026, 1, 1), date(2026, 12, 31)))
    assert found[date(2026, 12, 25)] == "Første juledag"
    assert found[date(2026, 12, 26)] == "Andre juledag"
    assert found[date(2026, 5, 17)] == "Grunnlovsdag"
    assert found[date(2026, 5, 1)] == "Arbeidernes dag"
    assert found[date(2026, 1, 1)] == "Første nyttårsdag"


def test_easter_moves_from_year_to_year():
    easter_2026 = dict(holidays_between(date(2026, 3, 1), date(2026, 4, 30)))
    easter_2027 = dict(holidays_between(date(2027, 3, 1), date(2027, 4, 30)))
    assert easter_2026[date(2026, 4, 3)] == "Langfredag"
    assert easter_2026[date(2026, 4, 6)] == "Andre påskedag"
    assert easter_2027[date(2027, 3, 26)] == "Langfredag"
    assert easter_2027[date(2027, 3, 29)] == "Andre påskedag"
    assert date(2027, 4, 3) not in easter_2027


def test_ordinary_sundays_are_not_counted():
    days = holidays_between(date(2026, 6, 1), date(2026, 11, 30))
    assert days == []  # no public holiday in that half year, and its Sundays are no holidays
    assert not is_holiday(date(2026, 6, 7))  # a Sunday
    assert is_holiday(date(2026, 5, 17))


def test_thirty_days_across_a_year_end():
    ahead = holidays_ahead(date(2026, 12, 20))
    assert ahead == [
        (date(2026, 12, 25), "Første juledag"),
        (date(2026, 12, 26), "Andre juledag"),
        (date(2027, 1, 1), "Første nyttårsdag"),
    ]


def test_ahead_counts_the_start_day_and_stops_after_the_given_days():
    assert holidays_ahead(date(2026, 12, 25), days=1) == [(date(2026, 12, 25), "Første juledag")]
    assert holidays_ahead(date(2026, 12, 2), days=23) == []
    assert holidays_ahead(date(2026, 12, 2), days=24) == [(date(2026, 12, 25), "Første juledag")]


def test_empty_ranges():
    assert holidays_ahead(date(2026, 12, 20), days=0) == []
    assert holidays_between(date(2026, 12, 26), date(2026, 12, 25)) == []


def test_results_are_in_date_order_and_inside_the_range():
    first = date(2026, 3, 1)
    last = first + timedelta(days=400)
    days = [day for day, _name in holidays_between(first, last)]
    assert days == sorted(days)
    assert all(first <= day <= last for day in days)
    assert len(days) == len(set(days))
