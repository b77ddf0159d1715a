"""The two files of the external-assessor round trip: the package the office sends and the response.

An **assessor package** (kind ``b"assessor"``) is a zip inside a passphrase container
(:mod:`rpl_desktop.store.crypto`: AES-256-GCM, scrypt, every byte authenticated). The zip holds
``manifest.json`` (the package id, the office, the case number, the candidate's name, the target, the
outcomes to judge, the interview guide, the list of evidence files) and ``evidence/<key>``, the bytes of
each evidence file the caseworker ticked. It never holds the national ID number, contact data, the work
history or other cases.

An **assessor response** (kind ``b"assessor-resp"``, written next to the package as
``<package>.response.rpl``, encrypted with the same passphrase) is JSON: the package id, the office's
id, the case, the SHA-256 of the package file it answers, the assessor's identity and the judgements with
their times. The assessor's program saves work in progress into the same file (``finished: false``);
"Finish" marks it finished.

Everything read from a file is checked field by field (types, lengths, known values); a broken file is
refused with an :class:`ImportFileError` naming the field.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from rpl_desktop.domain.errors import ImportFileError, RplError, ValidationError
from rpl_desktop.domain.mapping import Judgement, Method
from rpl_desktop.domain.register import clean_text
from rpl_desktop.store.crypto import read_with_passphrase, write_with_passphrase
from rpl_desktop.store.evidence_store import safe_filename

KIND_PACKAGE = b"assessor"
KIND_RESPONSE = b"assessor-resp"
PACKAGE_FORMAT = "rpl-desktop assessor package"
RESPONSE_FORMAT = "rpl-desktop assessor response"
FORMAT_VERSION = 1
PACKAGE_SUFFIX = ".rpl"
RESPONSE_SUFFIX = ".response.rpl"

MIN_PASSPHRASE = 10
MAX_PACKAGE_EVIDENCE_BYTES = 200 * 1024 * 1024
MAX_PACKAGE_FILE = MAX_PACKAGE_EVIDENCE_BYTES + 32 * 1024 * 1024
MAX_RESPONSE_FILE = 16 * 1024 * 1024
MAX_MANIFEST = 8 * 1024 * 1024
MAX_OUTCOMES = 2000
MAX_EVIDENCE_FILES = 200
MAX_SHORT = 200
MAX_TEXT = 20_000
_KEY = re.compile(r"e[0-9]{1,4}")
_SHA = re.compile(r"[0-9a-f]{64}")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


# -- the contents -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageOutcome:
    uid: str
    code: str
    text: str
    category: str
    group: str = ""


@dataclass(frozen=True)
class PackageEvidence:
    key: str  # "e1", "e2" ... : the member evidence/<key> in the zip
    filename: str
    media_type: str
    size: int
    sha256: str
    kind: str
    outcome_uids: tuple[str, ...] = ()  # the outcomes the office linked this file to


@dataclass(frozen=True)
class PackageGuideItem:
    outcome_uid: str
    code: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class PackageManifest:
    package_id: str
    office_name: str
    office_uid: str
    case_id: int
    case_number: str
    purpose: str
    candidate_name: str
    standard_code: str
    standard_title: str
    addressed_to: str
    created_at: datetime
    created_by: str
    language: str
    outcomes: tuple[PackageOutcome, ...]
    evidence: tuple[PackageEvidence, ...]
    guide: tuple[PackageGuideItem, ...]
    message: str = ""

    def outcome(self, uid: str) -> PackageOutcome:
        for o in self.outcomes:
            if o.uid == uid:
                return o
        raise KeyError(uid)


@dataclass(frozen=True)
class AssessorIdentity:
    """Who assessed: a fagkonsulent, a yrkesbedömare, a member of a prøvenemnd ..."""

    name: str
    role: str
    organisation: str = ""

    def describe(self) -> str:
        """'Ola Fagkonsulent (fagkonsulent, Byggmester AS)'."""
        extra = ", ".join(x for x in (self.role, self.organisation) if x)
        return f"{self.name} ({extra})" if extra else self.name


@dataclass(frozen=True)
class ExternalAssessment:
    outcome_uid: str
    judgement: Judgement
    methods: frozenset[Method]
    reason: str
    notes: str
    assessed_at: datetime


@dataclass(frozen=True)
class AssessorResponse:
    package_id: str
    office_uid: str
    case_id: int
    case_number: str
    package_sha256: str
    assessor: AssessorIdentity | None
    judgements: tuple[ExternalAssessment, ...]
    finished: bool
    saved_at: datetime
    finished_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def judgement(self, uid: str) -> ExternalAssessment | None:
        return next((j for j in self.judgements if j.outcome_uid == uid), None)


# -- validation shared by the assessor's program and the office's import ------------------------------


def validate_identity(name: str, role: str, organisation: str = "") -> AssessorIdentity:
    name, role, organisation = clean_text(name), clean_text(role), clean_text(organisation)
    if not name:
        raise ValidationError("name", "Enter your name: the office records who assessed the candidate.")
    if not role:
        raise ValidationError("role", "Enter your role, e.g. fagkonsulent or yrkesbedömare.")
    for key, value, limit in (
        ("name", name, MAX_SHORT),
        ("role", role, 100),
        ("organisation", organisation, MAX_SHORT),
    ):
        if len(value) > limit:
            raise ValidationError(key, f"This is longer than {limit} characters; shorten it.")
    return AssessorIdentity(name, role, organisation)


def validate_assessment(
    outcome_uid: str,
    judgement: Judgement,
    methods: Iterable[Method],
    reason: str,
    notes: str,
    assessed_at: datetime | None = None,
) -> ExternalAssessment:
    """The same rules as the office's own judgements: a judgement needs a reason and a method."""
    reason = clean_text(reason, multiline=True)
    notes = clean_text(notes, multiline=True)
    methods = frozenset(methods)
    if judgement != Judgement.NOT_ASSESSED and not reason:
        raise ValidationError(
            "reason", "Give the reason for the judgement: what you saw or heard that shows it."
        )
    if judgement != Judgement.NOT_ASSESSED and not methods:
        raise ValidationError("methods", "Tick the method(s) used: documents, dialogue, practical test ...")
    if len(reason) > MAX_TEXT:
        raise ValidationError("reason", f"The reason is longer than {MAX_TEXT} characters; shorten it.")
    if len(notes) > MAX_TEXT:
        raise ValidationError("notes", f"The notes are longer than {MAX_TEXT} characters; shorten them.")
    return ExternalAssessment(
        outcome_uid, judgement, methods, reason, notes, (assessed_at or datetime.now()).replace(microsecond=0)
    )


