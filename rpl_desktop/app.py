"""Program entry: excepthook -> arguments -> paths -> logging -> (GUI | headless command).

This module and ``ui/`` are the only places that may import PySide6; here only lazily, so the
headless commands start without Qt.
"""

from __future__ import annotations

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from types import TracebackType

from rpl_desktop import __version__, cli
from rpl_desktop.log import setup_logging
from rpl_desktop.paths import app_paths

log = logging.getLogger("rpl_desktop")


def _headless_excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    log.critical("unexpected error: %s", exc_type.__name__, exc_info=(exc_type, exc, tb))
    sys.stderr.write(
        "rpl-desktop: an unexpected error happened (a bug). The details are in the log file.\n"
        + "".join(traceback.format_exception_only(exc_type, exc))
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="rpl-desktop",
        description="Recognition of prior learning: candidates, work history, mapping, decisions and "
        "certificates. Without a command the desktop window opens.",
    )
    parser.add_argument("--version", action="version", version=f"rpl-desktop {__version__}")
    parser.add_argument("--basedir", metavar="DIR",
                        help="keep data, logs and settings below DIR (also: RPL_DESKTOP_HOME)")
    parser.add_argument("--debug", action="store_true", help="log debug messages, also to the console")
    parser.add_argument("--assessor", metavar="FILE",
                        help="open an assessor package (for a fagkonsulent or yrkesbedömare); no office "
                        "database is opened")
    parser.add_argument("--user", metavar="NAME",
                        help="headless commands act as this user of the data store (also: RPL_USER)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("gui", help="open the desktop window (the default)")
    cli.add_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    sys.excepthook = _headless_excepthook
    args = build_parser().parse_args(argv)
    paths = app_paths(args.basedir).ensure()
    setup_logging(paths.log_dir, debug=args.debug)
    log.info("rpl-desktop %s starting (%s)", __version__, args.command or "gui")
    if args.assessor and args.command in (None, "gui"):
        from pathlib import Path

        from rpl_desktop.ui.assessor_window import run_assessor

        return run_assessor(Path(args.assessor), paths)
    if args.command in (None, "gui"):
        from rpl_desktop.ui.application import run_gui

        return run_gui(paths, debug=args.debug)
    return cli.run(args, paths)
