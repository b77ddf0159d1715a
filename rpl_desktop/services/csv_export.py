"""CSV files the program writes for people to open in a spreadsheet.

Every cell goes through :func:`rpl_desktop.domain.text.neutralise_cell`, so a name such as
``=HYPERLINK(...)`` or ``+47 22 00 00 00`` is shown as text and never run as a formula. The file is
UTF-8 with a byte-order mark (so Excel reads æøå), ``;`` between cells (the Nordic default, where ``,``
is the decimal sign), CRLF line ends, and it appears only when complete.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from rpl_desktop.domain.text import neutralise_cell
from rpl_desktop.services.files import write_atomic, write_failed


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ";") -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow([neutralise_cell(h) for h in header])
    for row in rows:
        writer.writerow([neutralise_cell(cell) for cell in row])
    return buffer.getvalue()


def write_csv(
    path: Path,
    header: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    delimiter: str = ";",
    bom: bool = True,
) -> Path:
    """Write the table to ``path`` (atomically). Raises RplError when the folder cannot be written."""
    data = (("\ufeff" if bom else "") + csv_text(header, rows, delimiter=delimiter)).encode("utf-8")
    path = Path(path)
    try:
        write_atomic(path, data)
    except OSError as exc:
        raise write_failed(path, exc) from exc
    return path
