"""Sample meetings: the four series of the seed documents, each with a year of fictional meetings
up to `today`, and a bulk generator of many years of weekly meetings for the benchmarks.

The series, their members and the units that must be represented follow the seed slides and the
sample organisation chart: a member picked from the chart is the person named there, or the
position's title where the chart names nobody; nobody is made up. What happened at the meetings
(attendance, minutes, figures, action items, pathway reviews, training needs) is invented, dated
relative to `today`, and written through the services, one call per user operation, so every rule
and the access log apply. A seeded random generator keeps it the same for the same `today`.

The benchmark generator (`generate_meeting_years`) writes its meetings with bulk inserts
instead: a service call per row would take minutes for five years of a weekly meeting.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from helsehus_desktop.core import meetings as core
from helsehus_desktop.core.holidays_no import is_holiday
from helsehus_desktop.core.recurrence import RecurrenceRule, schedule
from helsehus_desktop.store import competence_service, meeting_service, review_service
from helsehus_desktop.store import models as m
from helsehus_desktop.store.database import Database

# --- the series of the seed documents --------------------------------------------------------


@dataclass(frozen=True)
class _Who:
    """A member as the seed gives them: the unit they represent (a unit key of the sample chart),
    the chart position when the chart has it, the title to show when it has nobody, a role."""

    unit: str
    position: str = ""
    title: str = ""
    role: str = ""


@dataclass(frozen=True)
class _SeriesSpec:
    kind: str
    name: str
    purpose: str
    organiser: str
    place: str
    start_time: str
    rule: RecurrenceRule | None
    members: tuple[_Who, ...]
    required: tuple[str, ...] = ()  # unit keys


EXTENDED_NAME = "Utvidet ressursgruppe palliasjon"
CORE_GROUP_NAME = "Kjernegruppe palliasjon hjemmetjenesten"
INTERDISCIPLINARY_NAME = "Tverrfaglig samhandlingsmøte"
WORKING_GROUP_NAME = "Arbeidsgruppe 2025"

_RESOURCE_GROUP_UNITS = (
    ("staup-helsehus", "ressursgruppe-staup-helsehus", "Representant Staup Helsehus"),
    ("breidablikktunet", "ressursgruppe-breidablikktunet", "Representant Breidablikktunet"),
    ("stokkbakken", "ressursgruppe-stokkbakken", "Representant Stokkbakken"),
    (
        "levanger-bo-og-aktivitetssenter",
        "ressursgruppe-levanger-bo-og-aktivitetssenter",
        "Representant Levanger bo- og aktivitetssenter",
    ),
    ("ytteroy-helsetun", "ressursgruppe-ytteroy-helsetun", "Representant Ytterøy Helsetun"),
    (
        "hjemmetjenesten-nord",
        "ressursgruppe-hjemmetjenesten-nord",
        "Representant Hjemmetjenesten Nord",
    ),
    (
        "hjemmetjenesten-sor",
        "ressursgruppe-hjemmetjenesten-sor",
        "Representant Hjemmetjenesten Sør",
    ),
)

SERIES = (
    _SeriesSpec(
        core.EXTENDED,
        EXTENDED_NAME,
        "Hjemmetjenesten innkaller utvidet ressursgruppe fire ganger per driftsår. Representanter "
        "fra institusjonene og hjemmetjenesten deler erfaringer fra de palliative forløpene, "
        "samordner rutiner og følger opp kompetansen i tjenestestedene.",
        "Hjemmetjenesten",
        "Staup Helsehus, møterommet",
        "13:00",
        RecurrenceRule.quarterly(weekday=1),  # first Tuesday of February, May, September, November
        tuple(_Who(unit, position, title) for unit, position, title in _RESOURCE_GROUP_UNITS),
        tuple(unit for unit, _p, _t in _RESOURCE_GROUP_UNITS),
    ),
    _SeriesSpec(
        core.CORE_GROUP,
        CORE_GROUP_NAME,
        "Kjernegruppen «monitorerer» forekomsten av palliative pasienter og vurderer "
        "pasientforløpene i hjemmetjenesten en gang i uka. Utvikler «case management» som verktøy "
        "for å vurdere behov for utvidet kompetanse i forløpene.",
        "Hjemmetjenesten",
        "Hjemmetjenesten Nord, møterommet",
        "14:00",
        RecurrenceRule(weekday=2),  # every Wednesday
        (
            _Who("hjemmetjenesten-nord", "nord-aabakken", role="Kontaktperson palliasjon"),
            _Who("hjemmetjenesten-nord", title="Fagkoordinator", role="Mottaksapparat Avd. Nord"),
            _Who("hjemmetjenesten-sor", title="Bente Brekstad", role="Kontaktperson, Avd. Sør"),
            _Who("hjemmetjenesten-sor", title="Fagkoordinator", role="Mottaksapparat Avd. Sør"),
            _Who("hjemmetjenesten-sentrum", title="Fagkoordinator", role="Hjemmetjenesten sentrum"),
            _Who("kreftkoordinator", "kreftkoordinator-brenne", role="Kreftkoordinator"),
        ),
        ("hjemmetjenesten-nord", "hjemmetjenesten-sor", "hjemmetjenesten-sentrum"),
    ),
    _SeriesSpec(
        core.INTERDISCIPLINARY,
        INTERDISCIPLINARY_NAME,
        "Hver mandag møtes samarbeidende avdelinger til operativt møte som omhandler "
        "«monitorering» av tjenesteproduksjon, samt behov for samhandling mellom tjenester. "
        "Alle deler av helseområdet er representert.",
        "Enhet hjemme- og institusjonstjenester",
        "Staup Helsehus, møterommet",
        "09:00",
        RecurrenceRule.every_monday(),
        (
            _Who("staup-helsehus", "staup-avdelingsleder", role="Avdelingsleder"),
            _Who("staup-helsehus", "staup-teamleder", role="Teamleder / ansvarsvakt"),
            _Who("breidablikktunet", title="Avdelingsleder"),
            _Who("stokkbakken", title="Avdelingsleder"),
            _Who("ytteroy-helsetun", title="Avdelingsleder"),
            _Who("hjemmetjenesten-nord", title="Avdelingsleder"),
            _Who("hjemmetjenesten-sor", title="Avdelingsleder"),
            _Who("hjemmetjenesten-sentrum", title="Avdelingsleder"),
            _Who("forvaltning-helse-og-omsorg", "forvaltning-ronning", role="Fagleder forvaltning"),
            _Who("ergo-fysioterapi", title="Avdelingsleder"),
            _Who("enhet-bolig-og-mestring", title="Enhetsleder"),
        ),
        (
            "staup-helsehus",
            "breidablikktunet",
            "stokkbakken",
            "ytteroy-helsetun",
            "hjemmetjenesten-nord",
            "hjemmetjenesten-sor",
            "hjemmetjenesten-sentrum",
            "forvaltning-helse-og-omsorg",
            "ergo-fysioterapi",
            "enhet-bolig-og-mestring",
        ),
    ),
    _SeriesSpec(
        core.AD_HOC,
        WORKING_GROUP_NAME,
        "Oppfølging av vedtak: det legges frem en sak for politisk behandling om status for "
        "kreft- og palliasjonsarbeid i Levanger kommune, og hvordan det jobbes for å følge opp de "
        "kritiske områdene i risikoanalysen koordinator har utarbeidet. Saken skal inneholde "
        "oversikt over hvilken kompetanse som fins innenfor kreft- og palliasjonsarbeid, og "
        "hvilken plan kommunen har for kompetanseutvikling. Det skal også foretas en "
        "risikoanalyse av de relevante parter i fellesskap.",
        "Kommuneoverlege, prosjektleder",
        "Staup Helsehus, møterommet",
        "12:30",
        None,
        (  # the seed's members and roles, in the seed's order
            _Who("", "ag2025-rehn", role="Kommuneoverlege, prosjektleder"),
            _Who("staup-helsehus", "ag2025-agdestein", role="Tilsynslege Staup helsehus"),
            _Who("staup-helsehus", "ag2025-aas", role="Avdelingsleder Staup helsehus"),
            _Who("hjemmetjenesten-nord", "ag2025-aabakken", role="Hjemmetjenesten Nord"),
            _Who("forvaltning-helse-og-omsorg", "ag2025-ronning", role="Fagleder forvaltning"),
            _Who("kreftkoordinator", "ag2025-brenne", role="Kreftkoordinator"),
            _Who("", "ag2025-aasan", role="Hovedtillitsvalgt NSF"),
            _Who("", "ag2025-leite", role="TV Fagforbundet"),
        ),
    ),
)

# Who comes instead when a member sends a deputy: titles, never people.
DEPUTIES = (
    "Assisterende avdelingsleder",
    "Fagkoordinator",
    "Driftskoordinator",
    "Teamleder / ansvarsvakt",
    "Sykepleier med fagansvar",
)
# The unit that sends nobody to one Monday meeting, so the minutes show a missing unit.
MISSING_UNIT = "ytteroy-helsetun"
SUMMER_WEEKS = range(28, 32)  # the core group does not meet in these weeks of July
WINDOW_DAYS = 365  # how far back the sample's meetings go
RECENT = 6  # the weekly series' last meetings written through the services; older ones in bulk


# --- reading the sample chart ----------------------------------------------------------------


@dataclass(frozen=True)
class _Chart:
    units: dict[str, int]  # key -> id
    unit_names: dict[int, str]
    positions: dict[str, tuple[int, str, str]]  # key -> (id, title, person)


def _chart(db: Database) -> _Chart:
    with db.session() as session:
        units = session.execute(select(m.Unit.key, m.Unit.id, m.Unit.name)).all()
        positions = session.execute(
            select(m.Position.key, m.Position.id, m.Position.title, m.Position.person_name)
        ).all()
    return _Chart(
        units={key: uid for key, uid, _n in units},
        unit_names={uid: name for _k, uid, name in units},
        positions={key: (pid, title, person) for key, pid, title, person in positions},
    )


def _member(who: _Who, chart: _Chart) -> core.Member | None:
    """The member as the chart has them: the named person of the position, or its title."""
    unit_id = chart.units.get(who.unit)
    if who.position in chart.positions:
        position_id, title, person = chart.positions[who.position]
        name = person or title
        return core.Member(None, name, unit_id, "" if who.role == name else who.role, position_id)
    if not who.title:
        return None
    return core.Member(None, who.title, unit_id, who.role)


def _series(spec: _SeriesSpec, chart: _Chart) -> core.Series:
    members = tuple(mb for mb in (_member(w, chart) for w in spec.members) if mb is not None)
    return core.Series(
        id=None,
        kind=spec.kind,
        name=spec.name,
        purpose=spec.purpose,
        organiser=spec.organiser,
        place=spec.place,
        start_time=spec.start_time,
        rule=spec.rule,
        members=members,
        required_unit_ids=tuple(chart.units[k] for k in spec.required if k in chart.units),
    )


# --- what the meetings talk about --------------------------------------------------------------


def _count(n: int, one: str, many: str) -> str:
    return f"ingen {many}" if n == 0 else f"{n} {one if n == 1 else many}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# (key, lowest, highest, start) of the random walks of the figures.
FIGURE_WALKS = {
    "free_institution_places": (0, 7, 3),
    "free_care_home_places": (0, 5, 2),
    "discharge_ready_help": (0, 7, 3),
    "palliative_help": (0, 5, 2),
    "challenging_behaviour_help": (0, 3, 1),
    "training_procedures": (0, 3, 1),
    "training_equipment": (0, 2, 0),
    "training_assessment": (0, 2, 0),
    "active_pathways": (5, 14, 9),
    "new_pathways": (0, 3, 1),
}
FIGURE_NOTES = {
    "free_institution_places": (
        "Korttidsplass på Staup Helsehus ledig fra onsdag.",
        "Én plass holdes av til pasient fra palliativ avdeling.",
        "Rehabiliteringsavdelingen har én ledig plass.",
    ),
    "free_care_home_places": (
        "Breidablikktunet har en ledig bolig etter flytting.",
        "Stokkbakken: ledig bolig etter oppussing.",
    ),
    "discharge_ready_help": (
        "To meldinger fra medisinsk avdeling i helgen.",
        "Én venter på hjelpemidler før hjemreise.",
    ),
    "palliative_help": (
        "Ett forløp 3 trenger ekstra hjemmebesøk på kveld.",
        "Kjernegruppen følger opp forløpene.",
    ),
    "challenging_behaviour_help": ("Forsterket demensavdeling gir veiledning.",),
    "training_procedures": ("Subkutan nål på kveld.", "Sjekkliste ved forventet hjemmedød."),
    "training_equipment": ("Smertepumpe.", "Oksygenkonsentrator."),
    "training_assessment": ("ESAS-r i HP.", "MOBID-2 ved stell."),
    "new_pathways": ("Meldt fra mottaksapparatet Avd. Nord.",),
}

MONDAY_EXTRA = {
    "places": (
        "",
        "Korttidsavdelingen har høyt belegg; KAD-sengen er ledig.",
        "Venteliste omsorgsbolig gjennomgått sammen med forvaltningen.",
    ),
    "discharge": (
        "",
        "Meldingene fra sykehuset er fulgt opp samme dag; ingen overliggere.",
        "Hjelpemidler bestilt før hjemreise; ergoterapeut følger opp.",
        "Én venter på plass i omsorgsbolig; hjemmetjenesten tar imot i mellomtiden.",
    ),
    "palliative": (
        "",
        "Kjernegruppen har vurdert forløpene i hjemmetjenesten.",
        "Palliativ avdeling på Staup har én ledig seng.",
        "Plan A/B/C gjennomgått før helgen i to forløp.",
    ),
    "behaviour": (
        "",
        "Hukommelseskoordinator kobles inn.",
        "Forsterket demensavdeling bistår med veiledning av personalet.",
    ),
    "other": (
        "Ingen saker.",
        "Ingen saker.",
        "Felles rutine for morgenmøtet prøves ut på Staup Helsehus.",
        "Påminnelse: fagdag palliasjon neste måned.",
        "Ferieavvikling: bemanningsplan for sommeren sendes ut.",
    ),
}
MONDAY_ACTIONS = (
    ("Avklare korttidsplass for UK-pasient fra medisinsk avdeling", "Teamleder / ansvarsvakt"),
    ("Kartlegge behov for sykehusseng i Hjemmetjenesten Sør", "Avdelingsleder"),
    ("Opplæring i subkutan nål for nyansatte på kveld", "Fagkoordinator"),
    ("Sende oversikt over ledige omsorgsboliger til forvaltningen", "Fagleder forvaltning"),
    ("Avtale veiledning fra forsterket demensavdeling", "Avdelingsleder"),
    ("Utkast til felles rutine for morgenmøtet", "Teamleder / ansvarsvakt"),
    ("Bestille opplæring i smertepumpe", "Fagkoordinator"),
    ("Følge opp hjelpemidler før hjemreise", "Ergo- og fysioterapitjenesten"),
)
CORE_ACTIONS = (
    ("Sjekke at plan A/B/C ligger under flagg palliasjon i HP for alle forløp 3", "Fagkoordinator"),
    ("Utkast til vurderingsskjema for case management", "Kontaktperson palliasjon"),
    ("Avtale samtale med fastlege om behandlingsavklaring i to forløp", "Fagkoordinator"),
    ("Oversikt over forløp med stopp-punkt neste uke", "Kontaktperson palliasjon"),
    ("Spørre palliativt team SL om veiledning i et forløp 3", "Kreftkoordinator"),
)
CORE_CASE = (
    "Drøftet når et forløp trenger utvidet kompetanse: flere akutte endringer samme uke, eller "
    "ESAS-r 7 eller mer flere dager på rad.",
    "Utkast til vurderingsskjema gjennomgått; justeres til neste møte.",
    "Ingen forløp trenger utvidet kompetanse denne uka.",
    "Ett forløp drøftes med palliativt team SL.",
)
ASSESSMENTS = {
    1: (
        "Rolig og oversiktlig forløp; ingen nye plager meldt.",
        "Stabil. Pårørende godt informert om planen.",
    ),
    2: (
        "Økende smerter om kvelden; plan B er brukt to ganger siste uke.",
        "ESAS-r viser mer slapphet; fastlegen er orientert.",
        "Stabil på justert plan; hjelpemidler på plass.",
    ),
    3: (
        "Flere akutte endringer siste uke; behov for utvidet kompetanse vurdert.",
        "Tung pust og uro om natta; plan C gjennomgått med pårørende.",
    ),
}
FOLLOW_UPS = (
    "Ny vurdering ved neste stopp-punkt.",
    "Kontaktsykepleier følger opp med fastlegen før helgen.",
    "Tas opp igjen i kjernegruppen neste uke.",
    "Ekstra hjemmebesøk på kveld inntil videre.",
)

# The extended resource group's themes, one meeting after another.
EXTENDED_AGENDAS = (
    (
        (
            "Erfaringer fra forløp siden sist",
            "Hver representant fortalte om ett forløp. To forløp gikk fra 2 til 3 uten at "
            "plan C var klar.",
            "Kjernegruppen tar opp forløp 2 med økende smerter tidligere.",
        ),
        (
            "Felles sjekkliste ved forventet hjemmedød",
            "Utkast fra hjemmetjenesten gjennomgått punkt for punkt.",
            "Sjekklisten tas i bruk i alle tjenestestedene.",
        ),
        ("Kompetanse", "Oversikt over hvem som har grunnkurs i palliasjon, per tjenestested.", ""),
    ),
    (
        (
            "Plan A/B/C over helligdager",
            "Medisiner for fem døgn i hjemmet før påske fungerte godt.",
            "Rutinen videreføres før jul.",
        ),
        (
            "Hospitering på palliativ avdeling",
            "Staup Helsehus tar imot to om gangen, en uke hver.",
            "To fra hvert tjenestested hospiterer i høst.",
        ),
        ("Eventuelt", "Ingen saker.", ""),
    ),
    (
        (
            "Mors og lytting: veiledningen i Compilo",
            "Veiledningen er kjent i institusjonene, mindre i hjemmetjenesten.",
            "Gjennomgås på personalmøtene i alle tjenestesteder.",
        ),
        (
            "MOBID-2 ved demens",
            "Erfaringer fra Breidablikktunet: kartlegging ved morgenstell gir bedre grunnlag.",
            "",
        ),
        (
            "Kompetanse",
            "Nye i ressursgruppen ønsker kurs i kommunikasjon ved livets slutt.",
            "",
        ),
    ),
    (
        (
            "Årsplan for neste driftsår",
            "Fire møter, samme måneder som i år.",
            "Årsplanen sendes ut sammen med referatet.",
        ),
        (
            "Evaluering av ressursgruppen",
            "Gruppen er nyttig for å dele erfaringer; ønsker mer tid til case.",
            "Ett case per møte fra neste år.",
        ),
        ("Eventuelt", "Ingen saker.", ""),
    ),
)
EXTENDED_ACTIONS = (
    (
        "Sende felles sjekkliste for hjemmedød til alle tjenestesteder",
        "Representant Staup Helsehus",
    ),
    ("Lage hospiteringsplan for høsten", "Representant Hjemmetjenesten Nord"),
    ("Gå gjennom veiledning for mors og lytting på personalmøtet", "Representant Stokkbakken"),
)

# The 2025 working group's meetings: (day, agenda, actions raised); each closes the last one's.
WORKING_GROUP = (
    (
        date(2025, 2, 12),
        (
            (
                "Oppstart: mandat og arbeidsform",
                "Vedtaket gjennomgått. Gruppen møtes om lag annenhver måned.",
                "Kommuneoverlegen leder arbeidet som prosjektleder.",
            ),
            (
                "Status for kreft- og palliasjonsarbeidet",
                "Kort status fra hver tjenesteenhet.",
                "",
            ),
        ),
        (
            (
                "Kartlegge kompetanse innen kreft og palliasjon i alle tjenestesteder",
                "Kreftkoordinator",
            ),
        ),
    ),
    (
        date(2025, 4, 9),
        (
            (
                "Kartlegging av kompetanse",
                "Kompetanseregisteret er fylt ut for institusjonene; hjemmetjenesten mangler.",
                "Hjemmetjenesten melder inn innen neste møte.",
            ),
            (
                "Risikoanalysen fra koordinator",
                "De kritiske områdene gjennomgått: kveld og helg, legedekning, overganger.",
                "",
            ),
        ),
        (("Innkalle partene til felles risikoanalyse", "Kommuneoverlege, prosjektleder"),),
    ),
    (
        date(2025, 6, 11),
        (
            (
                "Felles risikoanalyse",
                "Gjennomført med tillitsvalgte, fastlege og tjenestestedene.",
                "Tiltakene tas inn i planen for kompetanseutvikling.",
            ),
            ("Kompetanse i hjemmetjenesten", "Oversikten er komplett.", ""),
        ),
        (("Utkast til plan for kompetanseutvikling", "Avdelingsleder Staup helsehus"),),
    ),
    (
        date(2025, 9, 10),
        (
            (
                "Plan for kompetanseutvikling",
                "Utkastet gjennomgått: grunnkurs for alle, videreutdanning for én per "
                "tjenestested, hospitering på palliativ avdeling.",
                "Planen legges ved saken.",
            ),
            (
                "Sak til politisk behandling",
                "Disposisjon for saken avtalt.",
                "",
            ),
        ),
        (("Skrive utkast til politisk sak", "Kommuneoverlege, prosjektleder"),),
    ),
    (
        date(2025, 11, 12),
        (
            (
                "Utkast til politisk sak",
                "Utkastet lest; innspill fra tillitsvalgte om bemanning på kveld.",
                "Saken sendes til behandling i desember.",
            ),
            ("Evaluering av arbeidet", "Gruppen har fulgt mandatet.", ""),
        ),
        (),
    ),
)

COMPETENCES = (  # (unit key, position key (for its title) or title, course, level, years ago)
    ("staup-p1", "staup-p1-lagleder", "Videreutdanning i palliativ omsorg", "further_education", 3),
    ("staup-p1", "staup-p1-lagleder", "Grunnkurs i palliasjon", "course", 6),
    ("staup-helsehus", "staup-teamleder", "Grunnkurs i palliasjon", "course", 4),
    ("staup-helsehus", "staup-tilsynslege", "Smertebehandling ved livets slutt", "course", 2),
    ("kreftkoordinator", "kreftkoordinator-brenne", "Videreutdanning i kreftsykepleie",
     "further_education", 9),
    ("kreftkoordinator", "kreftkoordinator-brenne", "Kommunikasjon ved livets slutt", "course", 1),
    ("hjemmetjenesten-nord", "nord-aabakken", "Grunnkurs i palliasjon", "course", 5),
    ("hjemmetjenesten-nord", "nord-aabakken", "ESAS-r og MOBID-2 i praksis", "course", 1),
    ("hjemmetjenesten-sor", "Fagkoordinator", "Subkutan medisinering og smertepumpe", "course", 2),
    ("hjemmetjenesten-sentrum", "Fagkoordinator", "Grunnkurs i palliasjon", "course", 3),
    ("breidablikktunet", "Avdelingsleder", "Demens og palliasjon", "course", 2),
    ("stokkbakken", "Avdelingsleder", "Grunnkurs i palliasjon", "course", 7),
    ("ytteroy-helsetun", "Avdelingsleder", "Kommunikasjon ved livets slutt", "course", 4),
    ("levanger-bo-og-aktivitetssenter", "ressursgruppe-levanger-bo-og-aktivitetssenter",
     "Grunnkurs i palliasjon", "course", 1),
)  # fmt: skip
TRAINING_NEEDS = (  # (unit key, kind, topic, weeks until met or None)
    ("hjemmetjenesten-sor", "procedures", "Stell av subkutan nål på kveld", 5),
    ("hjemmetjenesten-nord", "equipment", "Smertepumpe: oppkobling og alarmer", 8),
    ("staup-helsehus", "assessment", "ESAS-r i HP for nyansatte", 3),
    ("breidablikktunet", "assessment", "MOBID-2 ved morgenstell", None),
    ("stokkbakken", "procedures", "Sjekkliste ved forventet hjemmedød", 10),
    ("hjemmetjenesten-sentrum", "equipment", "Oksygenkonsentrator i hjemmet", None),
    ("ytteroy-helsetun", "other", "Samtale med pårørende ved livets slutt", None),
)


def _attendance(
    series: core.Series,
    rng: random.Random,
    missing_unit: int | None = None,
    deputies: bool = True,
) -> list[core.Attendance]:
    """Most come; now and then someone is away or (with `deputies`) sends a deputy. A required
    unit whose people are all away sends a deputy, except `missing_unit`, which sends nobody."""

    def deputy(member: core.Member) -> core.Attendance:
        assert member.id is not None
        name = rng.choice([d for d in DEPUTIES if d != member.name])
        return core.Attendance(member.id, core.DEPUTY, name)

    rows: dict[int, core.Attendance] = {}
    for member in series.members:
        assert member.id is not None
        draw = rng.random()
        if draw < 0.09 or (member.unit_id is not None and member.unit_id == missing_unit):
            rows[member.id] = core.Attendance(member.id, core.ABSENT)
        elif draw < 0.14 and deputies:
            rows[member.id] = deputy(member)
        else:
            rows[member.id] = core.Attendance(member.id, core.PRESENT)
    for unit_id in core.missing_units(series, rows.values()):
        if unit_id != missing_unit:
            first = next(mb for mb in series.members if mb.unit_id == unit_id)
            rows[first.id or 0] = deputy(first)
    return list(rows.values())


def _figures(
    series: core.Series, walks: dict[str, int], rng: random.Random
) -> tuple[dict[str, int | None], list[core.FigureValue]]:
    """Each figure one step of its random walk (`walks` holds where each is); now and then one
    is not counted, and a few carry a note."""
    values: dict[str, int | None] = {}
    rows = []
    for fig in series.figures:
        walk = FIGURE_WALKS.get(fig.key)
        if walk is None or fig.id is None:
            continue
        low, high, start = walk
        was = walks.get(fig.key, start)
        step = rng.choice((-1, 0, 0, 0, 1))
        if rng.random() < 0.25:  # drifting back towards the usual level
            step += (was < start) - (was > start)
        now = max(low, min(high, was + step))
        walks[fig.key] = now
        value: int | None = now if rng.random() > 0.02 else None
        values[fig.key] = value
        notes = FIGURE_NOTES.get(fig.key, ())
        note = rng.choice(notes) if notes and value and rng.random() < 0.12 else ""
        rows.append(core.FigureValue(fig.id, value, note))
    return values, rows


# --- writing one series' year ------------------------------------------------------------------


@dataclass
class _Open:
    """An action item open in the writer's story; `id` is None until a bulk write gives one."""

    id: int | None
    item: core.ActionItem
    raised_index: int
    keep_open: bool = False
    updates: list[tuple[int, date, str, str]] = field(default_factory=list)  # bulk only


