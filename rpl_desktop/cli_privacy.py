"""Headless commands for personal data: export, erasure, retention, appeal bundles.

* ``rpl-desktop candidate export ID --out FILE [--encrypt]`` — everything about one candidate, one zip;
* ``rpl-desktop candidate erase ID --reason TEXT`` and ``candidate anonymise ID --reason TEXT``;
* ``rpl-desktop retention report [--csv FILE]`` — the candidates whose retention has run out;
* ``rpl-desktop case appeal-bundle NUMBER --out FILE [--with-evidence] [--encrypt]``.

With ``--encrypt`` the passphrase is read from the terminal (twice), or from ``RPL_EXPORT_PASSPHRASE``
in scripts. The output never names the candidate: ids and counts only.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from rpl_desktop.domain.errors import RplError
from rpl_desktop.paths import AppPaths

PASSPHRASE_ENV = "RPL_EXPORT_PASSPHRASE"
MIN_PASSPHRASE = 10


def _export_passphrase(encrypt: bool) -> str | None:
    if not encrypt:
        return None
    value = os.environ.get(PASSPHRASE_ENV, "")
    if not value:
        if not sys.stdin.isatty():
            raise RplError(
                f"--encrypt needs a passphrase: run the command in a terminal or set {PASSPHRASE_ENV}."
            )
        value = getpass.getpass("Passphrase for the file: ")
        if getpass.getpass("The same passphrase again: ") != value:
            raise RplError("The two passphrases differ; nothing was written. Try again.")
    if len(value) < MIN_PASSPHRASE:
        raise RplError(f"The passphrase is too short: use at least {MIN_PASSPHRASE} characters.")
    return value


def _candidate_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise RplError(
            f"{text!r} is not a candidate id (a number; `rpl-desktop info` shows the register)."
        ) from None


def _cmd_candidate(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.cli import open_store
    from rpl_desktop.services import privacy

    candidate_id = _candidate_id(args.candidate_id)
    passphrase = _export_passphrase(getattr(args, "encrypt", False))
    db = open_store(paths)
    try:
        if args.candidate_command == "export":
            from rpl_desktop.services.privacy_export import export_personal_data

            result = export_personal_data(db, candidate_id, Path(args.out), passphrase=passphrase)
            print(result.summary())
            return 0
        if args.candidate_command == "erase":
            print(privacy.erase_candidate(db, candidate_id, args.reason).summary())
            return 0
        print(privacy.anonymise_candidate(db, candidate_id, args.reason).summary())
        return 0
    finally:
        db.close()


def _cmd_retention(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.cli import open_store
    from rpl_desktop.services import privacy

    today = None
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise RplError(f"--today {args.today!r} is not a date; write it as YYYY-MM-DD.") from None
    db = open_store(paths)
    try:
        report = privacy.retention_report(db, today=today)
        if args.csv:
            privacy.write_report_csv(report, Path(args.csv))
    finally:
        db.close()
    print(
        f"{report.due} of {report.candidates} candidates are past their retention period "
        f"({report.active} with an open case, {report.kept} still kept) on {report.today.isoformat()}."
    )
    for row in report.rows:
        mark = " (anonymised)" if row.anonymised else ""
        print(
            f"  candidate {row.candidate_id}{mark}: ended {row.due_on.isoformat()}, "
            f"{len(row.cases)} case(s) — {row.action_text()}"
        )
    if args.csv:
        print(f"The report with names is in {args.csv}; keep it safe and delete it when done.")
    print(
        "Retention periods (years): "
        + ", ".join(f"{k} {v}" for k, v in report.years.items())
        + ". Check them against your county's bevarings- og kassasjonsregler."
    )
    return 0


def _cmd_appeal_bundle(args: argparse.Namespace, paths: AppPaths) -> int:
    from rpl_desktop.cli import open_store
    from rpl_desktop.services.appeal import make_appeal_bundle

    passphrase = _export_passphrase(args.encrypt)
    db = open_store(paths)
    try:
        result = make_appeal_bundle(
            db, args.case, Path(args.out), include_evidence_files=args.with_evidence, passphrase=passphrase
        )
    finally:
        db.close()
    print(result.summary())
    return 0


def _add_appeal_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("case", metavar="NUMBER", help="the case number (or id)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the zip file to write")
    parser.add_argument("--with-evidence", action="store_true", help="include the evidence files themselves")
    parser.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt the file with a passphrase (asked, or {PASSPHRASE_ENV})",
    )


def _case_group(commands: Any) -> argparse.ArgumentParser | None:
    """The subcommands of ``case`` (defined in cli.py), to add ``appeal-bundle`` beside export/import."""
    parser = getattr(commands, "choices", {}).get("case")
    if parser is None:
        return None
    for action in parser._actions:  # argparse keeps its sub-parsers action here
        if isinstance(action, argparse._SubParsersAction):
            return action  # type: ignore[return-value]
    return None


def add_commands(commands: Any, handlers: dict[str, Any]) -> None:
    """Register this group's sub-commands on ``commands`` and their handlers in ``handlers``."""
    candidate = commands.add_parser("candidate", help="a candidate's personal data: export, erase, anonymise")
    actions = candidate.add_subparsers(dest="candidate_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write everything about one candidate to one zip file")
    export.add_argument("candidate_id", metavar="ID")
    export.add_argument("--out", required=True, metavar="FILE", help="the zip file to write")
    export.add_argument(
        "--encrypt",
        action="store_true",
        help=f"encrypt the file with a passphrase (asked, or {PASSPHRASE_ENV})",
    )
    for name, text in (
        ("erase", "delete the candidate and everything about them (administrators, approvers)"),
        ("anonymise", "remove the person, keep the case record (administrators, approvers)"),
    ):
        sub = actions.add_parser(name, help=text)
        sub.add_argument("candidate_id", metavar="ID")
        sub.add_argument(
            "--reason",
            required=True,
            metavar="TEXT",
            help="why (kept in the log; do not write the candidate's name)",
        )
    handlers["candidate"] = _cmd_candidate

    retention = commands.add_parser("retention", help="retention of personal data")
    retention_actions = retention.add_subparsers(dest="retention_command", metavar="ACTION", required=True)
    report = retention_actions.add_parser("report", help="list the candidates past their retention period")
    report.add_argument("--csv", metavar="FILE", help="also write the report (with names) as CSV")
    report.add_argument("--today", metavar="YYYY-MM-DD", help=argparse.SUPPRESS)
    handlers["retention"] = _cmd_retention

    case_actions = _case_group(commands)
    if case_actions is not None and "case" in handlers:
        _add_appeal_arguments(
            case_actions.add_parser(  # type: ignore[attr-defined]
                "appeal-bundle", help="write the appeal bundle (klagesak) of a case"
            )
        )
        plain_case = handlers["case"]

        def _case(args: argparse.Namespace, paths: AppPaths) -> int:
            if args.case_command == "appeal-bundle":
                return _cmd_appeal_bundle(args, paths)
            return int(plain_case(args, paths))

        handlers["case"] = _case
    else:  # the case group is not there: a command of its own
        _add_appeal_arguments(commands.add_parser("appeal-bundle", help="write the appeal bundle of a case"))
        handlers["appeal-bundle"] = _cmd_appeal_bundle
