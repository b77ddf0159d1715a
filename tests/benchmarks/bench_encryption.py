"""What encryption at rest costs: opening the database encrypted vs plain, and a backup of the demo data.

Run: .venv/bin/python -m tests.benchmarks.bench_encryption [rounds]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.evidence import attach_evidence
from rpl_desktop.store.backup import create_backup
from rpl_desktop.store.database import open_database
from rpl_desktop.store.restore import restore_backup

PASS = "korrekt hest batteri stift"


def _median_open_ms(url: str, evidence: Path, passphrase: str | None, rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        db = open_database(url, evidence, passphrase=passphrase)
        with db.read() as s:
            s.connection()
        db.close()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main(rounds: int = 7) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        results = {}
        for label, passphrase in (("plain", None), ("encrypted", PASS)):
            folder = base / label
            url = f"sqlite:///{folder / 'db.sqlite'}"
            db = open_database(url, folder / "evidence", passphrase=passphrase)
            load_demo_data(db)
            attachment = folder / "attest.pdf"
            attachment.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4096)  # 1 MiB
            attach_evidence(db, 1, attachment)
            db.close()
            results[label] = _median_open_ms(url, folder / "evidence", passphrase, rounds)
            print(f"open {label:9}: {results[label]:7.1f} ms (median of {rounds})")
        print(f"passphrase overhead per open: {results['encrypted'] - results['plain']:.1f} ms")

        folder = base / "encrypted"
        url = f"sqlite:///{folder / 'db.sqlite'}"
        db = open_database(url, folder / "evidence", passphrase=PASS)
        out = base / "demo.rplbackup"
        info = create_backup(db, out, PASS)
        db.close()
        db_size = (folder / "db.sqlite").stat().st_size
        print(f"backup of the demo data (+1 MiB attachment): {info.size / 1024:.0f} KiB "
              f"(database {db_size / 1024:.0f} KiB), {info.seconds * 1000:.0f} ms")
        started = time.perf_counter()
        restore_backup(out, PASS, folder / "db.sqlite", folder / "evidence", current_passphrase=PASS)
        print(f"restore (verify, stage, swap): {(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
