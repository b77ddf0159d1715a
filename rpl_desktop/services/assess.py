"""Headless assessment of a case file (``rpl-desktop assess CASEFILE --json``).

The case file is one JSON object (schema: ``resources/schemas/casefile.schema.json``). Its
``target.kind`` selects the evaluation:

* ``praksiskandidat``: the practice-time calculation (:mod:`rpl_desktop.domain.praksis`);
* ``standard``: the mapping matrix against a catalogue standard;
* ``branschmodell``: a Swedish branschmodell's rules (see :mod:`rpl_desktop.services.casefile`).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from rpl_desktop.domain.errors import ImportFileError


def read_casefile(path: Path) -> dict[str, Any]:
    """Read a case file; any problem becomes an ImportFileError naming the file and place."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(str(path), "", f"cannot be read ({exc.strerror}).") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(str(path), f"byte {exc.start}", "is not UTF-8 text. Save the file as UTF-8.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFileError(str(path), f"line {exc.lineno}, column {exc.colno}", f"invalid JSON: {exc.msg}.") from exc
    if not isinstance(data, dict):
        raise ImportFileError(str(path), "top level", "a case file is a JSON object ({ ... }).")
    return data


def assess_casefile(data: dict[str, Any]) -> dict[str, Any]:
    """Evaluate a parsed case file and return the result as a JSON-ready dict."""
    from rpl_desktop.services.casefile import assess_casefile as evaluate_casefile

    return evaluate_casefile(data)