def check_passphrase(passphrase: str) -> str:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError(
            "passphrase",
            f"The passphrase must have at least {MIN_PASSPHRASE} characters. A few unrelated words are easy "
            "to pass on by telephone and hard to guess.",
        )
    return passphrase


def response_path_for(package: Path) -> Path:
    """``foo.rpl`` → ``foo.response.rpl`` (next to the package)."""
    stem = package.name[: -len(PACKAGE_SUFFIX)] if package.name.endswith(PACKAGE_SUFFIX) else package.name
    return package.with_name(stem + RESPONSE_SUFFIX)


# -- encoding -----------------------------------------------------------------------------------------


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat()


def encode_package(manifest: PackageManifest, files: dict[str, bytes]) -> bytes:
    data = {
        "format": PACKAGE_FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": manifest.package_id,
        "office": {"name": manifest.office_name, "uid": manifest.office_uid},
        "case": {"id": manifest.case_id, "number": manifest.case_number, "purpose": manifest.purpose},
        "candidate": {"name": manifest.candidate_name},
        "standard": {"code": manifest.standard_code, "title": manifest.standard_title},
        "addressed_to": manifest.addressed_to,
        "created_at": _iso(manifest.created_at),
        "created_by": manifest.created_by,
        "language": manifest.language,
        "message": manifest.message,
        "outcomes": [
            {"uid": o.uid, "code": o.code, "text": o.text, "category": o.category, "group": o.group}
            for o in manifest.outcomes
        ],
        "evidence": [
            {
                "key": e.key,
                "filename": e.filename,
                "media_type": e.media_type,
                "size": e.size,
                "sha256": e.sha256,
                "kind": e.kind,
                "outcomes": list(e.outcome_uids),
            }
            for e in manifest.evidence
        ],
        "guide": [
            {"outcome_uid": g.outcome_uid, "code": g.code, "questions": list(g.questions)}
            for g in manifest.guide
        ],
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(data, ensure_ascii=False, indent=1))
        for e in manifest.evidence:
            zf.writestr(f"evidence/{e.key}", files[e.key], compress_type=zipfile.ZIP_STORED)
    return out.getvalue()


