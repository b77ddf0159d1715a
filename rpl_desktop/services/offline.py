"""Offline case files: take cases to a laptop and bring them back without overwriting anything blindly.

**The file.** One or many cases with their candidates (all register data), history, schooling, exams,
courses, evidence metadata *and* the evidence bytes, the standards they use, judgements, evidence links
(with the interview notes), branschvalidering results, the metadata of issued documents and each case's
audit trail. Everything is JSON plus the evidence files in a zip, sealed with
:func:`rpl_desktop.store.crypto.write_with_passphrase` (kind ``casefile``): AES-256-GCM with a key
derived from the passphrase by scrypt, so the file is encrypted and any change, truncation or a file of
another kind (a backup) is refused before anything is read.

For each entity (see :mod:`rpl_desktop.services.offline_entities`) the file holds its current values
and its *base*: the values it had when it left its home installation (the ``origin``). The office
writes base = current; a laptop keeps the base it received (table ``sync_base``) and writes it back.

**Import** compares three ways, per field, with :func:`rpl_desktop.domain.merge.merge_fields`
(original = the base, theirs = this database now, mine = the file): a change on one side is taken, the
same change on both is kept, different changes on both sides are *conflicts* that a person resolves;
new entities on either side are kept; a deletion on either side is shown and needs a decision. The
whole import is one transaction, after checking that nothing it compared has changed in the meantime
(:class:`ConflictError` otherwise; nothing is written). Evidence bytes are checked against their
SHA-256 before they are stored.

In the office, exported cases are marked as checked out (``sync_checkout``) until the file comes back.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from uuid import uuid4

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from rpl_desktop.domain.errors import ConflictError, ImportFileError, RplError
from rpl_desktop.domain.merge import Change, Choice, merge_fields
from rpl_desktop.services.files import atomic_file, write_failed
from rpl_desktop.services.offline_entities import (
    EMPTY_JUDGEMENT,
    KINDS,
    ORDER,
    REF_KINDS,
    Entity,
    Snapshot,
    by_kind,
    decode_values,
    describe,
    entity_key,
    read_local,
    to_json,
    validate,
)
from rpl_desktop.store.crypto import read_with_passphrase, write_with_passphrase
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import (
    CandidateRecord,
    CaseRecord,
    EvidenceLinkRecord,
    EvidenceRecord,
    SettingRecord,
    StandardRecord,
)
from rpl_desktop.store.sync_records import SyncBaseRecord, SyncCheckoutRecord, SyncImportRecord

log = logging.getLogger(__name__)

FORMAT = "rpl-desktop-offline"
FORMAT_VERSION = 1
FILE_KIND = b"casefile"
SUFFIX = ".rplcases"
INSTALLATION_SETTING = "installation_id"
WHAT = "offline case file"
_MAX_JSON = 256 * 1024 * 1024
_MAX_TOTAL = 2 * 1024 * 1024 * 1024
_SHA = re.compile(r"[0-9a-f]{64}")
_UID = re.compile(r"[0-9A-Za-z-]{1,36}")


class Side(StrEnum):
    """Which version a decision keeps: this database's, the file's, or (free text) both joined."""

    HERE = "here"
    FILE = "file"
    BOTH = "both"


_CHOICE = {Side.HERE: Choice.THEIRS, Side.FILE: Choice.MINE, Side.BOTH: Choice.BOTH}


class Action(StrEnum):
    ADD = "add"  # only in the file: it is added here
    UPDATE = "update"  # changed in the file (perhaps here too): fields are taken from the file
    KEEP = "keep"  # nothing to take from the file (unchanged, or changed only here)
    DELETED_IN_FILE = "deleted_in_file"  # deleted where the file comes from, still here: a decision
    DELETED_HERE = "deleted_here"  # deleted here, changed in the file: a decision
    GONE_HERE = "gone_here"  # deleted here, unchanged in the file: it stays deleted


# -- installation id and check-outs ---------------------------------------------------------------------


def installation_id(db: Database) -> str:
    """This installation's random id (kept as a setting; made on first use)."""
    value = db.get_setting(INSTALLATION_SETTING)
    if value:
        return value
    with db.transaction() as s:
        found = s.get(SettingRecord, INSTALLATION_SETTING)
        if found is not None and found.value:
            return found.value
        value = str(uuid4())
        s.merge(SettingRecord(key=INSTALLATION_SETTING, value=value))
    return value


@dataclass(frozen=True)
class Checkout:
    case_id: int
    file_id: str
    to: str
    by: str
    since: datetime


def checkouts(db: Database, case_ids: Iterable[int] | None = None) -> dict[int, Checkout]:
    """Cases of this database that are out on a laptop (all, or of ``case_ids``)."""
    stmt = select(SyncCheckoutRecord)
    if case_ids is not None:
        stmt = stmt.where(SyncCheckoutRecord.case_id.in_(list(case_ids)))
    with db.read() as s:
        return {
            r.case_id: Checkout(r.case_id, r.file_id, r.checked_out_to, r.checked_out_by, r.checked_out_at)
            for r in s.scalars(stmt)
        }


def checkout_text(db: Database, case_id: int) -> str:
    """Plain words for the case view: "Checked out to … by … since …", or "" when the case is here."""
    found = checkouts(db, [case_id]).get(case_id)
    if found is None:
        return ""
    to = f" to {found.to}" if found.to else ""
    return f"Checked out{to} by {found.by} since {found.since:%d.%m.%Y %H:%M}"


def received_at(db: Database, case_id: int) -> datetime | None:
    """When this case last arrived from its home office in an offline file (None: it is at home here)."""
    from sqlalchemy import func

    with db.read() as s:
        uid = s.scalar(select(CaseRecord.uid).where(CaseRecord.id == case_id))
        if uid is None:
            return None
        found: datetime | None = s.scalar(
            select(func.max(SyncBaseRecord.received_at)).where(SyncBaseRecord.case_uid == uid)
        )
        return found


def _actor_name(db: Database) -> str:
    if db.actor.user_id is not None:
        return db.actor.display_name or db.actor.username
    from rpl_desktop.services.documents import default_user

    return default_user()


def _audit() -> Any:
    try:
        from rpl_desktop.services import audit
    except ImportError:  # the audit log is not part of this build
        return None
    return audit


def _require(db: Database, *permissions: str) -> None:
    try:
        from rpl_desktop.domain.security import require
    except ImportError:  # pragma: no cover - roles not part of this build
        return
    for permission in permissions:
        require(db.actor, permission)


