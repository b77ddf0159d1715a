"""Documents from the store: vedtak and kompetansebevis of demo cases, issuing, versions, hashes, batches.

The demo data (``load_demo_data``) brings the praksiskandidat case of Áŋŋá Máret Gaup against the sample
lærefag TMF3 (five outcomes judged) and the fritak case of Олена Шевченко against the sample emne
HEL-EO10 (four outcomes judged). A test finishes the judgements and approves the case through
``services.mapping`` as a caseworker would, then issues the documents and reads them back with pypdf.
"""

from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import delete, text, update
from sqlalchemy.exc import IntegrityError

from rpl_desktop.documents.certificate import missing_eu_elements
from rpl_desktop.documents.errors import CertificateIncomplete
from rpl_desktop.documents.labels import default_legal_basis, load_labels
from rpl_desktop.documents.model import Judgement as DocJudgement
from rpl_desktop.documents.model import Language, VedtakCaseType
from rpl_desktop.domain.cases import Case, CaseStatus, Purpose
from rpl_desktop.domain.errors import RplError, StoreError, ValidationError
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.register import Organisation, OrgKind, Signer
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents as ds
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.candidates import get_candidate, search_candidates
from rpl_desktop.services.catalogue import list_standards
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.organisation import save_organisation
from rpl_desktop.store.database import Database
from rpl_desktop.store.document_records import IssuedDocumentRecord
from rpl_desktop.store.records import CaseRecord
from tests.unit.documents.pdf_reading import full_text, reader

QA = "Realkompetansevurdering etter nasjonale retningslinjer; fagskolens kvalitetssystem (NOKUT-akkreditert)."
EU_ELEMENTS = ("learner", "title", "issuer_country_region", "awarding_body", "date_of_issue",
               "learning_outcomes", "workload", "level", "assessment", "participation", "quality_assurance")


def organisation(db: Database) -> None:
    save_organisation(db, Organisation(
        "Vestfjell fylkeskommune", "974 760 673", OrgKind.FYLKESKOMMUNE, "NO", "Vestfjell",
        address="Postboks 123\n4604 Fjordvik",
        signers=[Signer("Kari Nordmann", "fagleder"), Signer("Ola Hansen", "rådgiver")],
    ))


@pytest.fixture
def world(db: Database) -> Database:
    load_demo_data(db)
    organisation(db)
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
    return db


def case_of(db: Database, family_name: str, purpose: Purpose) -> int:
    return next(r.id for r in cs.list_cases(db) if family_name in r.candidate_name and r.purpose == purpose)


def approve(db: Database, case_id: int, not_met: set[int] = frozenset()) -> None:  # type: ignore[assignment]
    """Judge every outcome not judged yet (met, or not met for the indexes in ``not_met``), then approve."""
    matrix = ms.load_matrix(db, case_id, with_suggestions=False)
    for index, row in enumerate(matrix.rows):
        a = row.assessment
        if a.judgement != Judgement.NOT_ASSESSED and index not in not_met:
            continue
        judgement = Judgement.NOT_MET if index in not_met else Judgement.MET
        reason = ("Ikke vist i samtalen." if judgement == Judgement.NOT_MET
                  else "Vist i fagsamtale & praktisk prøve <på arbeidsplassen>.")
        methods = {Method.DIALOGUE, Method.PRACTICAL_TEST}
        ms.set_judgement(db, case_id, a.outcome.uid, judgement, reason, methods)
    if cs.get_case(db, case_id).status == CaseStatus.DRAFT:
        ms.change_status(db, case_id, CaseStatus.UNDER_ASSESSMENT)
    ms.change_status(db, case_id, CaseStatus.PROPOSED)
    ms.change_status(db, case_id, CaseStatus.APPROVED)


def new_fritak_case(db: Database, name: str, code: str = "HEL-EO10") -> int:
    uid = next(s.uid for s in list_standards(db) if s.code == code)
    candidate = search_candidates(db, name)[0].id
    case = cs.create_case(db, Case(candidate, uid, Purpose.FRITAK, caseworker="Per Hansen"))
    assert case.id is not None
    return case.id


# ----------------------------------------------------------------------------------------------------
# vedtak