@dataclass
class _Buffer:
    """Rows of the meetings written in bulk, waiting for `_Writer.flush`."""

    held: list[dict[str, Any]] = field(default_factory=list)
    attendance: list[tuple[Any, ...]] = field(default_factory=list)
    agenda: list[tuple[Any, ...]] = field(default_factory=list)
    values: list[tuple[Any, ...]] = field(default_factory=list)
    actions: list[_Open] = field(default_factory=list)


@dataclass
class _Writer:
    """Writes the meetings of one series, oldest first. The last `recent` held meetings go
    through the services, one call per user operation; older ones are buffered and written
    with one bulk insert per table (`flush`), the rows as the services would make them, so a
    year of weekly meetings loads in well under a second."""

    db: Database
    actor: str
    today: date
    chart: _Chart
    rng: random.Random
    series: core.Series
    recent: int = 1_000_000
    needs: bool = True  # raise the sample's training needs
    open_actions: list[_Open] = field(default_factory=list)
    walks: dict[str, int] = field(default_factory=dict)
    bulk: bool = False
    buffer: _Buffer = field(default_factory=_Buffer)

    # -- schedule

    def schedule(self) -> list[meeting_service.MeetingRow]:
        """The meetings of the year up to today and the rest of this year, from the rule (or the
        working group's own dates); those before the year are removed again."""
        sid = self.series.id
        assert sid is not None
        first = self.today - timedelta(days=WINDOW_DAYS)
        if self.series.rule is None:
            for day, *_ in WORKING_GROUP:
                meeting_service.add_meeting(self.db, self.actor, sid, day)
        else:
            # A group meeting four times a year plans the next year too (its November meeting
            # adopts the year plan), so its next meeting is known.
            last = self.today.year + (1 if self.series.kind == core.EXTENDED else 0)
            for year in range(first.year, last + 1):
                meeting_service.generate_meetings(self.db, self.actor, sid, year)
            with self.db.session() as session:  # fresh meetings, nothing hangs on them
                session.execute(
                    delete(m.Meeting).where(m.Meeting.series_id == sid, m.Meeting.held_on <= first)
                )
        return meeting_service.list_meetings(self.db, self.actor, sid)

    def begin(self, index: int, count: int) -> None:
        """Meeting `index` of `count` held ones comes next: buffered, or through the services
        (after what was buffered has been written)."""
        bulk = index < count - self.recent
        if self.bulk and not bulk:
            self.flush()
        self.bulk = bulk

    def flush(self) -> None:
        b = self.buffer
        if not (b.held or b.actions):
            return
        with self.db.session() as session:
            if b.held:
                session.execute(update(m.Meeting), b.held)
            _insert_rows(session, m.Attendance, "meeting_id member_id status deputy", b.attendance)
            _insert_rows(session, m.AgendaItem, "meeting_id sort title minutes decision", b.agenda)
            _insert_rows(session, m.FigureValue, "meeting_id figure_id value note", b.values)
            ids = _insert_rows(
                session,
                m.ActionItem,
                ACTION_COLUMNS,
                (
                    (
                        a.item.series_id,
                        a.item.what,
                        a.item.owner,
                        a.item.due_on,
                        a.item.status,
                        a.item.raised_meeting_id,
                        a.item.raised_on,
                        a.item.closed_on,
                    )
                    for a in b.actions
                ),
                ids=True,
            )
            for entry, aid in zip(b.actions, ids, strict=True):
                entry.id = aid
            _insert_rows(
                session,
                m.ActionUpdate,
                "action_id meeting_id on_date status note",
                ((a.id, *u) for a in b.actions for u in a.updates),
            )
        self.buffer = _Buffer()

    # -- one meeting

    def hold(self, row: meeting_service.MeetingRow, note: str = "") -> None:
        if self.bulk:
            self.buffer.held.append({"id": row.id, "status": core.HELD, "note": note})
            return
        meeting = core.Meeting(
            row.id,
            self.series.id or 0,
            row.held_on,
            core.HELD,
            row.planned_on,
            row.moved_reason,
            row.start_time,
            row.place,
            note,
        )
        meeting_service.save_meeting_details(self.db, self.actor, meeting)

    def attendance(self, meeting_id: int, missing_unit: int | None = None) -> None:
        deputies = self.series.kind != core.AD_HOC  # a working group's members come or not
        rows = _attendance(self.series, self.rng, missing_unit, deputies)
        if self.bulk:
            self.buffer.attendance += [(meeting_id, a.member_id, a.status, a.deputy) for a in rows]
        else:
            meeting_service.save_attendance(self.db, self.actor, meeting_id, rows)

    def figures(self, meeting_id: int) -> dict[str, int | None]:
        values, rows = _figures(self.series, self.walks, self.rng)
        if self.bulk:
            self.buffer.values += [(meeting_id, v.figure_id, v.value, v.note) for v in rows]
        else:
            meeting_service.save_figures(self.db, self.actor, meeting_id, rows)
        return values

    def agenda(self, meeting_id: int, items: Iterable[tuple[str, str, str]]) -> None:
        if self.bulk:
            self.buffer.agenda += [(meeting_id, n, *item) for n, item in enumerate(items)]
            return
        meeting_service.save_agenda(
            self.db,
            self.actor,
            meeting_id,
            [core.AgendaItem(None, title, minutes, decision) for title, minutes, decision in items],
        )

    def actions(
        self,
        row: meeting_service.MeetingRow,
        index: int,
        raise_now: Sequence[tuple[str, str]],
        close_chance: float,
        due_weeks: tuple[int, ...] = (1, 2, 2, 3, 4),
    ) -> None:
        """Close some open items (never in the meeting that raised them), then raise new ones."""
        for entry in list(self.open_actions):
            if entry.keep_open or index <= entry.raised_index:
                continue
            due = entry.item.due_on or row.held_on
            chance = close_chance * (2 if due <= row.held_on else 1)
            if self.rng.random() >= chance:
                continue
            dropped = self.rng.random() < 0.15
            status = core.DROPPED if dropped else core.DONE
            note = "Ikke lenger aktuelt." if dropped else self.rng.choice(("Utført.", "Ferdig."))
            self.close_action(entry, row, status, note)
        for what, owner in raise_now:
            self.raise_action(row, index, what, owner, self.rng.choice(due_weeks))

    def close_action(
        self, entry: _Open, row: meeting_service.MeetingRow, status: str, note: str
    ) -> None:
        self.open_actions.remove(entry)
        if entry.id is None:  # raised in the buffered part, and still there
            assert self.bulk
            entry.item = replace(entry.item, status=status, closed_on=row.held_on)
            entry.updates.append((row.id, row.held_on, status, note))
            return
        meeting_service.save_action(
            self.db, self.actor, row.id, replace(entry.item, id=entry.id, status=status), note
        )

    def raise_action(
        self,
        row: meeting_service.MeetingRow,
        index: int,
        what: str,
        owner: str,
        weeks: int,
        keep_open: bool = False,
    ) -> None:
        due = row.held_on + timedelta(weeks=weeks)
        item = core.ActionItem(None, self.series.id or 0, what, owner, due)
        if self.bulk:
            item = replace(item, raised_meeting_id=row.id, raised_on=row.held_on)
            entry = _Open(None, item, index, keep_open, [(row.id, row.held_on, core.OPEN, "")])
            self.buffer.actions.append(entry)
        else:
            aid = meeting_service.save_action(self.db, self.actor, row.id, item)
            entry = _Open(aid, item, index, keep_open)
        self.open_actions.append(entry)

    def training_need(self, row: meeting_service.MeetingRow, number: int) -> None:
        unit, kind, topic, weeks = TRAINING_NEEDS[number % len(TRAINING_NEEDS)]
        met = None if weeks is None else row.held_on + timedelta(weeks=weeks)
        if met is not None and met > self.today:
            met = None
        competence_service.save_training_need(
            self.db,
            self.actor,
            core.TrainingNeed(
                None, self.chart.units.get(unit), kind, topic, row.held_on, row.id, met
            ),
        )

    def reviews(self, row: meeting_service.MeetingRow, index: int) -> int:
        """Two or three of the represented units' active pathways (started before the meeting)
        reviewed, in turn, at the level each had on the day."""
        candidates = review_service.review_candidates(self.db, self.actor, row.id)
        started = _pathway_levels(self.db, [c.pathway_id for c in candidates], row.held_on)
        fit = [c for c in candidates if c.pathway_id in started]
        if not fit:
            return 0
        count = min(len(fit), 2 + index % 2)
        first = (index * 2) % len(fit)
        chosen = [fit[(first + n) % len(fit)] for n in range(count)]
        for cand in chosen:
            level = started[cand.pathway_id]
            review_service.save_review(
                self.db,
                self.actor,
                row.id,
                core.PathwayReview(
                    None,
                    cand.pathway_id,
                    cand.patient_name,
                    level,
                    self.rng.choice(ASSESSMENTS[level]),
                    self.rng.choice(FOLLOW_UPS),
                ),
            )
        return len(chosen)


