"""A large, deterministic organisation for the benchmarks, shaped like a real municipality.

    make_snapshot(2000) -> OrgSnapshot with exactly 2,000 units visible on `DAY`

Shape: one root (område), 8 enheter, 40 tjenestesteder (5 per enhet), about 240 avdelinger
(4-8 per site), arbeidslag spread unevenly over the wards (some wards get 0-2 teams, so both the
stacked-column and the row layouts are used), 1-2 staff functions under each enhet, and a column
of top-level groups and outside partners. Every unit has a head (8 % vacant), sites and wards
have extra positions; about 300 cooperations; contact chains on sites and wards. History too:
30 units that closed in 2022 and 50 units that moved to a new parent in 2024, so `view(DAY)`
filters dates as it does for real data.
"""

from __future__ import annotations

import random
from datetime import date

from helsehus_desktop.core.orgchart import (
    ContactStep,
    Cooperation,
    LineLink,
    OrgSnapshot,
    Position,
    Unit,
)

DAY = date(2025, 6, 1)
START = date(2020, 1, 1)

AREAS = [
    "Helse og velferd",
    "Hjemmetjenester",
    "Institusjonstjenester",
    "Psykisk helse og rus",
    "Tildeling og koordinering",
    "Habilitering",
    "Legetjenester",
    "Forebyggende tjenester",
]
PLACES = [
    "Sentrum",
    "Nord",
    "Sør",
    "Skogn",
    "Åsen",
    "Ytterøy",
    "Frol",
    "Bamberg",
    "Stokkan",
    "Moan",
    "Hoøya",
    "Ekne",
    "Alstadhaug",
    "Markabygda",
    "Okkenhaug",
    "Røstad",
    "Halsan",
    "Tingstad",
    "Nesset",
    "Vinne",
]
WARD_KINDS = [
    "Somatisk avdeling",
    "Skjermet enhet",
    "Korttidsavdeling",
    "Rehabilitering",
    "Hjemmesykepleie",
    "Praktisk bistand",
    "Bofellesskap",
    "Dagsenter",
    "Nattpatrulje",
    "Lindrende enhet",
]
TEAM_NAMES = [
    "Dagteam",
    "Kveldsteam",
    "Helgeteam",
    "Ressursteam",
    "Demensteam",
    "Sårteam",
    "Ernæringsteam",
    "Kreftteam",
    "Hverdagsrehabilitering",
    "Natteam",
]
FIRST = [
    "Anne",
    "Kari",
    "Ingrid",
    "Marit",
    "Hilde",
    "Solveig",
    "Randi",
    "Tone",
    "Lise",
    "Eli",
    "Ole",
    "Per",
    "Jan",
    "Bjørn",
    "Lars",
    "Kjell",
    "Arne",
    "Knut",
    "Svein",
    "Tor",
    "Åse",
    "Øystein",
    "Ragnhild",
    "Sigrid",
    "Nora",
    "Emma",
    "Jonas",
    "Mathias",
    "Aisha",
    "Tomasz",
]
LAST = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Pedersen",
    "Nilsen",
    "Kristiansen",
    "Jensen",
    "Karlsen",
    "Berg",
    "Haugen",
    "Hagen",
    "Johnsen",
    "Bakken",
    "Lund",
    "Moen",
    "Solberg",
    "Strand",
    "Rønning",
    "Sæther",
    "Aune",
    "Øien",
    "Vold",
    "Nowak",
    "Ali",
]
PARTNERS = [
    "Sykehuset Levanger",
    "Fastlegekontoret Sentrum",
    "Fastlegekontoret Skogn",
    "Palliativt team, St. Olavs",
    "Kreftkoordinator Innherred",
    "NAV Levanger",
    "Frivilligsentralen",
    "Apoteket Levanger",
    "Ambulansetjenesten",
    "Kirkelig fellesråd",
]
GROUPS = [
    "Ressursgruppe palliasjon",
    "Kvalitetsutvalg",
    "Arbeidsmiljøutvalg",
    "Brukerrådet",
    "Beredskapsgruppe",
    "Fagråd sykepleie",
]