def test_vedtak_of_the_demo_praksis_case_after_approval(world: Database) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    approve(world, case_id)
    data = ds.vedtak_data(world, case_id)
    assert data.case_type == VedtakCaseType.PRAKSISKANDIDAT_APPROVAL
    assert data.party.national_id is None and data.praksis_rows and data.periods

    issued = ds.issue(world, case_id, ds.VEDTAK, None, "Kari Nordmann")
    pdf = ds.read_issued(world, issued.id)
    text = full_text(pdf)
    case = cs.get_case(world, case_id)
    candidate = get_candidate(world, case.candidate_id)
    labels = load_labels(Language.NB)

    assert "Áŋŋá Máret Gaup" in text  # exactly as entered, Sami letters and all
    assert case.number in text
    assert "Vi godkjenner praksisen din i tømrerfaget." in text  # the decision first, in plain words
    assert text.index(labels["vedtak.section.decision"]) < text.index(labels["vedtak.section.legal_basis"])
    for paragraph in default_legal_basis(VedtakCaseType.PRAKSISKANDIDAT_APPROVAL, Language.NB):
        assert " ".join(paragraph.split()) in text
    assert "Du kan klage på vedtaket. Klagefristen er 3 uker" in text
    assert "Statsforvalteren" in text  # the appeal body of videregående
    assert labels["vedtak.facts.praksis"] in text and "Sámi Huksen AS" in text
    # free text prints literally
    assert "Vist i fagsamtale & praktisk prøve <på arbeidsplassen>." in text
    # no national ID anywhere: text, metadata, sidecar, raw bytes
    fnr = candidate.national_id
    assert fnr and fnr not in text and fnr not in pdf.decode("latin-1")
    assert fnr not in json.dumps(issued.sidecar)
    assert issued.sidecar["saksnr"] == case.number and issued.sidecar["part"] == "Áŋŋá Máret Gaup"
    # issuing the vedtak moved the case to issued
    assert cs.get_case(world, case_id).status == CaseStatus.ISSUED


def test_vedtak_in_each_language_and_refusal_type(world: Database) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    approve(world, case_id, not_met={9, 10})
    assert ds.vedtak_data(world, case_id).case_type == VedtakCaseType.PRAKSISKANDIDAT_REFUSAL
    for lang, words in (("nn", "Vi kan ikkje godkjenne praksisen din"), ("en", "We cannot approve your work"),
                        ("sv", "Vi kan inte godkänna din yrkeserfarenhet")):
        text = full_text(ds.preview(world, case_id, ds.VEDTAK, lang))
        assert words in text and "Áŋŋá Máret Gaup" in text


def test_a_vedtak_is_refused_before_approval_and_nothing_is_stored(world: Database) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)  # under assessment in the demo data
    with pytest.raises(RplError, match="approved"):
        ds.issue(world, case_id, ds.VEDTAK, "nb", "Kari Nordmann")
    assert ds.list_issued(world, case_id) == []
    assert reader(ds.preview(world, case_id, ds.VEDTAK, "nb")).pages  # a draft can still be looked at


def test_no_organisation_profile_gives_a_clear_message(db: Database) -> None:
    load_demo_data(db)
    case_id = case_of(db, "Gaup", Purpose.PRAKSISKANDIDAT)
    with pytest.raises(RplError, match="organisation profile"):
        ds.preview(db, case_id, ds.VEDTAK, "nb")


# ----------------------------------------------------------------------------------------------------
# kompetansebevis


def test_kompetansebevis_of_a_partly_met_fritak_case_lists_only_the_met_outcomes(world: Database) -> None:
    case_id = case_of(world, "Шевченко", Purpose.FRITAK)
    not_met = {4, 5, 6, 7, 8, 9, 10}  # F1-F4, GK1-GK3; K1-K4 were judged met in the demo data
    approve(world, case_id, not_met=not_met)
    data = ds.kompetansebevis_data(world, case_id)
    assert data.language == Language.NN  # the candidate's målform
    assert missing_eu_elements(data) == []
    (item,) = data.items
    assert item.result == DocJudgement.PARTLY_APPROVED and item.workload is None  # no partial studiepoeng
    assert all(o.approved for o in item.outcomes) and len(item.outcomes) == 4

    issued = ds.issue(world, case_id, ds.KOMPETANSEBEVIS, None, "Per Hansen")
    assert issued.certificate_number == "VF-2026-000001".replace("2026", str(issued.issued_at.year))
    text = full_text(ds.read_issued(world, issued.id))
    matrix = ms.load_matrix(world, case_id, with_suggestions=False, lang="nn")
    for index, row in enumerate(matrix.rows):
        outcome = " ".join(row.assessment.outcome.text.split())
        if index in not_met:
            assert outcome not in text, outcome
        else:
            assert outcome in text, outcome
    labels = load_labels(Language.NN)
    for element in EU_ELEMENTS:
        assert labels[f"eu.{element}"] in text, element
    assert "Олена Шевченко" in text and issued.certificate_number in text
    assert "NKR nivå 5.1" in text and "EQF-nivå 5" in text and "10 studiepoeng" in text
    assert QA in text