def _pathway_levels(db: Database, pathway_ids: Sequence[int], day: date) -> dict[int, int]:
    """The level each pathway had on `day`, for those that had started by then."""
    if not pathway_ids:
        return {}
    with db.session() as session:
        changes = session.execute(
            select(m.LevelChange.pathway_id, m.LevelChange.changed_on, m.LevelChange.to_level)
            .where(m.LevelChange.pathway_id.in_(pathway_ids), m.LevelChange.changed_on <= day)
            .order_by(m.LevelChange.changed_on, m.LevelChange.id)
        ).all()
    return {pid: level for pid, _on, level in changes}


# --- the four series ---------------------------------------------------------------------------


MONDAY_TITLES = (
    "Ledige institusjonsplasser og omsorgsboliger",
    "Utskrivningsklare pasienter (UK)",
    "Palliative forløp",
    "Utfordrende atferd",
    "Opplæringsbehov",
    "Eventuelt",
)


def _monday_items(
    f: dict[str, int | None], pick: Callable[[Sequence[str]], str]
) -> list[tuple[str, str, str]]:
    """The Monday meeting's standing agenda, its minutes quoting the figures of the day."""

    def n(key: str) -> int:
        return f.get(key) or 0

    def counted(key: str, one: str, many: str, rest: str, extra: str) -> str:
        return f"{_cap(_count(n(key), one, many))}{rest} {pick(MONDAY_EXTRA[extra])}".strip()

    homes = _count(n("free_care_home_places"), "ledig omsorgsbolig", "ledige omsorgsboliger")
    places = counted(
        "free_institution_places",
        "ledig institusjonsplass",
        "ledige institusjonsplasser",
        f" og {homes}.",
        "places",
    )
    training = (
        f"Prosedyrer: {n('training_procedures')}, utstyr: {n('training_equipment')}, "
        f"kartlegging: {n('training_assessment')}."
    )
    help_ = " med behov for bistand."
    return [
        (
            MONDAY_TITLES[0],
            places,
            "Forvaltningen prioriterer søknadene på nytt før neste møte."
            if n("free_institution_places") == 0
            else "",
        ),
        (
            MONDAY_TITLES[1],
            counted("discharge_ready_help", "UK-pasient", "UK-pasienter", help_, "discharge"),
            "Hjemmetjenesten Nord og Sør fordeler oppfølgingen; ny status fredag."
            if n("discharge_ready_help") >= 4
            else "",
        ),
        (
            MONDAY_TITLES[2],
            counted(
                "palliative_help", "palliativt forløp", "palliative forløp", help_, "palliative"
            ),
            "",
        ),
        (
            MONDAY_TITLES[3],
            counted("challenging_behaviour_help", "pasient", "pasienter", help_, "behaviour"),
            "",
        ),
        (MONDAY_TITLES[4], training, ""),
        (MONDAY_TITLES[5], pick(MONDAY_EXTRA["other"]), ""),
    ]