def make_snapshot(n_units: int = 2000, seed: int = 2000) -> OrgSnapshot:
    rng = random.Random(seed)
    units: list[Unit] = []
    links: list[LineLink] = []
    positions: list[Position] = []
    contacts: list[ContactStep] = []
    next_id = iter(range(1, 10**7))

    def person() -> str:
        return "" if rng.random() < 0.08 else f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    def phone() -> str:
        return f"74 0{rng.randint(0, 9)} {rng.randint(10, 99)} {rng.randint(10, 99)}"

    def add(
        name: str, kind: str, parent: int | None, head_title: str, valid_to: date | None = None
    ) -> int:
        uid = next(next_id)
        units.append(
            Unit(
                uid,
                f"k{uid:05d}",
                name,
                kind,
                START,
                valid_to,
                phone=phone() if kind != "arbeidslag" else "",
            )
        )
        if parent is not None:
            links.append(LineLink(next(next_id), uid, parent, START, None))
        positions.append(
            Position(
                next(next_id),
                uid,
                head_title,
                f"p{uid:05d}",
                person_name=person(),
                phone=phone(),
                is_head=True,
            )
        )
        return uid

    def extra_positions(uid: int, titles: list[str], count: int) -> None:
        for i in range(count):
            pid = next(next_id)
            title = rng.choice(titles)
            positions.append(
                Position(pid, uid, title, f"p{pid:06d}", person_name=person(), sort=i + 1)
            )

    def chain(uid: int) -> None:
        for rank, label in enumerate(("Vakttelefon", "Avdelingsleder", "Enhetsleder"), 1):
            contacts.append(ContactStep(next(next_id), uid, rank, label, person(), phone(), START))

    root = add("Levanger kommune", "område", None, "Kommunedirektør")
    enheter = [add(a, "enhet", root, "Kommunalsjef") for a in AREAS]
    partners = [add(p, "ekstern", None, "Kontaktperson") for p in PARTNERS]
    groups = [add(g, "gruppe", None, "Leder") for g in GROUPS]
    functions = []
    for area_uid, area in zip(enheter, AREAS, strict=True):
        for f in ["Fagutvikling", "Merkantil stab"][: rng.randint(1, 2)]:
            functions.append(add(f"{f}, {area.lower()}", "funksjon", area_uid, "Rådgiver"))
    sites: list[tuple[int, int]] = []  # (site, its enhet)
    for i, area_uid in enumerate(enheter):
        for j in range(5):
            place = PLACES[(i * 5 + j) % len(PLACES)]
            area = AREAS[i].split()[0]
            uid = add(f"{area} {place}", "tjenestested", area_uid, "Enhetsleder")
            extra_positions(uid, ["Fagutviklingssykepleier", "Merkantil", "Koordinator"], 2)
            chain(uid)
            sites.append((uid, area_uid))

    budget = n_units - len(units)
    wards: list[tuple[int, int]] = []  # (ward, its site)
    ward_budget = budget // 8
    while len(wards) < ward_budget:
        for site_uid, _ in sites:
            if len(wards) >= ward_budget:
                break
            for _ in range(rng.randint(0, 2)):
                name = f"{rng.choice(WARD_KINDS)} {len(wards) + 1}"
                uid = add(name, "avdeling", site_uid, "Avdelingsleder")
                extra_positions(
                    uid,
                    ["Sykepleier", "Helsefagarbeider", "Vernepleier", "Fagansvarlig"],
                    rng.randint(1, 3),
                )
                chain(uid)
                wards.append((uid, site_uid))
                if len(wards) >= ward_budget:
                    break
    teams = []
    while len(units) < n_units:
        ward_uid, _ = rng.choice(wards)
        uid = add(f"{rng.choice(TEAM_NAMES)} {len(teams) + 1}", "arbeidslag", ward_uid, "Teamleder")
        extra_positions(uid, ["Primærkontakt", "Tillitsvalgt"], rng.randint(0, 1))
        teams.append(uid)

    # History the view must filter out: closed units and moves.
    for k in range(30):
        uid = add(
            f"Nedlagt avdeling {k + 1}",
            "avdeling",
            rng.choice(sites)[0],
            "Avdelingsleder",
            valid_to=date(2022, 12, 31),
        )
    movers = rng.sample(teams, 50)
    moved = set(movers)
    kept = [link for link in links if link.unit_id not in moved]
    for link in links:
        if link.unit_id in moved:
            kept.append(
                LineLink(link.id, link.unit_id, rng.choice(wards)[0], START, date(2023, 12, 31))
            )
            kept.append(LineLink(next(next_id), link.unit_id, link.parent_id, date(2024, 1, 1)))
    links = kept

    cooperations: list[Cooperation] = []
    seen: set[tuple[int, int]] = set()
    site_by_area: dict[int, list[int]] = {}
    for site_uid, area_uid in sites:
        site_by_area.setdefault(area_uid, []).append(site_uid)
    while len(cooperations) < 300:
        pick = rng.random()
        if pick < 0.3:
            group = site_by_area[rng.choice(enheter)]
            a, b = rng.sample(group, 2)
        elif pick < 0.6:
            a, b = rng.choice(wards)[0], rng.choice(partners)
        elif pick < 0.9:
            a, b = rng.choice(wards)[0], rng.choice(wards)[0]
        else:
            a, b = rng.choice(groups + functions), rng.choice(sites)[0]
        key = (min(a, b), max(a, b))
        if a == b or key in seen:
            continue
        seen.add(key)
        cooperations.append(
            Cooperation(next(next_id), a, b, START, None, note="Faste samarbeidsmøter")
        )
    return OrgSnapshot(
        units=units, positions=positions, links=links, cooperations=cooperations, contacts=contacts
    )


def describe(snapshot: OrgSnapshot) -> str:
    view = snapshot.view(DAY)
    kinds: dict[str, int] = {}
    for unit in view.units.values():
        kinds[unit.kind] = kinds.get(unit.kind, 0) + 1
    return (
        f"{len(view.units)} units on {DAY:%d.%m.%Y} ({len(snapshot.units)} stored; "
        + ", ".join(f"{k} {v}" for k, v in kinds.items())
        + f"), {sum(len(p) for p in view.positions.values())} positions, "
        f"{len(view.cooperations)} cooperations, "
        f"{sum(len(c) for c in view.contacts.values())} contact steps"
    )


if __name__ == "__main__":
    print(describe(make_snapshot()))