def test_a_fully_met_emne_is_listed_whole_with_its_studiepoeng(world: Database) -> None:
    case_id = new_fritak_case(world, "Sjöström", "HEL-PH15")
    approve(world, case_id)
    data = ds.kompetansebevis_data(world, case_id)
    (item,) = data.items
    assert item.result == DocJudgement.APPROVED and item.outcomes == ()
    assert item.workload is not None and item.workload.amount == 15 and data.language == Language.SV


def test_kompetansebevis_refused_while_an_eu_element_is_missing(world: Database) -> None:
    case_id = case_of(world, "Шевченко", Purpose.FRITAK)
    approve(world, case_id, not_met={4, 5, 6, 7, 8, 9, 10})
    world.set_setting(ds.QUALITY_ASSURANCE_SETTING, "")
    with pytest.raises(CertificateIncomplete) as info:
        ds.issue(world, case_id, ds.KOMPETANSEBEVIS, "nb", "Per Hansen")
    assert info.value.missing == ["quality_assurance"]
    assert ds.list_issued(world, case_id) == []
    assert ds.next_document_number(world).endswith("-000001")  # the refusal took no number


def test_kompetansebevis_refused_with_nothing_approved(world: Database) -> None:
    case_id = new_fritak_case(world, "Rássa")
    approve(world, case_id, not_met=set(range(11)))
    with pytest.raises(RplError, match="Nothing in this case is approved"):
        ds.issue(world, case_id, ds.KOMPETANSEBEVIS, "nb", "Per Hansen")


# ----------------------------------------------------------------------------------------------------
# issuing: versions, hashes, never changed


def test_issuing_again_needs_a_reason_and_keeps_both_versions(world: Database, tmp_path: Path) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    approve(world, case_id)
    first = ds.issue(world, case_id, ds.VEDTAK, "nb", "Kari Nordmann")
    with pytest.raises(ValidationError, match="reason"):
        ds.issue(world, case_id, ds.VEDTAK, "nb", "Kari Nordmann")
    second = ds.issue(world, case_id, ds.VEDTAK, "nb", "Kari Nordmann", reason="Feil dato for attesten.")
    english = ds.issue(world, case_id, ds.VEDTAK, "en", "Kari Nordmann")  # another language: its own v1
    versions = [(d.kind, d.language, d.version, d.reason) for d in ds.list_issued(world, case_id)]
    assert versions == [("vedtak", "en", 1, ""), ("vedtak", "nb", 1, ""),
                        ("vedtak", "nb", 2, "Feil dato for attesten.")]
    for doc in (first, second, english):
        pdf = ds.read_issued(world, doc.id)
        assert hashlib.sha256(pdf).hexdigest() == doc.sha256 and len(pdf) == doc.size
    # two archive documents, even when issued within the same second
    assert first.sha256 != second.sha256
    assert first.sidecar["dokument_id"] != second.sidecar["dokument_id"]
    assert second.sidecar["versjon"] == 2
    assert second.sidecar["grunn_for_ny_versjon"] == "Feil dato for attesten."

    pdf_path, sidecar_path = ds.export_issued(world, second.id, tmp_path)
    assert pdf_path.read_bytes() == ds.read_issued(world, second.id)
    sidecar = json.loads(sidecar_path.read_text(encoding="utf-8"))
    assert sidecar["sha256"] == second.sha256 and sidecar["filnavn"] == pdf_path.name
    assert sidecar["format"] == "PDF/A-2b"