def _monday(w: _Writer, past: list[meeting_service.MeetingRow], upcoming: Any) -> None:
    missing_at = len(past) - 4  # about four weeks ago
    missing_unit = w.chart.units.get(MISSING_UNIT)
    need = 0
    for index, row in enumerate(past):
        w.begin(index, len(past))
        missing = missing_unit if index == missing_at else None
        note = ""
        if missing is not None:
            note = "Ingen fra Ytterøy Helsetun i dag; referatet sendes dit."
        w.hold(row, note)
        w.attendance(row.id, missing)
        f = w.figures(row.id)
        pick = w.rng.choice
        items = _monday_items(f, pick)
        w.agenda(row.id, items)
        raised = [pick(MONDAY_ACTIONS)] if w.rng.random() < 0.3 else []
        w.actions(row, index, raised, close_chance=0.35)
        if index == len(past) - 3:  # due a week later and still open: overdue today
            w.raise_action(
                row, index, "Revidere bemanningsplan for høytidene", "Avdelingsleder", 1, True
            )
        trained = sum(f.get(k) or 0 for k in f if k.startswith("training_"))
        if w.needs and trained and index % 6 == 2 and need < len(TRAINING_NEEDS):
            w.training_need(row, need)
            need += 1
    _plan_next(w, upcoming, MONDAY_TITLES)


