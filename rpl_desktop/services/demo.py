"""Demo data: invented candidates with realistic histories, offered on first start.

Every person, employer and ID number here is made up. The ID numbers are valid in form (their check
digits are right) but are built from the synthetic-number range (month + 80) that the Norwegian
population register reserves for test data, so they can never belong to a real person.
"""

from __future__ import annotations

from datetime import date

from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.register import (
    Candidate,
    Course,
    Exam,
    HistoryPeriod,
    PeriodKind,
    Schooling,
    SchoolLevel,
)
from rpl_desktop.services.candidates import save_candidate, search_candidates
from rpl_desktop.services.history import save_course, save_exam, save_period, save_schooling
from rpl_desktop.store.database import Database

DEMO_MARKER = "demo_data_loaded"

W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def synthetic_fnr(born: date, individual: int, *, d_number: bool = False) -> str:
    """A check-digit-valid synthetic fødselsnummer (month + 80; day + 40 for a D-nummer)."""
    day = born.day + (40 if d_number else 0)
    for ind in range(individual, individual + 50):
        base = f"{day:02d}{born.month + 80:02d}{born.year % 100:02d}{ind:03d}"
        d = [int(x) for x in base]
        k1 = (11 - sum(a * b for a, b in zip(d, W1, strict=True)) % 11) % 11
        if k1 == 10:
            continue
        d.append(k1)
        k2 = (11 - sum(a * b for a, b in zip(d, W2, strict=True)) % 11) % 11
        if k2 == 10:
            continue
        return base + f"{k1}{k2}"
    raise ValueError("no valid synthetic number found")


def _p(kind: PeriodKind, employer: str, start: date, end: date | None, fte: float, role: str, tasks: str,
       country: str = "NO", confirmed: bool = True, attest: bool = True) -> HistoryPeriod:
    return HistoryPeriod(
        kind=kind, employer=employer, start=start, end=end, fte_percent=fte, role=role, tasks=tasks,
        country=country, third_party_confirmed=confirmed,
        attest_issued_by=employer if attest else "", attest_signer_name="Daglig leder" if attest else "",
        attest_signer_title="Daglig leder" if attest else "", attest_date=(end or date(2025, 1, 15)) if attest else None,
        attest_letterhead=attest,
    )


E, S, V, T = PeriodKind.EMPLOYMENT, PeriodKind.SELF_EMPLOYED, PeriodKind.VOLUNTARY, PeriodKind.WORK_TRAINING


