"""TimelineWidget: lanes for overlaps, gaps, height by position %, clicks and the summary in words."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from rpl_desktop.domain.register import HistoryPeriod, PeriodKind
from rpl_desktop.ui.timeline_widget import TimelineWidget, assign_lanes, find_gaps, find_overlaps

TODAY = date(2025, 6, 1)


def period(
    pid,
    start,
    end,
    fte=100.0,
    employer="Employer",
    country="NO",
    confirmed=True,
    hours=None,
    kind=PeriodKind.EMPLOYMENT,
):
    return HistoryPeriod(
        kind=kind,
        employer=employer,
        start=start,
        end=end,
        fte_percent=fte,
        hours_per_week=hours,
        country=country,
        third_party_confirmed=confirmed,
        id=pid,
    )


@pytest.fixture
def timeline(qtbot):
    widget = TimelineWidget(today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(800, widget.sizeHint().height())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


HISTORY = [
    period(1, date(2003, 9, 1), date(2012, 6, 30), employer="Elektro-Instal", country="PL"),
    period(2, date(2012, 9, 1), date(2014, 2, 28), fte=60, employer="Drammen Elektro"),
    period(3, date(2013, 1, 1), date(2013, 12, 31), fte=20, employer="Kveldsjobb", confirmed=False),
    period(4, date(2014, 3, 1), None, employer="Buskerud Installasjon"),
    period(
        5,
        date(2016, 1, 1),
        date(2016, 6, 30),
        fte=None,
        hours=7.5,
        employer="Kurs",
        kind=PeriodKind.NON_FORMAL_COURSE,
    ),
]


def test_overlapping_periods_get_their_own_lane(timeline):
    timeline.set_periods(HISTORY)
    assert timeline.lanes() == [[1, 2, 4], [3, 5]]
    assert timeline.overlaps() == [(2, 3), (4, 5)]
    lane_of = {bar.period_id: bar.lane for bar in timeline.bars()}
    for a, b in timeline.overlaps():
        assert lane_of[a] != lane_of[b]


def test_adjacent_periods_share_a_lane():
    bars = assign_lanes(
        [
            period(1, date(2010, 1, 1), date(2010, 12, 31)),
            period(2, date(2011, 1, 1), date(2011, 12, 31)),
            period(3, date(2011, 12, 31), None),
        ],
        TODAY,
    )
    lanes = {b.period_id: b.lane for b in bars}
    assert lanes[1] == lanes[2] == 0
    assert lanes[3] == 1  # one shared day is an overlap
    assert find_overlaps(bars) == [(2, 3)]


def test_gaps_of_a_month_or_more(timeline):
    timeline.set_periods(HISTORY)
    # 1.7.2012-31.8.2012 between job 1 and 2; nothing after 2014 (job 4 is ongoing)
    assert timeline.gaps() == [(date(2012, 7, 1), date(2012, 8, 31))]
    short = assign_lanes(
        [period(1, date(2010, 1, 1), date(2010, 6, 30)), period(2, date(2010, 7, 20), date(2010, 12, 31))],
        TODAY,
    )
    assert find_gaps(short) == []  # three weeks of holiday are no gap


def test_summary_and_accessible_description(timeline):
    timeline.set_periods(HISTORY)
    text = "5 periods from 2003 to today; 2 overlaps; 1 gap of 2 months"
    assert timeline.summary() == text
    assert timeline.accessibleDescription() == text
    timeline.set_periods(
        [
            period(1, date(2010, 1, 1), date(2012, 12, 31)),
            period(2, date(2014, 1, 1), date(2014, 6, 30)),
            period(3, date(2015, 1, 1), date(2015, 6, 30)),
        ]
    )
    assert timeline.summary() == "3 periods from 2010 to 2015; no overlaps; 2 gaps, the longest 12 months"
    timeline.set_periods([])
    assert timeline.summary() == "No periods recorded."


def test_bar_height_follows_position_percent(timeline):
    timeline.set_periods(HISTORY)
    full = timeline.bar_rect(1)
    sixty = timeline.bar_rect(2)
    twenty = timeline.bar_rect(3)
    assert sixty.height() == pytest.approx(full.height() * 0.6)
    assert twenty.height() == pytest.approx(full.height() * 0.2)
    assert full.bottom() == pytest.approx(sixty.bottom())  # bottom-aligned in the lane
    hours = timeline.bar_rect(5)
    assert hours.height() == pytest.approx(full.height() * 0.2)  # 7.5 of 37.5 hours


def test_bars_are_placed_in_time_and_ongoing_runs_to_today(timeline):
    timeline.set_periods(HISTORY)
    first, second, ongoing = timeline.bar_rect(1), timeline.bar_rect(2), timeline.bar_rect(4)
    assert first.right() < second.left()  # the gap is empty axis
    assert ongoing.left() > second.left()
    ongoing_bar = next(b for b in timeline.bars() if b.period_id == 4)
    assert ongoing_bar.ongoing and ongoing_bar.end == TODAY
    assert ongoing.right() <= timeline.width()


def test_click_on_a_bar_emits_its_period(qtbot, timeline):
    timeline.set_periods(HISTORY)
    centre = timeline.bar_rect(2).center().toPoint()
    with qtbot.waitSignal(timeline.periodClicked) as signal:
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == [2]
    assert timeline.selected_period() == 2
    # a thin bar is hit anywhere in its lane's height above it
    thin = timeline.bar_rect(3)
    with qtbot.waitSignal(timeline.periodClicked) as signal:
        qtbot.mouseClick(
            timeline, Qt.MouseButton.LeftButton, pos=QPoint(int(thin.center().x()), int(thin.top() - 8))
        )
    assert signal.args == [3]
    with qtbot.assertNotEmitted(timeline.periodClicked):
        qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(2, 2))


def test_keyboard_moves_between_bars(qtbot, timeline):
    timeline.set_periods(HISTORY)
    timeline.setFocus()
    with qtbot.waitSignal(timeline.periodClicked) as signal:
        qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert signal.args == [1]
    qtbot.keyClick(timeline, Qt.Key.Key_Right)
    assert timeline.selected_period() == 2
    qtbot.keyClick(timeline, Qt.Key.Key_Left)
    assert timeline.selected_period() == 1


def test_tooltip_text(timeline):
    timeline.set_periods(HISTORY)
    tip = timeline.tooltip_for(1)
    assert "Elektro-Instal" in tip and "01.09.2003 – 30.06.2012" in tip and "100 %" in tip and "PL" in tip
    assert "ongoing" in timeline.tooltip_for(4)
    assert "7.5 hours/week (≈ 20 %)" in timeline.tooltip_for(5)


def test_set_selected_does_not_emit(qtbot, timeline):
    timeline.set_periods(HISTORY)
    with qtbot.assertNotEmitted(timeline.periodClicked):
        timeline.set_selected(4)
    assert timeline.selected_period() == 4
    timeline.set_periods(HISTORY[:2])
    assert timeline.selected_period() is None


def test_painting_many_shapes_and_sizes(qtbot, timeline):
    """Paint at several widths (narrow to wide) with and without data; the image is not empty."""
    for periods in ([], HISTORY, [period(1, date(1975, 1, 1), None, fte=5, country="UA")]):
        timeline.set_periods(periods)
        for width in (120, 400, 1600):
            timeline.resize(width, timeline.sizeHint().height())
            image = timeline.grab().toImage()
            assert image.width() == width
    timeline.set_home_country("SE")
    timeline.grab()


def test_height_grows_with_lanes_and_legend(timeline):
    timeline.set_periods(HISTORY[:1])
    one_lane = timeline.sizeHint().height()
    timeline.set_periods(HISTORY)  # two lanes, two kinds and an unconfirmed period: legend shown
    assert (
        timeline.sizeHint().height() >= one_lane + TimelineWidget.LANE_HEIGHT + TimelineWidget.LEGEND_HEIGHT
    )
