"""Norwegian public holidays, from the `holidays` package, with their bokmål names."""

from __future__ import annotations

from datetime import date, timedelta

import holidays

LOOKAHEAD_DAYS = 30


def holidays_between(first: date, last: date) -> list[tuple[date, str]]:
    """Public holidays from `first` to `last`, both included, in date order. Sundays are left
    out: they are not holidays for staffing purposes (the package counts them by default)."""
    if last < first:
        return []
    calendar = holidays.country_holidays(
        "NO", years=range(first.year, last.year + 1), include_sundays=False, language="no"
    )
    return sorted((day, name) for day, name in calendar.items() if first <= day <= last)


def holidays_ahead(start: date, days: int = LOOKAHEAD_DAYS) -> list[tuple[date, str]]:
    """The holidays in the `days` days from `start` (start included)."""
    return holidays_between(start, start + timedelta(days=days - 1))


def is_holiday(day: date) -> bool:
    return bool(holidays_between(day, day))
