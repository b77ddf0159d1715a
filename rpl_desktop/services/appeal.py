"""The appeal bundle (klagesak): one case, as the appeal body needs to see it, in one zip file.

When a candidate appeals (forvaltningsloven §§ 28–29: the office forwards the appeal to the
klageinstans, e.g. Statsforvalteren or the fagskole's klagenemnd, when it does not change the decision
itself), the body that hears it needs the decision, what it rested on and how it came about:

* ``case.json``: the case (number, purpose, status, dates, phases, caseworker, rule profile), the
  candidate's name, birth date and language (no national ID number and no contact data: the issued
  documents identify the party), the target standard, every outcome with its judgement, methods,
  reason, indicators and linked evidence, the result, the evidence list, the issued documents and the
  case history;
* ``summary.txt``: the same in plain words, in the case's document language;
* ``documents/``: every issued PDF (all versions) with its archive sidecar (JSON);
* ``evidence/``: the evidence files themselves, only when asked for (``include_evidence_files``);
* ``audit-entries.json``: the case's raw audit entries with their hashes, so the appeal body can check
  that the history was not altered (when the audit log exists in this program version).

Optionally encrypted with a passphrase (kind ``appeal-bundle``). Making a bundle is logged.
"""

from __future__ import annotations

import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from rpl_desktop import __version__
from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.bundle import BundleWriter, jsonable
from rpl_desktop.services.privacy import log_action, require_any_role
from rpl_desktop.store.database import Database
from rpl_desktop.store.document_records import IssuedDocumentRecord

log = logging.getLogger(__name__)

FORMAT = "rpl-desktop-appeal-bundle"
FORMAT_VERSION = 1
KIND = b"appeal-bundle"


@dataclass(frozen=True)
class AppealResult:
    path: Path
    case_number: str
    documents: int
    evidence_items: int
    evidence_files: int
    history_entries: int
    history_available: bool
    bytes_written: int
    encrypted: bool

    def summary(self) -> str:
        parts = [
            f"{self.documents} issued document{'s' if self.documents != 1 else ''}",
            f"{self.evidence_items} evidence item{'s' if self.evidence_items != 1 else ''}",
        ]
        if self.evidence_files:
            parts.append(f"{self.evidence_files} evidence file{'s' if self.evidence_files != 1 else ''}")
        if self.history_available:
            parts.append(f"{self.history_entries} history entr{'ies' if self.history_entries != 1 else 'y'}")
        text = f"Appeal bundle for case {self.case_number} written to {self.path.name}: " + ", ".join(parts)
        if not self.history_available:
            text += " (no case history: the audit log is not available)"
        return text + (", encrypted." if self.encrypted else ".")


def _history(db: Database, case_id: int) -> tuple[list[dict[str, Any]] | None, list[dict[str, Any]] | None]:
    try:
        from rpl_desktop.services import audit
    except ImportError:
        return None, None
    history = [
        {"at": e.at.isoformat(timespec="seconds"), "by": e.actor, "what": e.summary, "reason": e.reason}
        for e in audit.case_history(db, case_id)
    ]
    entries = getattr(audit, "case_entries", None)
    return history, (list(entries(db, case_id)) if entries is not None else None)


