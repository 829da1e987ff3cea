"""Fictional sample patients: a hand-written dozen that makes every screen of the pathway tab
meaningful, and a deterministic generator of many more for testing at scale.

Every patient is a `_Story`: the patient and what happened on the pathway, dated relative to
`today` so nothing lies in the future. The dozen are written through the services, so every rule
and the access log apply; generated patients go in with bulk inserts (a service call per row
would take most of an hour for 10,000 patients), built with the same core rules the services
use. Names come from invented surnames and numbers are synthetic (month + 80): none can belong
to a real person.
"""

from __future__ import annotations

import random
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from helsehus_desktop.core import pathway as core
from helsehus_desktop.core.assessments import ESAS_KEYS
from helsehus_desktop.core.identity import with_control_digits
from helsehus_desktop.core.templates import (
    ActivityTemplate,
    ChecklistTemplate,
    MobidForm,
    load_activity_templates,
    load_home_death_checklist,
    load_mobid_form,
)
from helsehus_desktop.store import assessment_service, pathway_service, patient_service
from helsehus_desktop.store import models as m
from helsehus_desktop.store.database import Database
from helsehus_desktop.store.patient_service import PATIENT_FIELDS, search_text

SURNAMES = (
    "Prøvesen", "Eksempelstad", "Fiktivdal", "Testrud", "Oppdiktnes", "Liksomvik", "Demoberg",
    "Skjemaøy", "Øvingsli", "Prøvestad", "Eksempelbakken", "Fiktivnes", "Testbakken", "Demodal",
    "Oppdiktmo", "Liksomås", "Prøvehaug", "Eksempelvik", "Fiktivmyr", "Testøyen", "Demolien",
    "Skjemavik", "Øvingstad", "Prøvemoen", "Fiktivholm", "Testli", "Eksempeløy", "Liksomrud",
)  # fmt: skip
FIRST_NAMES = (
    "Åse", "Olav", "Kari", "Bjørn", "Ingrid", "Sigurd", "Ragnhild", "Eilif", "Gunvor", "Tormod",
    "Astrid", "Halvard", "Marit", "Ola", "Solveig", "Per", "Berit", "Knut", "Liv", "Arne", "Randi",
    "Odd", "Torill", "Johan", "Aud", "Nils", "Bodil", "Einar", "Gerd", "Harald", "Inger", "Jon",
    "Kjellaug", "Leif", "Magnhild", "Nora", "Oddvar", "Petra", "Reidar", "Sissel", "Terje", "Unni",
    "Vidar", "Wenche", "Yngve", "Øystein", "Åshild", "Ella", "Hans", "Jorunn", "Karl", "Laila",
    "Martin", "Oline", "Paul", "Rolf", "Signe", "Trygve", "Wilhelm", "Ylva",
)  # fmt: skip
GP_NAMES = (
    "Hanne Eksempelmo", "Per Oppdiktvik", "Siri Testmo", "Anders Fiktivlund", "Eva Prøveland",
    "Jonas Liksomdal",
)  # fmt: skip
NURSES = (
    "Mona Øvingsli", "Trond Skjemavik", "Hilde Prøvemoen", "Kjetil Demolien", "Randi Testøyen",
    "Siv Fiktivholm", "Geir Eksempeløy",
)  # fmt: skip
KIN = ("datter", "sønn", "ektefelle", "samboer", "bror", "søster", "nevø", "niese")
OBSERVERS = ("Sykepleier Mona Øvingsli", "Helsefagarbeider Jan Testli", "Sykepleier Siv Fiktivholm")
STREETS = ("Prøvevegen", "Eksempelgata", "Testlia", "Fiktivvegen")
# Who filled in ESAS-r, weighted by repetition; staff often cannot judge the mood items.
FILLED_BY = ("patient",) * 5 + ("patient_helped",) * 3 + ("family", "staff", "staff")
MOOD_ITEMS = ("depression", "anxiety", "wellbeing")
OTHER_PROBLEMS = ("Munntørrhet", "Forstoppelse", "Kløe", "Søvnproblemer", "Hoste")

# Responsible units (names from the sample organisation) with a weight: most are at home.
PATIENT_UNITS = (
    ("Hjemmetjenesten Nord", 24),
    ("Hjemmetjenesten Sør", 22),
    ("Hjemmetjenesten sentrum", 20),
    ("Staup Helsehus", 12),
    ("Breidablikktunet omsorgssenter", 8),
    ("Stokkbakken omsorgssenter", 7),
    ("Ytterøy Helsetun", 4),
    ("Levanger bo- og aktivitetssenter", 3),
)
TEAM_UNITS = {
    "gp": "Fastlegene",
    "palliative_team": "Palliativt team, Sykehuset Levanger",
    "cancer_coordinator": "Kreftkoordinator",
    "physio_ergo": "Ergo- og fysioterapitjenesten for voksne",
}
TEAM_CONTACTS = {  # role: (name, phone) for members other than the GP
    "palliative_team": ("Palliativt team SL", "740 00 500"),
    "cancer_coordinator": ("Kreftkoordinator Lise Eksempelvik", "740 00 600"),
    "physio_ergo": ("Fysioterapeut Ivar Testøyen", "740 00 700"),
    "hospital": ("Medisinsk avdeling, Sykehuset Levanger", "740 00 800"),
    "interpreter": ("Tolketjenesten", "740 00 900"),
}

