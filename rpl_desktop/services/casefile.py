"""Case files: one case as a JSON document, for ``assess``, ``case export`` and ``case import``.

The format (``"format": "rpl-desktop-case"``) is documented by ``resources/schemas/casefile.schema.json``.
It holds the candidate, the history (experiences, schooling, exams, courses, evidence files), the
target and the judgements. ``target.kind`` selects the evaluation:

* ``praksiskandidat``: the practice-time calculation (``target.trade`` and the praksis keys);
* ``standard``: the mapping of judgements to a catalogue standard, given inline (``target.standard``,
  in the catalogue's JSON form) or by ``target.uid`` from the bundled sample catalogue;
* ``branschmodell``: a Swedish branschmodell (inline ``target.model`` or ``target.code`` of a bundled
  sample) with ``component_results``, ``signoffs`` and the assessor's ``signature``.

Every problem raises ValidationError naming the JSON path (``judgements[3].outcome``).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any

from rpl_desktop.domain.bransch import BedomningSignature, ComponentResult, sum_documented_hours
from rpl_desktop.domain.bransch import evaluate as evaluate_bransch
from rpl_desktop.domain.catalogue import Catalogue, FagskoleEmne, Laerefag, Standard, Utdanning
from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.domain.mapping import (
    EvidenceItem,
    EvidenceKindRef,
    Judgement,
    Method,
    Outcome,
    OutcomeAssessment,
    evaluate,
    indicators,
)
from rpl_desktop.services.bransch_io import load_sample_models, parse_model
from rpl_desktop.services.catalogue_io import load_sample_catalogue, standard_from_json
from rpl_desktop.services.praksis_io import compute_from_json

FORMAT = "rpl-desktop-case"
FORMAT_VERSION = 1
TARGET_KINDS = ("praksiskandidat", "standard", "branschmodell")


def _obj(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ValidationError(where, "must be a JSON object ({ ... }).")
    return value


def _list(value: Any, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValidationError(where, "must be a JSON list ([ ... ]).")
    return value


def _str(value: Any, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()):
        raise ValidationError(where, "must be a non-empty text." if required else "must be a text.")
    return value


def _date(value: Any, where: str, *, required: bool = False) -> date | None:
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise ValidationError(where, "must be a date written as YYYY-MM-DD.")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(where, f"is not a real date: {value!r} (write YYYY-MM-DD).") from None


def _bool(value: Any, where: str) -> bool:
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValidationError(where, "must be true or false.")
    return value


def _number(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(where, "must be a number.")
    return Decimal(str(value))


# ----------------------------------------------------------------------------------------------------
# standards


@lru_cache(maxsize=1)
def _sample_catalogue() -> Catalogue:
    return load_sample_catalogue()


def _resolve_standard(target: dict[str, Any]) -> tuple[Standard, Catalogue]:
    if "standard" in target:
        std = standard_from_json(_obj(target["standard"], "target.standard"), "target.standard")
        return std, _sample_catalogue() if isinstance(std, Utdanning) else Catalogue()
    sample = _sample_catalogue()
    uid = _str(target.get("uid"), "target.uid", required=True)
    std = sample.get(uid) or sample.latest(uid)
    if std is None:
        raise ValidationError("target.uid", f"'{uid}' is not in the bundled catalogue; give the standard inline "
                              "as target.standard (catalogue JSON form).")
    return std, sample


def standard_outcomes(std: Standard, catalogue: Catalogue, lang: str = "nb") -> tuple[list[Outcome], dict[str, Decimal], Decimal | None]:
    """Outcomes (with their group) and credits, as the mapping rules need them."""
    if isinstance(std, Utdanning):
        outcomes: list[Outcome] = []
        credits: dict[str, Decimal] = {}
        for item in std.programme:
            credits[item.code] = item.studiepoeng
            emne = catalogue.latest(item.code)
            if emne is not None:
                outcomes += [Outcome(o.uid, o.code, o.text.get(lang), o.category, item.code)
                             for o in emne.sorted_outcomes()]
        return outcomes, credits, std.studiepoeng
    group = std.code if isinstance(std, FagskoleEmne) else ""
    outcomes = [Outcome(o.uid, o.code, o.text.get(lang), o.category, o.category if isinstance(std, Laerefag) else group)
                for o in std.sorted_outcomes()]
    if isinstance(std, FagskoleEmne):
        return outcomes, {std.code: std.studiepoeng}, std.studiepoeng
    return outcomes, {}, None


# ----------------------------------------------------------------------------------------------------
# evidence in a case file


def _evidence_items(data: dict[str, Any], reference: date) -> dict[tuple[str, str], EvidenceItem]:
    items: dict[tuple[str, str], EvidenceItem] = {}
    for i, exp in enumerate(_list(data.get("experiences"), "experiences")):
        where = f"experiences[{i}]"
        exp = _obj(exp, where)
        ref = str(exp.get("id", i))
        end = _date(exp.get("end"), f"{where}.end")
        confirmed = _bool(exp.get("third_party_confirmed"), f"{where}.third_party_confirmed")
        attest = _obj(exp.get("attest") or {}, f"{where}.attest")
        signed = bool(attest.get("signer_name") and attest.get("date"))
        items[("period", ref)] = EvidenceItem(EvidenceKindRef.PERIOD, i, _str(exp.get("employer"), f"{where}.employer"),
                                              end or reference, self_declared=not (confirmed or signed),
                                              authentic=signed)
    for i, exam in enumerate(_list(data.get("exams"), "exams")):
        exam = _obj(exam, f"exams[{i}]")
        items[("exam", str(exam.get("id", i)))] = EvidenceItem(
            EvidenceKindRef.EXAM, i, _str(exam.get("code"), f"exams[{i}].code"),
            _date(exam.get("date"), f"exams[{i}].date"), False, _bool(exam.get("passed"), f"exams[{i}].passed"))
    for i, course in enumerate(_list(data.get("courses"), "courses")):
        course = _obj(course, f"courses[{i}]")
        items[("course", str(course.get("id", i)))] = EvidenceItem(
            EvidenceKindRef.COURSE, i, _str(course.get("title"), f"courses[{i}].title"),
            _date(course.get("completed_on"), f"courses[{i}].completed_on"), False, False)
    for i, file in enumerate(_list(data.get("evidence"), "evidence")):
        file = _obj(file, f"evidence[{i}]")
        items[("file", str(file.get("id", i)))] = EvidenceItem(
            EvidenceKindRef.FILE, i, _str(file.get("filename"), f"evidence[{i}].filename"), None, False,
            _bool(file.get("verified"), f"evidence[{i}].verified"))
    return items


def _assess_standard(data: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    reference = _date(data.get("reference_date"), "reference_date") or date.today()
    currency = int(_number(data.get("currency_years", 5), "currency_years"))
    std, catalogue = _resolve_standard(target)
    lang = _str(data.get("language"), "language") or "nb"
    outcomes, group_credits, programme_credits = standard_outcomes(std, catalogue, lang)
    by_uid = {o.uid: OutcomeAssessment(o) for o in outcomes}
    by_code = {o.code: o.uid for o in outcomes if o.code}
    evidence = _evidence_items(data, reference)
    for i, j in enumerate(_list(data.get("judgements"), "judgements")):
        where = f"judgements[{i}]"
        j = _obj(j, where)
        key = _str(j.get("outcome"), f"{where}.outcome", required=True)
        uid = key if key in by_uid else by_code.get(key, "")
        if uid not in by_uid:
            raise ValidationError(f"{where}.outcome", f"'{key}' is not an outcome of {std.code} (give its uid or code).")
        a = by_uid[uid]
        try:
            a.judgement = Judgement(j.get("judgement", "not_assessed"))
        except ValueError:
            raise ValidationError(f"{where}.judgement", "must be met, partly_met, not_met or not_assessed.") from None
        for k, m in enumerate(_list(j.get("methods"), f"{where}.methods")):
            try:
                a.methods.add(Method(m))
            except ValueError:
                names = ", ".join(x.value for x in Method)
                raise ValidationError(f"{where}.methods[{k}]", f"must be one of {names}.") from None
        a.reason = _str(j.get("reason"), f"{where}.reason")
        a.notes = _str(j.get("notes"), f"{where}.notes")
        for k, ev in enumerate(_list(j.get("evidence"), f"{where}.evidence")):
            ev = _obj(ev, f"{where}.evidence[{k}]")
            ref = (_str(ev.get("kind"), f"{where}.evidence[{k}].kind", required=True), str(ev.get("id")))
            if ref not in evidence:
                raise ValidationError(f"{where}.evidence[{k}]", f"refers to {ref[0]} '{ref[1]}', which the case file does not hold.")
            a.evidence.append(evidence[ref])
    assessments = list(by_uid.values())
    result = evaluate(assessments, group_credits=group_credits, programme_credits=programme_credits,
                      document_only_override=_str(data.get("document_only_override"), "document_only_override"))

    def number(value: Decimal) -> int | float:
        return int(value) if value == value.to_integral_value() else float(value)

    return {
        "kind": "standard",
        "standard": {"uid": std.uid, "code": std.code, "version": std.version, "title": std.display_title(lang)},
        "result": result.result.value,
        "met": [o.code or o.uid for o in result.met],
        "partly_met": [o.code or o.uid for o in result.partly],
        "missing": [o.code or o.uid for o in result.missing],
        "not_assessed": result.not_assessed,
        "credits_recognised": number(result.credits_recognised),
        "credits_remaining": number(result.credits_remaining),
        "blockers": list(result.blockers),
        "outcomes": [
            {"uid": a.outcome.uid, "code": a.outcome.code, "judgement": a.judgement.value,
             "methods": sorted(m.value for m in a.methods),
             "indicators": {k: getattr(ind, k).value for k in ("current", "sufficient", "authentic", "valid")},
             "messages": list(ind.messages)}
            for a in assessments for ind in [indicators(a, reference, currency)]
        ],
    }


def _assess_bransch(data: dict[str, Any], target: dict[str, Any]) -> dict[str, Any]:
    if "model" in target:
        model = parse_model(target["model"], "target.model")
    else:
        code = _str(target.get("code"), "target.code", required=True)
        models = load_sample_models()
        if code not in models:
            raise ValidationError("target.code", f"'{code}' is not a bundled model ({', '.join(sorted(models))}); "
                                  "give the model inline as target.model.")
        model = models[code]
    results = []
    for i, r in enumerate(_list(data.get("component_results"), "component_results")):
        where = f"component_results[{i}]"
        r = _obj(r, where)
        attempt = r.get("attempt", 1)
        if not isinstance(attempt, int) or isinstance(attempt, bool) or attempt < 1:
            raise ValidationError(f"{where}.attempt", "must be a whole number from 1.")
        results.append(ComponentResult(
            component_id=_str(r.get("component"), f"{where}.component", required=True),
            date=_date(r.get("date"), f"{where}.date", required=True) or date.today(),
            attempt=attempt, score=_number(r.get("score"), f"{where}.score"),
            assessor_id=_str(r.get("assessor_id"), f"{where}.assessor_id"),
            provider=_str(r.get("provider"), f"{where}.provider"),
            accreditation_id=_str(r.get("accreditation_id"), f"{where}.accreditation_id"),
        ))
        if model.component(results[-1].component_id) is None:
            raise ValidationError(f"{where}.component", f"'{results[-1].component_id}' is not a component of {model.code}.")
    hours: dict[str, Decimal] = {}
    reference = _date(data.get("reference_date"), "reference_date") or date.today()
    for trade, value in _obj(data.get("documented_hours") or {}, "documented_hours").items():
        hours[trade] = _number(value, f"documented_hours.{trade}")
    tagged = [(_date(e.get("start"), f"experiences[{i}].start", required=True), _date(e.get("end"), f"experiences[{i}].end"),
               e.get("fte_percent", 100), e.get("trade"))
              for i, e in enumerate(_list(data.get("experiences"), "experiences")) if isinstance(e, dict) and e.get("trade")]
    for trade in {t[3] for t in tagged}:
        hours.setdefault(trade, sum_documented_hours(tagged, trade, reference_date=reference))
    signoffs = [_str(s, f"signoffs[{i}]", required=True) for i, s in enumerate(_list(data.get("signoffs"), "signoffs"))]
    signature = None
    if data.get("signature") is not None:
        sig = _obj(data["signature"], "signature")
        signature = BedomningSignature(_str(sig.get("assessor_id"), "signature.assessor_id", required=True),
                                       _date(sig.get("date"), "signature.date", required=True) or reference)
    ev = evaluate_bransch(model, results, hours, signoffs, signature)
    lang = "en" if _str(data.get("language"), "language") == "en" else "sv"
    return {
        "kind": "branschmodell",
        "model": {"uid": model.uid, "code": model.code, "version": model.version},
        "outcome": ev.outcome.value,
        "document": ev.document.value,
        "passed_modules": list(ev.passed_modules),
        "missing_modules": list(ev.missing_modules),
        "can_issue": ev.can_issue,
        "issue_blockers": [getattr(line, lang) for line in ev.issue_blockers],
        "explanation": [getattr(line, lang) for line in ev.lines],
        "remaining": [getattr(line, lang) for line in ev.remaining],
        "documented_hours": {k: float(v) for k, v in hours.items()},
    }


def assess_casefile(data: Any) -> dict[str, Any]:
    """Evaluate a parsed case file and return the result as a JSON-ready dict."""
    data = _obj(data, "(top level)")
    fmt = data.get("format")
    if fmt is not None and fmt != FORMAT:
        raise ValidationError("format", f"must be \"{FORMAT}\" (or left out), not {fmt!r}.")
    version = data.get("format_version", FORMAT_VERSION)
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise ValidationError("format_version", "the file was written by a newer rpl-desktop; update the program.")
    target = _obj(data.get("target"), "target")
    kind = target.get("kind")
    if kind == "praksiskandidat":
        return compute_from_json(data)
    if kind == "standard":
        return _assess_standard(data, target)
    if kind == "branschmodell":
        return _assess_bransch(data, target)
    raise ValidationError("target.kind", f"{kind!r} is not a target kind; use one of: {', '.join(TARGET_KINDS)}.")


__all__ = ["FORMAT", "FORMAT_VERSION", "ImportFileError", "assess_casefile", "standard_outcomes"]
