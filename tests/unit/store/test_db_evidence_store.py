"""Evidence files kept in the database: same interface and checks as the file store, on both backends."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select, update

from rpl_desktop.domain.errors import RplError
from rpl_desktop.domain.register import Candidate, EvidenceKind
from rpl_desktop.services import candidates as cs
from rpl_desktop.services import evidence as ev
from rpl_desktop.store.database import Database
from rpl_desktop.store.db_evidence_store import DatabaseEvidenceStore
from rpl_desktop.store.evidence_store import MAX_EVIDENCE_BYTES
from rpl_desktop.store.office_records import EvidenceBlobRecord

PDF = b"%PDF-1.7\n% attest fra arbeidsgiver\n" + bytes(range(256)) * 40


@pytest.fixture
def store(db: Database) -> DatabaseEvidenceStore:
    """The database store on this backend (on PostgreSQL it is also the one ``open_database`` chose)."""
    return DatabaseEvidenceStore(db.engine)


def _blobs(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(EvidenceBlobRecord)) or 0)


def test_put_read_verify_and_store_once(store: DatabaseEvidenceStore, db: Database, tmp_path: Path) -> None:
    source = tmp_path / "attest.pdf"
    source.write_bytes(PDF)
    sha, size, media = store.put_file(source)
    assert (sha, size, media) == (hashlib.sha256(PDF).hexdigest(), len(PDF), "application/pdf")
    assert store.exists(sha) and store.verify(sha) and store.read_bytes(sha) == PDF
    copy = tmp_path / "copy.pdf"
    copy.write_bytes(PDF)
    assert store.put_file(copy) == (sha, size, media)  # the same content is stored once
    assert _blobs(db) == 1
    assert not store.exists("0" * 64) and not store.verify("0" * 64)
    with pytest.raises(RplError, match="missing"):
        store.read_bytes("0" * 64)
    with pytest.raises(ValueError):
        store.exists("../../etc/passwd")


def test_the_file_store_checks_apply(store: DatabaseEvidenceStore, db: Database, tmp_path: Path) -> None:
    program = tmp_path / "attest.pdf"
    program.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    with pytest.raises(RplError, match="program"):
        store.put_file(program)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(RplError, match="empty"):
        store.put_file(empty)
    with pytest.raises(RplError, match="cannot be read"):
        store.put_file(tmp_path / "missing.pdf")
    with pytest.raises(RplError, match="not a file"):
        store.put_file(tmp_path)
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as fh:  # sparse: refused by its size before anything is read
        fh.truncate(MAX_EVIDENCE_BYTES + 1)
    with pytest.raises(RplError, match="limit is 50 MiB"):
        store.put_file(huge)
    assert _blobs(db) == 0


def test_copy_out_is_read_only_and_keeps_to_its_folder(store: DatabaseEvidenceStore, tmp_path: Path) -> None:
    source = tmp_path / "attest.pdf"
    source.write_bytes(PDF)
    sha, _size, _media = store.put_file(source)
    folder = tmp_path / "opened"
    copy = store.copy_out(sha, "../../../etc/passwd", folder)
    assert copy.parent == folder / sha[:12] and copy.name == "passwd"
    assert copy.read_bytes() == PDF
    assert copy.stat().st_mode & 0o777 == 0o400
    again = store.copy_out(sha, "../../../etc/passwd", folder)  # opening twice replaces the copy
    assert again == copy and again.read_bytes() == PDF
    with pytest.raises(RplError, match="missing"):
        store.copy_out("1" * 64, "x.pdf", folder)


def test_damaged_content_is_detected(store: DatabaseEvidenceStore, db: Database, tmp_path: Path) -> None:
    source = tmp_path / "attest.pdf"
    source.write_bytes(PDF)
    sha, _size, _media = store.put_file(source)
    with db.transaction() as s:
        s.execute(update(EvidenceBlobRecord).where(EvidenceBlobRecord.sha256 == sha)
                  .values(content=PDF[:-1] + b"!"))
    assert store.exists(sha) and not store.verify(sha)


def test_remove_keeps_a_file_another_record_still_uses(db: Database, store: DatabaseEvidenceStore,
                                                       tmp_path: Path) -> None:
    source = tmp_path / "attest.pdf"
    source.write_bytes(PDF)
    sha, _size, _media = store.put_file(source)
    c = cs.save_candidate(db, Candidate("Áile", "Gaup", date(1990, 5, 1)))
    assert c.id is not None
    db.evidence = store  # type: ignore[assignment]  # the services use the database store on both backends
    item = ev.attach_evidence(db, c.id, source, EvidenceKind.ATTEST)
    store.remove(sha)  # an evidence record still refers to it: kept
    assert store.verify(sha)
    assert item.id is not None
    ev.remove_evidence(db, item.id)  # the last record goes, and the content with it
    assert not store.exists(sha) and _blobs(db) == 0


def test_services_on_the_database_store(db: Database, store: DatabaseEvidenceStore, paths,  # type: ignore[no-untyped-def]
                                        tmp_path: Path) -> None:
    db.evidence = store  # type: ignore[assignment]
    c = cs.save_candidate(db, Candidate("Olena", "Шевченко", date(1979, 11, 2)))
    assert c.id is not None
    source = tmp_path / "диплом.pdf"
    source.write_bytes(PDF)
    item = ev.attach_evidence(db, c.id, source, EvidenceKind.VITNEMAAL)
    assert item.id is not None and item.media_type == "application/pdf"
    copy = ev.open_copy(db, item.id, paths.open_copies_dir)
    assert copy.read_bytes() == PDF and copy.name == "диплом.pdf"
    with db.transaction() as s:
        s.execute(update(EvidenceBlobRecord).values(content=b"%PDF-1.7 something else"))
    with pytest.raises(RplError, match="missing or damaged"):
        ev.open_copy(db, item.id, paths.open_copies_dir)


@pytest.mark.postgres
@pytest.mark.parametrize("db_backend", ["postgresql"], indirect=True)
def test_postgres_keeps_attachments_in_the_database_not_on_this_computer(db: Database, paths,  # type: ignore[no-untyped-def]
                                                                         tmp_path: Path) -> None:
    assert isinstance(db.evidence, DatabaseEvidenceStore)
    c = cs.save_candidate(db, Candidate("Áile", "Gaup", date(1990, 5, 1)))
    assert c.id is not None
    source = tmp_path / "attest.pdf"
    source.write_bytes(PDF)
    item = ev.attach_evidence(db, c.id, source, EvidenceKind.ATTEST)
    assert _blobs(db) == 1
    assert not any(p.is_file() for p in paths.evidence_dir.rglob("*"))
    assert item.id is not None and ev.open_copy(db, item.id, paths.open_copies_dir).read_bytes() == PDF


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(min_size=1, max_size=3000), name=st.text(min_size=1, max_size=40))
def test_any_document_round_trips(store: DatabaseEvidenceStore, tmp_path: Path, content: bytes, name: str) -> None:
    if content[:2] == b"MZ" or content[:4] == b"\x7fELF" or content[:2] == b"#!":
        return  # programs are refused (tested above)
    source = tmp_path / "upload.bin"
    source.write_bytes(content)
    sha, size, _media = store.put_file(source)
    assert (sha, size) == (hashlib.sha256(content).hexdigest(), len(content))
    assert store.read_bytes(sha) == content and store.verify(sha)
    copy = store.copy_out(sha, name, tmp_path / "opened")
    assert copy.is_relative_to(tmp_path / "opened") and copy.read_bytes() == content


def test_put_bytes_stores_like_put_file_and_checks_the_same_things(tmp_path: Path, db: Database) -> None:
    """Files carried in offline case files go in from memory, with the same checks as a file on disk."""
    data = b"%PDF-1.7\n" + b"attest " * 1000
    source = tmp_path / "attest.pdf"
    source.write_bytes(data)
    assert db.evidence.put_bytes(data, "attest.pdf") == db.evidence.put_file(source)
    assert db.evidence.read_bytes(hashlib.sha256(data).hexdigest()) == data
    with pytest.raises(RplError, match="empty"):
        db.evidence.put_bytes(b"", "tom.pdf")
    with pytest.raises(RplError, match="program"):
        db.evidence.put_bytes(b"MZ\x90\x00" + b"\x00" * 100, "faktura.pdf")