START_REASONS = {
    1: "Skrøpelig og høy alder; naturlig og forventet livsavslutning.",
    2: "Alvorlig diagnose med spesiell behandling; samarbeid med fastlege og fysioterapeut.",
    3: "Komplisert forløp med flere problemer som må løses på kort varsel.",
}
CHANGE_REASONS = {
    (1, 2): "Ny diagnose og økende smerter; trenger plan A/B/C og kartlegging.",
    (2, 3): "Hyppige endringer og flere problemer på kort varsel; tett kontakt med sykehuset.",
    (3, 2): "Symptomene er stabilisert etter justert plan; færre akutte endringer.",
    (2, 1): "Rolig og oversiktlig nå; behandlingen er avsluttet etter eget ønske.",
    (1, 3): "Rask forverring etter innleggelse; komplisert symptombilde.",
    (3, 1): "Stabil over lang tid; forventet livsavslutning uten særlige problemer.",
}
OUTCOMES = (
    "Stabil. Fortsetter i samme forløp; ny evaluering om fire uker.",
    "Økt smerte om kvelden; plan B tatt i bruk. Fastlege kontaktet.",
    "Ønsker fortsatt å være hjemme. Pårørende trenger mer avlastning.",
    "Forløpet vurdert på kjernegruppemøtet; ingen endring.",
    "ESAS-r viser mer tung pust; fysioterapeut kobles inn.",
    "Rolig periode. Forhåndssamtalen er fulgt opp med datteren.",
)
WHAT_MATTERS = (
    "Å være hjemme med katten og se ut over fjorden. Ikke ha smerter.",
    "At familien har det bra, og at barnebarna kan komme på besøk.",
    "Å slippe flere sykehusinnleggelser. Ro og kjente folk rundt seg.",
    "Å kunne sitte i stolen ved vinduet og høre på radio.",
    "At det er noen hos henne om natta når hun blir urolig.",
)
PLACES = ("Hjemme", "Staup Helsehus, palliativ avdeling", "Sykehjemmet", "Hjemme, om mulig")
PREVENT = (
    "Plan A/B/C med medisiner i hjemmet; fast kontakt med fastlegen hver fjortende dag.",
    "Tidlig kontakt med fysioterapeut og ergoterapeut; sykehusseng på plass i tide.",
    "Pårørende vet hvem de ringer; ekstra tilsyn hvis ESAS-r smerte er 4 eller mer.",
)
IMPROVE = (
    "Stabil smertelindring med fast dose; avklare infeksjonsbehandling med fastlegen.",
    "Tett oppfølging fra palliativt team til symptomene er under kontroll.",
    "Færre personer inn i hjemmet; kjent personale på kveld og natt.",
)
CONTACTS = core.ContactPlan(
    evening="Hjemmetjenesten, ansvarsvakt kveld; fastlegen har gitt plan for kvelden.",
    night="Nattpatruljen; legevakt ved behov for lege.",
    weekend="Ansvarsvakt i helgen; legevakt har kopi av planen.",
    holiday="Som helg. Medisiner for fem døgn i hjemmet før helligdager.",
    extra_visits="Ekstra hjemmebesøk kveld ved forverring; daglig telefon til pårørende.",
)
CHECKS = core.PlanChecks(
    holidays="Medisiner for fem døgn i hjemmet før helligdagene; legevakt har planen.",
    staffing="Kjent personale på kveld; nattpatruljen orientert.",
    acute_changes="Plan C gjennomgått med pårørende; behandlingsavklaring i HP.",
)
SCENARIOS = (
    core.AcuteScenario(
        True, "Lungeødem eller tung pust", "Heve hodeenden; morfin etter plan C.", "Legevakt"
    ),
    core.AcuteScenario(
        True, "Feber og infeksjon", "Ikke innleggelse; fastlege vurderer antibiotika.", "Fastlege"
    ),
    core.AcuteScenario(
        False, "Pårørende orker ikke mer", "Tilby korttidsopphold samme dag.", "Ansvarsvakt"
    ),
)


def _step(step: str, when: str, measures: str, call: str, *orders: str) -> core.PlanStep:
    """A plan step; each order is the GP's line split into its columns with "|": drug, dose,
    route, interval, max per day. Written down as ordered, never computed."""
    meds = tuple(core.MedicationLine(*(part.strip() for part in o.split("|"))) for o in orders)
    return core.PlanStep(step, when, measures, call, meds)


PLANS = (
    (
        _step(
            "A",
            "Rolig fase; smerte under 4 på ESAS-r.",
            "Faste medisiner, leiring, munnstell morgen og kveld.",
            "Kontaktsykepleier på dagtid",
            "Paracetamol | 1 g | p.o. | morgen, middag, kveld og natt | 4 g",
            "Morfin mikstur 1 mg/ml | 5 mg | p.o. | ved behov, inntil hver 4. time "
            "| maks 6 doser per døgn",
        ),
        _step(
            "B",
            "Smerte 4 eller mer, kvalme eller uro som ikke går over.",
            "Bytt til subkutan behandling; ESAS-r hver dag; si fra til fastlege.",
            "Fastlege på dagtid, legevakt kveld og natt",
            "Morfin | 5 mg | s.c. | ved behov, inntil hver 4. time | maks 6 doser per døgn",
            "Haloperidol | 0,5 mg | s.c. | ved kvalme, inntil hver 8. time | maks 3 doser per døgn",
        ),
        _step(
            "C",
            "Akutt forverring: sterke smerter, tung pust, uro eller surkling.",
            "Bli hos pasienten; gi medisin etter planen; ring pårørende.",
            "Legevakt, deretter palliativt team SL",
            "Morfin | 10 mg | s.c. | ved sterke smerter eller tung pust, inntil hver 2. time "
            "| maks 6 doser per døgn",
            "Midazolam | 2,5 mg | s.c. | ved uro eller angst, inntil hver time "
            "| maks 6 doser per døgn",
            "Glykopyrron (Robinul) | 0,2 mg | s.c. | ved surkling, inntil hver 6. time "
            "| maks 4 doser per døgn",
        ),
    ),
    (
        _step(
            "A",
            "Vanlig dag; pasienten spiser og drikker litt.",
            "Fast smerteplaster; tilsyn tre ganger daglig.",
            "Kontaktsykepleier",
            "Fentanyl depotplaster | 12 mikrogram/time | på huden | bytt hver 3. dag | ",
            "Oksykodon | 2,5 mg | p.o. | ved behov, inntil hver 4. time | maks 6 doser per døgn",
        ),
        _step(
            "B",
            "Kan ikke svelge, eller smerte over 4 to ganger samme døgn.",
            "Subkutan nål; fastlege vurderer pumpe.",
            "Fastlege, ellers legevakt",
            "Oksykodon | 2,5 mg | s.c. | ved behov, inntil hver 4. time | maks 6 doser per døgn",
        ),
        _step(
            "C",
            "Uventet blødning, kramper eller sterk uro.",
            "Mørke håndklær; bli hos pasienten; gi midazolam etter planen.",
            "Legevakt",
            "Midazolam | 5 mg | s.c. | ved kramper eller sterk uro, kan gjentas etter 15 "
            "minutter | maks 4 doser per døgn",
        ),
    ),
)
PLAN_LEVEL_1 = (
    _step(
        "A",
        "Rolig og forventet forløp.",
        "Palliative medisiner tilgjengelig; munnstell og leiring.",
        "Kontaktsykepleier",
        "Morfin | 2,5 mg | s.c. | ved smerter eller tung pust, inntil hver 4. time "
        "| maks 6 doser per døgn",
    ),
    _step("B", "Nye plager.", "Ring fastlege for ny vurdering.", "Fastlege"),
    _step("C", "Akutt endring.", "Følg behandlingsavklaringen.", "Legevakt"),
)


