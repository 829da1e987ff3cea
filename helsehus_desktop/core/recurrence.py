"""Meeting schedules: the rule a series meets by, and the dates a rule gives, with Norwegian public
holidays either moving a meeting to the next working day or skipping it.

A meeting that a holiday moves must still come before the rule's next date; when it cannot, it is
skipped instead, so two meetings of a series never fall in the same slot. A moved meeting may
cross a year end (a meeting on 31 December moved past 1 January lands in the next year).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from helsehus_desktop.core.assessments import FormRefused
from helsehus_desktop.core.holidays_no import holidays_between
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP

WEEKLY = "weekly"
MONTHLY = "monthly"  # on the nth weekday of chosen months: "four per year in chosen months"
KINDS = {
    WEEKLY: QT_TRANSLATE_NOOP("Recurrence", "Hver uke"),
    MONTHLY: QT_TRANSLATE_NOOP("Recurrence", "I valgte måneder"),
}
MOVE = "move"
SKIP = "skip"
ON_HOLIDAY = {
    MOVE: QT_TRANSLATE_NOOP("Recurrence", "Flytt til neste virkedag"),
    SKIP: QT_TRANSLATE_NOOP("Recurrence", "Hopp over"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("Recurrence", "mandag"),
    QT_TRANSLATE_NOOP("Recurrence", "tirsdag"),
    QT_TRANSLATE_NOOP("Recurrence", "onsdag"),
    QT_TRANSLATE_NOOP("Recurrence", "torsdag"),
    QT_TRANSLATE_NOOP("Recurrence", "fredag"),
)
WEEK_OF_MONTH = {
    1: QT_TRANSLATE_NOOP("Recurrence", "første"),
    2: QT_TRANSLATE_NOOP("Recurrence", "andre"),
    3: QT_TRANSLATE_NOOP("Recurrence", "tredje"),
    4: QT_TRANSLATE_NOOP("Recurrence", "fjerde"),
    -1: QT_TRANSLATE_NOOP("Recurrence", "siste"),
}
MAX_EVERY_WEEKS = 8
_WEEK_ZERO = date(2001, 1, 1)  # a Monday: week 0 of every "every N weeks" rhythm
# A moved meeting looks this far past the planned date for a working day.
_MOVE_HORIZON = timedelta(days=14)


@dataclass(frozen=True, slots=True)
class RecurrenceRule:
    kind: str = WEEKLY
    weekday: int = 0  # 0 = Monday … 4 = Friday
    every_weeks: int = 1  # weekly only
    months: tuple[int, ...] = ()  # monthly only, 1-12
    week_of_month: int = 1  # monthly only: 1-4, or -1 for the last such weekday
    on_holiday: str = MOVE

    @classmethod
    def every_monday(cls) -> RecurrenceRule:
        return cls(WEEKLY, weekday=0)

    @classmethod
    def quarterly(cls, weekday: int, months: tuple[int, ...] = (2, 5, 9, 11)) -> RecurrenceRule:
        return cls(MONTHLY, weekday=weekday, months=months)


@dataclass(frozen=True, slots=True)
class ScheduledDate:
    """One slot of a schedule. `held_on` is the day the meeting falls on: the planned day, a
    later working day when a holiday moved it, or None when it was skipped."""

    planned_on: date
    held_on: date | None
    holiday: str = ""  # the holiday that moved or skipped it

    @property
    def moved(self) -> bool:
        return self.held_on is not None and self.held_on != self.planned_on

    @property
    def skipped(self) -> bool:
        return self.held_on is None


def check_rule(rule: RecurrenceRule) -> None:
    """Refuse a rule that gives no dates or nonsense ones, naming the field to correct."""
    if rule.kind not in KINDS:
        raise FormRefused("frequency", QT_TRANSLATE_NOOP("Forms", "Velg hvor ofte gruppen møtes."))
    if not 0 <= rule.weekday <= 4:
        raise FormRefused(
            "weekday", QT_TRANSLATE_NOOP("Forms", "Velg en ukedag fra mandag til fredag.")
        )
    if rule.on_holiday not in ON_HOLIDAY:
        raise FormRefused(
            "on_holiday", QT_TRANSLATE_NOOP("Forms", "Velg hva som skjer på helligdager.")
        )
    if rule.kind == WEEKLY and not 1 <= rule.every_weeks <= MAX_EVERY_WEEKS:
        raise FormRefused(
            "every_weeks",
            QT_TRANSLATE_NOOP("Forms", "Møtes hver 1. til {}. uke."),
            MAX_EVERY_WEEKS,
        )
    if rule.kind == MONTHLY:
        if not rule.months:
            raise FormRefused("months", QT_TRANSLATE_NOOP("Forms", "Velg minst én måned."))
        if any(not 1 <= month <= 12 for month in rule.months):
            raise FormRefused("months", QT_TRANSLATE_NOOP("Forms", "Månedene går fra 1 til 12."))
        if rule.week_of_month not in WEEK_OF_MONTH:
            raise FormRefused(
                "week_of_month", QT_TRANSLATE_NOOP("Forms", "Velg hvilken uke i måneden.")
            )


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    if nth > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    following = date(year + month // 12, month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def planned_dates(rule: RecurrenceRule, first: date, last: date) -> Iterator[date]:
    """The dates the rule gives from `first` to `last`, both included, before any holiday."""
    if rule.kind == WEEKLY:
        day = first + timedelta(days=(rule.weekday - first.weekday()) % 7)
        # Every N weeks counts from a fixed Monday, so the rhythm runs on across year ends
        # instead of starting again with each year's first such weekday.
        behind = ((day - _WEEK_ZERO).days // 7) % rule.every_weeks
        if behind:
            day += timedelta(weeks=rule.every_weeks - behind)
        while day <= last:
            yield day
            day += timedelta(weeks=rule.every_weeks)
        return
    for year in range(first.year, last.year + 1):
        for month in sorted(set(rule.months)):
            day = _nth_weekday(year, month, rule.weekday, rule.week_of_month)
            if first <= day <= last:
                yield day


def _next_working_day(day: date, holidays: Mapping[date, str]) -> date:
    day += timedelta(days=1)
    while day.weekday() >= 5 or day in holidays:
        day += timedelta(days=1)
    return day


def schedule(
    rule: RecurrenceRule, first: date, last: date, holidays: Mapping[date, str] | None = None
) -> list[ScheduledDate]:
    """Every slot the rule gives from `first` to `last`, holidays applied. `holidays` maps a day
    to its name; by default the Norwegian public holidays are used."""
    check_rule(rule)
    if holidays is None:
        holidays = dict(holidays_between(first, last + _MOVE_HORIZON))
    planned = list(planned_dates(rule, first, last))
    # The slot after the last one bounds how far the last meeting may move.
    beyond = next(planned_dates(rule, last + timedelta(days=1), last + timedelta(days=400)), None)
    slots = []
    for index, day in enumerate(planned):
        name = holidays.get(day)
        if name is None:
            slots.append(ScheduledDate(day, day))
            continue
        following = planned[index + 1] if index + 1 < len(planned) else beyond
        moved = _next_working_day(day, holidays) if rule.on_holiday == MOVE else None
        if moved is not None and following is not None and moved >= following:
            moved = None
        slots.append(ScheduledDate(day, moved, name))
    return slots


def year_schedule(
    rule: RecurrenceRule, year: int, holidays: Mapping[date, str] | None = None
) -> list[ScheduledDate]:
    """The slots of one calendar year (by planned date)."""
    return schedule(rule, date(year, 1, 1), date(year, 12, 31), holidays)
