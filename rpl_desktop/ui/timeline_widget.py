"""A picture of a work history: each period a bar on a time axis.

What a caseworker must see at a glance, and how it is drawn:

* **position %**: the bar's height (100 % fills the lane; 20 % is a thin bar), bottom-aligned so
  part-time stands out;
* **overlaps**: overlapping periods are stacked in separate lanes (greedy interval colouring);
* **gaps**: stretches covered by no period stay empty, with a faint red mark and the length on the
  axis;
* **ongoing** periods run to today and fade out, with an arrow;
* **foreign** periods carry their country code on the bar.

Clicking a bar (or moving with Left/Right when the widget has focus) emits ``periodClicked(id)``.
The accessible description says the same in words ("5 periods from 2003 to today; 2 overlaps; 1 gap
of 3 months").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rpl_desktop.domain.register import HistoryPeriod, PeriodKind
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.history_table import format_number, period_kind_label
from rpl_desktop.ui.i18n import fill

GAP_MIN_DAYS = 31  # shorter breaks (holidays, a weekend between jobs) are not gaps

_KIND_COLOURS = {
    PeriodKind.EMPLOYMENT: "#2f6db5",
    PeriodKind.SELF_EMPLOYED: "#7a4fb0",
    PeriodKind.VOLUNTARY: "#2e8b57",
    PeriodKind.WORK_TRAINING: "#c07a18",
    PeriodKind.LEISURE: "#6b7b8c",
    PeriodKind.NON_FORMAL_COURSE: "#b5456b",
}


@dataclass(frozen=True)
class TimelineBar:
    """One period as drawn: ``end`` is today for an ongoing period."""

    period_id: int
    lane: int
    start: date
    end: date
    ongoing: bool
    fte: float
    period: HistoryPeriod


def months_between(days: int) -> int:
    return max(1, round(days / 30.44))


def assign_lanes(periods: Sequence[HistoryPeriod], today: date) -> list[TimelineBar]:
    """Stack periods in lanes so that no two periods in one lane overlap (first free lane wins)."""
    lane_ends: list[date] = []
    bars: list[TimelineBar] = []
    ordered = sorted(enumerate(periods), key=lambda ip: (ip[1].start, ip[1].end or date.max, ip[0]))
    for index, p in ordered:
        end = p.end if p.end is not None else max(today, p.start)
        lane = next((i for i, last in enumerate(lane_ends) if last < p.start), len(lane_ends))
        if lane == len(lane_ends):
            lane_ends.append(end)
        else:
            lane_ends[lane] = end
        pid = p.id if p.id is not None else -(index + 1)
        bars.append(TimelineBar(pid, lane, p.start, end, p.end is None, p.effective_fte(), p))
    return bars


def find_overlaps(bars: Sequence[TimelineBar]) -> list[tuple[int, int]]:
    """Pairs of period ids whose dates overlap by at least one day."""
    pairs = []
    ordered = sorted(bars, key=lambda b: b.start)
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.start > a.end:
                break
            pairs.append((a.period_id, b.period_id))
    return pairs


def find_gaps(bars: Sequence[TimelineBar], min_days: int = GAP_MIN_DAYS) -> list[tuple[date, date]]:
    """Stretches (first free day, last free day) of at least ``min_days`` covered by no period,
    between the first start and the last end."""
    gaps = []
    covered_to: date | None = None
    for bar in sorted(bars, key=lambda b: b.start):
        if covered_to is not None and (bar.start - covered_to).days - 1 >= min_days:
            gaps.append((covered_to + timedelta(days=1), bar.start - timedelta(days=1)))
        covered_to = bar.end if covered_to is None else max(covered_to, bar.end)
    return gaps


class TimelineWidget(QWidget):
    """Periods as bars on a time axis; see the module docstring."""

    periodClicked = Signal(int)

    LANE_HEIGHT = 30
    LANE_GAP = 6
    AXIS_HEIGHT = 34
    LEGEND_HEIGHT = 20
    MARGIN = 10

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self._bars: list[TimelineBar] = []
        self._gaps: list[tuple[date, date]] = []
        self._overlaps: list[tuple[int, int]] = []
        self._selected: int | None = None
        self._home = "NO"
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Timeline of the work and learning history"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._update_description()

    # -- data ---------------------------------------------------------------------------------------

    def today(self) -> date:
        return self._today or date.today()

    def set_home_country(self, code: str) -> None:
        """Periods in other countries get their country code on the bar."""
        self._home = code or "NO"
        self.update()

    def set_periods(self, periods: Sequence[HistoryPeriod]) -> None:
        self._bars = assign_lanes(periods, self.today())
        self._gaps = find_gaps(self._bars)
        self._overlaps = find_overlaps(self._bars)
        if self._selected not in {b.period_id for b in self._bars}:
            self._selected = None
        self._update_description()
        self.updateGeometry()
        self.update()

    def bars(self) -> list[TimelineBar]:
        return list(self._bars)

    def lanes(self) -> list[list[int]]:
        """Period ids per lane, each lane in date order."""
        count = max((b.lane for b in self._bars), default=-1) + 1
        result: list[list[int]] = [[] for _ in range(count)]
        for bar in sorted(self._bars, key=lambda b: b.start):
            result[bar.lane].append(bar.period_id)
        return result

    def overlaps(self) -> list[tuple[int, int]]:
        return list(self._overlaps)

    def gaps(self) -> list[tuple[date, date]]:
        return list(self._gaps)

    def selected_period(self) -> int | None:
        return self._selected

    def set_selected(self, period_id: int | None) -> None:
        """Highlight a bar (the table calls this when its selection changes). Emits nothing."""
        if period_id != self._selected:
            self._selected = period_id
            self.update()

    def summary(self) -> str:
        """The timeline in words, for screen readers and tests."""
        if not self._bars:
            return self.tr("No periods recorded.")
        n = len(self._bars)
        first = min(b.start for b in self._bars).year
        ongoing = any(b.ongoing for b in self._bars)
        last = self.tr("today") if ongoing else str(max(b.end for b in self._bars).year)
        parts = [
            (self.tr("1 period") if n == 1 else fill(self.tr("%1 periods"), n))
            + " "
            + fill(self.tr("from %1 to %2"), first, last)
        ]
        k = len(self._overlaps)
        parts.append(
            self.tr("no overlaps")
            if k == 0
            else self.tr("1 overlap")
            if k == 1
            else fill(self.tr("%1 overlaps"), k)
        )
        months = [months_between((b - a).days + 1) for a, b in self._gaps]
        if not months:
            parts.append(self.tr("no gaps"))
        elif len(months) == 1:
            parts.append(self._gap_text(months[0]))
        else:
            parts.append(
                fill(self.tr("%1 gaps, the longest %2"), len(months), self._months_text(max(months)))
            )
        return "; ".join(parts)

    def _months_text(self, months: int) -> str:
        return self.tr("1 month") if months == 1 else fill(self.tr("%1 months"), months)

    def _gap_text(self, months: int) -> str:
        return fill(self.tr("1 gap of %1"), self._months_text(months))

    def _update_description(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)

    # -- geometry -----------------------------------------------------------------------------------

    def _lane_count(self) -> int:
        return max((b.lane for b in self._bars), default=-1) + 1

    def sizeHint(self) -> QSize:
        lanes = max(1, self._lane_count())
        height = self.MARGIN + lanes * (self.LANE_HEIGHT + self.LANE_GAP) + self.AXIS_HEIGHT
        if self._legend_items():
            height += self.LEGEND_HEIGHT
        return QSize(640, height)

    def _legend_items(self) -> list[tuple[str, PeriodKind | None]]:
        """What the legend explains: the kinds shown (when more than one) and dashed = unconfirmed."""
        kinds = [k for k in PeriodKind if any(b.period.kind == k for b in self._bars)]
        items: list[tuple[str, PeriodKind | None]] = []
        if len(kinds) > 1:
            items = [(period_kind_label(k), k) for k in kinds]
        if any(not b.period.third_party_confirmed for b in self._bars):
            items.append((self.tr("not confirmed by a third party"), None))
        return items

    def _paint_legend(self, painter: QPainter, plot: QRectF) -> None:
        items = self._legend_items()
        if not items:
            return
        fm = QFontMetrics(painter.font())
        x = plot.left()
        y = plot.bottom() + self.AXIS_HEIGHT + 2
        box = fm.height() * 0.8
        for label, kind in items:
            rect = QRectF(x, y + (fm.height() - box) / 2, box * 1.6, box)
            if kind is not None:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(_KIND_COLOURS[kind]))
            else:
                painter.setPen(QPen(self.palette().text().color(), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect, 2, 2)
            painter.setPen(self.palette().text().color())
            width = fm.horizontalAdvance(label)
            painter.drawText(
                QRectF(rect.right() + 4, y, width + 2, fm.height()), Qt.AlignmentFlag.AlignVCenter, label
            )
            x = rect.right() + 4 + width + 16

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _range(self) -> tuple[date, date]:
        first = min(b.start for b in self._bars)
        last = max(
            max(b.end for b in self._bars), self.today() if any(b.ongoing for b in self._bars) else first
        )
        start = date(first.year, 1, 1)
        end = date(last.year + 1, 1, 1)
        return start, end

    def _plot_rect(self) -> QRectF:
        right_room = 18  # the arrow of an ongoing period
        return QRectF(
            self.MARGIN,
            self.MARGIN,
            max(10.0, self.width() - 2 * self.MARGIN - right_room),
            self._lane_count() * (self.LANE_HEIGHT + self.LANE_GAP),
        )

    def _x(self, day: date, plot: QRectF, span: tuple[date, date]) -> float:
        total = max(1, (span[1] - span[0]).days)
        return plot.left() + plot.width() * (day - span[0]).days / total

    def bar_rect(self, period_id: int) -> QRectF:
        """Where the bar of ``period_id`` is drawn (empty if it is not shown)."""
        for bar in self._bars:
            if bar.period_id == period_id:
                return self._rect(bar)
        return QRectF()

    def _rect(self, bar: TimelineBar) -> QRectF:
        plot, span = self._plot_rect(), self._range()
        left = self._x(bar.start, plot, span)
        right = self._x(bar.end + timedelta(days=1), plot, span)
        height = max(6.0, self.LANE_HEIGHT * min(100.0, max(0.0, bar.fte)) / 100.0)
        lane_bottom = plot.top() + bar.lane * (self.LANE_HEIGHT + self.LANE_GAP) + self.LANE_HEIGHT
        return QRectF(left, lane_bottom - height, max(3.0, right - left), height)

    def _bar_at(self, pos: QPointF) -> TimelineBar | None:
        for bar in self._bars:
            rect = self._rect(bar)
            # The whole lane height above a thin bar counts, so a 20 % bar is easy to hit.
            lane_rect = QRectF(rect.left(), rect.bottom() - self.LANE_HEIGHT, rect.width(), self.LANE_HEIGHT)
            if lane_rect.contains(pos):
                return bar
        return None

    # -- events -------------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self._bar_at(event.position())
        if bar is not None and event.button() == Qt.MouseButton.LeftButton:
            self._choose(bar.period_id)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self._bars:
            ordered = [b.period_id for b in sorted(self._bars, key=lambda b: (b.start, b.lane))]
            if self._selected in ordered:
                step = 1 if event.key() == Qt.Key.Key_Right else -1
                index = max(0, min(len(ordered) - 1, ordered.index(self._selected) + step))
            else:
                index = 0 if event.key() == Qt.Key.Key_Right else len(ordered) - 1
            self._choose(ordered[index])
            event.accept()
            return
        super().keyPressEvent(event)

    def _choose(self, period_id: int) -> None:
        self.set_selected(period_id)
        self.periodClicked.emit(period_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self._bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(bar.period_id), self)
            return True
        return super().event(event)

    def tooltip_for(self, period_id: int) -> str:
        bar = next((b for b in self._bars if b.period_id == period_id), None)
        if bar is None:
            return ""
        p = bar.period
        until = self.tr("ongoing") if bar.ongoing else format_date(bar.end)
        if p.fte_percent is not None:
            extent = f"{format_number(p.fte_percent)} %"
        elif p.hours_per_week is not None:
            extent = fill(
                self.tr("%1 hours/week (≈ %2 %)"),
                format_number(p.hours_per_week),
                format_number(round(p.effective_fte())),
            )
        else:
            extent = ""
        lines = [p.employer, f"{format_date(p.start)} – {until}"]
        details = [
            x for x in (extent, period_kind_label(p.kind), p.country if p.country != self._home else "") if x
        ]
        lines.append(", ".join(details))
        if p.role:
            lines.append(p.role)
        return "\n".join(lines)

    # -- painting -----------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        if not self._bars:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No periods yet. Add the first with Add period (Ins)."),
            )
            painter.end()
            return
        plot, span = self._plot_rect(), self._range()
        self._paint_axis(painter, plot, span)
        self._paint_legend(painter, plot)
        for bar in sorted(self._bars, key=lambda b: b.period_id == self._selected):
            self._paint_bar(painter, bar)
        if self.hasFocus():
            pen = QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _paint_axis(self, painter: QPainter, plot: QRectF, span: tuple[date, date]) -> None:
        palette = self.palette()
        text_colour = palette.text().color()
        grid = QColor(text_colour)
        grid.setAlpha(28)
        axis_y = plot.bottom() + 2
        fm = QFontMetrics(painter.font())
        years = span[1].year - span[0].year
        label_width = fm.horizontalAdvance("0000") + 12
        step = next((s for s in (1, 2, 5, 10, 20) if plot.width() * s / max(1, years) >= label_width), 25)

        # gaps: a faint band through the lanes and a red stretch on the axis, with the length
        for gap_start, gap_end in self._gaps:
            left = self._x(gap_start, plot, span)
            right = self._x(gap_end + timedelta(days=1), plot, span)
            band = QColor("#c0392b")
            band.setAlpha(18)
            painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), band)
            painter.fillRect(QRectF(left, axis_y - 1, right - left, 3), QColor("#c0392b"))
            months = months_between((gap_end - gap_start).days + 1)
            label = fill(self.tr("%1 mo"), months)
            if fm.horizontalAdvance(label) + 4 <= right - left:
                painter.setPen(QColor("#c0392b"))
                painter.drawText(
                    QRectF(left, plot.bottom() - fm.height() - 1, right - left, fm.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    label,
                )

        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(plot.left(), axis_y), QPointF(plot.right(), axis_y))
        for year in range(span[0].year, span[1].year + 1):
            x = self._x(date(year, 1, 1), plot, span)
            major = (year - span[0].year) % step == 0
            painter.setPen(QPen(grid, 1))
            if major:
                painter.drawLine(QPointF(x, plot.top()), QPointF(x, axis_y))
            painter.setPen(QPen(text_colour, 1))
            painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + (5 if major else 2)))
            if major and year < span[1].year:
                painter.drawText(
                    QRectF(x + 2, axis_y + 5, label_width, fm.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    str(year),
                )

        today = self.today()
        if span[0] <= today <= span[1]:
            x = self._x(today, plot, span)
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, plot.top() - 4), QPointF(x, axis_y + 6))
            label = self.tr("today")
            width = fm.horizontalAdvance(label) + 4
            painter.setPen(palette.highlight().color())
            painter.drawText(
                QRectF(
                    min(x - width / 2, self.width() - width - 2), axis_y + 5 + fm.height(), width, fm.height()
                ),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

    def _paint_bar(self, painter: QPainter, bar: TimelineBar) -> None:
        rect = self._rect(bar)
        colour = QColor(_KIND_COLOURS.get(bar.period.kind, "#2f6db5"))
        selected = bar.period_id == self._selected
        if bar.ongoing:
            fade = QLinearGradient(rect.topLeft(), rect.topRight())
            solid_until = max(0.0, 1.0 - min(40.0, rect.width() * 0.5) / max(1.0, rect.width()))
            faded = QColor(colour)
            faded.setAlpha(60)
            fade.setColorAt(0.0, colour)
            fade.setColorAt(solid_until, colour)
            fade.setColorAt(1.0, faded)
            brush = QBrush(fade)
        else:
            brush = QBrush(colour)
        path = QPainterPath()
        path.addRoundedRect(rect, 3, 3)
        painter.fillPath(path, brush)
        if not bar.period.third_party_confirmed and rect.width() > 24 and rect.height() > 8:
            # unconfirmed: a dashed outline says "documentation still missing"
            painter.setPen(QPen(colour.darker(140), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        if selected:
            painter.setPen(QPen(self.palette().highlight().color(), 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4)
        if bar.ongoing:
            tip_x = rect.right() + 2
            mid = rect.center().y()
            half = min(6.0, max(4.0, rect.height() / 2))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(faded if bar.ongoing else colour)
            painter.drawPolygon(
                QPolygonF([QPointF(tip_x, mid - half), QPointF(tip_x + 9, mid), QPointF(tip_x, mid + half)])
            )
        self._paint_label(painter, bar, rect, colour)

    def _paint_label(self, painter: QPainter, bar: TimelineBar, rect: QRectF, colour: QColor) -> None:
        fm = QFontMetrics(painter.font())
        p = bar.period
        label = p.employer
        if bar.fte < 100:
            label = f"{label} · {format_number(round(bar.fte))} %"
        foreign = bool(p.country) and p.country != self._home
        badge_w = fm.horizontalAdvance(p.country) + 6 if foreign else 0
        wanted = fm.horizontalAdvance(label) + (badge_w + 4 if foreign else 0) + 8
        # Room to the right of the bar, up to the next bar in the same lane.
        plot, span = self._plot_rect(), self._range()
        later = [self._x(b.start, plot, span) for b in self._bars if b.lane == bar.lane and b.start > bar.end]
        right_room = (min(later) if later else float(self.width())) - rect.right() - 8
        if rect.width() >= min(wanted, 90.0) or rect.width() >= right_room:
            where = "inside" if rect.height() >= fm.height() + 1 else "above"
        else:
            where = "right"  # a short period: the text goes beside it
        if where == "inside":
            text_rect = QRectF(rect.left() + 4, rect.top(), rect.width() - 8, rect.height())
        elif where == "above":  # a thin part-time bar: the text sits above it, in the lane's free space
            text_rect = QRectF(rect.left(), rect.top() - fm.height() - 1, rect.width(), fm.height())
        else:
            text_rect = QRectF(rect.right() + 4, rect.center().y() - fm.height() / 2, right_room, fm.height())
        if foreign and badge_w + 4 <= text_rect.width():
            badge = QRectF(text_rect.left(), text_rect.center().y() - fm.height() / 2, badge_w, fm.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#ffffff") if where == "inside" else colour)
            painter.drawRoundedRect(badge, 2, 2)
            painter.setPen(colour.darker(130) if where == "inside" else QColor("#ffffff"))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, p.country)
            text_rect.setLeft(badge.right() + 4)
        if text_rect.width() < fm.horizontalAdvance("Ab…"):
            return
        painter.setPen(QColor("#ffffff") if where == "inside" else self.palette().text().color())
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            fm.elidedText(label, Qt.TextElideMode.ElideRight, int(text_rect.width())),
        )
