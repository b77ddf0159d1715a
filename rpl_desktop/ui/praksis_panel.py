"""The praksiskandidat panel: what the practice-time calculator found, for the caseworker beside the history.

From the top: the status of the practice-time requirement in words, colour and icon (met / not met / needs
judgement) with the trade, profile and reference date; the totals, with what is left as months at full
time; the year-by-year chart (:class:`~rpl_desktop.ui.praksis_chart.YearChartWidget`); each period's and
school year's contribution in a table; the warnings in plain words with what to check; and the exam and
certificate checklist, which always ends with the caseworker's assessment of relevance.

The panel only shows a :class:`PraksisResult`; it computes nothing. Numbers follow the interface locale
(QLocale): ``8 700 h`` and ``14,4 months`` in Norwegian.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import ImportFileError, ValidationError
from rpl_desktop.domain.praksis import (
    PeriodContribution,
    PraksisResult,
    RuleProfile,
    SchoolContribution,
    SchoolLevel,
    SchoolRelation,
    Status,
    Warning,
    WarningCode,
)
from rpl_desktop.ui.date_edit import format_date
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.praksis_chart import YearChartWidget, format_number

_STATUS_COLOURS = {Status.MET: "#2e7d32", Status.NOT_MET: "#c62828", Status.NEEDS_JUDGEMENT: "#a15c00"}
_JUDGEMENT_COLOUR = "#a15c00"
_INFO_COLOUR = "#2f6db5"
_NEUTRAL_COLOUR = "#6b7b8c"

ModelIndex = QModelIndex | QPersistentModelIndex


def status_icon(kind: str, size: int = 32, colour: str | None = None) -> QPixmap:
    """A small icon drawn here, so no icon theme is needed.

    ``kind``: ``ok``, ``no``, ``warn``, ``info``, ``todo`` (an empty box), ``unknown`` (a box with a dash).
    """
    colours = {"ok": "#2e7d32", "no": "#c62828", "warn": _JUDGEMENT_COLOUR, "info": _INFO_COLOUR}
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size
    line = QPen(
        QColor("#ffffff"),
        max(2.0, s / 9),
        Qt.PenStyle.SolidLine,
        Qt.PenCapStyle.RoundCap,
        Qt.PenJoinStyle.RoundJoin,
    )
    if kind in ("todo", "unknown"):
        p.setPen(QPen(QColor(colour or _NEUTRAL_COLOUR), max(1.5, s / 14)))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(QRectF(s * 0.15, s * 0.15, s * 0.7, s * 0.7), s * 0.12, s * 0.12)
        if kind == "unknown":
            p.drawLine(QPointF(s * 0.32, s * 0.5), QPointF(s * 0.68, s * 0.5))
        p.end()
        return pixmap
    fill_colour = QColor(colour or colours[kind])
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(fill_colour)
    if kind == "warn":
        path = QPainterPath()
        path.moveTo(s * 0.5, s * 0.06)
        path.lineTo(s * 0.96, s * 0.9)
        path.lineTo(s * 0.04, s * 0.9)
        path.closeSubpath()
        p.drawPath(path)
    else:
        p.drawEllipse(QRectF(s * 0.04, s * 0.04, s * 0.92, s * 0.92))
    p.setPen(line)
    if kind == "ok":
        path = QPainterPath()
        path.moveTo(s * 0.28, s * 0.52)
        path.lineTo(s * 0.44, s * 0.68)
        path.lineTo(s * 0.73, s * 0.35)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
    elif kind == "no":
        p.drawLine(QPointF(s * 0.32, s * 0.32), QPointF(s * 0.68, s * 0.68))
        p.drawLine(QPointF(s * 0.68, s * 0.32), QPointF(s * 0.32, s * 0.68))
    elif kind == "warn":
        p.drawLine(QPointF(s * 0.5, s * 0.36), QPointF(s * 0.5, s * 0.6))
        p.drawPoint(QPointF(s * 0.5, s * 0.76))
    elif kind == "info":
        p.drawPoint(QPointF(s * 0.5, s * 0.28))
        p.drawLine(QPointF(s * 0.5, s * 0.45), QPointF(s * 0.5, s * 0.74))
    p.end()
    return pixmap


def format_percent(value: float | Decimal) -> str:
    return format_number(value, 1) + "\u00a0%"


def months_left_up(months: float | Decimal) -> float:
    """Remaining months rounded *up* to a tenth, so a small remainder never shows as 0."""
    return math.ceil(round(float(months) * 10, 6)) / 10


# ----------------------------------------------------------------------------------------------------
# the contribution table


class PraksisContributionTableModel(QAbstractTableModel):
    """One row per period (:class:`PeriodContribution`), then one per school year.

    School rows (:class:`SchoolContribution`) use the employer column for the level, the role column for
    the programme, the from column for the year and the note column for the reason of the credit.
    """

    COL_EMPLOYER = 0
    COL_ROLE = 1
    COL_COUNTRY = 2
    COL_FROM = 3
    COL_TO = 4
    COL_POSITION = 5
    COL_FACTOR = 6
    COL_CALENDAR = 7
    COL_CREDITED = 8
    COL_RECENT = 9
    COL_NOTE = 10
    COLUMN_COUNT = 11

    ContributionRole = Qt.ItemDataRole.UserRole + 1  # the PeriodContribution or SchoolContribution

    _NUMERIC = frozenset({COL_POSITION, COL_FACTOR, COL_CALENDAR, COL_CREDITED})

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods: tuple[PeriodContribution, ...] = ()
        self._schools: tuple[SchoolContribution, ...] = ()
        self._reference: date | None = None
        self._recency_years: int | None = 10

    def set_contributions(
        self,
        periods: Sequence[PeriodContribution],
        schools: Sequence[SchoolContribution] = (),
        *,
        reference_date: date | None = None,
        recency_years: int | None = 10,
    ) -> None:
        self.beginResetModel()
        self._periods = tuple(periods)
        self._schools = tuple(schools)
        self._reference = reference_date
        self._recency_years = recency_years
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.COL_RECENT, self.COL_RECENT)

    def periods(self) -> tuple[PeriodContribution, ...]:
        return self._periods

    def schools(self) -> tuple[SchoolContribution, ...]:
        return self._schools

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._periods) + len(self._schools)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers().get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips().get(section, self._headers().get(section, "").replace("\n", " "))
        return None

    def _headers(self) -> dict[int, str]:
        """Short headers, two lines where long, so the numeric columns fit beside the history."""
        return {
            self.COL_EMPLOYER: self.tr("Employer / school"),
            self.COL_ROLE: self.tr("Role /\nprogramme"),
            self.COL_COUNTRY: self.tr("Country"),
            self.COL_FROM: self.tr("From"),
            self.COL_TO: self.tr("To"),
            self.COL_POSITION: self.tr("Position"),
            self.COL_FACTOR: self.tr("Counted\nas"),
            self.COL_CALENDAR: self.tr("Calendar\nmonths"),
            self.COL_CREDITED: self.tr("Credited\nmonths"),
            self.COL_RECENT: fill(self.tr("In the last\n%1 years"), self._recency_years)
            if self._recency_years is not None
            else self.tr("Recent"),
            self.COL_NOTE: self.tr("Note"),
        }

    def _header_tips(self) -> dict[int, str]:
        return {
            self.COL_FACTOR: self.tr("Positions at or above the full-time threshold count as 100 %."),
            self.COL_CALENDAR: self.tr("Length of the period in calendar months, whatever the position."),
            self.COL_CREDITED: self.tr(
                "Months that count, after the position percentage and the yearly cap."
            ),
        }

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row, col = index.row(), index.column()
        if not (0 <= row < self.rowCount() and 0 <= col < self.COLUMN_COUNT):
            return None
        item: PeriodContribution | SchoolContribution
        if row < len(self._periods):
            item = self._periods[row]
            period = True
        else:
            item = self._schools[row - len(self._periods)]
            period = False
        if role == self.ContributionRole:
            return item
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in self._NUMERIC:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            counted = item.counted if isinstance(item, PeriodContribution) else item.months > 0
            return QColor(_NEUTRAL_COLOUR) if not counted else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return None if period else QColor("#eef6f0")
        if role == Qt.ItemDataRole.FontRole and col == self.COL_CREDITED:
            bold = QFont()
            bold.setBold(True)
            return bold
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if isinstance(item, PeriodContribution):
                text = self._period_text(item, col)
            else:
                text = self._school_text(item, col)
            if role == Qt.ItemDataRole.ToolTipRole:
                if (
                    col == self.COL_FACTOR
                    and isinstance(item, PeriodContribution)
                    and item.fte_factor == 1
                    and item.fte_percent < 100
                ):
                    return self.tr("At or above the full-time threshold, so counted as full time.")
                return text if col in (self.COL_NOTE, self.COL_EMPLOYER, self.COL_ROLE) and text else None
            return text
        return None

    def _period_text(self, p: PeriodContribution, col: int) -> str:
        if col == self.COL_EMPLOYER:
            return p.employer or fill(self.tr("Period %1"), p.index + 1)
        if col == self.COL_ROLE:
            return p.role
        if col == self.COL_COUNTRY:
            return p.country
        if col == self.COL_FROM:
            return format_date(p.start)
        if col == self.COL_TO:
            if not p.counted:
                return ""
            return self.tr("ongoing") if p.ongoing else format_date(p.end)
        if col == self.COL_POSITION:
            return format_percent(p.fte_percent)
        if col == self.COL_FACTOR:
            factor = format_percent(p.fte_factor * 100)
            return factor
        if col == self.COL_CALENDAR:
            return format_number(p.calendar_months) if p.counted else ""
        if col == self.COL_CREDITED:
            return format_number(p.credited_months)
        if col == self.COL_RECENT:
            if not p.counted or p.credited_months == 0 or self._recency_years is None:
                return ""
            if p.recent_months >= p.credited_months:
                return self.tr("Yes")
            if p.recent_months == 0:
                return self.tr("No")
            return fill(self.tr("Partly: %1 months"), format_number(p.recent_months))
        if col == self.COL_NOTE:
            return self._period_note(p)
        return ""

    def _period_note(self, p: PeriodContribution) -> str:
        notes = []
        if not p.counted:
            notes.append(self.tr("Not counted: starts after the reference date"))
        elif p.ongoing:
            notes.append(
                fill(self.tr("Ongoing: counted up to the reference date %1"), format_date(self._reference))
            )
        elif p.clipped:
            notes.append(
                fill(self.tr("Ends after the reference date: counted up to %1"), format_date(self._reference))
            )
        if p.counted and p.raw_months > p.credited_months:
            notes.append(
                fill(
                    self.tr("%1 months cut by the yearly cap"),
                    format_number(p.raw_months - p.credited_months),
                )
            )
        return "; ".join(notes)

    def _school_text(self, s: SchoolContribution, col: int) -> str:
        if col == self.COL_EMPLOYER:
            return fill(self.tr("School: %1"), self._level_name(s.level))
        if col == self.COL_ROLE:
            relation = (
                self.tr("for this trade")
                if s.relation is SchoolRelation.TRADE
                else self.tr("another programme")
            )
            return f"{s.label} ({relation})" if s.label else relation
        if col == self.COL_FROM:
            return str(s.year) if s.year is not None else ""
        if col == self.COL_CREDITED:
            return format_number(s.months)
        if col == self.COL_NOTE:
            return s.reason if s.passed else fill(self.tr("Not passed. %1"), s.reason).strip()
        return ""

    def _level_name(self, level: SchoolLevel) -> str:
        return {
            SchoolLevel.VG1: self.tr("Vg1"),
            SchoolLevel.VG2: self.tr("Vg2"),
            SchoolLevel.VG3: self.tr("Vg3"),
            SchoolLevel.HIGHER_EDUCATION: self.tr("higher education"),
        }.get(level, str(level))


# ----------------------------------------------------------------------------------------------------
# the panel


class PraksisPanelWidget(QWidget):
    """Shows a :class:`PraksisResult`; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Practice-time calculation"))
        self._result: PraksisResult | None = None
        self._profile: RuleProfile | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self._scroll)

        self._content = QWidget()
        self._content.setObjectName("praksisContent")
        self._scroll.setWidget(self._content)
        layout = QVBoxLayout(self._content)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(14)

        self._placeholder = QLabel(self._content)
        self._placeholder.setWordWrap(True)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setObjectName("praksisPlaceholder")
        layout.addWidget(self._placeholder)

        # 1. headline
        self._headline_frame = QFrame(self._content)
        self._headline_frame.setObjectName("praksisHeadline")
        head = QHBoxLayout(self._headline_frame)
        head.setContentsMargins(12, 10, 12, 10)
        head.setSpacing(12)
        self._status_icon = QLabel(self._headline_frame)
        self._status_icon.setFixedSize(40, 40)
        head.addWidget(self._status_icon, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self._headline = QLabel(self._headline_frame)
        self._headline.setObjectName("praksisHeadlineText")
        big = QFont(self._headline.font())
        big.setPointSizeF(big.pointSizeF() * 1.35)
        big.setBold(True)
        self._headline.setFont(big)
        self._headline.setWordWrap(True)
        self._headline.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._status_explanation = QLabel(self._headline_frame)
        self._status_explanation.setWordWrap(True)
        self._context_line = QLabel(self._headline_frame)
        self._context_line.setWordWrap(True)
        self._context_line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        texts.addWidget(self._headline)
        texts.addWidget(self._status_explanation)
        texts.addWidget(self._context_line)
        head.addLayout(texts, 1)
        layout.addWidget(self._headline_frame)

        # 2. totals
        self._totals_box = QGroupBox(self.tr("Practice time"), self._content)
        self._totals = QGridLayout(self._totals_box)
        self._totals.setHorizontalSpacing(18)
        self._totals.setVerticalSpacing(6)
        self._totals.setColumnStretch(1, 1)
        self._total_labels: dict[str, QLabel] = {}
        layout.addWidget(self._totals_box)

        # 3. chart
        self._chart_box = QGroupBox(self.tr("Counted months per calendar year"), self._content)
        chart_layout = QVBoxLayout(self._chart_box)
        self.chart = YearChartWidget(self._chart_box)
        chart_layout.addWidget(self.chart)
        layout.addWidget(self._chart_box)

        # 4. contributions
        self._table_box = QGroupBox(self.tr("What each period and school year contributes"), self._content)
        table_layout = QVBoxLayout(self._table_box)
        self.model = PraksisContributionTableModel(self)
        self.table = QTableView(self._table_box)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Contribution of each period"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table_layout.addWidget(self.table)
        layout.addWidget(self._table_box)

        # 5. warnings
        self._warnings_box = QGroupBox(self.tr("Warnings: what to check"), self._content)
        self._warnings_layout = QVBoxLayout(self._warnings_box)
        self._warnings_layout.setSpacing(8)
        layout.addWidget(self._warnings_box)

        # 6. exam and certificate checklist
        self._checklist_box = QGroupBox(self.tr("Exam, certificates and approval"), self._content)
        self._checklist_layout = QVBoxLayout(self._checklist_box)
        self._checklist_layout.setSpacing(6)
        layout.addWidget(self._checklist_box)
        layout.addStretch(1)

        self._sections = [
            self._headline_frame,
            self._totals_box,
            self._chart_box,
            self._table_box,
            self._warnings_box,
            self._checklist_box,
        ]
        self.clear(self.tr("No practice-time calculation yet."))

    # -- public -------------------------------------------------------------------------------------

    def result(self) -> PraksisResult | None:
        return self._result

    def clear(self, message: str) -> None:
        """Show ``message`` instead of a result (no case, invalid input, nothing computed yet)."""
        self._result = None
        self._profile = None
        self._placeholder.setText(message)
        self._placeholder.setVisible(True)
        for section in self._sections:
            section.setVisible(False)
        self.model.set_contributions(())
        self.chart.clear()
        self.setAccessibleDescription(message)

    def show_result(
        self,
        result: PraksisResult,
        *,
        approvable_reasons: list[str] | None = None,
        profile: RuleProfile | None = None,
    ) -> None:
        """Show ``result``. ``approvable_reasons``: why the case cannot be approved yet (shown as a list).

        ``profile`` is the rule profile the result was computed with; without it the panel looks the
        profile up by id among the bundled ones (for the recency window and the yearly cap) and falls back
        to neutral wording if it cannot.
        """
        self._result = result
        self._profile = profile if profile is not None else _bundled_profile(result)
        self._placeholder.setVisible(False)
        for section in self._sections:
            section.setVisible(True)
        self._show_headline(result)
        self._show_totals(result)
        self._show_chart(result)
        self._show_table(result)
        self._show_warnings(result)
        self._show_checklist(result, approvable_reasons)
        self.setAccessibleDescription(f"{self.headline_text()}. {self.remaining_text()}")

    # texts the tests (and screen readers) read

    def headline_text(self) -> str:
        return self._headline.text()

    def context_text(self) -> str:
        return self._context_line.text()

    def remaining_text(self) -> str:
        label = self._total_labels.get("remaining")
        return label.text() if label is not None else ""

    def totals_texts(self) -> dict[str, str]:
        """Key -> shown value, for the totals rows present (required, work, capped, school, ...)."""
        return {key: label.text() for key, label in self._total_labels.items()}

    def warning_texts(self) -> list[str]:
        """The plain text of each warning card, judgement cards first."""
        return [card.property("plainText") for card in self._cards("warningCard")]

    def checklist_texts(self) -> list[str]:
        return [card.property("plainText") for card in self._cards("checkItem")]

    def _cards(self, name: str) -> list[QWidget]:
        layout = self._warnings_layout if name == "warningCard" else self._checklist_layout
        out = []
        for i in range(layout.count()):
            item = layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if widget is not None and widget.objectName() == name:
                out.append(widget)
        return out

    # -- the profile's numbers, with fallbacks ------------------------------------------------------

    def _recency_years(self) -> int | None:
        return self._profile.recency_years if self._profile is not None else None

    def _cap(self) -> float:
        return float(self._profile.year_cap_months) if self._profile is not None else 12.0

    # -- sections -----------------------------------------------------------------------------------

    def _status_words(self, status: Status) -> tuple[str, str, str]:
        if status is Status.MET:
            return (
                self.tr("Practice time requirement met"),
                self.tr(
                    "Enough practice time. Approval still needs the theory exam and your assessment of "
                    "relevance."
                ),
                "ok",
            )
        if status is Status.NOT_MET:
            return (
                self.tr("Practice time requirement not met"),
                self.tr("Not enough practice time yet; see what is left below."),
                "no",
            )
        return (
            self.tr("Practice time requirement needs judgement"),
            self.tr("The hours are enough, but some warnings below need your judgement before you decide."),
            "warn",
        )

    def _show_headline(self, r: PraksisResult) -> None:
        headline, explanation, icon = self._status_words(r.status)
        colour = _STATUS_COLOURS.get(r.status, _NEUTRAL_COLOUR)
        self._headline.setText(headline)
        self._headline.setStyleSheet(f"color: {colour};")
        self._status_explanation.setText(explanation)
        self._status_icon.setPixmap(status_icon(icon, 40))
        self._status_icon.setAccessibleName(headline)
        tint = QColor(colour)
        self._headline_frame.setStyleSheet(
            f"#praksisHeadline {{ background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 0.09);"
            f" border: 1px solid {colour}; border-left: 6px solid {colour}; }}"
        )
        self._context_line.setText(
            " · ".join(
                [
                    r.trade_title or r.trade_code,
                    fill(self.tr("%1 profile %2"), r.profile_id, r.profile_version),
                    fill(self.tr("reference date %1"), format_date(r.reference_date)),
                ]
            )
        )

    def _add_total(self, row: int, key: str, name: str, value: str, *, strong: bool = False) -> None:
        name_label = QLabel(name, self._totals_box)
        value_label = QLabel(value, self._totals_box)
        value_label.setWordWrap(True)
        value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        name_label.setBuddy(value_label)
        if strong:
            for label in (name_label, value_label):
                font = QFont(label.font())
                font.setBold(True)
                label.setFont(font)
        self._totals.addWidget(name_label, row, 0, Qt.AlignmentFlag.AlignTop)
        self._totals.addWidget(value_label, row, 1)
        self._total_labels[key] = value_label

    def hours(self, value: Decimal | float) -> str:
        return fill(self.tr("%1 h"), format_number(value, 1))

    def months(self, value: Decimal | float) -> str:
        return self.tr("1 month") if float(value) == 1 else fill(self.tr("%1 months"), format_number(value))

    def _show_totals(self, r: PraksisResult) -> None:
        _clear_layout(self._totals)
        self._total_labels = {}
        rows: list[tuple[str, str, str, bool]] = [
            (
                "required",
                self.tr("Required"),
                f"{self.hours(r.required_hours)} ({self.months(r.required_months)})",
                False,
            ),
            (
                "work",
                self.tr("Credited work"),
                f"{self.hours(r.work_hours)} · {self.months(r.work_months)}",
                False,
            ),
        ]
        if r.capped_months > 0:
            rows.append(
                (
                    "capped",
                    self.tr("Cut by the yearly cap"),
                    fill(self.tr("%1 (not credited)"), self.months(r.capped_months)),
                    False,
                )
            )
        rows.append(("school", self.tr("School credit"), self.months(r.school_months), False))
        rows.append(
            ("total", self.tr("Total"), f"{self.hours(r.total_hours)} · {self.months(r.total_months)}", False)
        )
        rows.append(("remaining", self.tr("Remaining"), self.remaining_words(r), True))
        rows.append(("recency", self.tr("Recent practice"), self.recency_words(r), False))
        if r.foreign_months > 0:
            rows.append(
                (
                    "norway",
                    self.tr("In Norway"),
                    fill(
                        self.tr("%1 in Norway, %2 abroad"),
                        self.months(r.norway_months),
                        self.months(r.foreign_months),
                    ),
                    False,
                )
            )
        for i, (key, name, value, strong) in enumerate(rows):
            self._add_total(i, key, name, value, strong=strong)

    def remaining_words(self, r: PraksisResult) -> str:
        if r.remaining_hours <= 0:
            return self.tr("Requirement reached")
        months = months_left_up(r.remaining_months)
        text = (
            self.tr("1 month at full time left")
            if months == 1
            else fill(self.tr("%1 months at full time left"), format_number(months, 1))
        )
        return f"{text} ({self.hours(r.remaining_hours)})"

    def recency_words(self, r: PraksisResult) -> str:
        if r.recent_share is None:
            return self.tr("No dated practice, so no share of recent practice.")
        share = float(r.recent_share) * 100
        minimum = float(self._profile.recency_min_share) * 100 if self._profile is not None else None
        shown: float = round(share)
        if minimum is not None and (shown < minimum) != (share < minimum):
            shown = round(share, 1)  # 49.96 % must not read as 50 %
        percent = format_percent(shown)
        years = self._recency_years()
        if years is None:
            return fill(self.tr("%1 of the practice is within the profile's recency window"), percent)
        return fill(self.tr("%1 of the practice is from the last %2 years"), percent, years)

    def _show_chart(self, r: PraksisResult) -> None:
        undated = sum((s.months for s in r.per_school if s.year is None), Decimal(0))
        self.chart.set_data(
            r.per_year,
            undated_school_months=undated,
            cap=self._cap(),
            reference_date=r.reference_date,
            recency_years=self._recency_years(),
        )

    def _show_table(self, r: PraksisResult) -> None:
        self.model.set_contributions(
            r.per_period, r.per_school, reference_date=r.reference_date, recency_years=self._recency_years()
        )
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        widest = {
            PraksisContributionTableModel.COL_EMPLOYER: 180,
            PraksisContributionTableModel.COL_ROLE: 130,
        }
        for col, limit in widest.items():
            header.resizeSection(col, min(header.sectionSize(col), limit))
        rows = self.model.rowCount()
        visible = min(max(rows, 1), 10)
        height = (
            header.height()
            + visible * self.table.verticalHeader().defaultSectionSize()
            + self.table.frameWidth() * 2
            + self.table.horizontalScrollBar().sizeHint().height()
            + 2
        )
        self.table.setFixedHeight(height)

    # warnings

    def warning_advice(self, code: WarningCode) -> tuple[str, str]:
        """(plain-words title, what the caseworker should check) for a warning code."""
        years = self._recency_years()
        years_text = str(years) if years is not None else "10"
        min_months = (
            format_number(float(self._profile.min_period_months)) if self._profile is not None else "2"
        )
        advice = {
            WarningCode.RECENCY: (
                self.tr("Much of the practice is old"),
                fill(
                    self.tr(
                        "Less of the practice than the profile expects is from the last %1 years: check "
                        "whether the older practice is still relevant to today's Vg3 læreplan, for example "
                        "through recent tasks or a professional conversation."
                    ),
                    years_text,
                ),
            ),
            WarningCode.SHORT_PERIOD: (
                fill(self.tr("Period shorter than %1 months"), min_months),
                fill(
                    self.tr(
                        "Period shorter than %1 months: check that it was a continuous engagement; several "
                        "short jobs at the same employer may be one period."
                    ),
                    min_months,
                ),
            ),
            WarningCode.NORWAY_MINIMUM: (
                self.tr("Too little practice in Norway for this profile"),
                self.tr(
                    "The county profile asks for a minimum of practice in Norway: check whether the county "
                    "accepts the foreign practice, or whether more Norwegian practice is documented."
                ),
            ),
            WarningCode.SELF_EMPLOYED_UNCONFIRMED: (
                self.tr("Self-employment without third-party confirmation"),
                self.tr(
                    "Ask for a confirmation from someone with professional competence in the trade, and a "
                    "firmaattest or a printout from Brønnøysundregistrene."
                ),
            ),
            WarningCode.FOREIGN_PRACTICE: (
                self.tr("Practice abroad"),
                self.tr(
                    "Check that the attests are translated into Norwegian and describe the tasks, so the "
                    "practice can be assessed like Norwegian practice."
                ),
            ),
            WarningCode.YEAR_CAPPED: (
                self.tr("Months cut by the yearly cap"),
                self.tr(
                    "Overlapping jobs count at most 12 months in one calendar year; nothing to do unless the "
                    "dates are wrong. Check that the periods really ran at the same time."
                ),
            ),
            WarningCode.LEADER_ROLE: (
                self.tr("Leading, teaching or engineering role"),
                self.tr(
                    "Teacher, engineer, foreman and supervisor roles are normally not approved: check that "
                    "the work itself was done at skilled-worker level."
                ),
            ),
            WarningCode.PRACTICE_KIND: (
                self.tr("Voluntary work, work training or spare-time practice"),
                self.tr(
                    "Such practice is accepted only in some cases: check that it was real work in the trade, "
                    "alongside skilled workers."
                ),
            ),
            WarningCode.AFTER_REFERENCE_DATE: (
                self.tr("Period after the reference date"),
                self.tr(
                    "The period was not counted: check its dates, or the reference date of the calculation."
                ),
            ),
        }
        return advice.get(
            code,
            (str(code), self.tr("Read the message and check the period it names.")),
        )

    def _show_warnings(self, r: PraksisResult) -> None:
        _clear_layout(self._warnings_layout)
        if not r.warnings:
            none = QLabel(self.tr("No warnings."), self._warnings_box)
            none.setObjectName("noWarnings")
            self._warnings_layout.addWidget(none)
            return
        groups: dict[WarningCode, list[Warning]] = {}
        for w in r.warnings:
            groups.setdefault(w.code, []).append(w)
        ordered = sorted(
            groups.items(), key=lambda kv: (not kv[1][0].needs_judgement, list(groups).index(kv[0]))
        )
        for code, items in ordered:
            self._warnings_layout.addWidget(self._warning_card(code, items))

    def _warning_card(self, code: WarningCode, items: list[Warning]) -> QFrame:
        judgement = items[0].needs_judgement
        colour = _JUDGEMENT_COLOUR if judgement else _INFO_COLOUR
        title, advice = self.warning_advice(code)
        badge = self.tr("Needs your judgement") if judgement else self.tr("For information")
        card = QFrame(self._warnings_box)
        card.setObjectName("warningCard")
        card.setProperty("code", code.value)
        card.setProperty("needsJudgement", judgement)
        tint = QColor(colour)
        card.setStyleSheet(
            f"#warningCard {{ background: rgba({tint.red()}, {tint.green()}, {tint.blue()}, 0.07);"
            f" border-left: 4px solid {colour}; border-radius: 3px; }}"
        )
        row = QHBoxLayout(card)
        row.setContentsMargins(8, 8, 8, 8)
        row.setSpacing(10)
        icon = QLabel(card)
        icon.setPixmap(status_icon("warn" if judgement else "info", 22))
        icon.setFixedSize(22, 22)
        row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        count = f" ({len(items)})" if len(items) > 1 else ""
        details = "".join(f"<li>{html.escape(w.message)}</li>" for w in items)
        text = QLabel(card)
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setText(
            f"<b>{html.escape(title)}{count}</b> &nbsp;"
            f"<span style='color:{colour}'>[{html.escape(badge)}]</span>"
            f"<br><b>{html.escape(self.tr('What to check:'))}</b> {html.escape(advice)}"
            f"<ul style='margin-top:4px; margin-bottom:0px; margin-left:-20px'>{details}</ul>"
        )
        row.addWidget(text, 1)
        plain = f"{title}{count} [{badge}] {self.tr('What to check:')} {advice} " + " ".join(
            w.message for w in items
        )
        card.setProperty("plainText", plain)
        card.setAccessibleName(f"{badge}: {title}")
        card.setAccessibleDescription(plain)
        return card

    # checklist

    def _check_item(
        self, icon: str, text: str, *, rich: str | None = None, colour: str | None = None
    ) -> QWidget:
        item = QWidget(self._checklist_box)
        item.setObjectName("checkItem")
        item.setProperty("plainText", text)
        item.setAccessibleName(text)
        row = QHBoxLayout(item)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        pic = QLabel(item)
        pic.setPixmap(status_icon(icon, 18, colour))
        pic.setFixedSize(18, 18)
        row.addWidget(pic, 0, Qt.AlignmentFlag.AlignTop)
        label = QLabel(item)
        label.setWordWrap(True)
        if rich is not None:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(rich)
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(text)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(label, 1)
        return item

    def exam_states(self, r: PraksisResult) -> list[tuple[str, str]]:
        """(exam code, ``passed`` / ``not_passed`` / ``not_registered``) for each theory exam of the trade."""
        codes = list(r.theory_exam_codes)
        exam = r.theory_exam
        if exam is not None and not any(c.upper() == exam.code.upper() for c in codes):
            codes.append(exam.code)
        out = []
        for code in codes:
            if exam is not None and exam.code.upper() == code.upper():
                out.append((code, "passed" if exam.passed else "not_passed"))
            else:
                out.append((code, "not_registered"))
        return out

    def _show_checklist(self, r: PraksisResult, approvable_reasons: list[str] | None) -> None:
        _clear_layout(self._checklist_layout)
        add = self._checklist_layout.addWidget
        states = self.exam_states(r)
        if not states:
            add(
                self._check_item(
                    "unknown", self.tr("No theory exam is listed for this trade in the catalogue.")
                )
            )
        for code, state in states:
            exam = r.theory_exam
            when = format_date(exam.date) if exam is not None and exam.date is not None else ""
            if state == "passed":
                text = (
                    fill(self.tr("Theory exam %1: passed on %2"), code, when)
                    if when
                    else fill(self.tr("Theory exam %1: passed"), code)
                )
                add(self._check_item("ok", text))
            elif state == "not_passed":
                text = (
                    fill(self.tr("Theory exam %1: not passed (%2)"), code, when)
                    if when
                    else fill(self.tr("Theory exam %1: not passed"), code)
                )
                add(self._check_item("no", text))
            else:
                add(self._check_item("unknown", fill(self.tr("Theory exam %1: not registered"), code)))
        for certificate in r.extra_certificates:
            add(self._check_item("todo", fill(self.tr("Confirm certificate: %1"), certificate)))
        add(
            self._check_item(
                "todo",
                self.tr(
                    "Approval also needs your recorded assessment of relevance against the Vg3 "
                    "kompetansemål (mapping matrix)."
                ),
            )
        )
        if approvable_reasons:
            heading = self.tr("The case cannot be approved yet:")
            bullets = "".join(f"<li>{html.escape(reason)}</li>" for reason in approvable_reasons)
            add(
                self._check_item(
                    "no",
                    heading + " " + " ".join(approvable_reasons),
                    rich=f"<b>{html.escape(heading)}</b>"
                    f"<ul style='margin-top:2px; margin-left:-20px'>{bullets}</ul>",
                )
            )


def _clear_layout(layout: QLayout) -> None:
    """Take every widget out of ``layout`` and delete it (hidden at once, deleted by the event loop)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def _bundled_profile(result: PraksisResult) -> RuleProfile | None:
    """The bundled profile with the result's id and version, if there is one."""
    from rpl_desktop.services.praksis_io import load_profile

    try:
        profile = load_profile(result.profile_id)
    except (ValidationError, ImportFileError, OSError):
        return None
    return profile if profile.version == result.profile_version else None