def appeal_data(db: Database, case_id: int) -> dict[str, Any]:
    """``case.json`` of the bundle (without the file names of documents and evidence)."""
    from rpl_desktop.services.candidates import get_candidate
    from rpl_desktop.services.documents import list_issued
    from rpl_desktop.services.evidence import list_evidence
    from rpl_desktop.services.mapping import load_matrix
    from rpl_desktop.services.organisation import get_organisation

    matrix = load_matrix(db, case_id, with_suggestions=False)
    case, cand, std, r = matrix.case, matrix.candidate, matrix.standard, matrix.result
    linked: dict[tuple[str, int], list[str]] = {}
    judgements = []
    for row in matrix.rows:
        a = row.assessment
        for item in a.evidence:
            linked.setdefault((item.kind.value, item.ref_id), []).append(a.outcome.code)
        ind = row.indicators
        judgements.append(
            {
                "outcome_code": a.outcome.code,
                "outcome_text": a.outcome.text,
                "category": a.outcome.category,
                "group": a.outcome.group,
                "judgement": a.judgement.value,
                "methods": sorted(m.value for m in a.methods),
                "reason": a.reason,
                "evidence": [{"kind": e.kind.value, "id": e.ref_id, "label": e.label} for e in a.evidence],
                "indicators": {
                    "current": ind.current.value,
                    "sufficient": ind.sufficient.value,
                    "authentic": ind.authentic.value,
                    "valid": ind.valid.value,
                    "messages": list(ind.messages),
                },
            }
        )
    files = {f.id: f for f in list_evidence(db, case.candidate_id)}
    evidence = []
    for item in matrix.available:
        entry: dict[str, Any] = {
            "kind": item.kind.value,
            "id": item.ref_id,
            "label": item.label,
            "date": jsonable(item.last_date),
            "self_declared": item.self_declared,
            "authentic": item.authentic,
            "linked_to": linked.get((item.kind.value, item.ref_id), []),
        }
        f = files.get(item.ref_id) if item.kind.value == "file" else None
        if f is not None:
            entry |= {
                "filename": f.filename,
                "type": f.kind.value,
                "media_type": f.media_type,
                "size": f.size,
                "sha256": f.sha256,
                "verified": f.verified,
                "translated": f.translated,
            }
        evidence.append(entry)
    org = get_organisation(db)
    docs = [
        {
            "id": d.id,
            "kind": d.kind,
            "language": d.language,
            "version": d.version,
            "issued_at": jsonable(d.issued_at),
            "issued_by": d.issued_by,
            "sha256": d.sha256,
            "size": d.size,
            "certificate_number": d.certificate_number,
            "reason": d.reason,
            "filename": d.filename,
        }
        for d in list_issued(db, case_id)
    ]
    person = get_candidate(db, case.candidate_id)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "created_at": datetime.now().isoformat(timespec="seconds"),
        "created_by": db.actor.display_name,
        "program": f"rpl-desktop {__version__}",
        "organisation": {"name": org.name, "org_number": org.org_number} if org else None,
        "case": {
            "number": case.number,
            "purpose": case.purpose.value,
            "status": case.status.value,
            "opened_on": jsonable(case.opened_on),
            "due_on": jsonable(case.due_on),
            "caseworker": case.caseworker,
            "their_reference": case.their_reference,
            "language": case.language or cand.language,
            "phases": {p.value: jsonable(d) for p, d in case.phase_dates.items()},
            "rule_profile": case.rule_profile_id,
            "document_only_override": case.document_only_override,
        },
        "candidate": {
            "name": person.full_name,
            "birth_date": jsonable(person.birth_date),
            "language": person.language,
        },
        "standard": {
            "uid": std.uid,
            "kind": std.kind.value,
            "code": std.code,
            "version": std.version,
            "title": std.title,
            "sample": std.sample,
        },
        "result": {
            "result": r.result.value,
            "met": [o.code for o in r.met],
            "partly_met": [o.code for o in r.partly],
            "missing": [o.code for o in r.missing],
            "not_assessed": r.not_assessed,
            "credits_recognised": str(r.credits_recognised),
            "credits_remaining": str(r.credits_remaining),
            "blockers": list(r.blockers),
        },
        "judgements": judgements,
        "evidence": evidence,
        "issued_documents": docs,
        "indicators_as_of": matrix.reference.isoformat(),
    }