def _core_group(w: _Writer, past: list[meeting_service.MeetingRow], upcoming: Any) -> None:
    moved_at = len(past) - 18
    for index, row in enumerate(past):
        w.begin(index, len(past))
        if row.held_on.isocalendar().week in SUMMER_WEEKS:
            meeting_service.set_meeting_status(w.db, w.actor, row.id, core.CANCELLED, "Sommerferie")
            continue
        later = row.held_on + timedelta(days=1)
        if index >= moved_at and row.planned_on is None and not is_holiday(later):
            moved_at = len(past)  # once
            reason = "Kollisjon med fagdag"
            meeting_service.move_meeting(w.db, w.actor, row.id, later, reason)
            row = replace(row, held_on=later, planned_on=row.held_on, moved_reason=reason)
        w.hold(row)
        w.attendance(row.id)
        f = w.figures(row.id)
        reviewed = w.reviews(row, index) if index >= len(past) - 4 else 0
        pick = w.rng.choice
        items = [
            (
                "Forekomst: aktive og nye forløp",
                f"{f.get('active_pathways') or 0} aktive palliative forløp i hjemmetjenesten, "
                f"{_count(f.get('new_pathways') or 0, 'nytt', 'nye')} siden sist.",
                "",
            ),
            (
                "Gjennomgang av forløp",
                f"{_cap(_count(reviewed, 'forløp', 'forløp'))} gjennomgått."
                if reviewed
                else "Forløp med stopp-punkt denne uka gjennomgått; ingen endringer.",
                "",
            ),
            (
                "Case management",
                pick(CORE_CASE),
                "Forløpet meldes til utvidet ressursgruppe." if w.rng.random() < 0.1 else "",
            ),
        ]
        w.agenda(row.id, items)
        raised = [pick(CORE_ACTIONS)] if w.rng.random() < 0.25 else []
        w.actions(row, index, raised, close_chance=0.4)
        if index == len(past) - 1:  # due in a week: on the overview's list of items due
            w.raise_action(row, index, *CORE_ACTIONS[3], 1, keep_open=True)
    _plan_next(
        w, upcoming, ("Forekomst: aktive og nye forløp", "Gjennomgang av forløp", "Case management")
    )


