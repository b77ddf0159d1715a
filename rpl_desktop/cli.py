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
_HEADLESS_USER: list[str | None] = []  # while run() runs a command: its --user (None: not given)


def open_store(paths: AppPaths) -> Database:
    """Open the data store; an encrypted one with RPL_PASSPHRASE or the passphrase in the OS keyring."""
    from rpl_desktop.services.security_keys import headless_passphrase
    from rpl_desktop.store.database import open_database

    db = open_database(database_url(paths), paths.evidence_dir, paths.backup_dir,
                       passphrase=headless_passphrase(paths))
    if _HEADLESS_USER:  # a headless command: act as --user / RPL_USER / the only user (else read-only)
        from rpl_desktop.services.users import headless_actor

        try:
            headless_actor(db, _HEADLESS_USER[0])
        except BaseException:
            db.close()
            raise
    return db


def _cmd_info(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.services.candidates import count_candidates
    from rpl_desktop.store.migrate import current_revision
    from rpl_desktop.store.server import display_url, is_server_url

    db = open_store(paths)
    try:
        info: dict[str, object] = {
            "data_dir": str(paths.data_dir),
            "log_dir": str(paths.log_dir),
            "schema_revision": current_revision(db.engine),
            "candidates": count_candidates(db),
            "database": db.engine.url.render_as_string(hide_password=True),
            "encrypted": db.encrypted,
        }
        if is_server_url(db.engine.url):  # the office's shared server: never its password
            info["store"] = "PostgreSQL server (shared)"
            info["database"] = display_url(db.engine.url)
            info["evidence"] = "in the database"
        else:
            info["store"] = "embedded SQLite file on this computer"
            info["evidence"] = str(paths.evidence_dir)
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


def _write_output(path: Any, data: bytes) -> None:
    from pathlib import Path

    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(f".{out.name}.part")
        tmp.write_bytes(data)
        tmp.replace(out)
    except OSError as exc:
        raise RplError(f"Cannot write {out}: {exc.strerror or exc}.") from exc


def _cmd_document(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from rpl_desktop.services import documents
    from rpl_desktop.services.assess import read_casefile

    source = Path(args.case_or_file)
    out = Path(args.out)
    db = open_store(paths)
    try:
        if source.is_file():
            if args.issue:
                raise RplError("A case file cannot be issued from: import it first (rpl-desktop case import "
                               "FILE), then issue the document from the case in the data store.")
            pdf = documents.preview_from_casefile(db, read_casefile(source), args.kind, args.lang)
            target = out / f"{source.stem}-{args.kind}.pdf" if out.is_dir() else out
            _write_output(target, pdf)
            print(f"preview written to {target}")
            return 0
        try:
            case_id = documents.find_case(db, args.case_or_file)
        except RplError:
            if source.suffix.lower() == ".json":
                raise RplError(f"There is no case file {source} (and no case with that number).") from None
            raise
        if args.issue:
            issued = documents.issue(db, case_id, args.kind, args.lang, args.by or documents.default_user(),
                                     args.reason or "")
            pdf = documents.read_issued(db, issued.id)
            target = out / issued.filename if out.is_dir() else out
            _write_output(target, pdf)
            sidecar = json.dumps(issued.sidecar, ensure_ascii=False, indent=2) + "\n"
            _write_output(target.with_suffix(".json"), sidecar.encode("utf-8"))
            print(f"issued version {issued.version} (SHA-256 {issued.sha256}) written to {target}")
            return 0
        pdf = documents.preview(db, case_id, args.kind, args.lang)
        target = out / documents.preview_filename(db, case_id, args.kind, args.lang) if out.is_dir() else out
        _write_output(target, pdf)
        print(f"preview written to {target} (not issued)")
        return 0
    finally:
        db.close()


def _cmd_certificates(args: argparse.Namespace, paths: AppPaths) -> int:
    from pathlib import Path

    from rpl_desktop.services.documents import certificates_from_csv

    if args.resume is not None:
        from rpl_desktop.cli_batch import resume_certificates

        return resume_certificates(args, open_store(paths))
    if not args.csv or not args.out:
        raise RplError("Give --from FILE.csv and --out DIR (or --resume to finish an interrupted batch).")
    db = open_store(paths)
    try:
        report = certificates_from_csv(db, Path(args.csv), Path(args.out), combined=args.combined,
                                       lang=args.lang, issued_by=args.by or "")
    finally:
        db.close()
    for line in report.lines():
        print(f"rpl-desktop: {line}", file=sys.stderr)
    if report.combined_path is not None:
        print(f"combined PDF written to {report.combined_path}")
    print(report.summary())
    return 0 if len(report.done) == report.total else EXIT_USER_ERROR


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
    kinds = ("vedtak", "kompetansebevis", "yrkesbevis", "intyg", "kartlaggningsutlatande", "competence_map")
    document = commands.add_parser("document", help="write a case's vedtak, kompetansebevis ... as PDF")
    document.add_argument("case_or_file", metavar="CASE_OR_FILE",
                          help="a case number or id in the data store, or a case file (JSON)")
    document.add_argument("--kind", required=True, choices=kinds)
    document.add_argument("--lang", choices=("nb", "nn", "en", "sv"),
                          help="the document's language (default: the case's, else the candidate's målform)")
    document.add_argument("--out", required=True, metavar="PATH", help="the PDF to write (or a folder)")
    document.add_argument("--issue", action="store_true",
                          help="store it as issued (numbered, never changed); write the archive sidecar too")
    document.add_argument("--by", metavar="NAME", help="who issues it (default: the login name)")
    document.add_argument("--reason", metavar="TEXT", help="why a new version is issued (a correction)")
    _HANDLERS["document"] = _cmd_document
    certificates = commands.add_parser("certificates",
                                       help="print many kompetansebevis from a CSV of case numbers")
    certificates.add_argument("--from", dest="csv", metavar="FILE.csv",
                              help="a CSV with a case_number (or saksnummer) column; an optional lang column")
    certificates.add_argument("--out", metavar="DIR", help="the folder to write into")
    certificates.add_argument("--resume", nargs="?", const="all", metavar="BATCH",
                              help="finish the batches that were interrupted (or batch number BATCH); "
                                   "--out writes into another folder than the first time")
    certificates.add_argument("--combined", action="store_true",
                              help="one combined PDF instead of one per case")
    certificates.add_argument("--lang", choices=("nb", "nn", "en", "sv"), help="one language for all")
    certificates.add_argument("--by", metavar="NAME", help="who issues certificates not issued yet")
    _HANDLERS["certificates"] = _cmd_certificates
    commands.add_parser("info", help="show where the data is and what it holds (no personal data)")
    _HANDLERS["info"] = _cmd_info
    commands.add_parser("demo", help="add the invented demo candidates to the register")
    _HANDLERS["demo"] = _cmd_demo
    import importlib

    for name in _COMMAND_MODULES:
        importlib.import_module(name).add_commands(commands, _HANDLERS)


# Further command groups, each in its own module with ``add_commands(commands, handlers)``.
_COMMAND_MODULES = (
    "rpl_desktop.cli_backup",  # backup, restore, passphrase, encrypt
    "rpl_desktop.cli_security",  # audit verify, users
    "rpl_desktop.cli_privacy",  # candidate export/erase, retention report, appeal bundle
    "rpl_desktop.cli_office",  # offline case files, external assessors, database connection
)


def run(args: argparse.Namespace, paths: AppPaths) -> int:
    handler = _HANDLERS[args.command]
    _HEADLESS_USER[:] = [getattr(args, "user", None)]
    try:
        return handler(args, paths)
    except RplError as exc:
        print(f"rpl-desktop: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as exc:  # a bug: short notice, details in the log
        log.exception("command %s failed", args.command)
        print(f"rpl-desktop: unexpected error ({type(exc).__name__}); details are in the log.", file=sys.stderr)
        return EXIT_BUG
    finally:
        _HEADLESS_USER.clear()