def test_reading_back_checks_the_hash_and_an_issued_document_never_changes(world: Database) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    approve(world, case_id)
    doc = ds.issue(world, case_id, ds.VEDTAK, "nb", "Kari Nordmann")
    with world.transaction() as s, pytest.raises(RplError, match="never changed"):
        record = s.get(IssuedDocumentRecord, doc.id)
        assert record is not None
        record.reason = "changed"
        s.flush()
    pdf = ds.read_issued(world, doc.id)
    tampered = pdf.replace(b"Vedtak", b"Vedtok", 1)
    with world.engine.begin() as conn:  # behind the program's back, as damage would
        conn.execute(
            update(IssuedDocumentRecord).where(IssuedDocumentRecord.id == doc.id).values(pdf=tampered))
    with pytest.raises(StoreError, match="SHA-256"):
        ds.read_issued(world, doc.id)


def test_a_case_with_issued_documents_cannot_be_deleted(world: Database) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    approve(world, case_id)
    ds.issue(world, case_id, ds.VEDTAK, "nb", "Kari Nordmann")
    with pytest.raises(IntegrityError), world.transaction() as s:
        s.execute(delete(CaseRecord).where(CaseRecord.id == case_id))
    with world.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM issued_document")).scalar() == 1


def test_certificate_numbers_follow_the_pattern_and_are_unique(world: Database) -> None:
    world.set_setting(ds.NUMBER_PATTERN_SETTING, "RKV-{yy}-{seq:04}")
    world.set_setting(ds.ORG_CODE_SETTING, "")
    numbers = []
    for name in ("Шевченко", "Sjöström", "Rássa"):
        case_id = case_of(world, name, Purpose.FRITAK) if name == "Шевченко" else new_fritak_case(world, name)
        approve(world, case_id, not_met={10})
        numbers.append(ds.issue(world, case_id, ds.KOMPETANSEBEVIS, "nb", "Per Hansen").certificate_number)
    year = f"{ds.list_issued(world, case_id)[0].issued_at.year % 100:02d}"
    assert numbers == [f"RKV-{year}-0001", f"RKV-{year}-0002", f"RKV-{year}-0003"]
    with pytest.raises(ValidationError):
        ds.validate_number_pattern("{org}-{yyyy}")


# ----------------------------------------------------------------------------------------------------
# batches


@pytest.fixture
def approved_cases(world: Database) -> list[int]:
    ids = [case_of(world, "Шевченко", Purpose.FRITAK)]
    ids += [new_fritak_case(world, name) for name in ("Sjöström", "Rássa", "Gaup", "Wójcik")]
    for index, case_id in enumerate(ids):
        approve(world, case_id, not_met={10} if index % 2 else set())
    return ids


def test_batch_into_a_folder_and_into_one_combined_pdf(world: Database, approved_cases: list[int],
                                                       tmp_path: Path) -> None:
    not_approved = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    calls: list[tuple[int, int]] = []
    ids = [*approved_cases, not_approved]
    report = ds.batch_certificates(world, ids, tmp_path / "folder", combined=False,
                                   progress=lambda done, total: calls.append((done, total)))
    assert calls == [(n, 6) for n in range(1, 7)]
    assert len(report.done) == 5 and not report.failed
    assert [item.case_id for item in report.skipped] == [not_approved]
    assert "approved" in report.skipped[0].reason
    files = sorted(p.name for p in (tmp_path / "folder").iterdir())
    assert len(files) == 5 and all(name.endswith("-kompetansebevis-nb-v1.pdf") or "-nn-" in name
                                   or "-sv-" in name for name in files)
    # a second batch prints the issued certificates again, byte for byte, and issues nothing new
    report = ds.batch_certificates(world, approved_cases, tmp_path / "combined", combined=True,
                                   combined_name="alle.pdf")
    assert report.combined_path == tmp_path / "combined" / "alle.pdf"
    assert sorted(p.name for p in (tmp_path / "combined").iterdir()) == ["alle.pdf"]
    combined = reader(report.combined_path.read_bytes())
    singles = [reader(p.read_bytes()) for p in sorted((tmp_path / "folder").iterdir())]
    assert len(combined.pages) == sum(len(r.pages) for r in singles)
    text = full_text(report.combined_path.read_bytes())
    names = ("Олена Шевченко", "Linnea Sjöström", "Jåssjå Rássa", "Áŋŋá Máret Gaup",
             "Małgorzata Wójcik-Łęcka")
    for name in names:
        assert name in text
    assert sum(len(ds.list_issued(world, c)) for c in approved_cases) == 5


