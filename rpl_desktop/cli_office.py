"""Headless commands for offline case files, external assessors and the office database."""

from __future__ import annotations

from typing import Any


def add_commands(commands: Any, handlers: dict[str, Any]) -> None:
    """Register this group's sub-commands on ``commands`` and their handlers in ``handlers``."""
    add_offline_commands(commands, handlers)
    add_assessor_commands(commands, handlers)


# == external assessors (fagkonsulent, yrkesbedömare) =====================================================
# rpl-desktop assessor export | evidence | list | import. Passphrase: RPL_ASSESSOR_PASSPHRASE or asked.

ASSESSOR_PASSPHRASE_ENV = "RPL_ASSESSOR_PASSPHRASE"


def add_assessor_commands(commands: Any, handlers: dict[str, Any]) -> None:
    assessor = commands.add_parser(
        "assessor", help="send open outcomes to an external assessor and import their judgements"
    )
    actions = assessor.add_subparsers(dest="assessor_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write an encrypted package for an external assessor")
    export.add_argument("case", metavar="CASE", help="a case number or id")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--outcomes", metavar="K1,K2", help="the outcomes to send (codes or uids)")
    which.add_argument("--open", action="store_true", help="the outcomes not judged yet (the default)")
    files = export.add_mutually_exclusive_group()
    files.add_argument("--evidence", metavar="ID,ID",
                       help="the evidence files the assessor may see (ids from: rpl-desktop assessor "
                            "evidence CASE); none unless given")
    files.add_argument("--all-evidence", action="store_true", help="every evidence file of the candidate")
    export.add_argument("--to", required=True, metavar="NAME", help="the assessor's name")
    export.add_argument("--out", required=True, metavar="FILE", help="the package to write (or a folder)")
    export.add_argument("--message", metavar="TEXT", default="", help="a note to the assessor")
    evidence = actions.add_parser("evidence", help="list the candidate's evidence files (ids for --evidence)")
    evidence.add_argument("case", metavar="CASE", help="a case number or id")
    listing = actions.add_parser("list", help="list the packages sent for a case")
    listing.add_argument("case", metavar="CASE", help="a case number or id")
    imp = actions.add_parser("import", help="import an assessor's response file into its case")
    imp.add_argument("file", metavar="FILE", help="the response file (…response.rpl)")
    choice = imp.add_mutually_exclusive_group()
    choice.add_argument("--keep-office", action="store_true",
                        help="where the office changed a judgement since the export, keep the office's")
    choice.add_argument("--take-assessor", action="store_true",
                        help="where the office changed a judgement since the export, take the assessor's")
    imp.add_argument("--dry-run", action="store_true", help="check and show the response, import nothing")
    handlers["assessor"] = _cmd_assessor