@dataclass(frozen=True)
class _Story:
    """One fictional patient's data and the pathway as it went."""

    patient: core.Patient
    levels: tuple[tuple[date, int, str], ...]  # (date, level, reason); the first is the start
    stop_points: tuple[core.StopPoint, ...] = ()
    done: dict[str, tuple[date, str]] = field(default_factory=dict)  # activity key: (on, by)
    questions: tuple[str, str] = ("", "")
    advance_care: core.AdvanceCarePlan | None = None
    plan: tuple[core.PlanStep, ...] = ()
    checks: core.PlanChecks = core.PlanChecks()
    scenarios: tuple[core.AcuteScenario, ...] = ()
    contact: core.ContactPlan = core.ContactPlan()
    team: tuple[core.TeamMember, ...] = ()
    esas: tuple[core.EsasRegistration, ...] = ()
    mobid: tuple[core.MobidRegistration, ...] = ()
    home_death: tuple[core.ChecklistEntry, ...] = ()
    end: tuple[date, str] | None = None  # (ended on, a key of END_REASONS)


@dataclass(frozen=True)
class _Context:
    today: date
    units: dict[str, int]  # unit name -> id, for the units the sample refers to
    templates: tuple[ActivityTemplate, ...]
    checklist: tuple[ChecklistTemplate, ...]
    mobid_form: MobidForm


def synthetic_number(born: date, individual: int, taken: Collection[str] = ()) -> str:
    """A synthetic identity number (month + 80) for `born`: the first individual number from
    `individual` on (wrapping within 000-499, the 1900s) with valid control digits, not in
    `taken`."""
    for number in range(individual, individual + 500):
        nine = f"{born.day:02d}{born.month + 80:02d}{born.year % 100:02d}{number % 500:03d}"
        digits = with_control_digits(nine)
        if digits is not None and digits not in taken:
            return digits
    raise ValueError(f"every synthetic number for {born} is taken")


# --- assessments -----------------------------------------------------------------------------


def _days(rng: random.Random, first: date, last: date, count: int) -> list[date]:
    """`count` days spread evenly, with jitter, from `first` up to (not including) `last`."""
    span = (last - first).days
    if span < 1:
        return []
    return [
        first + timedelta(days=min(span - 1, int(span * (i + rng.random()) / count)))
        for i in range(count)
    ]


def _esas_series(
    rng: random.Random, first: date, last: date, count: int, severity: int
) -> tuple[core.EsasRegistration, ...]:
    """Registrations drifting from a profile of the patient: severity 0 (calm) to 3 (many
    severe symptoms). Staff often cannot assess mood; now and then an item is left out.
    (`rng.random()` rather than `randint`: this draws millions of numbers at scale.)"""
    base = {k: rng.randint(0, 2 + 2 * severity) for k in ESAS_KEYS}
    trend = {k: rng.choice((-2, -1, 0, 1, 2, 2 + severity)) for k in ESAS_KEYS}
    other = rng.choice(OTHER_PROBLEMS) if rng.random() < 0.3 else None
    days = _days(rng, first, last, count)
    regs = []
    for i, day in enumerate(days):
        at = datetime.combine(day, time(8 + int(rng.random() * 13), 15 * int(rng.random() * 4)))
        progress = i / max(len(days) - 1, 1)
        filled_by = FILLED_BY[int(rng.random() * len(FILLED_BY))]
        mood_unclear = filled_by == "staff"
        scores: dict[str, int | None] = {}
        for key in ESAS_KEYS:
            draw = rng.random()
            if draw < 0.03 or (mood_unclear and key in MOOD_ITEMS and draw < 0.5):
                scores[key] = None  # could not be assessed
            else:
                value = base[key] + round(progress * trend[key]) + int(draw * 3) - 1
                scores[key] = 0 if value < 0 else 10 if value > 10 else value
        if all(v is None for v in scores.values()):
            scores["pain"] = base["pain"]
        others = ((other, min(10, base["pain"] + int(rng.random() * 4))),) if other else ()
        regs.append(core.EsasRegistration(None, at, filled_by, scores, others))
    return tuple(regs)


def _mobid_series(
    rng: random.Random, form: MobidForm, first: date, last: date, count: int
) -> tuple[core.MobidRegistration, ...]:
    """MOBID-2 at morning care: every item of the site's form scored, behaviours ticked where
    the intensity shows pain."""
    regs = []
    for day in _days(rng, first, last, count):
        items = []
        for item in form.items:
            intensity = max(0, min(10, rng.choice((0, 0, 1, 2, 3, 4, 6)) + rng.randint(-1, 1)))
            hurts = intensity >= 3
            items.append(
                core.MobidScore(
                    item.key,
                    sound=hurts and rng.random() < 0.6,
                    face=hurts and rng.random() < 0.8,
                    defence=hurts and rng.random() < 0.5,
                    intensity=intensity,
                )
            )
        overall = max(s.intensity for s in items)
        at = datetime.combine(day, time(8, 30))
        regs.append(core.MobidRegistration(None, at, rng.choice(OBSERVERS), tuple(items), overall))
    return tuple(regs)


# --- the hand-written dozen --------------------------------------------------------------------


