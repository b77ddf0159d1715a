"""The log never holds personal data: a scripted working day, then the log files are searched.

The run goes through the headless commands and the services as the window would call them, with debug
logging on: the demo register is loaded, a candidate is added and edited, a health-sector period and an
attachment are added, a case is judged, approved and its vedtak issued, a certificate batch is printed,
imports fail on files that carry a name, the candidate's data is exported, an appeal bundle is made, the
retention report written, and candidates are anonymised and erased. Then every log file (the rotating
log and the faulthandler file) is searched for every candidate's given, family and full name, every
national ID number (as stored, with a space and with a dash after the birth date), and the employers of
the health-sector periods: none may appear.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from rpl_desktop.app import main
from rpl_desktop.domain.cases import Purpose
from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.ids import IdType
from rpl_desktop.domain.register import Candidate, EvidenceKind, HistoryPeriod, PeriodKind
from rpl_desktop.log import setup_logging
from rpl_desktop.paths import app_paths
from rpl_desktop.services import cases as cs
from rpl_desktop.services import documents as ds
from rpl_desktop.services import privacy
from rpl_desktop.services.candidates import get_candidate, save_candidate, search_candidates
from rpl_desktop.services.catalogue import import_catalogue_file
from rpl_desktop.services.evidence import attach_evidence
from rpl_desktop.services.history import list_periods, save_period
from rpl_desktop.store.database import open_database
from tests.unit.services.test_documents_service import QA, approve, case_of, organisation

HEALTH_WORDS = ("sykehjem", "лікарня", "hjemmetjenesten", "helse", "sykehus", "legekontor", "pleie", "stell")


def _health(period: HistoryPeriod) -> bool:
    text = f"{period.employer} {period.role} {period.tasks}".lower()
    return any(w in text for w in HEALTH_WORDS)


def national_id_forms(value: str) -> list[str]:
    if len(value) == 11 and value.isdigit():
        return [value, f"{value[:6]} {value[6:]}", f"{value[:6]}-{value[6:]}"]
    return [value] if value else []


@pytest.fixture(autouse=True)
def restore_logging() -> Iterator[None]:
    """The run sets up debug logging into its temporary folder; the rest of the test session gets the
    logging it had."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.mark.slow
