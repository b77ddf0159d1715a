"""Backups: one encrypted file with the database and the evidence, restore verified before it acts.

Embedded SQLite only (a PostgreSQL server is backed up with the server's tools).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from rpl_desktop.app import main
from rpl_desktop.domain.errors import StoreError
from rpl_desktop.domain.register import Candidate
from rpl_desktop.paths import AppPaths
from rpl_desktop.services.candidates import save_candidate
from rpl_desktop.services.demo import load_demo_data
from rpl_desktop.services.evidence import attach_evidence, remove_evidence
from rpl_desktop.store import crypto
from rpl_desktop.store.backup import auto_backup, auto_backup_files, create_backup
from rpl_desktop.store.database import Database, open_database
from rpl_desktop.store.engine import FileState, database_file_state, make_engine, make_session_factory
from rpl_desktop.store.evidence_store import EvidenceStore
from rpl_desktop.store.migrate import alembic_config, current_revision, head_revision
from rpl_desktop.store.records import CandidateRecord, PeriodRecord
from rpl_desktop.store.restore import prepare_restore, restore_backup

PASS = "korrekt hest batteri stift"


def _open(paths: AppPaths, passphrase: str | None = PASS) -> Database:
    return open_database(paths.default_database_url(), paths.evidence_dir, paths.backup_dir,
                         passphrase=passphrase)


@pytest.fixture
def enc(paths: AppPaths) -> Iterator[Database]:
    db = _open(paths)
    yield db
    db.close()


def _snapshot(db: Database) -> dict[str, object]:
    with db.read() as s:
        people = sorted((r.given_name, r.family_name, r.national_id, r.birth_date)
                        for r in s.scalars(select(CandidateRecord)))
        employers = sorted(r.employer for r in s.scalars(select(PeriodRecord)))
        counts = {t: s.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                  for t in ("candidate", "history_period", "rpl_case", "judgement", "evidence", "standard")}
    return {"people": people, "employers": employers, "counts": counts}


def _fill(db: Database, tmp_path: Path) -> tuple[str, bytes]:
    load_demo_data(db)
    payload = b"%PDF-1.4\nAttest for Kari Nordmann, 01019012345\n" + bytes(range(256)) * 50
    source = tmp_path / "attest.pdf"
    source.write_bytes(payload)
    item = attach_evidence(db, 1, source)
    return item.sha256, payload


def _state(paths: AppPaths) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in paths.data_dir.rglob("*")
            if p.is_file() and paths.backup_dir not in p.parents}


def test_round_trip_restores_counts_fields_and_evidence(enc: Database, paths: AppPaths,
                                                         tmp_path: Path) -> None:
    sha, payload = _fill(enc, tmp_path)
    expected = _snapshot(enc)
    out = tmp_path / "b" / "backup.rplbackup"
    info = create_backup(enc, out, PASS)
    assert info.tables["candidate"] == 6 and info.evidence_files == 1
    assert info.schema_revision == head_revision()
    raw = out.read_bytes()
    assert b"Kari" not in raw and b"01019012345" not in raw and b"SQLite format 3" not in raw
    # Change things after the backup: they must be gone after the restore.
    save_candidate(enc, Candidate("Ola", "Etterpå", None))
    with enc.read() as s:
        evidence_id = s.scalar(text("SELECT id FROM evidence"))
    remove_evidence(enc, int(evidence_id))
    assert not enc.evidence.exists(sha)
    enc.close()

    result = restore_backup(out, PASS, paths.database_file, paths.evidence_dir, current_passphrase=PASS)
    assert result.tables["candidate"] == 6 and result.encrypted and not result.uses_backup_passphrase
    db = _open(paths)
    try:
        assert _snapshot(db) == expected
        assert db.evidence.read_bytes(sha) == payload and db.evidence.verify(sha)
    finally:
        db.close()
    # Nothing of the restore is left lying around.
    assert sorted(p.name for p in paths.data_dir.iterdir()) == ["backups", "evidence", "rpl_desktop.sqlite"]


def test_backup_while_another_connection_has_a_write_open(enc: Database, tmp_path: Path) -> None:
    load_demo_data(enc, with_cases=False)
    with enc.engine.connect() as conn:
        trans = conn.begin()
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('uncommitted', 'x')"))
        info = create_backup(enc, tmp_path / "b.rplbackup", PASS)  # does not wait for the writer
        trans.rollback()
    assert info.tables["candidate"] == 6


def test_a_plain_database_gets_an_encrypted_backup(paths: AppPaths, tmp_path: Path) -> None:
    db = _open(paths, None)
    sha, payload = _fill(db, tmp_path)
    out = tmp_path / "plain.rplbackup"
    create_backup(db, out, "reservekopi-passfrase")
    db.close()
    raw = out.read_bytes()
    assert b"Kari" not in raw and b"01019012345" not in raw and b"%PDF" not in raw
    with pytest.raises(crypto.WrongPassphrase):
        restore_backup(out, "feil passfrase!", paths.database_file, paths.evidence_dir)
    # Restored over a plain database it stays plain, as it was.
    result = restore_backup(out, "reservekopi-passfrase", paths.database_file, paths.evidence_dir)
    assert not result.encrypted
    assert database_file_state(paths.database_file) is FileState.PLAIN
    db = _open(paths, None)
    assert db.evidence.read_bytes(sha) == payload
    db.close()


def test_a_plain_backup_restored_over_an_encrypted_database_is_encrypted(paths: AppPaths,
                                                                         tmp_path: Path) -> None:
    other = tmp_path / "other"
    plain = open_database(f"sqlite:///{other / 'p.sqlite'}", other / "evidence")
    sha, payload = _fill(plain, tmp_path)
    out = tmp_path / "plain.rplbackup"
    create_backup(plain, out, "reservekopi-passfrase")
    plain.close()
    _open(paths).close()
    result = restore_backup(out, "reservekopi-passfrase", paths.database_file, paths.evidence_dir,
                            current_passphrase=PASS)
    assert result.encrypted and not result.uses_backup_passphrase
    assert database_file_state(paths.database_file) is FileState.ENCRYPTED
    stored = [p for p in paths.evidence_dir.rglob("*") if p.is_file()]
    assert len(stored) == 1 and stored[0].name != sha and b"Kari" not in stored[0].read_bytes()
    db = _open(paths)
    try:
        assert db.evidence.read_bytes(sha) == payload
    finally:
        db.close()


def _older_database(paths: AppPaths, revision: str) -> Database:
    engine = make_engine(paths.default_database_url(), PASS)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(text("INSERT INTO setting (key, value) VALUES ('marker', 'from the old days')"))
    return Database(engine=engine, sessions=make_session_factory(engine),
                    evidence=EvidenceStore(paths.evidence_dir, key=crypto.new_key()), encrypted=True)


def test_an_older_backup_is_restored_then_upgraded(paths: AppPaths, tmp_path: Path) -> None:
    if head_revision() == "0001":
        pytest.skip("only one schema revision exists so far")
    old = _older_database(paths, "0001")
    out = tmp_path / "old.rplbackup"
    assert create_backup(old, out, PASS).schema_revision == "0001"
    old.close()
    paths.database_file.unlink()
    result = restore_backup(out, PASS, paths.database_file, paths.evidence_dir)
    assert result.schema_revision == "0001" and result.uses_backup_passphrase
    db = _open(paths)
    try:
        assert current_revision(db.engine) == head_revision()
        assert db.get_setting("marker") == "from the old days"
    finally:
        db.close()
    assert list(paths.backup_dir.glob("*before-upgrade-from-0001*"))


def test_a_backup_from_a_newer_program_is_refused(enc: Database, paths: AppPaths, tmp_path: Path) -> None:
    _fill(enc, tmp_path)
    with enc.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'fffffffffff9'"))
    out = tmp_path / "newer.rplbackup"
    create_backup(enc, out, PASS)
    with enc.engine.begin() as conn:
        conn.execute(text(f"UPDATE alembic_version SET version_num = '{head_revision()}'"))
    enc.close()
    before = _state(paths)
    with pytest.raises(StoreError, match="newer version of rpl-desktop"):
        restore_backup(out, PASS, paths.database_file, paths.evidence_dir, current_passphrase=PASS)
    assert _state(paths) == before
    assert not any(p.name.startswith(".restore-") for p in paths.data_dir.iterdir())


@pytest.fixture(scope="module")
def made_backup(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """One backup file's bytes (demo data + an attachment), for the damage tests."""
    home = tmp_path_factory.mktemp("source")
    db = open_database(f"sqlite:///{home / 'db.sqlite'}", home / "evidence", passphrase=PASS)
    try:
        _fill(db, home)
        create_backup(db, home / "b.rplbackup", PASS)
    finally:
        db.close()
    return (home / "b.rplbackup").read_bytes()


