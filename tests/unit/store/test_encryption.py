"""Encryption at rest: SQLCipher for the database, a data key for the evidence files, the passphrase.

These tests run on the embedded SQLite file only (encryption at rest is a property of that file; a
PostgreSQL server is protected by its own means).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select, text

from rpl_desktop.domain.errors import StoreError, ValidationError
from rpl_desktop.paths import AppPaths
from rpl_desktop.services import security_keys as keys
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.evidence import attach_evidence, open_copy
from rpl_desktop.store import crypto
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.store.encryption import finish_interrupted_conversion, plain_copy_path
from rpl_desktop.store.engine import (
    DatabaseNotEncrypted,
    DatabasePassphraseWrong,
    FileState,
    PassphraseRequired,
    connect_raw,
    database_file_state,
    make_engine,
)
from rpl_desktop.store.migrate import alembic_config, head_revision
from rpl_desktop.store.records import CandidateRecord, SettingRecord

PASS = "korrekt hest batteri stift"


def _open(paths: AppPaths, passphrase: str | None = PASS) -> Database:
    return open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir,
                         passphrase=passphrase)


@pytest.fixture
def enc(paths: AppPaths) -> Iterator[Database]:
    db = _open(paths)
    yield db
    db.close()


def _people(db: Database) -> list[tuple[str, str, str]]:
    with db.read() as s:
        return [(r.given_name, r.family_name, r.national_id) for r in s.scalars(select(CandidateRecord))]


def _fill(db: Database, tmp_path: Path) -> tuple[list[tuple[str, str, str]], bytes]:
    """Demo data plus an attachment that names a candidate and gives her national ID number."""
    load_demo_data(db)
    people = _people(db)
    given, family, fnr = next(p for p in people if p[2])
    text_ = f"Attest\nDette bekrefter at {given} {family}, fødselsnummer {fnr}, har arbeidet her.\n"
    payload = text_.encode()
    source = tmp_path / "outside" / "attest.txt"
    source.parent.mkdir(exist_ok=True)
    source.write_bytes(payload)
    with db.read() as s:
        candidate_id = s.scalar(select(CandidateRecord.id).where(CandidateRecord.national_id == fnr))
    attach_evidence(db, int(candidate_id), source)
    return people, payload


def _needles(people: list[tuple[str, str, str]]) -> list[bytes]:
    needles: list[bytes] = []
    for given, family, fnr in people:
        for word in (given, family, f"{given} {family}"):
            if len(word) >= 4:
                needles += [word.encode("utf-8"), word.encode("utf-16-le"), word.lower().encode("utf-8")]
                with contextlib.suppress(UnicodeEncodeError):
                    needles.append(word.encode("latin-1"))
        digits = "".join(ch for ch in fnr if ch.isdigit())
        if digits:
            needles += [digits.encode("ascii"), digits.encode("utf-16-le"), fnr.encode("utf-8")]
    return needles


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def _leaks(paths: AppPaths, needles: list[bytes]) -> list[tuple[str, bytes]]:
    found = []
    for path in _files_under(paths.data_dir):
        data = path.read_bytes()
        found += [(path.name, n) for n in needles if n in data]
    return found


def test_no_name_or_national_id_in_the_raw_files(enc: Database, paths: AppPaths, tmp_path: Path) -> None:
    people, _payload = _fill(enc, tmp_path)
    assert len(people) >= 6 and sum(1 for p in people if p[2]) >= 3
    needles = _needles(people)
    # While the program runs (the WAL file is there) and after it closed.
    with enc.read() as s:
        s.execute(text("SELECT count(*) FROM candidate")).scalar()
        assert any(p.name.endswith("-wal") for p in _files_under(paths.data_dir))
        assert _leaks(paths, needles) == []
    enc.close()
    assert _leaks(paths, needles) == []
    evidence_files = _files_under(paths.evidence_dir)
    assert len(evidence_files) == 1
    assert database_file_state(paths.database_file) is FileState.ENCRYPTED


def test_the_same_scan_finds_the_data_in_a_plain_store(paths: AppPaths, tmp_path: Path) -> None:
    """The scan above can fail: on an unencrypted store it finds names and numbers."""
    db = _open(paths, None)
    try:
        people, _ = _fill(db, tmp_path)
    finally:
        db.close()
    leaks = _leaks(paths, _needles(people))
    assert any(name == "rpl_desktop.sqlite" for name, _ in leaks)
    assert any(len(name) == 64 for name, _ in leaks)  # the evidence file, named by its SHA-256


def test_wrong_passphrase_is_refused_and_changes_nothing(paths: AppPaths) -> None:
    _open(paths).close()
    before = {p: p.read_bytes() for p in _files_under(paths.data_dir)}
    with pytest.raises(DatabasePassphraseWrong, match="passphrase does not open this database"):
        _open(paths, "not the passphrase")
    after = {p: p.read_bytes() for p in _files_under(paths.data_dir)}
    assert after == before
    assert _files_under(paths.backup_dir) == []


def test_encrypted_without_passphrase_and_plain_with_one_say_which(paths: AppPaths, tmp_path: Path) -> None:
    _open(paths).close()
    before = paths.database_file.read_bytes()
    with pytest.raises(PassphraseRequired, match="encrypted and needs its passphrase.*RPL_PASSPHRASE"):
        _open(paths, None)
    assert paths.database_file.read_bytes() == before
    other = tmp_path / "plain.sqlite"
    open_database(f"sqlite:///{other}", tmp_path / "ev").close()
    plain_before = other.read_bytes()
    with pytest.raises(DatabaseNotEncrypted, match="not encrypted"):
        open_database(f"sqlite:///{other}", tmp_path / "ev", passphrase=PASS)
    assert other.read_bytes() == plain_before


def test_quotes_and_non_ascii_in_the_passphrase(paths: AppPaths) -> None:
    tricky = "Ærlig talt' \"; PRAGMA key='x'; -- ø å 🙂"
    db = _open(paths, tricky)
    db.set_setting("marker", "kept")
    db.close()
    with pytest.raises(DatabasePassphraseWrong):
        _open(paths, "x")
    db = _open(paths, tricky)
    assert db.get_setting("marker") == "kept"
    db.close()


def test_evidence_files_are_encrypted_and_named_by_hmac(enc: Database, paths: AppPaths,
                                                        tmp_path: Path) -> None:
    payload = b"%PDF-1.7\n" + b"Kari Nordmann 01019012345 " * 100_000  # more than two 1 MiB chunks
    source = tmp_path / "big.pdf"
    source.write_bytes(payload)
    sha, size, media = enc.evidence.put_file(source)
    assert (sha, size, media) == (hashlib.sha256(payload).hexdigest(), len(payload), "application/pdf")
    [stored] = _files_under(paths.evidence_dir)
    assert stored.name != sha and sha not in str(stored)
    raw = stored.read_bytes()
    assert b"Kari" not in raw and b"01019012345" not in raw and b"%PDF" not in raw
    assert enc.evidence.read_bytes(sha) == payload and enc.evidence.verify(sha)
    copy = enc.evidence.copy_out(sha, "attest.pdf", tmp_path / "opened")
    assert copy.read_bytes() == payload
    key = base64.b64decode(enc.get_setting("evidence_key"))
    assert key == enc.evidence.key and len(key) == 32


def test_a_tampered_evidence_file_is_refused(enc: Database, paths: AppPaths, tmp_path: Path) -> None:
    load_demo_data(enc, with_cases=False)
    source = tmp_path / "attest.txt"
    source.write_bytes(b"Attest for Kari Nordmann")
    item = attach_evidence(enc, 1, source)
    stored = enc.evidence._path(item.sha256)
    raw = bytearray(stored.read_bytes())
    raw[-5] ^= 0x01
    stored.write_bytes(bytes(raw))
    assert not enc.evidence.verify(item.sha256)
    with pytest.raises(crypto.TamperedFile, match="changed or damaged"):
        enc.evidence.read_bytes(item.sha256)
    with pytest.raises(Exception, match="damaged"):
        open_copy(enc, item.id, tmp_path / "opened")
    assert not (tmp_path / "opened").exists() or _files_under(tmp_path / "opened") == []


def test_change_passphrase_old_refused_new_opens(enc: Database, paths: AppPaths, tmp_path: Path) -> None:
    people, payload = _fill(enc, tmp_path)
    sha = hashlib.sha256(payload).hexdigest()
    evidence_before = {p: p.read_bytes() for p in _files_under(paths.evidence_dir)}
    new = "en helt annen passfrase"
    with pytest.raises(DatabasePassphraseWrong):
        keys.change_passphrase(enc, "not the old one", new, new)
    with pytest.raises(ValidationError, match="too short"):
        keys.change_passphrase(enc, PASS, "kort", "kort")
    assert keys.change_passphrase(enc, PASS, new, new) is False  # no keyring entry to update
    # The open Database carries on with the new key; the evidence files were not touched.
    assert _people(enc) == people
    assert enc.evidence.read_bytes(sha) == payload
    assert {p: p.read_bytes() for p in _files_under(paths.evidence_dir)} == evidence_before
    enc.close()
    with pytest.raises(DatabasePassphraseWrong):
        _open(paths, PASS)
    db = _open(paths, new)
    try:
        assert _people(db) == people
        assert db.evidence.read_bytes(sha) == payload
    finally:
        db.close()


def _table_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        names = [r[0] for r in s.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))]
        return {n: s.execute(text(f'SELECT count(*) FROM "{n}"')).scalar_one() for n in names}


def test_converting_a_plain_database_keeps_everything(paths: AppPaths, tmp_path: Path) -> None:
    plain = _open(paths, None)
    people, payload = _fill(plain, tmp_path)
    sha = hashlib.sha256(payload).hexdigest()
    counts = _table_counts(plain)
    with plain.read() as s:
        evidence_id = s.scalar(text("SELECT id FROM evidence"))
    viewed = open_copy(plain, int(evidence_id), paths.open_copies_dir)  # a copy opened for viewing
    plain.close()
    # A plain copy an earlier upgrade left in the backup folder goes too.
    paths.backup_dir.mkdir(exist_ok=True)
    old_copy = paths.backup_dir / "rpl_desktop-before-upgrade-from-0004-x.sqlite"
    old_copy.write_bytes(paths.database_file.read_bytes())
    assert keys.encrypt_store(paths, PASS, PASS) == 1
    assert database_file_state(paths.database_file) is FileState.ENCRYPTED
    assert not plain_copy_path(paths.database_file).exists() and not viewed.exists()
    assert _leaks(paths, _needles(people)) == []
    db = _open(paths)
    try:
        after = _table_counts(db)
        assert after.pop("setting") == counts.pop("setting") + 1  # the evidence key
        assert after == counts
        assert _people(db) == people
        assert db.evidence.read_bytes(sha) == payload and db.evidence.verify(sha)
        assert [p.name for p in _files_under(paths.evidence_dir)] == [db.evidence.stored_name(sha)]
    finally:
        db.close()
    with pytest.raises(StoreError, match="already encrypted"):
        keys.encrypt_store(paths, PASS, PASS)


def test_conversion_refuses_while_the_database_is_open(paths: AppPaths) -> None:
    db = _open(paths, None)
    try:
        db.set_setting("x", "y")
        with db.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            with pytest.raises(StoreError, match="in use"):
                keys.encrypt_store(paths, PASS, PASS)
        assert database_file_state(paths.database_file) is FileState.PLAIN
        assert not paths.database_file.with_name("rpl_desktop.sqlite.encrypting").exists()
    finally:
        db.close()


def test_an_interrupted_conversion_is_finished_on_the_next_open(paths: AppPaths, tmp_path: Path) -> None:
    db = _open(paths)
    load_demo_data(db, with_cases=False)
    source = tmp_path / "a.txt"
    source.write_bytes(b"attest")
    item = attach_evidence(db, 1, source)
    # As if the program stopped after the swap: the plain copy and a plain evidence file are left.
    plain_copy_path(paths.database_file).write_bytes(b"SQLite format 3\x00 plain leftovers")
    leftover = db.evidence.path_for_name(item.sha256)
    leftover.parent.mkdir(parents=True, exist_ok=True)
    leftover.write_bytes(b"attest")
    db.set_setting("evidence_plain_cleanup", "1")
    finish_interrupted_conversion(db.engine, paths.database_file, db.evidence)
    assert not plain_copy_path(paths.database_file).exists() and not leftover.exists()
    assert db.get_setting("evidence_plain_cleanup") == ""
    assert db.evidence.verify(item.sha256)
    db.close()


def test_backup_before_upgrade_of_an_encrypted_database_is_encrypted(paths: AppPaths) -> None:
    if head_revision() == "0001":
        pytest.skip("only one schema revision exists so far")
    engine = make_engine(paths.default_database_url(), PASS)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('marker', 'Kari Nordmann')"))
    engine.dispose()
    db = _open(paths)
    db.close()
    [saved] = paths.backup_dir.glob("*before-upgrade-from-0001*.sqlite")
    assert database_file_state(saved) is FileState.ENCRYPTED
    assert b"Kari" not in saved.read_bytes()
    conn = connect_raw(saved, PASS)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert conn.execute("SELECT value FROM setting WHERE key='marker'").fetchone() == ("Kari Nordmann",)
    finally:
        conn.close()


def test_headless_passphrase_comes_from_the_environment(paths: AppPaths,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from rpl_desktop.cli import open_store

    monkeypatch.delenv(keys.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(keys, "stored_passphrase", lambda _f: None)
    assert keys.headless_passphrase(paths) is None
    monkeypatch.setenv(keys.PASSPHRASE_ENV, PASS)
    db = open_store(paths)  # the first start of a headless command with RPL_PASSPHRASE: encrypted
    assert db.encrypted
    db.close()
    monkeypatch.delenv(keys.PASSPHRASE_ENV)
    with pytest.raises(PassphraseRequired):
        open_store(paths)


def test_passphrase_rules_and_strength() -> None:
    assert keys.passphrase_issue("") is keys.PassphraseIssue.EMPTY
    assert keys.passphrase_issue("kort") is keys.PassphraseIssue.TOO_SHORT
    assert keys.passphrase_issue("123456789") is keys.PassphraseIssue.TOO_SHORT
    assert keys.passphrase_issue("1234567890") is None
    assert keys.passphrase_issue("tab\there is bad") is keys.PassphraseIssue.CONTROL
    assert keys.passphrase_issue("lang nok frase", "lang nok frasE") is keys.PassphraseIssue.MISMATCH
    assert keys.passphrase_issue("lang nok frase", "lang nok frase") is None
    assert keys.passphrase_strength("passord123") is keys.Strength.WEAK
    assert keys.passphrase_strength("aaaaaaaaaaaaaaaa") is keys.Strength.WEAK
    assert keys.passphrase_strength("Fjell7-Bekk") in (keys.Strength.FAIR, keys.Strength.GOOD)
    assert keys.passphrase_strength("bratt elv, blå kopp og 7 hvite måker") is keys.Strength.STRONG


def test_evidence_key_setting_is_inside_the_encrypted_database(enc: Database, paths: AppPaths) -> None:
    with enc.read() as s:
        value = s.scalar(select(SettingRecord.value).where(SettingRecord.key == "evidence_key"))
    assert value and value.encode() not in paths.database_file.read_bytes()
