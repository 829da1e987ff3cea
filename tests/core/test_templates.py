"""The site-editable data files: the shipped ones load, a site copy wins, and a broken site copy
is refused with the file named (never silently replaced by the default)."""

import json

import pytest

from helsehus_desktop.core.templates import (
    ACTIVITIES,
    HOME_DEATH,
    LEVELS,
    MOBID2,
    TemplateError,
    load_activity_templates,
    load_home_death_checklist,
    load_mobid_form,
    template_file,
)


def write(folder, name, data):
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def refused(loader, site_dir, name, data):
    path = write(site_dir, name, data)
    with pytest.raises(TemplateError) as caught:
        loader(site_dir)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    return caught.value.problem


def activity(key="a.b", title="Noe å gjøre", levels=(1,)):
    return {"key": key, "group": "Gruppe", "title": title, "levels": list(levels)}


def test_shipped_activities_load():
    templates = load_activity_templates()
    assert len(templates) >= 10
    assert len({t.key for t in templates}) == len(templates)
    for level in LEVELS:
        assert any(level in t.levels for t in templates)
    assert all(t.levels <= set(LEVELS) and t.title and t.group for t in templates)


def test_shipped_home_death_checklist_loads():
    items = load_home_death_checklist()
    assert len(items) >= 10
    assert len({i.key for i in items}) == len(items)


def test_shipped_mobid_form_has_ten_items_in_two_parts():
    form = load_mobid_form()
    assert [b.key for b in form.behaviours] == ["sound", "face", "defence"]
    assert len(form.parts) == 2
    assert [len(items) for _title, items in form.parts] == [5, 5]
    assert len({item.key for item in form.items}) == 10
    assert form.items[0].title == "Åpne begge hendene"


def test_missing_site_folder_or_file_uses_the_default(tmp_path):
    assert load_activity_templates(tmp_path / "finnes_ikke") == load_activity_templates()
    assert load_home_death_checklist(tmp_path) == load_home_death_checklist()
    assert template_file(MOBID2, tmp_path).name == MOBID2


def test_site_copies_override(tmp_path):
    site = tmp_path / "maler"
    write(site, ACTIVITIES, {"activities": [activity("lokal.punkt", "Lokalt punkt", (2, 3))]})
    write(site, HOME_DEATH, {"items": [{"key": "seng", "title": "Sykehusseng på plass"}]})
    templates = load_activity_templates(site)
    assert [(t.key, t.title, t.levels) for t in templates] == [
        ("lokal.punkt", "Lokalt punkt", frozenset({2, 3}))
    ]
    assert [(i.key, i.title) for i in load_home_death_checklist(site)] == [
        ("seng", "Sykehusseng på plass")
    ]
    assert template_file(ACTIVITIES, site) == site / ACTIVITIES
    assert load_mobid_form(site) == load_mobid_form()  # no site copy of this one


def test_group_defaults_to_the_title(tmp_path):
    entry = {"key": "x", "title": "Uten gruppe", "levels": [1]}
    write(tmp_path, ACTIVITIES, {"activities": [entry]})
    assert load_activity_templates(tmp_path)[0].group == "Uten gruppe"


@pytest.mark.parametrize(
    "data",
    [
        "{ikke json",
        "",
        "[1, 2]",
        '{"activities": "tekst"}',
        '{"activities": []}',
        '{"andre": []}',
    ],
)
def test_unreadable_activity_file(tmp_path, data):
    refused(load_activity_templates, tmp_path, ACTIVITIES, data)


def test_file_that_is_not_utf8(tmp_path):
    path = tmp_path / ACTIVITIES
    path.write_bytes('{"activities": [{"key": "ø"}]}'.encode("latin-1"))
    with pytest.raises(TemplateError) as caught:
        load_activity_templates(tmp_path)
    assert caught.value.path == path


@pytest.mark.parametrize("missing", ["key", "title"])
def test_entry_without_key_or_title(tmp_path, missing):
    entry = activity()
    del entry[missing]
    problem = refused(load_activity_templates, tmp_path, ACTIVITIES, {"activities": [entry]})
    assert f"«{missing}» mangler" in problem


def test_blank_title_counts_as_missing(tmp_path):
    entries = [activity(title="   ")]
    problem = refused(load_activity_templates, tmp_path, ACTIVITIES, {"activities": entries})
    assert "nr. 1" in problem


def test_duplicate_key(tmp_path):
    entries = [activity("a"), activity("b"), activity("a")]
    problem = refused(load_activity_templates, tmp_path, ACTIVITIES, {"activities": entries})
    assert "nr. 3" in problem
    assert "«a»" in problem


def test_duplicate_name_inside_one_entry(tmp_path):
    text = '{"activities": [{"key": "a", "title": "Første", "title": "Andre", "levels": [1]}]}'
    problem = refused(load_activity_templates, tmp_path, ACTIVITIES, text)
    assert "«title»" in problem


@pytest.mark.parametrize("levels", [[], [0], [4], ["2"], [1.5], [True], "1", None])
def test_bad_levels(tmp_path, levels):
    entry = {"key": "a", "title": "T", "levels": levels}
    problem = refused(load_activity_templates, tmp_path, ACTIVITIES, {"activities": [entry]})
    assert "levels" in problem


def test_broken_home_death_checklist(tmp_path):
    items = [{"key": "a", "title": "En"}, {"key": "a", "title": "To"}]
    refused(load_home_death_checklist, tmp_path, HOME_DEATH, {"items": items})
    refused(load_home_death_checklist, tmp_path, HOME_DEATH, {"items": [{"key": "a"}]})
    refused(load_home_death_checklist, tmp_path, HOME_DEATH, {"punkter": []})


def mobid(behaviours=("sound", "face", "defence"), parts=None):
    return {
        "behaviours": [{"key": k, "title": k.title()} for k in behaviours],
        "parts": parts
        or [
            {"key": "p1", "title": "Del 1", "items": [{"key": "hands", "title": "Hender"}]},
            {"key": "p2", "title": "Del 2", "items": [{"key": "skin", "title": "Hud"}]},
        ],
    }


def test_site_mobid_form(tmp_path):
    write(tmp_path, MOBID2, mobid())
    form = load_mobid_form(tmp_path)
    assert [(i.key, i.part) for i in form.items] == [("hands", "Del 1"), ("skin", "Del 2")]


@pytest.mark.parametrize(
    "data",
    [
        mobid(behaviours=("sound", "face")),
        mobid(behaviours=("face", "sound", "defence")),
        mobid(
            parts=[
                {"key": "p1", "title": "Del 1", "items": [{"key": "x", "title": "X"}]},
                {"key": "p2", "title": "Del 2", "items": [{"key": "x", "title": "Y"}]},
            ]
        ),
        mobid(parts=[{"key": "p1", "title": "Del 1", "items": []}]),
        mobid(parts=[{"key": "p1", "title": "Del 1"}]),
    ],
)
def test_broken_mobid_form(tmp_path, data):
    refused(load_mobid_form, tmp_path, MOBID2, data)