def _dozen(ctx: _Context) -> list[_Story]:
    """Thirteen patients over the three levels (more 1 than 2 than 3), each showing something
    the tab must handle: level changes both ways, an overdue stop point, dementia and MOBID-2, an
    interpreter, no known number, a home-death candidate, and two ended pathways."""
    t = ctx.today
    rng = random.Random(7)
    suffix = {tpl.key.rsplit(".", 1)[-1]: tpl.key for tpl in ctx.templates}

    def ago(days: int) -> date:
        return t - timedelta(days=days)

    def person(
        name: str, born: date, unit: str, individual: int | None, gp: int, kin: str, nurse: int
    ) -> core.Patient:
        surname = name.rsplit(" ", 1)[-1]
        return core.Patient(
            id=None,
            name=name,
            identity_number="" if individual is None else synthetic_number(born, individual),
            birth_date=born,
            address=f"{rng.choice(STREETS)} {rng.randint(1, 40)}",
            unit_id=ctx.units.get(unit),
            gp_name=GP_NAMES[gp],
            gp_phone=f"740 00 {100 + gp * 11:03d}",
            next_of_kin_name=f"{kin} {surname}",
            next_of_kin_phone=f"900 00 {rng.randint(100, 999)}",
            contact_nurse=NURSES[nurse],
        )

    def levels(*spec: tuple[int, int] | tuple[int, int, str]) -> tuple[tuple[date, int, str], ...]:
        """(days ago, level[, reason]); the usual reason when none is given."""
        result: list[tuple[date, int, str]] = []
        for days, level, *why in spec:
            usual = CHANGE_REASONS[(result[-1][1], level)] if result else START_REASONS[level]
            result.append((ago(days), level, why[0] if why else usual))
        return tuple(result)

    def points(*spec: tuple[Any, ...]) -> tuple[core.StopPoint, ...]:
        """(due days ago, evaluated days ago, outcome), or (due days ago,) for an open one."""
        return tuple(
            core.StopPoint(None, ago(due), *((ago(rest[0]), rest[1]) if rest else ()))
            for due, *rest in spec
        )

    def done(nurse: int, **days: int) -> dict[str, tuple[date, str]]:
        """Activities done, by the last part of their key: days ago."""
        return {suffix[k]: (ago(d), NURSES[nurse]) for k, d in days.items() if k in suffix}

    def acp(held: int, matters: str, place: str, cpr: str = "no_cpr") -> core.AdvanceCarePlan:
        return core.AdvanceCarePlan(
            held_on=ago(held),
            participants="Pasienten, pårørende, fastlege og kontaktsykepleier",
            what_matters=matters,
            preferred_place_of_care=place,
            preferred_place_of_death=place,
            hospital_admission="no" if cpr == "no_cpr" else "yes",
            respirator="no",
            cpr_status=cpr,
            infection_treatment="Antibiotika i tablettform kan vurderes; ikke intravenøst.",
            other_limits="Ingen sondeernæring.",
            flagged_in_record=True,
        )

    def team(gp: int, *roles: str) -> tuple[core.TeamMember, ...]:
        contacts = {**TEAM_CONTACTS, "gp": (GP_NAMES[gp], f"740 00 {100 + gp * 11:03d}")}
        return tuple(
            core.TeamMember(role, *contacts[role], ctx.units.get(TEAM_UNITS.get(role, "")))
            for role in roles
        )

    def esas(seed: int, first: int, last: int, count: int, severity: int) -> Any:
        return _esas_series(random.Random(seed), ago(first), ago(last), count, severity)

    def mobid(seed: int, first: int, count: int) -> tuple[core.MobidRegistration, ...]:
        return _mobid_series(random.Random(seed), ctx.mobid_form, ago(first), t, count)

    def home_death(nurse: int, count: int, first: int) -> tuple[core.ChecklistEntry, ...]:
        return tuple(
            core.ChecklistEntry(c.key, c.title, True, ago(first - n), NURSES[nurse])
            for n, c in enumerate(ctx.checklist[:count])
        )

    b = date
    breathless = tuple(  # a KOLS patient: tung pust 6-9 throughout
        replace(r, scores={**r.scores, "breathlessness": 6 + n % 4})
        for n, r in enumerate(esas(108, 42, 1, 7, 1))
    )
    return [
        _Story(
            person("Åse Prøvesen", b(1931, 3, 14), "Hjemmetjenesten Nord", 412, 0, "datter Liv", 0),
            levels((150, 1)),
            points((120, 118, OUTCOMES[0]), (90, 88, OUTCOMES[3]), (60, 60, OUTCOMES[5]), (-20,)),
            done(0, veiledning=140, flagg_hp=139, behandlingsavklaring=135, medisiner=130),
            (PREVENT[0], ""),
            acp(140, WHAT_MATTERS[0], "Hjemme"),
            PLAN_LEVEL_1,
            CHECKS,
            esas=esas(101, 100, 1, 4, 0),
        ),
        _Story(
            person(
                "Olav Eksempelstad", b(1928, 11, 2), "Hjemmetjenesten Sør", 233, 1, "sønn Arne", 1
            ),
            levels((200, 1, START_REASONS[1] + " Demens; MOBID-2 ved stell.")),
            points((170, 169, OUTCOMES[0]), (120, 119, "MOBID-2 viser smerte ved snuing."), (10,)),
            done(1, flagg_hp=190, behandlingsavklaring=185, mors_lytting=180),
            advance_care=acp(185, "Kjente stemmer og musikk fra ungdommen.", "Hjemme"),
            plan=PLAN_LEVEL_1,
            checks=CHECKS,
            esas=tuple(replace(r, filled_by="staff") for r in esas(102, 60, 1, 6, 1)),
            mobid=mobid(202, 90, 5),
        ),
        _Story(
            person("Gunvor Fiktivdal", b(1935, 6, 30), "Staup Helsehus", None, 2, "nevø Tore", 2),
            levels(
                (40, 2, "Kom fra sykehuset etter hjerneslag; usikkert forløp."),
                (12, 1, "Stabil etter hjerneslaget; rolig og oversiktlig."),
            ),
            points((26, 26, OUTCOMES[0]), (12, 12, "Stabil; forløp endret til 1."), (-6,)),
            done(2, veiledning=30, behandlingsavklaring=28, esas=35),
            (PREVENT[2], IMPROVE[1]),
            acp(30, WHAT_MATTERS[3], "Staup Helsehus, palliativ avdeling"),
            PLAN_LEVEL_1,
            CHECKS,
            esas=esas(103, 38, 1, 8, 1),
        ),
        _Story(
            person(
                "Ingvald Testrud",
                b(1926, 1, 19),
                "Hjemmetjenesten sentrum",
                101,
                3,
                "datter Berit",
                3,
            ),
            levels((9, 1)),
            points((-5,)),
            done(3, flagg_hp=7),
        ),
        _Story(
            person(
                "Ragnhild Oppdiktnes",
                b(1939, 9, 8),
                "Breidablikktunet omsorgssenter",
                318,
                4,
                "sønn Knut",
                4,
            ),
            levels((75, 1, START_REASONS[1] + " Langtkommen demens.")),
            points((45, 44, OUTCOMES[3]), (15, 15, OUTCOMES[0]), (-13,)),
            done(
                4,
                veiledning=70,
                flagg_hp=70,
                behandlingsavklaring=68,
                kontakt_kveld_helg=68,
                mors_lytting=60,
                medisiner=60,
            ),
            advance_care=acp(70, WHAT_MATTERS[4], "Sykehjemmet"),
            plan=PLAN_LEVEL_1,
            checks=CHECKS,
            mobid=mobid(205, 60, 4),
        ),
        _Story(
            person(
                "Sigurd Liksomvik", b(1933, 4, 22), "Ytterøy Helsetun", 144, 5, "ektefelle Aud", 5
            ),
            levels((160, 1)),
            points((130, 130, OUTCOMES[0]), (100, 99, "Ønsker å flytte nærmere datteren.")),
            done(5, veiledning=150, flagg_hp=150, medisiner=140),
            advance_care=acp(150, WHAT_MATTERS[1], "Sykehjemmet"),
            plan=PLAN_LEVEL_1,
            checks=CHECKS,
            esas=esas(106, 150, 95, 3, 0),
            end=(ago(95), "moved"),
        ),
        _Story(
            person(
                "Kari Demoberg", b(1952, 2, 5), "Hjemmetjenesten Nord", 275, 0, "samboer Leif", 0
            ),
            levels((90, 1), (56, 2)),
            points(
                (60, 58, "Ny kreftdiagnose; forløp vurderes til 2."), (28, 28, OUTCOMES[1]), (-1,)
            ),
            done(
                0,
                veiledning=80,
                flagg_hp=80,
                behandlingsavklaring=55,
                esas=54,
                plan_abc=50,
                fysio_ergo=40,
            ),
            (PREVENT[0], ""),
            acp(80, WHAT_MATTERS[1], "Hjemme, om mulig"),
            PLANS[0],
            CHECKS,
            contact=CONTACTS,
            team=team(0, "gp", "cancer_coordinator", "physio_ergo"),
            esas=esas(107, 56, 1, 8, 2),
        ),
        _Story(
            person(
                "Bjørn Skjemaøy", b(1947, 12, 11), "Hjemmetjenesten Sør", 356, 1, "datter Sissel", 1
            ),
            levels((70, 2, "Alvorlig KOLS med oksygen; ønsker å dø hjemme.")),
            points((42, 41, OUTCOMES[4]), (14, 13, OUTCOMES[2]), (-14,)),
            done(
                1,
                veiledning=65,
                flagg_hp=65,
                behandlingsavklaring=60,
                kontakt_kveld_helg=60,
                esas=60,
                hjemmedod=20,
                plan_abc=58,
            ),
            (PREVENT[1], ""),
            acp(65, "Å dø hjemme i egen seng, med datteren til stede.", "Hjemme"),
            PLANS[0],
            CHECKS,
            contact=CONTACTS,
            team=team(1, "gp", "physio_ergo"),
            esas=breathless,
            home_death=home_death(1, 6, 30),
        ),
        _Story(
            replace(
                person(
                    "Samira Eksempelbakken",
                    b(1958, 7, 27),
                    "Stokkbakken omsorgssenter",
                    421,
                    2,
                    "sønn Yusuf",
                    2,
                ),
                language="Arabisk",
                interpreter_needed=True,
            ),
            levels((50, 2, START_REASONS[2] + " Trenger tolk i samtaler.")),
            points((21, 20, "Samtale med tolk; plan A/B/C gjennomgått med familien."), (-7,)),
            done(2, veiledning=45, sprak=45, behandlingsavklaring=40, esas=40),
            (
                "Tolk bestilt til alle samtaler med lege; skriftlig plan på arabisk til familien.",
                "",
            ),
            acp(45, WHAT_MATTERS[2], "Stokkbakken omsorgssenter"),
            PLANS[1],
            CHECKS,
            contact=CONTACTS,
            team=team(2, "gp", "interpreter", "cancer_coordinator"),
            esas=esas(109, 45, 1, 6, 2),
        ),
        _Story(
            person("Tormod Fiktivnes", b(1944, 5, 3), "Staup Helsehus", 189, 3, "bror Oddvar", 3),
            levels((80, 3), (25, 2)),
            points(
                (50, 50, "Mange endringer; plan C brukt to ganger."),
                (25, 25, "Stabil; forløp 2."),
                (-3,),
            ),
            done(
                3,
                flagg_hp=78,
                behandlingsavklaring=75,
                esas=75,
                ressursteam=70,
                forberedt_plan=70,
                plan_abc=70,
            ),
            (PREVENT[2], IMPROVE[0]),
            acp(75, WHAT_MATTERS[2], "Staup Helsehus, palliativ avdeling"),
            PLANS[1],
            CHECKS,
            SCENARIOS[:2],
            CONTACTS,
            team(3, "gp", "palliative_team", "hospital"),
            esas=esas(110, 78, 1, 12, 2),
        ),
        _Story(
            person(
                "Marit Testbakken",
                b(1961, 10, 16),
                "Hjemmetjenesten Nord",
                247,
                4,
                "ektefelle Rolf",
                4,
            ),
            levels((120, 1), (84, 2), (35, 3)),
            points(
                (90, 88, OUTCOMES[1]),
                (60, 60, OUTCOMES[4]),
                (35, 35, "Rask forverring; forløp 3."),
                (7, 7, OUTCOMES[2]),
                (-4,),
            ),
            done(
                4,
                veiledning=110,
                flagg_hp=110,
                behandlingsavklaring=80,
                kontakt_kveld_helg=80,
                esas=80,
                hjemmedod=30,
                plan_abc=78,
                ressursteam=33,
                forberedt_plan=32,
            ),
            (PREVENT[0], IMPROVE[1]),
            acp(110, WHAT_MATTERS[0], "Hjemme"),
            PLANS[0],
            CHECKS,
            SCENARIOS,
            CONTACTS,
            team(4, "gp", "palliative_team", "cancer_coordinator", "physio_ergo"),
            esas=esas(111, 84, 1, 14, 3),
            home_death=home_death(4, 8, 30),
        ),
        _Story(
            person(
                "Halvard Demodal",
                b(1950, 8, 9),
                "Hjemmetjenesten sentrum",
                306,
                5,
                "datter Nora",
                5,
            ),
            levels((60, 2), (21, 3)),
            points(
                (30, 29, OUTCOMES[4]), (21, 21, "Innlagt to ganger på en uke; forløp 3."), (-2,)
            ),
            done(5, flagg_hp=55, behandlingsavklaring=50, esas=50, ressursteam=18),
            (PREVENT[1], IMPROVE[2]),
            acp(
                50,
                "Å få være med på barnebarnets konfirmasjon.",
                "Staup Helsehus, palliativ avdeling",
                "cpr",
            ),
            PLANS[1],
            CHECKS,
            SCENARIOS[::2],
            CONTACTS,
            team(5, "gp", "palliative_team", "hospital"),
            esas=esas(112, 56, 1, 10, 3),
        ),
        _Story(
            person(
                "Eilif Prøvesen", b(1940, 1, 28), "Hjemmetjenesten Sør", 128, 0, "ektefelle Gerd", 6
            ),
            levels((110, 2), (40, 3, "Økende tung pust og uro; mange endringer på kort varsel.")),
            points(
                (80, 79, OUTCOMES[1]),
                (40, 40, "Økende tung pust og uro; forløp 3."),
                (20, 20, OUTCOMES[2]),
            ),
            done(
                6,
                veiledning=100,
                flagg_hp=100,
                behandlingsavklaring=95,
                esas=95,
                hjemmedod=38,
                plan_abc=90,
                ressursteam=38,
                forberedt_plan=38,
                behov=37,
                plan_tilgjengelig=37,
            ),
            (PREVENT[0], IMPROVE[0]),
            acp(100, "Å dø hjemme, med kona og hunden i nærheten.", "Hjemme"),
            PLANS[0],
            CHECKS,
            SCENARIOS,
            CONTACTS,
            team(0, "gp", "palliative_team", "physio_ergo"),
            esas=esas(113, 100, 11, 12, 3),
            home_death=home_death(6, len(ctx.checklist), 38),
            end=(ago(10), "home_death"),
        ),
    ]


