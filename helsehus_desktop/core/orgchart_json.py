"""The organisation chart's JSON exchange format: read a whole file safely, write one back.

`parse_orgchart` checks the entire document before it hands back anything: either a complete
`OrgSnapshot` or one `ImportFormatError` that says, in Norwegian, what is wrong and where
(a JSON path such as ``units[3].valid_from``). Whatever the bytes, no other exception leaves it.

Ids in a parsed snapshot are local to the document: units are numbered 1..n in file order and
every relation refers to those numbers; positions, links, cooperations and contact steps have
no id (``None``). Keys (`Unit.key`, `Position.key`) carry the file's own keys.

`dump_orgchart` writes a snapshot in the same format, in a stable order, so that
``parse_orgchart(dump_orgchart(s))`` gives back the same units, positions and relations.

Pure Python: no Qt, no database.
"""

from __future__ import annotations

import difflib
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from helsehus_desktop.core.i18n import QT_TRANSLATE_NOOP
from helsehus_desktop.core.orgchart import (
    UNIT_KINDS,
    ContactStep,
    Cooperation,
    LineLink,
    OrgRuleError,
    OrgSnapshot,
    Position,
    Unit,
    check_period,
    find_line_cycle,
    overlapping_parents,
)

__all__ = [
    "CONTEXT",
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_BYTES",
    "MAX_RANK",
    "MAX_UNITS",
    "TEXT_LIMITS",
    "ImportFormatError",
    "dump_orgchart",
    "parse_orgchart",
]

FORMAT = "helsehus-orgchart"
FORMAT_VERSION = 1
MAX_BYTES = 10 * 1024 * 1024
MAX_UNITS = 20_000
MAX_RANK = 999
# The longest text each field may hold, in characters: names and titles 200, free text 2000,
# and no field longer than its column in the store (so an import never fails half-way).
TEXT_LIMITS: dict[str, int] = {
    "key": 100,
    "name": 200,
    "title": 200,
    "person_name": 200,
    "label": 200,
    "email": 200,
    "phone": 50,
    "address": 300,
    "note": 500,
    "description": 2000,
}

# The translation context of every message below; the UI passes it to QCoreApplication.translate.
CONTEXT = "OrgImport"

# --- messages (Norwegian source strings; `{name}` placeholders are filled from params) --------