# -- export ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportResult:
    path: Path
    file_id: str
    case_numbers: tuple[str, ...]
    entities: int
    files: int
    size: int
    home: bool  # written by the cases' home installation (they are now checked out)


def check_passphrase(passphrase: str, repeated: str | None = None) -> None:
    """The rule every new passphrase of the program follows (ValidationError if not met)."""
    from rpl_desktop.services.security_keys import check_new_passphrase

    check_new_passphrase(passphrase, repeated)


def find_cases(db: Database, refs: Sequence[str]) -> list[int]:
    """Case ids from case numbers or ids (as typed on the command line)."""
    from rpl_desktop.services.documents import find_case

    ids: list[int] = []
    for ref in refs:
        case_id = find_case(db, ref)
        if case_id not in ids:
            ids.append(case_id)
    return ids


def _documents(
    s: Session, case_ids: Sequence[int], uids: Mapping[int, str]
) -> dict[str, list[dict[str, Any]]]:
    from rpl_desktop.store.document_records import IssuedDocumentRecord

    out: dict[str, list[dict[str, Any]]] = {uids[i]: [] for i in case_ids}
    rows = s.execute(
        select(
            IssuedDocumentRecord.case_id,
            IssuedDocumentRecord.kind,
            IssuedDocumentRecord.language,
            IssuedDocumentRecord.version,
            IssuedDocumentRecord.sha256,
            IssuedDocumentRecord.size,
            IssuedDocumentRecord.filename,
            IssuedDocumentRecord.issued_by,
            IssuedDocumentRecord.issued_at,
            IssuedDocumentRecord.certificate_number,
            IssuedDocumentRecord.reason,
        )
        .where(IssuedDocumentRecord.case_id.in_(list(case_ids)))
        .order_by(IssuedDocumentRecord.id)
    )
    for r in rows:
        out[uids[r.case_id]].append(
            {
                "kind": r.kind,
                "language": r.language,
                "version": r.version,
                "sha256": r.sha256,
                "size": r.size,
                "filename": r.filename,
                "issued_by": r.issued_by,
                "issued_at": to_json(r.issued_at),
                "certificate_number": r.certificate_number,
                "reason": r.reason,
            }
        )
    return out


def _audit_entries(db: Database, case_ids: Sequence[int], uids: Mapping[int, str]) -> dict[str, list[Any]]:
    audit = _audit()
    if audit is None or not hasattr(audit, "case_entries"):
        return {}
    return {uids[i]: json.loads(json.dumps(audit.case_entries(db, i), default=str)) for i in case_ids}


def export_cases(
    db: Database, case_ids: Sequence[int], path: Path, passphrase: str, *, taken_to: str = ""
) -> ExportResult:
    """Write the cases to one encrypted offline case file at ``path``.

    In the cases' home installation this marks them as checked out (to ``taken_to``). On a laptop that
    received them, the file carries the base snapshots it received, so the office can merge it back.
    """
    from rpl_desktop.domain.security import EDIT_CASES

    _require(db, EDIT_CASES)
    if not case_ids:
        raise RplError("Choose at least one case to take offline.")
    check_passphrase(passphrase)
    taken_to = " ".join(taken_to.split())[:200]
    me = installation_id(db)
    file_id = str(uuid4())
    now = datetime.now().replace(microsecond=0)
    by = _actor_name(db)
    with db.transaction(reason=f"offline case file {file_id}") as s:
        records = {r.id: r for r in s.scalars(select(CaseRecord).where(CaseRecord.id.in_(list(case_ids))))}
        missing = [i for i in case_ids if i not in records]
        if missing:
            raise RplError(f"Case {missing[0]} no longer exists; nothing was written.")
        snap = read_local(s, case_ids)
        case_uids = {i: snap.uids[("case", i)] for i in case_ids}
        scopes = set(case_uids.values()) | {e.scope for e in snap.entities.values() if e.kind == "candidate"}
        bases = {
            (b.entity_kind, b.entity_key): b
            for b in s.scalars(select(SyncBaseRecord).where(SyncBaseRecord.case_uid.in_(scopes)))
        }
        origins = {b.origin for b in bases.values()}
        if len(origins) > 1:
            raise RplError("These cases came from different offices. Write one file per office.")
        origin = origins.pop() if origins else me
        home = origin == me
        entities: list[dict[str, Any]] = []
        for (kind, key), e in snap.entities.items():
            if home:
                base: dict[str, Any] | None = e.values
            else:
                row = bases.pop((kind, key), None)
                base = json.loads(row.base) if row is not None else None
            entities.append(_entity_json(e, e.values, base))
        for row in bases.values():  # received, since deleted here: tell the office
            entities.append(
                {
                    "kind": row.entity_kind,
                    "ident": _ident_from_key(row),
                    "scope": row.case_uid,
                    "parent": "",
                    "values": None,
                    "base": json.loads(row.base),
                }
            )
        standard_uids = {
            str(e.values["standard_uid"]) for e in snap.entities.values() if e.kind == "case" and e.values
        }
        standards = [
            {
                "uid": r.uid,
                "kind": r.kind,
                "code": r.code,
                "version": r.version,
                "title": r.title,
                "sample": r.sample,
                "payload": r.payload,
            }
            for r in s.scalars(select(StandardRecord).where(StandardRecord.uid.in_(standard_uids)))
        ]
        documents = _documents(s, case_ids, case_uids)
        evidence = {
            str(e.values["sha256"]): int(e.values["size"])
            for e in snap.entities.values()
            if e.kind == "evidence" and e.values
        }
        numbers = tuple(records[i].number for i in case_ids)
        if home:
            for i in case_ids:
                out = s.scalar(select(SyncCheckoutRecord).where(SyncCheckoutRecord.case_id == i))
                if out is None:
                    out = SyncCheckoutRecord(case_id=i)
                    s.add(out)
                out.file_id, out.checked_out_to, out.checked_out_by, out.checked_out_at = (
                    file_id,
                    taken_to,
                    by,
                    now,
                )
        audit = _audit()
        if audit is not None and hasattr(audit, "record_event"):
            for i in case_ids:
                audit.record_event(
                    s,
                    "export",
                    "rpl_case",
                    i,
                    case_id=i,
                    reason=f"offline case file {file_id}" + (f" to {taken_to}" if taken_to else ""),
                )
    manifest = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "file_id": file_id,
        "installation": me,
        "origin": origin,
        "exported_at": now.isoformat(),
        "exported_by": by,
        "taken_to": taken_to,
        "cases": [{"uid": case_uids[i], "number": records[i].number} for i in case_ids],
        "standards": standards,
        "entities": entities,
        "documents": documents,
        "audit": _audit_entries(db, case_ids, case_uids),
        "files": evidence,
    }
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as z:
        z.writestr(
            "offline.json", json.dumps(manifest, ensure_ascii=False), compress_type=zipfile.ZIP_DEFLATED
        )
        for sha in sorted(evidence):
            try:
                data = db.evidence.read_bytes(sha)
            except (OSError, RplError) as exc:
                raise RplError(
                    "An evidence file of these cases is missing from the evidence store; nothing "
                    "was written. Restore the evidence folder from a backup."
                ) from exc
            if hashlib.sha256(data).hexdigest() != sha:
                raise RplError(
                    "An evidence file of these cases is damaged (its checksum does not match); "
                    "nothing was written. Restore the evidence folder from a backup."
                )
            z.writestr(f"files/{sha}", data, compress_type=zipfile.ZIP_STORED)
    plain.seek(0)
    size = _write_atomic(path, passphrase, plain)
    log.info(
        "offline case file %s written: %d cases, %d entities, %d files, %d bytes",
        file_id,
        len(case_ids),
        len(entities),
        len(evidence),
        size,
    )
    return ExportResult(path, file_id, numbers, len(entities), len(evidence), size, home)


