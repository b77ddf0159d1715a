"""The external-assessor round trip through the services: export → the assessor's session → response
file → import, on the demo candidates and the sample catalogue, with real encryption and real files."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.errors import ImportFileError, RplError, ValidationError
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.services import assessor as office
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.services.assessor_files import (
    KIND_PACKAGE,
    KIND_RESPONSE,
    decode_response,
    encode_response,
    response_path_for,
)
from rpl_desktop.services.assessor_session import AssessorSession
from rpl_desktop.services.candidates import ConflictError, get_candidate, search_candidates
from rpl_desktop.services.catalogue import list_standards, load_sample
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.evidence import attach_evidence
from rpl_desktop.store.crypto import (
    TamperedFile,
    WrongPassphrase,
    seal_with_passphrase,
    unseal_with_passphrase,
)
from rpl_desktop.store.database import Database, open_database

PASS = "blue tractor seven fjords"
ATTEST = b"%PDF-1.4\nAttest: arbeidet som assistent, demensavdeling. Signert: avdelingsleder.\n%%EOF\n"
PAYSLIP = b"Loennsslipp november: 31 245 kroner. Konto 1234.56.78901\n"


class World:
    def __init__(
        self, db: Database, case_id: int, candidate_id: int, attest_id: int, payslip_id: int
    ) -> None:
        self.db = db
        self.case_id = case_id
        self.candidate_id = candidate_id
        self.attest_id = attest_id
        self.payslip_id = payslip_id

    def uid(self, code: str) -> str:
        matrix = ms.load_matrix(self.db, self.case_id, with_suggestions=False)
        return next(r.assessment.outcome.uid for r in matrix.rows if r.assessment.outcome.code == code)


def make_world(db: Database, tmp: Path) -> World:
    load_demo_data(db, with_cases=False)
    load_sample(db)
    candidate_id = search_candidates(db, "Шевченко")[0].id
    standard = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    case = cs.create_case(db, Case(candidate_id, standard, Purpose.FRITAK))
    assert case.id is not None
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "attest.pdf").write_bytes(ATTEST)
    (tmp / "loennsslipp.txt").write_bytes(PAYSLIP)
    attest = attach_evidence(db, candidate_id, tmp / "attest.pdf")
    payslip = attach_evidence(db, candidate_id, tmp / "loennsslipp.txt")
    assert attest.id is not None and payslip.id is not None
    world = World(db, case.id, candidate_id, attest.id, payslip.id)
    ms.link_evidence(db, case.id, world.uid("K2"), ms.EvidenceKindRef.FILE, attest.id)
    ms.set_judgement(
        db, case.id, world.uid("K1"), Judgement.MET, "Fagbrev som helsefagarbeider.", {Method.DOCUMENTS}
    )
    return world


@pytest.fixture
def world(db: Database, tmp_path: Path) -> World:
    return make_world(db, tmp_path / "files")


def send(world: World, tmp: Path, **kwargs) -> tuple[office.SentPackage, Path]:  # type: ignore[no-untyped-def]
    out = tmp / "pakke.rpl"
    kwargs.setdefault("evidence_ids", [world.attest_id])
    sent = office.export_package(
        world.db, world.case_id, assessor_name="Ola Fagkonsulent", passphrase=PASS, out=out, **kwargs
    )
    return sent, out


def assess(package: Path, judgements: dict[str, tuple[Judgement, set[Method], str]], world: World) -> Path:
    session = AssessorSession.open(package, PASS)
    session.set_identity("Ola Fagkonsulent", "fagkonsulent", "Helsefagskolen Vest", save=False)
    for code, (judgement, methods, reason) in judgements.items():
        session.record(world.uid(code), judgement, methods, reason, notes=f"Samtale om {code}.", save=False)
    return session.finish()  # one scrypt key derivation per file written: keep the test quick


# -- the round trip --------------------------------------------------------------------------------------


def test_round_trip_export_assess_import_and_the_matrix_shows_the_assessor(
    world: World, tmp_path: Path
) -> None:
    db = world.db
    sent, package = send(world, tmp_path)
    # the open outcomes: everything but K1, which the office judged already
    assert sent.outcome_codes == ("K2", "K3", "K4", "F1", "F2", "F3", "F4", "GK1", "GK2", "GK3")
    assert sent.evidence_count == 1 and sent.state == office.SENT

    session = AssessorSession.open(package, PASS)
    m = session.manifest
    assert m.candidate_name == "Олена Шевченко" and m.case_number == cs.get_case(db, world.case_id).number
    assert [e.filename for e in m.evidence] == ["attest.pdf"]
    assert [e.key for e in session.evidence_for(world.uid("K2"))] == ["e1"]
    assert session.evidence_for(world.uid("K3")) == []
    copy = session.evidence_copy("e1", tmp_path / "view")
    assert copy.read_bytes() == ATTEST
    # the interview guide in the candidate's målform (nynorsk), for every outcome sent
    assert len(m.guide) == 10 and m.guide[0].code == "K2" and "Kvar lærte du det" in m.guide[0].questions[0]

    session.set_identity("Ola Fagkonsulent", "fagkonsulent", "Helsefagskolen Vest")
    session.record(world.uid("K2"), Judgement.MET, {Method.DIALOGUE}, "Forklarte personsentrert omsorg godt.")
    # work in progress is in the encrypted response file already; reopening resumes it
    response_file = response_path_for(package)
    assert response_file.exists() and b"Forklarte" not in response_file.read_bytes()
    resumed = AssessorSession.open(package, PASS)
    assert resumed.identity is not None and resumed.identity.role == "fagkonsulent"
    assert resumed.assessment(world.uid("K2")).judgement == Judgement.MET  # type: ignore[union-attr]
    resumed.record(
        world.uid("F1"),
        Judgement.PARTLY,
        {Method.PRACTICAL_TEST, Method.DIALOGUE},
        "Kartla funksjonsnivå, men utan standardisert verktøy.",
        notes="Praktisk prøve 20.11.",
    )
    assert resumed.finish() == response_file

    review = office.review_response(db, response_file, PASS)
    assert [r.code for r in review.rows] == ["K2", "F1"]
    assert review.conflicts() == [] and "K3" in review.not_judged
    assert review.assessor.describe() == "Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest)"
    result = office.import_response(db, review)
    assert result.applied == ("K2", "F1") and result.kept == () and result.recorded == 2

    matrix = ms.load_matrix(db, world.case_id, with_suggestions=False)
    k2 = matrix.row(world.uid("K2")).assessment
    assert k2.judgement == Judgement.MET and k2.methods == {Method.DIALOGUE}
    assert k2.reason == "Forklarte personsentrert omsorg godt."
    today = review.response.judgements[0].assessed_at.date().isoformat()
    assert f"Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest), {today}" in k2.notes
    f1 = matrix.row(world.uid("F1")).assessment
    assert f1.judgement == Judgement.PARTLY and "Praktisk prøve 20.11." in f1.notes
    shown = office.external_judgements(db, world.case_id)
    assert shown[world.uid("K2")].describe() == (
        f"assessed by Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest), {today}"
    )
    assert shown[world.uid("K2")].applied
    assert office.list_packages(db, world.case_id)[0].state == office.RETURNED


def test_the_audit_log_records_the_export_and_the_import(world: World, tmp_path: Path) -> None:
    audit = pytest.importorskip("rpl_desktop.services.audit")
    _sent, package = send(world, tmp_path)
    response = assess(package, {"K2": (Judgement.MET, {Method.DIALOGUE}, "Godt forklart.")}, world)
    office.import_response(world.db, office.review_response(world.db, response, PASS))
    entries = [e for e in audit.case_entries(world.db, world.case_id) if e["entity"] == "assessor_package"]
    assert [e["action"] for e in entries] == ["export", "import"]
    assert "Ola Fagkonsulent (fagkonsulent, Helsefagskolen Vest)" in entries[1]["reason"]
    judged = [e for e in audit.case_entries(world.db, world.case_id) if e["entity"] == "judgement"]
    assert judged, "the judgement applied by the import is in the case's history"
    assert audit.verify_chain(world.db).ok


def test_the_package_holds_only_the_ticked_evidence_and_no_national_id(world: World, tmp_path: Path) -> None:
    _sent, package = send(world, tmp_path)
    blob = package.read_bytes()
    candidate = get_candidate(world.db, world.candidate_id)
    for secret in (candidate.given_name, candidate.family_name, candidate.national_id, "attest.pdf"):
        assert secret.encode("utf-8") not in blob  # encrypted
    plain = unseal_with_passphrase(PASS, KIND_PACKAGE, blob)
    with zipfile.ZipFile(io.BytesIO(plain)) as zf:
        assert sorted(zf.namelist()) == ["evidence/e1", "manifest.json"]
        members = b"".join(zf.read(n) for n in zf.namelist())
        manifest = json.loads(zf.read("manifest.json"))
    assert ATTEST in members
    assert PAYSLIP not in members and b"loennsslipp" not in members  # the file not ticked
    assert candidate.national_id not in plain.decode("utf-8", "replace")
    assert candidate.national_id[:6] not in json.dumps(manifest)  # not even the birth date part
    for private in (
        candidate.address,
        candidate.postcode,
        "Fyllingsdalen",
        "Київська",
    ):  # contact data, history
        assert private not in json.dumps(manifest, ensure_ascii=False)
    assert manifest["candidate"] == {"name": "Олена Шевченко"}


def test_chosen_outcomes_and_all_or_no_evidence(world: World, tmp_path: Path) -> None:
    uids = office.resolve_outcomes(world.db, world.case_id, ["k1", "GK2"])
    sent, package = send(world, tmp_path, outcome_uids=uids, evidence_ids=[])
    assert sent.outcome_codes == ("K1", "GK2") and sent.evidence_count == 0
    assert AssessorSession.open(package, PASS).manifest.evidence == ()
    with pytest.raises(ValidationError, match="not an outcome"):
        office.resolve_outcomes(world.db, world.case_id, ["K99"])


def test_export_refuses_weak_passphrase_foreign_evidence_and_nothing_to_send(
    world: World, tmp_path: Path, db: Database
) -> None:
    with pytest.raises(ValidationError, match="at least 10"):
        office.export_package(
            db, world.case_id, assessor_name="Ola", passphrase="short", out=tmp_path / "x.rpl"
        )
    other = search_candidates(db, "gaup")[0].id
    (tmp_path / "other.pdf").write_bytes(b"%PDF-1.4 other person")
    foreign = attach_evidence(db, other, tmp_path / "other.pdf")
    with pytest.raises(ValidationError, match="not one of this candidate's files"):
        send(world, tmp_path, evidence_ids=[foreign.id])
    with pytest.raises(ValidationError, match="assessor's name"):
        office.export_package(db, world.case_id, assessor_name="  ", passphrase=PASS, out=tmp_path / "x.rpl")
    assert not (tmp_path / "x.rpl").exists() and not (tmp_path / "pakke.rpl").exists()
    assert office.list_packages(db, world.case_id) == []


def test_only_casework_roles_send_and_import(world: World, tmp_path: Path) -> None:
    from dataclasses import replace

    from rpl_desktop.domain.actors import ADMINISTRATOR, Actor
    from rpl_desktop.domain.errors import PermissionDenied

    admin = replace(world.db, actor=Actor(7, "it", "IT-avdelingen", frozenset({ADMINISTRATOR})))
    with pytest.raises(PermissionDenied):
        office.export_package(
            admin, world.case_id, assessor_name="Ola", passphrase=PASS, out=tmp_path / "x.rpl"
        )
    _sent, package = send(world, tmp_path)
    response = assess(package, {"K2": (Judgement.MET, {Method.DIALOGUE}, "Godt.")}, world)
    with pytest.raises(PermissionDenied):
        office.import_response(admin, office.review_response(admin, response, PASS))
    assert not (tmp_path / "x.rpl").exists() and office.external_judgements(world.db, world.case_id) == {}


# -- refusals ----------------------------------------------------------------------------------------------


def test_a_tampered_response_is_refused_and_nothing_changes(world: World, tmp_path: Path) -> None:
    sent, package = send(world, tmp_path)
    response = assess(package, {"K2": (Judgement.MET, {Method.DIALOGUE}, "Godt forklart.")}, world)
    data = bytearray(response.read_bytes())
    data[len(data) // 2] ^= 0x01
    response.write_bytes(bytes(data))
    with pytest.raises(TamperedFile, match="changed or damaged"):
        office.review_response(world.db, response, PASS)
    assert office.list_packages(world.db, world.case_id)[0].state == office.SENT
    assert office.external_judgements(world.db, world.case_id) == {}
    assert (
        ms.load_matrix(world.db, world.case_id).row(world.uid("K2")).assessment.judgement
        == Judgement.NOT_ASSESSED
    )


def test_wrong_passphrase_wrong_kind_and_unfinished_response_are_refused(
    world: World, tmp_path: Path
) -> None:
    _sent, package = send(world, tmp_path)
    with pytest.raises(WrongPassphrase):
        AssessorSession.open(package, "not the passphrase at all")
    with pytest.raises(RplError, match="not a assessor-resp file|assessor file, not"):
        office.review_response(world.db, package, PASS)  # the package itself is no response
    session = AssessorSession.open(package, PASS)
    session.set_identity("Ola Fagkonsulent", "fagkonsulent")
    session.record(world.uid("K3"), Judgement.NOT_MET, {Method.DIALOGUE}, "Kjenner ikke regelverket.")
    with pytest.raises(RplError, match="not finished"):
        office.review_response(world.db, session.response_path, PASS)
    with pytest.raises(WrongPassphrase):
        office.review_response(world.db, session.response_path, "another passphrase here")


def _forge(response: Path, **changes: object) -> None:
    """Rewrite a response with the passphrase (as someone who knows it could), changing fields."""
    data = json.loads(unseal_with_passphrase(PASS, KIND_RESPONSE, response.read_bytes()))
    for key, value in changes.items():
        if key == "case_number":
            data["case"]["number"] = value
        else:
            data[key] = value
    response.write_bytes(seal_with_passphrase(PASS, KIND_RESPONSE, json.dumps(data).encode()))


def test_a_response_for_another_office_or_package_is_refused(world: World, tmp_path: Path) -> None:
    # another office (its own database) sends a package for its own copy of the demo case
    home = tmp_path / "other-office"
    other = open_database(f"sqlite:///{home / 'db.sqlite'}", home / "evidence")
    try:
        other_world = make_world(other, home / "files")
        out = home / "their.rpl"
        office.export_package(other, other_world.case_id, assessor_name="Ola", passphrase=PASS, out=out)
        foreign = assess(out, {"K2": (Judgement.MET, {Method.DIALOGUE}, "Godt.")}, other_world)
    finally:
        other.close()
    with pytest.raises(RplError, match="another office"):
        office.review_response(world.db, foreign, PASS)

    # this office: two packages for the same case; a response altered to name the other package
    first, package1 = send(world, tmp_path / "one")
    second, _package2 = send(world, tmp_path / "two")
    response = assess(package1, {"K2": (Judgement.MET, {Method.DIALOGUE}, "Godt.")}, world)
    original = response.read_bytes()
    _forge(response, package_id=second.package_id)
    with pytest.raises(RplError, match="different package file"):
        office.review_response(world.db, response, PASS)
    response.write_bytes(original)
    _forge(response, package_id="00000000-0000-4000-8000-000000000000")
    with pytest.raises(RplError, match="no record"):
        office.review_response(world.db, response, PASS)
    response.write_bytes(original)
    _forge(response, case_number="99/99999")
    with pytest.raises(RplError, match="names case 99/99999"):
        office.review_response(world.db, response, PASS)
    response.write_bytes(original)
    assert office.review_response(world.db, response, PASS).package.package_id == first.package_id
    assert office.external_judgements(world.db, world.case_id) == {}


def test_importing_twice_is_refused(world: World, tmp_path: Path) -> None:
    _sent, package = send(world, tmp_path)
    response = assess(package, {"K2": (Judgement.MET, {Method.DIALOGUE}, "Godt forklart.")}, world)
    review = office.review_response(world.db, response, PASS)
    office.import_response(world.db, review)
    with pytest.raises(RplError, match="imported already"):
        office.review_response(world.db, response, PASS)
    # a review opened before the first import finished cannot import a second time either
    with pytest.raises(RplError, match="imported already"):
        office.import_response(world.db, review)
    assert len(office.external_judgements(world.db, world.case_id)) == 1


# -- conflicts -------------------------------------------------------------------------------------------


def test_a_judgement_the_office_changed_since_the_export_is_never_overwritten_without_a_choice(
    world: World, tmp_path: Path
) -> None:
    db = world.db
    _sent, package = send(world, tmp_path)
    ms.set_judgement(
        db, world.case_id, world.uid("K2"), Judgement.NOT_MET, "Kunne ikke forklare dette.", {Method.DIALOGUE}
    )
    response = assess(
        package,
        {
            "K2": (Judgement.MET, {Method.DIALOGUE}, "Forklarte dette godt i samtalen."),
            "F1": (Judgement.MET, {Method.PRACTICAL_TEST}, "Gjennomførte kartleggingen riktig."),
        },
        world,
    )
    review = office.review_response(db, response, PASS)
    assert [r.code for r in review.conflicts()] == ["K2"]
    with pytest.raises(office.AssessorConflict, match="K2"):
        office.import_response(db, review)
    assert office.external_judgements(db, world.case_id) == {}  # nothing half-done
    result = office.import_response(db, review, {world.uid("K2"): False})
    assert result.applied == ("F1",) and result.kept == ("K2",)
    matrix = ms.load_matrix(db, world.case_id, with_suggestions=False)
    assert matrix.row(world.uid("K2")).assessment.judgement == Judgement.NOT_MET
    assert matrix.row(world.uid("K2")).assessment.reason == "Kunne ikke forklare dette."
    assert matrix.row(world.uid("F1")).assessment.judgement == Judgement.MET
    kept = office.external_judgements(db, world.case_id)[world.uid("K2")]
    assert kept.judgement == Judgement.MET and not kept.applied  # recorded, not applied


def test_taking_the_assessors_judgement_over_an_office_change(world: World, tmp_path: Path) -> None:
    _sent, package = send(world, tmp_path)
    ms.set_judgement(
        world.db, world.case_id, world.uid("K2"), Judgement.NOT_MET, "Usikkert.", {Method.DOCUMENTS}
    )
    response = assess(package, {"K2": (Judgement.MET, {Method.DIALOGUE}, "Forklarte dette godt.")}, world)
    review = office.review_response(world.db, response, PASS)
    office.import_response(world.db, review, {world.uid("K2"): True})
    assert ms.load_matrix(world.db, world.case_id).row(world.uid("K2")).assessment.judgement == Judgement.MET


def test_a_change_during_the_review_stops_the_import(world: World, tmp_path: Path) -> None:
    _sent, package = send(world, tmp_path)
    response = assess(
        package, {"F1": (Judgement.MET, {Method.PRACTICAL_TEST}, "Gjennomførte kartleggingen.")}, world
    )
    review = office.review_response(world.db, response, PASS)
    ms.set_judgement(world.db, world.case_id, world.uid("F1"), Judgement.NOT_MET, "Nei.", {Method.DIALOGUE})
    with pytest.raises(ConflictError, match="changed while you were reviewing"):
        office.import_response(world.db, review)
    assert office.list_packages(world.db, world.case_id)[0].state == office.SENT
    assert office.external_judgements(world.db, world.case_id) == {}
    # read again, the change shows as a conflict
    assert [r.code for r in office.review_response(world.db, response, PASS).conflicts()] == ["F1"]


# -- the assessor's session ----------------------------------------------------------------------------------


def test_the_session_checks_what_the_assessor_records(world: World, tmp_path: Path) -> None:
    _sent, package = send(world, tmp_path)
    session = AssessorSession.open(package, PASS)
    with pytest.raises(ValidationError, match="reason"):
        session.record(world.uid("K2"), Judgement.MET, {Method.DIALOGUE}, "  ")
    with pytest.raises(ValidationError, match="method"):
        session.record(world.uid("K2"), Judgement.MET, set(), "Godt.")
    with pytest.raises(ValidationError, match="not in this package"):
        session.record(world.uid("K1"), Judgement.MET, {Method.DIALOGUE}, "K1 was judged by the office.")
    with pytest.raises(ValidationError, match="name"):
        session.finish()
    with pytest.raises(ValidationError, match="role"):
        session.set_identity("Ola", " ")
    session.set_identity("Ola", "yrkesbedömare")
    with pytest.raises(ValidationError, match="at least one"):
        session.finish()
    session.record(world.uid("K2"), Judgement.MET, {Method.DIALOGUE}, "Godt.")
    session.finish()
    assert session.finished
    session.record(world.uid("K3"), Judgement.NOT_MET, {Method.DIALOGUE}, "Nei.")
    assert not session.finished  # a change after finishing needs a new Finish
    # clearing a judgement (back to not assessed) removes it
    session.record(world.uid("K3"), Judgement.NOT_ASSESSED, set(), "")
    assert session.assessment(world.uid("K3")) is None


def test_a_foreign_response_file_next_to_the_package_is_not_overwritten(world: World, tmp_path: Path) -> None:
    _sent, package = send(world, tmp_path)
    stranger = response_path_for(package)
    stranger.write_bytes(seal_with_passphrase("someone else's passphrase", KIND_RESPONSE, b"{}"))
    before = stranger.read_bytes()
    with pytest.raises(RplError, match="Move it to another folder"):
        AssessorSession.open(package, PASS)
    assert stranger.read_bytes() == before


# -- the command line -------------------------------------------------------------------------------


def test_the_commands_export_and_import(world: World, tmp_path: Path, paths, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from rpl_desktop.app import main

    monkeypatch.setenv("RPL_ASSESSOR_PASSPHRASE", PASS)
    # the command opens the same data store as the db fixture (SQLite file or PostgreSQL database)
    monkeypatch.setenv("RPL_DATABASE_URL", world.db.engine.url.render_as_string(hide_password=False))
    base = str(paths.data_dir.parent)  # the data store of the db fixture
    number = cs.get_case(world.db, world.case_id).number
    assert main(["--basedir", base, "assessor", "evidence", number]) == 0
    assert "attest.pdf" in capsys.readouterr().out
    out = tmp_path / "cli.rpl"
    code = main(
        [
            "--basedir",
            base,
            "assessor",
            "export",
            number,
            "--outcomes",
            "K2,F1",
            "--evidence",
            str(world.attest_id),
            "--to",
            "Ola Fagkonsulent",
            "--out",
            str(out),
        ]
    )
    printed = capsys.readouterr().out
    assert (
        code == 0 and "2 outcome(s) (K2, F1), 1 evidence file(s)" in printed and "another channel" in printed
    )
    ms.set_judgement(world.db, world.case_id, world.uid("F1"), Judgement.NOT_MET, "Nei.", {Method.DIALOGUE})
    response = assess(
        out,
        {
            "K2": (Judgement.MET, {Method.DIALOGUE}, "Godt."),
            "F1": (Judgement.MET, {Method.PRACTICAL_TEST}, "Vist i praksis."),
        },
        world,
    )
    assert main(["--basedir", base, "assessor", "import", str(response)]) == 2
    captured = capsys.readouterr()
    assert "CONFLICT" in captured.out and "--keep-office" in captured.err
    assert main(["--basedir", base, "assessor", "import", str(response), "--keep-office"]) == 0
    assert "applied K2; kept the office's judgement of F1" in capsys.readouterr().out
    assert main(["--basedir", base, "assessor", "import", str(response)]) == 2
    assert "imported already" in capsys.readouterr().err
    assert main(["--basedir", base, "assessor", "list", number]) == 0
    assert "returned" in capsys.readouterr().out


# -- bad input ----------------------------------------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_responses_give_a_clear_error_or_a_valid_response(data: st.DataObject) -> None:
    good = json.loads(encode_response(decode_response(json.dumps(SAMPLE_RESPONSE).encode(), "r")))
    path = data.draw(st.sampled_from(list(_paths(good))))
    value = data.draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(),
            st.text(max_size=30),
            st.lists(st.integers(), max_size=3),
            st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
        )
    )
    _set(good, path, value)
    try:
        decode_response(json.dumps(good).encode(), "r.response.rpl")
    except ImportFileError as exc:
        assert "r.response.rpl" in exc.message
    raw = data.draw(st.binary(max_size=200))
    with pytest.raises(ImportFileError):
        decode_response(raw if raw.strip() else b"x", "r.response.rpl")


SAMPLE_RESPONSE = {
    "format": "rpl-desktop assessor response",
    "format_version": 1,
    "package_id": "12345678-1234-4123-8123-123456789abc",
    "office_uid": "12345678-1234-4123-8123-123456789abd",
    "case": {"id": 1, "number": "25/00001"},
    "package_sha256": "a" * 64,
    "assessor": {"name": "Ola", "role": "fagkonsulent", "organisation": ""},
    "finished": True,
    "saved_at": "2026-11-20T10:00:00",
    "finished_at": "2026-11-20T10:00:00",
    "judgements": [
        {
            "outcome_uid": "urn:x:1",
            "judgement": "met",
            "methods": ["dialogue"],
            "reason": "Godt.",
            "notes": "",
            "assessed_at": "2026-11-20T09:00:00",
        }
    ],
}


def _paths(obj: object, prefix: tuple = ()):  # type: ignore[no-untyped-def]
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield (*prefix, k)
            yield from _paths(v, (*prefix, k))
    elif isinstance(obj, list):
        for n, v in enumerate(obj):
            yield (*prefix, n)
            yield from _paths(v, (*prefix, n))


def _set(obj, path, value) -> None:  # type: ignore[no-untyped-def]
    for key in path[:-1]:
        obj = obj[key]
    obj[path[-1]] = value


def test_a_damaged_package_is_refused_by_the_assessors_program(world: World, tmp_path: Path) -> None:
    _sent, package = send(world, tmp_path)
    data = bytearray(package.read_bytes())
    cut = tmp_path / "cut.rpl"
    cut.write_bytes(bytes(data[: len(data) - 40]))
    with pytest.raises(TamperedFile):
        AssessorSession.open(cut, PASS)
    assert not response_path_for(cut).exists()


def _sample_package() -> bytes:
    from datetime import datetime

    from rpl_desktop.services.assessor_files import (
        PackageEvidence,
        PackageGuideItem,
        PackageManifest,
        PackageOutcome,
        encode_package,
    )

    data = b"%PDF-1.4 attest"
    sha = __import__("hashlib").sha256(data).hexdigest()
    manifest = PackageManifest(
        package_id="12345678-1234-4123-8123-123456789abc",
        office_name="Vestland fylkeskommune",
        office_uid="12345678-1234-4123-8123-123456789abd",
        case_id=1,
        case_number="25/00001",
        purpose="fritak",
        candidate_name="Kari Nordmann",
        standard_code="HEL-EO10",
        standard_title="Eldreomsorg",
        addressed_to="Ola",
        created_at=datetime(2026, 11, 20, 9, 0),
        created_by="Per",
        language="nb",
        outcomes=(PackageOutcome("urn:x:1", "K1", "har kunnskap om aldring", "kunnskap"),),
        evidence=(
            PackageEvidence("e1", "attest.pdf", "application/pdf", len(data), sha, "attest", ("urn:x:1",)),
        ),
        guide=(PackageGuideItem("urn:x:1", "K1", ("Fortell om dette.",)),),
    )
    return encode_package(manifest, {"e1": data})


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_fuzzed_packages_give_a_clear_error_or_a_valid_package(data: st.DataObject) -> None:
    from rpl_desktop.services.assessor_files import decode_package

    with zipfile.ZipFile(io.BytesIO(_sample_package())) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        attest = zf.read("evidence/e1")
    path = data.draw(st.sampled_from(list(_paths(manifest))))
    value = data.draw(
        st.one_of(
            st.none(),
            st.booleans(),
            st.integers(-5, 2**60),
            st.text(max_size=30),
            st.lists(st.text(max_size=5), max_size=3),
        )
    )
    _set(manifest, path, value)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("evidence/e1", attest)
    try:
        decoded, files = decode_package(out.getvalue(), "p.rpl")
    except ImportFileError as exc:
        assert exc.message.startswith("p.rpl")
    else:
        assert set(files) == {e.key for e in decoded.evidence}
    raw = bytearray(_sample_package())
    cut = data.draw(st.integers(0, len(raw) - 1))
    with pytest.raises(ImportFileError):
        decode_package(bytes(raw[:cut]), "p.rpl")
