"""Meeting rules that need no database: missing units, carried-over actions, initials."""

from datetime import date

from helsehus_desktop.core.meetings import (
    ABSENT,
    DEPUTY,
    DONE,
    NOT_RECORDED,
    OPEN,
    PRESENT,
    ActionItem,
    Attendance,
    Member,
    Series,
    initials,
    missing_units,
)

SERIES = Series(
    id=1,
    kind="extended",
    name="Utvidet ressursgruppe",
    members=(
        Member(1, "Elin Aas", unit_id=10),
        Member(2, "Hilde Aabakken", unit_id=20),
        Member(3, "Grete Brenne", unit_id=30),
    ),
    required_unit_ids=(10, 20, 40),
)


def test_a_required_unit_without_anyone_present_is_missing_and_a_deputy_counts():
    attendance = [
        Attendance(1, DEPUTY, deputy="Stedfortreder"),
        Attendance(2, ABSENT),
        Attendance(3, PRESENT),
    ]
    # Unit 20 sent nobody, unit 40 has no member at all; unit 30 is present but not required.
    assert missing_units(SERIES, attendance) == [20, 40]
    assert missing_units(SERIES, [Attendance(1, NOT_RECORDED)]) == [10, 20, 40]


def test_an_action_item_stays_on_the_list_until_the_meeting_that_closes_it():
    item = ActionItem(
        id=1, series_id=1, what="Oppdatere prosedyre", raised_on=date(2026, 3, 2), status=OPEN
    )
    assert not item.open_at(date(2026, 2, 23))  # before it was raised
    assert item.open_at(date(2026, 3, 2)) and item.open_at(date(2026, 9, 7))
    closed = ActionItem(
        id=1,
        series_id=1,
        what="Oppdatere prosedyre",
        raised_on=date(2026, 3, 2),
        status=DONE,
        closed_on=date(2026, 3, 16),
    )
    assert closed.open_at(date(2026, 3, 9)) and closed.open_at(date(2026, 3, 16))
    assert not closed.open_at(date(2026, 3, 23))


def test_only_an_open_item_past_its_due_date_is_overdue():
    due = date(2026, 5, 1)
    assert ActionItem(1, 1, "x", due_on=due).overdue(date(2026, 5, 2))
    assert not ActionItem(1, 1, "x", due_on=due).overdue(due)
    assert not ActionItem(1, 1, "x", due_on=due, status=DONE).overdue(date(2026, 6, 1))
    assert not ActionItem(1, 1, "x").overdue(date(2026, 6, 1))


def test_initials_hide_a_name_on_printed_minutes():
    assert initials("Åse Øvrebø") == "Å.Ø."
    assert initials("Kari Nordmann-Hansen") == "K.N.H."
    assert initials("  ") == ""
