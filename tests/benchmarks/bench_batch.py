"""Benchmark: issue N kompetansebevis from approved cases into a folder, next to reportlab alone.

Run from the repository root (not part of the test suite):

    python -m tests.benchmarks.bench_batch 1000

Sets up N fritak cases (HEL-EO10, judged), issues a certificate for each with
``services.documents.batch_certificates`` (build, SHA-256, store, write), reprints them into one
combined PDF, and times a bare reportlab canvas drawing the same text runs on the same pages.
"""

import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.register import Candidate, Organisation, OrgKind, Signer
from rpl_desktop.paths import app_paths
from rpl_desktop.services import documents as ds
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.cases import create_case
from rpl_desktop.services.catalogue import list_standards
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.mapping import load_matrix
from rpl_desktop.services.organisation import save_organisation
from rpl_desktop.store.database import open_database
from rpl_desktop.store.records import CaseRecord, JudgementRecord
from tests.benchmarks.bench_documents import FAMILY, GIVEN, bare_canvas, text_runs


def main() -> None:
    N = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    tmp = Path(tempfile.mkdtemp())
    paths = app_paths(tmp/"home").ensure()
    db = open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    load_demo_data(db, with_cases=False)
    from rpl_desktop.services.catalogue import load_sample; load_sample(db)
    save_organisation(db, Organisation("Vestfjell fylkeskommune", "974 760 673", OrgKind.FYLKESKOMMUNE, "NO", "Vestfjell",
       address="Postboks 123\n4604 Fjordvik", signers=[Signer("Kari Nordmann","fagleder")]))
    db.set_setting(ds.QUALITY_ASSURANCE_SETTING, "Fagskolens kvalitetssystem.")
    uid = next(s.uid for s in list_standards(db) if s.code == "HEL-EO10")
    t=time.perf_counter()
    outcomes = None
    ids=[]
    for i in range(N):
        c = save_candidate(db, Candidate(GIVEN[i%len(GIVEN)], f"{FAMILY[i*7%len(FAMILY)]} {i}", language="nb"))
        case = create_case(db, Case(c.id, uid, Purpose.FRITAK, caseworker="Per Hansen"))
        if outcomes is None:
            outcomes = [r.assessment.outcome.uid for r in load_matrix(db, case.id, with_suggestions=False).rows]
        with db.transaction() as s:
            for k,o in enumerate(outcomes):
                s.add(JudgementRecord(case_id=case.id, outcome_uid=o, judgement="met" if (i%3 or k<6) else "not_met",
                      methods="dialogue,practical_test", reason="Vist i samtale og praktisk prøve.", notes="", updated_at=datetime.now()))
            s.get(CaseRecord, case.id).status = "approved"
        ids.append(case.id)
    print(f"setup {N} cases: {time.perf_counter()-t:.1f}s")
    out = tmp/"out"
    t=time.perf_counter(); cpu=time.process_time()
    r = ds.batch_certificates(db, ids, out, combined=False, issued_by="bench")
    wall1=time.perf_counter()-t; cpu1=time.process_time()-cpu
    print(r.summary(), r.lines()[:3])
    t=time.perf_counter(); cpu=time.process_time()
    r = ds.batch_certificates(db, ids, tmp/"out2", combined=True, issued_by="bench", combined_name="all.pdf")
    wall2=time.perf_counter()-t; cpu2=time.process_time()-cpu
    print(r.summary(), (tmp/"out2"/"all.pdf").stat().st_size//1024, "KiB combined")
    # reportlab alone for the same pages (the fonts are registered here too; the batch drew in workers)
    from rpl_desktop.documents.fonts import register_fonts

    register_fonts()
    pdfs = [p.read_bytes() for p in sorted(out.iterdir())]
    runs_per = [text_runs(p) for p in pdfs]
    t=time.perf_counter(); cpu=time.process_time()
    for pages, runs in runs_per:
        bare_canvas(pages, runs, {})
    wall3=time.perf_counter()-t; cpu3=time.process_time()-cpu
    print(f"issue+write {N}: wall {wall1:.2f}s cpu {cpu1:.2f}s ({N/wall1:.0f}/s)")
    print(f"reprint combined {N}: wall {wall2:.2f}s cpu {cpu2:.2f}s")
    print(f"reportlab alone same pages: wall {wall3:.2f}s cpu {cpu3:.2f}s ; ratio issue/bare {wall1/wall3:.2f}x")


if __name__ == "__main__":  # the batch draws in spawned worker processes, which import this module
    main()