@pytest.mark.parametrize("combined", [False, True], ids=["folder", "combined"])
def test_a_cancelled_batch_leaves_no_partial_file(world: Database, approved_cases: list[int], tmp_path: Path,
                                                  combined: bool) -> None:
    seen: list[int] = []
    out = tmp_path / "out"
    report = ds.batch_certificates(world, approved_cases, out, combined=combined,
                                   progress=lambda done, total: seen.append(done),
                                   cancelled=lambda: len(seen) >= 2)
    assert report.cancelled and len(report.done) == 2 and seen == [1, 2]
    names = sorted(p.name for p in out.iterdir())
    assert not any(name.endswith(".part") or name.startswith(".") for name in names)
    if combined:
        assert names == [] and report.combined_path is None
    else:
        assert len(names) == 2
        for path in out.iterdir():
            assert len(reader(path.read_bytes()).pages) >= 2  # complete files only


def test_certificates_from_csv_reports_bad_lines_by_number(world: Database, approved_cases: list[int],
                                                           tmp_path: Path) -> None:
    numbers = [cs.get_case(world, c).number for c in approved_cases[:2]]
    path = tmp_path / "cases.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Saksnummer", "navn", "lang"])
        w.writerow([numbers[0], "Olena", "nb"])
        w.writerow(["=HYPERLINK(\"http://x.invalid\";\"klikk\")", "x", ""])
        w.writerow(["99/99999", "ukjent", ""])
        w.writerow([numbers[1], "Linnea", "de"])
        w.writerow(["", "tom", ""])
        w.writerow([numbers[1], "Linnea", ""])
    calls: list[tuple[int, int]] = []
    report = ds.certificates_from_csv(world, path, tmp_path / "out",
                                      progress=lambda done, total: calls.append((done, total)))
    assert [item.case_id for item in report.done] == approved_cases[:2]
    reasons = {item.label: item.reason for item in report.skipped}
    assert set(reasons) == {"line 3", "line 4", "line 5", "line 6"}
    assert reasons["line 3"].startswith("no case with the number «'=HYPERLINK(")  # shown as text, never run
    assert "«99/99999»" in reasons["line 4"] and "«de»" in reasons["line 5"]
    assert calls[-1] == (6, 6)
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(
        ds.latest_issued(world, c, "kompetansebevis", lang).filename  # type: ignore[union-attr]
        for c, lang in zip(approved_cases[:2], ("nb", "sv"), strict=True))
    with pytest.raises(RplError, match="case number column"):
        bad = tmp_path / "bad.csv"
        bad.write_text("navn\nOlena\n", encoding="utf-8")
        ds.certificates_from_csv(world, bad, tmp_path / "out")


def test_pdf_concatenator_keeps_every_page(world: Database) -> None:
    case_id = case_of(world, "Gaup", Purpose.PRAKSISKANDIDAT)
    one = ds.preview(world, case_id, ds.VEDTAK, "nb")
    two = ds.preview(world, case_id, ds.VEDTAK, "sv")
    joined = ds.combine_pdfs([one, two])
    assert len(reader(joined).pages) == len(reader(one).pages) + len(reader(two).pages)
    assert full_text(joined) == f"{full_text(one)} {full_text(two)}"


# ----------------------------------------------------------------------------------------------------
# the other kinds


def test_competence_map_and_swedish_kartlaggning(world: Database) -> None:
    kartlegging = case_of(world, "Brækhus-Aas", Purpose.KOMPETANSEKARTLEGGING)
    data = ds.competence_map_data(world, cs.get_case(world, kartlegging).candidate_id)
    assert data.language == Language.NN and len(data.targets) == 3 and data.candidate.national_id is None
    assert "Øystein Brækhus-Aas" in full_text(ds.preview(world, kartlegging, ds.COMPETENCE_MAP))
    bransch = case_of(world, "Sjöström", Purpose.BRANSJEVALIDERING)
    text = full_text(ds.preview(world, bransch, ds.KARTLAGGNING))
    assert "Linnea Sjöström" in text and "Kartläggningsutlåtande" in text
    issued = ds.issue(world, bransch, ds.KARTLAGGNING, None, "Anna Lind")
    assert issued.language == "sv" and issued.certificate_number
    with pytest.raises(RplError):
        ds.vedtak_data(world, bransch)


