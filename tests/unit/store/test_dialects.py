"""What PostgreSQL enforces and SQLite does not: refused alike, with a clear message, on both backends."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.paths import resource_dir
from rpl_desktop.services.catalogue import import_catalogue_file
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import SettingRecord, StandardRecord

SAMPLE = json.loads((resource_dir() / "catalogue" / "sample-catalogue.json").read_text(encoding="utf-8"))


def _standards(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(StandardRecord)) or 0)


@pytest.mark.parametrize(("field", "value", "message"), [
    ("uid", "urn:rpl:standard:x:" + "y" * 250, "the uid is 269 characters long; the limit is 200"),
    ("code", "C" * 80, "the code is 80 characters long; the limit is 60"),
    ("version", "9" * 40, "the version is 40 characters long; the limit is 30"),
    ("outcome", "urn:rpl:outcome:" + "z" * 320, "the outcome uid is 336 characters long; the limit is 300"),
], ids=["uid", "code", "version", "outcome"])
def test_a_catalogue_with_overlong_identifiers_is_refused_whole(db: Database, tmp_path: Path, field: str,
                                                                value: str, message: str) -> None:
    data = copy.deepcopy(SAMPLE)
    data["sample"] = False
    first = data["standards"][0]
    data["standards"] = [first]  # alone: nothing else refers to it
    if field == "outcome":
        first["outcomes"][0]["uid"] = value
    else:
        first[field] = value
    file = tmp_path / "catalogue.json"
    file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        import_catalogue_file(db, file)
    assert _standards(db) == 0


def test_overlong_text_is_refused_before_it_reaches_the_database(db: Database) -> None:
    overlong = r"setting\.key: the text is 150 characters long; the limit is 100"
    with pytest.raises(ValidationError, match=overlong):
        db.set_setting("k" * 150, "value")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(SettingRecord).where(
            func.length(SettingRecord.key) > 100)) == 0
    db.set_setting("k" * 100, "a key at the limit is fine")
    assert db.get_setting("k" * 100) == "a key at the limit is fine"
