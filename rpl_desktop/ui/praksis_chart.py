"""A year-by-year bar chart of the practice months the praksiskandidat calculator counted.

One bar per calendar year, on a months scale (0–12 and up), read from the bottom:

* **credited practice** (solid blue): the months that count, after the yearly cap;
* **cut by the yearly cap** (pale, hatched red, with a dashed outline) directly above it, so it starts at
  the dashed cap line: what the periods added up to beyond the cap;
* **school credit** (green) for school years with a known year, on top. Undated school credit gets one
  extra bar labelled "School" after the years, so it is always visible.

A light band marks the recency window (the last 10 years before the reference date). Year labels thin
out (every 2nd, 5th, 10th year) when the bars get narrow, so 30 or more years stay readable. Every bar has
a tooltip with its figures; the accessible description says the same in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from rpl_desktop.domain.praksis import YearRow
from rpl_desktop.ui.i18n import fill

CREDITED_COLOUR = "#2f6db5"
SCHOOL_COLOUR = "#2e8b57"
CAPPED_COLOUR = "#c0392b"
RECENT_BAND_COLOUR = "#f2c94c"


def format_number(value: float | Decimal | int, decimals: int = 2) -> str:
    """A number in the interface locale (QLocale), at most ``decimals`` decimals, no trailing zeros.

    Norwegian: ``8 700`` (non-breaking space) and ``14,4``; English: ``8,700`` and ``14.4``.
    """
    number = round(float(value), decimals) + 0.0  # + 0.0 turns -0.0 into 0.0
    if number == int(number) and abs(number) < 2**53:
        return QLocale().toString(int(number))
    return QLocale().toString(number, "f", QLocale.FloatingPointPrecisionOption.FloatingPointShortest)


@dataclass(frozen=True)
class ChartBar:
    """One bar as plotted. ``year`` is None for the bar of undated school credit."""

    label: str
    year: int | None
    credited: float
    capped: float
    school: float
    recent: float

    @property
    def top(self) -> float:
        return self.credited + self.capped + self.school


class YearChartWidget(QWidget):
    """Credited months per calendar year, with the capped-away part and school credit; see the module."""

    MARGIN = 8
    PLOT_HEIGHT = 180
    BAR_MAX_WIDTH = 44
    LEGEND_GAP = 18

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[ChartBar] = []
        self._cap = 12.0
        self._recent_from: date | None = None
        self._reference: date | None = None
        self._recency_years: int | None = 10
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        sizing = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizing.setHeightForWidth(True)
        self.setSizePolicy(sizing)
        self.setAccessibleName(self.tr("Credited months per year"))
        self._update_description()

    # -- data ---------------------------------------------------------------------------------------

    def set_data(
        self,
        rows: Sequence[YearRow],
        *,
        undated_school_months: float | Decimal = 0,
        cap: float | Decimal = 12,
        reference_date: date | None = None,
        recency_years: int | None = 10,
    ) -> None:
        """Plot ``rows`` (one per calendar year, as :attr:`PraksisResult.per_year`).

        ``recency_years`` None means the window is unknown: no band is drawn.
        """
        self._bars = [
            ChartBar(
                str(r.year),
                r.year,
                float(r.credited_months),
                float(r.capped_months),
                float(r.school_months),
                float(r.recent_months),
            )
            for r in rows
        ]
        if float(undated_school_months) > 0:
            self._bars.append(ChartBar(self.tr("School"), None, 0.0, 0.0, float(undated_school_months), 0.0))
        self._cap = float(cap)
        self._reference = reference_date
        self._recency_years = recency_years
        self._recent_from = None
        if reference_date is not None and recency_years is not None:
            try:
                self._recent_from = reference_date.replace(year=reference_date.year - recency_years)
            except ValueError:  # 29 February
                self._recent_from = date(reference_date.year - recency_years, 2, 28)
        self._update_description()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_data([])

    def bars(self) -> list[ChartBar]:
        """The plotted data, one entry per bar, left to right."""
        return list(self._bars)

    def cap(self) -> float:
        return self._cap

    def summary(self) -> str:
        """The chart in words, for screen readers and tests."""
        years = [b for b in self._bars if b.year is not None]
        if not self._bars:
            return self.tr("No practice to chart.")
        parts: list[str] = []
        if years:
            with_practice = [b for b in years if b.credited > 0]
            parts.append(
                fill(
                    self.tr(
                        "Credited practice months per calendar year from %1 to %2, %3 years with practice"
                    ),
                    years[0].year,
                    years[-1].year,
                    len(with_practice),
                )
            )
            if with_practice:
                best = max(with_practice, key=lambda b: b.credited)
                parts.append(
                    fill(self.tr("the most in %1 (%2 months)"), best.label, format_number(best.credited))
                )
            capped = [b for b in years if b.capped > 0]
            if capped:
                parts.append(
                    fill(
                        self.tr("%1 months cut by the yearly cap of %2 months (in %3)"),
                        format_number(sum(b.capped for b in capped)),
                        format_number(self._cap),
                        ", ".join(b.label for b in capped),
                    )
                )
        school = sum(b.school for b in self._bars)
        if school > 0:
            parts.append(fill(self.tr("%1 months of school credit"), format_number(school)))
        return "; ".join(parts) + "."

    def _update_description(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setWhatsThis(text)

    # -- geometry -----------------------------------------------------------------------------------

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() * 0.9))
        return small

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self._small_font())

    def _scale_top(self) -> float:
        highest = max([self._cap, *(b.top for b in self._bars)]) * 1.08  # room above the cap line
        step = self._tick_step(highest)
        return step * -(-highest // step)

    @staticmethod
    def _tick_step(top: float) -> float:
        return 3.0 if top <= 18 else 6.0 if top <= 36 else 12.0

    def _axis_width(self) -> float:
        fm = self._metrics()
        return fm.horizontalAdvance(format_number(self._scale_top())) + 12

    def _legend_items(self) -> list[tuple[str, str]]:
        """(kind, text) in the order drawn; only what the chart shows, plus the cap line."""
        items = [("credited", self.tr("Credited practice"))]
        if any(b.capped > 0 for b in self._bars):
            items.append(("capped", self.tr("Cut by the yearly cap")))
        if any(b.school > 0 for b in self._bars):
            items.append(("school", self.tr("School credit")))
        items.append(("cap", fill(self.tr("Yearly cap (%1 months)"), format_number(self._cap))))
        if self._recent_from is not None and self._bars:
            items.append(("recent", fill(self.tr("Last %1 years"), self._recency_years)))
        return items

    def _legend_layout(self, width: float) -> list[tuple[QRectF, str, str]]:
        """Where each legend entry goes (the swatch's row rectangle), wrapping to new rows."""
        fm = self._metrics()
        swatch = fm.height() * 1.4
        x, row = 0.0, 0
        out = []
        for kind, text in self._legend_items():
            item_w = swatch + 6 + fm.horizontalAdvance(text)
            if x > 0 and x + item_w > width:
                x, row = 0.0, row + 1
            out.append((QRectF(x, row * (fm.height() + 6), item_w, fm.height()), kind, text))
            x += item_w + self.LEGEND_GAP
        return out

    def _legend_height(self, width: float) -> float:
        layout = self._legend_layout(width)
        rows = int(max((r.top() for r, _, _ in layout), default=0) / (self._metrics().height() + 6)) + 1
        return rows * (self._metrics().height() + 6)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        fm = self._metrics()
        inner = max(100.0, width - 2 * self.MARGIN)
        top_room = fm.height() + 8  # the axis title and the cap label
        x_labels = fm.height() + 10
        return int(
            self.MARGIN
            + top_room
            + self.PLOT_HEIGHT
            + x_labels
            + 6
            + self._legend_height(inner)
            + self.MARGIN
        )

    def sizeHint(self) -> QSize:
        return QSize(560, self.heightForWidth(560))

    def minimumSizeHint(self) -> QSize:
        return QSize(260, self.heightForWidth(260))

    def plot_rect(self) -> QRectF:
        fm = self._metrics()
        left = self.MARGIN + self._axis_width()
        top = self.MARGIN + fm.height() + 8
        right_room = (
            fm.horizontalAdvance(self._cap_label()) + 10
        )  # the cap line's label sits right of the plot
        return QRectF(left, top, max(20.0, self.width() - left - self.MARGIN - right_room), self.PLOT_HEIGHT)

    def _cap_label(self) -> str:
        return fill(self.tr("cap %1"), format_number(self._cap))

    def _slot_width(self, plot: QRectF) -> float:
        return plot.width() / max(1, len(self._bars))

    def _y(self, months: float, plot: QRectF) -> float:
        return plot.bottom() - plot.height() * months / self._scale_top()

    def bar_rect(self, index: int) -> QRectF:
        """The whole stack of bar ``index`` (credited + capped + school), as drawn."""
        plot = self.plot_rect()
        slot = self._slot_width(plot)
        width = max(2.0, min(self.BAR_MAX_WIDTH, slot * 0.72))
        left = plot.left() + slot * index + (slot - width) / 2
        top = self._y(self._bars[index].top, plot)
        return QRectF(left, top, width, plot.bottom() - top)

    def label_step(self) -> int:
        """Label every n-th year: the smallest of 1, 2, 5, 10, 20 whose labels do not touch."""
        plot = self.plot_rect()
        need = self._metrics().horizontalAdvance("0000") + 8
        slot = self._slot_width(plot)
        return next((s for s in (1, 2, 5, 10, 20) if slot * s >= need), 50)

    def year_labels(self) -> list[tuple[str, QRectF]]:
        """The x-axis labels drawn, with their rectangles (years that fit, plus the School bar)."""
        plot = self.plot_rect()
        fm = self._metrics()
        slot = self._slot_width(plot)
        step = self.label_step()
        out: list[tuple[str, QRectF]] = []
        for i, bar in enumerate(self._bars):
            if bar.year is not None and bar.year % step != 0 and step > 1:
                continue
            width = fm.horizontalAdvance(bar.label) + 4
            centre = plot.left() + slot * (i + 0.5)
            rect = QRectF(centre - width / 2, plot.bottom() + 6, width, fm.height())
            if out and rect.left() < out[-1][1].right() + 2:
                if bar.year is not None:
                    continue
                out.pop()  # the School label wins over the year just before it
            out.append((bar.label, rect))
        return out

    def value_labels_shown(self) -> bool:
        """Figures above the bars, only when every one of them fits (some but not others would mislead)."""
        fm = self._metrics()
        widest = max(
            (fm.horizontalAdvance(format_number(b.credited + b.school, 1)) for b in self._bars), default=0
        )
        return bool(self._bars) and self._slot_width(self.plot_rect()) >= widest + 6

    def bar_at(self, pos: QPointF) -> int | None:
        """The bar whose slot (full height, so short bars are easy to hit) contains ``pos``."""
        plot = self.plot_rect()
        if not self._bars or not (plot.left() <= pos.x() < plot.right()):
            return None
        if not (plot.top() - 4 <= pos.y() <= plot.bottom() + 6):
            return None
        index = int((pos.x() - plot.left()) / self._slot_width(plot))
        return index if 0 <= index < len(self._bars) else None

    # -- tooltips -----------------------------------------------------------------------------------

    def tooltip_for(self, index: int) -> str:
        if not 0 <= index < len(self._bars):
            return ""
        b = self._bars[index]
        if b.year is None:
            return fill(
                self.tr(
                    "School credit without a year: %1 months\n"
                    "(not part of the yearly cap or the recency share)"
                ),
                format_number(b.school),
            )
        lines = [b.label, fill(self.tr("Credited practice: %1 months"), format_number(b.credited))]
        if b.capped > 0:
            lines.append(
                fill(
                    self.tr("Worked %1 months; %2 cut by the yearly cap of %3"),
                    format_number(b.credited + b.capped),
                    format_number(b.capped),
                    format_number(self._cap),
                )
            )
        if self._recency_years is not None and b.credited > 0:
            lines.append(
                fill(
                    self.tr("Within the last %1 years: %2 months"),
                    self._recency_years,
                    format_number(b.recent),
                )
            )
        if b.school > 0:
            lines.append(fill(self.tr("School credit: %1 months"), format_number(b.school)))
        return "\n".join(lines)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(QPointF(event.pos()))
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(index), self)
            return True
        return super().event(event)

    # -- painting -----------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setFont(self._small_font())
        if not self._bars:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No practice to chart."))
            painter.end()
            return
        plot = self.plot_rect()
        self._paint_recency_band(painter, plot)
        self._paint_axes(painter, plot)
        for i in range(len(self._bars)):
            self._paint_bar(painter, i, plot)
        self._paint_cap_line(painter, plot)
        self._paint_legend(painter, plot)
        if self.hasFocus():
            painter.setPen(QPen(palette.highlight().color(), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()

    def _x_of(self, day: date, plot: QRectF) -> float:
        """Where a date falls, within its year's slot (dates outside the years clamp to the ends)."""
        years = [b.year for b in self._bars if b.year is not None]
        slot = self._slot_width(plot)
        if day.year < years[0]:
            return plot.left()
        if day.year > years[-1]:
            return plot.left() + slot * len(years)
        start = date(day.year, 1, 1)
        length = (date(day.year + 1, 1, 1) - start).days
        return plot.left() + slot * (years.index(day.year) + (day - start).days / length)

    def _paint_recency_band(self, painter: QPainter, plot: QRectF) -> None:
        if self._recent_from is None or self._reference is None:
            return
        if not any(b.year is not None for b in self._bars):
            return
        left = self._x_of(self._recent_from, plot)
        right = self._x_of(self._reference, plot)
        if right - left < 1:
            return
        band = QColor(RECENT_BAND_COLOUR)
        band.setAlpha(45)
        painter.fillRect(QRectF(left, plot.top(), right - left, plot.height()), band)
        edge = QColor(RECENT_BAND_COLOUR).darker(150)
        painter.setPen(QPen(edge, 1, Qt.PenStyle.DotLine))
        painter.drawLine(QPointF(left, plot.top()), QPointF(left, plot.bottom()))

    def _paint_axes(self, painter: QPainter, plot: QRectF) -> None:
        palette = self.palette()
        text = palette.text().color()
        grid = QColor(text)
        grid.setAlpha(30)
        fm = QFontMetrics(painter.font())
        top = self._scale_top()
        step = self._tick_step(top)
        value = 0.0
        while value <= top + 1e-9:
            y = self._y(value, plot)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(
                QRectF(self.MARGIN, y - fm.height() / 2, self._axis_width() - 8, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                format_number(value),
            )
            value += step
        painter.setPen(text)
        painter.drawText(
            QRectF(self.MARGIN, self.MARGIN, plot.width(), fm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.tr("months"),
        )
        painter.setPen(QPen(text, 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
        slot = self._slot_width(plot)
        if slot >= 4:
            for i in range(len(self._bars) + 1):
                x = plot.left() + slot * i
                painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 3))
        for label, rect in self.year_labels():
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_bar(self, painter: QPainter, index: int, plot: QRectF) -> None:
        bar = self._bars[index]
        whole = self.bar_rect(index)
        left, width = whole.left(), whole.width()
        painter.setPen(Qt.PenStyle.NoPen)
        base = 0.0
        if bar.credited > 0:
            painter.setBrush(QColor(CREDITED_COLOUR))
            painter.drawRect(
                QRectF(left, self._y(bar.credited, plot), width, plot.bottom() - self._y(bar.credited, plot))
            )
            base = bar.credited
        if bar.capped > 0:
            rect = QRectF(
                left,
                self._y(base + bar.capped, plot),
                width,
                self._y(base, plot) - self._y(base + bar.capped, plot),
            )
            pale = QColor(CAPPED_COLOUR)
            pale.setAlpha(40)
            painter.setBrush(pale)
            painter.drawRect(rect)
            painter.setBrush(QBrush(QColor(CAPPED_COLOUR), Qt.BrushStyle.BDiagPattern))
            painter.drawRect(rect)
            painter.setPen(QPen(QColor(CAPPED_COLOUR), 1, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
            painter.setPen(Qt.PenStyle.NoPen)
            base += bar.capped
        if bar.school > 0:
            painter.setBrush(QColor(SCHOOL_COLOUR))
            painter.drawRect(
                QRectF(
                    left,
                    self._y(base + bar.school, plot),
                    width,
                    self._y(base, plot) - self._y(base + bar.school, plot),
                )
            )
        counted = bar.credited + bar.school
        label = format_number(counted, 1)
        if counted > 0 and self.value_labels_shown():
            fm = QFontMetrics(painter.font())
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(whole.center().x() - 30, whole.top() - fm.height() - 1, 60, fm.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                label,
            )

    def _paint_cap_line(self, painter: QPainter, plot: QRectF) -> None:
        y = self._y(self._cap, plot)
        painter.setPen(QPen(QColor(CAPPED_COLOUR), 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        fm = QFontMetrics(painter.font())
        label = self._cap_label()
        rect = QRectF(plot.right() + 4, y - fm.height() / 2, fm.horizontalAdvance(label) + 4, fm.height())
        painter.setPen(QColor(CAPPED_COLOUR))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_legend(self, painter: QPainter, plot: QRectF) -> None:
        fm = QFontMetrics(painter.font())
        origin = QPointF(self.MARGIN, plot.bottom() + fm.height() + 16)
        swatch_w = fm.height() * 1.4
        for rect, kind, text in self._legend_layout(self.width() - 2 * self.MARGIN):
            r = rect.translated(origin)
            swatch = QRectF(r.left(), r.top() + 2, swatch_w, r.height() - 4)
            painter.setPen(Qt.PenStyle.NoPen)
            if kind == "credited":
                painter.setBrush(QColor(CREDITED_COLOUR))
                painter.drawRect(swatch)
            elif kind == "school":
                painter.setBrush(QColor(SCHOOL_COLOUR))
                painter.drawRect(swatch)
            elif kind == "capped":
                pale = QColor(CAPPED_COLOUR)
                pale.setAlpha(40)
                painter.setBrush(pale)
                painter.drawRect(swatch)
                painter.setBrush(QBrush(QColor(CAPPED_COLOUR), Qt.BrushStyle.BDiagPattern))
                painter.drawRect(swatch)
                painter.setPen(QPen(QColor(CAPPED_COLOUR), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(swatch)
            elif kind == "cap":
                painter.setPen(QPen(QColor(CAPPED_COLOUR), 1.5, Qt.PenStyle.DashLine))
                painter.drawLine(
                    QPointF(swatch.left(), swatch.center().y()), QPointF(swatch.right(), swatch.center().y())
                )
            elif kind == "recent":
                band = QColor(RECENT_BAND_COLOUR)
                band.setAlpha(90)
                painter.setBrush(band)
                painter.drawRect(swatch)
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(swatch.right() + 6, r.top(), r.width() - swatch_w - 6 + 2, r.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
