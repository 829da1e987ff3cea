"""National identity numbers: the control digits, the century rules, D-numbers and synthetic
test numbers, checked against known dates and against every nine-digit prefix (hypothesis)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helsehus_desktop.core.identity import (
    InvalidIdentityNumber,
    normalize,
    parse_identity_number,
    with_control_digits,
)

LENGTH = "Nummeret må ha 11 sifre."
DIGITS_ONLY = "Nummeret kan bare inneholde sifre."
FIRST = "Første kontrollsiffer"
SECOND = "Andre kontrollsiffer"
CENTURY = "Individnummeret passer ikke med fødselsåret."
BAD_DATE = "De seks første sifrene er ikke en gyldig dato."


def number(ddmmyy: str, individuals: range) -> str:
    """A valid number with this date part and an individual number from the range."""
    for individual in individuals:
        full = with_control_digits(f"{ddmmyy}{individual:03d}")
        if full is not None:
            return full
    raise AssertionError(f"no control digits fit {ddmmyy} in {individuals}")


def refused(text: str) -> str:
    with pytest.raises(InvalidIdentityNumber) as caught:
        parse_identity_number(text)
    return caught.value.reason


@pytest.mark.parametrize(
    ("ddmmyy", "individuals", "born"),
    [
        ("150560", range(500, 750), date(1860, 5, 15)),
        ("010154", range(500, 750), date(1854, 1, 1)),
        ("311299", range(600, 750), date(1899, 12, 31)),
        ("241265", range(0, 500), date(1965, 12, 24)),
        ("010100", range(0, 500), date(1900, 1, 1)),
        ("170545", range(900, 1000), date(1945, 5, 17)),
        ("311299", range(900, 1000), date(1999, 12, 31)),
        ("290204", range(500, 1000), date(2004, 2, 29)),
        ("010100", range(500, 1000), date(2000, 1, 1)),
        ("311239", range(750, 1000), date(2039, 12, 31)),
    ],
)
def test_fodselsnummer_of_every_century(ddmmyy, individuals, born):
    parsed = parse_identity_number(number(ddmmyy, individuals))
    assert parsed.kind == "fnr"
    assert parsed.birth_date == born


def test_d_number_adds_40_to_the_day():
    parsed = parse_identity_number(number("410180", range(100, 500)))
    assert (parsed.kind, parsed.birth_date) == ("dnr", date(1980, 1, 1))
    parsed = parse_identity_number(number("711280", range(100, 500)))
    assert (parsed.kind, parsed.birth_date) == ("dnr", date(1980, 12, 31))


def test_synthetic_number_adds_80_to_the_month():
    parsed = parse_identity_number(number("019245", range(100, 500)))
    assert (parsed.kind, parsed.birth_date) == ("synthetic", date(1945, 12, 1))
    assert parse_identity_number(number("018180", range(100, 500))).birth_date == date(1980, 1, 1)


def test_spaces_and_separators_are_ignored():
    valid = number("241265", range(100, 500))
    for typed in (
        f"{valid[:6]} {valid[6:]}",
        f" {valid} ",
        f"{valid[:2]}.{valid[2:4]}.{valid[4:6]} {valid[6:]}",
        f"{valid[:6]}-{valid[6:]}",
        f"{valid[:6]}\u00a0{valid[6:]}",
    ):
        assert parse_identity_number(typed).digits == valid
    assert normalize(f"{valid[:6]} {valid[6:]}") == valid


@pytest.mark.parametrize("typed", ["", "1234567890", "123456789012", "2412651"])
def test_wrong_length_is_refused(typed):
    assert refused(typed) == LENGTH


@pytest.mark.parametrize("typed", ["2412651234A", "24126512x45", "abcdefghijk"])
def test_letters_are_refused(typed):
    assert refused(typed) == DIGITS_ONLY


@pytest.mark.parametrize("typed", ["²" * 11, "２４１２６５１２３４５", "٢٤١٢٦٥١٢٣٤٥"])
def test_digits_of_other_scripts_are_refused_with_a_reason(typed):
    assert refused(typed) == DIGITS_ONLY


def test_first_control_digit_wrong():
    valid = number("241265", range(100, 500))
    wrong = valid[:9] + str((int(valid[9]) + 1) % 10) + valid[10]
    assert refused(wrong).startswith(FIRST)


def test_second_control_digit_wrong():
    valid = number("241265", range(100, 500))
    wrong = valid[:10] + str((int(valid[10]) + 1) % 10)
    assert refused(wrong).startswith(SECOND)


def test_nine_digits_whose_control_digit_would_be_10_make_no_valid_number():
    nine = next(
        f"241265{i:03d}" for i in range(1000) if with_control_digits(f"241265{i:03d}") is None
    )
    for ending in range(100):
        with pytest.raises(InvalidIdentityNumber):
            parse_identity_number(f"{nine}{ending:02d}")


def test_impossible_date_is_refused():
    assert refused(number("310280", range(100, 500))) == BAD_DATE
    assert refused(number("290201", range(500, 1000))) == BAD_DATE  # 2001 is no leap year
    assert refused(number("011380", range(100, 500))) == BAD_DATE
    assert refused(number("000180", range(100, 500))) == BAD_DATE


@pytest.mark.parametrize(
    ("ddmmyy", "individuals"),
    [("010150", range(500, 750)), ("010153", range(500, 750)), ("010180", range(750, 900))],
)
def test_individual_number_that_fits_no_century(ddmmyy, individuals):
    assert refused(number(ddmmyy, individuals)) == CENTURY


# --- properties -------------------------------------------------------------------------------

nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


def expected_birth_date(nine: str) -> date | None:
    """The rule as Skatteetaten states it, written out independently of the code."""
    day, month, yy, individual = int(nine[:2]), int(nine[2:4]), int(nine[4:6]), int(nine[6:9])
    if day > 40:
        day -= 40
    if month > 80:
        month -= 80
    if individual < 500:
        century = 1900
    elif individual < 750 and yy >= 54:
        century = 1800
    elif yy < 40:
        century = 2000
    elif individual >= 900:
        century = 1900
    else:
        return None
    try:
        return date(century + yy, month, day)
    except ValueError:
        return None


@given(nine_digits)
def test_every_completed_prefix_parses_when_its_date_is_valid(nine):
    full = with_control_digits(nine)
    if full is None:
        return
    born = expected_birth_date(nine)
    if born is None:
        with pytest.raises(InvalidIdentityNumber):
            parse_identity_number(full)
    else:
        parsed = parse_identity_number(full)
        assert parsed.digits == full
        assert parsed.birth_date == born


@given(
    st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)),
    st.integers(0, 499),
    st.integers(0, 10),
    st.integers(1, 9),
)
def test_any_single_digit_change_is_refused(born, individual, position, step):
    valid = None
    while valid is None:
        valid = with_control_digits(f"{born:%d%m%y}{individual:03d}")
        individual = (individual + 1) % 500
    assert parse_identity_number(valid).birth_date == born
    changed = valid[:position] + str((int(valid[position]) + step) % 10) + valid[position + 1 :]
    with pytest.raises(InvalidIdentityNumber):
        parse_identity_number(changed)
