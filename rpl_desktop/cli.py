"""Headless commands. Each one calls the same services as the window does.

Expected trouble (bad input, a database newer than the program...) prints one clear line to stderr
and exits with status 2; a bug prints a short notice, logs the traceback and exits with 70.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from rpl_desktop.domain.errors import RplError
from rpl_desktop.paths import AppPaths, database_url

if TYPE_CHECKING:
    from rpl_desktop.store.database import Database

log = logging.getLogger(__name__)

EXIT_USER_ERROR = 2
EXIT_BUG = 70

Handler = Callable[[argparse.Namespace, AppPaths], int]
_HANDLERS: dict[str, Handler] = {}


def open_store(paths: AppPaths) -> Database:
    from rpl_desktop.store.database import open_database

    return open_database(database_url(paths), paths.evidence_dir, paths.backup_dir)


def _cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.services.candidates import count_candidates
    from rpl_desktop.store.migrate import current_revision

    db = open_store(paths)
    try:
        info = {
            "data_dir": str(paths.data_dir),
            "log_dir": str(paths.log_dir),
            "schema_revision": current_revision(db.engine),
            "candidates": count_candidates(db),
            "database": db.engine.url.render_as_string(hide_password=True),
        }
    finally:
        db.close()
    print(json.dumps(info, indent=2))
    return 0


def _cmd_demo(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.services.demo import load_demo_data

    db = open_store(paths)
    try:
        added = load_demo_data(db)
    finally:
        db.close()
    print(f"added {added} demo candidates")
    return 0


def _cmd_assess(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from rpl_desktop.services.assess import assess_casefile, read_casefile

    result = assess_casefile(read_casefile(Path(args.casefile)))
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(f"status: {result.get('status')}")
        for key in ("required_hours", "total_hours", "remaining_hours", "total_months", "recent_share"):
            if key in result:
                print(f"{key}: {result[key]}")
        for warning in result.get("warnings", []):
            print(f"warning [{warning['code']}]: {warning['message']}")
    return 0


def _cmd_case(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from rpl_desktop.services.assess import read_casefile
    from rpl_desktop.services.case_transfer import export_case_json, import_case

    db = open_store(paths)
    try:
        if args.case_command == "export":
            text = export_case_json(db, args.case_id)
            if args.out:
                Path(args.out).write_text(text + "\n", encoding="utf-8")
                print(f"case {args.case_id} written to {args.out}")
            else:
                print(text)
        else:
            case_id = import_case(db, read_casefile(Path(args.file)))
            print(f"imported as case {case_id}")
    finally:
        db.close()
    return 0


def add_commands(commands: Any) -> None:
    """Register the headless sub-commands on the main parser."""
    assess = commands.add_parser("assess", help="evaluate a case file (JSON) and print the result")
    assess.add_argument("casefile", help="the case file (JSON; see resources/schemas/casefile.schema.json)")
    assess.add_argument("--json", action="store_true", help="print the full result as JSON")
    _HANDLERS["assess"] = _cmd_assess
    case = commands.add_parser("case", help="move a case in the case-file format")
    case_commands = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    export = case_commands.add_parser("export", help="write one case as a case file")
    export.add_argument("case_id", type=int, metavar="ID")
    export.add_argument("--out", metavar="FILE", help="write to FILE instead of the console")
    imp = case_commands.add_parser("import", help="read a case file into this data store")
    imp.add_argument("file", metavar="FILE")
    _HANDLERS["case"] = _cmd_case
    commands.add_parser("info", help="show where the data is and what it holds (no personal data)")
    _HANDLERS["info"] = _cmd_info
    commands.add_parser("demo", help="add the invented demo candidates to the register")
    _HANDLERS["demo"] = _cmd_demo


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    handler = _HANDLERS[args.command]
    try:
        return handler(args, paths)
    except RplError as exc:
        print(f"rpl-desktop: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as exc:  # a bug: short notice, details in the log
        log.exception("command %s failed", args.command)
        print(f"rpl-desktop: unexpected error ({type(exc).__name__}); details are in the log.", file=sys.stderr)
        return EXIT_BUG
