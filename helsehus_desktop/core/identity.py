"""Norwegian national identity numbers: fødselsnummer, D-number and synthetic test numbers.

Eleven digits: birth date (ddmmyy), a three-digit individual number that also gives the century,
and two control digits (modulus 11). A D-number adds 4 to the first digit of the day; a synthetic
number (Skatteetaten's test numbers, used for all sample data here) adds 80 to the month.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP

_W1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_W2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)

KIND_LABELS = {
    "fnr": QT_TRANSLATE_NOOP("Identity", "fødselsnummer"),
    "dnr": QT_TRANSLATE_NOOP("Identity", "D-nummer"),
    "synthetic": QT_TRANSLATE_NOOP("Identity", "syntetisk testnummer"),
}


class InvalidIdentityNumber(ValueError):
    """`reason` is a Norwegian message (context "Identity") saying what is wrong."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class IdentityNumber:
    digits: str
    kind: str  # a key of KIND_LABELS
    birth_date: date


def normalize(text: str) -> str:
    """The number as typed, without the spaces and dots people put in it."""
    return "".join(ch for ch in text if ch not in " .\u00a0-")


def _control(digits: str, weights: tuple[int, ...]) -> int | None:
    rest = 11 - sum(int(d) * w for d, w in zip(digits, weights, strict=False)) % 11
    if rest == 11:
        return 0
    return None if rest == 10 else rest


def _century(individual: int, yy: int) -> int | None:
    if individual <= 499:
        return 1900
    if individual <= 749 and yy >= 54:
        return 1800
    if yy <= 39:
        return 2000
    if individual >= 900:
        return 1900
    return None


def parse_identity_number(text: str) -> IdentityNumber:
    """Check a typed number; `InvalidIdentityNumber` with the reason when it is not valid."""
    digits = normalize(text)
    # str.isdigit() also accepts "²" and digits of other scripts; only 0-9 make a number.
    if digits and not (digits.isascii() and digits.isdigit()):
        raise InvalidIdentityNumber(
            QT_TRANSLATE_NOOP("Identity", "Nummeret kan bare inneholde sifre.")
        )
    if len(digits) != 11:
        raise InvalidIdentityNumber(QT_TRANSLATE_NOOP("Identity", "Nummeret må ha 11 sifre."))
    if _control(digits[:9], _W1) != int(digits[9]):
        raise InvalidIdentityNumber(
            QT_TRANSLATE_NOOP(
                "Identity",
                "Første kontrollsiffer stemmer ikke. Sjekk at nummeret er skrevet riktig.",
            )
        )
    if _control(digits[:10], _W2) != int(digits[10]):
        raise InvalidIdentityNumber(
            QT_TRANSLATE_NOOP(
                "Identity",
                "Andre kontrollsiffer stemmer ikke. Sjekk at nummeret er skrevet riktig.",
            )
        )
    day, month, yy = int(digits[0:2]), int(digits[2:4]), int(digits[4:6])
    kind = "fnr"
    if day > 40:
        kind, day = "dnr", day - 40
    if month > 80:
        kind, month = "synthetic", month - 80
    century = _century(int(digits[6:9]), yy)
    if century is None:
        raise InvalidIdentityNumber(
            QT_TRANSLATE_NOOP("Identity", "Individnummeret passer ikke med fødselsåret.")
        )
    try:
        born = date(century + yy, month, day)
    except ValueError:
        raise InvalidIdentityNumber(
            QT_TRANSLATE_NOOP("Identity", "De seks første sifrene er ikke en gyldig dato.")
        ) from None
    return IdentityNumber(digits=digits, kind=kind, birth_date=born)


def with_control_digits(first_nine: str) -> str | None:
    """The eleven-digit number for nine leading digits, or None when no control digit fits
    (used to make synthetic sample numbers)."""
    k1 = _control(first_nine, _W1)
    if k1 is None:
        return None
    k2 = _control(first_nine + str(k1), _W2)
    return None if k2 is None else f"{first_nine}{k1}{k2}"
