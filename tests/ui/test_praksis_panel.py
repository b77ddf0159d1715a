"""The praksiskandidat panel, fed with real results of the public scenarios.

The scenarios are those of shared/scenarios/praksis-public.md.
Each test computes a result through the headless request parser with the bundled rule profiles and
catalogue, shows it, and checks what the caseworker sees: the status in words, what is left, the chart,
the contribution table, the warnings with their advice, and the exam checklist.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QWidget

from rpl_desktop.domain.praksis import PraksisResult, Status, WarningCode, compute_praksis
from rpl_desktop.services.praksis_io import compute_from_json, load_profile, load_trades, parse_request
from rpl_desktop.ui.praksis_chart import CAPPED_COLOUR, YearChartWidget
from rpl_desktop.ui.praksis_panel import PraksisContributionTableModel, PraksisPanelWidget

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
PROFILES = RESOURCES / "rule_profiles"
TRADES = load_trades(RESOURCES / "catalogue" / "sample-catalogue.json")
NBSP = "\u00a0"
M = PraksisContributionTableModel


def job(start: str, end: str | None, fte: int = 100, country: str = "NO", **extra: Any) -> dict[str, Any]:
    return {"start": start, "end": end, "fte_percent": fte, "country": country, **extra}


def request(experiences: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "reference_date": "2025-06-01",
        "rule_profile": "national",
        "target": {"trade": "TMF3"},
        "experiences": experiences,
    }
    body.update(extra)
    return body


def compute(body: dict[str, Any]) -> PraksisResult:
    req = parse_request(body, profiles_dir=PROFILES, trades=TRADES)
    return compute_praksis(req.periods, req.schooling, req.exams, req.trade, req.profile, req.reference_date)


SCENARIO_1 = request([job("2020-01-01", "2024-12-31", employer="Byggmester AS", role="Tømrer")])
SCENARIO_3B = request([job("2020-01-01", "2024-12-31", 75, employer="Byggmester AS", role="Tømrer")])
SCENARIO_4 = request(
    [
        job("2024-01-01", "2024-12-31", 60, employer="Nordbygg AS", role="Tømrer"),
        job("2024-01-01", "2024-12-31", 60, employer="Fjordhus AS", role="Tømrer"),
    ]
)
SCENARIO_5 = request(
    [job("2022-06-01", "2025-05-31", employer="Byggmester AS")],
    schooling=[
        {"level": "vg1", "relation": "trade", "passed": True, "label": "Vg1 bygg- og anleggsteknikk"},
        {"level": "vg2", "relation": "trade", "passed": True, "label": "Vg2 tømrer"},
    ],
)
SCENARIO_7 = request(
    [
        job("2000-01-01", "2005-12-31", employer="Gammel Bygg AS"),
        job("2024-01-01", "2024-12-31", employer="Ny AS"),
    ]
)
SCENARIO_9 = request(
    [  # ten one-month jobs (January, May, September of 2016-2019), then 54 months at one employer
        job(
            f"{2016 + i // 3}-{1 + 4 * (i % 3):02d}-01",
            f"{2016 + i // 3}-{1 + 4 * (i % 3):02d}-{(31, 31, 30)[i % 3]}",
            employer=f"Firma {i}",
        )
        for i in range(10)
    ]
    + [job("2020-01-01", "2024-06-30", employer="Hovedarbeidsgiver")]
)
SCENARIO_10 = [
    job("2020-01-01", "2023-12-31", country="PL", employer="Budimex SA"),
    job("2024-01-01", "2024-12-31"),
]


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """English (UK) numbers unless a test says otherwise; the default locale is restored afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def panel(qtbot) -> PraksisPanelWidget:
    widget = PraksisPanelWidget()
    qtbot.addWidget(widget)
    widget.resize(820, 900)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def cards(panel: PraksisPanelWidget) -> list[QWidget]:
    return panel._cards("warningCard")


# ------------------------------------------------------------------------------------------------
# headline and totals


