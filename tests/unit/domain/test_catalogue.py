"""The catalogue of standards: texts, outcomes, fagskole levels and credits, lærefag, admission, lookups."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest

from rpl_desktop.domain.catalogue import (
    AdmissionRequirement,
    Area,
    Catalogue,
    FagskoleEmne,
    GrepRef,
    Laerefag,
    LocalText,
    Outcome,
    ProgrammeItem,
    Standard,
    StandardKind,
    Utdanning,
    check_admission_age,
    degree_name,
    local_outcome_uid,
    local_standard_uid,
    nkr_level_for,
    trades,
    version_key,
)
from rpl_desktop.domain.errors import ValidationError


def outcome(n: int, category: str = "kunnskap", code: str = "", **texts: str) -> Outcome:
    return Outcome(
        uid=f"urn:rpl:outcome:T:{n}",
        code=code or f"K{n}",
        category=category,
        order=n,
        text=LocalText(texts or {"nb": f"utfall {n}"}),
    )


def emne(
    code: str = "E1",
    sp: str | int = 10,
    level: str = "",
    version: str = "1",
    reason: str = "",
    outcomes: tuple[Outcome, ...] = (),
) -> FagskoleEmne:
    return FagskoleEmne(
        uid=local_standard_uid("fagskole_emne", code, version),
        code=code,
        version=version,
        title=LocalText(nb=f"Emne {code}"),
        studiepoeng=Decimal(sp),
        nkr_level=level,
        nkr_level_reason=reason,
        outcomes=outcomes,
    )


def utdanning(items: list[tuple[str, int]], total: int | None = None, level: str = "") -> Utdanning:
    sp = sum(s for _, s in items) if total is None else total
    return Utdanning(
        uid="urn:rpl:standard:utdanning:U:1",
        code="U",
        version="1",
        title=LocalText(nb="Utdanning"),
        studiepoeng=Decimal(sp),
        nkr_level=level,
        programme=tuple(ProgrammeItem(c, Decimal(s)) for c, s in items),
    )


def admission(**kw: object) -> AdmissionRequirement:
    args: dict[str, object] = {
        "uid": "urn:rpl:standard:admission:A:1",
        "code": "A",
        "version": "1",
        "title": LocalText(nb="Opptak"),
    }
    args.update(kw)
    return AdmissionRequirement(**args)  # type: ignore[arg-type]


def laerefag(**kw: object) -> Laerefag:
    args: dict[str, object] = {
        "uid": "urn:rpl:standard:laerefag:TMF3:1",
        "code": "TMF3",
        "version": "1",
        "title": LocalText(nb="Tømrerfaget", nn="Tømrarfaget"),
        "laereplan_code": "TMF03-02",
        "programme_area_code": "BATMF3----",
        "utdanningsprogram": "BA",
        "vg1_programme": "BABAT1----",
        "vg2_programme": "BATMF2----",
        "laeretid_years": Decimal(4),
        "required_praksis_hours": Decimal(8700),
        "theory_exam_codes": ("TMF3102",),
        "areas": (
            Area(key="Planlegging", title=LocalText(nb="Planlegging"), order=1),
            Area(key="Bygging", title=LocalText(nb="Bygging"), order=2),
        ),
        "outcomes": (outcome(2, "Bygging"), outcome(1, "Planlegging"), outcome(3, "Bygging")),
    }
    args.update(kw)
    return Laerefag(**args)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------------------------
# LocalText


def test_local_text_get_with_fallback() -> None:
    t = LocalText(nb="bokmål", en="English")
    assert t.get("nb") == "bokmål"
    assert t.get("nn") == "bokmål"  # nynorsk falls back to bokmål
    assert t.get("sv") == "bokmål"
    assert t.get("se") == "bokmål"  # Northern Sami falls back to bokmål
    assert t.get("da", fallback=("en",)) == "English"
    assert LocalText(en="only").get("nb") == "only"
    assert LocalText().get("nb") == ""
    assert t.exact("nn") is None


def test_local_text_rejects_unknown_language_and_empty_text() -> None:
    with pytest.raises(ValidationError) as e:
        LocalText({"no": "norsk"})
    assert e.value.field == "no" and "nb, nn, en, sv, se, da" in e.value.detail
    with pytest.raises(ValidationError) as e:
        LocalText(nb="   ")
    assert e.value.field == "nb"


def test_local_text_is_immutable_hashable_and_ordered() -> None:
    t = LocalText({"en": "E", "nb": "B"})
    assert t.languages == ("nb", "en")
    assert t == LocalText(nb="B", en="E") and hash(t) == hash(LocalText(nb="B", en="E"))
    with pytest.raises(AttributeError):
        t.x = 1
    assert t.with_text("se", "S").exact("se") == "S"
    assert t.with_text("nb", None).languages == ("en",)
    assert t.as_dict() == {"nb": "B", "en": "E"}


# ------------------------------------------------------------------------------------------------
# outcomes and standards


def test_outcome_needs_uid_text_and_a_whole_order() -> None:
    with pytest.raises(ValidationError) as e:
        Outcome(uid="", text=LocalText(nb="x"), category="kunnskap")
    assert e.value.field == "uid"
    with pytest.raises(ValidationError) as e:
        Outcome(uid="u", text=LocalText(), category="kunnskap")
    assert e.value.field == "text"
    with pytest.raises(ValidationError) as e:
        Outcome(uid="u", text=LocalText(nb="x"), category="kunnskap", order=-1)
    assert e.value.field == "order"


def test_standard_checks_categories_per_kind() -> None:
    with pytest.raises(ValidationError) as e:
        emne(outcomes=(outcome(1), outcome(2, "kunnskaper")))
    assert e.value.field == "outcomes[1].category"
    assert "kunnskap, ferdigheter, generell_kompetanse" in e.value.detail
    swedish = Standard(
        uid="s",
        kind=StandardKind.BRANSCHMODELL,
        code="B",
        version="1",
        title=LocalText(sv="B"),
        outcomes=(outcome(1, "fardighet"),),
    )
    assert swedish.allowed_categories() == ("kunskap", "fardighet", "ansvar_och_sjalvstandighet")
    with pytest.raises(ValidationError):
        Standard(
            uid="s",
            kind=StandardKind.BRANSCHMODELL,
            code="B",
            version="1",
            title=LocalText(sv="B"),
            outcomes=(outcome(1, "kunnskap"),),
        )


def test_standard_rejects_duplicate_outcome_uids_and_unknown_kind() -> None:
    with pytest.raises(ValidationError) as e:
        emne(outcomes=(outcome(1), outcome(1, "ferdigheter")))
    assert e.value.field == "outcomes[1].uid" and "duplicate" in e.value.detail
    with pytest.raises(ValidationError) as e:
        Standard(uid="s", kind="kurs", code="B", version="1", title=LocalText(nb="B"))  # type: ignore[arg-type]
    assert e.value.field == "kind"


def test_outcomes_by_category_in_nkr_order() -> None:
    e = emne(
        outcomes=(
            outcome(3, "generell_kompetanse"),
            outcome(2, "ferdigheter"),
            outcome(1, "kunnskap"),
            outcome(4, "kunnskap"),
        )
    )
    groups = e.outcomes_by_category()
    assert list(groups) == ["kunnskap", "ferdigheter", "generell_kompetanse"]
    assert [o.order for o in groups["kunnskap"]] == [1, 4]


# ------------------------------------------------------------------------------------------------
# fagskole: NKR level, EQF, degrees, remaining credits


@pytest.mark.parametrize(("sp", "level"), [(10, "5.1"), (59, "5.1"), (60, "5.1"), (61, "5.2"), (120, "5.2")])
def test_nkr_level_derived_from_studiepoeng(sp: int, level: str) -> None:
    assert nkr_level_for(Decimal(sp)) == level
    e = emne(sp=sp)
    assert e.nkr_level == level and e.eqf_level == 5


def test_nkr_level_validated_against_studiepoeng() -> None:
    assert emne(sp=60, level="5.2").nkr_level == "5.2"  # exactly 60: the school decides
    assert emne(sp=60, level="5.1").nkr_level == "5.1"
    with pytest.raises(ValidationError) as e:
        emne(sp=90, level="5.1")
    assert e.value.field == "nkr_level" and "5.2" in e.value.detail
    with pytest.raises(ValidationError) as e:
        emne(sp=10, level="5.2")
    assert "nkr_level_reason" in e.value.detail
    assert emne(sp=10, level="5.2", reason="Part of a 120 sp programme").nkr_level == "5.2"
    with pytest.raises(ValidationError):
        emne(level="6")


def test_studiepoeng_positive_and_exact() -> None:
    with pytest.raises(ValidationError) as e:
        emne(sp=0)
    assert e.value.field == "studiepoeng"
    half = FagskoleEmne(uid="u", code="H", version="1", title=LocalText(nb="H"), studiepoeng=7.5)  # type: ignore[arg-type]
    assert half.studiepoeng == Decimal("7.5")


@pytest.mark.parametrize(
    ("sp", "name"),
    [
        (30, None),
        (60, "Fagskolegrad"),
        (90, "Fagskolegrad"),
        (100, None),
        (120, "Høyere fagskolegrad"),
        (180, "Høyere fagskolegrad"),
    ],
)
def test_degree_names(sp: int, name: str | None) -> None:
    assert degree_name(Decimal(sp)) == name


def test_utdanning_total_must_match_emner() -> None:
    u = utdanning([("A", 10), ("B", 15), ("C", 35)])
    assert u.studiepoeng == 60 and u.degree == "Fagskolegrad" and u.eqf_level == 5
    with pytest.raises(ValidationError) as e:
        utdanning([("A", 10), ("B", 15)], total=30)
    assert e.value.field == "studiepoeng" and "add up to 25" in e.value.detail
    with pytest.raises(ValidationError) as e:
        utdanning([("A", 10), ("A", 15)])
    assert e.value.field == "programme[1].code"
    with pytest.raises(ValidationError):
        utdanning([])


def test_remaining_after_recognised_emner() -> None:
    u = utdanning([("A", 10), ("B", 15), ("C", 15), ("D", 20)])
    r = u.remaining_after(["A", "C", "X"])
    assert [i.code for i in r.recognised] == ["A", "C"]
    assert [i.code for i in r.remaining] == ["B", "D"]
    assert r.recognised_studiepoeng == 25 and r.remaining_studiepoeng == 35
    assert r.not_in_programme == ("X",)
    assert u.remaining_after([]).remaining_studiepoeng == 60


# ------------------------------------------------------------------------------------------------
# lærefag


def test_laerefag_areas_and_categories() -> None:
    lf = laerefag()
    by_area = lf.outcomes_by_area()
    assert [a.key for a, _ in by_area] == ["Planlegging", "Bygging"]
    assert [o.order for o in by_area[1][1]] == [2, 3]
    with pytest.raises(ValidationError) as e:
        laerefag(outcomes=(outcome(1, "Ukjent"),))
    assert e.value.field == "outcomes[0].category" and "Planlegging, Bygging" in e.value.detail
    with pytest.raises(ValidationError) as e:
        laerefag(
            areas=(Area(key="A", title=LocalText(nb="A")), Area(key="A", title=LocalText(nb="B"))),
            outcomes=(),
        )
    assert e.value.field == "areas[1].key"


def test_laerefag_numbers() -> None:
    assert laerefag(laeretid_years=4.5).laeretid_years == Decimal("4.5")
    with pytest.raises(ValidationError) as e:
        laerefag(required_praksis_hours=Decimal(0))
    assert e.value.field == "required_praksis_hours"
    assert laerefag(required_praksis_hours=None, laeretid_years=None).required_praksis_hours is None


def test_laerefag_to_trade() -> None:
    trade = laerefag().to_trade()
    assert trade.code == "TMF3" and trade.title == "Tømrerfaget"
    assert trade.required_hours == 8700 and trade.laeretid_years == 4
    assert trade.vg3_code == "BATMF3----" and trade.programme_code == "BA"
    assert trade.theory_exam_codes == ("TMF3102",)
    half = laerefag(laeretid_years=Decimal("4.5")).to_trade()
    assert half.laeretid_years == Fraction(9, 2)
    with pytest.raises(ValidationError):
        laerefag(required_praksis_hours=None).to_trade()


def test_grep_ref_keeps_source() -> None:
    ref = GrepRef.from_source({"kode": "KM1", "uri": "http://psi.udir.no/kl06/KM1", "tittel": "x"}, "nn")
    assert ref.kode == "KM1" and ref.uri.endswith("KM1") and ref.is_reference
    assert not GrepRef.from_source({"tittel": {"tekst": []}}).is_reference
    with pytest.raises(ValidationError):
        GrepRef.from_source({"x": float("nan")})
    with pytest.raises(ValidationError):
        GrepRef("[1]")
    with pytest.raises(ValidationError):
        GrepRef("{}", "no")


# ------------------------------------------------------------------------------------------------
# admission on realkompetanse


def test_turning_23_on_31_december_of_the_admission_year_counts() -> None:
    ok, message = check_admission_age(date(2002, 12, 31), 2025, admission())
    assert ok and "23" in message and "2025" in message


def test_turning_23_the_year_after_is_too_young() -> None:
    ok, message = check_admission_age(date(2003, 1, 1), 2025, admission())
    assert not ok
    assert "2026" in message  # when it becomes possible


def test_older_applicant_accepted() -> None:
    assert check_admission_age(date(1980, 6, 15), 2025, admission())[0]


def test_art_programme_19() -> None:
    art = admission(min_age=19, approved_art_programme=True)
    assert check_admission_age(date(2006, 12, 31), 2025, art)[0]
    assert not check_admission_age(date(2007, 1, 1), 2025, art)[0]
    with pytest.raises(ValidationError) as e:
        admission(min_age=19)
    assert e.value.field == "min_age" and "approved_art_programme" in e.value.detail
    with pytest.raises(ValidationError):
        admission(min_age=25)


def test_programme_requiring_authorisation_refuses_rk_admission() -> None:
    req = admission(requires_authorisation=True)
    ok, message = check_admission_age(date(1970, 1, 1), 2025, req)
    assert not ok and "authorisation" in message


# ------------------------------------------------------------------------------------------------
# the catalogue


def test_catalogue_lookups_and_latest_version() -> None:
    v2, v10 = emne(version="2"), emne(version="10")
    cat = Catalogue([v10, v2, laerefag()])
    assert cat.latest("E1") is v10  # numbers inside versions compare as numbers
    assert cat.find("E1", "2") is v2 and cat.find("E1") is v10 and cat.find("E1", "3") is None
    assert cat.versions("E1") == (v2, v10)
    assert cat.get(v2.uid) is v2 and v2.uid in cat and len(cat) == 3
    assert cat.of_kind(StandardKind.LAEREFAG)[0].code == "TMF3"
    assert cat.laerefag_by_laereplan("TMF03-02") is not None
    assert cat.latest("nope") is None


def test_catalogue_rejects_duplicates() -> None:
    with pytest.raises(ValidationError) as e:
        Catalogue([emne("A"), dataclasses.replace(emne("B"), uid=emne("A").uid)])
    assert e.value.field == "standards[1].uid" and "standards[0]" in e.value.detail
    with pytest.raises(ValidationError) as e:
        Catalogue([emne("A"), dataclasses.replace(emne("A"), uid="other")])
    assert e.value.field == "standards[1].version"


def test_catalogue_checks_utdanning_emner() -> None:
    u = utdanning([("A", 10), ("B", 15)])
    Catalogue([emne("A", 10), emne("B", 15), u])
    with pytest.raises(ValidationError) as e:
        Catalogue([emne("A", 10), u])
    assert e.value.field == "standards[1].programme[1].code" and "'B'" in e.value.detail
    with pytest.raises(ValidationError) as e:
        Catalogue([emne("A", 10), emne("B", 20), u])
    assert e.value.field == "standards[2].programme[1].studiepoeng"


def test_catalogue_is_immutable_replace_returns_new() -> None:
    cat = Catalogue([emne("A")])
    new = cat.replace(emne("A", 15))
    assert cat.find("A").studiepoeng == 10  # type: ignore[union-attr]
    assert new.find("A").studiepoeng == 15  # type: ignore[union-attr]
    assert len(cat.replace(emne("B"))) == 2 and len(new.without(emne("A").uid)) == 0
    with pytest.raises(AttributeError):
        cat.sample = True
    assert cat.merged(Catalogue([emne("B")])) == Catalogue([emne("A"), emne("B")])


def test_trades_from_catalogue() -> None:
    cat = Catalogue([laerefag(), emne("A")])
    assert set(trades(cat)) == {"TMF3"}


def test_ids_and_version_key() -> None:
    assert local_outcome_uid("HEL-EO10", 3) == "urn:rpl:outcome:HEL-EO10:3"
    assert local_standard_uid("laerefag", "TMF3", "1") == "urn:rpl:standard:laerefag:TMF3:1"
    assert sorted(["10", "2", "1.5", "1.10"], key=version_key) == ["1.5", "1.10", "2", "10"]
    assert version_key("2018-12-12") < version_key("2020-01-01")
