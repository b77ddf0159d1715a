"""The catalogue of target standards kept in the database: import, export, list, view.

Standards are stored whole in the catalogue's own JSON form (``StandardRecord.payload``), so an
export gives back exactly what was imported. A standard is identified by its ``uid`` (one version of
one standard); a standard that a case already uses cannot be changed by a later import: the new text
must come as a new version with its own uid, and both remain.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from rpl_desktop.domain import security
from rpl_desktop.domain.catalogue import (
    Catalogue,
    FagskoleEmne,
    Laerefag,
    Standard,
    StandardKind,
    Utdanning,
)
from rpl_desktop.domain.errors import ImportFileError, RplError
from rpl_desktop.domain.mapping import Outcome
from rpl_desktop.services import users
from rpl_desktop.services.catalogue_io import (
    catalogue_from_bytes,
    dump_catalogue,
    grep_from_bytes,
    load_sample_catalogue,
    outcome_table_from_bytes,
    save_catalogue,
    standard_from_json,
    standard_to_json,
)
from rpl_desktop.store.database import Database
from rpl_desktop.store.records import CaseRecord, JudgementRecord, StandardRecord

SAMPLE_LOADED = "sample_catalogue_loaded"


@dataclass(frozen=True)
class StandardSummary:
    uid: str
    kind: StandardKind
    code: str
    version: str
    title: str
    sample: bool
    outcomes: int


@dataclass(frozen=True)
class StandardView:
    """A standard as the mapping matrix needs it: outcomes in one language, credits by group."""

    uid: str
    kind: StandardKind
    code: str
    version: str
    title: str
    sample: bool
    outcomes: tuple[Outcome, ...]
    group_titles: dict[str, str]
    group_credits: dict[str, Decimal]
    programme_credits: Decimal | None
    standard: Standard

    def language_for_matching(self, lang: str) -> str:
        return "sv" if self.kind == StandardKind.BRANSCHMODELL else lang


@lru_cache(maxsize=64)
def _parse(payload: str) -> Standard:
    from rpl_desktop.services import bransch_cases

    data = json.loads(payload)
    if bransch_cases.is_model_payload(data):  # a branschmodell keeps its own file format
        return bransch_cases.standard_from_model_payload(data, "database")
    return standard_from_json(data, "database")


def _check_lengths(std: Standard, source: str) -> None:
    """Refuse identifiers longer than the database keeps (PostgreSQL refuses them; SQLite would not)."""
    limits = (("uid", std.uid, StandardRecord.uid), ("code", std.code, StandardRecord.code),
              ("version", std.version, StandardRecord.version))
    for field, value, column in limits:
        limit = column.type.length
        if limit is not None and len(value) > limit:
            raise ImportFileError(source, std.uid[:80], f"the {field} is {len(value)} characters long; the "
                                  f"limit is {limit}. Shorten it; nothing was imported.")
    limit = JudgementRecord.outcome_uid.type.length
    for outcome in std.outcomes:
        if limit is not None and len(outcome.uid) > limit:
            raise ImportFileError(source, outcome.uid[:80], f"the outcome uid is {len(outcome.uid)} "
                                  f"characters long; the limit is {limit}. Shorten it; nothing was imported.")


def _store(db: Database, catalogue: Catalogue, source: str) -> tuple[int, int]:
    """Insert new standards, update unused changed ones; all or nothing. Returns (added, updated)."""
    added = updated = 0
    now = datetime.now()
    for std in catalogue:
        _check_lengths(std, source)
    with db.transaction() as s:
        for std in catalogue:
            payload = json.dumps(standard_to_json(std), ensure_ascii=False, sort_keys=True)
            record = s.scalar(select(StandardRecord).where(StandardRecord.uid == std.uid))
            if record is not None and record.payload == payload:
                continue
            if record is not None and record.kind == StandardKind.BRANSCHMODELL.value:
                raise ImportFileError(
                    source, std.uid,
                    "is a branschmodell; import its own model file instead (a catalogue entry would lose "
                    "its rules). Nothing was imported.",
                )
            if record is not None:
                used = s.scalar(select(func.count()).select_from(CaseRecord)
                                .where(CaseRecord.standard_uid == std.uid)) or 0
                if used:
                    raise ImportFileError(
                        source, std.uid,
                        f"changes {std.code} version {std.version}, which {used} case(s) already use. "
                        "Give the changed standard a new version (and uid); nothing was imported.",
                    )
                updated += 1
            else:
                record = StandardRecord(uid=std.uid)
                s.add(record)
                added += 1
            record.kind, record.code, record.version = std.kind.value, std.code, std.version
            record.title = std.display_title("nb")[:300]
            record.sample, record.payload, record.imported_at = std.sample, payload, now
    return added, updated


def database_catalogue(db: Database, *, with_branschmodeller: bool = True) -> Catalogue:
    stmt = select(StandardRecord.payload).order_by(StandardRecord.id)
    if not with_branschmodeller:
        stmt = stmt.where(StandardRecord.kind != StandardKind.BRANSCHMODELL.value)
    with db.read() as s:
        payloads = list(s.scalars(stmt))
    return Catalogue([_parse(p) for p in payloads])


def import_catalogue_file(db: Database, path: Path) -> tuple[int, int]:
    """Import a catalogue JSON, a CSV outcome table or a Udir Grep JSON file (detected by content).

    Returns (added, updated). A broken file raises ImportFileError naming the file and the place,
    and nothing is imported.
    """
    users.require(db, security.MANAGE_CATALOGUE)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(str(path), "", f"cannot be read ({exc.strerror}).") from exc
    name = str(path)
    if b'"rpl-desktop-branschmodell"' in data[:2000]:
        from rpl_desktop.services.bransch_cases import import_model_file

        outcome = import_model_file(db, path)
        return (1, 0) if outcome == "added" else (0, 1) if outcome == "updated" else (0, 0)
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if path.suffix.lower() in (".csv", ".txt") or (head and head[:1] not in (b"{", b"[")):
        catalogue = outcome_table_from_bytes(data, name, database_catalogue(db, with_branschmodeller=False))
    elif b'"rpl-desktop-catalogue"' in data[:2000]:
        catalogue = catalogue_from_bytes(data, name)
    else:
        catalogue = grep_from_bytes(data, name, database_catalogue(db, with_branschmodeller=False))
    return _store(db, catalogue, name)


def load_sample(db: Database) -> int:
    """The bundled sample catalogue, once. Returns how many standards were added."""
    if db.get_setting(SAMPLE_LOADED) == "1":
        return 0
    users.require(db, security.MANAGE_CATALOGUE)
    from rpl_desktop.services.bransch_cases import load_sample_models_into_catalogue

    added, _updated = _store(db, load_sample_catalogue(), "sample catalogue")
    added += load_sample_models_into_catalogue(db)
    db.set_setting(SAMPLE_LOADED, "1")
    return added


def export_catalogue(db: Database, path: Path, uids: list[str] | None = None) -> int:
    # Branschmodeller are exported as their own model files; the catalogue format would lose the rules.
    catalogue = database_catalogue(db, with_branschmodeller=False)
    chosen = [s for s in catalogue if uids is None or s.uid in uids]
    save_catalogue(Catalogue(chosen, sample=all(s.sample for s in chosen) and bool(chosen)), path)
    return len(chosen)


def export_catalogue_json(db: Database) -> dict[str, Any]:
    return dump_catalogue(database_catalogue(db))


def list_standards(db: Database, kind: StandardKind | None = None) -> list[StandardSummary]:
    stmt = select(StandardRecord).order_by(StandardRecord.kind, StandardRecord.code, StandardRecord.version)
    if kind is not None:
        stmt = stmt.where(StandardRecord.kind == kind.value)
    with db.read() as s:
        records = list(s.scalars(stmt))
    out = []
    for r in records:
        std = _parse(r.payload)
        out.append(StandardSummary(r.uid, StandardKind(r.kind), r.code, r.version, r.title, r.sample,
                                   len(std.outcomes)))
    return out


def get_standard(db: Database, uid: str) -> Standard:
    with db.read() as s:
        payload = s.scalar(select(StandardRecord.payload).where(StandardRecord.uid == uid))
    if payload is None:
        raise RplError(f"The standard {uid} is not in the catalogue. Import it first.")
    return _parse(payload)


def _outcomes(std: Standard, lang: str, group: str) -> list[Outcome]:
    return [Outcome(o.uid, o.code, o.text.get(lang), o.category, group) for o in std.sorted_outcomes()]


def load_standard_view(db: Database, uid: str, lang: str = "nb") -> StandardView:
    std = get_standard(db, uid)
    outcomes: list[Outcome] = []
    titles: dict[str, str] = {}
    credits: dict[str, Decimal] = {}
    programme: Decimal | None = None
    if isinstance(std, Utdanning):
        catalogue = database_catalogue(db)
        for item in std.programme:
            emne = catalogue.latest(item.code)
            credits[item.code] = item.studiepoeng
            titles[item.code] = emne.display_title(lang) if emne is not None else item.code
            if emne is not None:
                outcomes += _outcomes(emne, lang, item.code)
        programme = std.studiepoeng
    elif isinstance(std, FagskoleEmne):
        outcomes = _outcomes(std, lang, std.code)
        credits[std.code] = std.studiepoeng
        titles[std.code] = std.display_title(lang)
        programme = std.studiepoeng
    elif isinstance(std, Laerefag):
        for area, items in std.outcomes_by_area():
            titles[area.key] = area.title.get(lang)
            outcomes += [Outcome(o.uid, o.code, o.text.get(lang), o.category, area.key) for o in items]
        if not std.areas:
            outcomes = _outcomes(std, lang, "")
    else:
        outcomes = _outcomes(std, lang, "")
    return StandardView(std.uid, std.kind, std.code, std.version, std.display_title(lang), std.sample,
                        tuple(outcomes), titles, credits, programme, std)
