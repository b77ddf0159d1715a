"""Everything the program holds about one candidate, as one file (GDPR art. 15 access, art. 20 portability).

The file is a zip:

* ``candidate.json``: the register data, history periods, schooling, exams, courses, evidence
  metadata, every case with its standard, judgements (outcome code and text, judgement, methods,
  reason, notes), evidence links, result, Swedish results, issued documents (metadata) and the case's
  history from the audit log when it exists; anything else stored about the candidate or their cases
  (autosaved drafts, offline check-outs, external assessors' judgements...) under ``other_records``;
  and the log of earlier exports and anonymisations;
* ``attachments/``: the evidence files, decrypted, under their original names;
* ``documents/``: the issued PDFs exactly as issued;
* ``README.txt``: what the file is, in the candidate's language (and English).

With a passphrase the zip is encrypted (``crypto.write_with_passphrase``, kind ``personal-data``); give
the passphrase to the candidate by another channel than the file. The export is logged (who, when,
counts) in ``privacy_action`` and, when it exists, the audit log.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rpl_desktop import __version__
from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.bundle import BundleWriter, row_dict
from rpl_desktop.services.privacy import collect_rows, list_actions, log_action, require_any_role
from rpl_desktop.store.database import Database
from rpl_desktop.store.document_records import IssuedDocumentRecord
from rpl_desktop.store.privacy_records import AnonymisedCandidateRecord

log = logging.getLogger(__name__)

FORMAT = "rpl-desktop-personal-data"
FORMAT_VERSION = 1
KIND = b"personal-data"

# Tables shown in their own place in candidate.json; the rest go to "other_records".
_PLACED = {
    "candidate",
    "search_token",
    "history_period",
    "schooling",
    "exam",
    "course",
    "evidence",
    "rpl_case",
    "judgement",
    "evidence_link",
    "issued_document",
    "bransch_result",
    "bransch_phase",
    "bransch_signoff",
    "bransch_signature",
    "bransch_period_tag",
    "anonymised_candidate",
}
_SWEDISH = ("bransch_result", "bransch_phase", "bransch_signoff", "bransch_signature", "bransch_period_tag")


@dataclass(frozen=True)
class ExportResult:
    path: Path
    candidate_id: int
    attachments: int
    documents: int
    bytes_written: int
    encrypted: bool
    missing: tuple[str, ...] = field(default=())

    def summary(self) -> str:
        text = (
            f"Wrote {self.path.name}: the candidate's data, {self.attachments} attachment"
            f"{'s' if self.attachments != 1 else ''} and {self.documents} issued document"
            f"{'s' if self.documents != 1 else ''}{', encrypted' if self.encrypted else ''}."
        )
        if self.missing:
            text += (
                f" {len(self.missing)} stored file(s) could not be read and are listed as missing in "
                "candidate.json; restore the evidence folder from a backup and export again."
            )
        return text


def _case_extras(db: Database, case_id: int) -> dict[str, Any]:
    """The parts of a case the tables do not say in words: outcome codes and texts, the result, history."""
    from rpl_desktop.services.mapping import load_matrix

    extras: dict[str, Any] = {}
    try:
        matrix = load_matrix(db, case_id, with_suggestions=False)
    except RplError as exc:
        extras["result_unavailable"] = exc.message
    else:
        extras["standard"] = {
            "uid": matrix.standard.uid,
            "code": matrix.standard.code,
            "version": matrix.standard.version,
            "title": matrix.standard.title,
        }
        extras["outcomes"] = {
            row.assessment.outcome.uid: {
                "code": row.assessment.outcome.code,
                "text": row.assessment.outcome.text,
            }
            for row in matrix.rows
        }
        r = matrix.result
        extras["result"] = {
            "result": r.result.value,
            "met": [o.code for o in r.met],
            "partly_met": [o.code for o in r.partly],
            "missing": [o.code for o in r.missing],
            "credits_recognised": str(r.credits_recognised),
            "blockers": list(r.blockers),
        }
    try:
        from rpl_desktop.services.audit import case_history
    except ImportError:
        return extras
    extras["history"] = [
        {"at": e.at.isoformat(timespec="seconds"), "by": e.actor, "what": e.summary, "reason": e.reason}
        for e in case_history(db, case_id)
    ]
    return extras


def personal_data(db: Database, candidate_id: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """``candidate.json`` as a dict, and the raw rows (for the files)."""
    from rpl_desktop.services.privacy import _loose_rows

    with db.read() as s:
        rows = collect_rows(s, candidate_id)
        rows.update(_loose_rows(s, rows))
        anonymised = s.get(AnonymisedCandidateRecord, candidate_id)
        anonymised_at = anonymised.anonymised_at.isoformat(timespec="seconds") if anonymised else None
    candidate = row_dict(rows["candidate"][0], leave_out=("sort_key",))
    if anonymised_at:
        candidate["anonymised_at"] = anonymised_at
    def by_case(name: str, case_id: int) -> list[dict[str, Any]]:
        return [row_dict(r) for r in rows.get(name, []) if r["case_id"] == case_id]

    cases = []
    for case in rows.get("rpl_case", []):
        extras = _case_extras(db, case["id"])
        outcomes = extras.pop("outcomes", {})
        judgements = []
        for j in by_case("judgement", case["id"]):
            j = {
                "outcome_code": outcomes.get(j["outcome_uid"], {}).get("code", ""),
                "outcome_text": outcomes.get(j["outcome_uid"], {}).get("text", ""),
                **j,
            }
            j["methods"] = [m for m in str(j.get("methods", "")).split(",") if m]
            judgements.append(j)
        entry = {
            **row_dict(case),
            **{k: v for k, v in extras.items() if k != "history"},
            "judgements": judgements,
            "evidence_links": by_case("evidence_link", case["id"]),
            "issued_documents": by_case("issued_document", case["id"]),
        }
        swedish = {name: by_case(name, case["id"]) for name in _SWEDISH if by_case(name, case["id"])}
        if swedish:
            entry["swedish"] = swedish
        if "history" in extras:
            entry["history"] = extras["history"]
        cases.append(entry)
    data: dict[str, Any] = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "exported_at": datetime.now().isoformat(timespec="seconds"),
        "exported_by": db.actor.display_name,
        "program": f"rpl-desktop {__version__}",
        "candidate": candidate,
        "history_periods": [row_dict(r) for r in rows.get("history_period", [])],
        "schooling": [row_dict(r) for r in rows.get("schooling", [])],
        "exams": [row_dict(r) for r in rows.get("exam", [])],
        "courses": [row_dict(r) for r in rows.get("course", [])],
        "evidence": [row_dict(r) for r in rows.get("evidence", [])],
        "cases": cases,
        "other_records": {
            name: [row_dict(r) for r in batch] for name, batch in sorted(rows.items()) if name not in _PLACED
        },
        "privacy_actions": [
            {
                "action": a.action,
                "at": a.at.isoformat(timespec="seconds"),
                "by": a.actor,
                "reason": a.reason,
                "counts": a.counts,
            }
            for a in list_actions(db, candidate_id)
        ],
    }
    return data, rows


def export_personal_data(
    db: Database, candidate_id: int, out: Path, *, passphrase: str | None = None
) -> ExportResult:
    """Write everything about the candidate to ``out`` (a zip, encrypted with ``passphrase`` if given)."""
    require_any_role(db.actor, "Exporting a candidate's personal data")
    data, rows = personal_data(db, candidate_id)
    bundle = BundleWriter()
    missing: list[str] = []
    attachments = 0
    for entry in data["evidence"]:
        try:
            content = db.evidence.read_bytes(entry["sha256"])
            if hashlib.sha256(content).hexdigest() != entry["sha256"]:
                raise RplError("checksum mismatch")
        except (OSError, RplError, ValueError):
            entry["file"] = None
            entry["file_missing"] = True
            missing.append(f"attachment {entry['id']}")
            continue
        entry["file"] = bundle.add(
            bundle.unique("attachments", f"{entry['id']}-{entry['filename']}"), content
        )
        attachments += 1
    documents = 0
    doc_ids = [d["id"] for case in data["cases"] for d in case["issued_documents"]]
    pdfs: dict[int, bytes] = {}
    if doc_ids:
        with db.read() as s:
            pdfs = {
                i: bytes(p)
                for i, p in s.execute(
                    select(IssuedDocumentRecord.id, IssuedDocumentRecord.pdf).where(
                        IssuedDocumentRecord.id.in_(doc_ids)
                    )
                )
            }
    for case in data["cases"]:
        for doc in case["issued_documents"]:
            pdf = pdfs.get(doc["id"], b"")
            if not pdf:
                doc["file"] = None  # removed when the candidate was anonymised (the archive copy is in Noark)
                continue
            if hashlib.sha256(pdf).hexdigest() != doc["sha256"]:
                doc["file"] = None
                doc["file_missing"] = True
                missing.append(f"issued document {doc['id']}")
                continue
            doc["file"] = bundle.add(bundle.unique("documents", doc["filename"]), pdf)
            documents += 1
    language = str(data["candidate"].get("language") or "nb")
    bundle.add_json("candidate.json", data)
    bundle.add("README.txt", readme(language, _organisation_name(db), attachments, documents))
    written = bundle.write(Path(out), passphrase=passphrase, kind=KIND)
    log_action(
        db,
        "export",
        candidate_id,
        reason="personal data export",
        counts={
            "attachments": attachments,
            "documents": documents,
            "records": sum(len(v) for v in rows.values()),
        },
    )
    log.info(
        "personal data of candidate %s exported: %d attachments, %d documents, %d bytes%s",
        candidate_id,
        attachments,
        documents,
        written,
        ", encrypted" if passphrase else "",
    )
    return ExportResult(
        Path(out), candidate_id, attachments, documents, written, bool(passphrase), tuple(missing)
    )


def _organisation_name(db: Database) -> str:
    from rpl_desktop.services.organisation import get_organisation

    org = get_organisation(db)
    return org.name if org is not None else ""


_README = {
    "nb": (
        "Dette er alle opplysningene {org} har registrert om deg i programmet rpl-desktop "
        "(realkompetansevurdering), slik de var {date}.\n\n"
        "candidate.json  - opplysningene: person, arbeids- og utdanningshistorikk, skolegang, eksamener, kurs,\n"
        "                  vedlegg, saker med vurderinger og resultat, og utstedte dokumenter.\n"
        "attachments/    - vedleggene du eller andre har levert ({attachments} filer).\n"
        "documents/      - vedtak og bevis slik de ble utstedt ({documents} filer).\n\n"
        "candidate.json er en tekstfil i JSON-format som kan leses i en vanlig teksteditor eller importeres\n"
        "i et annet system. Har du spørsmål, eller mener du at noe er feil, kan du kontakte oss.\n"
    ),
    "nn": (
        "Dette er alle opplysningane {org} har registrert om deg i programmet rpl-desktop "
        "(realkompetansevurdering), slik dei var {date}.\n\n"
        "candidate.json  - opplysningane: person, arbeids- og utdanningshistorikk, skulegang, eksamenar, kurs,\n"
        "                  vedlegg, saker med vurderingar og resultat, og utferda dokument.\n"
        "attachments/    - vedlegga du eller andre har levert ({attachments} filer).\n"
        "documents/      - vedtak og prov slik dei vart utferda ({documents} filer).\n\n"
        "candidate.json er ei tekstfil i JSON-format som kan lesast i ein vanleg tekstredigerar eller\n"
        "importerast i eit anna system. Har du spørsmål, eller meiner du at noko er feil, kan du kontakte oss.\n"
    ),
    "sv": (
        "Detta är alla uppgifter som {org} har registrerat om dig i programmet rpl-desktop "
        "(validering), som de var {date}.\n\n"
        "candidate.json  - uppgifterna: person, arbetslivs- och utbildningshistorik, skolgång, prov, kurser,\n"
        "                  bilagor, ärenden med bedömningar och resultat samt utfärdade dokument.\n"
        "attachments/    - bilagorna som du eller andra har lämnat in ({attachments} filer).\n"
        "documents/      - beslut och intyg som de utfärdades ({documents} filer).\n\n"
        "candidate.json är en textfil i JSON-format som kan läsas i en vanlig textredigerare eller importeras\n"
        "i ett annat system. Kontakta oss om du har frågor eller om något är fel.\n"
    ),
    "en": (
        "This is everything {org} has recorded about you in the program rpl-desktop (recognition of prior\n"
        "learning), as it was on {date}.\n\n"
        "candidate.json  - the data: you, your work and learning history, schooling, exams, courses,\n"
        "                  attachments, cases with their judgements and results, and issued documents.\n"
        "attachments/    - the attachments you or others handed in ({attachments} files).\n"
        "documents/      - decisions and certificates as they were issued ({documents} files).\n\n"
        "candidate.json is a text file in JSON format that any text editor can show and other systems can\n"
        "import. If you have questions or think something is wrong, please contact us.\n"
    ),
}
_US = {"nb": "kontoret", "nn": "kontoret", "sv": "kontoret", "en": "the office"}


def readme(language: str, organisation: str, attachments: int, documents: int) -> str:
    """README.txt: the candidate's language first, then English."""
    today = datetime.now().date().isoformat()
    parts = []
    for lang in dict.fromkeys((language if language in _README else "en", "en")):
        parts.append(
            _README[lang].format(
                org=organisation or _US[lang], date=today, attachments=attachments, documents=documents
            )
        )
    return "\n---\n\n".join(parts)