def _target(paths: AppPaths, tmp_path: Path) -> dict[Path, bytes]:
    db = _open(paths)
    try:
        save_candidate(db, Candidate("Eksisterende", "Person", None))
        source = tmp_path / "keep.txt"
        source.write_bytes(b"current evidence")
        attach_evidence(db, 1, source)
    finally:
        db.close()
    return _state(paths)


@pytest.mark.parametrize("cut", ["header", "middle", "last_byte", "chunk_boundary"])
def test_a_truncated_backup_is_refused_and_nothing_changes(
    made_backup: bytes, paths: AppPaths, tmp_path: Path, cut: str,
) -> None:
    before = _target(paths, tmp_path)
    length = {"header": 40, "middle": len(made_backup) // 2, "last_byte": len(made_backup) - 1,
              "chunk_boundary": 5 + 16 + 16 + 12 + 16 + 7 + crypto.CHUNK + 16}[cut]
    if length >= len(made_backup):
        length = len(made_backup) - 17  # a backup smaller than a chunk: cut off the last tag instead
    damaged = tmp_path / "cut.rplbackup"
    damaged.write_bytes(made_backup[:length])
    with pytest.raises((crypto.CryptoError, StoreError)) as info:
        restore_backup(damaged, PASS, paths.database_file, paths.evidence_dir, current_passphrase=PASS)
    assert "cut off" in str(info.value) or "damaged" in str(info.value)
    assert _state(paths) == before


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.integers(min_value=0), flip=st.integers(min_value=1, max_value=255))
def test_a_tampered_backup_is_refused_and_nothing_changes(
    made_backup: bytes, tmp_path: Path, position: int, flip: int,
) -> None:
    home = tmp_path / f"t{position}-{flip}"
    data_dir = home / "data"
    data_dir.mkdir(parents=True)
    (data_dir / "rpl_desktop.sqlite").write_bytes(b"current database stays")
    damaged = bytearray(made_backup)
    damaged[position % len(damaged)] ^= flip
    path = home / "tampered.rplbackup"
    path.write_bytes(bytes(damaged))
    with pytest.raises((crypto.CryptoError, StoreError)):
        restore_backup(path, PASS, data_dir / "rpl_desktop.sqlite", data_dir / "evidence")
    assert sorted(p.name for p in data_dir.iterdir()) == ["rpl_desktop.sqlite"]
    assert (data_dir / "rpl_desktop.sqlite").read_bytes() == b"current database stays"


