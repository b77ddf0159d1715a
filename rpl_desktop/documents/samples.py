"""Invented sample documents: the preview in the app, the tests, the benchmark and the screenshots.

Every person, organisation and number here is made up. The national ID numbers are check-digit-valid
synthetic numbers (month + 80, the range the Norwegian population register reserves for test data).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from rpl_desktop.documents.model import (
    AssessmentMethod,
    CertificateContext,
    CertificateData,
    CertificateItem,
    CompetenceMapData,
    Framework,
    IdentityVerification,
    Issuer,
    Judgement,
    Language,
    LearningOutcome,
    Level,
    ModuleResult,
    OutcomeCategory,
    OutcomeReasoning,
    Participation,
    Party,
    PeriodRow,
    PraksisRow,
    Signer,
    Stackability,
    SwedishOutcomeData,
    SwedishOutcomeKind,
    TargetCoverage,
    VedtakCaseType,
    VedtakData,
    Workload,
    WorkloadUnit,
)

SAMI_NAME = ("Áŋŋá Máret", "Gaup")
POLISH_NAME = ("Małgorzata", "Wójcik-Łęcka")
UKRAINIAN_NAME = ("Олена", "Шевченко")
SYNTHETIC_FNR = "15838512329"


def sample_issuer() -> Issuer:
    return Issuer(
        name="Vestfjell fylkeskommune",
        org_number="999 888 777",
        address_lines=("Postboks 123",),
        postcode="4604",
        city="Fjordvik",
        country="NO",
        region="Vestfjell",
        unit="Fagopplæring og realkompetanse",
        contact_lines=("Telefon 38 00 00 00", "postmottak@vestfjell.example"),
        signers=(Signer("Kari Nordmann", "fagleder"), Signer("Ola Hansen", "rådgiver")),
    )


def sample_party(name: tuple[str, str] = SAMI_NAME) -> Party:
    return Party(
        given_name=name[0],
        family_name=name[1],
        address_lines=("Čuoŋománnu 7",),
        postcode="9520",
        city="Guovdageaidnu",
        country="NO",
        national_id=SYNTHETIC_FNR,
        birth_date=date(1985, 3, 15),
    )


def sample_vedtak(
    language: Language = Language.NB, *, party: Party | None = None, long: bool = False
) -> VedtakData:
    reasoning = [
        OutcomeReasoning(
            outcome="Planlegge, gjennomføre og dokumentere helsefremmende arbeid",
            judgement=Judgement.APPROVED,
            reason="Arbeidsattesten fra Fjordvik sjukeheim beskriver daglig ansvar for stell, ernæring og "
            "observasjon i tre år i 100 % stilling. Opplysningene ble bekreftet i samtalen.",
            methods=(AssessmentMethod.DOCUMENTS, AssessmentMethod.DIALOGUE),
            rule="Praksisen skal være allsidig og dekke de mest sentrale delene av læreplanen for Vg3.",
        ),
        OutcomeReasoning(
            outcome="Samhandle med pasienter, brukere og pårørende",
            judgement=Judgement.APPROVED,
            reason="Dokumentert i attest fra hjemmetjenesten og i uttalelse fra avdelingsleder.",
            methods=(AssessmentMethod.DOCUMENTS,),
            main_considerations="Vi har lagt vekt på at arbeidet har skjedd i et arbeidsfellesskap med "
            "helsefagarbeidere over lang tid.",
        ),
    ]
    if long:
        for n in range(1, 31):
            reasoning.append(
                OutcomeReasoning(
                    outcome=f"Kompetansemål {n}: utføre prosedyrer og dokumentere dem etter regelverket",
                    judgement=Judgement.APPROVED if n % 4 else Judgement.PARTLY_APPROVED,
                    reason=(
                        "Vurderingen bygger på attester, tjenestebeskrivelser og samtale med fagkonsulent. "
                        * 4
                    ).strip(),
                    methods=(AssessmentMethod.DOCUMENTS, AssessmentMethod.DIALOGUE),
                    rule="Opplæringsforskriften § 6-9.",
                    main_considerations="Sammenhengende praksis i relevant virksomhet.",
                )
            )
    return VedtakData(
        case_number="24/01234-3",
        their_reference="Søknad av 12.06.2024",
        date=date(2024, 9, 2),
        case_type=VedtakCaseType.PRAKSISKANDIDAT_APPROVAL,
        party=party or sample_party(),
        caseworker=Signer("Ola Hansen", "rådgiver"),
        approver=Signer("Kari Nordmann", "fagleder"),
        subject="Helsearbeiderfaget",
        decision=(
            "Vi godkjenner praksisen din i helsearbeiderfaget. Du kan melde deg opp til fagprøven som "
            "praksiskandidat når du har bestått den skriftlige eksamenen på Vg3-nivå (HEA3102).",
        ),
        documents=(
            "Arbeidsattest fra Fjordvik sjukeheim, datert 01.06.2024",
            "Arbeidsattest fra Fjordvik kommune, hjemmetjenesten, datert 10.05.2024",
            "Vitnemål for Vg1 helse- og oppvekstfag og referat fra samtale med fagkonsulent 20.08.2024",
        ),
        periods=(
            PeriodRow(
                "Fjordvik sjukeheim",
                date(2017, 8, 1),
                date(2021, 6, 30),
                "Helsefagarbeider (assistent)",
                Decimal(100),
                Decimal("47"),
            ),
            PeriodRow(
                "Fjordvik kommune, hjemmetjenesten",
                date(2021, 8, 1),
                None,
                "Assistent",
                Decimal(60),
                Decimal("21.6"),
            ),
        ),
        praksis_rows=tuple(
            PraksisRow(year, counted, capped, school)
            for year, counted, capped, school in (
                (2017, Decimal(5), Decimal(5), Decimal(12)),
                (2018, Decimal(12), Decimal(12), Decimal(0)),
                (2019, Decimal(12), Decimal(12), Decimal(0)),
                (2020, Decimal(12), Decimal(12), Decimal(0)),
                (2021, Decimal("9.4"), Decimal("9.4"), Decimal(0)),
                (2022, Decimal("7.2"), Decimal("7.2"), Decimal(0)),
                (2023, Decimal("7.2"), Decimal("7.2"), Decimal(0)),
                (2024, Decimal("4.8"), Decimal("4.8"), Decimal(0)),
            )
        ),
        praksis_required_months=Decimal(60),
        assessment=(
            "Du har dokumentert 69,6 måneder praksis og har fått godskrevet 12 måneder for Vg1. Kravet er "
            "60 måneder. Mer enn halvparten av praksisen er fra de siste ti årene.",
        ),
        reasoning=tuple(reasoning),
        electronically_approved=True,
        attachments=("Oversikt over kompetansemål for Vg3 helsearbeiderfaget",),
        copy_to=("Fjordvik sjukeheim",),
        language=language,
    )


def sample_certificate(
    language: Language = Language.NB, *, learner: Party | None = None, number: str = "VFK-2024-000123"
) -> CertificateData:
    return CertificateData(
        certificate_number=number,
        learner=learner or sample_party(),
        title="Helsearbeiderfaget Vg2 – realkompetansevurdering",
        issuer=sample_issuer(),
        date_of_issue=date(2024, 9, 16),
        items=(
            CertificateItem(
                "HEA2001",
                "Helsefremmende arbeid",
                Judgement.APPROVED,
                Workload(Decimal(140), WorkloadUnit.HOURS),
            ),
            CertificateItem(
                "HEA2002",
                "Kommunikasjon og samhandling",
                Judgement.PARTLY_APPROVED,
                Workload(Decimal(112), WorkloadUnit.HOURS),
                outcomes=(
                    LearningOutcome(
                        "KM-HEA2002-01",
                        "Kommunisere med pasienter og brukere på en måte som ivaretar deres integritet",
                        True,
                        OutcomeCategory.SKILLS,
                    ),
                    LearningOutcome(
                        "KM-HEA2002-02",
                        "Samarbeide med pårørende og andre yrkesgrupper",
                        True,
                        OutcomeCategory.COMPETENCE,
                    ),
                    LearningOutcome(
                        "KM-HEA2002-03",
                        "Gjøre rede for taushetsplikt og dokumentasjonsplikt",
                        False,
                        OutcomeCategory.KNOWLEDGE,
                    ),
                ),
            ),
            CertificateItem(
                "HEA2003", "Yrkesutøvelse", Judgement.NOT_APPROVED, Workload(Decimal(140), WorkloadUnit.HOURS)
            ),
        ),
        workload=Workload(Decimal(252), WorkloadUnit.HOURS),
        level=Level(Framework.NKR, "4"),
        assessment=(AssessmentMethod.DOCUMENTS, AssessmentMethod.DIALOGUE, AssessmentMethod.PRACTICAL_TEST),
        participation=Participation.VALIDATION,
        quality_assurance="Realkompetansevurdering etter Utdanningsdirektoratets nasjonale retningslinjer; "
        "fylkeskommunens kvalitetssystem for fagopplæring.",
        language=language,
        context=CertificateContext.RKV_VGS,
        identity_verification=IdentityVerification.SUPERVISED_ONSITE_ID,
        stackability=Stackability.STACKABLE,
        stackability_note="Kan inngå i fag- eller svennebrev i helsearbeiderfaget.",
        signers=(Signer("Kari Nordmann", "fagleder"),),
        place="Fjordvik",
    )


def sample_swedish_outcome(
    kind: SwedishOutcomeKind = SwedishOutcomeKind.INTYG,
    language: Language = Language.SV,
    *,
    candidate: Party | None = None,
) -> SwedishOutcomeData:
    passed_all = kind is SwedishOutcomeKind.CERTIFICATE
    modules: tuple[ModuleResult, ...] = (
        ModuleResult("IF-01", "Säkerhet och arbetsmiljö", True, "86 %"),
        ModuleResult("IF-02", "Kvalitet och mätteknik", True, "78 %"),
        ModuleResult(
            "IF-03",
            "Ritningsläsning",
            passed_all,
            "74 %" if passed_all else "58 %",
            "" if passed_all else "Komplettera med kursen Ritningsläsning 1 (50 poäng).",
        ),
        ModuleResult("IF-04", "Underhåll", True, "81 %"),
    )
    if kind is SwedishOutcomeKind.KARTLAGGNING:
        modules = ()
    return SwedishOutcomeData(
        kind=kind,
        document_number="SIV-2024-0042",
        candidate=candidate
        or Party(
            "Олена", "Шевченко", ("Storgatan 12",), "41101", "Göteborg", "SE", birth_date=date(1990, 7, 21)
        ),
        date=date(2024, 10, 4),
        model_name="Industritekniskt basprov (exempel)",
        model_owner="Exempelbranschens yrkesnämnd",
        model_version="2024.1",
        role="Industrioperatör",
        certificate_name="Branschcertifikat Industrioperatör bas",
        modules=modules,
        language=language,
        level=Level(Framework.SEQF, "3"),
        assessor=Signer("Anna Lind", "yrkesbedömare"),
        assessor_id="YB-1187",
        accreditation_id="TC-0042",
        assessment_signed_on=date(2024, 10, 3),
        findings=("Goda kunskaper i säkerhet och underhåll från sex års arbete som maskinoperatör.",)
        if kind is SwedishOutcomeKind.KARTLAGGNING
        else (),
        next_steps=("Fördjupad kartläggning mot Industritekniskt basprov.", "Kurs i ritningsläsning.")
        if kind is not SwedishOutcomeKind.CERTIFICATE
        else (),
    )


def sample_competence_map(
    language: Language = Language.NB, *, candidate: Party | None = None
) -> CompetenceMapData:
    return CompetenceMapData(
        candidate=candidate or sample_party(POLISH_NAME),
        date=date(2024, 9, 20),
        reference="24/01877",
        prepared_by=Signer("Ola Hansen", "karriereveileder"),
        targets=(
            TargetCoverage(
                "Helsearbeiderfaget Vg3",
                14,
                5,
                3,
                "HEA3-01",
                Decimal(0),
                None,
                None,
                (
                    "Dokumentasjon av legemiddelhåndtering",
                    "Erfaring med palliativ omsorg",
                    "Skriftlig eksamen HEA3102",
                ),
            ),
            TargetCoverage(
                "Barne- og ungdomsarbeiderfaget Vg3",
                6,
                4,
                12,
                "BUA3-01",
                None,
                None,
                None,
                (
                    "Praksis med barn under skolealder",
                    "Pedagogisk planlegging og dokumentasjon",
                    "Kunnskap om barns utvikling og rettigheter",
                ),
            ),
            TargetCoverage(
                "Fagskole: Eldreomsorg (30 studiepoeng)",
                9,
                2,
                1,
                "FS-ELD",
                Decimal(20),
                Decimal(30),
                WorkloadUnit.STUDIEPOENG,
                ("Emne 3: Ledelse og kvalitetsarbeid",),
            ),
        ),
        language=language,
    )


def with_language(data: VedtakData, language: Language) -> VedtakData:
    return replace(data, language=language)
