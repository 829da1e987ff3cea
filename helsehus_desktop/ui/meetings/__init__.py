"""The "Møter" tab: meeting series, their schedules and meetings, and the competence register.

`day_label` is how the tab (and its pages) write a meeting's day and time.
"""

from __future__ import annotations

from datetime import date

from helsehus_desktop.core.dates import format_day
from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.ui.i18n import translate

WEEKDAY_SHORT = (
    QT_TRANSLATE_NOOP("Meetings", "man."),
    QT_TRANSLATE_NOOP("Meetings", "tir."),
    QT_TRANSLATE_NOOP("Meetings", "ons."),
    QT_TRANSLATE_NOOP("Meetings", "tor."),
    QT_TRANSLATE_NOOP("Meetings", "fre."),
    QT_TRANSLATE_NOOP("Meetings", "lør."),
    QT_TRANSLATE_NOOP("Meetings", "søn."),
)


def weekday_short(day: date) -> str:
    return translate("Meetings", WEEKDAY_SHORT[day.weekday()])


def day_label(day: date | None) -> str:
    """ "man. 06.04.2026"; "" for no day."""
    if day is None:
        return ""
    return f"{weekday_short(day)} {format_day(day)}"
