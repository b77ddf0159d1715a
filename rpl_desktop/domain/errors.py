"""Typed exceptions of the domain.

Two kinds of trouble exist in this program (the split qutebrowser calls KnownError/BugError):

* expected trouble caused by the user or the environment (bad input, a locked or full disk, an
  unreadable import file). It is raised as a subclass of :class:`RplError` and carries a message that
  says what is wrong and what to do. The UI and the CLI show it as it is; it never becomes a traceback.
* everything else is a bug and goes to the crash handler.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rpl_desktop.domain.merge import Merge


class RplError(Exception):
    """Expected trouble with a message for the user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(RplError):
    """One field holds a value the program cannot accept.

    ``field`` names the field the way the data names it (``"national_id"``, ``"experiences[2].end"``),
    so a form can show the message beside the right widget and a headless caller can find it.
    """

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.detail = message


class ValidationErrors(RplError):
    """Several fields are wrong at once; ``errors`` lists each of them."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors

    def for_field(self, field: str) -> list[ValidationError]:
        return [e for e in self.errors if e.field == field]


class StoreError(RplError):
    """The data store cannot be opened or written (locked, full, newer than this program...)."""


class ImportFileError(RplError):
    """A file given to an importer is broken. ``location`` names the line or field."""

    def __init__(self, path: str, location: str, message: str) -> None:
        where = f"{path}, {location}" if location else path
        super().__init__(f"{where}: {message}")
        self.path = path
        self.location = location
        self.detail = message


class PermissionDenied(RplError):
    """The signed-in user's role does not allow this action (e.g. a counsellor issuing a vedtak)."""


class ConflictError(RplError):
    """Someone else saved the same record after it was opened here (optimistic locking).

    Besides the message it carries what a conflict view needs, as plain dicts of display-ready field
    values (text as typed, dates as ISO ``YYYY-MM-DD``, choices as their codes):

    * ``original``: the record as the user opened it (``{}`` when unknown: every difference is then a
      conflict);
    * ``theirs``: the record as stored now, at ``their_version``;
    * ``mine``: what the user tried to save.

    ``kind`` is ``"candidate"``, ``"case"`` or ``"judgement"``; ``entity_id`` the record's id (None for
    a judgement nobody had saved when it was opened); ``saved_by`` / ``saved_by_id`` / ``saved_at`` who
    (display name, user id) saved theirs and when, as far as known (``saved_by`` is "" when not);
    ``text_fields`` the free-text fields that may be combined.
    ``context`` holds ids the caller needs to save again (e.g. ``case_id`` and ``outcome_uid``).
    """

    def __init__(
        self,
        message: str,
        *,
        kind: str = "",
        entity_id: int | None = None,
        original: dict[str, str] | None = None,
        theirs: dict[str, str] | None = None,
        mine: dict[str, str] | None = None,
        their_version: int | None = None,
        saved_by: str = "",
        saved_by_id: int | None = None,
        saved_at: datetime | None = None,
        text_fields: frozenset[str] = frozenset(),
        context: dict[str, object] | None = None,
    ) -> None:
        super().__init__(message)
        self.kind = kind
        self.entity_id = entity_id
        self.original = dict(original or {})
        self.theirs = dict(theirs or {})
        self.mine = dict(mine or {})
        self.their_version = their_version
        self.saved_by = saved_by
        self.saved_by_id = saved_by_id
        self.saved_at = saved_at
        self.text_fields = frozenset(text_fields)
        self.context = dict(context or {})

    def saved_by_same_user(self, user_id: int | None) -> bool:
        """True when the audit log says theirs was saved by this very user (another window of theirs,
        or the program on their behalf)."""
        return bool(self.saved_by) and self.saved_by_id == user_id

    @property
    def has_details(self) -> bool:
        """True when theirs/mine are known, so a conflict view can be shown."""
        return bool(self.theirs) and bool(self.mine) and self.their_version is not None

    def merge(self) -> Merge:
        """The three-way comparison of original, theirs and mine."""
        from rpl_desktop.domain.merge import merge_fields

        return merge_fields(self.original, self.theirs, self.mine)