def _extended(w: _Writer, past: list[meeting_service.MeetingRow], upcoming: Any) -> None:
    months = sorted(w.series.rule.months) if w.series.rule else []
    for index, row in enumerate(past):
        # The theme goes with the time of year: the first meeting of the year, the second, ...
        day = row.planned_on or row.held_on
        theme = sum(1 for month in months if month <= day.month) - 1
        w.hold(row)
        w.attendance(row.id)
        w.agenda(row.id, EXTENDED_AGENDAS[max(theme, 0) % len(EXTENDED_AGENDAS)])
        raised = [EXTENDED_ACTIONS[index % len(EXTENDED_ACTIONS)]]
        w.actions(row, index, raised, close_chance=0.6, due_weeks=(6, 8, 10))
        if index == 0 and w.needs:
            w.training_need(row, len(TRAINING_NEEDS) - 1)
    _plan_next(w, upcoming, ("Erfaringer fra forløp siden sist", "Kompetanse", "Eventuelt"))


def _working_group(w: _Writer, past: list[meeting_service.MeetingRow], upcoming: Any) -> None:
    plan = {day: (agenda, raised) for day, agenda, raised in WORKING_GROUP}
    for index, row in enumerate(past):
        agenda, raised = plan.get(row.held_on, ((), ()))
        w.hold(row)
        w.attendance(row.id)
        w.agenda(row.id, agenda)
        # Each meeting closes what the one before raised, then raises its own.
        for entry in list(w.open_actions):
            w.close_action(entry, row, core.DONE, "Utført.")
        for what, owner in raised:
            w.raise_action(row, index, what, owner, 8)
    for row in upcoming:
        agenda, _raised = plan.get(row.held_on, ((), ()))
        w.agenda(row.id, ((title, "", "") for title, _m, _d in agenda))


