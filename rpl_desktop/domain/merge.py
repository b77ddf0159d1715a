"""Three-way field merge: as opened (original), as stored now (theirs), as typed (mine).

Each field is classified by comparing the three values:

* ``UNCHANGED``   nobody changed it (theirs == mine == original);
* ``ONLY_MINE``   only this user changed it: mine wins;
* ``ONLY_THEIRS`` only the other save changed it: theirs wins;
* ``BOTH_SAME``   both changed it to the same value: that value;
* ``CONFLICT``    both changed it, differently: a person must choose.

Non-conflicting fields merge by themselves; a conflict needs a :class:`Choice` (keep mine, take theirs,
or for free text, combine both). A merged value always comes from theirs or mine (or, combining, from
both); never from neither side.

The values are plain (display-ready) values compared with ``==``; a field absent from a side is
:data:`MISSING` there, and a merged field whose value is MISSING is left out of the result. With no
original at all (``{}``) every difference between theirs and mine is a conflict: nothing is guessed.

Usage::

    m = merge_fields(original, theirs, mine)
    if m.conflicts:
        values = m.result({"reason": Choice.BOTH, "judgement": Choice.MINE})
    else:
        values = m.result()

Pure functions and dataclasses; the conflict dialog, the services' save paths and the offline case-file
import all use this one merge.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from rpl_desktop.domain.errors import RplError


class _Missing:
    """A field that one side does not have."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False

    def __reduce__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()


class Change(StrEnum):
    UNCHANGED = "unchanged"
    ONLY_MINE = "only_mine"
    ONLY_THEIRS = "only_theirs"
    BOTH_SAME = "both_same"
    CONFLICT = "conflict"


class Choice(StrEnum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"  # free text only: theirs and mine joined


class UnresolvedConflict(RplError):
    """A field changed on both sides and nobody chose which value to keep."""

    def __init__(self, fields: Iterable[str]) -> None:
        self.fields = tuple(fields)
        super().__init__(
            "Some fields were changed both here and by someone else: choose for each of them which "
            f"version to keep ({', '.join(self.fields)})."
        )


def classify(original: Any, theirs: Any, mine: Any) -> Change:
    """How one field changed on the two sides."""
    if theirs == mine:
        return Change.UNCHANGED if mine == original else Change.BOTH_SAME
    if theirs == original:
        return Change.ONLY_MINE
    if mine == original:
        return Change.ONLY_THEIRS
    return Change.CONFLICT


def combine_text(theirs: Any, mine: Any) -> Any:
    """Both texts in one: theirs first (it was saved first), then mine, a blank line between.

    An empty side adds nothing, and a text that already contains the other is kept as it is.
    """
    if not isinstance(theirs, str) or not isinstance(mine, str):
        raise TypeError("only text can be combined")
    if not mine.strip() or mine.strip() in theirs:
        return theirs
    if not theirs.strip() or theirs.strip() in mine:
        return mine
    return f"{theirs.rstrip()}\n\n{mine.lstrip()}"


@dataclass(frozen=True)
class FieldMerge:
    """One field on the three sides and how it changed."""

    name: str
    original: Any
    theirs: Any
    mine: Any
    change: Change

    @property
    def is_conflict(self) -> bool:
        return self.change == Change.CONFLICT

    @property
    def can_combine(self) -> bool:
        """Both sides are text, so Choice.BOTH is possible."""
        return isinstance(self.theirs, str) and isinstance(self.mine, str)

    @property
    def automatic(self) -> Any:
        """The merged value without a choice; for a conflict there is none (MISSING)."""
        if self.change in (Change.ONLY_MINE, Change.UNCHANGED, Change.BOTH_SAME):
            return self.mine
        if self.change == Change.ONLY_THEIRS:
            return self.theirs
        return MISSING

    def value(self, choice: Choice | None = None) -> Any:
        """The merged value: the automatic one, or the chosen side's. A conflict needs a choice."""
        if choice is None:
            if self.is_conflict:
                raise UnresolvedConflict([self.name])
            return self.automatic
        if choice == Choice.MINE:
            return self.mine
        if choice == Choice.THEIRS:
            return self.theirs
        if self.theirs == self.mine:
            return self.mine
        if not self.can_combine:
            raise ValueError(f"{self.name}: only text fields can be combined")
        return combine_text(self.theirs, self.mine)


@dataclass(frozen=True)
class Merge:
    """The three-way comparison of one record, field by field (in the order the fields first appear)."""

    fields: tuple[FieldMerge, ...]

    def __getitem__(self, name: str) -> FieldMerge:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    def __contains__(self, name: object) -> bool:
        return any(f.name == name for f in self.fields)

    @property
    def conflicts(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.is_conflict)

    @property
    def changed(self) -> tuple[str, ...]:
        """Fields changed on at least one side."""
        return tuple(f.name for f in self.fields if f.change != Change.UNCHANGED)

    def by_change(self, change: Change) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.change == change)

    def result(self, choices: Mapping[str, Choice] | None = None) -> dict[str, Any]:
        """The merged values. Every conflict needs an entry in ``choices`` (UnresolvedConflict if not);
        a choice for a field without conflict overrides its automatic value."""
        choices = choices or {}
        unknown = set(choices) - {f.name for f in self.fields}
        if unknown:
            raise KeyError(f"no such field: {', '.join(sorted(unknown))}")
        open_ = [f.name for f in self.fields if f.is_conflict and f.name not in choices]
        if open_:
            raise UnresolvedConflict(open_)
        merged = {}
        for f in self.fields:
            value = f.value(choices.get(f.name))
            if value is not MISSING:
                merged[f.name] = value
        return merged


def merge_fields(original: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any]) -> Merge:
    """Compare three versions of one record field by field."""
    names = list(dict.fromkeys([*original, *theirs, *mine]))
    return Merge(tuple(
        FieldMerge(name, original.get(name, MISSING), theirs.get(name, MISSING), mine.get(name, MISSING),
                   classify(original.get(name, MISSING), theirs.get(name, MISSING), mine.get(name, MISSING)))
        for name in names
    ))


def merge(original: Mapping[str, Any], theirs: Mapping[str, Any], mine: Mapping[str, Any],
          choices: Mapping[str, Choice] | None = None) -> dict[str, Any]:
    """The merged record; raises UnresolvedConflict when a conflict has no choice."""
    return merge_fields(original, theirs, mine).result(choices)
