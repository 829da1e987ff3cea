"""ESAS-r and MOBID-2: the items, the score bands, and the checks a registration must pass
before it is saved. A refused registration names the field that is wrong."""

from __future__ import annotations

from datetime import datetime, timedelta

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.pathway import EsasRegistration, MobidRegistration
from helsehus_desktop.core.templates import MobidForm

SCORE_MIN, SCORE_MAX = 0, 10
# A clock a few minutes ahead on another PC must not refuse a registration made "now".
FUTURE_SLACK = timedelta(minutes=10)

# (key, label, what 0 means, what 10 means), in the order of the Norwegian ESAS-r form.
ESAS_ITEMS: tuple[tuple[str, str, str, str], ...] = (
    (
        "pain",
        QT_TRANSLATE_NOOP("Esas", "Smerte"),
        QT_TRANSLATE_NOOP("Esas", "Ingen smerte"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig smerte"),
    ),
    (
        "tiredness",
        QT_TRANSLATE_NOOP("Esas", "Slapphet"),
        QT_TRANSLATE_NOOP("Esas", "Ingen slapphet"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig slapphet"),
    ),
    (
        "drowsiness",
        QT_TRANSLATE_NOOP("Esas", "Døsighet"),
        QT_TRANSLATE_NOOP("Esas", "Ingen døsighet"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig døsighet"),
    ),
    (
        "nausea",
        QT_TRANSLATE_NOOP("Esas", "Kvalme"),
        QT_TRANSLATE_NOOP("Esas", "Ingen kvalme"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig kvalme"),
    ),
    (
        "appetite",
        QT_TRANSLATE_NOOP("Esas", "Nedsatt matlyst"),
        QT_TRANSLATE_NOOP("Esas", "Ingen nedsatt matlyst"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig nedsatt matlyst"),
    ),
    (
        "breathlessness",
        QT_TRANSLATE_NOOP("Esas", "Tung pust"),
        QT_TRANSLATE_NOOP("Esas", "Ingen tung pust"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig tung pust"),
    ),
    (
        "depression",
        QT_TRANSLATE_NOOP("Esas", "Depresjon"),
        QT_TRANSLATE_NOOP("Esas", "Ingen depresjon"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig depresjon"),
    ),
    (
        "anxiety",
        QT_TRANSLATE_NOOP("Esas", "Angst"),
        QT_TRANSLATE_NOOP("Esas", "Ingen angst"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig angst"),
    ),
    (
        "wellbeing",
        QT_TRANSLATE_NOOP("Esas", "Velvære"),
        QT_TRANSLATE_NOOP("Esas", "Best tenkelig velvære"),
        QT_TRANSLATE_NOOP("Esas", "Verst tenkelig velvære"),
    ),
)
ESAS_KEYS = tuple(item[0] for item in ESAS_ITEMS)
ESAS_LABELS = {item[0]: item[1] for item in ESAS_ITEMS}
ESAS_OTHER_LABEL = QT_TRANSLATE_NOOP("Esas", "Annet problem")
ESAS_FILLED_BY = {
    "patient": QT_TRANSLATE_NOOP("Esas", "Pasient"),
    "patient_helped": QT_TRANSLATE_NOOP("Esas", "Pasient med hjelp"),
    "family": QT_TRANSLATE_NOOP("Esas", "Pårørende"),
    "staff": QT_TRANSLATE_NOOP("Esas", "Helsepersonell"),
}
# Commonly used bands: 0 none, 1-3 mild, 4-6 moderate, 7-10 severe.
BANDS: tuple[tuple[int, int, str], ...] = (
    (1, 3, QT_TRANSLATE_NOOP("Esas", "lett")),
    (4, 6, QT_TRANSLATE_NOOP("Esas", "moderat")),
    (7, 10, QT_TRANSLATE_NOOP("Esas", "sterk")),
)
NOT_ASSESSED = QT_TRANSLATE_NOOP("Esas", "Kunne ikke vurderes")
MOBID_RELEVANT = 3  # an overall MOBID-2 score from 3 is commonly read as clinically relevant


class FormRefused(ValueError):
    """A form that cannot be saved: `field` names the input (an item key or a form field) and
    `message` (in translation `context`) says what is wrong, with `{}` filled from `params`."""

    def __init__(self, field: str, message: str, *params: object, context: str = "Forms") -> None:
        super().__init__(message.format(*params))
        self.field = field
        self.message = message
        self.params = params
        self.context = context  # the translation context of `message`


def _check_time(at: datetime, now: datetime) -> None:
    if at > now + FUTURE_SLACK:
        raise FormRefused("at", QT_TRANSLATE_NOOP("Forms", "Tidspunktet kan ikke være fram i tid."))


def _check_score(field: str, label: str, score: int | None, *, optional: bool) -> None:
    if score is None:
        if optional:
            return
        raise FormRefused(field, QT_TRANSLATE_NOOP("Forms", "Fyll inn «{}»."), label)
    if (
        isinstance(score, bool)
        or not isinstance(score, int)
        or not (SCORE_MIN <= score <= SCORE_MAX)
    ):
        raise FormRefused(
            field, QT_TRANSLATE_NOOP("Forms", "«{}» må være et helt tall fra 0 til 10."), label
        )


def validate_esas(reg: EsasRegistration, now: datetime) -> None:
    """Refuse a registration that is not complete and in range. Every item needs a score or an
    explicit "could not be assessed" (None); a missing key is a half-filled form."""
    _check_time(reg.at, now)
    if reg.filled_by not in ESAS_FILLED_BY:
        raise FormRefused(
            "filled_by", QT_TRANSLATE_NOOP("Forms", "Velg hvem som fylte ut skjemaet.")
        )
    for key, label, _low, _high in ESAS_ITEMS:
        if key not in reg.scores:
            raise FormRefused(
                key,
                QT_TRANSLATE_NOOP(
                    "Forms", "Fyll inn «{}», eller kryss av for at det ikke kunne vurderes."
                ),
                label,
            )
        _check_score(key, label, reg.scores[key], optional=True)
    if set(reg.scores) - set(ESAS_KEYS):
        raise FormRefused("scores", QT_TRANSLATE_NOOP("Forms", "Skjemaet har ukjente punkter."))
    for number, (name, score) in enumerate(reg.others, 1):
        field = f"other{number}"
        if not name.strip():
            raise FormRefused(
                field,
                QT_TRANSLATE_NOOP("Forms", "Annet problem nr. {}: skriv hva problemet er."),
                number,
            )
        _check_score(field, name.strip(), score, optional=True)
    if all(score is None for score in reg.scores.values()) and not any(
        score is not None for _name, score in reg.others
    ):
        raise FormRefused(
            "scores",
            QT_TRANSLATE_NOOP(
                "Forms", "Ingen punkter har skår. Registrer minst ett punkt, eller lagre ikke."
            ),
        )


def validate_mobid(reg: MobidRegistration, form: MobidForm, now: datetime) -> None:
    """Refuse a MOBID-2 registration that does not score every item of the form and the
    overall intensity, each 0 to 10."""
    _check_time(reg.at, now)
    if not reg.observer.strip():
        raise FormRefused("observer", QT_TRANSLATE_NOOP("Forms", "Skriv hvem som observerte."))
    scored = {score.item: score for score in reg.items}
    for item in form.items:
        if item.key not in scored:
            raise FormRefused(item.key, QT_TRANSLATE_NOOP("Forms", "Fyll inn «{}»."), item.title)
        _check_score(item.key, item.title, scored[item.key].intensity, optional=False)
    unknown = set(scored) - {item.key for item in form.items}
    if unknown or len(scored) != len(reg.items):  # an item twice would be stored twice
        raise FormRefused("items", QT_TRANSLATE_NOOP("Forms", "Skjemaet har ukjente punkter."))
    _check_score(
        "overall",
        QT_TRANSLATE_NOOP("Forms", "Samlet smerteintensitet"),
        reg.overall,
        optional=False,
    )


def band(score: int | None) -> int:
    """0 for none or not assessed, 1 mild, 2 moderate, 3 severe."""
    if not score:
        return 0
    return next(index for index, (low, high, _l) in enumerate(BANDS, 1) if low <= score <= high)
