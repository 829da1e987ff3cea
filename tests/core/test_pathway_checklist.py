"""The activity checklist across level changes, with the shipped templates: what a level adds
appears, what it no longer asks for stays with what was recorded, nothing is removed or doubled."""

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helsehus_desktop.core.pathway import LEVELS, reconcile_checklist
from helsehus_desktop.core.templates import load_activity_templates

TEMPLATES = load_activity_templates()


@dataclass
class Line:
    """A checklist line as the store keeps it."""

    key: str
    required: bool
    note: str = ""


def apply(lines: list[Line], level: int) -> list[Line]:
    change = reconcile_checklist(TEMPLATES, [line.key for line in lines], level)
    assert set(change.required) == {line.key for line in lines}
    for line in lines:
        line.required = change.required[line.key]
    return lines + [Line(t.key, True) for t in change.add]


def wanted(level: int) -> set[str]:
    return {t.key for t in TEMPLATES if level in t.levels}


@pytest.mark.parametrize("level", LEVELS)
def test_a_new_pathway_gets_exactly_its_levels_items_in_template_order(level):
    change = reconcile_checklist(TEMPLATES, [], level)
    assert change.required == {}
    assert [t.key for t in change.add] == [t.key for t in TEMPLATES if level in t.levels]


def test_levels_differ_as_on_the_slide():
    assert "smertelindring.medisiner" in wanted(1) - wanted(2)
    assert "kartlegging.esas" in wanted(2) - wanted(1)
    assert "tverrfaglig.ressursteam" in wanted(3) - wanted(2)
    assert "fastlege.behandlingsavklaring" in wanted(1) & wanted(2) & wanted(3)


def test_up_and_down_keeps_every_line_and_its_note():
    lines = apply([], 1)
    for line in lines:
        line.note = f"notat {line.key}"
    lines = apply(lines, 2)
    assert {line.key for line in lines} == wanted(1) | wanted(2)
    assert {line.key for line in lines if line.required} == wanted(2)
    dropped = [line for line in lines if not line.required]
    assert [line.key for line in dropped] == ["smertelindring.medisiner"]
    assert dropped[0].note == "notat smertelindring.medisiner"

    lines = apply(lines, 3)
    assert {line.key for line in lines if line.required} == wanted(3)
    lines = apply(lines, 1)
    assert {line.key for line in lines} == wanted(1) | wanted(2) | wanted(3)
    assert {line.key for line in lines if line.required} == wanted(1)
    assert all(line.note == f"notat {line.key}" for line in lines if line.key in wanted(1))
    assert len(lines) == len({line.key for line in lines})


def test_back_to_a_level_adds_nothing_twice():
    lines = apply(apply(apply([], 3), 1), 3)
    assert len(lines) == len(wanted(1) | wanted(3))
    assert reconcile_checklist(TEMPLATES, [line.key for line in lines], 3).add == ()


def test_a_line_the_templates_no_longer_have_stays_but_is_not_required():
    change = reconcile_checklist(TEMPLATES, ["tatt.ut.av.stedet"], 2)
    assert change.required == {"tatt.ut.av.stedet": False}
    assert {t.key for t in change.add} == wanted(2)


@given(st.lists(st.sampled_from(LEVELS), min_size=1, max_size=8))
def test_any_sequence_of_levels(levels):
    lines: list[Line] = []
    seen: set[str] = set()
    for level in levels:
        before = {line.key for line in lines}
        lines = apply(lines, level)
        seen |= wanted(level)
        keys = [line.key for line in lines]
        assert len(keys) == len(set(keys))
        assert before <= set(keys)
        assert set(keys) == seen
        assert {line.key for line in lines if line.required} == wanted(level)