# --- writing through the services --------------------------------------------------------------


def _write_with_services(db: Database, actor: str, story: _Story, today: date) -> None:
    """Register one story as a coordinator would, one service call per operation."""
    now = datetime.combine(today, time.min)  # every registration lies before today
    (start, level, reason), *changes = story.levels
    pid = patient_service.create_patient(
        db, actor, story.patient, level=level, start_date=start, reason=reason, today=today
    )
    for changed_on, to_level, why in changes:
        pathway_service.change_level(
            db, actor, pid, level=to_level, changed_on=changed_on, reason=why, today=today
        )
    if any(story.questions):
        prevent, improve = story.questions
        pathway_service.save_questions(db, actor, pid, prevent=prevent, improve=improve)
    for point in story.stop_points:
        point_id = pathway_service.add_stop_point(db, actor, pid, point.due_on)
        if point.evaluated_on is not None:
            pathway_service.evaluate_stop_point(
                db,
                actor,
                pid,
                point_id,
                evaluated_on=point.evaluated_on,
                outcome=point.outcome,
                today=today,
            )
    with db.session() as session:  # ids and keys only, to address the checklist's lines
        items = session.execute(
            select(m.ActivityItem.id, m.ActivityItem.key)
            .join(m.Pathway, m.Pathway.id == m.ActivityItem.pathway_id)
            .where(m.Pathway.patient_id == pid)
        ).all()
    for item_id, key in items:
        if key in story.done:
            on, by = story.done[key]
            item = core.ActivityItem(item_id, key, "", "", True, done=True, done_on=on, done_by=by)
            pathway_service.record_activity(db, actor, pid, item, today=today)
    if story.advance_care is not None:
        pathway_service.save_advance_care(db, actor, pid, story.advance_care, today=today)
    if story.plan:
        pathway_service.save_plan_abc(db, actor, pid, story.plan, story.checks)
    if story.scenarios or story.contact != core.ContactPlan():
        pathway_service.save_acute_preparation(db, actor, pid, story.scenarios, story.contact)
    if story.team:
        pathway_service.save_team(db, actor, pid, story.team)
    for esas in story.esas:
        assessment_service.add_esas(db, actor, pid, esas, now=now)
    for mobid in story.mobid:
        assessment_service.add_mobid(db, actor, pid, mobid, now=now)
    for entry in story.home_death:
        pathway_service.record_home_death(db, actor, pid, entry, today=today)
    if story.end is not None:
        ended_on, how = story.end
        pathway_service.end_pathway(db, actor, pid, ended_on=ended_on, reason=how, today=today)


