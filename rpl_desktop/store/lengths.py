"""Text longer than its column is refused before it reaches the database, on every backend alike.

PostgreSQL refuses a value longer than its ``VARCHAR(n)`` with a driver error; SQLite stores it without
a word. The services check the lengths of what people type (names, employers...); this check, run on
every flush, is the net under them: a value that slipped through (an imported file, a new field)
becomes a ValidationError naming the column and the limit on both backends, instead of a crash on the
office server and silent acceptance on a laptop.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from rpl_desktop.domain.errors import ValidationError


def _check(obj: Any) -> None:
    mapper = inspect(obj).mapper
    for attr in mapper.column_attrs:
        column = attr.columns[0]
        length = getattr(column.type, "length", None)
        if not isinstance(column.type, String) or length is None:
            continue
        value = getattr(obj, attr.key, None)
        if isinstance(value, str) and len(value) > length:
            raise ValidationError(
                f"{mapper.local_table.name}.{attr.key}",
                f"the text is {len(value)} characters long; the limit is {length}. Shorten it.",
            )


@event.listens_for(Session, "before_flush")
def _refuse_overlong_text(session: Session, _context: Any, _instances: Any) -> None:
    for obj in (*session.new, *session.dirty):
        _check(obj)
