"""One "desktop" for tests/unit/test_two_processes.py: a separate OS process on a shared database.

Run as ``python -m tests.unit.two_process_worker URL EVIDENCE_DIR USER_ID DISPLAY_NAME``. It reads one
JSON command a line on stdin and answers one JSON line on stdout, holding what it has "open" the way a
window does (the case and the judgement as read, with their versions):

* ``{"op": "open_case", "case_id": 1}`` -> the case's fields and version;
* ``{"op": "edit_case", "case_id": 1, "changes": {...}}`` -> saves the opened case with the changes;
  ``{"saved": version}`` or ``{"conflict": {...}}`` (original / theirs / mine / their_version / saved_by);
* ``{"op": "open_judgement", "case_id": 1, "index": 0}`` and
  ``{"op": "edit_judgement", "case_id": 1, "index": 0, "changes": {...}}`` likewise for a judgement;
* ``{"op": "resolve", "choices": {"field": "mine" | "theirs" | "both"}}`` -> merges the last conflict
  with the choices and saves it on their version (what "Save merged" in the conflict view does);
* ``{"op": "create_cases", "n": 25, "candidate_id": 1, "standard_uid": "...", "year": 2031}`` ->
  the case numbers taken;
* ``{"op": "quit"}``.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from rpl_desktop.domain.actors import CASEWORKER, Actor
from rpl_desktop.domain.cases import Case, Purpose
from rpl_desktop.domain.errors import ConflictError, RplError
from rpl_desktop.domain.mapping import Judgement
from rpl_desktop.domain.merge import Choice
from rpl_desktop.services import cases as cs
from rpl_desktop.services import mapping as ms
from rpl_desktop.store.database import Database, open_database


class Desktop:
    def __init__(self, db: Database) -> None:
        self.db = db
        self.cases: dict[int, Case] = {}
        self.judgements: dict[tuple[int, int], ms.MatrixRow] = {}
        self.conflict: tuple[ConflictError, Any] | None = None  # the error and how to save a merge

    def open_case(self, case_id: int) -> dict[str, Any]:
        case = self.cases[case_id] = cs.get_case(self.db, case_id)
        return {"values": cs.case_values(case), "version": case.version}

    def edit_case(self, case_id: int, changes: dict[str, str]) -> dict[str, Any]:
        opened = self.cases[case_id]
        mine = cs.case_with_values(opened, {**cs.case_values(opened), **changes}, version=opened.version)

        def save(merged: dict[str, str], version: int, theirs: dict[str, str]) -> int:
            saved = cs.save_case(self.db, cs.case_with_values(opened, merged, version=version),
                                 opened=cs.case_with_values(opened, theirs, version=version))
            self.cases[case_id] = saved
            return saved.version

        return self._attempt(lambda: save(cs.case_values(mine), opened.version, cs.case_values(opened)), save)

    def open_judgement(self, case_id: int, index: int) -> dict[str, Any]:
        row = ms.load_matrix(self.db, case_id, with_suggestions=False).rows[index]
        self.judgements[(case_id, index)] = row
        return {"values": ms.row_values(row), "version": row.version}

    def edit_judgement(self, case_id: int, index: int, changes: dict[str, str]) -> dict[str, Any]:
        row = self.judgements[(case_id, index)]
        uid = row.assessment.outcome.uid

        def save(merged: dict[str, str], version: int, theirs: dict[str, str]) -> int:
            ms.set_judgement(self.db, case_id, uid, Judgement(merged["judgement"]), merged["reason"],
                             ms.methods_from_values(merged["methods"]), notes=merged["notes"],
                             version=version, opened=theirs)
            return version + 1

        mine = {**ms.row_values(row), **changes}
        return self._attempt(lambda: save(mine, row.version, ms.row_values(row)), save)

    def _attempt(self, action: Any, save: Any) -> dict[str, Any]:
        try:
            return {"saved": action()}
        except ConflictError as exc:
            self.conflict = (exc, save)
            return {"conflict": {
                "kind": exc.kind, "original": exc.original, "theirs": exc.theirs, "mine": exc.mine,
                "their_version": exc.their_version, "saved_by": exc.saved_by,
                "conflicts": list(exc.merge().conflicts),
            }}

    def resolve(self, choices: dict[str, str]) -> dict[str, Any]:
        assert self.conflict is not None
        exc, save = self.conflict
        merged = exc.merge().result({k: Choice(v) for k, v in choices.items()})
        self.conflict = None
        return self._attempt(lambda: save(merged, exc.their_version, exc.theirs), save)

    def create_cases(self, n: int, candidate_id: int, standard_uid: str, year: int) -> dict[str, Any]:
        numbers = []
        for i in range(n):
            case = cs.create_case(self.db, Case(candidate_id, standard_uid, Purpose.FRITAK,
                                                opened_on=date(year, 1, 1 + i % 28)))
            numbers.append(case.number)
        return {"numbers": numbers}


def main(argv: list[str]) -> int:
    url, evidence, user_id, name = argv[1], Path(argv[2]), int(argv[3]), argv[4]
    db = open_database(url, evidence, evidence.parent / "backups")
    db.actor = Actor(user_id, name.lower().split()[0], name, frozenset({CASEWORKER}))
    desktop = Desktop(db)
    print(json.dumps({"ready": True}), flush=True)
    try:
        for line in sys.stdin:
            command = json.loads(line)
            op = command.pop("op")
            if op == "quit":
                break
            try:
                answer = getattr(desktop, op)(**command)
            except RplError as exc:
                answer = {"error": exc.message, "type": type(exc).__name__}
            print(json.dumps(answer), flush=True)
    finally:
        db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