_WORDS: dict[str, dict[str, str]] = {
    "title": {
        "nb": "Klagesak – sammendrag",
        "nn": "Klagesak – samandrag",
        "sv": "Överklagande – sammanfattning",
        "en": "Appeal – case summary",
    },
    "case": {"nb": "Sak", "nn": "Sak", "sv": "Ärende", "en": "Case"},
    "candidate": {"nb": "Kandidat", "nn": "Kandidat", "sv": "Kandidat", "en": "Candidate"},
    "born": {"nb": "født", "nn": "fødd", "sv": "född", "en": "born"},
    "purpose": {"nb": "Formål", "nn": "Føremål", "sv": "Syfte", "en": "Purpose"},
    "status": {"nb": "Status", "nn": "Status", "sv": "Status", "en": "Status"},
    "target": {"nb": "Mål", "nn": "Mål", "sv": "Mål", "en": "Target"},
    "opened": {"nb": "Opprettet", "nn": "Oppretta", "sv": "Öppnat", "en": "Opened"},
    "caseworker": {"nb": "Saksbehandler", "nn": "Sakshandsamar", "sv": "Handläggare", "en": "Caseworker"},
    "result": {"nb": "Resultat", "nn": "Resultat", "sv": "Resultat", "en": "Result"},
    "judgements": {
        "nb": "Vurdering per læringsutbytte / kompetansemål",
        "nn": "Vurdering per læringsutbyte / kompetansemål",
        "sv": "Bedömning per lärandemål",
        "en": "Judgement per outcome",
    },
    "methods": {"nb": "Metoder", "nn": "Metodar", "sv": "Metoder", "en": "Methods"},
    "reason": {"nb": "Begrunnelse", "nn": "Grunngiving", "sv": "Motivering", "en": "Reason"},
    "evidence": {"nb": "Dokumentasjon", "nn": "Dokumentasjon", "sv": "Underlag", "en": "Evidence"},
    "linked": {"nb": "brukt for", "nn": "brukt for", "sv": "använt för", "en": "used for"},
    "documents": {
        "nb": "Utstedte dokumenter",
        "nn": "Utferda dokument",
        "sv": "Utfärdade dokument",
        "en": "Issued documents",
    },
    "history": {"nb": "Sakshistorikk", "nn": "Sakshistorikk", "sv": "Ärendehistorik", "en": "Case history"},
    "no_history": {
        "nb": "Revisjonsloggen er ikke tilgjengelig i denne programversjonen.",
        "nn": "Revisjonsloggen er ikkje tilgjengeleg i denne programversjonen.",
        "sv": "Granskningsloggen finns inte i denna programversion.",
        "en": "The audit log is not available in this program version.",
    },
    "override": {
        "nb": "Vurdert på dokumentasjon alene, fordi",
        "nn": "Vurdert på dokumentasjon åleine, fordi",
        "sv": "Bedömt enbart på dokument, eftersom",
        "en": "Assessed on documents alone, because",
    },
    "none": {"nb": "ingen", "nn": "ingen", "sv": "inga", "en": "none"},
}


def _w(key: str, lang: str) -> str:
    return _WORDS[key].get(lang, _WORDS[key]["en"])


def summary_text(data: dict[str, Any], history: list[dict[str, Any]] | None, lang: str) -> str:
    """The readable summary of ``case.json``."""
    lang = lang if lang in ("nb", "nn", "sv", "en") else "en"
    c, p, s, r = data["case"], data["candidate"], data["standard"], data["result"]
    lines = [_w("title", lang), "=" * len(_w("title", lang)), ""]
    org = data.get("organisation") or {}
    if org:
        lines.append(f"{org.get('name', '')} ({org.get('org_number', '')})")
    born = f", {_w('born', lang)} {p['birth_date']}" if p.get("birth_date") else ""
    lines += [
        f"{_w('case', lang)}: {c['number']}",
        f"{_w('candidate', lang)}: {p['name']}{born}",
        f"{_w('purpose', lang)}: {c['purpose']}    {_w('status', lang)}: {c['status']}",
        f"{_w('target', lang)}: {s['code']} {s['title']} ({s['version']})",
        f"{_w('opened', lang)}: {c['opened_on']}    {_w('caseworker', lang)}: {c['caseworker'] or '-'}",
        f"{_w('result', lang)}: {r['result']} ({len(r['met'])} / {len(data['judgements'])})",
        "",
    ]
    if c.get("document_only_override"):
        lines += [f"{_w('override', lang)}: {c['document_only_override']}", ""]
    lines += [_w("judgements", lang), "-" * len(_w("judgements", lang))]
    for j in data["judgements"]:
        lines.append(f"{j['outcome_code']}  [{j['judgement']}]  {j['outcome_text']}")
        if j["methods"]:
            lines.append(f"    {_w('methods', lang)}: {', '.join(j['methods'])}")
        if j["reason"]:
            lines.append(f"    {_w('reason', lang)}: {j['reason']}")
        for e in j["evidence"]:
            lines.append(f"    - {e['label']}")
    lines += ["", _w("evidence", lang), "-" * len(_w("evidence", lang))]
    for e in data["evidence"]:
        used = f"  ({_w('linked', lang)} {', '.join(e['linked_to'])})" if e["linked_to"] else ""
        when = f"  {e['date']}" if e.get("date") else ""
        lines.append(f"- [{e['kind']}] {e['label']}{when}{used}")
    lines += ["", _w("documents", lang), "-" * len(_w("documents", lang))]
    for d in data["issued_documents"] or []:
        number = f"  nr. {d['certificate_number']}" if d.get("certificate_number") else ""
        lines.append(
            f"- {d['kind']} ({d['language']}) v{d['version']}  {d['issued_at']}  {d['issued_by']}{number}"
            f"  SHA-256 {d['sha256']}"
        )
        if d.get("reason"):
            lines.append(f"    {_w('reason', lang)}: {d['reason']}")
    if not data["issued_documents"]:
        lines.append(f"- {_w('none', lang)}")
    lines += ["", _w("history", lang), "-" * len(_w("history", lang))]
    if history is None:
        lines.append(_w("no_history", lang))
    else:
        for h in history:
            why = f" — {h['reason']}" if h.get("reason") else ""
            lines.append(f"{h['at']}  {h['by']}: {h['what']}{why}")
    return "\n".join(lines) + "\n"