def _entity_json(e: Entity, values: dict[str, Any] | None, base: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "kind": e.kind,
        "ident": e.ident,
        "scope": e.scope,
        "parent": e.parent,
        "values": values,
        "base": base,
    }


def _ident_from_key(row: SyncBaseRecord) -> dict[str, Any]:
    names = KINDS[row.entity_kind].ident
    if names == ("uid",):
        return {"uid": row.entity_key}
    return dict(zip(names, json.loads(row.entity_key), strict=True))


def _write_atomic(path: Path, passphrase: str, plain: io.BytesIO) -> int:
    path = Path(path)
    if path.exists() and path.is_dir():
        raise RplError(f"{path.name} is a folder. Choose a file name for the offline case file.")
    try:
        with atomic_file(path) as out:
            return write_with_passphrase(passphrase, FILE_KIND, plain, out)
    except OSError as exc:
        raise write_failed(path, exc, "The offline case file") from exc


# -- reading a file ----------------------------------------------------------------------------------


@dataclass
class OfflineFile:
    file_id: str
    installation: str
    origin: str
    exported_at: datetime
    exported_by: str
    taken_to: str
    cases: list[dict[str, str]]
    standards: list[dict[str, Any]]
    entities: list[Entity]
    documents: dict[str, list[Any]]
    audit: dict[str, list[Any]]
    files: dict[str, bytes]


def read_offline_file(path: Path, passphrase: str) -> OfflineFile:
    """Decrypt and check a whole offline case file (nothing is used before every byte is verified)."""
    try:
        with open(path, "rb") as fh:
            plain = b"".join(read_with_passphrase(passphrase, FILE_KIND, fh, WHAT))
    except FileNotFoundError:
        raise RplError(f"The file {Path(path).name} does not exist. Choose the offline case file.") from None
    except IsADirectoryError:
        raise RplError(f"{Path(path).name} is a folder. Choose the offline case file.") from None
    except OSError as exc:
        raise RplError(f"The file {Path(path).name} cannot be read: {exc.strerror}.") from exc
    return parse_payload(plain)


def _bad(location: str, message: str) -> ImportFileError:
    return ImportFileError(WHAT, location, message + " The file is refused; nothing was imported.")


def _str(obj: Mapping[str, Any], name: str, where: str, limit: int = 200) -> str:
    value = obj.get(name)
    if not isinstance(value, str) or len(value) > limit:
        raise _bad(f"{where}.{name}" if where else name, "is missing or not text.")
    return value