_E_TOO_BIG = QT_TRANSLATE_NOOP("OrgImport", "Filen er større enn 10 MB.")
_E_NOT_BYTES = QT_TRANSLATE_NOOP("OrgImport", "Filen kunne ikke leses som tekst.")
_E_UTF16 = QT_TRANSLATE_NOOP(
    "OrgImport", "Filen er lagret som UTF-16 eller UTF-32. Lagre den som UTF-8 og prøv igjen."
)
_E_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "OrgImport", "Filen er ikke gyldig UTF-8-tekst (feil på linje {line})."
)
_E_EMPTY_FILE = QT_TRANSLATE_NOOP("OrgImport", "Filen er tom.")
_E_NOT_JSON = QT_TRANSLATE_NOOP(
    "OrgImport", "Filen er ikke gyldig JSON (linje {line}, kolonne {col})."
)
_E_TOO_DEEP = QT_TRANSLATE_NOOP("OrgImport", "Filen er ikke gyldig: JSON-strukturen er for dyp.")
_E_NOT_ORGCHART = QT_TRANSLATE_NOOP(
    "OrgImport", "Filen er ikke et organisasjonskart fra Helsehus (feltet «format» mangler)."
)
_E_WRONG_FORMAT = QT_TRANSLATE_NOOP(
    "OrgImport", "Filen er ikke et organisasjonskart fra Helsehus (format «{value}»)."
)
_E_VERSION_TYPE = QT_TRANSLATE_NOOP("OrgImport", "Formatversjonen må være et heltall.")
_E_VERSION_NEWER = QT_TRANSLATE_NOOP(
    "OrgImport",
    "Filen er laget av en nyere versjon av programmet (format {version}). "
    "Oppdater programmet for å lese den.",
)
_E_VERSION_UNKNOWN = QT_TRANSLATE_NOOP("OrgImport", "Ukjent formatversjon {version}.")
_E_DUPLICATE_FIELD = QT_TRANSLATE_NOOP("OrgImport", "Feltet «{field}» står to ganger.")
_E_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("OrgImport", "Ukjent felt «{field}».")
_E_UNKNOWN_FIELD_HINT = QT_TRANSLATE_NOOP(
    "OrgImport", "Ukjent felt «{field}». Mente du «{suggestion}»?"
)
_E_MISSING = QT_TRANSLATE_NOOP("OrgImport", "Feltet «{field}» mangler.")
_E_NULL = QT_TRANSLATE_NOOP("OrgImport", "Verdien kan ikke være null.")
_E_BLANK = QT_TRANSLATE_NOOP("OrgImport", "Feltet kan ikke være tomt.")
_E_NOT_OBJECT = QT_TRANSLATE_NOOP("OrgImport", "Verdien må være et JSON-objekt.")
_E_NOT_LIST = QT_TRANSLATE_NOOP("OrgImport", "Verdien må være en liste.")
_E_NOT_TEXT = QT_TRANSLATE_NOOP("OrgImport", "Verdien må være tekst i anførselstegn.")
_E_NOT_BOOL = QT_TRANSLATE_NOOP("OrgImport", "Verdien må være true eller false.")
_E_NOT_INT = QT_TRANSLATE_NOOP("OrgImport", "Verdien må være et heltall.")
_E_INT_TOO_LARGE = QT_TRANSLATE_NOOP("OrgImport", "Tallet er for stort.")
_E_TOO_LONG = QT_TRANSLATE_NOOP(
    "OrgImport", "Teksten er for lang ({length} tegn; høyst {limit} er tillatt)."
)
_E_CONTROL_CHAR = QT_TRANSLATE_NOOP(
    "OrgImport", "Teksten inneholder et ugyldig kontrolltegn ({code})."
)
_E_DATE_TYPE = QT_TRANSLATE_NOOP(
    "OrgImport", "Datoen må være tekst på formatet ÅÅÅÅ-MM-DD, for eksempel «2024-01-01»."
)
_E_DATE = QT_TRANSLATE_NOOP("OrgImport", "Ugyldig dato «{value}»: bruk formatet ÅÅÅÅ-MM-DD.")
_E_PERIOD = QT_TRANSLATE_NOOP(
    "OrgImport", "Sluttdato er før startdato ({valid_to} er før {valid_from})."
)
_E_TOO_MANY_UNITS = QT_TRANSLATE_NOOP(
    "OrgImport", "Filen har {count} enheter; høyst {limit} er tillatt."
)
_E_UNKNOWN_KIND = QT_TRANSLATE_NOOP(
    "OrgImport", "Ukjent enhetstype «{value}». Gyldige typer er: {kinds}."
)
_E_DUPLICATE_UNIT = QT_TRANSLATE_NOOP("OrgImport", "Enhetsnøkkelen «{key}» står to ganger.")
_E_DUPLICATE_POSITION = QT_TRANSLATE_NOOP("OrgImport", "Stillingsnøkkelen «{key}» står to ganger.")
_E_UNKNOWN_UNIT = QT_TRANSLATE_NOOP("OrgImport", "Enheten «{key}» finnes ikke i filen.")
_E_RANK = QT_TRANSLATE_NOOP(
    "OrgImport",
    "Rangen i kontaktrekkefølgen må være et helt tall fra 1 til {limit} (fant {value}).",
)
_E_RANK_TWICE = QT_TRANSLATE_NOOP(
    "OrgImport",
    "Kontaktrekkefølgen til «{key}» har rang {rank} to ganger samtidig (fra {day}).",
)
_E_LINE_SELF = QT_TRANSLATE_NOOP(
    "OrgImport", "Enheten «{key}» kan ikke stå i linjen under seg selv."
)
_E_TWO_PARENTS = QT_TRANSLATE_NOOP(
    "OrgImport",
    "Enheten «{key}» har to overordnede samtidig: «{first}» og «{second}» (fra {day}).",
)
_E_CYCLE = QT_TRANSLATE_NOOP("OrgImport", "Linjeledelsen danner en sirkel fra {day}: {cycle}.")
_E_COOPERATION_SELF = QT_TRANSLATE_NOOP(
    "OrgImport", "Enheten «{key}» kan ikke samarbeide med seg selv."
)


