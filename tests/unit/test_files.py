"""Files written for the user appear whole or not at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.files import atomic_file, write_atomic, write_failed


def test_a_failure_half_way_keeps_the_old_file_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    target = tmp_path / "vedtak.pdf"
    target.write_bytes(b"old")
    with pytest.raises(ZeroDivisionError), atomic_file(target) as out:
        out.write(b"half of the new")
        1 / 0  # noqa: B018 - the error half-way
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["vedtak.pdf"]


def test_the_new_content_replaces_the_old_in_one_step(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "rapport.csv"
    write_atomic(target, b"a;b\n")
    write_atomic(target, b"c;d\n")
    assert target.read_bytes() == b"c;d\n"
    assert [p.name for p in target.parent.iterdir()] == ["rapport.csv"]


def test_a_folder_that_cannot_be_made_gives_a_message_saying_what_to_do(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    with pytest.raises(OSError) as info:
        write_atomic(blocker / "out.zip", b"data")
    error = write_failed(blocker / "out.zip", info.value)
    assert isinstance(error, RplError)
    assert "out.zip could not be written" in error.message and "choose another folder" in error.message