def test_scenario_3b_not_met_shows_fifteen_months_left(panel: PraksisPanelWidget) -> None:
    result = compute(SCENARIO_3B)
    panel.show_result(result)
    assert panel.headline_text() == "Practice time requirement not met"
    assert panel.context_text() == "Tømrerfaget · national profile 2025.1 · reference date 01.06.2025"
    assert panel.remaining_text() == "15 months at full time left (2,175 h)"
    totals = panel.totals_texts()
    assert totals["required"] == "8,700 h (60 months)"
    assert totals["work"] == "6,525 h · 45 months"
    assert totals["school"] == "0 months"
    assert totals["total"] == "6,525 h · 45 months"
    assert totals["recency"] == f"100{NBSP}% of the practice is from the last 10 years"
    assert not panel._status_icon.pixmap().isNull()  # the status is an icon and words, not colour alone
    assert "not met" in panel.accessibleDescription()
    # the same figures as the headless JSON
    headless = compute_from_json(SCENARIO_3B, profiles_dir=PROFILES, trades=TRADES)
    assert headless["remaining_hours"] == 2175.0 and headless["status"] == "not_met"


def test_scenario_1_met_says_requirement_reached(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(SCENARIO_1))
    assert panel.headline_text() == "Practice time requirement met"
    assert panel.remaining_text() == "Requirement reached"
    assert [c.property("code") for c in cards(panel)] == []
    assert panel.findChild(QLabel, "noWarnings").text() == "No warnings."


def test_scenario_6_part_month_left_is_rounded_up_to_a_tenth(panel: PraksisPanelWidget) -> None:
    result = compute(request([job("2020-01-01", "2025-02-28")], target={"trade": "ELE3"}))
    assert result.remaining_hours == Decimal("800.0")  # 5.517 months
    panel.show_result(result)
    assert panel.remaining_text() == "5.6 months at full time left (800 h)"


def test_norwegian_numbers_use_space_thousands_and_decimal_comma(panel: PraksisPanelWidget) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    panel.show_result(compute(SCENARIO_4))
    totals = panel.totals_texts()
    assert totals["required"] == f"8{NBSP}700 h (60 months)"
    assert totals["capped"] == "2,4 months (not credited)"
    assert panel.remaining_text() == f"48 months at full time left (6{NBSP}960 h)"
    assert panel.model.index(0, M.COL_POSITION).data() == f"60{NBSP}%"
    assert "14,4" in panel.chart.tooltip_for(0)


# ------------------------------------------------------------------------------------------------
# chart


