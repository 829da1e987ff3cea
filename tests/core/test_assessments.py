"""ESAS-r and MOBID-2 checks: a complete form passes; a half-filled form, a score out of range,
a future time or a nameless "other problem" is refused naming the field."""

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helsehus_desktop.core.assessments import (
    ESAS_KEYS,
    FUTURE_SLACK,
    SCORE_MAX,
    SCORE_MIN,
    FormRefused,
    band,
    validate_esas,
    validate_mobid,
)
from helsehus_desktop.core.pathway import EsasRegistration, MobidRegistration, MobidScore
from helsehus_desktop.core.templates import load_mobid_form

NOW = datetime(2026, 3, 2, 14, 30)
FORM = load_mobid_form()


def esas(**changes) -> EsasRegistration:
    reg = EsasRegistration(
        id=None,
        at=NOW - timedelta(hours=1),
        filled_by="patient",
        scores={key: n for n, key in enumerate(ESAS_KEYS)},
    )
    return replace(reg, **changes)


def with_score(key, value) -> EsasRegistration:
    return esas(scores={**esas().scores, key: value})


def esas_refused(reg) -> FormRefused:
    with pytest.raises(FormRefused) as caught:
        validate_esas(reg, NOW)
    return caught.value


def mobid(**changes) -> MobidRegistration:
    reg = MobidRegistration(
        id=None,
        at=NOW - timedelta(hours=2),
        observer="Sykepleier Test Testesen",
        items=tuple(
            MobidScore(item.key, sound=n % 2 == 0, face=n % 3 == 0, intensity=n)
            for n, item in enumerate(FORM.items)
        ),
        overall=4,
    )
    return replace(reg, **changes)


def mobid_refused(reg) -> FormRefused:
    with pytest.raises(FormRefused) as caught:
        validate_mobid(reg, FORM, NOW)
    return caught.value


# --- ESAS-r -----------------------------------------------------------------------------------


def test_complete_esas_passes():
    validate_esas(esas(), NOW)
    validate_esas(esas(others=(("Munntørrhet", 5), ("Kløe", None))), NOW)
    validate_esas(esas(scores=dict.fromkeys(ESAS_KEYS, 10)), NOW)
    validate_esas(esas(scores=dict.fromkeys(ESAS_KEYS, 0)), NOW)  # 0 is a score, not empty


def test_not_assessed_items_are_allowed():
    validate_esas(with_score("pain", None), NOW)
    only_pain = {key: None for key in ESAS_KEYS} | {"pain": 3}
    validate_esas(esas(scores=only_pain), NOW)


def test_all_items_not_assessed_is_refused():
    refusal = esas_refused(esas(scores=dict.fromkeys(ESAS_KEYS)))
    assert refusal.field == "scores"
    refusal = esas_refused(esas(scores=dict.fromkeys(ESAS_KEYS), others=(("Kløe", None),)))
    assert refusal.field == "scores"


def test_only_an_other_problem_scored_is_enough():
    validate_esas(esas(scores=dict.fromkeys(ESAS_KEYS), others=(("Kløe", 4),)), NOW)


@pytest.mark.parametrize("missing", ["pain", "nausea", "wellbeing"])
def test_half_filled_form_names_the_missing_item(missing):
    scores = {k: v for k, v in esas().scores.items() if k != missing}
    refusal = esas_refused(esas(scores=scores))
    assert refusal.field == missing
    assert refusal.context == "Forms"


@pytest.mark.parametrize("value", [11, -1, 100, True, False, 2.5, "5"])
def test_score_out_of_range_or_not_an_integer(value):
    refusal = esas_refused(with_score("anxiety", value))
    assert refusal.field == "anxiety"
    assert refusal.params == ("Angst",)
    assert "0 til 10" in str(refusal)


def test_unknown_item_is_refused():
    refusal = esas_refused(esas(scores={**esas().scores, "hodepine": 3}))
    assert refusal.field == "scores"


def test_future_time_beyond_the_slack_is_refused():
    validate_esas(esas(at=NOW + FUTURE_SLACK), NOW)
    refusal = esas_refused(esas(at=NOW + FUTURE_SLACK + timedelta(minutes=1)))
    assert refusal.field == "at"
    assert esas_refused(esas(at=NOW + timedelta(days=1))).field == "at"


def test_filled_by_must_be_a_known_choice():
    assert esas_refused(esas(filled_by="")).field == "filled_by"
    assert esas_refused(esas(filled_by="neighbour")).field == "filled_by"
    for choice in ("patient", "patient_helped", "family", "staff"):
        validate_esas(esas(filled_by=choice), NOW)


def test_other_problem_needs_a_name_and_a_score_in_range():
    refusal = esas_refused(esas(others=(("Kløe", 2), ("  ", 4))))
    assert refusal.field == "other2"
    assert refusal.params == (2,)
    refusal = esas_refused(esas(others=(("Kløe", 11),)))
    assert refusal.field == "other1"
    assert refusal.params == ("Kløe",)


def test_bands():
    assert [band(s) for s in (None, 0, 1, 3, 4, 6, 7, 10)] == [0, 0, 1, 1, 2, 2, 3, 3]


# --- MOBID-2 ----------------------------------------------------------------------------------


def test_complete_mobid_passes():
    validate_mobid(mobid(), FORM, NOW)
    validate_mobid(mobid(overall=0), FORM, NOW)
    validate_mobid(mobid(overall=10), FORM, NOW)


def test_mobid_missing_item_is_named():
    items = tuple(s for s in mobid().items if s.item != "turn")
    refusal = mobid_refused(mobid(items=items))
    assert refusal.field == "turn"
    assert refusal.params == ("Snu seg i sengen",)


@pytest.mark.parametrize("value", [11, -1, True, None, 3.0])
def test_mobid_item_intensity_out_of_range(value):
    items = tuple(replace(s, intensity=value) if s.item == "skin" else s for s in mobid().items)
    assert mobid_refused(mobid(items=items)).field == "skin"


@pytest.mark.parametrize("value", [11, -1, True, None])
def test_mobid_overall_out_of_range(value):
    assert mobid_refused(mobid(overall=value)).field == "overall"


@pytest.mark.parametrize("observer", ["", "   "])
def test_mobid_needs_an_observer(observer):
    assert mobid_refused(mobid(observer=observer)).field == "observer"


def test_mobid_unknown_or_repeated_item_is_refused():
    extra = (*mobid().items, MobidScore("toes", intensity=2))
    assert mobid_refused(mobid(items=extra)).field == "items"
    twice = (*mobid().items, MobidScore("hands", intensity=9))
    assert mobid_refused(mobid(items=twice)).field == "items"


def test_mobid_future_time_is_refused():
    assert mobid_refused(mobid(at=NOW + timedelta(hours=1))).field == "at"


# --- properties -------------------------------------------------------------------------------

score_or_none = st.one_of(st.none(), st.integers(SCORE_MIN, SCORE_MAX))


@given(st.fixed_dictionaries({key: score_or_none for key in ESAS_KEYS}))
def test_any_form_with_scores_in_range_passes_unless_all_are_empty(scores):
    if all(score is None for score in scores.values()):
        assert esas_refused(esas(scores=scores)).field == "scores"
    else:
        validate_esas(esas(scores=scores), NOW)


@given(
    st.sampled_from(ESAS_KEYS),
    st.one_of(st.integers(max_value=SCORE_MIN - 1), st.integers(min_value=SCORE_MAX + 1)),
)
def test_any_score_out_of_range_is_refused_at_its_item(key, value):
    assert esas_refused(with_score(key, value)).field == key