def test_another_kind_of_file_is_refused(tmp_path: Path, paths: AppPaths) -> None:
    other = tmp_path / "case.rplcase"
    other.write_bytes(crypto.seal_with_passphrase(PASS, b"casefile", b"{}"))
    with pytest.raises(crypto.CryptoError, match="not a\\s+backup file"):
        prepare_restore(other, PASS, paths.database_file, paths.evidence_dir)
    (tmp_path / "junk").write_bytes(b"hello")
    with pytest.raises(crypto.CryptoError, match="not an encrypted rpl-desktop file"):
        prepare_restore(tmp_path / "junk", PASS, paths.database_file, paths.evidence_dir)


def test_automatic_backup_once_a_day_keeps_the_last_n(enc: Database, paths: AppPaths) -> None:
    enc.set_setting("backup_keep", "3")
    start = date(2026, 1, 1)
    for day in range(5):
        assert auto_backup(enc, paths.backup_dir, today=start + timedelta(days=day)) is not None
        assert auto_backup(enc, paths.backup_dir, today=start + timedelta(days=day)) is None  # once a day
    names = [p.name for p in auto_backup_files(paths.backup_dir)]
    assert len(names) == 3
    assert [n[len("rpl_desktop-auto-"):][:8] for n in names] == ["20260103", "20260104", "20260105"]
    enc.set_setting("backup_keep", "0")
    assert auto_backup(enc, paths.backup_dir, today=start + timedelta(days=9)) is None