# --- the generator ---------------------------------------------------------------------------


def _generate(ctx: _Context, rng: random.Random, taken: set[str], names: set[Any]) -> _Story:
    """One fictional patient with a plausible history. `taken` (numbers) and `names` (name and
    birth date of those without a number) keep the generated patients apart."""
    t = ctx.today
    born = date(rng.randint(1922, 1962), rng.randint(1, 12), rng.randint(1, 28))
    first = rng.choice(FIRST_NAMES)
    if rng.random() < 0.3:
        first = f"{first} {rng.choice(FIRST_NAMES)}"
    surname = rng.choice(SURNAMES)
    name = f"{first} {surname}"
    number = ""
    if rng.random() < 0.97:
        number = synthetic_number(born, rng.randrange(500), taken)
        taken.add(number)
    else:
        while (name, born) in names:
            born += timedelta(days=1)
        names.add((name, born))
    unit_names, weights = zip(*PATIENT_UNITS, strict=True)
    gp = rng.randrange(len(GP_NAMES))
    interpreter = rng.random() < 0.04
    patient = core.Patient(
        id=None,
        name=name,
        identity_number=number,
        birth_date=born,
        address=f"{rng.choice(STREETS)} {rng.randint(1, 80)}",
        language="Polsk" if interpreter else "",
        interpreter_needed=interpreter,
        unit_id=ctx.units.get(rng.choices(unit_names, weights)[0]),
        gp_name=GP_NAMES[gp],
        gp_phone=f"740 00 {100 + gp * 11:03d}",
        next_of_kin_name=f"{rng.choice(KIN)} {rng.choice(FIRST_NAMES)} {surname}",
        next_of_kin_phone=f"900 {rng.randint(10, 99)} {rng.randint(100, 999)}",
        contact_nurse=rng.choice(NURSES),
    )

    duration = rng.randint(14, 400)
    start = t - timedelta(days=duration)
    end = None
    if rng.random() < 0.15:
        end = (t - timedelta(days=rng.randint(1, duration)), rng.choice(tuple(core.END_REASONS)))
    last = end[0] if end else t
    level = rng.choices((1, 2, 3), (55, 30, 15))[0]
    levels = [(start, level, START_REASONS[level])]
    for _ in range(rng.choices((0, 1, 2), (60, 30, 10))[0]):
        since, before, _why = levels[-1]
        room = (last - since).days
        if room < 2:
            break
        level = rng.choice([lv for lv in core.LEVEL_LABELS if lv != before])
        levels.append(
            (
                since + timedelta(days=rng.randint(1, room - 1)),
                level,
                CHANGE_REASONS[(before, level)],
            )
        )

    points = []
    due = start + timedelta(days=28)
    while due < last:
        evaluated = due + timedelta(days=rng.randint(0, 2))
        if evaluated <= last:
            points.append(core.StopPoint(None, due, evaluated, rng.choice(OUTCOMES)))
        due += timedelta(days=rng.choice((14, 28, 28, 42)))
    if end is None:
        due = t + timedelta(days=-rng.randint(1, 10) if rng.random() < 0.1 else rng.randint(1, 28))
        points.append(core.StopPoint(None, max(due, start)))

    def some_day() -> date:
        return start + timedelta(days=rng.randrange(max((last - start).days, 1)))

    acp = None
    if rng.random() < 0.75:
        place = rng.choice(PLACES)
        acp = core.AdvanceCarePlan(
            held_on=some_day(),
            participants="Pasienten, pårørende og kontaktsykepleier",
            what_matters=rng.choice(WHAT_MATTERS),
            preferred_place_of_care=place,
            preferred_place_of_death=place,
            hospital_admission=rng.choice(("", "no", "no", "yes")),
            respirator=rng.choice(("", "no", "no")),
            cpr_status=rng.choice(("", "no_cpr", "no_cpr", "cpr")),
            flagged_in_record=rng.random() < 0.7,
        )
    severe = level >= 2
    home = severe and acp is not None and acp.preferred_place_of_death.startswith("Hjemme")
    members = (
        ("gp", patient.gp_name, patient.gp_phone),
        ("palliative_team", *TEAM_CONTACTS["palliative_team"]),
        ("physio_ergo", *TEAM_CONTACTS["physio_ergo"]),
    )
    return _Story(
        patient=patient,
        levels=tuple(levels),
        stop_points=tuple(points),
        done={
            tpl.key: (some_day(), patient.contact_nurse)
            for tpl in ctx.templates
            if rng.random() < 0.55
        },
        questions=(rng.choice(PREVENT), rng.choice(IMPROVE) if level == 3 else ""),
        advance_care=acp,
        plan=rng.choice(PLANS) if severe else PLAN_LEVEL_1 if rng.random() < 0.5 else (),
        checks=CHECKS if severe else core.PlanChecks(),
        scenarios=SCENARIOS[: rng.randint(1, 3)] if level == 3 else (),
        contact=CONTACTS if severe else core.ContactPlan(),
        team=tuple(
            core.TeamMember(*mb, unit_id=ctx.units.get(TEAM_UNITS[mb[0]]))
            for mb in members[: level + 1]
        )
        if severe
        else (),
        esas=_esas_series(
            rng,
            start,
            last,
            (0, rng.randint(4, 22), rng.randint(12, 38), rng.randint(20, 46))[level],
            rng.randint(0, level),
        ),
        mobid=_mobid_series(rng, ctx.mobid_form, start, last, rng.randint(1, 4))
        if rng.random() < 0.05
        else (),
        home_death=tuple(
            core.ChecklistEntry(c.key, c.title, True, some_day(), patient.contact_nurse)
            for c in ctx.checklist[: rng.randint(2, len(ctx.checklist))]
        )
        if home
        else (),
        end=end,
    )