def _plan_next(
    w: _Writer, upcoming: Sequence[meeting_service.MeetingRow], titles: Sequence[str]
) -> None:
    """The next planned meeting has its agenda ready, so it can be sent out."""
    if upcoming:
        w.agenda(upcoming[0].id, ((title, "", "") for title in titles))


WRITERS: dict[str, Callable[[_Writer, list[meeting_service.MeetingRow], Any], None]] = {
    core.INTERDISCIPLINARY: _monday,
    core.CORE_GROUP: _core_group,
    core.EXTENDED: _extended,
    core.AD_HOC: _working_group,
}


def _competences(db: Database, actor: str, chart: _Chart, today: date) -> None:
    """The register: posts of the chart, by title, with fictional courses. The posts' named
    holders are left out on purpose: the courses and dates are made up, and a made-up
    qualification must not be put on a real person's name. An entry already there (same
    person, unit and course) is left alone."""
    have = {
        (c.person_name, c.unit_id, c.course) for c in competence_service.list_competences(db, actor)
    }
    for unit_key, who, course, level, years in COMPETENCES:
        unit_id = chart.units.get(unit_key)
        name = chart.positions[who][1] if who in chart.positions else who
        if (name, unit_id, course) in have:
            continue
        done = date(today.year - years, 1 + (len(course) * 7) % 12, 1 + len(name) % 27)
        competence_service.save_competence(
            db, actor, core.Competence(None, name, unit_id, course, level, done), today
        )
        have.add((name, unit_id, course))