def parse_payload(plain: bytes) -> OfflineFile:
    """The decrypted content: a zip with ``offline.json`` and ``files/<sha256>``. Raises ImportFileError."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(plain))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError):
        raise _bad("", "is not an offline case file (its content is not a case archive).") from None
    if sum(i.file_size for i in infos) > _MAX_TOTAL or len(infos) > 100_000:
        raise _bad("", "is too large to be an offline case file.")
    names = {i.filename: i for i in infos}
    if "offline.json" not in names or names["offline.json"].file_size > _MAX_JSON:
        raise _bad("", "has no case list (offline.json).")
    try:
        manifest = json.loads(archive.read("offline.json").decode("utf-8"))
        files: dict[str, bytes] = {}
        for name, info in names.items():
            if name == "offline.json":
                continue
            sha = name.removeprefix("files/")
            if not name.startswith("files/") or not _SHA.fullmatch(sha) or info.is_dir():
                raise _bad(name, "is not an expected part of an offline case file.")
            data = archive.read(name)
            if hashlib.sha256(data).hexdigest() != sha:
                raise _bad(name, "does not match its SHA-256 checksum (the evidence file is damaged).")
            files[sha] = data
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, ValueError, OSError, EOFError, NotImplementedError, RuntimeError):
        raise _bad("offline.json", "cannot be read.") from None
    return _parse_manifest(manifest, files)


def _parse_manifest(m: Any, files: dict[str, bytes]) -> OfflineFile:
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise _bad("format", "is not an rpl-desktop offline case file.")
    if not isinstance(m.get("format_version"), int) or m["format_version"] > FORMAT_VERSION:
        raise _bad("format_version", "was written by a newer program. Update rpl-desktop and try again.")
    for name in ("file_id", "installation", "origin"):
        if not _UID.fullmatch(_str(m, name, "")):
            raise _bad(name, "is not an id.")
    try:
        exported_at = datetime.fromisoformat(_str(m, "exported_at", ""))
    except ValueError:
        raise _bad("exported_at", "is not a time.") from None
    lists = {name: m.get(name) for name in ("cases", "standards", "entities")}
    for name, value in lists.items():
        if not isinstance(value, list):
            raise _bad(name, "is missing or not a list.")
    cases = []
    for i, c in enumerate(m["cases"]):
        if not isinstance(c, dict):
            raise _bad(f"cases[{i}]", "is not an object.")
        cases.append(
            {"uid": _str(c, "uid", f"cases[{i}]", 36), "number": _str(c, "number", f"cases[{i}]", 40)}
        )
    if not cases:
        raise _bad("cases", "is empty: the file holds no case.")
    standards = []
    for i, st in enumerate(m["standards"]):
        if not isinstance(st, dict):
            raise _bad(f"standards[{i}]", "is not an object.")
        where = f"standards[{i}]"
        standards.append(
            {
                "uid": _str(st, "uid", where),
                "kind": _str(st, "kind", where, 30),
                "code": _str(st, "code", where, 60),
                "version": _str(st, "version", where, 30),
                "title": _str(st, "title", where, 300),
                "sample": bool(st.get("sample")),
                "payload": _str(st, "payload", where, 50_000_000),
            }
        )
    entities = [_parse_entity(e, f"entities[{i}]") for i, e in enumerate(m["entities"])]
    for e in entities:
        if e.kind == "evidence" and e.values is not None and e.values["sha256"] not in files:
            raise _bad("files", f"lacks the evidence file {e.values['sha256'][:12]}….")
    documents: dict[Any, Any] = m["documents"] if isinstance(m.get("documents"), dict) else {}
    audit: dict[Any, Any] = m["audit"] if isinstance(m.get("audit"), dict) else {}
    return OfflineFile(
        m["file_id"],
        m["installation"],
        m["origin"],
        exported_at.replace(tzinfo=None),
        _str(m, "exported_by", ""),
        str(m.get("taken_to") or "")[:200],
        cases,
        standards,
        entities,
        {str(k): v for k, v in documents.items() if isinstance(v, list)},
        {str(k): v for k, v in audit.items() if isinstance(v, list)},
        files,
    )


def _canonical(kind: str, values: Any, where: str) -> dict[str, Any] | None:
    if values is None:
        return None
    if not isinstance(values, dict):
        raise _bad(where, "is not an object.")
    decoded = decode_values(kind, values, where)
    return {k: to_json(v) for k, v in decoded.items()}


def _parse_entity(e: Any, where: str) -> Entity:
    if not isinstance(e, dict) or not isinstance(e.get("kind"), str) or e["kind"] not in KINDS:
        raise _bad(f"{where}.kind", "is not a kind of record this program knows.")
    kind = e["kind"]
    ident = e.get("ident")
    names = KINDS[kind].ident
    if not isinstance(ident, dict) or set(ident) != set(names):
        raise _bad(f"{where}.ident", "does not identify the record.")
    for name in names:
        value = ident[name]
        ok = (
            (isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**31)
            if name == "attempt"
            else isinstance(value, str) and 0 < len(value) <= 300
        )
        if not ok:
            raise _bad(f"{where}.ident.{name}", "is not valid.")
    if "uid" in ident and not _UID.fullmatch(ident["uid"]):
        raise _bad(f"{where}.ident.uid", "is not a uid.")
    values = _canonical(kind, e.get("values"), f"{where}.values")
    base = _canonical(kind, e.get("base"), f"{where}.base")
    if values is None and base is None:
        raise _bad(where, "has neither values nor a base.")
    scope = e.get("scope")
    parent = e.get("parent")
    if not isinstance(scope, str) or not isinstance(parent, str) or len(scope) > 36 or len(parent) > 36:
        raise _bad(f"{where}.scope", "is not valid.")
    return Entity(kind, {n: ident[n] for n in names}, scope, parent, values, base)


# -- planning an import ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    name: str
    base: Any
    here: Any
    file: Any
    change: Change

    @property
    def is_conflict(self) -> bool:
        return self.change == Change.CONFLICT

    @property
    def can_combine(self) -> bool:
        return isinstance(self.here, str) and isinstance(self.file, str) and self.name not in _CODED_TEXT


# Fields that only make sense together: when both sides changed any of them, each changed one is a decision
# (a judgement must not end up with one side's verdict and the other side's reason).
COUPLED = {"judgement": ("judgement", "methods", "reason")}

# Text fields holding codes, not prose: "both" would not make sense there.
_CODED_TEXT = {
    "id_type",
    "kind",
    "country",
    "language",
    "level",
    "purpose",
    "status",
    "judgement",
    "methods",
    "standard_uid",
    "rule_profile_id",
    "national_id",
    "postcode",
    "score",
    "period",
}


@dataclass
class EntityChange:
    entity: Entity  # as in the file (values None: deleted there)
    action: Action
    label: str  # e.g. the employer and start of a period, the outcome code of a judgement
    case_number: str  # the case it belongs to (for register data: the first case of the candidate)
    here: dict[str, Any] | None
    base: dict[str, Any] | None
    fields: tuple[FieldChange, ...] = ()

    @property
    def kind(self) -> str:
        return self.entity.kind

    @property
    def key(self) -> str:
        return self.entity.key

    @property
    def decision_id(self) -> str:
        return f"{self.kind}/{self.key}"

    def field_id(self, name: str) -> str:
        return f"{self.kind}/{self.key}/{name}"

    @property
    def needs_decision(self) -> bool:
        return self.action in (Action.DELETED_IN_FILE, Action.DELETED_HERE)

    def taken(self) -> tuple[FieldChange, ...]:
        """Fields that come from the file without a decision."""
        return tuple(f for f in self.fields if f.change == Change.ONLY_MINE)

    def conflicts(self) -> tuple[FieldChange, ...]:
        return tuple(f for f in self.fields if f.is_conflict)


@dataclass(frozen=True)
class Decision:
    """One choice a person must make: a field changed differently on both sides, or a deletion."""

    id: str
    change: EntityChange
    field: FieldChange | None  # None: the entity-level choice of a deletion


@dataclass
class ImportPlan:
    file: OfflineFile
    home: bool  # the file comes back to the installation it left (the office)
    changes: list[EntityChange]
    seen: dict[tuple[str, str], dict[str, Any] | None]  # this database's values the plan was made from
    case_ids: list[int]  # local cases involved
    candidate_ids: list[int]
    evidence_alias: dict[str, str] = field(default_factory=dict)  # file evidence uid -> local uid (same file)
    notes: list[str] = field(default_factory=list)

    def decisions(self) -> list[Decision]:
        out: list[Decision] = []
        for c in self.changes:
            if c.needs_decision:
                out.append(Decision(c.decision_id, c, None))
            out += [Decision(c.field_id(f.name), c, f) for f in c.conflicts()]
        return out

    def count(self, action: Action) -> int:
        return sum(1 for c in self.changes if c.action == action)

    @property
    def is_empty(self) -> bool:
        return all(c.action in (Action.KEEP, Action.GONE_HERE) for c in self.changes)


class ConflictsPending(RplError):
    """The import needs decisions (conflicts or deletions); nothing was written."""

    def __init__(self, plan: ImportPlan) -> None:
        self.plan = plan
        n = len(plan.decisions())
        super().__init__(
            f"{n} change(s) in the file need a decision (changed differently on both sides, or deleted on "
            "one "
            "side); nothing was imported. Choose for each, or prefer one side for all."
        )


def _outcome_names(standards: Iterable[str]) -> dict[str, str]:
    from rpl_desktop.services.catalogue import _parse

    names: dict[str, str] = {}
    for payload in standards:
        try:
            std = _parse(payload)
        except (RplError, ValueError, KeyError, TypeError):
            continue
        names |= {o.uid: o.code for o in std.outcomes}
    return names


def _local_ids(s: Session, f: OfflineFile) -> tuple[list[int], list[int]]:
    case_uids = [e.ident["uid"] for e in f.entities if e.kind == "case"]
    cand_uids = [e.ident["uid"] for e in f.entities if e.kind == "candidate"]
    cases = list(s.scalars(select(CaseRecord.id).where(CaseRecord.uid.in_(case_uids)))) if case_uids else []
    cands = (
        list(s.scalars(select(CandidateRecord.id).where(CandidateRecord.uid.in_(cand_uids))))
        if cand_uids
        else []
    )
    return sorted(cases), sorted(cands)


def _compare(here: dict[str, Any] | None, file: dict[str, Any] | None, kind: str) -> bool:
    fields = KINDS[kind].fields
    if here is None or file is None:
        return here is file
    return all(here.get(n) == file.get(n) for n in fields)


def plan_import(db: Database, f: OfflineFile) -> ImportPlan:
    """Compare the file with this database (reads only)."""
    home = f.origin == installation_id(db)
    with db.read() as s:
        done = s.scalars(select(SyncImportRecord).where(SyncImportRecord.file_id == f.file_id)).first()
        if done is not None:
            raise RplError(
                f"This offline case file was already imported on {done.imported_at:%d.%m.%Y %H:%M} by "
                f"{done.imported_by}; nothing was imported again. For newer changes, write a new file."
            )
        case_ids, cand_ids = _local_ids(s, f)
        snap = read_local(s, case_ids, cand_ids)
        bases: dict[tuple[str, str], dict[str, Any]] = {}
        if not home:
            keys = {(e.kind, e.key) for e in f.entities}
            for row in s.scalars(select(SyncBaseRecord).where(SyncBaseRecord.origin == f.origin)):
                if (row.entity_kind, row.entity_key) in keys:
                    bases[(row.entity_kind, row.entity_key)] = json.loads(row.base)
        standard_payloads = [st["payload"] for st in f.standards]
        standard_payloads += list(
            s.scalars(
                select(StandardRecord.payload).where(
                    StandardRecord.uid.in_(
                        [str(e.values["standard_uid"]) for e in f.entities if e.kind == "case" and e.values]
                    )
                )
            )
        )
    plan_notes = _document_notes(db, f, home)
    names = _outcome_names(standard_payloads)
    names |= {e.ident["uid"]: describe(e, {}) for e in f.entities if "uid" in e.ident}
    numbers = {c["uid"]: c["number"] for c in f.cases}
    first_case: dict[str, str] = {}
    for e in f.entities:
        if e.kind == "case" and e.values is not None:
            first_case.setdefault(e.parent, numbers.get(e.ident["uid"], str(e.values.get("number", ""))))
    plan = ImportPlan(f, home, [], {}, case_ids, cand_ids, notes=plan_notes)
    for e in by_kind(f.entities):
        local = snap.entities.get((e.kind, e.key))
        if local is None and e.kind == "evidence" and e.values is not None:
            local = next(
                (
                    x
                    for x in snap.entities.values()
                    if x.kind == "evidence"
                    and x.scope == e.scope
                    and x.values
                    and x.values["sha256"] == e.values["sha256"]
                ),
                None,
            )
            if local is not None:  # the same file attached on both sides: one entity
                plan.evidence_alias[e.ident["uid"]] = local.ident["uid"]
        here = local.values if local is not None else None
        plan.seen[(e.kind, e.key)] = here
        base = e.base if home else bases.get((e.kind, e.key))
        if base is None and e.kind == "judgement":
            base = dict(EMPTY_JUDGEMENT)
        number = numbers.get(e.scope) or first_case.get(e.scope, "")
        change = _classify(e, here, base, describe(e, names), number)
        if change is not None:
            plan.changes.append(change)
    return plan


def _document_notes(db: Database, f: OfflineFile, home: bool) -> list[str]:
    """Issued documents are listed in the file but their PDFs do not travel: say which are elsewhere."""
    from rpl_desktop.store.document_records import IssuedDocumentRecord

    notes = []
    with db.read() as s:
        for c in f.cases:
            listed = [d for d in f.documents.get(c["uid"], []) if isinstance(d, dict)]
            if not listed:
                continue
            here = set(
                s.scalars(
                    select(IssuedDocumentRecord.sha256)
                    .join(CaseRecord, CaseRecord.id == IssuedDocumentRecord.case_id)
                    .where(CaseRecord.uid == c["uid"])
                )
            )
            missing = [d for d in listed if d.get("sha256") not in here]
            if missing:
                kinds = ", ".join(sorted({f"{d.get('kind')} v{d.get('version')}" for d in missing}))
                if home:
                    notes.append(
                        f"Case {c['number']}: {len(missing)} document(s) were issued on the laptop "
                        f"({kinds}); the PDFs stay there and are not in this database. Issue them here if "
                        "the office must keep them."
                    )
                else:
                    notes.append(
                        f"Case {c['number']}: {len(missing)} document(s) issued in the office ({kinds}) stay "
                        "in the office's database."
                    )
    return notes


def _classify(
    e: Entity, here: dict[str, Any] | None, base: dict[str, Any] | None, label: str, number: str
) -> EntityChange | None:
    file = e.values
    if file is None:
        if here is None:
            return None  # deleted on both sides
        if base is None:
            return EntityChange(e, Action.KEEP, label, number, here, base)
        return EntityChange(e, Action.DELETED_IN_FILE, label, number, here, base)
    if here is None:
        if base is None or e.kind == "judgement" and base == EMPTY_JUDGEMENT:
            return EntityChange(e, Action.ADD, label, number, here, base)
        action = Action.GONE_HERE if _compare(base, file, e.kind) else Action.DELETED_HERE
        return EntityChange(e, action, label, number, here, base)
    fields = KINDS[e.kind].fields
    m = merge_fields(
        {n: base[n] for n in fields} if base is not None else {},
        {n: here[n] for n in fields},
        {n: file[n] for n in fields},
    )
    kinds = {x.name: x.change for x in m.fields}
    group = COUPLED.get(e.kind, ())
    mine = any(kinds[n] in (Change.ONLY_MINE, Change.CONFLICT) for n in group)
    theirs = any(kinds[n] in (Change.ONLY_THEIRS, Change.CONFLICT) for n in group)
    if mine and theirs:  # both sides changed the assessment: it is decided as a whole
        kinds |= {n: Change.CONFLICT for n in group if kinds[n] in (Change.ONLY_MINE, Change.ONLY_THEIRS)}
    changes = tuple(
        FieldChange(x.name, base.get(x.name) if base else None, x.theirs, x.mine, kinds[x.name])
        for x in m.fields
        if x.change != Change.UNCHANGED
    )
    take = any(x.change in (Change.ONLY_MINE, Change.CONFLICT) for x in changes)
    return EntityChange(e, Action.UPDATE if take else Action.KEEP, label, number, here, base, changes)


# -- applying ------------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    file_id: str
    home: bool
    case_ids: list[int]
    added: int = 0
    updated: int = 0
    deleted: int = 0
    restored: int = 0
    fields_taken: int = 0
    conflicts_resolved: int = 0
    notes: list[str] = field(default_factory=list)


def resolve_all(plan: ImportPlan, prefer: Side) -> dict[str, Side]:
    """The same side for every decision of the plan."""
    return {d.id: prefer for d in plan.decisions()}


def apply_import(db: Database, plan: ImportPlan, choices: Mapping[str, Side] | None = None) -> ImportResult:
    """Apply the plan in one transaction. Every decision needs a choice (ConflictsPending otherwise).

    Raises ConflictError when this database changed since the plan was made (nothing is written), and
    RplError when the merged values are not valid (nothing is written).
    """
    from rpl_desktop.domain.security import EDIT_CASES, EDIT_REGISTER

    _require(db, EDIT_REGISTER, EDIT_CASES)
    choices = {k: Side(v) for k, v in (choices or {}).items()}
    open_ = [d for d in plan.decisions() if d.id not in choices]
    if open_:
        raise ConflictsPending(plan)
    for d in plan.decisions():
        if choices[d.id] == Side.BOTH and (d.field is None or not d.field.can_combine):
            raise RplError("Only text fields can keep both versions; choose this database's or the file's.")
    f = plan.file
    result = ImportResult(f.file_id, plan.home, [])
    stored = _store_evidence(db, plan)
    try:
        with db.transaction(reason=f"offline import {f.file_id}") as s:
            _apply(s, db, plan, choices, result)
    except StaleDataError as exc:
        _forget_evidence(db, stored)
        raise ConflictError(_CHANGED) from exc
    except DBAPIError as exc:
        _forget_evidence(db, stored)
        text = str(exc.orig).lower() if exc.orig else ""
        if "locked" in text or "busy" in text or "serializ" in text or "deadlock" in text:
            raise ConflictError(_CHANGED) from exc
        raise
    except BaseException:
        _forget_evidence(db, stored)
        raise
    log.info(
        "offline file %s imported: %d cases, %d added, %d updated, %d deleted, %d conflicts resolved",
        f.file_id,
        len(result.case_ids),
        result.added,
        result.updated,
        result.deleted,
        result.conflicts_resolved,
    )
    return result


_CHANGED = (
    "Someone changed these cases in this database while the import was being prepared; nothing was "
    "imported. Start the import again to compare with their changes."
)


def _store_evidence(db: Database, plan: ImportPlan) -> list[str]:
    """Put the evidence bytes the import needs into the evidence store (before the transaction)."""
    needed = {
        str(c.entity.values["sha256"])
        for c in plan.changes
        if c.kind == "evidence"
        and c.entity.values is not None
        and c.action in (Action.ADD, Action.DELETED_HERE)
    }
    stored: list[str] = []
    for sha in sorted(needed):
        data = plan.file.files[sha]
        if hashlib.sha256(data).hexdigest() != sha:  # checked when read; checked again before storing
            raise _bad(f"files/{sha}", "does not match its SHA-256 checksum.")
        if db.evidence.exists(sha):
            continue
        # Straight from memory into the store (encrypted as it is written): no plain copy on disk.
        got = db.evidence.put_bytes(data, f"{sha}.bin")[0]
        if got != sha:  # pragma: no cover - the store hashes what it was given
            raise RplError("An evidence file changed while it was stored; nothing was imported.")
        stored.append(sha)
    return stored


def _forget_evidence(db: Database, shas: Sequence[str]) -> None:
    if not shas:
        return
    with db.read() as s:
        used = set(s.scalars(select(EvidenceRecord.sha256).where(EvidenceRecord.sha256.in_(list(shas)))))
    for sha in shas:
        if sha not in used:
            db.evidence.remove(sha)


def _chosen(c: EntityChange, choices: Mapping[str, Side]) -> dict[str, Any]:
    """The merged values of an UPDATE: this database's, with the file's changes and the choices applied."""
    assert c.here is not None
    values = dict(c.here)
    for fc in c.fields:
        if fc.change == Change.ONLY_MINE:
            values[fc.name] = fc.file
        elif fc.is_conflict:
            side = choices[c.field_id(fc.name)]
            if side == Side.FILE:
                values[fc.name] = fc.file
            elif side == Side.BOTH:
                from rpl_desktop.domain.merge import combine_text

                values[fc.name] = combine_text(fc.here, fc.file)
    return values


def _apply(
    s: Session, db: Database, plan: ImportPlan, choices: Mapping[str, Side], result: ImportResult
) -> None:
    f = plan.file
    case_ids, cand_ids = _local_ids(s, f)
    snap = read_local(s, case_ids, cand_ids, lock=True)
    for (kind, key), seen in plan.seen.items():
        current = snap.entities.get((kind, key))
        if kind == "evidence" and current is None:
            alias = plan.evidence_alias.get(key)
            current = snap.entities.get((kind, alias)) if alias else None
        if not _same(current.values if current is not None else None, seen):
            raise ConflictError(_CHANGED)
    _add_standards(s, f, result)
    ids = dict(snap.ids)
    for uid, local_uid in plan.evidence_alias.items():
        ids[("evidence", uid)] = ids[("evidence", local_uid)]
    deletions: list[EntityChange] = []
    now = datetime.now().replace(microsecond=0)
    made = _Made()
    for c in plan.changes:
        if made.kind != c.kind:  # one flush per kind: parents get their ids before their children
            _flush_made(s, made, ids)
            made.kind = c.kind
        if c.action == Action.ADD:
            with s.no_autoflush:
                added = _create(s, db, c, c.entity.values or {}, ids, result, now, made)
            if added:
                result.added += 1
        elif c.action == Action.UPDATE:
            values = _chosen(c, choices)
            if c.kind == "case" and c.here is not None and values["status"] != c.here["status"]:
                from rpl_desktop.domain.security import permission_for_status

                _require(db, permission_for_status(str(values["status"])))
            local = (
                snap.entities[(c.kind, c.key)]
                if (c.kind, c.key) in snap.entities
                else snap.entities[(c.kind, plan.evidence_alias[c.key])]
            )
            _update(s, c, local, values, ids, now)
            result.updated += 1
            result.fields_taken += len(c.taken())
            result.conflicts_resolved += len(c.conflicts())
        elif c.action == Action.DELETED_HERE:
            result.conflicts_resolved += 1
            if choices[c.decision_id] == Side.FILE:
                with s.no_autoflush:
                    restored = _create(s, db, c, c.entity.values or {}, ids, result, now, made)
                if restored:
                    result.restored += 1
        elif c.action == Action.DELETED_IN_FILE:
            result.conflicts_resolved += 1
            if choices[c.decision_id] == Side.FILE:
                deletions.append(c)
    _flush_made(s, made, ids)
    for c in sorted(deletions, key=lambda c: ORDER.index(c.kind), reverse=True):  # children first
        gone = snap.entities[(c.kind, c.key)]
        record = s.get(KINDS[c.kind].record, gone.local_id)
        if record is not None:
            if c.kind == "candidate" and s.scalar(
                select(CaseRecord.id).where(CaseRecord.candidate_id == record.id)
            ):
                result.notes.append(
                    f"The candidate of case {c.case_number} was not deleted: they still have cases here."
                )
                continue
            s.delete(record)
            s.flush()
            result.deleted += 1
    s.flush()
    _bookkeeping(s, db, plan, choices, result, now)


@dataclass
class _Made:
    """Records created for the current kind, waiting for one flush to get their ids."""

    kind: str = ""
    records: list[tuple[EntityChange, Any]] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)  # case numbers taken in this import
    links: set[tuple[int, str, str, int]] | None = None  # evidence links present (read once)


def _flush_made(s: Session, made: _Made, ids: dict[tuple[str, str], int]) -> None:
    if not made.records:
        return
    s.flush()
    from rpl_desktop.services.candidates import _write_tokens

    for c, record in made.records:
        if "uid" in c.entity.ident:
            ids[(c.kind, c.entity.ident["uid"])] = record.id
        if c.kind == "candidate":
            _write_tokens(s, record)
    made.records.clear()


def _where(c: EntityChange) -> str:
    """Names the entity in messages without personal data (no names, no employers)."""
    what = c.kind.replace("_", " ")
    if c.kind == "judgement" and c.label:
        what = f"judgement of {c.label}"  # the outcome code
    return f"{what} of case {c.case_number}" if c.case_number else what


def _same(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    return a == b


def _parent_id(c: EntityChange, ids: Mapping[tuple[str, str], int]) -> int | None:
    parent_kind = KINDS[c.kind].parent
    if not parent_kind:
        return None
    return ids.get((parent_kind, c.entity.parent))


def _create(
    s: Session,
    db: Database,
    c: EntityChange,
    raw: dict[str, Any],
    ids: dict[tuple[str, str], int],
    result: ImportResult,
    now: datetime,
    made: _Made,
) -> bool:
    """Add one entity from the file to the session (flushed per kind by the caller).

    Returns False (with a note where it matters) when what it belongs to is not here.
    """
    from rpl_desktop.services.cases import _next_number, case_number_pattern

    kind = KINDS[c.kind]
    where = _where(c)
    values = validate(c.kind, decode_values(c.kind, raw, c.kind), where)
    parent = _parent_id(c, ids)
    if kind.parent and parent is None:
        result.notes.append(f"Not added: {where} (what it belongs to was deleted here).")
        return False
    record = kind.record()
    if kind.parent:
        setattr(record, f"{kind.parent}_id", parent)
    if "uid" in c.entity.ident:
        record.uid = c.entity.ident["uid"]
    for name, value in values.items():
        if name != "period":
            setattr(record, name, value)
    if c.kind == "candidate":
        from rpl_desktop.services.candidates import _sort_key, _to_domain

        record.created_at = values["created_at"] or now
        record.updated_at = now
        record.sort_key = _sort_key(_to_domain(record))
    elif c.kind == "evidence":
        period = values["period"]
        record.period_id = ids.get(("period", period)) if period else None
        if not db.evidence.exists(record.sha256):
            raise RplError(f"The evidence file {record.filename} is missing; nothing was imported.")
    elif c.kind == "case":
        record.updated_at = now
        taken = s.scalar(select(CaseRecord.id).where(CaseRecord.number == record.number))
        if taken is not None or record.number in made.numbers:
            old = record.number
            record.number = _next_number(s, case_number_pattern(db), record.opened_on.year)
            result.notes.append(
                f"Case {old} was given the number {record.number} here ({old} is another case)."
            )
        made.numbers.add(record.number)
        if s.scalar(select(StandardRecord.id).where(StandardRecord.uid == record.standard_uid)) is None:
            raise RplError(
                f"The standard of case {record.number} is neither here nor in the file; nothing was imported."
            )
    elif c.kind == "judgement":
        record.outcome_uid = c.entity.ident["outcome"]
        record.updated_at = now
    elif c.kind == "link":
        ref = ids.get((REF_KINDS[c.entity.ident["ref_kind"]], c.entity.ident["ref"]))
        if ref is None:
            result.notes.append(f"Not added: {where} (the linked item is not here).")
            return False
        record.outcome_uid, record.kind, record.ref_id = (
            c.entity.ident["outcome"],
            c.entity.ident["ref_kind"],
            ref,
        )
        if made.links is None:
            rows = s.execute(
                select(
                    EvidenceLinkRecord.case_id,
                    EvidenceLinkRecord.outcome_uid,
                    EvidenceLinkRecord.kind,
                    EvidenceLinkRecord.ref_id,
                ).where(EvidenceLinkRecord.case_id.in_({i for (k, _u), i in ids.items() if k == "case"}))
            )
            made.links = {(r[0], r[1], r[2], r[3]) for r in rows}
        assert parent is not None
        link = (parent, record.outcome_uid, record.kind, ref)
        if link in made.links:  # the same link made on both sides (the same file attached twice)
            return False
        made.links.add(link)
    elif c.kind.startswith("bransch_"):
        _bransch_ident(record, c, ids)
        if c.kind == "bransch_tag" and record.period_id is None:
            result.notes.append(f"Not added: {where} (its period is not here).")
            return False
    s.add(record)
    made.records.append((c, record))
    return True


def _bransch_ident(record: Any, c: EntityChange, ids: Mapping[tuple[str, str], int]) -> None:
    ident = c.entity.ident
    if c.kind == "bransch_result":
        record.component_id, record.attempt = ident["component"], ident["attempt"]
        record.created_at = record.created_at or datetime.now()
    elif c.kind == "bransch_phase":
        record.phase = ident["phase"]
    elif c.kind == "bransch_signoff":
        record.signoff = ident["signoff"]
    elif c.kind == "bransch_tag":
        record.period_id, record.trade = ids.get(("period", ident["period"])), ident["trade"]


def _index_candidate(s: Session, record: CandidateRecord) -> None:
    from rpl_desktop.services.candidates import _sort_key, _to_domain, _write_tokens

    record.sort_key = _sort_key(_to_domain(record))
    s.flush()
    _write_tokens(s, record)


def _update(
    s: Session,
    c: EntityChange,
    local: Entity,
    raw: dict[str, Any],
    ids: Mapping[tuple[str, str], int],
    now: datetime,
) -> None:
    kind = KINDS[c.kind]
    where = _where(c)
    values = validate(c.kind, decode_values(c.kind, raw, c.kind), where)
    record = s.get(kind.record, local.local_id)
    if record is None:  # pragma: no cover - checked under lock just before
        raise ConflictError(_CHANGED)
    for name in kind.fields:
        if name == "period":
            period = values["period"]
            record.period_id = ids.get(("period", period)) if period else None
        else:
            setattr(record, name, values[name])
    if hasattr(record, "updated_at"):
        record.updated_at = now
    if c.kind == "candidate":
        _index_candidate(s, record)


def _add_standards(s: Session, f: OfflineFile, result: ImportResult) -> None:
    from rpl_desktop.services.catalogue import _parse

    for st in f.standards:
        record = s.scalar(select(StandardRecord).where(StandardRecord.uid == st["uid"]))
        if record is not None:
            if record.payload != st["payload"]:
                result.notes.append(
                    f"The standard {st['code']} {st['version']} differs here; this database's copy is kept."
                )
            continue
        try:
            _parse(st["payload"])
        except (RplError, ValueError, KeyError, TypeError) as exc:
            raise _bad(f"standards {st['uid']}", "is not a valid standard.") from exc
        s.add(
            StandardRecord(
                uid=st["uid"],
                kind=st["kind"],
                code=st["code"],
                version=st["version"],
                title=st["title"],
                sample=st["sample"],
                payload=st["payload"],
                imported_at=datetime.now(),
            )
        )
        s.flush()


def _bookkeeping(
    s: Session,
    db: Database,
    plan: ImportPlan,
    choices: Mapping[str, Side],
    result: ImportResult,
    now: datetime,
) -> None:
    f = plan.file
    case_ids = {
        c.uid: c.id
        for c in s.scalars(select(CaseRecord).where(CaseRecord.uid.in_([c["uid"] for c in f.cases])))
    }
    result.case_ids = sorted(case_ids.values())
    if plan.home:
        for row in s.scalars(
            select(SyncCheckoutRecord).where(SyncCheckoutRecord.case_id.in_(result.case_ids))
        ):
            s.delete(row)
    else:
        existing = {
            (b.entity_kind, b.entity_key): b
            for b in s.scalars(
                select(SyncBaseRecord).where(SyncBaseRecord.case_uid.in_({e.scope for e in f.entities}))
            )
        }
        for e in f.entities:
            base_row = existing.get((e.kind, e.key))
            if e.values is None:
                if base_row is not None:
                    s.delete(base_row)
                continue
            if base_row is None:
                base_row = SyncBaseRecord(entity_kind=e.kind, entity_key=e.key)
                s.add(base_row)
            base_row.case_uid, base_row.origin = e.scope, f.origin
            base_row.base = json.dumps(e.values, ensure_ascii=False)
            base_row.file_id, base_row.received_at = f.file_id, now
    by = _actor_name(db)
    decided = {d.id: str(choices[d.id]) for d in plan.decisions()}
    audit = _audit()
    candidate_of = {e.ident["uid"]: e.parent for e in f.entities if e.kind == "case"}
    for uid, case_id in case_ids.items():
        mine = [c for c in plan.changes if c.entity.scope in (uid, candidate_of.get(uid))]
        summary = {
            "added": sum(1 for c in mine if c.action == Action.ADD),
            "updated": sum(1 for c in mine if c.action == Action.UPDATE),
            "decisions": {
                k: v for k, v in decided.items() if any(k.startswith(f"{c.kind}/{c.key}") for c in mine)
            },
            "notes": result.notes,
        }
        s.add(
            SyncImportRecord(
                case_id=case_id,
                file_id=f.file_id,
                from_installation=f.installation,
                exported_at=f.exported_at,
                exported_by=f.exported_by[:200],
                imported_at=now,
                imported_by=by[:200],
                summary=json.dumps(summary, ensure_ascii=False),
                remote_audit=json.dumps(f.audit.get(uid, []), ensure_ascii=False, default=str),
            )
        )
        if audit is not None and hasattr(audit, "record_event"):
            audit.record_event(
                s,
                "import",
                "rpl_case",
                case_id,
                case_id=case_id,
                changes=[{"field": "offline_file", "before": None, "after": f.file_id}],
                reason=f"offline case file from {f.exported_by}, exported {f.exported_at:%Y-%m-%d %H:%M}",
            )
    s.flush()


def import_offline_file(
    db: Database,
    path: Path,
    passphrase: str,
    *,
    prefer: Side | None = None,
    resolutions: Mapping[str, str] | None = None,
) -> ImportResult:
    """Read, compare and apply a file; raises ConflictsPending when decisions are needed and not given."""
    plan = plan_import(db, read_offline_file(path, passphrase))
    choices: dict[str, Side] = resolve_all(plan, prefer) if prefer is not None else {}
    for key, value in (resolutions or {}).items():
        try:
            choices[key] = Side(value)
        except ValueError:
            raise RplError(
                f"The resolution for {key} must be 'here', 'file' or 'both', not {value!r}."
            ) from None
    return apply_import(db, plan, choices)


__all__ = [
    "Action",
    "ConflictsPending",
    "Decision",
    "EntityChange",
    "ExportResult",
    "FieldChange",
    "ImportPlan",
    "ImportResult",
    "OfflineFile",
    "Side",
    "apply_import",
    "check_passphrase",
    "checkout_text",
    "checkouts",
    "entity_key",
    "export_cases",
    "find_cases",
    "import_offline_file",
    "installation_id",
    "parse_payload",
    "plan_import",
    "read_offline_file",
    "received_at",
    "resolve_all",
    "ORDER",
    "Snapshot",
]