class ImportFormatError(ValueError):
    """A file the importer refuses: what is wrong (`template`, `params`) and where (`where`).

    `template` is a Norwegian source string in the "OrgImport" translation context with
    `{name}` placeholders; `where` is a JSON path like ``units[3].valid_from`` (empty when the
    problem concerns the file as a whole). `str(err)` is the Norwegian message, prefixed by the
    location; `err.message(translate)` gives it through a translator such as
    `QCoreApplication.translate`.
    """

    def __init__(self, template: str, where: str = "", **params: Any) -> None:
        self.template = template
        self.where = where
        self.params = params
        super().__init__(self.message())

    def message(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate(CONTEXT, self.template) if translate is not None else self.template
        try:
            text = text.format_map(_Params(self.params))
        except (ValueError, IndexError, KeyError, AttributeError, TypeError):  # bad translation
            text = self.template.format_map(_Params(self.params))
        return f"{self.where}: {text}" if self.where else text

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (self.template, self.where, self.params))


def _rebuild_error(template: str, where: str, params: dict[str, Any]) -> ImportFormatError:
    return ImportFormatError(template, where, **params)


class _Params(dict):  # type: ignore[type-arg]
    """Placeholders a (translated) template names but the error lacks stay visible as is."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


# --- low-level reading -------------------------------------------------------------------------


class _Obj(dict):  # type: ignore[type-arg]
    """A JSON object that remembers the first field name that appeared twice."""

    duplicate: str | None = None


def _object_pairs(pairs: list[tuple[str, Any]]) -> _Obj:
    obj = _Obj()
    for name, value in pairs:
        if name in obj and obj.duplicate is None:
            obj.duplicate = name
        obj[name] = value
    return obj


@dataclass(frozen=True, slots=True)
class _HugeInt:
    """An integer literal too long to be meaningful here (and too long for int() to accept)."""

    digits: str


def _parse_int(text: str) -> int | _HugeInt:
    return int(text) if len(text) <= 30 else _HugeInt(text)


_UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
_BAD_SINGLE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_BAD_MULTI_LINE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_NO_DATE = date.max


def _decode(raw: bytes | str) -> str:
    if isinstance(raw, bytearray | memoryview):
        raw = bytes(raw)
    if isinstance(raw, str):
        if len(raw) > MAX_BYTES or (
            len(raw) * 4 > MAX_BYTES and len(raw.encode("utf-8", "surrogatepass")) > MAX_BYTES
        ):
            raise ImportFormatError(_E_TOO_BIG)
        return raw[1:] if raw.startswith("\ufeff") else raw
    if not isinstance(raw, bytes):
        raise ImportFormatError(_E_NOT_BYTES)
    if len(raw) > MAX_BYTES:
        raise ImportFormatError(_E_TOO_BIG)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith(_UTF16_32_BOMS):
        raise ImportFormatError(_E_UTF16)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportFormatError(_E_NOT_UTF8, line=raw.count(b"\n", 0, exc.start) + 1) from None


def _load(text: str) -> Any:
    if not text.strip():
        raise ImportFormatError(_E_EMPTY_FILE)
    try:
        return json.loads(text, object_pairs_hook=_object_pairs, parse_int=_parse_int)
    except json.JSONDecodeError as exc:
        raise ImportFormatError(_E_NOT_JSON, line=exc.lineno, col=exc.colno) from None
    except RecursionError:
        raise ImportFormatError(_E_TOO_DEEP) from None
    except ValueError:  # pragma: no cover - json raises only JSONDecodeError for bad text
        raise ImportFormatError(_E_NOT_JSON, line="?", col="?") from None


def _at(where: str, field: str) -> str:
    return f"{where}.{field}" if where else field


def _show(value: object) -> str:
    """A bad value as it may appear inside a message: short, with control chars escaped."""
    if isinstance(value, str):
        text = value if len(value) <= 60 else value[:57] + "…"
        return _BAD_SINGLE_LINE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    if isinstance(value, _HugeInt):
        return value.digits[:20] + "…"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list):
        return "[…]"
    return "{…}"


def _object(value: Any, where: str, required: Iterable[str], optional: Iterable[str]) -> _Obj:
    """`value` as a JSON object with only known fields and every required one present."""
    if not isinstance(value, _Obj):
        raise ImportFormatError(_E_NOT_OBJECT, where)
    if value.duplicate is not None:
        raise ImportFormatError(_E_DUPLICATE_FIELD, where, field=value.duplicate)
    required = tuple(required)
    known = (*required, *optional)
    for name in value:
        if name not in known:
            close = (
                difflib.get_close_matches(name, known, n=1, cutoff=0.6)
                if (len(name) <= 100)
                else []
            )
            if close:
                raise ImportFormatError(
                    _E_UNKNOWN_FIELD_HINT, where, field=_show(name), suggestion=close[0]
                )
            raise ImportFormatError(_E_UNKNOWN_FIELD, where, field=_show(name))
    for name in required:
        if name not in value:
            raise ImportFormatError(_E_MISSING, where, field=name)
    return value


def _list(obj: Mapping[str, Any], field: str, where: str, *, required: bool = False) -> list[Any]:
    value = obj.get(field)
    if value is None:
        if required and field in obj:
            raise ImportFormatError(_E_NULL, _at(where, field))
        if required:
            raise ImportFormatError(_E_MISSING, where, field=field)
        return []
    if not isinstance(value, list):
        raise ImportFormatError(_E_NOT_LIST, _at(where, field))
    return value


def _text(
    obj: Mapping[str, Any],
    field: str,
    where: str,
    *,
    required: bool = False,
    multiline: bool = False,
) -> str:
    path = _at(where, field)
    limit = TEXT_LIMITS["key" if field in _REFERENCES else field]
    value = obj.get(field)
    if value is None:
        if required:
            raise ImportFormatError(_E_NULL, path)
        return ""
    if not isinstance(value, str):
        raise ImportFormatError(_E_NOT_TEXT, path)
    if len(value) > limit:
        raise ImportFormatError(_E_TOO_LONG, path, length=len(value), limit=limit)
    bad = (_BAD_MULTI_LINE if multiline else _BAD_SINGLE_LINE).search(value)
    if bad is not None:
        raise ImportFormatError(_E_CONTROL_CHAR, path, code=f"U+{ord(bad.group()):04X}")
    if required and not value.strip():
        raise ImportFormatError(_E_BLANK, path)
    return value


def _bool(obj: Mapping[str, Any], field: str, where: str) -> bool:
    value = obj.get(field)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ImportFormatError(_E_NOT_BOOL, _at(where, field))
    return value


def _date(obj: Mapping[str, Any], field: str, where: str, *, required: bool = False) -> date | None:
    path = _at(where, field)
    value = obj.get(field)
    if value is None:
        if required:
            raise ImportFormatError(_E_NULL, path)
        return None
    if not isinstance(value, str):
        raise ImportFormatError(_E_DATE_TYPE, path)
    if _DATE.fullmatch(value) is None:
        raise ImportFormatError(_E_DATE, path, value=_show(value))
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ImportFormatError(_E_DATE, path, value=_show(value)) from None


def _period(obj: Mapping[str, Any], where: str) -> tuple[date, date | None]:
    valid_from = _date(obj, "valid_from", where, required=True)
    assert valid_from is not None
    valid_to = _date(obj, "valid_to", where)
    try:
        check_period(valid_from, valid_to)
    except OrgRuleError:
        raise ImportFormatError(
            _E_PERIOD, _at(where, "valid_to"), valid_from=_day(valid_from), valid_to=_day(valid_to)
        ) from None
    return valid_from, valid_to


def _day(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def _overlap(a_to: date | None, b_from: date) -> bool:
    """Whether a period ending `a_to` still runs on `b_from` (the later of two starts)."""
    return a_to is None or a_to >= b_from


# --- parsing ---------------------------------------------------------------------------------

_UNIT_REQUIRED = ("key", "name", "kind", "valid_from")
_UNIT_OPTIONAL = ("valid_to", "description", "phone", "address", "positions", "contact_chain")
_POSITION_REQUIRED = ("key", "title")
_POSITION_OPTIONAL = ("person_name", "phone", "email", "is_head")
_CONTACT_REQUIRED = ("rank", "label", "valid_from")
_CONTACT_OPTIONAL = ("person_name", "phone", "valid_to")
_LINE_REQUIRED = ("unit", "parent", "valid_from")
_LINE_OPTIONAL = ("valid_to",)
_COOPERATION_REQUIRED = ("a", "b", "valid_from")
_COOPERATION_OPTIONAL = ("valid_to", "note")
_REFERENCES = ("unit", "parent", "a", "b")  # fields that hold a unit key


@dataclass(slots=True)
class _Link:
    index: int  # position in the file's "line" list
    unit: int
    parent: int
    valid_from: date
    valid_to: date | None


def parse_orgchart(raw: bytes | str) -> OrgSnapshot:
    """Read a whole organisation chart file, or raise `ImportFormatError` for its first problem."""
    doc = _load(_decode(raw))
    if not isinstance(doc, _Obj):
        raise ImportFormatError(_E_NOT_ORGCHART)
    if doc.duplicate is not None:
        raise ImportFormatError(_E_DUPLICATE_FIELD, field=doc.duplicate)
    if "format" not in doc:
        raise ImportFormatError(_E_NOT_ORGCHART)
    if doc["format"] != FORMAT:
        raise ImportFormatError(_E_WRONG_FORMAT, "format", value=_show(doc["format"]))
    if "version" not in doc:
        raise ImportFormatError(_E_MISSING, field="version")
    version = doc["version"]
    if isinstance(version, _HugeInt):
        template = _E_VERSION_UNKNOWN if version.digits.startswith("-") else _E_VERSION_NEWER
        raise ImportFormatError(template, "version", version=_show(version))
    if not isinstance(version, int) or isinstance(version, bool):
        raise ImportFormatError(_E_VERSION_TYPE, "version")
    if version > FORMAT_VERSION:
        raise ImportFormatError(_E_VERSION_NEWER, "version", version=version)
    if version < 1:
        raise ImportFormatError(_E_VERSION_UNKNOWN, "version", version=version)
    _object(doc, "", ("format", "version", "units"), ("exported", "line", "cooperations"))
    _date(doc, "exported", "")

    snapshot = OrgSnapshot()
    unit_ids: dict[str, int] = {}
    position_keys: set[str] = set()
    raw_units = _list(doc, "units", "", required=True)
    if len(raw_units) > MAX_UNITS:
        raise ImportFormatError(_E_TOO_MANY_UNITS, "units", count=len(raw_units), limit=MAX_UNITS)
    for i, item in enumerate(raw_units):
        _read_unit(item, f"units[{i}]", i + 1, snapshot, unit_ids, position_keys)
    _check_contact_ranks(snapshot)

    keys = {uid: key for key, uid in unit_ids.items()}
    links = [
        _read_link(item, f"line[{i}]", i, unit_ids) for i, item in enumerate(_list(doc, "line", ""))
    ]
    _check_line(links, keys)
    snapshot.links = [LineLink(None, k.unit, k.parent, k.valid_from, k.valid_to) for k in links]

    for i, item in enumerate(_list(doc, "cooperations", "")):
        snapshot.cooperations.append(_read_cooperation(item, f"cooperations[{i}]", unit_ids))
    return snapshot


def _read_unit(
    item: Any,
    where: str,
    unit_id: int,
    snapshot: OrgSnapshot,
    unit_ids: dict[str, int],
    position_keys: set[str],
) -> None:
    obj = _object(item, where, _UNIT_REQUIRED, _UNIT_OPTIONAL)
    key = _text(obj, "key", where, required=True)
    if key in unit_ids:
        raise ImportFormatError(_E_DUPLICATE_UNIT, _at(where, "key"), key=key)
    name = _text(obj, "name", where, required=True)
    kind = obj.get("kind")
    if kind is None:
        raise ImportFormatError(_E_NULL, _at(where, "kind"))
    if not isinstance(kind, str):
        raise ImportFormatError(_E_NOT_TEXT, _at(where, "kind"))
    if kind not in UNIT_KINDS:
        raise ImportFormatError(
            _E_UNKNOWN_KIND, _at(where, "kind"), value=_show(kind), kinds=", ".join(UNIT_KINDS)
        )
    valid_from, valid_to = _period(obj, where)
    unit = Unit(
        id=unit_id,
        key=key,
        name=name,
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        description=_text(obj, "description", where, multiline=True),
        phone=_text(obj, "phone", where),
        address=_text(obj, "address", where, multiline=True),
    )
    unit_ids[key] = unit_id
    snapshot.units.append(unit)

    for j, raw_pos in enumerate(_list(obj, "positions", where)):
        at = f"{where}.positions[{j}]"
        pos = _object(raw_pos, at, _POSITION_REQUIRED, _POSITION_OPTIONAL)
        pos_key = _text(pos, "key", at, required=True)
        if pos_key in position_keys:
            raise ImportFormatError(_E_DUPLICATE_POSITION, _at(at, "key"), key=pos_key)
        position_keys.add(pos_key)
        snapshot.positions.append(
            Position(
                id=None,
                unit_id=unit_id,
                title=_text(pos, "title", at, required=True),
                key=pos_key,
                person_name=_text(pos, "person_name", at),
                phone=_text(pos, "phone", at),
                email=_text(pos, "email", at),
                is_head=_bool(pos, "is_head", at),
                sort=j,
            )
        )

    for j, raw_step in enumerate(_list(obj, "contact_chain", where)):
        at = f"{where}.contact_chain[{j}]"
        step = _object(raw_step, at, _CONTACT_REQUIRED, _CONTACT_OPTIONAL)
        rank = _rank(step, at)
        label = _text(step, "label", at, required=True)
        person_name = _text(step, "person_name", at)
        phone = _text(step, "phone", at)
        step_from, step_to = _period(step, at)
        snapshot.contacts.append(
            ContactStep(None, unit_id, rank, label, person_name, phone, step_from, step_to)
        )


def _rank(step: Mapping[str, Any], where: str) -> int:
    path = _at(where, "rank")
    value = step["rank"]
    if value is None:
        raise ImportFormatError(_E_NULL, path)
    if isinstance(value, _HugeInt):
        raise ImportFormatError(_E_INT_TOO_LARGE, path)
    if not isinstance(value, int) or isinstance(value, bool):
        raise ImportFormatError(_E_NOT_INT, path)
    if not 1 <= value <= MAX_RANK:
        raise ImportFormatError(_E_RANK, path, value=value, limit=MAX_RANK)
    return value


def _check_contact_ranks(snapshot: OrgSnapshot) -> None:
    """No unit has two contact steps with the same rank on the same day."""
    unit_index = {u.id: i for i, u in enumerate(snapshot.units)}
    per_unit: dict[int, int] = defaultdict(int)
    groups: dict[tuple[int, int], list[tuple[ContactStep, str]]] = defaultdict(list)
    for step in snapshot.contacts:  # in file order, so the j-th step of a unit is its chain[j]
        j = per_unit[step.unit_id]
        per_unit[step.unit_id] += 1
        where = f"units[{unit_index[step.unit_id]}].contact_chain[{j}]"
        groups[(step.unit_id, step.rank)].append((step, where))
    for (unit_id, rank), steps in groups.items():
        steps.sort(key=lambda sw: sw[0].valid_from)
        for (prev, _), (cur, where) in zip(steps, steps[1:], strict=False):
            if _overlap(prev.valid_to, cur.valid_from):
                raise ImportFormatError(
                    _E_RANK_TWICE,
                    _at(where, "rank"),
                    key=snapshot.units[unit_index[unit_id]].key,
                    rank=rank,
                    day=_day(cur.valid_from),
                )


def _unit_ref(obj: Mapping[str, Any], field: str, where: str, unit_ids: dict[str, int]) -> int:
    key = _text(obj, field, where, required=True)
    if key not in unit_ids:
        raise ImportFormatError(_E_UNKNOWN_UNIT, _at(where, field), key=key)
    return unit_ids[key]


def _read_link(item: Any, where: str, index: int, unit_ids: dict[str, int]) -> _Link:
    obj = _object(item, where, _LINE_REQUIRED, _LINE_OPTIONAL)
    unit = _unit_ref(obj, "unit", where, unit_ids)
    parent = _unit_ref(obj, "parent", where, unit_ids)
    if unit == parent:
        raise ImportFormatError(_E_LINE_SELF, _at(where, "parent"), key=obj["unit"])
    valid_from, valid_to = _period(obj, where)
    return _Link(index, unit, parent, valid_from, valid_to)


def _check_line(links: list[_Link], keys: dict[int, str]) -> None:
    """A unit has one parent at a time, and line management has no cycle on any day."""
    plain = [LineLink(None, k.unit, k.parent, k.valid_from, k.valid_to) for k in links]
    overlap = overlapping_parents(plain)
    if overlap is not None:
        prev, cur = links[overlap[0]], links[overlap[1]]
        raise ImportFormatError(
            _E_TWO_PARENTS,
            f"line[{max(prev.index, cur.index)}]",
            key=keys[cur.unit],
            first=keys[prev.parent],
            second=keys[cur.parent],
            day=_day(cur.valid_from),
        )
    cycle = find_line_cycle(plain)
    if cycle is not None:
        at, chain = cycle
        shown = [keys[u] for u in [*chain, chain[0]]]
        if len(shown) > 12:
            shown = [*shown[:10], "…", shown[-1]]
        raise ImportFormatError(
            _E_CYCLE,
            f"line[{links[at].index}]",
            day=_day(links[at].valid_from),
            cycle=" → ".join(shown),
        )


def _read_cooperation(item: Any, where: str, unit_ids: dict[str, int]) -> Cooperation:
    obj = _object(item, where, _COOPERATION_REQUIRED, _COOPERATION_OPTIONAL)
    a = _unit_ref(obj, "a", where, unit_ids)
    b = _unit_ref(obj, "b", where, unit_ids)
    if a == b:
        raise ImportFormatError(_E_COOPERATION_SELF, _at(where, "b"), key=obj["a"])
    valid_from, valid_to = _period(obj, where)
    note = _text(obj, "note", where, multiline=True)
    return Cooperation(None, a, b, valid_from, valid_to, note)


# --- writing ---------------------------------------------------------------------------------


def dump_orgchart(snapshot: OrgSnapshot, exported: date | None = None) -> str:
    """The snapshot as JSON text in the exchange format (`exported` defaults to today).

    Units are written in id order, each with its positions (by `sort`) and contact steps (by
    start date, then rank); line links and cooperations follow in the order of their units.
    A unit without a key gets ``u{id}``, a position without one ``p{id}`` (made unique when
    needed). Raises ValueError when a relation refers to a unit that is not in the snapshot.
    """
    units = sorted(snapshot.units, key=lambda u: u.id)
    order = {u.id: i for i, u in enumerate(units)}
    if len(order) != len(units):
        raise ValueError("two units in the snapshot share an id")
    unit_keys = _assign_keys([(u.key, f"u{u.id}") for u in units])
    unit_keys_by_id = dict(zip((u.id for u in units), unit_keys, strict=True))

    def ref(unit_id: int, what: str) -> str:
        if unit_id not in unit_keys_by_id:
            raise ValueError(f"{what} refers to unit id {unit_id}, which is not in the snapshot")
        return unit_keys_by_id[unit_id]

    positions: dict[int, list[Position]] = defaultdict(list)
    for pos in snapshot.positions:
        ref(pos.unit_id, "a position")
        positions[pos.unit_id].append(pos)
    contacts: dict[int, list[ContactStep]] = defaultdict(list)
    for step in snapshot.contacts:
        ref(step.unit_id, "a contact step")
        contacts[step.unit_id].append(step)

    ordered_positions = [
        pos for unit in units for pos in sorted(positions[unit.id], key=lambda p: p.sort)
    ]
    position_keys = iter(
        _assign_keys(
            [
                (pos.key, f"p{pos.id if pos.id is not None else n}")
                for n, pos in enumerate(ordered_positions, start=1)
            ]
        )
    )
    out_units = []
    for unit in units:
        out_positions = []
        for pos in sorted(positions[unit.id], key=lambda p: p.sort):
            out_positions.append(
                {
                    "key": next(position_keys),
                    "title": pos.title,
                    "person_name": pos.person_name,
                    "phone": pos.phone,
                    "email": pos.email,
                    "is_head": bool(pos.is_head),
                }
            )
        out_units.append(
            {
                "key": unit_keys_by_id[unit.id],
                "name": unit.name,
                "kind": unit.kind,
                "valid_from": unit.valid_from.isoformat(),
                "valid_to": _iso(unit.valid_to),
                "description": unit.description,
                "phone": unit.phone,
                "address": unit.address,
                "positions": out_positions,
                "contact_chain": [
                    {
                        "rank": step.rank,
                        "label": step.label,
                        "person_name": step.person_name,
                        "phone": step.phone,
                        "valid_from": step.valid_from.isoformat(),
                        "valid_to": _iso(step.valid_to),
                    }
                    for step in sorted(contacts[unit.id], key=lambda s: (s.valid_from, s.rank))
                ],
            }
        )

    line = [
        {
            "unit": ref(link.unit_id, "a line link"),
            "parent": ref(link.parent_id, "a line link"),
            "valid_from": link.valid_from.isoformat(),
            "valid_to": _iso(link.valid_to),
        }
        for link in sorted(
            snapshot.links,
            key=lambda k: (order.get(k.unit_id, -1), k.valid_from, order.get(k.parent_id, -1)),
        )
    ]
    cooperations = [
        {
            "a": ref(c.unit_a_id, "a cooperation"),
            "b": ref(c.unit_b_id, "a cooperation"),
            "valid_from": c.valid_from.isoformat(),
            "valid_to": _iso(c.valid_to),
            "note": c.note,
        }
        for c in sorted(
            snapshot.cooperations,
            key=lambda c: (order.get(c.unit_a_id, -1), order.get(c.unit_b_id, -1), c.valid_from),
        )
    ]
    doc = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "exported": (exported or date.today()).isoformat(),
        "units": out_units,
        "line": line,
        "cooperations": cooperations,
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _assign_keys(wanted: list[tuple[str, str]]) -> list[str]:
    """One unique key per (own key, fallback) pair, in order.

    Own keys are kept where they are not blank and not taken by an earlier row; the other rows
    get their fallback, with "-2", "-3" … added if it is already in use.
    """
    out: list[str | None] = []
    used: set[str] = set()
    for key, _ in wanted:
        if key.strip() and key not in used:
            used.add(key)
            out.append(key)
        else:
            out.append(None)
    for i, (_, fallback) in enumerate(wanted):
        if out[i] is None:
            candidate, n = fallback, 2
            while candidate in used:
                candidate = f"{fallback}-{n}"
                n += 1
            used.add(candidate)
            out[i] = candidate
    return [key for key in out if key is not None]