def test_a_working_day_leaves_no_personal_data_in_the_log(tmp_path: Path) -> None:
    home = tmp_path / "home"
    base = ["--basedir", str(home), "--debug"]
    assert main([*base, "demo"]) == 0
    paths = app_paths(home)
    setup_logging(paths.log_dir, debug=True)
    logging.getLogger("rpl_desktop").debug("scripted run starts")
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    try:
        organisation(db)
        db.set_setting(ds.QUALITY_ASSURANCE_SETTING, QA)
        # a new candidate with a health-sector history and an attachment naming them
        new = save_candidate(
            db,
            Candidate(
                "Zyxwv Ingrid",
                "Qørnstad",
                date(1988, 4, 12),
                IdType.NO_FNR,
                _valid_fnr(date(1988, 4, 12)),
                email="ingrid.q@example.no",
                phone="+47 400 00 000",
                city="Hamar",
            ),
        )
        assert new.id is not None
        new = save_candidate(db, replace(get_candidate(db, new.id), city="Gjøvik"))
        save_period(
            db,
            HistoryPeriod(
                PeriodKind.EMPLOYMENT,
                "Gjøvik legekontor og sykehjem",
                date(2010, 1, 1),
                None,
                tasks="Pleie av Zyxwv-familien",
                candidate_id=new.id,
            ),
        )
        attest = tmp_path / "attest Qørnstad.txt"
        attest.write_text(
            "Attest: Zyxwv Ingrid Qørnstad har arbeidet hos Gjøvik legekontor og sykehjem.", encoding="utf-8"
        )
        attach_evidence(db, new.id, attest, EvidenceKind.ATTEST)
        # a refused save whose message carries what was typed
        with pytest.raises(RplError):
            save_candidate(
                db, Candidate("Zyxwv Ingrid", "Qørnstad", id_type=IdType.NO_FNR, national_id="12345678901")
            )
        # case work, a decision issued, a batch of certificates
        case_id = case_of(db, "Gaup", Purpose.PRAKSISKANDIDAT)
        approve(db, case_id)
        ds.issue(db, case_id, ds.VEDTAK, None, "Kari Nordmann")
        fritak = case_of(db, "Шевченко", Purpose.FRITAK)
        approve(db, fritak)
        ds.batch_certificates(
            db, [fritak], tmp_path / "certificates", combined=False, issued_by="Kari Nordmann"
        )
        number = cs.get_case(db, case_id).number
        # a catalogue import that fails on a file carrying a name
        bad_table = tmp_path / "bad-catalogue.csv"
        bad_table.write_text("standard_code;outcome_code\nQørnstad;=Zyxwv Ingrid\n", encoding="utf-8")
        with pytest.raises(RplError):
            import_catalogue_file(db, bad_table)
    finally:
        db.close()
    # imports that fail on files carrying a name
    bad_case = json.loads(
        (Path(__file__).parents[1] / "data" / "casefiles" / "fritak-partial.json").read_text(encoding="utf-8")
    )
    bad_case["candidate"] = {"given_name": "Zyxwv Ingrid", "family_name": "Qørnstad", "national_id": "x"}
    bad_case["experiences"] = [{"employer": "Gjøvik legekontor og sykehjem", "start": "2010-02-30"}]
    (tmp_path / "bad-case.json").write_text(json.dumps(bad_case, ensure_ascii=False), encoding="utf-8")
    assert main([*base, "case", "import", str(tmp_path / "bad-case.json")]) == 2
    assert main([*base, "assess", str(tmp_path / "bad-case.json")]) == 2
    # exports, the appeal bundle, the retention report, anonymisation and erasure
    assert main([*base, "candidate", "export", str(new.id), "--out", str(tmp_path / "export.zip")]) == 0
    assert (
        main(
            [*base, "case", "appeal-bundle", number, "--out", str(tmp_path / "appeal.zip"), "--with-evidence"]
        )
        == 0
    )
    assert (
        main([*base, "retention", "report", "--csv", str(tmp_path / "r.csv"), "--today", "2080-01-01"]) == 0
    )
    assert main([*base, "candidate", "anonymise", "1", "--reason", "request"]) == 0
    assert main([*base, "candidate", "erase", str(new.id), "--reason", "request"]) == 0
    assert main([*base, "info"]) == 0

    # everyone who was ever in the register during the run
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    needles: set[str] = {
        "Zyxwv",
        "Qørnstad",
        "Zyxwv Ingrid Qørnstad",
        "Gjøvik legekontor og sykehjem",
        "ingrid.q@example.no",
    }
    needles.update(national_id_forms(_valid_fnr(date(1988, 4, 12))))
    try:
        from rpl_desktop.services.demo import _demo_people

        for person, periods, *_rest in _demo_people():
            needles.update({person.given_name, person.family_name, person.full_name})
            needles.update(national_id_forms(person.national_id))
            needles.update(p.employer for p in periods if _health(p) or "NAV" in p.employer)
        for row in search_candidates(db):
            c = get_candidate(db, row.id)
            if not privacy.is_anonymised(db, row.id):
                needles.update({c.given_name, c.family_name, c.full_name, *national_id_forms(c.national_id)})
                needles.update(p.employer for p in list_periods(db, row.id) if _health(p))
    finally:
        db.close()
    needles.discard("")
    logs = sorted(p for p in paths.log_dir.iterdir() if p.is_file())
    assert any(p.name.startswith("rpl_desktop.log") for p in logs)
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in logs)
    assert "candidate 1 anonymised" in text and "exported" in text  # the run did log, by id
    assert len(text) > 2000
    found = sorted(n for n in needles if n in text)
    assert found == [], f"personal data in the log: {found}"
    print(
        f"\nlog privacy: {len(needles)} names, ID numbers and employers searched in {len(text)} characters "
        f"of {len(logs)} log file(s); none found"
    )


def _valid_fnr(birth: date) -> str:
    from rpl_desktop.services.demo import synthetic_fnr

    return synthetic_fnr(birth, 311)
