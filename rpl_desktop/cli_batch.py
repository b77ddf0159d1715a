"""``rpl-desktop certificates --resume [BATCH]``: finish batches of certificates that were interrupted.

Called by the ``certificates`` command in :mod:`rpl_desktop.cli`; see
:mod:`rpl_desktop.services.batch_jobs` for what resuming does.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from rpl_desktop.domain.errors import RplError

if TYPE_CHECKING:
    from rpl_desktop.store.database import Database

EXIT_USER_ERROR = 2


def resume_certificates(args: argparse.Namespace, db: Database) -> int:
    """Resume every unfinished batch (or the one named); 0 when all their certificates are done."""
    from rpl_desktop.services import batch_jobs

    try:
        jobs = batch_jobs.unfinished(db)
        if args.resume != "all":
            if not str(args.resume).isdigit():
                raise RplError(f"--resume takes a batch number, not «{str(args.resume)[:40]}».")
            wanted = int(args.resume)
            jobs = [job for job in jobs if job.id == wanted]
            if not jobs:
                state = batch_jobs.get_job(db, wanted).state
                raise RplError(f"Batch {wanted} cannot be resumed: it is {state}. "
                               "Run --resume without a number to finish every interrupted batch.")
        if not jobs:
            print("There is no interrupted batch of certificates to resume.")
            return 0
        complete = True
        for job in jobs:
            print(f"resuming {job.describe()}")
            report = batch_jobs.resume(db, job.id, out_dir=Path(args.out) if args.out else None)
            for line in report.lines():
                print(f"rpl-desktop: batch {job.id}: {line}", file=sys.stderr)
            if report.combined_path is not None:
                print(f"combined PDF written to {report.combined_path}")
            print(f"batch {job.id}: {report.summary()}")
            complete = complete and len(report.done) == report.total
    finally:
        db.close()
    return 0 if complete else EXIT_USER_ERROR