def encode_response(response: AssessorResponse) -> bytes:
    data = {
        "format": RESPONSE_FORMAT,
        "format_version": FORMAT_VERSION,
        "package_id": response.package_id,
        "office_uid": response.office_uid,
        "case": {"id": response.case_id, "number": response.case_number},
        "package_sha256": response.package_sha256,
        "assessor": None
        if response.assessor is None
        else {
            "name": response.assessor.name,
            "role": response.assessor.role,
            "organisation": response.assessor.organisation,
        },
        "finished": response.finished,
        "saved_at": _iso(response.saved_at),
        "finished_at": _iso(response.finished_at),
        "judgements": [
            {
                "outcome_uid": j.outcome_uid,
                "judgement": j.judgement.value,
                "methods": sorted(m.value for m in j.methods),
                "reason": j.reason,
                "notes": j.notes,
                "assessed_at": _iso(j.assessed_at),
            }
            for j in response.judgements
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


# -- decoding (untrusted input) -----------------------------------------------------------------------


class _Fields:
    """Typed access to a JSON object; every failure names the field."""

    def __init__(self, label: str, data: Any, where: str = "") -> None:
        self.label = label
        self.where = where
        if not isinstance(data, dict):
            raise self.error("", "is not an object as expected")
        self.data = data

    def error(self, key: str, problem: str) -> ImportFileError:
        location = ".".join(x for x in (self.where, key) if x) or "the file"
        return ImportFileError(self.label, location, f"{problem}. The file is not a valid assessor file.")

    def text(
        self, key: str, limit: int = MAX_SHORT, *, required: bool = True, multiline: bool = False
    ) -> str:
        value = self.data.get(key, None if required else "")
        if not isinstance(value, str):
            raise self.error(key, "is missing or not text")
        if len(value) > limit:
            raise self.error(key, f"is longer than {limit} characters")
        value = clean_text(value, multiline=multiline)
        if required and not value:
            raise self.error(key, "is empty")
        return value

    def integer(self, key: str) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**53:
            raise self.error(key, "is missing or not a whole number")
        return value

    def boolean(self, key: str) -> bool:
        value = self.data.get(key)
        if not isinstance(value, bool):
            raise self.error(key, "is missing or not true/false")
        return value

    def moment(self, key: str) -> datetime:
        value = self.when(key)
        assert value is not None
        return value

    def when(self, key: str, *, required: bool = True) -> datetime | None:
        value = self.data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise self.error(key, "is missing or not a date and time")
        try:
            return datetime.fromisoformat(value).replace(tzinfo=None)
        except ValueError:
            raise self.error(key, "is not a date and time (YYYY-MM-DDTHH:MM:SS)") from None

    def pattern(self, key: str, regex: re.Pattern[str], what: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not regex.fullmatch(value):
            raise self.error(key, f"is missing or not {what}")
        return value

    def obj(self, key: str) -> _Fields:
        return _Fields(self.label, self.data.get(key), ".".join(x for x in (self.where, key) if x))

    def items(self, key: str, limit: int) -> list[_Fields]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self.error(key, "is missing or not a list")
        if len(value) > limit:
            raise self.error(key, f"has more than {limit} entries")
        prefix = ".".join(x for x in (self.where, key) if x)
        return [_Fields(self.label, item, f"{prefix}[{n}]") for n, item in enumerate(value)]

    def strings(self, key: str, limit: int, item_limit: int = MAX_TEXT) -> tuple[str, ...]:
        value = self.data.get(key)
        if not isinstance(value, list) or len(value) > limit:
            raise self.error(key, "is missing or not a list of texts")
        out = []
        for item in value:
            if not isinstance(item, str) or len(item) > item_limit:
                raise self.error(key, "holds something that is not a short text")
            out.append(clean_text(item, multiline=True))
        return tuple(out)


def _load_json(label: str, raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise ImportFileError(label, "", "The contents are not readable JSON. The file is damaged.") from None


def _check_format(top: _Fields, expected: str) -> None:
    if top.data.get("format") != expected:
        raise top.error("format", f"is not '{expected}'")
    version = top.data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise top.error("format_version", "is missing")
    if version > FORMAT_VERSION:
        raise ImportFileError(
            top.label,
            "format_version",
            "The file was written by a newer rpl-desktop. Update the program and open it again.",
        )


def decode_package(raw: bytes, label: str) -> tuple[PackageManifest, dict[str, bytes]]:
    """The manifest and the evidence bytes (each checked against its SHA-256)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, ValueError):
        raise ImportFileError(label, "", "The package contents are damaged.") from None
    with zf:
        infos = {i.filename: i for i in zf.infolist()}
        info = infos.get("manifest.json")
        if info is None or info.file_size > MAX_MANIFEST:
            raise ImportFileError(label, "manifest.json", "The package has no readable manifest.")
        top = _Fields(label, _load_json(label, _read_member(zf, info, label)))
        _check_format(top, PACKAGE_FORMAT)
        office, case, candidate, standard = (
            top.obj("office"),
            top.obj("case"),
            top.obj("candidate"),
            top.obj("standard"),
        )
        outcomes = []
        for o in top.items("outcomes", MAX_OUTCOMES):
            outcomes.append(
                PackageOutcome(
                    o.text("uid", 300),
                    o.text("code", 100, required=False),
                    o.text("text", MAX_TEXT, multiline=True),
                    o.text("category", 100, required=False),
                    o.text("group", 300, required=False),
                )
            )
        if not outcomes:
            raise top.error("outcomes", "is empty")
        uids = {o.uid for o in outcomes}
        if len(uids) != len(outcomes):
            raise top.error("outcomes", "names an outcome twice")
        evidence = []
        files: dict[str, bytes] = {}
        total = 0
        for e in top.items("evidence", MAX_EVIDENCE_FILES):
            key = e.pattern("key", _KEY, "an evidence key")
            if key in files:
                raise e.error("key", "is used twice")
            sha = e.pattern("sha256", _SHA, "a SHA-256")
            member = infos.get(f"evidence/{key}")
            if member is None:
                raise e.error("key", "names a file the package does not contain")
            total += member.file_size
            if total > MAX_PACKAGE_EVIDENCE_BYTES:
                raise e.error("size", "makes the package larger than allowed")
            data = _read_member(zf, member, label)
            if hashlib.sha256(data).hexdigest() != sha:
                raise e.error("sha256", "does not match the file's contents")
            linked = tuple(u for u in e.strings("outcomes", MAX_OUTCOMES, 300) if u in uids)
            evidence.append(
                PackageEvidence(
                    key,
                    safe_filename(e.text("filename", 255)),
                    e.text("media_type", 100),
                    len(data),
                    sha,
                    e.text("kind", 30, required=False),
                    linked,
                )
            )
            files[key] = data
        guide = []
        for g in top.items("guide", MAX_OUTCOMES):
            uid = g.text("outcome_uid", 300)
            if uid in uids:
                guide.append(
                    PackageGuideItem(uid, g.text("code", 100, required=False), g.strings("questions", 20))
                )
        manifest = PackageManifest(
            package_id=top.pattern("package_id", _UUID, "a package id"),
            office_name=office.text("name", required=False),
            office_uid=office.pattern("uid", _UUID, "an office id"),
            case_id=case.integer("id"),
            case_number=case.text("number", 40),
            purpose=case.text("purpose", 30),
            candidate_name=candidate.text("name", 420),
            standard_code=standard.text("code", 60, required=False),
            standard_title=standard.text("title", 300, required=False),
            addressed_to=top.text("addressed_to", required=False),
            created_at=top.moment("created_at"),
            created_by=top.text("created_by", required=False),
            language=top.text("language", 2, required=False),
            outcomes=tuple(outcomes),
            evidence=tuple(evidence),
            guide=tuple(guide),
            message=top.text("message", MAX_TEXT, required=False, multiline=True),
        )
    return manifest, files


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> bytes:
    try:
        with zf.open(info) as fh:
            data = fh.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ImportFileError(label, info.filename, "This part of the package is damaged.") from None
    if len(data) != info.file_size:
        raise ImportFileError(label, info.filename, "This part of the package is damaged.")
    return data


def decode_response(raw: bytes, label: str) -> AssessorResponse:
    top = _Fields(label, _load_json(label, raw))
    _check_format(top, RESPONSE_FORMAT)
    case = top.obj("case")
    assessor = None
    if top.data.get("assessor") is not None:
        a = top.obj("assessor")
        try:
            assessor = validate_identity(
                a.text("name"), a.text("role", 100), a.text("organisation", required=False)
            )
        except ValidationError as exc:
            raise a.error(exc.field, exc.detail) from None
    judgements = []
    seen: set[str] = set()
    for j in top.items("judgements", MAX_OUTCOMES):
        uid = j.text("outcome_uid", 300)
        if uid in seen:
            raise j.error("outcome_uid", "names an outcome twice")
        seen.add(uid)
        try:
            judgement = Judgement(str(j.data.get("judgement")))
            methods = frozenset(Method(m) for m in j.strings("methods", len(Method), 40))
        except ValueError:
            raise j.error("judgement", "holds an unknown judgement or method") from None
        try:
            judgements.append(
                validate_assessment(
                    uid,
                    judgement,
                    methods,
                    j.text("reason", MAX_TEXT, required=False, multiline=True),
                    j.text("notes", MAX_TEXT, required=False, multiline=True),
                    j.moment("assessed_at"),
                )
            )
        except ValidationError as exc:
            raise j.error(exc.field, exc.detail) from None
    return AssessorResponse(
        package_id=top.pattern("package_id", _UUID, "a package id"),
        office_uid=top.pattern("office_uid", _UUID, "an office id"),
        case_id=case.integer("id"),
        case_number=case.text("number", 40),
        package_sha256=top.pattern("package_sha256", _SHA, "a SHA-256"),
        assessor=assessor,
        judgements=tuple(judgements),
        finished=top.boolean("finished"),
        saved_at=top.moment("saved_at"),
        finished_at=top.when("finished_at", required=False),
    )


# -- sealed files on disk -----------------------------------------------------------------------------


def write_sealed(path: Path, passphrase: str, kind: bytes, plaintext: bytes) -> str:
    """Encrypt ``plaintext`` into ``path`` (atomically: a temporary file, then a rename). Returns the
    SHA-256 of the bytes written. Nothing unencrypted touches the disk."""
    tmp = path.with_name(f".{path.name}.part")
    digest = hashlib.sha256()

    class _Hashing(io.RawIOBase):
        def __init__(self, fh: Any) -> None:
            self.fh = fh

        def write(self, b: Any) -> int:
            digest.update(b)
            return int(self.fh.write(b))

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "wb") as fh:
            write_with_passphrase(passphrase, kind, io.BytesIO(plaintext), _Hashing(fh))  # type: ignore[arg-type]
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise RplError(
            f"Cannot write {path.name}: {exc.strerror or exc}. Check the folder and the free disk space."
        ) from exc
    return digest.hexdigest()


def read_sealed(path: Path, passphrase: str, kind: bytes, what: str, limit: int) -> tuple[bytes, str]:
    """The verified plaintext of a sealed file and the SHA-256 of the file's bytes."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise RplError(f"'{path.name}' is not a file. Choose the {what}.")
        if size > limit:
            raise RplError(
                f"'{path.name}' is too large to be an {what} ({size // 1048576} MiB). Choose the right file."
            )
        blob = path.read_bytes()
    except FileNotFoundError:
        raise RplError(f"There is no file '{path.name}'. Check the name and the folder.") from None
    except OSError as exc:
        raise RplError(f"'{path.name}' cannot be read: {exc.strerror or exc}.") from exc
    plain = b"".join(read_with_passphrase(passphrase, kind, io.BytesIO(blob), what))
    return plain, hashlib.sha256(blob).hexdigest()
