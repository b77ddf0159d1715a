"""Tests for rpl_desktop.domain.ids (national identity numbers and organisation numbers)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from stdnum import luhn
from stdnum.no import fodselsnummer as stdnum_no_fnr

from rpl_desktop.domain import ids
from rpl_desktop.domain.errors import ValidationError
from rpl_desktop.domain.ids import (
    IdType,
    NationalId,
    birth_date_from_id,
    check_birth_date_consistency,
    detect_id_type,
    mask_national_id,
    normalise_national_id,
    validate_national_id,
    validate_org_number,
)

TODAY = date(2025, 6, 1)
FAR_FUTURE = date(2039, 12, 31)

K1 = (3, 7, 6, 1, 8, 9, 4, 5, 2)
K2 = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)


# -- helpers (an independent implementation of the mod-11 rule, so stdnum is cross-checked) ---------


def _control(digits: str, weights: tuple[int, ...]) -> int | None:
    k = 11 - sum(w * int(d) for w, d in zip(weights, digits, strict=True)) % 11
    if k == 11:
        return 0
    if k == 10:
        return None
    return k


def with_check_digits(nine: str) -> str | None:
    """The 11-digit number with old-scheme control digits, or None if none exists."""
    k1 = _control(nine, K1)
    if k1 is None:
        return None
    k2 = _control(nine + str(k1), K2)
    if k2 is None:
        return None
    return f"{nine}{k1}{k2}"


def remainders(number: str) -> tuple[int, int]:
    d = [int(c) for c in number]
    r1 = (sum(w * x for w, x in zip(K1, d[:9], strict=True)) + d[9]) % 11
    r2 = (sum(w * x for w, x in zip(K2, d[:10], strict=True)) + d[10]) % 11
    return r1, r2


def only_2032_numbers(nine: str) -> list[str]:
    """All completions of ``nine`` valid under the 2032 scheme but not under the old one."""
    out = []
    for k1 in range(10):
        for k2 in range(10):
            number = f"{nine}{k1}{k2}"
            r1, r2 = remainders(number)
            if r1 in (0, 1, 2, 3) and r2 in (0, 1, 2, 3) and (r1, r2) != (0, 0):
                out.append(number)
    return out


def must(nine: str) -> str:
    number = with_check_digits(nine)
    assert number is not None, nine
    return number


def first_valid(six: str, individs: Iterable[int]) -> str:
    """The first old-scheme number with birth part ``six`` and one of ``individs`` that exists."""
    for individ in individs:
        number = with_check_digits(f"{six}{individ:03d}")
        if number is not None:
            return number
    raise AssertionError(f"no valid number for {six}")


def se(body: str) -> str:
    """``body`` (9 digits of the 10-digit Swedish form) with its Luhn check digit."""
    return body + luhn.calc_check_digit(body)


def assert_invalid(
    id_type: IdType, raw: str, match: str | None = None, *, allow_2032: bool = True, today: date = TODAY
) -> ValidationError:
    with pytest.raises(ValidationError, match=match) as info:
        validate_national_id(id_type, raw, allow_2032=allow_2032, today=today)
    assert info.value.field == "national_id"
    assert info.value.detail.endswith(".")
    return info.value


# -- Norway: fødselsnummer -----------------------------------------------------------------------------


class TestNorwayFnr:
    @pytest.mark.parametrize(
        ("raw", "born"),
        [
            ("31129956715", date(1899, 12, 31)),  # individnummer 567, YY 99 -> 1854-1899
            ("15038512363", date(1985, 3, 15)),
            ("150385 12363", date(1985, 3, 15)),
            (" 150385-123 63 ", date(1985, 3, 15)),
            ("15108695088", date(1986, 10, 15)),  # stdnum's example (individnummer 950, YY 86)
        ],
    )
    def test_known_good(self, raw: str, born: date) -> None:
        nid = validate_national_id(IdType.NO_FNR, raw, allow_2032=False, today=TODAY)
        assert nid == NationalId(IdType.NO_FNR, raw.replace(" ", "").replace("-", ""))
        assert birth_date_from_id(nid) == born

    def test_010190123_has_no_old_scheme_number(self) -> None:
        assert with_check_digits("010190123") is None
        for xx in range(100):
            assert_invalid(IdType.NO_FNR, f"010190123{xx:02d}", allow_2032=False)

    def test_010190123_can_only_get_2032_numbers(self) -> None:
        valid = []
        for xx in range(100):
            try:
                validate_national_id(IdType.NO_FNR, f"010190123{xx:02d}", today=TODAY)
            except ValidationError:
                continue
            valid.append(f"010190123{xx:02d}")
        assert valid, "the 2032 scheme should allow some control digits"
        assert valid == only_2032_numbers("010190123")

    @pytest.mark.parametrize("allow_2032", [False, True])
    def test_wrong_check_digits(self, allow_2032: bool) -> None:
        # 15038512300: both weighted sums leave remainders >= 4, so invalid under either scheme.
        err = assert_invalid(IdType.NO_FNR, "15038512300", allow_2032=allow_2032)
        assert "check digits do not match" in err.detail
        assert "ID document" in err.detail

    def test_error_messages_do_not_repeat_the_number(self) -> None:
        err = assert_invalid(IdType.NO_FNR, "15038512364", allow_2032=False)
        assert "15038512364" not in str(err)
        assert "150385" not in str(err)

    @pytest.mark.parametrize("raw", ["1503851236", "150385123634", "", "   "])
    def test_wrong_length(self, raw: str) -> None:
        assert_invalid(IdType.NO_FNR, raw)

    @pytest.mark.parametrize(
        "raw", ["15O38512363", "150385/12363", "１５０３８５１２３６３", "15038512363\n1"]
    )
    def test_non_digits(self, raw: str) -> None:
        assert_invalid(IdType.NO_FNR, raw)

    def test_not_a_real_date(self) -> None:
        assert_invalid(IdType.NO_FNR, must("310285123"), match="not a real date")  # 31 Feb
        assert_invalid(IdType.NO_FNR, must("001385123"), match="not a real date")  # day 0, month 13

    def test_leap_day(self) -> None:
        nid = validate_national_id(IdType.NO_FNR, first_valid("290284", range(120, 130)), today=TODAY)
        assert birth_date_from_id(nid) == date(1984, 2, 29)
        assert_invalid(IdType.NO_FNR, first_valid("290285", range(120, 130)), match="not a real date")

    @pytest.mark.parametrize(
        ("six", "individs", "born"),
        [
            ("010100", range(0, 10), date(1900, 1, 1)),  # 000-499 -> 1900-1999
            ("311299", range(499, 489, -1), date(1999, 12, 31)),
            ("010154", range(500, 510), date(1854, 1, 1)),  # 500-749, YY >= 54 -> 1854-1899
            ("010199", range(749, 739, -1), date(1899, 1, 1)),
            ("010100", range(500, 510), date(2000, 1, 1)),  # 500-999, YY <= 39 -> 2000-2039
            ("010125", range(999, 989, -1), date(2025, 1, 1)),
            ("010140", range(900, 910), date(1940, 1, 1)),  # 900-999, YY >= 40 -> 1940-1999
            ("010199", range(999, 989, -1), date(1999, 1, 1)),
        ],
    )
    def test_century_ranges(self, six: str, individs: range, born: date) -> None:
        number = first_valid(six, individs)
        nid = validate_national_id(IdType.NO_FNR, number, allow_2032=False, today=TODAY)
        assert birth_date_from_id(nid) == born

    @pytest.mark.parametrize(
        ("six", "individs"),
        [
            ("010145", range(750, 760)),  # 750-899 with YY >= 40
            ("010150", range(600, 610)),  # 500-749 with YY 40-53
            ("010140", range(899, 889, -1)),
            ("010153", range(500, 510)),
        ],
    )
    def test_individnummer_outside_every_range(self, six: str, individs: range) -> None:
        assert_invalid(IdType.NO_FNR, first_valid(six, individs), match="individnummer")

    def test_future_birth_date(self) -> None:
        number = first_valid("010135", range(500, 510))
        assert_invalid(IdType.NO_FNR, number, match="future", today=TODAY)
        nid = validate_national_id(IdType.NO_FNR, number, today=date(2035, 1, 1))
        assert birth_date_from_id(nid) == date(2035, 1, 1)

    def test_fh_number_rejected(self) -> None:
        number = first_valid("812345", range(670, 680))
        assert_invalid(IdType.NO_FNR, number, match="FH-number")
        assert_invalid(IdType.NO_DNR, number, match="FH-number")
        assert detect_id_type(number) is None

    def test_h_nummer_month_plus_40(self) -> None:
        nid = validate_national_id(IdType.NO_FNR, must("154385123"), today=TODAY)
        assert birth_date_from_id(nid) == date(1985, 3, 15)

    def test_synthetic_test_number_month_plus_80(self) -> None:
        nid = validate_national_id(IdType.NO_FNR, must("158385123"), today=TODAY)
        assert birth_date_from_id(nid) == date(1985, 3, 15)

    def test_month_between_h_and_synthetic_is_invalid(self) -> None:
        assert_invalid(IdType.NO_FNR, must("156085123"), match="not a real date")

    def test_agrees_with_stdnum_on_ordinary_numbers(self) -> None:
        for n in ("31129956715", "15038512363", "15108695088", "15108695077", "15038512364"):
            ours = True
            try:
                validate_national_id(IdType.NO_FNR, n, allow_2032=False)
            except ValidationError:
                ours = False
            assert ours == stdnum_no_fnr.is_valid(n), n


# -- Norway: D-nummer ------------------------------------------------------------------------------------


class TestNorwayDnr:
    def test_d_nummer_valid(self) -> None:
        number = must("550385123")  # 15.03.1985, day + 40
        nid = validate_national_id(IdType.NO_DNR, number, today=TODAY)
        assert nid == NationalId(IdType.NO_DNR, number)
        assert birth_date_from_id(nid) == date(1985, 3, 15)

    @pytest.mark.parametrize(("six", "born"), [("410190", date(1990, 1, 1)), ("710190", date(1990, 1, 31))])
    def test_d_nummer_day_range(self, six: str, born: date) -> None:
        number = first_valid(six, range(120, 130))
        assert birth_date_from_id(validate_national_id(IdType.NO_DNR, number, today=TODAY)) == born

    def test_d_nummer_day_72_is_invalid(self) -> None:
        number = first_valid("720190", range(120, 130))
        assert_invalid(IdType.NO_DNR, number, match="not a real date")

    def test_d_nummer_given_as_fnr(self) -> None:
        assert_invalid(IdType.NO_FNR, must("550385123"), match="D-nummer")

    def test_fnr_given_as_d_nummer(self) -> None:
        assert_invalid(IdType.NO_DNR, "15038512363", match="not a D-nummer")

    def test_synthetic_d_nummer(self) -> None:
        nid = validate_national_id(IdType.NO_DNR, must("558385123"), today=TODAY)
        assert birth_date_from_id(nid) == date(1985, 3, 15)


# -- Norway: the 2032 scheme ------------------------------------------------------------------------------


class TestNorway2032:
    NEW = only_2032_numbers("150385123")

    def test_there_are_new_scheme_numbers(self) -> None:
        assert self.NEW
        assert "15038512363" not in self.NEW

    def test_accepted_when_allowed(self) -> None:
        for number in self.NEW:
            nid = validate_national_id(IdType.NO_FNR, number, allow_2032=True, today=TODAY)
            assert birth_date_from_id(nid) == date(1985, 3, 15)

    def test_allowed_by_default(self) -> None:
        validate_national_id(IdType.NO_FNR, self.NEW[0], today=TODAY)

    def test_rejected_when_not_allowed(self) -> None:
        for number in self.NEW:
            assert_invalid(IdType.NO_FNR, number, match="2032", allow_2032=False)

    def test_remainder_4_or_more_rejected_under_both(self) -> None:
        bad = [f"150385123{x:02d}" for x in range(100) if max(remainders(f"150385123{x:02d}")) >= 4]
        assert bad
        for number in bad:
            for allow in (True, False):
                assert_invalid(IdType.NO_FNR, number, allow_2032=allow)

    def test_old_scheme_numbers_still_valid_with_2032(self) -> None:
        validate_national_id(IdType.NO_FNR, "15038512363", allow_2032=True, today=TODAY)

    def test_d_nummer_2032(self) -> None:
        number = only_2032_numbers("550385123")[0]
        validate_national_id(IdType.NO_DNR, number, allow_2032=True, today=TODAY)
        assert_invalid(IdType.NO_DNR, number, allow_2032=False)


def test_no_gender_in_the_api() -> None:
    assert not [name for name in dir(ids) if "gender" in name.lower() or "sex" in name.lower()]


# -- Sweden --------------------------------------------------------------------------------------------------


class TestSweden:
    @pytest.mark.parametrize(
        "raw", ["880320-0016", "8803200016", "198803200016", "19880320-0016", "880320 0016"]
    )
    def test_personnummer_forms(self, raw: str) -> None:
        nid = validate_national_id(IdType.SE_PNR, raw, today=TODAY)
        assert nid == NationalId(IdType.SE_PNR, "198803200016")
        assert birth_date_from_id(nid) == date(1988, 3, 20)

    def test_tolvan(self) -> None:
        # Skatteverket's well-known test person, born 12 December 1912.
        nid = validate_national_id(IdType.SE_PNR, "19121212-1212", today=TODAY)
        assert birth_date_from_id(nid) == date(1912, 12, 12)

    def test_plus_separator_means_100_or_older(self) -> None:
        old = validate_national_id(IdType.SE_PNR, "121212+1212", today=TODAY)
        young = validate_national_id(IdType.SE_PNR, "121212-1212", today=TODAY)
        assert old.value == "191212121212"
        assert young.value == "201212121212"

    def test_plus_elsewhere_is_not_the_centenarian_mark(self) -> None:
        assert validate_national_id(IdType.SE_PNR, "+121212-1212", today=TODAY).value == "201212121212"
        assert validate_national_id(IdType.SE_PNR, " 121212+1212 ", today=TODAY).value == "191212121212"

    def test_century_of_ten_digit_form_follows_today(self) -> None:
        number = se("300101000")
        assert validate_national_id(IdType.SE_PNR, number, today=TODAY).value == "19" + number
        assert validate_national_id(IdType.SE_PNR, number, today=date(2031, 1, 1)).value == "20" + number

    def test_ten_digit_born_later_this_year_is_future(self) -> None:
        # Born 31.12.1925 would be written with '+' in 2025; with '-' it means a future date.
        full = se("251231000")
        assert_invalid(IdType.SE_PNR, full, match="future", today=TODAY)
        assert validate_national_id(IdType.SE_PNR, full[:6] + "+" + full[6:], today=TODAY).value == (
            "1925" + full[2:]
        )

    def test_bad_luhn(self) -> None:
        err = assert_invalid(IdType.SE_PNR, "880320-0018")
        assert "check digit" in err.detail

    def test_not_a_real_date(self) -> None:
        assert_invalid(IdType.SE_PNR, se("880230001"), match="not a real date")  # 30 February

    @pytest.mark.parametrize("raw", ["88032000161", "88032000", "1988032000160"])
    def test_wrong_length(self, raw: str) -> None:
        assert_invalid(IdType.SE_PNR, raw, match="10 digits")

    def test_samordningsnummer(self) -> None:
        nid = validate_national_id(IdType.SE_SAMNR, "880380-0013", today=TODAY)
        assert nid == NationalId(IdType.SE_SAMNR, "198803800013")
        assert birth_date_from_id(nid) == date(1988, 3, 20)

    def test_samordningsnummer_given_as_personnummer(self) -> None:
        assert_invalid(IdType.SE_PNR, "880380-0013", match="samordningsnummer")

    def test_personnummer_given_as_samordningsnummer(self) -> None:
        assert_invalid(IdType.SE_SAMNR, "880320-0016", match="not a samordningsnummer")

    def test_samordningsnummer_bad_day(self) -> None:
        assert_invalid(IdType.SE_SAMNR, se("880392001"), match="not a real date")  # day 92 -> 32

    def test_ancient_twelve_digit_year(self) -> None:
        assert_invalid(IdType.SE_PNR, "00" + se("050101001"), match="before")


# -- foreign / none ---------------------------------------------------------------------------------------


class TestForeignAndNone:
    def test_foreign(self) -> None:
        nid = validate_national_id(IdType.FOREIGN, " ab 12-345/6 ")
        assert nid == NationalId(IdType.FOREIGN, "AB12345/6")
        assert birth_date_from_id(nid) is None

    def test_foreign_bad_characters(self) -> None:
        assert_invalid(IdType.FOREIGN, "AB#123")
        assert_invalid(IdType.FOREIGN, "ÅÄÖ123")
        assert_invalid(IdType.FOREIGN, "A" * 41)

    def test_none(self) -> None:
        assert validate_national_id(IdType.NONE, "") == NationalId(IdType.NONE, "")
        assert validate_national_id(IdType.NONE, "  ") == NationalId(IdType.NONE, "")
        assert birth_date_from_id(NationalId(IdType.NONE, "")) is None
        assert_invalid(IdType.NONE, "15038512363", match="'none'")

    def test_unknown_type_string(self) -> None:
        with pytest.raises(ValidationError, match="unknown"):
            validate_national_id("dk_cpr", "0101901234")  # type: ignore[arg-type]

    def test_plain_string_type_is_accepted(self) -> None:
        assert validate_national_id("no_fnr", "15038512363", today=TODAY).type is IdType.NO_FNR  # type: ignore[arg-type]


# -- normalise, birth date consistency, detection, masking --------------------------------------------------


def test_normalise() -> None:
    assert normalise_national_id(IdType.NO_FNR, "150385 123\u00a063") == "15038512363"
    assert normalise_national_id(IdType.NO_FNR, "150385\u201312363") == "15038512363"
    assert normalise_national_id(IdType.SE_PNR, "121212+1212") == "1212121212"
    assert normalise_national_id(IdType.SE_PNR, "19121212-1212") == "191212121212"
    with pytest.raises(ValidationError) as info:
        normalise_national_id(IdType.NO_FNR, "abc")
    assert info.value.field == "national_id"


def test_birth_date_consistency() -> None:
    nid = validate_national_id(IdType.NO_FNR, "15038512363", today=TODAY)
    check_birth_date_consistency(nid, date(1985, 3, 15))
    with pytest.raises(ValidationError) as info:
        check_birth_date_consistency(nid, date(1985, 3, 16))
    assert info.value.field == "birth_date"
    assert "1985-03-16" in info.value.detail and "1985-03-15" in info.value.detail
    se = validate_national_id(IdType.SE_SAMNR, "880380-0013", today=TODAY)
    check_birth_date_consistency(se, date(1988, 3, 20))
    with pytest.raises(ValidationError):
        check_birth_date_consistency(se, date(1988, 3, 21))
    check_birth_date_consistency(NationalId(IdType.FOREIGN, "X123"), date(2000, 1, 1))
    check_birth_date_consistency(NationalId(IdType.NONE, ""), date(2000, 1, 1))


def test_birth_date_from_malformed_id() -> None:
    with pytest.raises(ValidationError):
        birth_date_from_id(NationalId(IdType.NO_FNR, "123"))
    with pytest.raises(ValidationError):
        birth_date_from_id(NationalId(IdType.SE_PNR, "8803200016"))


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("15038512363", IdType.NO_FNR),
        ("150385 123 63", IdType.NO_FNR),
        ("55038512300", None),  # a D-nummer with wrong check digits
        ("15038512364", IdType.NO_FNR),  # valid under the 2032 scheme
        ("880320-0016", IdType.SE_PNR),
        ("198803200016", IdType.SE_PNR),
        ("880380-0013", IdType.SE_SAMNR),
        ("880320-0018", None),
        ("15038512300", None),
        ("hello", None),
        ("12345", None),
        ("", None),
    ],
)
def test_detect_id_type(raw: str, expected: IdType | None) -> None:
    assert detect_id_type(raw) == expected


def test_detect_d_nummer() -> None:
    assert detect_id_type(must("550385123")) is IdType.NO_DNR


def test_masking() -> None:
    assert mask_national_id(NationalId(IdType.NO_FNR, "15038512363")) == "150385*****"
    assert mask_national_id(NationalId(IdType.SE_PNR, "198803200016")) == "19880320-****"
    assert mask_national_id(NationalId(IdType.FOREIGN, "AB1234567")) == "*******67"
    assert mask_national_id(NationalId(IdType.FOREIGN, "AB12")) == "****"
    assert mask_national_id(NationalId(IdType.NONE, "")) == ""
    assert mask_national_id(NationalId(IdType.NO_FNR, "123")) == "***"


def test_repr_masks_the_number() -> None:
    nid = validate_national_id(IdType.NO_FNR, "15038512363", today=TODAY)
    assert "12363" not in repr(nid)
    assert "150385*****" in repr(nid)


# -- organisation numbers ------------------------------------------------------------------------------------


class TestOrgNumbers:
    @pytest.mark.parametrize("raw", ["974760673", "974 760 673", " 974760673 "])
    def test_norway_good(self, raw: str) -> None:
        assert validate_org_number("NO", raw) == "974760673"  # Brønnøysundregistrene

    @pytest.mark.parametrize(
        ("raw", "match"),
        [
            ("974760674", "check digit"),
            ("97476067", "9 digits"),
            ("NO974760673MVA", "not digits"),
            ("", "No organisation number"),
        ],
    )
    def test_norway_bad(self, raw: str, match: str) -> None:
        with pytest.raises(ValidationError, match=match) as info:
            validate_org_number("NO", raw)
        assert info.value.field == "org_number"

    @pytest.mark.parametrize("raw", ["556016-0680", "5560160680", "16556016-0680"])
    def test_sweden_good(self, raw: str) -> None:
        assert validate_org_number("SE", raw) == "5560160680"  # Telefonaktiebolaget LM Ericsson
        assert validate_org_number("se", raw) == "5560160680"

    @pytest.mark.parametrize(("raw", "match"), [("556016-0681", "check digit"), ("55601606", "10 digits")])
    def test_sweden_bad(self, raw: str, match: str) -> None:
        with pytest.raises(ValidationError, match=match) as info:
            validate_org_number("SE", raw)
        assert info.value.field == "org_number"

    def test_unknown_country(self) -> None:
        with pytest.raises(ValidationError, match="only for Norway") as info:
            validate_org_number("DK", "12345678")
        assert info.value.field == "org_number"


# -- property tests ----------------------------------------------------------------------------------------


@st.composite
def old_scheme_fnr(draw: st.DrawFn, *, d_nummer: bool | None = None) -> tuple[str, date]:
    """A valid old-scheme Norwegian number (fødselsnummer or D-nummer) and its birth date."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2039, 12, 31)))
    if born.year >= 2000:
        individ = draw(st.integers(500, 999))
    elif born.year >= 1940:
        individ = draw(st.one_of(st.integers(0, 499), st.integers(900, 999)))
    else:
        individ = draw(st.integers(0, 499))
    is_d = draw(st.booleans()) if d_nummer is None else d_nummer
    day = born.day + (40 if is_d else 0)
    number = with_check_digits(f"{day:02d}{born.month:02d}{born.year % 100:02d}{individ:03d}")
    assume(number is not None)
    assert number is not None
    return number, born


