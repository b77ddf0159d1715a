"""National identity numbers (Norway, Sweden) and organisation numbers.

Rules (see ``docs/domain-norway.md`` §5):

* **Norwegian fødselsnummer**: ``DDMMYY`` + 3-digit individnummer + 2 mod-11 control digits
  (k1 weights ``3 7 6 1 8 9 4 5 2``, k2 weights ``5 4 3 2 7 6 5 4 3 2``; a computed digit of 11 is 0,
  10 means the number cannot exist). The individnummer gives the century.
  *D-nummer*: first digit +4 (day 41-71). *H-nummer*: month +40. *Synthetic test numbers*
  (Skatteetaten's Tenor test data): month +80. *FH-numbers* (first digit 8 or 9) carry no birth date
  and are not accepted as a personal ID.
* **Numbers issued from 2032** (Skatteetaten): the weighted sum including the control digit may
  leave a remainder of 0, 1, 2 or 3 (instead of exactly 0), for k1 and for k2. Accepted when
  ``allow_2032`` is true.
* **Swedish personnummer**: ``(YY)YYMMDD`` + 3-digit serial + Luhn check digit over the 10-digit form.
  *Samordningsnummer*: day +60. In the 10-digit form, ``+`` instead of ``-`` marks a person aged 100
  or more; the stored form is always the 12-digit ``YYYYMMDDNNNN``.

The gender that the old Norwegian and the Swedish numbers encode is never derived here (and the
2032 Norwegian numbers no longer carry it at all).

Error messages never repeat the number itself, so that they may be logged.
python-stdnum does the check-digit arithmetic; it does not know the 2032 scheme, synthetic numbers,
samordningsnummer, or an injectable "today", so the date and type rules are implemented here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from stdnum import luhn
from stdnum.exceptions import ValidationError as StdnumValidationError
from stdnum.no import fodselsnummer as stdnum_no_fnr
from stdnum.no import orgnr as stdnum_no_orgnr
from stdnum.se import orgnr as stdnum_se_orgnr

from rpl_desktop.domain.errors import ValidationError

__all__ = [
    "IdType",
    "NationalId",
    "birth_date_from_id",
    "check_birth_date_consistency",
    "detect_id_type",
    "mask_national_id",
    "normalise_national_id",
    "validate_national_id",
    "validate_org_number",
]

_FIELD = "national_id"
_BIRTH_FIELD = "birth_date"
_ORG_FIELD = "org_number"

_DIGITS = frozenset("0123456789")
# Separators people type or paste between the parts of a number: whitespace (incl. no-break space),
# ASCII and Unicode dashes, and the Swedish "+" for people aged 100 or more.
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d")
_NO_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2)
_NO_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
_NO_2032_REMAINDERS = frozenset({0, 1, 2, 3})
_FOREIGN_MAX_LEN = 40
_FOREIGN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./")
_SE_MIN_YEAR = 1800


class IdType(StrEnum):
    """Kind of personal identity number a candidate has."""

    NO_FNR = "no_fnr"
    NO_DNR = "no_dnr"
    SE_PNR = "se_pnr"
    SE_SAMNR = "se_samnr"
    FOREIGN = "foreign"
    NONE = "none"


_NO_TYPES = frozenset({IdType.NO_FNR, IdType.NO_DNR})
_SE_TYPES = frozenset({IdType.SE_PNR, IdType.SE_SAMNR})


@dataclass(frozen=True, repr=False)
class NationalId:
    """A checked identity number.

    ``value`` is normalised: digits only for Norway, the 12-digit ``YYYYMMDDNNNN`` form for Sweden,
    upper-case letters/digits for foreign numbers, ``""`` for :attr:`IdType.NONE`.
    ``repr()`` masks the number so that it does not leak into logs and tracebacks.
    """

    type: IdType
    value: str

    def __repr__(self) -> str:
        return f"NationalId(type={str(self.type)!r}, value={mask_national_id(self)!r})"


# --------------------------------------------------------------------------------------------------
# normalising


def _is_digits(text: str) -> bool:
    return bool(text) and all(ch in _DIGITS for ch in text)


def _strip_separators(raw: str) -> str:
    return "".join(ch for ch in raw if not (ch.isspace() or ch in _DASHES or ch == "+"))


def _coerce_type(id_type: IdType | str) -> IdType:
    try:
        return IdType(id_type)
    except ValueError:
        raise ValidationError(
            _FIELD,
            f"The ID type {id_type!r} is unknown. Choose one of: " + ", ".join(t.value for t in IdType) + ".",
        ) from None


def normalise_national_id(id_type: IdType, raw: str) -> str:
    """Strip spaces, dashes and ``+`` and check the characters and length for ``id_type``.

    Returns digits only for Norwegian and Swedish numbers (a Swedish number keeps the 10 or 12 digits
    it was typed with; :func:`validate_national_id` turns it into the 12-digit form, reading the ``+``
    century mark from the raw text). Foreign numbers are upper-cased and may hold letters, digits,
    ``.`` and ``/``. For :attr:`IdType.NONE` the result is ``""``.
    Idempotent. Raises :class:`ValidationError` (field ``"national_id"``) and nothing else.
    """
    kind = _coerce_type(id_type)
    if not isinstance(raw, str):
        raise ValidationError(_FIELD, "The ID number must be text. Type the number again.")
    cleaned = _strip_separators(raw)

    if kind is IdType.NONE:
        if cleaned:
            raise ValidationError(
                _FIELD,
                "An ID number was entered, but the ID type is 'none'. "
                "Choose the right ID type, or clear the number.",
            )
        return ""

    if not cleaned:
        raise ValidationError(
            _FIELD, "No ID number was entered. Type the number, or set the ID type to 'none'."
        )

    if kind is IdType.FOREIGN:
        upper = cleaned.upper()
        if not all(ch in _FOREIGN_CHARS for ch in upper):
            raise ValidationError(
                _FIELD,
                "A foreign ID number may contain only the letters A-Z, digits, '.' and '/'. "
                "Type it as it is printed on the ID document, without other characters.",
            )
        if len(upper) > _FOREIGN_MAX_LEN:
            raise ValidationError(
                _FIELD,
                f"A foreign ID number can have at most {_FOREIGN_MAX_LEN} characters; this one has "
                f"{len(upper)}. Check that only one number was entered.",
            )
        return upper

    if not _is_digits(cleaned):
        raise ValidationError(
            _FIELD,
            "The ID number contains letters or other characters that are not digits. "
            "Type only the digits (spaces and dashes are allowed).",
        )

    if kind in _NO_TYPES:
        name = "A Norwegian fødselsnummer" if kind is IdType.NO_FNR else "A Norwegian D-nummer"
        if len(cleaned) != 11:
            raise ValidationError(
                _FIELD,
                f"{name} has 11 digits; this one has {len(cleaned)}. "
                "Check the number against the candidate's ID document.",
            )
        return cleaned

    # Swedish
    name = "A Swedish personnummer" if kind is IdType.SE_PNR else "A Swedish samordningsnummer"
    if len(cleaned) not in (10, 12):
        raise ValidationError(
            _FIELD,
            f"{name} has 10 digits (YYMMDD-NNNN) or 12 digits (YYYYMMDDNNNN); this one has "
            f"{len(cleaned)}. Check the number against the candidate's ID document.",
        )
    return cleaned


# --------------------------------------------------------------------------------------------------
# Norway


def _no_remainders(value: str) -> tuple[int, int]:
    """Weighted sums (with the control digit at weight 1) mod 11, for k1 and k2."""
    digits = [int(ch) for ch in value]
    r1 = (sum(w * d for w, d in zip(_NO_K1_WEIGHTS, digits[:9], strict=True)) + digits[9]) % 11
    r2 = (sum(w * d for w, d in zip(_NO_K2_WEIGHTS, digits[:10], strict=True)) + digits[10]) % 11
    return r1, r2


def _no_old_scheme_ok(value: str) -> bool:
    # stdnum returns "10" when no control digit exists, which never equals one character.
    k1_ok = value[9] == stdnum_no_fnr.calc_check_digit1(value[:9])
    return k1_ok and value[10] == stdnum_no_fnr.calc_check_digit2(value[:10])


def _no_2032_scheme_ok(value: str) -> bool:
    r1, r2 = _no_remainders(value)
    return r1 in _NO_2032_REMAINDERS and r2 in _NO_2032_REMAINDERS


def _no_century(individnummer: int, yy: int) -> int | None:
    if individnummer <= 499:
        return 1900
    if individnummer <= 749 and yy >= 54:
        return 1800
    if yy <= 39:  # 500-999
        return 2000
    if individnummer >= 900:  # and yy >= 40
        return 1900
    return None


def _no_birth_date(value: str) -> date:
    """Birth date of an 11-digit Norwegian number; raises ValidationError("national_id")."""
    day = int(value[0:2])
    month = int(value[2:4])
    yy = int(value[4:6])
    individnummer = int(value[6:9])
    if day >= 80:
        raise ValidationError(
            _FIELD,
            "This is an FH-number (it starts with 8 or 9): a help number from the health service that "
            "does not identify a person by birth date. Ask the candidate for a fødselsnummer or "
            "D-nummer.",
        )
    if day > 40:  # D-nummer
        day -= 40
    if month > 80:  # synthetic test number (Tenor)
        month -= 80
    elif month > 40:  # H-nummer
        month -= 40
    century = _no_century(individnummer, yy)
    if century is None:
        raise ValidationError(
            _FIELD,
            "The individnummer (digits 7-9) does not fit the birth year (digits 5-6): no Norwegian "
            "number is built like this. Check the number against the candidate's ID document.",
        )
    try:
        return date(century + yy, month, day)
    except ValueError:
        raise ValidationError(
            _FIELD,
            "The first six digits are not a real date (DDMMYY). "
            "Check the number against the candidate's ID document.",
        ) from None


def _validate_no(kind: IdType, value: str, allow_2032: bool, today: date) -> NationalId:
    first = int(value[0])
    if first >= 8:
        _no_birth_date(value)  # raises the FH-number message
    is_dnr = first >= 4
    if kind is IdType.NO_FNR and is_dnr:
        raise ValidationError(
            _FIELD,
            "This is a D-nummer (the first digit is 4-7), not a fødselsnummer. "
            "Choose 'D-nummer' as the ID type.",
        )
    if kind is IdType.NO_DNR and not is_dnr:
        raise ValidationError(
            _FIELD,
            "This is not a D-nummer: a D-nummer starts with 4, 5, 6 or 7 (the day of birth plus 40). "
            "If it is a fødselsnummer, choose 'fødselsnummer' as the ID type.",
        )
    birth = _no_birth_date(value)
    if not _no_old_scheme_ok(value):
        if _no_2032_scheme_ok(value):
            if not allow_2032:
                raise ValidationError(
                    _FIELD,
                    "The check digits only fit the scheme for numbers issued from 2032, which is "
                    "turned off here. Check the number against the candidate's ID document.",
                )
        else:
            name = "fødselsnummer" if kind is IdType.NO_FNR else "D-nummer"
            raise ValidationError(
                _FIELD,
                f"The check digits do not match: the number is mistyped or not a Norwegian {name}. "
                "Check it against the candidate's ID document.",
            )
    if birth > today:
        raise ValidationError(
            _FIELD,
            "The birth date in the number is in the future. "
            "Check the number against the candidate's ID document.",
        )
    return NationalId(kind, value)


# --------------------------------------------------------------------------------------------------
# Sweden


def _se_year_from_short(yy: int, centenarian: bool, today: date) -> int:
    """Century for the 10-digit form: the latest year <= today's year ending in ``yy``; 100 years
    earlier when the separator is ``+`` (used from the calendar year the person turns 100)."""
    year = today.year - ((today.year - yy) % 100)
    return year - 100 if centenarian else year


def _se_parts(value12: str) -> tuple[date, bool]:
    """Birth date and "is samordningsnummer" of a 12-digit Swedish number."""
    year = int(value12[0:4])
    month = int(value12[4:6])
    day = int(value12[6:8])
    samnr = day > 60
    if samnr:
        day -= 60
    if year < _SE_MIN_YEAR:
        raise ValidationError(
            _FIELD,
            f"The birth year in the number is before {_SE_MIN_YEAR}, which cannot be right. "
            "Check the number against the candidate's ID document.",
        )
    try:
        return date(year, month, day), samnr
    except ValueError:
        raise ValidationError(
            _FIELD,
            "The date part of the number (YYMMDD) is not a real date. "
            "Check the number against the candidate's ID document.",
        ) from None


def _validate_se(kind: IdType, raw: str, digits: str, today: date) -> NationalId:
    if len(digits) == 12:
        value12 = digits
    else:
        # "+" counts only as the separator before the last four digits (YYMMDD+NNNC).
        compact = "".join(ch for ch in raw if not ch.isspace())
        year = _se_year_from_short(int(digits[0:2]), compact[-5:-4] == "+", today)
        value12 = f"{year:04d}{digits[2:]}"
    birth, samnr = _se_parts(value12)
    if kind is IdType.SE_PNR and samnr:
        raise ValidationError(
            _FIELD,
            "This is a samordningsnummer (the day of birth plus 60), not a personnummer. "
            "Choose 'samordningsnummer' as the ID type.",
        )
    if kind is IdType.SE_SAMNR and not samnr:
        raise ValidationError(
            _FIELD,
            "This is not a samordningsnummer: in a samordningsnummer the day is the day of birth "
            "plus 60 (61-91). If it is a personnummer, choose 'personnummer' as the ID type.",
        )
    if not luhn.is_valid(value12[2:]):
        name = "personnummer" if kind is IdType.SE_PNR else "samordningsnummer"
        raise ValidationError(
            _FIELD,
            f"The check digit (the last digit) does not match: the number is mistyped or not a "
            f"Swedish {name}. Check it against the candidate's ID document.",
        )
    if birth > today:
        raise ValidationError(
            _FIELD,
            "The birth date in the number is in the future. For people aged 100 or more, the 10-digit "
            "form is written with '+' instead of '-'. Check the number against the candidate's ID "
            "document.",
        )
    return NationalId(kind, value12)


# --------------------------------------------------------------------------------------------------
# public functions


def validate_national_id(
    id_type: IdType, raw: str, *, allow_2032: bool = True, today: date | None = None
) -> NationalId:
    """Check ``raw`` as a number of type ``id_type`` and return it normalised.

    ``allow_2032`` accepts Norwegian control digits of the scheme used from 2032. ``today`` (default:
    the current date) rejects birth dates in the future and resolves the century of a 10-digit
    Swedish number. Raises :class:`ValidationError` (field ``"national_id"``) and nothing else.
    """
    kind = _coerce_type(id_type)
    value = normalise_national_id(kind, raw)
    if kind is IdType.NONE or kind is IdType.FOREIGN:
        return NationalId(kind, value)
    when = today if today is not None else date.today()
    if kind in _NO_TYPES:
        return _validate_no(kind, value, allow_2032, when)
    return _validate_se(kind, raw, value, when)


def birth_date_from_id(nid: NationalId) -> date | None:
    """The birth date in the number; ``None`` for foreign numbers and :attr:`IdType.NONE`.

    Handles D-nummer, H-nummer, synthetic test numbers and samordningsnummer. Raises
    :class:`ValidationError` if ``nid`` was built by hand from a value that is not well formed.
    """
    kind = _coerce_type(nid.type)
    if kind is IdType.NONE or kind is IdType.FOREIGN:
        return None
    value = nid.value
    if kind in _NO_TYPES:
        if len(value) != 11 or not _is_digits(value):
            raise ValidationError(_FIELD, "The stored Norwegian ID number is not 11 digits. Enter it again.")
        return _no_birth_date(value)
    if len(value) != 12 or not _is_digits(value):
        raise ValidationError(
            _FIELD, "The stored Swedish ID number is not in the 12-digit form YYYYMMDDNNNN. Enter it again."
        )
    return _se_parts(value)[0]


def check_birth_date_consistency(nid: NationalId, birth_date: date) -> None:
    """Raise ValidationError("birth_date") if ``birth_date`` differs from the date in the number.

    Nothing is checked for foreign numbers and :attr:`IdType.NONE`.
    """
    in_id = birth_date_from_id(nid)
    if in_id is None or in_id == birth_date:
        return
    raise ValidationError(
        _BIRTH_FIELD,
        f"The birth date {birth_date.isoformat()} does not match the date in the ID number "
        f"({in_id.isoformat()}). Correct the birth date or the ID number, whichever is wrong.",
    )


def detect_id_type(raw: str) -> IdType | None:
    """Guess the type from the digits: a valid Norwegian (11 digits) or Swedish (10/12 digits) number.

    The guess is checked with :func:`validate_national_id` (defaults: 2032 numbers accepted, today's
    date); ``None`` when the text is not a valid number of any of these types.
    """
    if not isinstance(raw, str):
        return None
    digits = _strip_separators(raw)
    if not _is_digits(digits):
        return None
    candidate: IdType
    if len(digits) == 11:
        candidate = IdType.NO_DNR if digits[0] in "4567" else IdType.NO_FNR
    elif len(digits) in (10, 12):
        day = int(digits[-6:-4])
        candidate = IdType.SE_SAMNR if day > 60 else IdType.SE_PNR
    else:
        return None
    try:
        validate_national_id(candidate, raw)
    except ValidationError:
        return None
    return candidate


def mask_national_id(nid: NationalId) -> str:
    """Display form for lists and logs: the birth-date part kept, the personal part masked.

    ``"150385*****"`` (Norway), ``"19850315-****"`` (Sweden); a foreign number keeps only its last
    two characters (none if it is shorter than six); ``""`` for :attr:`IdType.NONE`.
    """
    value = nid.value
    kind = nid.type
    if kind == IdType.NONE:
        return ""
    if kind in _NO_TYPES and len(value) == 11:
        return value[:6] + "*" * 5
    if kind in _SE_TYPES and len(value) == 12:
        return value[:8] + "-****"
    if kind == IdType.FOREIGN and len(value) >= 6:
        return "*" * (len(value) - 2) + value[-2:]
    return "*" * len(value)


def validate_org_number(country: str, raw: str) -> str:
    """Check an organisation number and return it as digits only.

    ``"NO"``: 9 digits, mod-11 check (Brønnøysundregistrene). ``"SE"``: 10 digits, Luhn check
    (organisationsnummer; a 12-digit form with the prefix ``16`` is accepted and shortened).
    Raises :class:`ValidationError` (field ``"org_number"``) and nothing else.
    """
    code = country.strip().upper() if isinstance(country, str) else ""
    if code not in ("NO", "SE"):
        raise ValidationError(
            _ORG_FIELD,
            f"Organisation numbers can be checked only for Norway (NO) and Sweden (SE), not {country!r}. "
            "Choose NO or SE as the country.",
        )
    if not isinstance(raw, str):
        raise ValidationError(_ORG_FIELD, "The organisation number must be text. Type it again.")
    digits = "".join(ch for ch in raw if not (ch.isspace() or ch in _DASHES or ch == "."))
    if not digits:
        raise ValidationError(_ORG_FIELD, "No organisation number was entered. Type the number.")
    if not _is_digits(digits):
        hint = "leave out 'NO' and 'MVA'" if code == "NO" else "leave out 'SE' and '01'"
        raise ValidationError(
            _ORG_FIELD,
            "The organisation number contains letters or other characters that are not digits. "
            f"Type only the digits ({hint}); spaces and dashes are allowed.",
        )
    if code == "NO":
        if len(digits) != 9:
            raise ValidationError(
                _ORG_FIELD,
                f"A Norwegian organisation number has 9 digits; this one has {len(digits)}. "
                "Check it in Brønnøysundregistrene (brreg.no).",
            )
        try:
            return stdnum_no_orgnr.validate(digits)
        except StdnumValidationError:
            raise ValidationError(
                _ORG_FIELD,
                "The check digit (the last digit) does not match: the number is mistyped or not a "
                "Norwegian organisation number. Check it in Brønnøysundregistrene (brreg.no).",
            ) from None
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    if len(digits) != 10:
        raise ValidationError(
            _ORG_FIELD,
            f"A Swedish organisationsnummer has 10 digits (NNNNNN-NNNN); this one has {len(digits)}. "
            "Check it in the Bolagsverket register.",
        )
    try:
        return stdnum_se_orgnr.validate(digits)
    except StdnumValidationError:
        raise ValidationError(
            _ORG_FIELD,
            "The check digit (the last digit) does not match: the number is mistyped or not a Swedish "
            "organisationsnummer. Check it in the Bolagsverket register.",
        ) from None
