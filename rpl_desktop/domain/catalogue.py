"""The catalogue of standards: fagskole emner and utdanninger, lærefag, admission requirements.

A *standard* is one version of something a candidate is assessed against. Every standard has a stable
``uid`` (one version of one standard), a ``code`` shared by its versions, owner, source, valid-from
date and a title in several languages, and a list of *outcomes* (læringsutbytte, kompetansemål,
Swedish kunskaper/färdigheter/ansvar och självständighet), each with its own stable uid: a Grep
``uri`` for Udir kompetansemål, an ESCO URI, or a local URN ``urn:rpl:outcome:<standard>:<n>``.

Rules (``docs/domain-norway.md`` §3, §6 item 17; ``docs/domain-sweden-denmark-eu.md`` §3, §6(a)):

* Fagskole credits are *studiepoeng* (60 = one year full time; not ECTS). NKR level 5 only: under
  60 sp normally **5.1**, exactly 60 either 5.1 or 5.2 (the school decides), over 60 **5.2**; both
  are EQF 5. A level 5.2 below 60 sp (an emne of a longer programme) needs a recorded reason.
* Degree names (fagskoleforskriften § 41): **Fagskolegrad** for 60–90 sp, **Høyere fagskolegrad** for
  at least 120 sp.
* Fagskole admission on realkompetanse (fagskoleloven § 16): age **23 or older in the admission year**
  (turning 23 during that calendar year is enough); 19 for NOKUT-approved art programmes; never for a
  programme whose admission requires an authorisation, yrkesgodkjenning or certificate.

Outcome categories: ``kunnskap | ferdigheter | generell_kompetanse`` for fagskole standards and
admission, the key of one of the lærefag's kompetansemål *areas* for a lærefag, and
``kunskap | fardighet | ansvar_och_sjalvstandighet`` for a Swedish branschmodell (whose own class
lives in ``bransch.py``; any :class:`Standard` subclass fits in a :class:`Catalogue`).

Everything here is immutable: an importer builds a complete new :class:`Catalogue` or raises, and
``Catalogue.replace`` returns a new catalogue. Bad values raise :class:`ValidationError` whose
``field`` is the path inside the object (``outcomes[3].category``); the importers prefix it with
their own path.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from fractions import Fraction
from typing import Any

from rpl_desktop.domain.errors import ValidationError
from rpl_desktop.domain.praksis import Trade

# ----------------------------------------------------------------------------------------------------
# languages

LANGUAGES: tuple[str, ...] = ("nb", "nn", "en", "sv", "se", "da")
"""Bokmål, nynorsk, English, Swedish, Northern Sami, Danish."""

FALLBACKS: dict[str, tuple[str, ...]] = {
    "nb": ("nb", "nn", "da", "sv", "en", "se"),
    "nn": ("nn", "nb", "da", "sv", "en", "se"),
    "se": ("se", "nb", "nn", "sv", "en", "da"),
    "sv": ("sv", "da", "nb", "nn", "en", "se"),
    "da": ("da", "nb", "sv", "nn", "en", "se"),
    "en": ("en", "nb", "sv", "da", "nn", "se"),
}


class LocalText:
    """A text in several languages: ``LocalText({"nb": "...", "en": "..."})`` or ``LocalText(nb="...")``.

    Keys are the codes of :data:`LANGUAGES`; values are non-empty strings. Immutable and hashable.
    """

    __slots__ = ("_texts",)
    _texts: dict[str, str]

    def __init__(self, texts: Mapping[str, str] | None = None, /, **more: str) -> None:
        given: dict[str, str] = {}
        for source in (texts or {}, more):
            if not isinstance(source, Mapping):
                raise ValidationError("", "must be an object of language code → text")
            for lang, text in source.items():
                if lang not in LANGUAGES:
                    raise ValidationError(
                        str(lang), f"{lang!r} is not a language of this program ({', '.join(LANGUAGES)})"
                    )
                if not isinstance(text, str) or not text.strip():
                    raise ValidationError(lang, "must be a non-empty text")
                given[lang] = text
        object.__setattr__(self, "_texts", {lang: given[lang] for lang in LANGUAGES if lang in given})

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("LocalText is immutable")

    def get(self, lang: str, fallback: Sequence[str] | None = None) -> str:
        """The text in ``lang``, else in the first language of ``fallback`` that has one, else any text."""
        order = (lang, *(fallback if fallback is not None else FALLBACKS.get(lang, LANGUAGES)))
        for code in order:
            if code in self._texts:
                return self._texts[code]
        return next(iter(self._texts.values()), "")

    def exact(self, lang: str) -> str | None:
        """The text in exactly ``lang`` (no fallback)."""
        return self._texts.get(lang)

    def with_text(self, lang: str, text: str | None) -> LocalText:
        """A copy with ``lang`` set (or removed when ``text`` is None or empty)."""
        texts = dict(self._texts)
        if text:
            texts[lang] = text
        else:
            texts.pop(lang, None)
        return LocalText(texts)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(self._texts)

    def as_dict(self) -> dict[str, str]:
        return dict(self._texts)

    def items(self) -> Iterator[tuple[str, str]]:
        return iter(self._texts.items())

    def __contains__(self, lang: object) -> bool:
        return lang in self._texts

    def __bool__(self) -> bool:
        return bool(self._texts)

    def __len__(self) -> int:
        return len(self._texts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LocalText) and self._texts == other._texts

    def __hash__(self) -> int:
        return hash(tuple(self._texts.items()))

    def __repr__(self) -> str:
        return f"LocalText({self._texts!r})"


def _local_text(value: object, where: str) -> LocalText:
    if isinstance(value, LocalText):
        return value
    if isinstance(value, Mapping):
        try:
            return LocalText(value)
        except ValidationError as e:
            raise _nest(e, where) from None
    raise ValidationError(where, "must be a text per language (LocalText)")


# ----------------------------------------------------------------------------------------------------
# helpers


def _nest(error: ValidationError, prefix: str) -> ValidationError:
    """The same error with ``prefix`` before its field (``outcomes[2]`` + ``text.nb``)."""
    if not prefix:
        return error
    if not error.field:
        return ValidationError(prefix, error.detail)
    sep = "" if error.field.startswith("[") else "."
    return ValidationError(f"{prefix}{sep}{error.field}", error.detail)


def to_decimal(value: object, where: str) -> Decimal:
    """An exact decimal from a Decimal, int, Fraction, float (via its shortest repr) or numeric string."""
    if isinstance(value, bool):
        raise ValidationError(where, f"must be a number, not {value!r}")
    try:
        if isinstance(value, Decimal):
            result = value
        elif isinstance(value, int):
            result = Decimal(value)
        elif isinstance(value, float):
            result = Decimal(repr(value))
        elif isinstance(value, Fraction):
            result = Decimal(value.numerator) / Decimal(value.denominator)
        elif isinstance(value, str):
            result = Decimal(value.strip())
        else:
            raise ValidationError(where, f"must be a number, not {type(value).__name__}")
    except (InvalidOperation, ValueError):
        raise ValidationError(where, f"must be a number, not {value!r}") from None
    if not result.is_finite():
        raise ValidationError(where, f"must be a finite number, not {value!r}")
    return result


def _text(value: object, where: str, *, required: bool = True) -> str:
    if not isinstance(value, str):
        raise ValidationError(where, f"must be a text, not {type(value).__name__}")
    if required and not value.strip():
        raise ValidationError(where, "must not be empty")
    return value


def _texts(values: object, where: str) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise ValidationError(where, "must be a list of texts")
    return tuple(_text(v, f"{where}[{i}]") for i, v in enumerate(values))


def _whole(value: object, where: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValidationError(where, f"must be a whole number, not {value!r}")
    if value < minimum:
        raise ValidationError(where, f"must be {minimum} or more, not {value}")
    return value


_VERSION_PART = re.compile(r"\d+|[^\d]+")


def version_key(version: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key for versions: numbers compare as numbers (``"2" < "10"``, ``"2024-08" < "2025-01"``)."""
    parts = []
    for token in _VERSION_PART.findall(version):
        if token.isdigit():
            parts.append((1, int(token), ""))
        elif token.strip(".-_ "):
            parts.append((0, 0, token.casefold()))
    return tuple(parts)