def _demo_people() -> list[tuple[Candidate, list[HistoryPeriod], list[Schooling], list[Exam], list[Course]]]:
    people = []
    # 1. Sami carpenter from Kautokeino: long full-time practice, a part-time overlap.
    b = date(1984, 3, 15)
    people.append((
        Candidate("Áŋŋá Máret", "Gaup", b, IdType.NO_FNR, synthetic_fnr(b, 123), city="Guovdageaidnu",
                  postcode="9520", address="Boaronjárga 4", language="nb", phone="+47 912 34 567"),
        [_p(E, "Sámi Huksen AS", date(2008, 8, 1), date(2016, 12, 31), 100, "Tømrer",
            "Forskaling, reisverk, taktekking, montering av vinduer og dører; lese tegninger."),
         _p(E, "Guovdageaidnu suohkan", date(2017, 1, 1), None, 80, "Tømrer, vaktmester",
            "Vedlikehold og rehabilitering av kommunale bygg, mindre nybygg, HMS-runder."),
         _p(V, "Bivdu Idrettslag", date(2019, 5, 1), date(2019, 9, 30), 20, "Dugnadsleder",
            "Bygging av klubbhus: grunnmur og reisverk.", confirmed=False, attest=False)],
        [Schooling(SchoolLevel.VG1, "Vg1 bygg- og anleggsteknikk", True, 2001)],
        [Exam("TMF3102", date(2024, 12, 3), "bestått", True)],
        [Course("Byggenæringens Landsforening", "Stillasmontør under 5 m", 7.5, date(2015, 4, 20))],
    ))
    # 2. Polish electrician: foreign practice, then Norway.
    b = date(1979, 11, 2)
    people.append((
        Candidate("Małgorzata", "Wójcik-Łęcka", b, IdType.NO_DNR, synthetic_fnr(b, 345, d_number=True), city="Drammen", postcode="3015",
                  address="Bragernes torg 2", language="nb", email="m.wojcik@example.no"),
        [_p(E, "Elektro-Instal Sp. z o.o. (Kraków)", date(2003, 9, 1), date(2012, 6, 30), 100,
            "Elektryk / elektriker", "Installasjon i bolig og næringsbygg, tavlebygging, feilsøking.", "PL"),
         _p(E, "Drammen Elektro AS", date(2012, 9, 1), date(2014, 2, 28), 60, "Elektrikerhjelper",
            "Kabeltrekking, montering av stikkontakter og lysarmaturer under veiledning."),
         _p(E, "Buskerud Installasjon AS", date(2014, 3, 1), None, 100, "Elektriker",
            "Nyanlegg og service i næringsbygg, samsvarserklæringer, FSE-opplæring.")],
        [], [], [Course("NELFO", "FSE 2024 — forskrift om sikkerhet ved arbeid i og drift av elektriske anlegg",
                        8, date(2024, 2, 7))],
    ))
    # 3. Ukrainian health worker: short stints, part time, work training.
    b = date(1990, 7, 21)
    people.append((
        Candidate("Олена", "Шевченко", b, IdType.NO_DNR, synthetic_fnr(b, 267, d_number=True), city="Bergen", postcode="5003",
                  address="Kong Oscars gate 10", language="nn"),
        [_p(E, "Київська міська лікарня № 3", date(2012, 9, 1), date(2022, 2, 23), 100,
            "Молодша медична сестра (hjelpepleier)", "Stell, måling av vitale tegn, sårstell, dokumentasjon.", "UA"),
         _p(T, "NAV Bergenhus — arbeidstrening", date(2022, 10, 1), date(2022, 11, 15), 50,
            "Arbeidstrening, sykehjem", "Miljøarbeid, måltider, aktiviteter med beboere."),
         _p(E, "Bergen kommune, Fyllingsdalen sykehjem", date(2023, 1, 1), None, 75, "Assistent",
            "Personlig stell, legemiddelhåndtering etter delegering, rapportering i Gerica.")],
        [], [], [Course("Bergen kommune", "Norskopplæring B1", 550, date(2023, 6, 15))],
    ))
    # 4. Swedish-Norwegian cook with self-employment and parallel jobs.
    b = date(1986, 1, 9)
    people.append((
        Candidate("Linnea", "Sjöström", b, IdType.NO_FNR, synthetic_fnr(b, 456), city="Trondheim",
                  postcode="7011", language="sv"),
        [_p(E, "Restaurang Fjällsippan AB (Åre)", date(2006, 6, 1), date(2010, 8, 31), 100, "Kock",
            "À la carte, kallskänk, beställning av råvaror.", "SE"),
         _p(S, "Sjöström Catering ENK", date(2011, 1, 1), date(2015, 12, 31), 60, "Innehaver, kokk",
            "Catering for selskaper, menyplanlegging, HACCP.", confirmed=False),
         _p(E, "Britannia Hotel Trondheim", date(2013, 3, 1), date(2015, 12, 31), 50, "Kokk",
            "Varmkjøkken, frokost, allergener.")],
        [Schooling(SchoolLevel.VG1, "Vg1 restaurant- og matfag", True, 2003)], [], [],
    ))
    # 5. Lule Sami health worker, Norwegian, long part-time.
    b = date(1975, 5, 30)
    people.append((
        Candidate("Jåssjå", "Rássa", b, IdType.NO_FNR, synthetic_fnr(b, 234), city="Drag",
                  postcode="8270", language="nb"),
        [_p(E, "Divtasvuona suohkan / Hamarøy kommune", date(2005, 1, 1), None, 50, "Assistent i hjemmetjenesten",
            "Praktisk bistand, personlig hygiene, samarbeid med sykepleier; samtaler på lulesamisk.")],
        [Schooling(SchoolLevel.VG1, "Vg1 helse- og oppvekstfag", True, 1992)], [], [],
    ))
    # 6. Norwegian with no ID given yet (counsellor's competence map), nynorsk.
    people.append((
        Candidate("Øystein", "Brækhus-Aas", date(1995, 12, 1), city="Førde", postcode="6800", language="nn"),
        [_p(E, "Sunnfjord Mekaniske AS", date(2015, 8, 1), date(2019, 12, 31), 100, "Operatør",
            "CNC-dreiing, måling, vedlikehald av maskiner."),
         _p(PeriodKind.LEISURE, "Eige verkstad", date(2018, 1, 1), date(2020, 12, 31), 10, "Hobby",
            "Restaurering av veteranmotorsyklar.", confirmed=False, attest=False)],
        [Schooling(SchoolLevel.VG1, "Vg1 teknologi- og industrifag", True, 2012),
         Schooling(SchoolLevel.VG2, "Vg2 industriteknologi", True, 2013)], [], [],
    ))
    return people