@settings(max_examples=300)
@given(old_scheme_fnr())
def test_property_constructed_numbers_validate(case: tuple[str, date]) -> None:
    number, born = case
    id_type = IdType.NO_DNR if number[0] in "4567" else IdType.NO_FNR
    for allow in (False, True):
        nid = validate_national_id(id_type, number, allow_2032=allow, today=FAR_FUTURE)
        assert nid.value == number
        assert birth_date_from_id(nid) == born
        check_birth_date_consistency(nid, born)
    if id_type is IdType.NO_FNR and born <= date.today():
        assert stdnum_no_fnr.is_valid(number)


@settings(max_examples=300)
@given(old_scheme_fnr(), st.integers(0, 10), st.integers(1, 9))
def test_property_single_digit_change_is_invalid(case: tuple[str, date], pos: int, delta: int) -> None:
    number, _ = case
    changed = number[:pos] + str((int(number[pos]) + delta) % 10) + number[pos + 1 :]
    assert changed != number
    for id_type in (IdType.NO_FNR, IdType.NO_DNR):
        with pytest.raises(ValidationError):
            validate_national_id(id_type, changed, allow_2032=False, today=FAR_FUTURE)


_id_texts = st.one_of(
    st.text(),
    st.text(alphabet="0123456789 -+\u2013\u00a0", max_size=16),
    st.text(alphabet="0123456789aZ./ -", max_size=45),
)


@given(st.sampled_from(list(IdType)), _id_texts)
def test_property_normalise_idempotent_and_only_validation_errors(id_type: IdType, raw: str) -> None:
    try:
        once = normalise_national_id(id_type, raw)
    except ValidationError as err:
        assert err.field == "national_id"
        return
    assert normalise_national_id(id_type, once) == once


@given(st.sampled_from(list(IdType)), _id_texts, st.booleans())
def test_property_validate_only_raises_validation_error(id_type: IdType, raw: str, allow: bool) -> None:
    try:
        nid = validate_national_id(id_type, raw, allow_2032=allow, today=TODAY)
    except ValidationError as err:
        assert err.field == "national_id"
        return
    assert nid.type is id_type
    birth_date_from_id(nid)
    mask_national_id(nid)


@given(_id_texts)
def test_property_detect_never_raises(raw: str) -> None:
    found = detect_id_type(raw)
    if found is not None:
        validate_national_id(found, raw)


@given(st.sampled_from(["NO", "SE", "DK", ""]), _id_texts)
def test_property_org_number_only_raises_validation_error(country: str, raw: str) -> None:
    try:
        validate_org_number(country, raw)
    except ValidationError as err:
        assert err.field == "org_number"