# --- bulk inserts ------------------------------------------------------------------------------

_ACP_FIELDS = tuple(f.name for f in fields(core.AdvanceCarePlan))
_PATHWAY_COLUMNS = """patient_id level start_date status ended_on end_reason prevent_escalation
    enable_improvement check_holidays check_staffing check_acute contact_evening contact_night
    contact_weekend contact_holiday extra_visits"""


def _put(
    session: Session, model: Any, columns: str, rows: Iterable[Sequence[Any]], ids: bool = False
) -> list[int]:
    """Insert rows given as tuples in the order of `columns` (space-separated) with one
    executemany; with `ids`, the new rows' ids in the order of `rows`."""
    names = columns.split()
    params = [dict(zip(names, row, strict=True)) for row in rows]
    if not params:
        return []
    table = model.__table__
    if not ids:
        session.execute(insert(table), params)
        return []
    query = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(session.execute(query, params).scalars())


def _steps(story: _Story) -> tuple[core.PlanStep, ...]:
    """Plan A, B and C: every pathway has the three rows, as `create_patient` makes them."""
    return story.plan or tuple(core.PlanStep(letter) for letter in core.PLAN_STEPS)


def _activity_rows(pathway_id: int, story: _Story, ctx: _Context) -> Iterator[tuple[Any, ...]]:
    """The checklist as the services leave it after the story's level changes."""
    required: dict[str, bool] = {}
    added: list[ActivityTemplate] = []
    for _day, level, _why in story.levels:
        change = core.reconcile_checklist(ctx.templates, required, level)
        required.update(change.required)
        required.update((tpl.key, True) for tpl in change.add)
        added += change.add
    for sort, tpl in enumerate(added, 1):
        on, by = story.done.get(tpl.key, (None, ""))
        yield (
            pathway_id,
            tpl.key,
            tpl.group,
            tpl.title,
            required[tpl.key],
            on is not None,
            on,
            by,
            sort,
        )


