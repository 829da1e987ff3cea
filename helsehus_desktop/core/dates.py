"""Dates as the users write them: dd.mm.yyyy, in the window, on paper and on the command line."""

from __future__ import annotations

from datetime import date, datetime

DATE_PATTERN = "%d.%m.%Y"


def format_day(day: date | None) -> str:
    """dd.mm.yyyy, or "" for no date."""
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def parse_day(text: str) -> date:
    """A date typed as dd.mm.yyyy; ValueError for anything else."""
    return datetime.strptime(text.strip(), DATE_PATTERN).date()