def _assessor_passphrase(twice: bool) -> str:
    import getpass
    import os
    import sys

    from rpl_desktop.domain.errors import RplError

    value = os.environ.get(ASSESSOR_PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise RplError(f"No passphrase: set {ASSESSOR_PASSPHRASE_ENV} or run the command in a terminal.")
    first = getpass.getpass("Passphrase for the assessor package: ")
    if twice and getpass.getpass("The same passphrase again: ") != first:
        raise RplError("The two passphrases differ. Run the command again.")
    return first


def _cmd_assessor(args: Any, paths: Any) -> int:
    from pathlib import Path

    from rpl_desktop.cli import open_store
    from rpl_desktop.services import assessor as service
    from rpl_desktop.services.documents import find_case

    db = open_store(paths)
    try:
        if args.assessor_command == "import":
            return _assessor_import(db, Path(args.file), args)
        case_id = find_case(db, args.case)
        if args.assessor_command == "evidence":
            return _assessor_evidence(db, case_id)
        if args.assessor_command == "list":
            for p in service.list_packages(db, case_id):
                returned = f", imported {p.returned_at:%Y-%m-%d}" if p.returned_at else ""
                print(f"{p.sent_at:%Y-%m-%d %H:%M}  {p.state:<8}  {p.assessor_name}  {len(p.outcome_codes)} "
                      f"outcome(s), {p.evidence_count} file(s)  {p.filename}{returned}")
            return 0
        outcomes = service.resolve_outcomes(db, case_id, args.outcomes.split(",")) if args.outcomes else None
        if args.all_evidence:
            from rpl_desktop.services.cases import get_case
            from rpl_desktop.services.evidence import list_evidence

            candidate_id = get_case(db, case_id).candidate_id
            evidence_ids = [e.id for e in list_evidence(db, candidate_id) if e.id is not None]
        else:
            evidence_ids = _ids(args.evidence)
        sent = service.export_package(
            db, case_id, assessor_name=args.to, passphrase=_assessor_passphrase(twice=True),
            out=Path(args.out), outcome_uids=outcomes, evidence_ids=evidence_ids, message=args.message,
        )
        target = Path(args.out) / sent.filename if Path(args.out).is_dir() else Path(args.out)
        print(f"package for {sent.assessor_name} written to {target}: {len(sent.outcome_codes)} outcome(s) "
              f"({', '.join(sent.outcome_codes)}), {sent.evidence_count} evidence file(s)")
        print("Give the assessor the passphrase by another channel (telephone, SMS), never with the file.")
        return 0
    finally:
        db.close()


def _ids(text: str | None) -> list[int]:
    from rpl_desktop.domain.errors import ValidationError

    if not text:
        return []
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise ValidationError("evidence", "Give the evidence ids as numbers separated by commas, e.g. 3,7 "
                                          "(see rpl-desktop assessor evidence CASE).") from None


def _assessor_evidence(db: Any, case_id: int) -> int:
    from rpl_desktop.services.cases import get_case
    from rpl_desktop.services.evidence import list_evidence

    for e in list_evidence(db, get_case(db, case_id).candidate_id):
        print(f"{e.id:>6}  {e.kind.value:<14} {e.size:>10} B  {e.filename}")
    return 0


def _assessor_import(db: Any, path: Any, args: Any) -> int:
    import sys

    from rpl_desktop.services import assessor as service

    review = service.review_response(db, path, _assessor_passphrase(twice=False))
    print(f"response from {review.assessor.describe()} for case {review.case_number}: "
          f"{len(review.rows)} judgement(s)")
    for row in review.rows:
        mark = "  CONFLICT: the office changed it since the export" if row.conflict else ""
        office, theirs = row.office_judgement.value, row.assessor.judgement.value
        print(f"  {row.code}: office {office} -> assessor {theirs}{mark}")
    if review.not_judged:
        print(f"  left open by the assessor: {', '.join(review.not_judged)}")
    if args.dry_run:
        print("dry run: nothing imported")
        return 0
    conflicts = review.conflicts()
    if conflicts and not (args.keep_office or args.take_assessor):
        codes = ", ".join(r.code for r in conflicts)
        print(f"rpl-desktop: the office changed {codes} since the package was sent. Nothing was imported. "
              "Run again with --keep-office or --take-assessor, or import in the case view to choose per "
              "outcome.", file=sys.stderr)
        return 2
    take = {r.outcome_uid: bool(args.take_assessor) for r in conflicts}
    result = service.import_response(db, review, take)
    print(f"imported: applied {', '.join(result.applied) or 'none'}; kept the office's judgement of "
          f"{', '.join(result.kept) or 'none'}")
    return 0


# == offline case files ===================================================================================
# rpl-desktop offline export CASE... --out FILE | import FILE [--prefer office|laptop] | status.
# Passphrase: RPL_CASEFILE_PASSPHRASE or asked (twice when writing a file).

CASEFILE_PASSPHRASE_ENV = "RPL_CASEFILE_PASSPHRASE"
EXIT_DECISIONS_NEEDED = 1


def add_offline_commands(commands: Any, handlers: dict[str, Any]) -> None:
    offline = commands.add_parser(
        "offline", help="take cases to a laptop in an encrypted file and merge them back"
    )
    actions = offline.add_subparsers(dest="offline_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="write cases to an encrypted offline case file")
    export.add_argument("cases", nargs="+", metavar="CASE", help="case numbers or ids")
    export.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    export.add_argument("--to", default="", metavar="TEXT",
                        help="who takes the cases and where (shown as 'checked out to ...')")
    imp = actions.add_parser("import", help="read an offline case file; show and resolve what changed")
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--prefer", choices=("office", "laptop"),
                     help="for every conflict and deletion, keep the office's or the laptop's version")
    imp.add_argument("--resolutions", metavar="FILE.json",
                     help="a JSON object: decision id -> office | laptop | both (text fields)")
    imp.add_argument("--write-template", metavar="FILE.json",
                     help="when decisions are needed, write them to FILE.json to fill in for --resolutions")
    imp.add_argument("--dry-run", action="store_true", help="show what would change, import nothing")
    actions.add_parser("status", help="list the cases checked out to laptops")
    handlers["offline"] = _cmd_offline


def _casefile_passphrase(twice: bool) -> str:
    import getpass
    import os
    import sys

    from rpl_desktop.domain.errors import RplError

    value = os.environ.get(CASEFILE_PASSPHRASE_ENV)
    if value:
        return value
    if not sys.stdin.isatty():
        raise RplError(f"No passphrase: set {CASEFILE_PASSPHRASE_ENV} or run the command in a terminal.")
    first = getpass.getpass("Passphrase for the offline case file: ")
    if twice:
        from rpl_desktop.services.offline import check_passphrase

        check_passphrase(first, getpass.getpass("The same passphrase again: "))
    return first


def _cmd_offline(args: Any, paths: Any) -> int:
    from pathlib import Path

    from rpl_desktop.cli import open_store
    from rpl_desktop.services import offline

    db = open_store(paths)
    try:
        if args.offline_command == "status":
            rows = offline.checkouts(db)
            from rpl_desktop.services.cases import get_case

            for row in sorted(rows.values(), key=lambda r: r.since):
                to = f" to {row.to}" if row.to else ""
                print(f"{get_case(db, row.case_id).number}  checked out{to} by {row.by} since "
                      f"{row.since:%Y-%m-%d %H:%M}")
            if not rows:
                print("no case is checked out")
            return 0
        if args.offline_command == "export":
            case_ids = offline.find_cases(db, args.cases)
            passphrase = _casefile_passphrase(twice=True)
            offline.check_passphrase(passphrase)
            result = offline.export_cases(db, case_ids, Path(args.out), passphrase, taken_to=args.to)
            what = "checked out" if result.home else "sent back"
            print(f"{len(result.case_numbers)} case(s) {what} to {result.path} "
                  f"({result.size / 1024:.0f} KiB, {result.entities} records, "
                  f"{result.files} evidence file(s)): "
                  f"{', '.join(result.case_numbers)}")
            print("Give the passphrase by another channel (telephone, in person), never with the file.")
            return 0
        return _offline_import(db, Path(args.file), args)
    finally:
        db.close()


def _short(value: Any, width: int = 100) -> str:
    import json

    if value is None:
        text = "(none)"
    else:
        text = repr(value) if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _offline_import(db: Any, path: Any, args: Any) -> int:
    import json
    from pathlib import Path

    from rpl_desktop.domain.errors import RplError
    from rpl_desktop.services import offline

    plan = offline.plan_import(db, offline.read_offline_file(path, _casefile_passphrase(twice=False)))
    here, there = ("office", "laptop") if plan.home else ("this computer", "office")
    f = plan.file
    print(f"offline file from {f.exported_by}, written {f.exported_at:%Y-%m-%d %H:%M}: "
          f"{len(f.cases)} case(s) "
          f"({', '.join(c['number'] for c in f.cases)})")
    counts = {a: plan.count(a) for a in offline.Action}
    print(f"  added: {counts[offline.Action.ADD]}, changed: {counts[offline.Action.UPDATE]}, "
          "deleted on one side: "
          f"{counts[offline.Action.DELETED_IN_FILE] + counts[offline.Action.DELETED_HERE]}")
    for c in plan.changes:
        for fc in c.taken():
            print(f"  take from the {'laptop' if plan.home else 'file'}: {c.case_number} {c.kind} {c.label}: "
                  f"{fc.name} {_short(fc.here, 40)} -> {_short(fc.file, 40)}")
    decisions = plan.decisions()
    sides = {"office": offline.Side.HERE if plan.home else offline.Side.FILE,
             "laptop": offline.Side.FILE if plan.home else offline.Side.HERE,
             "here": offline.Side.HERE, "file": offline.Side.FILE, "both": offline.Side.BOTH}
    choices: dict[str, offline.Side] = {}
    if args.prefer:
        choices = offline.resolve_all(plan, sides[args.prefer])
    if args.resolutions:
        try:
            given = json.loads(Path(args.resolutions).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise RplError(f"The resolutions file cannot be read: {exc}. Give a JSON object.") from None
        if not isinstance(given, dict):
            raise RplError("The resolutions file must hold a JSON object: decision id -> office | laptop | "
                           "both.")
        for key, value in given.items():
            if value is None:
                continue
            if not isinstance(value, str) or value not in sides:
                raise RplError(f"The resolution for {key} must be office, laptop or both, not {value!r}.")
            choices[key] = sides[value]
    open_ = [d for d in decisions if d.id not in choices]
    for n, d in enumerate(decisions, 1):
        c = d.change
        chosen = f"  -> {choices[d.id]}" if d.id in choices else ""
        if d.field is None:
            in_file = c.action == offline.Action.DELETED_IN_FILE
            where = ("deleted on the laptop" if in_file else "deleted in the office") if plan.home \
                else ("deleted in the office" if in_file else "deleted here")
            print(f"[{n}] {c.case_number} {c.kind} {c.label}: {where}{chosen}")
        else:
            print(f"[{n}] {c.case_number} {c.kind} {c.label}: {d.field.name} changed on both sides{chosen}")
            print(f"      original: {_short(d.field.base)}")
            print(f"      {here + ':':<9} {_short(d.field.here)}")
            print(f"      {there + ':':<9} {_short(d.field.file)}")
        print(f"      id: {d.id}")
    for note in plan.notes:
        print(f"  note: {note}")
    if args.dry_run:
        print("dry run: nothing imported")
        return 0
    if open_:
        if args.write_template:
            template = {d.id: None for d in open_}
            Path(args.write_template).write_text(json.dumps(template, ensure_ascii=False, indent=2), "utf-8")
            print(f"wrote {len(open_)} open decision(s) to {args.write_template}: fill in office, laptop or "
                  "both")
        print(f"rpl-desktop: {len(open_)} change(s) need a decision; nothing was imported. Run again with "
              "--prefer office|laptop, or --resolutions FILE.json (ids above), or import in the window.")
        return EXIT_DECISIONS_NEEDED
    result = offline.apply_import(db, plan, choices)
    print(f"imported: {result.added} added, {result.updated} updated ({result.fields_taken} field(s) taken), "
          f"{result.deleted} deleted, {result.restored} restored, "
          f"{result.conflicts_resolved} decision(s) applied")
    for note in result.notes:
        print(f"  note: {note}")
    return 0