def _demo_cases(db: Database, ids: dict[str, int]) -> None:
    """A few cases in different states, so every part of the program has something to show."""
    from rpl_desktop.domain.cases import Case, CaseStatus, Phase, Purpose
    from rpl_desktop.domain.mapping import EvidenceKindRef, Judgement, Method
    from rpl_desktop.services.cases import create_case, save_case
    from rpl_desktop.services.catalogue import list_standards, load_sample
    from rpl_desktop.services.crosswalk import add_target
    from rpl_desktop.services.mapping import link_evidence, load_matrix, set_judgement

    load_sample(db)
    uid = {s.code: s.uid for s in list_standards(db)}
    today = date.today()

    def judge(case_id: int, how_many: int, reason: str, methods: set[Method]) -> None:
        matrix = load_matrix(db, case_id)
        for row in matrix.rows[:how_many]:
            outcome = row.assessment.outcome.uid
            for suggestion in row.suggestions[:1]:
                link_evidence(db, case_id, outcome, EvidenceKindRef(suggestion.kind), suggestion.ref_id)
            set_judgement(db, case_id, outcome, Judgement.MET, reason, methods)

    if "Gaup" in ids and "TMF3" in uid:
        case = create_case(db, Case(ids["Gaup"], uid["TMF3"], Purpose.PRAKSISKANDIDAT, caseworker="Kari Nordmann",
                                    phase_dates={Phase.VEILEDNING: today, Phase.KARTLEGGING: today}))
        assert case.id is not None
        judge(case.id, 5, "Vist i fagsamtale og bekreftet i attest fra arbeidsgiver.", {Method.DIALOGUE, Method.DOCUMENTS})
        case = load_case(db, case.id)
        case.status = CaseStatus.UNDER_ASSESSMENT
        save_case(db, case)
    if "Шевченко" in ids and "HEL-EO10" in uid:
        case = create_case(db, Case(ids["Шевченко"], uid["HEL-EO10"], Purpose.FRITAK, caseworker="Per Hansen",
                                    phase_dates={Phase.VEILEDNING: today}))
        assert case.id is not None
        judge(case.id, 4, "Attest og samtale viser at dette er en del av det daglige arbeidet.", {Method.DIALOGUE})
    if "Wójcik-Łęcka" in ids and "ELE3" in uid:
        create_case(db, Case(ids["Wójcik-Łęcka"], uid["ELE3"], Purpose.PRAKSISKANDIDAT, caseworker="Kari Nordmann"))
    if "Sjöström" in ids and "KOCK" in uid:
        create_case(db, Case(ids["Sjöström"], uid["KOCK"], Purpose.BRANSJEVALIDERING, caseworker="Anna Lind",
                             language="sv"))
    if "Brækhus-Aas" in ids:
        for code in ("ELK-IS10", "TMF3", "HEL-EO10"):
            if code in uid:
                add_target(db, ids["Brækhus-Aas"], uid[code], "Veileder Vik")


def load_case(db: Database, case_id: int):  # type: ignore[no-untyped-def]
    from rpl_desktop.services.cases import get_case

    return get_case(db, case_id)


def load_demo_data(db: Database, *, with_cases: bool = True) -> int:
    """Add the demo candidates and their cases (once; a second call adds nothing).

    Returns how many candidates were added. The sample catalogue is loaded too, since the demo cases
    use its standards; ``with_cases=False`` adds the candidates alone.
    """
    if db.get_setting(DEMO_MARKER) == "1":
        return 0
    added = 0
    ids: dict[str, int] = {}
    for candidate, periods, schooling, exams, courses in _demo_people():
        if search_candidates(db, f"{candidate.given_name} {candidate.family_name}", limit=1):
            continue
        saved = save_candidate(db, candidate)
        assert saved.id is not None
        ids[saved.family_name] = saved.id
        for p in periods:
            p.candidate_id = saved.id
            save_period(db, p)
        for s in schooling:
            s.candidate_id = saved.id
            save_schooling(db, s)
        for e in exams:
            e.candidate_id = saved.id
            save_exam(db, e)
        for c in courses:
            c.candidate_id = saved.id
            save_course(db, c)
        added += 1
    if with_cases:
        _demo_cases(db, ids)
    add_demo_users(db)
    db.set_setting(DEMO_MARKER, "1")
    return added


DEMO_USERS = (
    ("kari", "Kari Saksbehandler", ("caseworker",)),
    ("per", "Per Leder", ("approver",)),
    ("vera", "Vera Veileder", ("counsellor",)),
)


def add_demo_users(db: Database) -> int:
    """Three invented users to try the roles with: a caseworker, an approver and a counsellor.

    Added only to a data store that has users already (so an administrator can manage them; a store
    without users stays without) and only those not there yet. They have no password. Returns how many
    were added.
    """
    from rpl_desktop.services import users

    if not users.has_users(db):
        return 0
    added = 0
    for username, name, roles in DEMO_USERS:
        if users.find_user(db, username) is None:
            users.add_user(db, username, name, roles)
            added += 1
    return added