def test_automatic_backup_of_a_plain_database_needs_a_passphrase(paths: AppPaths) -> None:
    db = _open(paths, None)
    try:
        assert auto_backup(db, paths.backup_dir) is None
        assert auto_backup(db, paths.backup_dir, passphrase="reservekopi-passfrase") is not None
    finally:
        db.close()


# -- the headless commands ------------------------------------------------------------------------


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    for name in ("RPL_PASSPHRASE", "RPL_NEW_PASSPHRASE", "RPL_BACKUP_PASSPHRASE", "RPL_DATABASE_URL"):
        monkeypatch.delenv(name, raising=False)
    from rpl_desktop.services import security_keys

    monkeypatch.setattr(security_keys, "stored_passphrase", lambda _f: None)
    return monkeypatch


def test_commands_encrypt_backup_restore_and_change_passphrase(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--basedir", str(tmp_path / "home")]
    assert main([*base, "demo"]) == 0
    env.setenv("RPL_NEW_PASSPHRASE", PASS)
    assert main([*base, "encrypt"]) == 0
    assert "now encrypted" in capsys.readouterr().out
    env.delenv("RPL_NEW_PASSPHRASE")
    assert main([*base, "info"]) == 2
    assert "encrypted and needs its passphrase" in capsys.readouterr().err
    env.setenv("RPL_PASSPHRASE", PASS)
    out = tmp_path / "x.rplbackup"
    assert main([*base, "backup", "--out", str(out)]) == 0
    assert "6 candidates" in capsys.readouterr().out
    env.setenv("RPL_NEW_PASSPHRASE", "en annen lang passfrase")
    assert main([*base, "passphrase", "change"]) == 0
    assert main([*base, "info"]) == 2
    assert "does not open this database" in capsys.readouterr().err
    env.setenv("RPL_PASSPHRASE", "en annen lang passfrase")
    assert main([*base, "info"]) == 0
    capsys.readouterr()
    # The backup was made under the first passphrase; restoring it brings that one back.
    env.setenv("RPL_BACKUP_PASSPHRASE", PASS)
    assert main([*base, "restore", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "6 candidates" in printed and "saved first" in printed
    env.setenv("RPL_PASSPHRASE", "en annen lang passfrase")
    assert main([*base, "info"]) == 0  # the current passphrase was kept for the restored data
    env.setenv("RPL_BACKUP_PASSPHRASE", "feil passfrase her")
    assert main([*base, "restore", str(out)]) == 2
    assert "passphrase does not open this backup file" in capsys.readouterr().err


def test_backup_command_of_a_plain_database_without_a_passphrase_says_what_to_do(
    env: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    base = ["--basedir", str(tmp_path / "home")]
    assert main([*base, "info"]) == 0
    capsys.readouterr()
    assert main([*base, "backup"]) == 2
    assert "RPL_BACKUP_PASSPHRASE" in capsys.readouterr().err
    env.setenv("RPL_BACKUP_PASSPHRASE", "kort")
    assert main([*base, "backup"]) == 2
    assert "too short" in capsys.readouterr().err
    env.setenv("RPL_BACKUP_PASSPHRASE", "lang nok passfrase")
    assert main([*base, "backup"]) == 0
    assert len(list((tmp_path / "home" / "data" / "backups").glob("*.rplbackup"))) == 1


def test_hashes_in_the_manifest_match(enc: Database, tmp_path: Path) -> None:
    sha, payload = _fill(enc, tmp_path)
    out = tmp_path / "m.rplbackup"
    create_backup(enc, out, PASS)
    import io
    import json
    import tarfile

    plain = crypto.unseal_with_passphrase(PASS, b"backup", out.read_bytes())
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        names = tar.getnames()
        manifest = json.loads(tar.extractfile("manifest.json").read())  # type: ignore[union-attr]
        for name in names[1:]:
            data = tar.extractfile(name).read()  # type: ignore[union-attr]
            assert hashlib.sha256(data).hexdigest() == manifest["members"][name]["sha256"]
    assert names[0] == "manifest.json" and names[1] == "database.sqlite"
    assert manifest["schema_revision"] == head_revision() and manifest["encrypted"] is True
    assert manifest["tables"]["candidate"] == 6 and manifest["evidence_files"] == 1