def make_appeal_bundle(
    db: Database,
    case: int | str,
    out: Path,
    *,
    include_evidence_files: bool = False,
    passphrase: str | None = None,
) -> AppealResult:
    """Write the appeal bundle of ``case`` (an id or a case number) to ``out``."""
    from rpl_desktop.services.documents import find_case

    require_any_role(db.actor, "Making an appeal bundle")
    case_id = case if isinstance(case, int) else find_case(db, str(case))
    data = appeal_data(db, case_id)
    history, entries = _history(db, case_id)
    if history is not None:
        data["history"] = history
    bundle = BundleWriter()
    ids = [d["id"] for d in data["issued_documents"]]
    documents = 0
    if ids:
        with db.read() as s:
            stored = {
                i: (bytes(pdf), sidecar)
                for i, pdf, sidecar in s.execute(
                    select(
                        IssuedDocumentRecord.id, IssuedDocumentRecord.pdf, IssuedDocumentRecord.sidecar
                    ).where(IssuedDocumentRecord.id.in_(ids))
                )
            }
        for d in data["issued_documents"]:
            pdf, sidecar = stored.get(d["id"], (b"", "{}"))
            if not pdf or hashlib.sha256(pdf).hexdigest() != d["sha256"]:
                d["file"] = None
                d["file_missing"] = True
                continue
            d["file"] = bundle.add(bundle.unique("documents", d["filename"]), pdf)
            bundle.add(d["file"].removesuffix(".pdf") + ".json", sidecar)
            documents += 1
    files = 0
    if include_evidence_files:
        for e in data["evidence"]:
            if e["kind"] != "file" or "sha256" not in e:
                continue
            try:
                content = db.evidence.read_bytes(e["sha256"])
            except (OSError, RplError, ValueError):
                e["file"] = None
                e["file_missing"] = True
                continue
            e["file"] = bundle.add(bundle.unique("evidence", f"{e['id']}-{e['filename']}"), content)
            files += 1
    bundle.add_json("case.json", data)
    if entries is not None:
        bundle.add(
            "audit-entries.json", json.dumps(entries, ensure_ascii=False, indent=2, default=jsonable) + "\n"
        )
    bundle.add("summary.txt", summary_text(data, history, str(data["case"]["language"])))
    written = bundle.write(Path(out), passphrase=passphrase, kind=KIND)
    with db.read() as s:
        from rpl_desktop.store.records import CaseRecord

        candidate_id = s.scalar(select(CaseRecord.candidate_id).where(CaseRecord.id == case_id))
    log_action(
        db,
        "appeal_bundle",
        candidate_id,
        case_id=case_id,
        reason="appeal bundle",
        counts={"documents": documents, "evidence_files": files, "history": len(history or [])},
    )
    log.info("appeal bundle of case %s written: %d documents, %d evidence files", case_id, documents, files)
    return AppealResult(
        Path(out),
        str(data["case"]["number"]),
        documents,
        len(data["evidence"]),
        files,
        len(history or []),
        history is not None,
        written,
        bool(passphrase),
    )
