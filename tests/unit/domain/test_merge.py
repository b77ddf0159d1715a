"""The three-way field merge: examples, and properties over random records (hypothesis)."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rpl_desktop.domain.errors import ConflictError
from rpl_desktop.domain.merge import (
    MISSING,
    Change,
    Choice,
    UnresolvedConflict,
    classify,
    combine_text,
    merge,
    merge_fields,
)

ORIGINAL = {"city": "Alta", "phone": "1", "reason": "Has done the work.", "email": "a@x.no"}


def test_each_kind_of_change_is_named() -> None:
    theirs = {"city": "Tromsø", "phone": "1", "reason": "Has done the work. Checked.", "email": "b@x.no"}
    mine = {"city": "Alta", "phone": "2", "reason": "Did it well.", "email": "b@x.no"}
    m = merge_fields(ORIGINAL, theirs, mine)
    assert [(f.name, f.change) for f in m.fields] == [
        ("city", Change.ONLY_THEIRS),
        ("phone", Change.ONLY_MINE),
        ("reason", Change.CONFLICT),
        ("email", Change.BOTH_SAME),
    ]
    assert m.conflicts == ("reason",)
    assert m.changed == ("city", "phone", "reason", "email")
    assert m["city"].automatic == "Tromsø" and m["reason"].automatic is MISSING
    with pytest.raises(UnresolvedConflict) as info:
        m.result()
    assert info.value.fields == ("reason",) and "choose" in info.value.message
    assert m.result({"reason": Choice.MINE}) == {"city": "Tromsø", "phone": "2", "reason": "Did it well.",
                                                 "email": "b@x.no"}
    assert m.result({"reason": Choice.THEIRS})["reason"] == "Has done the work. Checked."
    assert m.result({"reason": Choice.BOTH})["reason"] == "Has done the work. Checked.\n\nDid it well."
    # a choice on a field without conflict overrides the automatic value
    assert m.result({"reason": Choice.MINE, "city": Choice.MINE})["city"] == "Alta"
    with pytest.raises(KeyError):
        m.result({"reason": Choice.MINE, "nonsense": Choice.MINE})


def test_unchanged_fields_stay() -> None:
    m = merge_fields(ORIGINAL, dict(ORIGINAL), dict(ORIGINAL))
    assert m.changed == () and m.result() == ORIGINAL
    assert all(f.change == Change.UNCHANGED for f in m.fields)


def test_without_an_original_every_difference_is_a_conflict() -> None:
    m = merge_fields({}, {"city": "Alta", "phone": "1"}, {"city": "Bodø", "phone": "1"})
    assert m["city"].change == Change.CONFLICT and m["phone"].change == Change.BOTH_SAME


def test_missing_fields_are_added_and_removed_like_values() -> None:
    # theirs added a field, mine removed one: both merge, and a removed field is left out
    m = merge_fields({"a": "1", "b": "2"}, {"a": "1", "b": "2", "c": "3"}, {"a": "1"})
    assert m["c"].change == Change.ONLY_THEIRS and m["b"].change == Change.ONLY_MINE
    assert m.result() == {"a": "1", "c": "3"}
    assert repr(MISSING) == "MISSING" and not MISSING and pickle.loads(pickle.dumps(MISSING)) is MISSING


def test_combining_text() -> None:
    assert combine_text("Theirs.", "Mine.") == "Theirs.\n\nMine."
    assert combine_text("", "Mine.") == "Mine." and combine_text("Theirs.", "  ") == "Theirs."
    assert combine_text("Long text with mine inside.", "mine inside") == "Long text with mine inside."
    assert combine_text("short", "a short one") == "a short one"
    with pytest.raises(TypeError):
        combine_text(1, "x")
    m = merge_fields({"n": 1}, {"n": 2}, {"n": 3})
    assert not m["n"].can_combine
    with pytest.raises(ValueError):
        m.result({"n": Choice.BOTH})


def test_conflict_error_carries_the_three_sides() -> None:
    exc = ConflictError("changed", kind="candidate", entity_id=3, original={"city": "Alta"},
                        theirs={"city": "Bodø"}, mine={"city": "Vadsø"}, their_version=4)
    assert exc.has_details and exc.merge().conflicts == ("city",)
    assert str(exc) == "changed"
    assert not ConflictError("changed").has_details


# -- properties -------------------------------------------------------------------------------------

NAMES = st.sampled_from(["given_name", "city", "reason", "notes", "status", "due_on"])
VALUES = st.one_of(st.text(max_size=6), st.sampled_from(["", "a", "b", "2025-01-01"]))
RECORDS = st.dictionaries(NAMES, VALUES, max_size=6)


@st.composite
def three_sides(draw: st.DrawFn) -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """An original and two edits of it (each side keeps, changes, drops or adds fields)."""
    original = draw(RECORDS)

    def edit() -> dict[str, str]:
        side = {}
        for name in [*original, *draw(st.lists(NAMES, max_size=2))]:
            action = draw(st.sampled_from(["keep", "keep", "change", "drop"]))
            if action == "keep" and name in original:
                side[name] = original[name]
            elif action != "drop":
                side[name] = draw(VALUES)
        return side

    return original, edit(), edit()


@given(three_sides())
def test_only_my_edit_gives_mine(sides: tuple[dict[str, str], dict[str, str], dict[str, str]]) -> None:
    original, _theirs, mine = sides
    assert merge(original, original, mine) == mine


@given(three_sides())
def test_only_their_edit_gives_theirs(sides: tuple[dict[str, str], dict[str, str], dict[str, str]]) -> None:
    original, theirs, _mine = sides
    assert merge(original, theirs, original) == theirs


@given(three_sides(), st.data())
def test_no_value_is_taken_from_neither_side(
    sides: tuple[dict[str, str], dict[str, str], dict[str, str]], data: st.DataObject
) -> None:
    original, theirs, mine = sides
    m = merge_fields(original, theirs, mine)
    sides = [Choice.MINE, Choice.THEIRS]
    choices = {name: data.draw(st.sampled_from(list(Choice) if m[name].can_combine else sides))
               for name in m.conflicts}
    result = m.result(choices)
    for name, value in result.items():
        if choices.get(name) == Choice.BOTH:
            assert value == combine_text(theirs[name], mine[name])
        else:
            assert value in (theirs.get(name, MISSING), mine.get(name, MISSING))
    for name in set(theirs) | set(mine):
        if name not in result:  # left out only where a side dropped it
            assert name not in theirs or name not in mine
    # conflicts are exactly the fields both sides changed, differently
    for f in m.fields:
        both_changed = f.theirs != f.original and f.mine != f.original
        assert f.is_conflict == (both_changed and f.theirs != f.mine)


@given(three_sides(), st.data())
def test_the_two_sides_are_symmetric(
    sides: tuple[dict[str, str], dict[str, str], dict[str, str]], data: st.DataObject
) -> None:
    original, theirs, mine = sides
    forward, backward = merge_fields(original, theirs, mine), merge_fields(original, mine, theirs)
    mirror = {Change.ONLY_MINE: Change.ONLY_THEIRS, Change.ONLY_THEIRS: Change.ONLY_MINE}
    assert {f.name: mirror.get(f.change, f.change) for f in forward.fields} == {
        f.name: f.change for f in backward.fields
    }
    # keeping "mine" one way is keeping "theirs" the other way: the same record
    picks = {name: data.draw(st.sampled_from([Choice.MINE, Choice.THEIRS])) for name in forward.conflicts}
    flipped = {name: Choice.THEIRS if c == Choice.MINE else Choice.MINE for name, c in picks.items()}
    assert forward.result(picks) == backward.result(flipped)
    # a field both sides set alike resolves to that value whatever is chosen
    for f in forward.fields:
        if f.change in (Change.BOTH_SAME, Change.UNCHANGED):
            assert {f.value(c) for c in Choice} | {f.value()} == {f.mine}


@given(st.text(max_size=8), st.text(max_size=8), st.text(max_size=8))
def test_classify_is_total(original: str, theirs: str, mine: str) -> None:
    change = classify(original, theirs, mine)
    assert change in set(Change)
    assert (change == Change.UNCHANGED) == (original == theirs == mine)
