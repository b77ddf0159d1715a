"""Generate a large register (100 000 candidates, 300 000 periods) quickly, for benchmarks."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, text

from rpl_desktop.domain.register import fold, search_tokens
from rpl_desktop.paths import AppPaths
from rpl_desktop.services.demo import synthetic_fnr
from rpl_desktop.store.database import open_database
from rpl_desktop.store.records import CandidateRecord, PeriodRecord, SearchTokenRecord, SettingRecord

GIVEN = ["Kari", "Ola", "Áŋŋá", "Máret", "Nils", "Ingrid", "Olena", "Małgorzata", "Piotr", "Oksana", "Jonas",
         "Linnea", "Øystein", "Åse", "Mohammed", "Fatima", "Sara", "Per", "Anne", "Jåssjå", "Ivan", "Ewa"]
FAMILY = ["Nordmann", "Hansen", "Gaup", "Somby", "Sara", "Шевченко", "Kowalski", "Wójcik", "Berg", "Haugen",
          "Johansen", "Larsen", "Olsen", "Brækhus", "Ali", "Rássa", "Nilsen", "Pedersen", "Bakken", "Lie"]


def build_register(paths: AppPaths, candidates: int = 100_000, periods_each: int = 3, seed: int = 7,
                   url: str | None = None) -> None:
    """Fill a fresh data store (the SQLite file in ``paths``, or the database at ``url``); skips if it
    already holds a register of that size."""
    db = open_database(url or paths.default_database_url(), paths.evidence_dir, paths.backup_dir)
    try:
        if db.get_setting("bench_candidates") == str(candidates):
            return
        rng = random.Random(seed)
        now = datetime(2025, 1, 1)
        batch = 5_000
        next_id = 1
        with db.engine.begin() as conn:
            for start in range(0, candidates, batch):
                cands, tokens, periods = [], [], []
                for _ in range(min(batch, candidates - start)):
                    given, family = rng.choice(GIVEN), f"{rng.choice(FAMILY)}{rng.randint(1, 999)}"
                    born = date(1950, 1, 1) + timedelta(days=rng.randint(0, 20_000))
                    cid = next_id
                    next_id += 1
                    cands.append(dict(
                        id=cid, given_name=given, family_name=family,
                        sort_key=f"{fold(family)}\x1f{fold(given)}", birth_date=born, id_type="no_fnr",
                        national_id=synthetic_fnr(born, rng.randint(0, 400)), email="", phone="", address="",
                        postcode="", city="", country="NO", language="nb", created_at=now, updated_at=now,
                        version=1,
                    ))
                    tokens += [dict(candidate_id=cid, token=t, sort_key=cands[-1]["sort_key"]) for t in search_tokens(given, family)]
                    for _p in range(periods_each):
                        p_start = date(1990, 1, 1) + timedelta(days=rng.randint(0, 12_000))
                        periods.append(dict(
                            candidate_id=cid, kind="employment", employer="Firma AS", country="NO", role="",
                            tasks="", start=p_start, end=p_start + timedelta(days=rng.randint(60, 3000)),
                            fte_percent=rng.choice([100.0, 80.0, 50.0]), hours_per_week=None,
                            third_party_confirmed=True, attest_issued_by="", attest_signer_name="",
                            attest_signer_title="", attest_date=None, attest_letterhead=False,
                        ))
                conn.execute(insert(CandidateRecord), cands)
                conn.execute(insert(SearchTokenRecord), tokens)
                conn.execute(insert(PeriodRecord), periods)
            conn.execute(insert(SettingRecord), [dict(key="bench_candidates", value=str(candidates)),
                                                 dict(key="demo_offered", value="1")])
            if conn.dialect.name == "postgresql":
                # the ids above were given explicitly: move the sequence past them for later inserts
                conn.execute(text("SELECT setval(pg_get_serial_sequence('candidate', 'id'), "
                                  "(SELECT max(id) FROM candidate))"))
    finally:
        db.close()


if __name__ == "__main__":
    import sys

    from rpl_desktop.paths import app_paths

    build_register(app_paths(Path(sys.argv[1])).ensure())