def _insert(session: Session, stories: Sequence[_Story], ctx: _Context, actor: str) -> None:
    """Write generated stories with one insert per table, the rows as the services make them:
    search text, the checklist by `reconcile_checklist`, the highest ESAS-r score."""
    patient_ids = _put(
        session,
        m.Patient,
        " ".join((*PATIENT_FIELDS, "search_text")),
        (
            (
                *(
                    getattr(s.patient, f) or None
                    if f == "identity_number"
                    else getattr(s.patient, f)
                    for f in PATIENT_FIELDS
                ),
                search_text(s.patient),
            )
            for s in stories
        ),
        ids=True,
    )
    pathway_ids = _put(
        session,
        m.Pathway,
        _PATHWAY_COLUMNS,
        (
            (
                pid,
                s.levels[-1][1],
                s.levels[0][0],
                core.ENDED if s.end else core.ACTIVE,
                s.end[0] if s.end else None,
                s.end[1] if s.end else "",
                *s.questions,
                s.checks.holidays,
                s.checks.staffing,
                s.checks.acute_changes,
                s.contact.evening,
                s.contact.night,
                s.contact.weekend,
                s.contact.holiday,
                s.contact.extra_visits,
            )
            for pid, s in zip(patient_ids, stories, strict=True)
        ),
        ids=True,
    )
    pairs = list(zip(pathway_ids, stories, strict=True))
    _put(
        session,
        m.LevelChange,
        "pathway_id changed_on from_level to_level reason actor",
        (
            (pid, day, s.levels[n - 1][1] if n else None, level, why, actor)
            for pid, s in pairs
            for n, (day, level, why) in enumerate(s.levels)
        ),
    )
    _put(
        session,
        m.StopPoint,
        "pathway_id due_on evaluated_on outcome",
        ((pid, p.due_on, p.evaluated_on, p.outcome) for pid, s in pairs for p in s.stop_points),
    )
    _put(
        session,
        m.ActivityItem,
        "pathway_id key group title required done done_on done_by sort",
        (row for pid, s in pairs for row in _activity_rows(pid, s, ctx)),
    )
    _put(
        session,
        m.AdvanceCarePlan,
        " ".join(("pathway_id", *_ACP_FIELDS)),
        (
            (pid, *(getattr(s.advance_care, f) for f in _ACP_FIELDS))
            for pid, s in pairs
            if s.advance_care is not None
        ),
    )
    steps = [step for _pid, s in pairs for step in _steps(s)]
    step_ids = _put(
        session,
        m.PlanStep,
        "pathway_id step applies_when measures call_whom",
        (
            (pid, step.step, step.applies_when, step.measures, step.call_whom)
            for pid, s in pairs
            for step in _steps(s)
        ),
        ids=True,
    )
    _put(
        session,
        m.MedicationLine,
        "plan_step_id sort drug dose route interval max_per_day",
        (
            (step_id, n, med.drug, med.dose, med.route, med.interval, med.max_per_day)
            for step_id, step in zip(step_ids, steps, strict=True)
            for n, med in enumerate(step.medications)
        ),
    )
    _put(
        session,
        m.AcuteScenario,
        "pathway_id sort foreseen scenario action call_whom",
        (
            (pid, n, sc.foreseen, sc.scenario, sc.action, sc.call_whom)
            for pid, s in pairs
            for n, sc in enumerate(s.scenarios)
        ),
    )
    _put(
        session,
        m.TeamMember,
        "pathway_id sort role name contact unit_id",
        (
            (pid, n, tm.role, tm.name, tm.contact, tm.unit_id)
            for pid, s in pairs
            for n, tm in enumerate(s.team)
        ),
    )
    esas_columns = " ".join(("pathway_id at filled_by max_score", *ESAS_KEYS))

    def esas_row(pid: int, reg: core.EsasRegistration) -> tuple[Any, ...]:
        values = [v for v in (*reg.scores.values(), *(v for _n, v in reg.others)) if v is not None]
        return (
            pid,
            reg.at,
            reg.filled_by,
            max(values, default=None),
            *(reg.scores[k] for k in ESAS_KEYS),
        )

    regs = [(pid, reg) for pid, s in pairs for reg in s.esas]
    _put(
        session, m.EsasRegistration, esas_columns, (esas_row(p, r) for p, r in regs if not r.others)
    )
    with_others = [reg for _pid, reg in regs if reg.others]
    other_ids = _put(
        session,
        m.EsasRegistration,
        esas_columns,
        (esas_row(p, r) for p, r in regs if r.others),
        ids=True,
    )
    _put(
        session,
        m.EsasOther,
        "registration_id sort name score",
        (
            (reg_id, n, name, score)
            for reg_id, reg in zip(other_ids, with_others, strict=True)
            for n, (name, score) in enumerate(reg.others)
        ),
    )
    mobids = [reg for _pid, s in pairs for reg in s.mobid]
    mobid_ids = _put(
        session,
        m.MobidRegistration,
        "pathway_id at observer overall",
        ((pid, r.at, r.observer, r.overall) for pid, s in pairs for r in s.mobid),
        ids=True,
    )
    _put(
        session,
        m.MobidScore,
        "registration_id item sound face defence intensity",
        (
            (reg_id, sc.item, sc.sound, sc.face, sc.defence, sc.intensity)
            for reg_id, reg in zip(mobid_ids, mobids, strict=True)
            for sc in reg.items
        ),
    )
    _put(
        session,
        m.HomeDeathCheck,
        "pathway_id key title done done_on done_by note",
        (
            (pid, c.key, c.title, c.done, c.done_on, c.done_by, c.note)
            for pid, s in pairs
            for c in s.home_death
        ),
    )
    now = datetime.now()
    _put(
        session,
        m.AccessLog,
        "at actor action patient_id",
        ((now, actor, "create", pid) for pid in patient_ids),
    )


# --- entry point -----------------------------------------------------------------------------

CHUNK = 1000  # generated patients per transaction


def _context(db: Database, today: date) -> _Context:
    wanted = {name for name, _w in PATIENT_UNITS} | set(TEAM_UNITS.values())
    with db.session() as session:
        rows = session.execute(
            select(m.Unit.id, m.Unit.name).where(m.Unit.name.in_(wanted)).order_by(m.Unit.id)
        ).all()
    units: dict[str, int] = {}
    for unit_id, name in rows:
        units.setdefault(name, unit_id)
    return _Context(
        today=today,
        units=units,
        templates=load_activity_templates(db.site_dir),
        checklist=load_home_death_checklist(db.site_dir),
        mobid_form=load_mobid_form(db.site_dir),
    )


def _registered(db: Database) -> tuple[set[str], set[tuple[str, date]]]:
    """Numbers already in use, and name + birth date of patients registered without one."""
    with db.session() as session:
        rows = session.execute(
            select(m.Patient.identity_number, m.Patient.name, m.Patient.birth_date)
        ).all()
    numbers = {number for number, _n, _b in rows if number}
    unnumbered = {(name, born) for number, name, born in rows if not number}
    return numbers, unnumbered


def _is_registered(patient: core.Patient, numbers: set[str], unnumbered: set[Any]) -> bool:
    if patient.identity_number:
        return patient.identity_number in numbers
    return (patient.name, patient.birth_date) in unnumbered


def load_sample_patients(
    db: Database,
    actor: str,
    *,
    count: int | None = None,
    today: date | None = None,
    seed: int = 2026,
) -> int:
    """Add the hand-written sample patients, or `count` generated ones from `seed`; returns how
    many were added. A sample patient already registered (same number, or same name and birth
    date when it has none) is skipped, so loading twice adds nothing."""
    today = today or date.today()
    ctx = _context(db, today)
    numbers, unnumbered = _registered(db)
    if count is None:
        added = 0
        for story in _dozen(ctx):
            if not _is_registered(story.patient, numbers, unnumbered):
                _write_with_services(db, actor, story, today)
                added += 1
        return added
    rng = random.Random(seed)
    dozen = _dozen(ctx)  # generated patients never take a hand-written one's number or name
    taken = {s.patient.identity_number for s in dozen} - {""}
    names: set[Any] = {(s.patient.name, s.patient.birth_date) for s in dozen}
    added = 0
    for first in range(0, count, CHUNK):
        stories = [_generate(ctx, rng, taken, names) for _ in range(min(CHUNK, count - first))]
        fresh = [s for s in stories if not _is_registered(s.patient, numbers, unnumbered)]
        with db.session() as session:
            _insert(session, fresh, ctx, actor)
        added += len(fresh)
    return added