# ----------------------------------------------------------------------------------------------------
# the headless commands


def test_document_and_certificates_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rpl_desktop.app import main
    from rpl_desktop.paths import app_paths
    from rpl_desktop.store.database import open_database

    assert main(["--basedir", str(tmp_path), "demo"]) == 0
    paths = app_paths(tmp_path)
    db = open_database(paths.default_database_url(), paths.evidence_dir)
    try:
        organisation(db)
        db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
        gaup = case_of(db, "Gaup", Purpose.PRAKSISKANDIDAT)
        olena = case_of(db, "Шевченко", Purpose.FRITAK)
        approve(db, gaup)
        approve(db, olena, not_met={9, 10})
        numbers = [cs.get_case(db, c).number for c in (gaup, olena)]
    finally:
        db.close()
    out = tmp_path / "out"
    out.mkdir()
    base = ["--basedir", str(tmp_path)]
    assert main([*base, "document", numbers[0], "--kind", "vedtak", "--lang", "sv",
                 "--out", str(out / "preview.pdf")]) == 0
    assert "Áŋŋá Máret Gaup" in full_text((out / "preview.pdf").read_bytes())
    assert main([*base, "document", str(gaup), "--kind", "vedtak", "--issue", "--by", "Kari Nordmann",
                 "--out", str(out)]) == 0
    issued = sorted(p.name for p in out.iterdir() if p.name != "preview.pdf")
    assert len(issued) == 2 and issued[0].endswith("-vedtak-nb-v1.json")
    capsys.readouterr()
    # bad input: a clear line and exit 2, never a traceback
    assert main([*base, "document", "99/99999", "--kind", "vedtak", "--out", str(out)]) == 2
    assert main([*base, "document", "missing.json", "--kind", "vedtak", "--out", str(out)]) == 2
    assert main([*base, "document", numbers[0], "--kind", "vedtak", "--issue", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "no case «99/99999»" in err and "no case file missing.json" in err and "reason" in err
    assert "Traceback" not in err
    # a case file alone (exported from the store) gives a preview
    assert main([*base, "case", "export", str(olena), "--out", str(tmp_path / "case.json")]) == 0
    assert main([*base, "document", str(tmp_path / "case.json"), "--kind", "kompetansebevis",
                 "--out", str(tmp_path / "from-file.pdf")]) == 0
    assert "Олена Шевченко" in full_text((tmp_path / "from-file.pdf").read_bytes())
    # certificates from a CSV: the good line printed, the bad one named by its line, exit 2
    (tmp_path / "cases.csv").write_text(f"case_number\n{numbers[1]}\n@SUM(1+1)\n", encoding="utf-8")
    capsys.readouterr()
    assert main([*base, "certificates", "--from", str(tmp_path / "cases.csv"), "--out",
                 str(tmp_path / "certs"), "--combined"]) == 2
    captured = capsys.readouterr()
    assert "line 3: no case with the number «'@SUM(1+1)»" in captured.err
    assert "1 of 2 certificates written, 1 skipped." in captured.out
    assert len(list((tmp_path / "certs").glob("*.pdf"))) == 1


def test_a_large_batch_draws_in_worker_processes(world: Database, approved_cases: list[int], tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """The process-pool path (used from 100 certificates) gives the same stored, hashed documents."""
    monkeypatch.setattr(ds, "POOL_FROM", 2)
    seen: list[int] = []
    report = ds.batch_certificates(world, approved_cases, tmp_path / "out", combined=False,
                                   progress=lambda done, total: seen.append(done))
    assert not report.failed and len(report.done) == len(approved_cases)
    assert seen == list(range(1, len(approved_cases) + 1))
    for item in report.done:
        assert item.path is not None and len(reader(item.path.read_bytes()).pages) >= 2
        [doc] = [d for d in ds.list_issued(world, item.case_id) if d.kind == "kompetansebevis"]
        assert ds.read_issued(world, doc.id) == item.path.read_bytes()  # hash checked on the way