# --- entry point ---------------------------------------------------------------------------------


def load_sample_meetings(db: Database, actor: str, today: date | None = None) -> int:
    """Add the seed documents' four series with a year of fictional meetings up to `today`, and
    the sample competence register; returns how many meetings were added. A series already
    there (same name) is left alone, so loading twice adds nothing."""
    today = today or date.today()
    chart = _chart(db)
    have = {
        row.name
        for row in meeting_service.list_series(db, actor, include_inactive=True, today=today)
    }
    created = 0
    for number, spec in enumerate(SERIES):
        if spec.name in have:
            continue
        series_id = meeting_service.save_series(db, actor, _series(spec, chart))
        series = meeting_service.get_series(db, actor, series_id)
        writer = _Writer(db, actor, today, chart, random.Random(2026 + number), series)
        if spec.kind in (core.INTERDISCIPLINARY, core.CORE_GROUP):
            writer.recent = RECENT
        rows = writer.schedule()
        past = [r for r in rows if r.held_on <= today]
        upcoming = [r for r in rows if r.held_on > today and r.status == core.PLANNED]
        WRITERS[spec.kind](writer, past, upcoming)
        writer.flush()
        created += len(rows)
    _competences(db, actor, chart, today)
    return created


# --- the benchmark generator -------------------------------------------------------------------

GENERATED_NAME = "Samhandlingsmøte, generert"
ACTION_COLUMNS = "series_id what owner due_on status raised_meeting_id raised_on closed_on"


def _insert_rows(
    session: Session, model: Any, columns: str, rows: Iterable[Sequence[Any]], ids: bool = False
) -> list[int]:
    """One executemany of `rows` (tuples in the order of the space-separated `columns`); with
    `ids`, the new rows' ids in the order given."""
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


def generate_meeting_years(
    db: Database,
    actor: str,
    years: int = 5,
    *,
    today: date | None = None,
    seed: int = 2026,
    name: str = GENERATED_NAME,
) -> int:
    """A Monday series like the sample's interdisciplinary meeting, with `years` years of held
    weekly meetings up to `today` and the rest of this year planned: attendance, the standing
    agenda with minutes, figures and action items carried over until closed. The series is made
    through the service; its meetings go in with one bulk insert per table. Returns how many
    meetings were added; a series of that name already there is left alone (0)."""
    today = today or date.today()
    if any(row.name == name for row in meeting_service.list_series(db, actor, True, today)):
        return 0
    chart = _chart(db)
    spec = next(s for s in SERIES if s.kind == core.INTERDISCIPLINARY)
    series_id = meeting_service.save_series(db, actor, replace(_series(spec, chart), name=name))
    series = meeting_service.get_series(db, actor, series_id)
    assert series.rule is not None
    first = today - timedelta(days=365 * years)
    slots = [s for s in schedule(series.rule, first, date(today.year, 12, 31)) if s.held_on]
    with db.session() as session:
        ids = _insert_rows(
            session,
            m.Meeting,
            "series_id held_on status planned_on moved_reason start_time place",
            (
                (
                    series_id,
                    s.held_on,
                    core.PLANNED,
                    s.planned_on if s.moved else None,
                    s.holiday if s.moved else "",
                    series.start_time,
                    series.place,
                )
                for s in slots
            ),
            ids=True,
        )
    rows = [
        meeting_service.MeetingRow(
            mid,
            s.held_on,
            core.PLANNED,
            s.planned_on if s.moved else None,
            s.holiday if s.moved else "",
            series.start_time,
            series.place,
            0,
            0,
        )
        for mid, s in zip(ids, slots, strict=True)
        if s.held_on is not None
    ]
    writer = _Writer(db, actor, today, chart, random.Random(seed), series, recent=0, needs=False)
    _monday(writer, [r for r in rows if r.held_on <= today], [])
    writer.flush()
    return len(ids)