def test_scenario_4_chart_shows_the_capped_part_of_2024(panel: PraksisPanelWidget, qtbot) -> None:
    panel.show_result(compute(SCENARIO_4))
    bars = panel.chart.bars()
    assert len(bars) == 1
    (bar,) = bars
    assert (bar.year, bar.credited, bar.capped, bar.school) == (2024, 12.0, pytest.approx(2.4), 0.0)
    assert panel.chart.cap() == 12
    tip = panel.chart.tooltip_for(0)
    assert "Credited practice: 12 months" in tip
    assert "Worked 14.4 months; 2.4 cut by the yearly cap of 12" in tip
    assert "cut by the yearly cap" in panel.chart.accessibleDescription()
    # the capped segment is painted (hatched red over pale red) just above the cap line
    qtbot.waitUntil(lambda: panel.chart.width() > 300)
    image = panel.chart.grab().toImage()
    rect = panel.chart.bar_rect(0)
    plot = panel.chart.plot_rect()
    y_capped = plot.bottom() - plot.height() * 13.2 / panel.chart._scale_top()
    colours = [
        QColor(image.pixel(int(x), int(y_capped))) for x in range(int(rect.left()) + 2, int(rect.right()) - 2)
    ]
    assert any(c.red() > 150 and c.blue() < 150 for c in colours), "no red hatching in the capped segment"
    assert QColor(CAPPED_COLOUR) in [
        QColor(image.pixel(int(x), int(y_capped))) for x in range(int(rect.left()), int(rect.right()))
    ]
    y_credited = plot.bottom() - plot.height() * 6 / panel.chart._scale_top()
    assert QColor(image.pixel(int(rect.center().x()), int(y_credited))).blue() > 150  # the blue credited part


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: the tooltip window
def test_chart_tooltip_event_shows_the_figures(panel: PraksisPanelWidget, qtbot) -> None:
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    panel.show_result(compute(SCENARIO_4))
    centre = panel.chart.bar_rect(0).center().toPoint()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, centre, panel.chart.mapToGlobal(centre))
    QApplication.sendEvent(panel.chart, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "2.4 cut by the yearly cap" in QToolTip.text()
    QToolTip.hideText()
    assert panel.chart.bar_at(QPoint(2, 2).toPointF()) is None


def test_scenario_5_school_credit_without_a_year_gets_its_own_bar(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(SCENARIO_5))
    bars = panel.chart.bars()
    assert [b.label for b in bars] == ["2022", "2023", "2024", "2025", "School"]
    assert bars[-1].school == 24 and bars[-1].year is None
    assert panel.totals_texts()["school"] == "24 months"
    assert "24 months of school credit" in panel.chart.summary()


def test_year_labels_stay_readable_for_thirty_five_years(qtbot) -> None:
    result = compute(request([job("1990-01-01", "2024-12-31", 50)]))
    chart = YearChartWidget()
    qtbot.addWidget(chart)
    chart.set_data(result.per_year, reference_date=result.reference_date)
    assert len(chart.bars()) == 35
    for width, expect_every_year in ((420, False), (2400, True)):
        chart.resize(width, chart.heightForWidth(width))
        labels = chart.year_labels()
        rects = [r for _, r in labels]
        assert all(a.right() < b.left() for a, b in zip(rects, rects[1:], strict=False)), "labels overlap"
        assert (len(labels) == 35) is expect_every_year
        assert len(labels) >= 4
    chart.resize(420, chart.heightForWidth(420))
    assert chart.label_step() in (2, 5)
    assert not chart.value_labels_shown()  # 35 narrow bars: no figures squeezed above them
    assert chart.heightForWidth(300) >= chart.heightForWidth(900)  # the legend wraps when narrow
    chart.grab()  # paints without warnings


# ------------------------------------------------------------------------------------------------
# contribution table


def test_table_has_one_row_per_period_and_school_year(panel: PraksisPanelWidget, qtmodeltester) -> None:
    panel.show_result(compute(SCENARIO_5))
    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert model.index(0, M.COL_EMPLOYER).data() == "Byggmester AS"
    assert model.index(0, M.COL_FROM).data() == "01.06.2022"
    assert model.index(0, M.COL_TO).data() == "31.05.2025"
    assert model.index(0, M.COL_CREDITED).data() == "36"
    assert model.index(0, M.COL_RECENT).data() == "Yes"
    assert model.index(1, M.COL_EMPLOYER).data() == "School: Vg1"
    assert model.index(1, M.COL_ROLE).data() == "Vg1 bygg- og anleggsteknikk (for this trade)"
    assert model.index(1, M.COL_CREDITED).data() == "12"
    assert "utdanningsprogram" in model.index(1, M.COL_NOTE).data()
    assert model.headerData(M.COL_RECENT, Qt.Orientation.Horizontal) == "In the last\n10 years"


def test_table_marks_threshold_ongoing_clipped_and_old_periods(
    panel: PraksisPanelWidget, qtmodeltester
) -> None:
    body = request(
        [
            job("2000-01-01", "2005-12-31", 80, employer="Gammel AS", role="Tømrer"),
            job("2014-01-01", "2016-12-31", 50, employer="Deltid AS"),
            job("2023-01-01", None, employer="Nå AS"),
            job("2024-01-01", "2026-12-31", 40, employer="Lang AS"),
            job("2026-01-01", "2026-06-30", employer="Senere AS"),
        ]
    )
    panel.show_result(compute(body))
    model = panel.model
    qtmodeltester.check(model)
    assert model.rowCount() == 5
    assert model.index(0, M.COL_POSITION).data() == f"80{NBSP}%"
    assert model.index(0, M.COL_FACTOR).data() == f"100{NBSP}%"
    assert "full-time threshold" in model.index(0, M.COL_FACTOR).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, M.COL_RECENT).data() == "No"
    assert model.index(1, M.COL_FACTOR).data() == f"50{NBSP}%"
    assert model.index(1, M.COL_RECENT).data().startswith("Partly: ")
    assert model.index(2, M.COL_TO).data() == "ongoing"
    assert model.index(2, M.COL_NOTE).data() == (
        "Ongoing: counted up to the reference date 01.06.2025; 3.43 months cut by the yearly cap"
    )
    assert model.index(3, M.COL_TO).data() == "01.06.2025"
    assert model.index(3, M.COL_NOTE).data() == (
        "Ends after the reference date: counted up to 01.06.2025; 1.37 months cut by the yearly cap"
    )
    assert model.index(4, M.COL_NOTE).data() == "Not counted: starts after the reference date"
    assert model.index(4, M.COL_CREDITED).data() == "0"
    assert model.index(4, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed out
    assert model.index(0, 0).data(M.ContributionRole).employer == "Gammel AS"


def test_scenario_4_table_shows_the_cap_per_period(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(SCENARIO_4))
    model = panel.model
    assert model.rowCount() == 2
    assert [model.index(r, M.COL_CREDITED).data() for r in range(2)] == ["6", "6"]
    assert model.index(0, M.COL_CALENDAR).data() == "12"
    assert model.index(0, M.COL_NOTE).data() == "1.2 months cut by the yearly cap"


# ------------------------------------------------------------------------------------------------
# warnings


def test_scenario_7_old_practice_needs_judgement_with_advice(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(SCENARIO_7))
    assert panel.headline_text() == "Practice time requirement needs judgement"
    assert len(panel.chart.bars()) == 25  # 2000 to 2024, empty years included
    assert panel.totals_texts()["recency"] == f"14{NBSP}% of the practice is from the last 10 years"
    (card,) = cards(panel)
    assert card.property("code") == "recency" and card.property("needsJudgement") is True
    text = card.property("plainText")
    assert text.startswith("Much of the practice is old [Needs your judgement] What to check:")
    assert "still relevant to today's Vg3 læreplan" in text
    assert "Only 14 % of the credited practice" in text  # the calculator's own message is shown too


def test_scenario_9_short_stints_are_one_card_with_every_period(panel: PraksisPanelWidget) -> None:
    result = compute(SCENARIO_9)
    assert result.status is Status.NEEDS_JUDGEMENT
    panel.show_result(result)
    (card,) = cards(panel)
    text = card.property("plainText")
    assert text.startswith("Period shorter than 2 months (10) [Needs your judgement]")
    assert (
        "Period shorter than 2 months: check that it was a continuous engagement; several short jobs at the "
        "same employer may be one period." in text
    )
    for i in range(10):
        assert f"Firma {i}," in text
    assert panel.model.rowCount() == 11


def test_scenario_10_agder_profile_judgement_before_information(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(request(SCENARIO_10, rule_profile="agder-example")))
    assert panel.headline_text() == "Practice time requirement needs judgement"
    assert panel.context_text() == "Tømrerfaget · agder-example profile 2025.1 · reference date 01.06.2025"
    assert [(c.property("code"), c.property("needsJudgement")) for c in cards(panel)] == [
        ("norway_minimum", True),
        ("foreign_practice", False),
    ]
    texts = panel.warning_texts()
    assert "check whether the county accepts the foreign practice" in texts[0]
    assert texts[1].startswith("Practice abroad [For information]")
    assert "translated into Norwegian" in texts[1]
    assert panel.totals_texts()["norway"] == "12 months in Norway, 48 months abroad"
    assert panel.model.index(0, M.COL_COUNTRY).data() == "PL"


def test_scenario_10_national_profile_is_met_with_a_note_on_translation(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(request(SCENARIO_10)))
    assert panel.headline_text() == "Practice time requirement met"
    assert [c.property("code") for c in cards(panel)] == ["foreign_practice"]


def test_every_warning_code_has_its_own_explanation_and_advice(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(SCENARIO_1))
    seen = set()
    for code in WarningCode:
        title, advice = panel.warning_advice(code)
        assert title and title != code.value
        assert advice and "Read the message" not in advice
        seen.add(advice)
    assert len(seen) == len(WarningCode)
    assert panel.warning_advice(WarningCode.SHORT_PERIOD)[1] == (
        "Period shorter than 2 months: check that it was a continuous engagement; several short jobs at the "
        "same employer may be one period."
    )


def test_showing_another_result_replaces_the_cards(panel: PraksisPanelWidget, qtbot) -> None:
    panel.show_result(compute(request(SCENARIO_10, rule_profile="agder-example")))
    assert len(cards(panel)) == 2
    panel.show_result(compute(SCENARIO_7))
    assert [c.property("code") for c in cards(panel)] == ["recency"]


# ------------------------------------------------------------------------------------------------
# exam and certificate checklist


def test_checklist_exam_states_relevance_line_and_reasons(panel: PraksisPanelWidget) -> None:
    relevance = (
        "Approval also needs your recorded assessment of relevance against the Vg3 kompetansemål "
        "(mapping matrix)."
    )
    panel.show_result(compute(SCENARIO_1))
    assert panel.checklist_texts() == ["Theory exam TMF3102: not registered", relevance]

    passed = dict(SCENARIO_1, exams=[{"code": "TMF3102", "date": "2024-12-05", "passed": True}])
    panel.show_result(compute(passed))
    assert panel.checklist_texts()[0] == "Theory exam TMF3102: passed on 05.12.2024"

    failed = dict(SCENARIO_1, exams=[{"code": "TMF3102", "date": "2024-12-05", "passed": False}])
    reasons = ["The theory exam TMF3102 is not passed.", "No relevance assessment recorded."]
    panel.show_result(compute(failed), approvable_reasons=reasons)
    texts = panel.checklist_texts()
    assert texts[0] == "Theory exam TMF3102: not passed (05.12.2024)"
    assert texts[1] == relevance
    assert texts[2] == "The case cannot be approved yet: " + " ".join(reasons)


def test_checklist_lists_extra_certificates_to_confirm(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(request([job("2020-01-01", "2024-12-31")], target={"trade": "YSJ3"})))
    texts = panel.checklist_texts()
    assert texts[0] == "Theory exam YSJ3102: not registered"
    assert "Confirm certificate: Førerkort klasse C eller D" in texts
    assert any(t.startswith("Confirm certificate: Yrkessjåførkompetanse") for t in texts)


# ------------------------------------------------------------------------------------------------
# empty state, profiles, screenshot


def test_clear_shows_the_message_and_hides_the_result(panel: PraksisPanelWidget) -> None:
    panel.show_result(compute(SCENARIO_4))
    panel.clear("Add the candidate's work history to compute the practice time.")
    assert panel.result() is None
    assert panel._placeholder.isVisible()
    assert panel._placeholder.text() == "Add the candidate's work history to compute the practice time."
    assert not panel._headline_frame.isVisible() and not panel._chart_box.isVisible()
    assert panel.model.rowCount() == 0 and panel.chart.bars() == []


def test_an_overridden_profile_passed_in_sets_the_recency_window(panel: PraksisPanelWidget) -> None:
    body = request([job("2012-01-01", "2024-12-31")], rule_profile={"base": "national", "recency_years": 5})
    profile = load_profile({"base": "national", "recency_years": 5}, PROFILES)
    result = compute(body)
    panel.show_result(result)  # not a bundled profile: neutral wording
    assert panel.totals_texts()["recency"].endswith("is within the profile's recency window")
    panel.show_result(result, profile=profile)
    assert panel.totals_texts()["recency"].endswith("of the practice is from the last 5 years")
    assert panel.model.headerData(M.COL_RECENT, Qt.Orientation.Horizontal) == "In the last\n5 years"


def test_screenshot_of_a_busy_case(panel: PraksisPanelWidget, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    body = request(
        [
            job("1992-03-01", "1996-08-31", employer="Gamle Snekkeri AS", role="Tømrer"),
            job("2010-01-01", "2015-12-31", 50, employer="Byggmester Hansen AS", role="Tømrer"),
            job("2015-01-01", "2015-12-31", 60, employer="Fjordhus AS", role="Tømrer"),
            job("2019-01-01", "2019-01-31", employer="Kortjobb AS", role="Tømrer"),
            job("2019-03-01", "2020-12-31", country="SE", employer="Trähus AB", role="Snickare"),
            job("2021-05-01", None, employer="Eget firma", role="Tømrer", kind="self_employed"),
        ],
        schooling=[
            {"level": "vg1", "relation": "trade", "passed": True, "year": 2009, "label": "Vg1 bygg"},
            {"level": "vg2", "relation": "trade", "passed": True, "label": "Vg2 tømrer"},
        ],
        exams=[{"code": "TMF3102", "date": "2024-12-05", "passed": True}],
    )
    panel.show_result(compute(body), approvable_reasons=["No relevance assessment recorded."])
    content = panel.findChild(QWidget, "praksisContent")
    qtbot.waitUntil(lambda: content.height() > 1200)
    pixmap = content.grab()
    assert pixmap.save(str(tmp_path / "praksis_panel.png"))
    assert pixmap.width() >= 800 and pixmap.height() > 1200


def test_blockers_from_the_case_service_are_listed(panel: PraksisPanelWidget) -> None:
    from rpl_desktop.services.praksis_case import approval_blockers

    result = compute(SCENARIO_3B)
    panel.show_result(
        result, approvable_reasons=approval_blockers(result), profile=load_profile("national", PROFILES)
    )
    last = panel.checklist_texts()[-1]
    assert last.startswith("The case cannot be approved yet: The practice time is not met")
    assert "The theory exam TMF3102 is not registered as passed." in last
