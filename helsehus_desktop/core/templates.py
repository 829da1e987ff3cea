"""The site-editable data files: pathway activities, the home-death checklist, MOBID-2 wording.

The program ships defaults in `resources/templates`. A site changes them by putting a copy with
the same name in a folder of its own (`maler` beside the database); a copy that cannot be read
is reported, never silently replaced by the default. Its messages are for the administrator
who edited the file, so they stay in Norwegian.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from helsehus_desktop.paths import resource_path

ACTIVITIES = "activities.json"
HOME_DEATH = "home_death.json"
MOBID2 = "mobid2.json"
LEVELS = (1, 2, 3)


class TemplateError(ValueError):
    """A data file that cannot be used; the message names the file and what is wrong."""

    def __init__(self, path: Path, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


@dataclass(frozen=True, slots=True)
class ActivityTemplate:
    key: str
    group: str
    title: str
    levels: frozenset[int]


@dataclass(frozen=True, slots=True)
class ChecklistTemplate:
    key: str
    title: str


@dataclass(frozen=True, slots=True)
class MobidItem:
    key: str
    part: str  # title of the part the item belongs to
    title: str


@dataclass(frozen=True, slots=True)
class MobidForm:
    behaviours: tuple[ChecklistTemplate, ...]  # sound, face, defence with their wording
    parts: tuple[tuple[str, tuple[MobidItem, ...]], ...]

    @property
    def items(self) -> tuple[MobidItem, ...]:
        return tuple(item for _title, items in self.parts for item in items)


def template_file(name: str, site_dir: Path | None = None) -> Path:
    """The site's copy of a data file when it has one, else the shipped default."""
    if site_dir is not None and (site_dir / name).is_file():
        return site_dir / name
    return resource_path("templates", name)


def _unique_names(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """JSON keeps only the last of two equal names in an object; a site's edit would vanish."""
    names = [name for name, _value in pairs]
    twice = sorted({name for name in names if names.count(name) > 1})
    if twice:
        raise ValueError(f"«{twice[0]}» står to ganger i samme objekt")
    return dict(pairs)


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_unique_names)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise TemplateError(path, str(exc)) from exc
    if not isinstance(data, dict):
        raise TemplateError(path, "filen er ikke et JSON-objekt")
    return data


def _entries(path: Path, data: Any, field: str) -> list[dict[str, Any]]:
    entries = data.get(field) if isinstance(data, dict) else None
    if not isinstance(entries, list) or not entries:
        raise TemplateError(path, f"«{field}» mangler eller er tom")
    seen: set[str] = set()
    for number, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise TemplateError(path, f"{field} nr. {number} er ikke et objekt")
        for name in ("key", "title"):
            if not isinstance(entry.get(name), str) or not entry[name].strip():
                raise TemplateError(path, f"{field} nr. {number}: «{name}» mangler")
        if entry["key"] in seen:
            raise TemplateError(
                path, f"{field} nr. {number}: nøkkelen «{entry['key']}» er brukt før"
            )
        seen.add(entry["key"])
    return entries


def load_activity_templates(site_dir: Path | None = None) -> tuple[ActivityTemplate, ...]:
    path = template_file(ACTIVITIES, site_dir)
    result = []
    for number, entry in enumerate(_entries(path, _read(path), "activities"), 1):
        levels = entry.get("levels")
        # type() and not `in`: True == 1, so `True in LEVELS` would pass.
        if (
            not isinstance(levels, list)
            or not levels
            or any(type(lv) is not int or lv not in LEVELS for lv in levels)
        ):
            raise TemplateError(path, f"activities nr. {number}: «levels» må være 1, 2 og/eller 3")
        result.append(
            ActivityTemplate(
                key=entry["key"],
                group=str(entry.get("group") or entry["title"]),
                title=entry["title"],
                levels=frozenset(levels),
            )
        )
    return tuple(result)


def load_home_death_checklist(site_dir: Path | None = None) -> tuple[ChecklistTemplate, ...]:
    path = template_file(HOME_DEATH, site_dir)
    return tuple(
        ChecklistTemplate(e["key"], e["title"]) for e in _entries(path, _read(path), "items")
    )


def load_mobid_form(site_dir: Path | None = None) -> MobidForm:
    path = template_file(MOBID2, site_dir)
    data = _read(path)
    behaviours = tuple(
        ChecklistTemplate(e["key"], e["title"]) for e in _entries(path, data, "behaviours")
    )
    if [b.key for b in behaviours] != ["sound", "face", "defence"]:
        raise TemplateError(path, "«behaviours» må ha nøklene sound, face og defence")
    parts = []
    for part in _entries(path, data, "parts"):
        items = tuple(
            MobidItem(e["key"], part["title"], e["title"]) for e in _entries(path, part, "items")
        )
        parts.append((part["title"], items))
    keys = [item.key for _t, items in parts for item in items]
    if len(keys) != len(set(keys)):
        raise TemplateError(path, "samme nøkkel er brukt i to deler")
    return MobidForm(behaviours=behaviours, parts=tuple(parts))