# ----------------------------------------------------------------------------------------------------
# Grep provenance


@dataclass(frozen=True)
class GrepRef:
    """Where an outcome, area or lærefag came from in Udir's Grep, kept so that an export loses nothing.

    ``source_json`` is the Grep object as it was imported (a full document, or the reference to it
    that a list carried), written as JSON text so that it stays immutable. An export starts from it and
    writes the current texts, order and lists over it, so every id, uri, url-data, relation and
    explanation survives. ``default_lang`` tells which of our languages Grep's ``default`` text is in
    (``""`` when the default text could not be given a language and is kept as it was).
    """

    source_json: str
    default_lang: str = ""

    def __post_init__(self) -> None:
        if self.default_lang and self.default_lang not in LANGUAGES:
            raise ValidationError(
                "default_lang", f"{self.default_lang!r} is not one of {', '.join(LANGUAGES)}"
            )
        try:
            source = json.loads(self.source_json)
        except ValueError:
            raise ValidationError("source", "must be JSON text") from None
        if not isinstance(source, dict):
            raise ValidationError("source", "must be a JSON object")

    @classmethod
    def from_source(cls, source: Mapping[str, Any], default_lang: str = "") -> GrepRef:
        """From a parsed Grep object (plain JSON values only: no Decimal, NaN or infinity)."""
        try:
            text = json.dumps(source, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        except (TypeError, ValueError) as e:
            raise ValidationError("source", f"cannot be kept as JSON ({e})") from None
        return cls(text, default_lang)

    @property
    def source(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.source_json)
        return value

    def _str(self, key: str) -> str:
        value = self.source.get(key)
        return value if isinstance(value, str) else ""

    @property
    def kode(self) -> str:
        return self._str("kode")

    @property
    def uri(self) -> str:
        return self._str("uri")

    @property
    def url_data(self) -> str:
        """Where the full document can be fetched for enrichment."""
        return self._str("url-data")

    @property
    def grep_id(self) -> str:
        return self._str("id")

    @property
    def grep_type(self) -> str:
        return self._str("grep-type")

    @property
    def is_reference(self) -> bool:
        """True when only a list's reference is known (title as one plain string, no other texts)."""
        return not isinstance(self.source.get("tittel"), Mapping)


# ----------------------------------------------------------------------------------------------------
# outcomes and standards


class StandardKind(StrEnum):
    FAGSKOLE_EMNE = "fagskole_emne"
    UTDANNING = "utdanning"
    LAEREFAG = "laerefag"
    ADMISSION = "admission"
    BRANSCHMODELL = "branschmodell"


NKR_CATEGORIES: tuple[str, ...] = ("kunnskap", "ferdigheter", "generell_kompetanse")
SEQF_CATEGORIES: tuple[str, ...] = ("kunskap", "fardighet", "ansvar_och_sjalvstandighet")
NKR_LEVELS: tuple[str, ...] = ("5.1", "5.2")
FAGSKOLE_EQF_LEVEL = 5
YEAR_STUDIEPOENG = Decimal(60)


@dataclass(frozen=True, kw_only=True)
class Outcome:
    """One learning outcome / kompetansemål of a standard."""

    uid: str
    text: LocalText
    category: str
    code: str = ""
    order: int = 0
    grep: GrepRef | None = None

    def __post_init__(self) -> None:
        _text(self.uid, "uid")
        if self.uid != self.uid.strip():
            raise ValidationError("uid", "must not begin or end with spaces")
        _text(self.code, "code", required=False)
        object.__setattr__(self, "text", _local_text(self.text, "text"))
        if not self.text:
            raise ValidationError("text", "needs a text in at least one language")
        _text(self.category, "category")
        _whole(self.order, "order")


@dataclass(frozen=True, kw_only=True)
class Standard:
    """What every standard has. Used as it is for kinds without their own class (branschmodell until
    ``bransch.py`` provides one)."""

    uid: str
    kind: StandardKind
    code: str
    version: str
    title: LocalText
    valid_from: date | None = None
    owner: str = ""
    source: str = ""  # URL or reference of the text the standard was taken from
    sample: bool = False  # written by the project for demonstration; not an official text
    outcomes: tuple[Outcome, ...] = ()

    def __post_init__(self) -> None:
        for name in ("uid", "code", "version"):
            value = _text(getattr(self, name), name)
            if value != value.strip():
                raise ValidationError(name, "must not begin or end with spaces")
        try:
            object.__setattr__(self, "kind", StandardKind(self.kind))
        except ValueError:
            kinds = ", ".join(k.value for k in StandardKind)
            raise ValidationError("kind", f"{self.kind!r} is not a kind of standard ({kinds})") from None
        object.__setattr__(self, "title", _local_text(self.title, "title"))
        if not self.title:
            raise ValidationError("title", "needs a title in at least one language")
        if self.valid_from is not None and not isinstance(self.valid_from, date):
            raise ValidationError("valid_from", "must be a date")
        _text(self.owner, "owner", required=False)
        _text(self.source, "source", required=False)
        if not isinstance(self.sample, bool):
            raise ValidationError("sample", "must be true or false")
        object.__setattr__(self, "outcomes", tuple(self.outcomes))
        seen: dict[str, int] = {}
        for i, outcome in enumerate(self.outcomes):
            if not isinstance(outcome, Outcome):
                raise ValidationError(f"outcomes[{i}]", "must be an Outcome")
            if outcome.uid in seen:
                raise ValidationError(
                    f"outcomes[{i}].uid",
                    f"duplicate outcome uid {outcome.uid!r} (also outcomes[{seen[outcome.uid]}]); "
                    "give every outcome of a standard its own uid",
                )
            seen[outcome.uid] = i
            problem = self.category_problem(outcome.category)
            if problem:
                raise ValidationError(f"outcomes[{i}].category", problem)

    def allowed_categories(self) -> tuple[str, ...] | None:
        """The outcome categories of this kind, or None when any non-empty name is allowed."""
        if self.kind in (StandardKind.FAGSKOLE_EMNE, StandardKind.UTDANNING, StandardKind.ADMISSION):
            return NKR_CATEGORIES
        if self.kind == StandardKind.BRANSCHMODELL:
            return SEQF_CATEGORIES
        return None

    def category_problem(self, category: str) -> str | None:
        """Why ``category`` cannot be an outcome category of this standard, or None."""
        allowed = self.allowed_categories()
        if allowed is not None and category not in allowed:
            return f"{category!r} is not a category of a {self.kind.value} ({', '.join(allowed)})"
        return None

    def outcome(self, uid: str) -> Outcome | None:
        return next((o for o in self.outcomes if o.uid == uid), None)

    def sorted_outcomes(self) -> tuple[Outcome, ...]:
        return tuple(sorted(self.outcomes, key=lambda o: o.order))

    def outcomes_by_category(self) -> dict[str, tuple[Outcome, ...]]:
        """Category → its outcomes by ``order``; categories in their standard order, then as they come."""
        ordered = list(self.allowed_categories() or ())
        for o in self.outcomes:
            if o.category not in ordered:
                ordered.append(o.category)
        groups = {c: tuple(o for o in self.sorted_outcomes() if o.category == c) for c in ordered}
        return {c: os for c, os in groups.items() if os}

    def display_title(self, lang: str = "nb") -> str:
        return self.title.get(lang)


def nkr_level_for(studiepoeng: Decimal) -> str:
    """The usual NKR level: 5.1 up to and including 60 sp, 5.2 above."""
    return "5.2" if studiepoeng > YEAR_STUDIEPOENG else "5.1"


def nkr_level_problem(studiepoeng: Decimal, level: str, reason: str = "") -> str | None:
    """Why ``level`` does not fit ``studiepoeng`` (NOKUT 4.14), or None."""
    if level not in NKR_LEVELS:
        return f"{level!r} is not a fagskole level; use 5.1 or 5.2"
    if studiepoeng > YEAR_STUDIEPOENG and level == "5.1":
        return (
            f"{studiepoeng} studiepoeng is more than 60, which is level 5.2; "
            "set nkr_level to 5.2 or correct the studiepoeng"
        )
    if studiepoeng < YEAR_STUDIEPOENG and level == "5.2" and not reason.strip():
        return (
            f"{studiepoeng} studiepoeng is under 60, which is normally level 5.1; set nkr_level to "
            "5.1, or give nkr_level_reason (e.g. the emne belongs to a programme above 60 sp)"
        )
    return None


def _fagskole_numbers(obj: FagskoleEmne | Utdanning) -> None:
    sp = to_decimal(obj.studiepoeng, "studiepoeng")
    if sp <= 0:
        raise ValidationError("studiepoeng", f"must be more than 0, not {sp}")
    object.__setattr__(obj, "studiepoeng", sp)
    _text(obj.nkr_level_reason, "nkr_level_reason", required=False)
    if not obj.nkr_level:
        object.__setattr__(obj, "nkr_level", nkr_level_for(sp))
    problem = nkr_level_problem(sp, obj.nkr_level, obj.nkr_level_reason)
    if problem:
        raise ValidationError("nkr_level", problem)


@dataclass(frozen=True, kw_only=True)
class FagskoleEmne(Standard):
    """A fagskole emne (module): studiepoeng, NKR level and K/F/GK outcomes.

    ``nkr_level`` left empty is derived from the studiepoeng (5.1 up to 60, 5.2 above).
    """

    kind: StandardKind = StandardKind.FAGSKOLE_EMNE
    studiepoeng: Decimal
    nkr_level: str = ""
    nkr_level_reason: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.kind != StandardKind.FAGSKOLE_EMNE:
            raise ValidationError("kind", "a FagskoleEmne has kind fagskole_emne")
        _fagskole_numbers(self)

    @property
    def eqf_level(self) -> int:
        return FAGSKOLE_EQF_LEVEL


@dataclass(frozen=True)
class ProgrammeItem:
    """One emne of an utdanning, with its credits (checked against the emne in the catalogue)."""

    code: str
    studiepoeng: Decimal

    def __post_init__(self) -> None:
        _text(self.code, "code")
        sp = to_decimal(self.studiepoeng, "studiepoeng")
        if sp <= 0:
            raise ValidationError("studiepoeng", f"must be more than 0, not {sp}")
        object.__setattr__(self, "studiepoeng", sp)


@dataclass(frozen=True)
class Remaining:
    """What is left of an utdanning once some emner are recognised."""

    recognised: tuple[ProgrammeItem, ...]
    remaining: tuple[ProgrammeItem, ...]
    not_in_programme: tuple[str, ...]  # recognised codes the programme does not contain

    @property
    def recognised_studiepoeng(self) -> Decimal:
        return sum((i.studiepoeng for i in self.recognised), Decimal(0))

    @property
    def remaining_studiepoeng(self) -> Decimal:
        return sum((i.studiepoeng for i in self.remaining), Decimal(0))


def degree_name(studiepoeng: Decimal) -> str | None:
    """Fagskoleforskriften § 41: Fagskolegrad for 60–90 sp, Høyere fagskolegrad from 120 sp."""
    if studiepoeng >= 120:
        return "Høyere fagskolegrad"
    if 60 <= studiepoeng <= 90:
        return "Fagskolegrad"
    return None


@dataclass(frozen=True, kw_only=True)
class Utdanning(Standard):
    """A fagskole utdanning (programme) made of emner; ``studiepoeng`` must equal their sum."""

    kind: StandardKind = StandardKind.UTDANNING
    studiepoeng: Decimal
    programme: tuple[ProgrammeItem, ...]
    nkr_level: str = ""
    nkr_level_reason: str = ""

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.kind != StandardKind.UTDANNING:
            raise ValidationError("kind", "an Utdanning has kind utdanning")
        object.__setattr__(self, "programme", tuple(self.programme))
        if not self.programme:
            raise ValidationError("programme", "must list at least one emne")
        seen: set[str] = set()
        for i, item in enumerate(self.programme):
            if not isinstance(item, ProgrammeItem):
                raise ValidationError(f"programme[{i}]", "must be a ProgrammeItem")
            if item.code in seen:
                raise ValidationError(f"programme[{i}].code", f"emne {item.code!r} is listed twice")
            seen.add(item.code)
        _fagskole_numbers(self)
        total = sum((i.studiepoeng for i in self.programme), Decimal(0))
        if total != self.studiepoeng:
            raise ValidationError(
                "studiepoeng",
                f"is {self.studiepoeng}, but the emner in programme add up to {total}; "
                "correct the total or the emner",
            )

    @property
    def eqf_level(self) -> int:
        return FAGSKOLE_EQF_LEVEL

    @property
    def emne_codes(self) -> tuple[str, ...]:
        return tuple(i.code for i in self.programme)

    @property
    def degree(self) -> str | None:
        return degree_name(self.studiepoeng)

    def remaining_after(self, recognised_codes: Iterable[str]) -> Remaining:
        """Emner and credits left once the emner ``recognised_codes`` are godskrevet or fritatt."""
        codes = list(dict.fromkeys(recognised_codes))
        inside = set(self.emne_codes)
        return Remaining(
            recognised=tuple(i for i in self.programme if i.code in codes),
            remaining=tuple(i for i in self.programme if i.code not in codes),
            not_in_programme=tuple(c for c in codes if c not in inside),
        )


@dataclass(frozen=True, kw_only=True)
class Area:
    """A group of a lærefag's kompetansemål (a Grep kompetansemålsett, or a hovedområde)."""

    key: str  # what outcomes carry as their category (the Grep set's kode for imported sets)
    title: LocalText
    order: int = 0
    grep: GrepRef | None = None

    def __post_init__(self) -> None:
        _text(self.key, "key")
        object.__setattr__(self, "title", _local_text(self.title, "title"))
        if not self.title:
            raise ValidationError("title", "needs a title in at least one language")
        _whole(self.order, "order")


@dataclass(frozen=True, kw_only=True)
class Laerefag(Standard):
    """A lærefag: Udir læreplan, Vg3 kompetansemål by area, læretid and praksis requirement.

    ``code`` is the trade's id in this program (``TMF3``, the same as the praksis calculator's
    trades); ``laereplan_code`` is Udir's læreplan code (``TMF03-02``); ``programme_area_code`` the
    Vg3 programområde (``BATMF3----``). Hours and læretid are None when unknown (a lærefag imported
    from Grep alone).
    """

    kind: StandardKind = StandardKind.LAEREFAG
    laereplan_code: str = ""
    laereplan_title: LocalText = field(default_factory=LocalText)
    programme_area_code: str = ""
    utdanningsprogram: str = ""
    vg1_programme: str = ""
    vg2_programme: str = ""
    laeretid_years: Decimal | None = None
    required_praksis_hours: Decimal | None = None
    theory_exam_codes: tuple[str, ...] = ()
    extra_certificates: tuple[str, ...] = ()
    areas: tuple[Area, ...] = ()
    grep: GrepRef | None = None

    def __post_init__(self) -> None:
        if self.kind != StandardKind.LAEREFAG:
            raise ValidationError("kind", "a Laerefag has kind laerefag")
        object.__setattr__(self, "areas", tuple(self.areas))
        keys: dict[str, int] = {}
        for i, area in enumerate(self.areas):
            if not isinstance(area, Area):
                raise ValidationError(f"areas[{i}]", "must be an Area")
            if area.key in keys:
                raise ValidationError(f"areas[{i}].key", f"area {area.key!r} is listed twice")
            keys[area.key] = i
        super().__post_init__()
        for name in (
            "laereplan_code",
            "programme_area_code",
            "utdanningsprogram",
            "vg1_programme",
            "vg2_programme",
        ):
            _text(getattr(self, name), name, required=False)
        object.__setattr__(self, "laereplan_title", _local_text(self.laereplan_title, "laereplan_title"))
        for name, most in (("laeretid_years", Decimal(10)), ("required_praksis_hours", Decimal(100_000))):
            value = getattr(self, name)
            if value is not None:
                number = to_decimal(value, name)
                if not 0 < number <= most:
                    raise ValidationError(name, f"must be more than 0 and at most {most}, not {number}")
                object.__setattr__(self, name, number)
        object.__setattr__(self, "theory_exam_codes", _texts(self.theory_exam_codes, "theory_exam_codes"))
        object.__setattr__(self, "extra_certificates", _texts(self.extra_certificates, "extra_certificates"))

    def category_problem(self, category: str) -> str | None:
        if self.areas and category not in {a.key for a in self.areas}:
            keys = ", ".join(a.key for a in self.areas)
            return (
                f"{category!r} is not one of the lærefag's areas ({keys}); add the area or fix the category"
            )
        return None

    def area(self, key: str) -> Area | None:
        return next((a for a in self.areas if a.key == key), None)

    def sorted_areas(self) -> tuple[Area, ...]:
        return tuple(sorted(self.areas, key=lambda a: a.order))

    def outcomes_by_area(self) -> list[tuple[Area, tuple[Outcome, ...]]]:
        """Areas by ``order`` with their kompetansemål by ``order``."""
        return [
            (a, tuple(o for o in self.sorted_outcomes() if o.category == a.key)) for a in self.sorted_areas()
        ]

    def to_trade(self) -> Trade:
        """The praksis calculator's view of this lærefag; needs hours and læretid."""
        if self.required_praksis_hours is None or self.laeretid_years is None:
            missing = "required_praksis_hours" if self.required_praksis_hours is None else "laeretid_years"
            raise ValidationError(
                missing, f"lærefag {self.code} has no {missing}; the praksis calculator needs it"
            )
        return Trade(
            code=self.code,
            title=self.title.get("nb"),
            required_hours=Fraction(self.required_praksis_hours),
            laeretid_years=Fraction(self.laeretid_years),
            theory_exam_codes=self.theory_exam_codes,
            extra_certificates=self.extra_certificates,
            programme_code=self.utdanningsprogram,
            vg1_code=self.vg1_programme,
            vg2_code=self.vg2_programme,
            vg3_code=self.programme_area_code,
        )


ADULT_ADMISSION_AGE = 23
ART_ADMISSION_AGE = 19


@dataclass(frozen=True, kw_only=True)
class AdmissionRequirement(Standard):
    """Fagskole admission on realkompetanse for one programme, and the outcomes assessed for it."""

    kind: StandardKind = StandardKind.ADMISSION
    programme_code: str = ""  # an utdanning in the catalogue, or a programme known only by title
    programme_title: LocalText = field(default_factory=LocalText)
    min_age: int = ADULT_ADMISSION_AGE
    approved_art_programme: bool = False  # NOKUT-approved art programme with opptaksprøve (19 years)
    requires_authorisation: bool = False  # admission needs an authorisation/yrkesgodkjenning/certificate
    legal_reference: str = "fagskoleloven § 16"

    def __post_init__(self) -> None:
        super().__post_init__()
        if self.kind != StandardKind.ADMISSION:
            raise ValidationError("kind", "an AdmissionRequirement has kind admission")
        _text(self.programme_code, "programme_code", required=False)
        object.__setattr__(self, "programme_title", _local_text(self.programme_title, "programme_title"))
        _text(self.legal_reference, "legal_reference", required=False)
        for name in ("approved_art_programme", "requires_authorisation"):
            if not isinstance(getattr(self, name), bool):
                raise ValidationError(name, "must be true or false")
        _whole(self.min_age, "min_age")
        allowed = {ADULT_ADMISSION_AGE} | ({ART_ADMISSION_AGE} if self.approved_art_programme else set())
        if self.min_age not in allowed:
            raise ValidationError(
                "min_age",
                f"must be {ADULT_ADMISSION_AGE} (fagskoleloven § 16), or {ART_ADMISSION_AGE} for a "
                f"NOKUT-approved art programme (set approved_art_programme), not {self.min_age}",
            )


def check_admission_age(
    birth_date: date, admission_year: int, requirement: AdmissionRequirement
) -> tuple[bool, str]:
    """Whether a person may be admitted on realkompetanse by age, with the reason in plain words.

    The age counts *in the admission year*: someone born on 31 December 2002 turns 23 during 2025 and
    may be admitted in 2025. A programme that requires an authorisation never admits on realkompetanse.
    """
    if requirement.requires_authorisation:
        return False, (
            "Admission on realkompetanse is not available for this programme: its admission requires an "
            "authorisation, yrkesgodkjenning or certificate (Samordna opptak)."
        )
    age = admission_year - birth_date.year
    need = requirement.min_age
    rule = f"{need} or older in the admission year ({requirement.legal_reference})"
    if age >= need:
        return True, f"Turns {age} in {admission_year}: meets the age rule, {rule}."
    return False, (
        f"Turns {age} in {admission_year}: too young for admission on realkompetanse, which needs {rule}; "
        f"possible from {birth_date.year + need}."
    )


# ----------------------------------------------------------------------------------------------------
# the catalogue


class Catalogue:
    """An immutable collection of standards, any :class:`Standard` subclass.

    Checks on construction: unique uids, unique (code, version), and every utdanning's emner exist
    as fagskole emner with the same studiepoeng (the latest version of each code).
    """

    __slots__ = ("_by_uid", "_standards", "note", "sample")
    _standards: tuple[Standard, ...]
    _by_uid: dict[str, Standard]
    sample: bool
    note: str

    def __init__(self, standards: Iterable[Standard] = (), *, sample: bool = False, note: str = "") -> None:
        items = tuple(standards)
        by_uid: dict[str, int] = {}
        by_code: dict[tuple[str, str], int] = {}
        for i, std in enumerate(items):
            if not isinstance(std, Standard):
                raise ValidationError(f"standards[{i}]", "must be a Standard")
            if std.uid in by_uid:
                raise ValidationError(
                    f"standards[{i}].uid",
                    f"duplicate uid {std.uid!r} (also standards[{by_uid[std.uid]}]); every standard "
                    "version needs its own uid",
                )
            by_uid[std.uid] = i
            key = (std.code, std.version)
            if key in by_code:
                raise ValidationError(
                    f"standards[{i}].version",
                    f"{std.code} version {std.version} appears twice (also standards[{by_code[key]}]); "
                    "give the newer one a new version",
                )
            by_code[key] = i
        object.__setattr__(self, "_standards", items)
        object.__setattr__(self, "_by_uid", {s.uid: s for s in items})
        object.__setattr__(self, "sample", bool(sample))
        object.__setattr__(self, "note", str(note))
        for i, std in enumerate(items):
            if isinstance(std, Utdanning):
                self._check_programme(std, f"standards[{i}]")

    def _check_programme(self, utdanning: Utdanning, where: str) -> None:
        for j, item in enumerate(utdanning.programme):
            emne = self.latest(item.code)
            if emne is None:
                raise ValidationError(
                    f"{where}.programme[{j}].code",
                    f"emne {item.code!r} is not in the catalogue; add the emne or remove it from the "
                    "programme",
                )
            if not isinstance(emne, FagskoleEmne):
                raise ValidationError(
                    f"{where}.programme[{j}].code",
                    f"{item.code!r} is a {emne.kind.value}, not a fagskole emne",
                )
            if emne.studiepoeng != item.studiepoeng:
                raise ValidationError(
                    f"{where}.programme[{j}].studiepoeng",
                    f"is {item.studiepoeng}, but emne {item.code} has {emne.studiepoeng} studiepoeng",
                )

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Catalogue is immutable; use replace() or without()")

    @property
    def standards(self) -> tuple[Standard, ...]:
        return self._standards

    def __iter__(self) -> Iterator[Standard]:
        return iter(self._standards)

    def __len__(self) -> int:
        return len(self._standards)

    def __contains__(self, uid: object) -> bool:
        return uid in self._by_uid

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, Catalogue)
            and self._standards == other._standards
            and self.sample == other.sample
            and self.note == other.note
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Catalogue({len(self)} standards, sample={self.sample})"

    def get(self, uid: str) -> Standard | None:
        return self._by_uid.get(uid)

    def versions(self, code: str) -> tuple[Standard, ...]:
        """All versions of ``code``, oldest first."""
        found = [s for s in self._standards if s.code == code]
        return tuple(sorted(found, key=lambda s: (version_key(s.version), s.valid_from or date.min)))

    def latest(self, code: str) -> Standard | None:
        versions = self.versions(code)
        return versions[-1] if versions else None

    def find(self, code: str, version: str | None = None) -> Standard | None:
        """``code`` in ``version``, or its latest version when ``version`` is None or empty."""
        if not version:
            return self.latest(code)
        return next((s for s in self._standards if s.code == code and s.version == version), None)

    def of_kind(self, kind: StandardKind | str) -> tuple[Standard, ...]:
        return tuple(s for s in self._standards if s.kind == kind)

    def laerefag(self) -> tuple[Laerefag, ...]:
        return tuple(s for s in self._standards if isinstance(s, Laerefag))

    def laerefag_by_laereplan(self, laereplan_code: str) -> Laerefag | None:
        """The latest lærefag whose Udir læreplan code (or own code) is ``laereplan_code``."""
        found = [s for s in self.laerefag() if laereplan_code in (s.laereplan_code, s.code)]
        found.sort(key=lambda s: version_key(s.version))
        return found[-1] if found else None

    def replace(self, standard: Standard) -> Catalogue:
        """A new catalogue with ``standard`` in place of the one with its uid (or added at the end)."""
        items = list(self._standards)
        for i, s in enumerate(items):
            if s.uid == standard.uid:
                items[i] = standard
                break
        else:
            items.append(standard)
        return Catalogue(items, sample=self.sample, note=self.note)

    def without(self, uid: str) -> Catalogue:
        return Catalogue((s for s in self._standards if s.uid != uid), sample=self.sample, note=self.note)

    def merged(self, other: Catalogue) -> Catalogue:
        """This catalogue with every standard of ``other`` added or replacing the same uid."""
        result = self
        for standard in other:
            result = result.replace(standard)
        return result


def trades(catalogue: Catalogue) -> dict[str, Trade]:
    """The praksis calculator's trades from the catalogue's lærefag that state hours and læretid."""
    found: dict[str, Trade] = {}
    for lf in catalogue.laerefag():
        if lf.required_praksis_hours is None or lf.laeretid_years is None:
            continue
        latest = catalogue.latest(lf.code)
        if latest is lf:
            found[lf.code] = lf.to_trade()
    return found


def local_outcome_uid(standard_code: str, n: int) -> str:
    """``urn:rpl:outcome:<standard>:<n>`` for outcomes without a Grep or ESCO id."""
    return f"urn:rpl:outcome:{standard_code}:{n}"


def local_standard_uid(kind: StandardKind | str, code: str, version: str) -> str:
    return f"urn:rpl:standard:{StandardKind(kind).value}:{code}:{version}"
