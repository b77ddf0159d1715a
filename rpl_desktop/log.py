"""Logging to a rotating file in the log folder.

The log never contains personal data: code logs ids (``candidate 42``), counts and error classes,
never names, national ID numbers, addresses or free text typed by a user. A filter below also masks
anything that looks like an 11-digit Norwegian or 10/12-digit Swedish ID number, as a safety net.
"""

from __future__ import annotations

import faulthandler
import logging
import logging.handlers
import re
import sys
from pathlib import Path
from typing import IO

LOG_FILE_NAME = "rpl_desktop.log"
_ID_LIKE = re.compile(r"(?<!\d)(\d{6}[-+ ]?\d{4,5}|\d{8}[-+]?\d{4})(?!\d)")
_fault_file: IO[str] | None = None


class _MaskIdNumbers(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _ID_LIKE.sub("[id]", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup_logging(log_dir: Path, *, debug: bool = False) -> Path:
    """Log to ``log_dir/rpl_desktop.log`` (rotating, 5 × 1 MiB) and warnings to stderr."""
    global _fault_file
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / LOG_FILE_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_rpl", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = logging.handlers.RotatingFileHandler(
        log_file, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    file_handler.addFilter(_MaskIdNumbers())
    file_handler._rpl = True  # type: ignore[attr-defined]
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(logging.DEBUG if debug else logging.WARNING)
    stderr_handler.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
    stderr_handler.addFilter(_MaskIdNumbers())
    stderr_handler._rpl = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.addHandler(stderr_handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    if _fault_file is None:
        _fault_file = open(log_dir / "faulthandler.log", "a", encoding="utf-8")  # noqa: SIM115
        faulthandler.enable(_fault_file)
    return log_file
