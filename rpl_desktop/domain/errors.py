"""Typed exceptions of the domain.

Two kinds of trouble exist in this program (the split qutebrowser calls KnownError/BugError):

* expected trouble caused by the user or the environment (bad input, a locked or full disk, an
  unreadable import file). It is raised as a subclass of :class:`RplError` and carries a message that
  says what is wrong and what to do. The UI and the CLI show it as it is; it never becomes a traceback.
* everything else is a bug and goes to the crash handler.
"""

from __future__ import annotations


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
