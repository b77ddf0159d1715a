"""The appeal bundle: the issued vedtak, the judgements with reasons, the evidence list and the history."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rpl_desktop.domain.cases import Purpose
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.register import EvidenceKind
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents as ds
from rpl_desktop.services import privacy
from rpl_desktop.services.appeal import KIND, make_appeal_bundle, summary_text
from rpl_desktop.services.bundle import open_bundle
from rpl_desktop.services.candidates import get_candidate
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.evidence import attach_evidence
from rpl_desktop.store.crypto import TamperedFile, WrongPassphrase
from rpl_desktop.store.database import Database
from tests.unit.services.test_documents_service import QA, approve, case_of, organisation


@pytest.fixture
def issued(db: Database, tmp_path: Path) -> tuple[Database, int, int]:
    """The demo praksiskandidat case, with an attest attached, approved and its vedtak issued."""
    load_demo_data(db)
    organisation(db)
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
    case_id = case_of(db, "Gaup", Purpose.PRAKSISKANDIDAT)
    source = tmp_path / "attest-sami-huksen.pdf"
    source.write_bytes(b"%PDF-1.4 arbeidsattest")
    attach_evidence(db, cs.get_case(db, case_id).candidate_id, source, EvidenceKind.ATTEST)
    approve(db, case_id)
    doc = ds.issue(db, case_id, ds.VEDTAK, None, "Kari Nordmann")
    return db, case_id, doc.id


def test_bundle_holds_decision_reasons_evidence_and_history(
    issued: tuple[Database, int, int], tmp_path: Path
) -> None:
    db, case_id, doc_id = issued
    case = cs.get_case(db, case_id)
    person = get_candidate(db, case.candidate_id)
    result = make_appeal_bundle(db, case.number, tmp_path / "klage.zip")
    assert (result.case_number, result.documents, result.evidence_files) == (case.number, 1, 0)
    assert result.history_available and result.history_entries > 5
    bundle = open_bundle(result.path, passphrase=None, kind=KIND, what="appeal bundle")
    names = set(bundle.namelist())
    assert {"case.json", "summary.txt", "audit-entries.json"} <= names
    data = json.loads(bundle.read("case.json"))
    assert data["case"]["number"] == case.number and data["case"]["status"] == "issued"
    assert data["candidate"]["name"] == person.full_name
    assert data["standard"]["code"] == "TMF3" and data["result"]["result"] == "full"
    assert all(j["reason"] and j["methods"] for j in data["judgements"])  # every outcome judged with a reason
    assert any(j["evidence"] for j in data["judgements"])
    kinds = {e["kind"] for e in data["evidence"]}
    assert {"period", "file", "exam", "course"} <= kinds
    [attest] = [e for e in data["evidence"] if e["kind"] == "file"]
    assert (
        attest["filename"] == "attest-sami-huksen.pdf" and attest["type"] == "attest" and "file" not in attest
    )
    [doc] = data["issued_documents"]
    assert bundle.read(doc["file"]) == ds.read_issued(db, doc_id)
    assert json.loads(bundle.read(doc["file"].removesuffix(".pdf") + ".json"))["saksnr"] == case.number
    history = data["history"]
    assert any("issued" in h["what"] or "status" in h["what"] for h in history)
    entries = json.loads(bundle.read("audit-entries.json"))
    assert entries and all("hash" in e for e in entries)
    # no national ID number and no contact data travel to the appeal body
    everything = bundle.read("case.json").decode() + bundle.read("summary.txt").decode()
    for secret in (person.national_id, person.phone, person.address):
        assert secret and secret not in everything
    summary = bundle.read("summary.txt").decode()
    assert summary.startswith("Klagesak – sammendrag") and case.number in summary
    assert "Begrunnelse:" in summary and "Sakshistorikk" in summary and doc["sha256"] in summary
    assert [a.action for a in privacy.list_actions(db, case.candidate_id)] == ["appeal_bundle"]


def test_bundle_with_evidence_files_encrypted(issued: tuple[Database, int, int], tmp_path: Path) -> None:
    db, case_id, _doc = issued
    out = tmp_path / "klage.bin"
    result = make_appeal_bundle(
        db, case_id, out, include_evidence_files=True, passphrase="for the appeal body"
    )
    assert result.encrypted and result.evidence_files == 1
    with pytest.raises(WrongPassphrase):
        open_bundle(out, passphrase="not the passphrase", kind=KIND, what="appeal bundle")
    raw = bytearray(out.read_bytes())
    raw[-5] ^= 1
    (tmp_path / "tampered.bin").write_bytes(bytes(raw))
    with pytest.raises(TamperedFile):
        open_bundle(
            tmp_path / "tampered.bin", passphrase="for the appeal body", kind=KIND, what="appeal bundle"
        )
    bundle = open_bundle(out, passphrase="for the appeal body", kind=KIND, what="appeal bundle")
    [name] = [n for n in bundle.namelist() if n.startswith("evidence/")]
    assert bundle.read(name) == b"%PDF-1.4 arbeidsattest"


def test_unknown_case_and_summary_without_history(db: Database, tmp_path: Path) -> None:
    with pytest.raises(RplError, match="There is no case"):
        make_appeal_bundle(db, "99/99999", tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()
    data = {
        "case": {
            "number": "26/00001",
            "purpose": "fritak",
            "status": "issued",
            "opened_on": "2026-01-02",
            "caseworker": "",
            "document_only_override": "",
        },
        "candidate": {"name": "محمد الأحمد", "birth_date": None},
        "organisation": None,
        "standard": {"code": "HEL-EO10", "title": "Emne", "version": "1"},
        "result": {"result": "none", "met": []},
        "judgements": [],
        "evidence": [],
        "issued_documents": [],
    }
    text = summary_text(data, None, "en")
    assert "The audit log is not available" in text and "محمد الأحمد" in text and "- none" in text


def test_cli_case_appeal_bundle(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from rpl_desktop.app import main

    home = ["--basedir", str(tmp_path / "home")]
    assert main([*home, "demo"]) == 0
    out = tmp_path / "bundle.zip"
    assert main([*home, "case", "appeal-bundle", "26/00001", "--out", str(out), "--with-evidence"]) == 0
    assert "26/00001" in capsys.readouterr().out
    assert (
        json.loads(open_bundle(out, passphrase=None, kind=KIND, what="x").read("case.json"))["case"]["number"]
        == "26/00001"
    )
    assert main([*home, "case", "appeal-bundle", "nope", "--out", str(out)]) == 2
    assert "There is no case" in capsys.readouterr().err
    assert (
        main([*home, "case", "export", "1", "--out", str(tmp_path / "c.json")]) == 0
    )  # the group still works
    assert (tmp_path / "c.json").exists()
