"""The competence map: one candidate's history against several targets, side by side.

This is the counsellor's view before any formal application. Each target (a fagskole emne, an
utdanning, a lærefag...) is a *kompetansekartlegging* case made by ``services.crosswalk.add_target``;
``services.crosswalk.competence_map`` gives its coverage. One column per target shows:

* the title, kind, code and case number;
* a bar painted in four parts, left to right: **met**, **partly met**, **missing but indicated** (not
  assessed yet, with suggested evidence in the history: a hint, never a judgement) and **missing**.
  Each part carries its number and a pattern, and a legend with numbers sits below, so nothing depends
  on colour alone; a sentence under the title says the same in words;
* the credits recognised of the total where the target has studiepoeng;
* the gaps in plain words: per emne or kompetansemål area, what is still to show.

Opened for a candidate who already has targets, the map shows at once (the main window offers it from
the candidate list: pick the candidate, then "Competence map"). ``openCase(case_id)`` asks the main
window to open a target's case in the case view. The chooser of a new target is a parameter
(``standard_chooser``) so that tests can replace the dialog.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QPainter, QPaintEvent, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from rpl_desktop.domain.errors import RplError
from rpl_desktop.services.candidates import get_candidate
from rpl_desktop.services.catalogue import StandardSummary, list_standards
from rpl_desktop.services.crosswalk import Gap, TargetCoverage, add_target, competence_map
from rpl_desktop.store.database import Database
from rpl_desktop.ui.catalogue_page import (
    StandardFilterProxyModel,
    StandardTableModel,
    StandardUidRole,
    kind_label,
)
from rpl_desktop.ui.i18n import fill
from rpl_desktop.ui.praksis_chart import format_number

log = logging.getLogger(__name__)

StandardChooser = Callable[[Sequence[StandardSummary]], "str | None"]


@dataclass(frozen=True)
class SegmentStyle:
    fill: str
    pattern: Qt.BrushStyle
    pattern_colour: str
    text: str


MET, PARTLY, INDICATED, MISSING = "met", "partly", "indicated", "missing"
SEGMENT_ORDER = (MET, PARTLY, INDICATED, MISSING)
SEGMENT_STYLES = {
    MET: SegmentStyle("#2e7d32", Qt.BrushStyle.NoBrush, "", "#ffffff"),
    PARTLY: SegmentStyle("#f7d774", Qt.BrushStyle.BDiagPattern, "#b08900", "#000000"),
    INDICATED: SegmentStyle("#d6e6f7", Qt.BrushStyle.Dense6Pattern, "#2f6db5", "#000000"),
    MISSING: SegmentStyle("#f4f4f4", Qt.BrushStyle.NoBrush, "", "#222222"),
}
OUTLINE = "#7a7a7a"


def paint_segment(painter: QPainter, rect: QRectF, key: str) -> None:
    style = SEGMENT_STYLES[key]
    painter.fillRect(rect, QColor(style.fill))
    if style.pattern != Qt.BrushStyle.NoBrush:
        painter.fillRect(rect, QBrush(QColor(style.pattern_colour), style.pattern))


class CoverageBarWidget(QWidget):
    """A horizontal bar: met / partly / indicated / missing as shares of all outcomes, with numbers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._counts: dict[str, int] = dict.fromkeys(SEGMENT_ORDER, 0)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    def set_counts(self, met: int, partly: int, indicated: int, missing: int) -> None:
        """``missing`` here is the part not indicated (the bar's four parts add up to the total)."""
        self._counts = {MET: met, PARTLY: partly, INDICATED: indicated, MISSING: missing}
        self.update()

    def counts(self) -> dict[str, int]:
        return dict(self._counts)

    def total(self) -> int:
        return sum(self._counts.values())

    def sizeHint(self) -> QSize:
        return QSize(260, self.fontMetrics().height() + 14)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self.fontMetrics().height() + 14)

    def segment_rects(self) -> list[tuple[str, QRectF]]:
        total = self.total()
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if total <= 0:
            return []
        out, x = [], area.left()
        for key in SEGMENT_ORDER:
            n = self._counts[key]
            if n <= 0:
                continue
            width = area.width() * n / total
            out.append((key, QRectF(x, area.top(), width, area.height())))
            x += width
        return out

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        area = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        if self.total() == 0:
            painter.fillRect(area, self.palette().base())
            painter.setPen(self.palette().placeholderText().color())
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter, self.tr("No outcomes"))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        for key, rect in self.segment_rects():
            paint_segment(painter, rect, key)
            text = str(self._counts[key])
            if metrics.horizontalAdvance(text) + 6 <= rect.width():
                style = SEGMENT_STYLES[key]
                if style.pattern != Qt.BrushStyle.NoBrush:  # a plate behind the number keeps it legible
                    plate = metrics.boundingRect(text).adjusted(-3, -1, 3, 1)
                    plate.moveCenter(rect.center().toPoint())
                    painter.fillRect(plate, QColor(style.fill))
                painter.setPen(QColor(style.text))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            painter.setPen(QPen(QColor("#ffffff"), 1))
            painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.setPen(QPen(QColor(OUTLINE), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(area)
        painter.end()


class LegendSwatchWidget(QWidget):
    """The small square of one bar part, painted as the bar paints it."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._key = key
        side = self.fontMetrics().height()
        self.setFixedSize(side, side)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        paint_segment(painter, rect, self._key)
        painter.setPen(QPen(QColor(OUTLINE), 1))
        painter.drawRect(rect)
        painter.end()


class TargetCardWidget(QFrame):
    """One target's column: title, kind, case number, coverage bar with legend, credits and gaps."""

    openCaseRequested = Signal(int)

    def __init__(self, coverage: TargetCoverage, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.coverage = coverage
        self.setObjectName("targetCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(300)
        self.setAccessibleName(fill(self.tr("Target: %1"), coverage.title))
        c = coverage
        rest = max(0, c.missing - c.indicated)

        self.title_label = QLabel(c.title, self)
        self.title_label.setObjectName("targetTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.15)
        self.title_label.setFont(title_font)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("targetKind")
        self.kind_label.setWordWrap(True)
        self.kind_label.setTextFormat(Qt.TextFormat.PlainText)
        self.kind_label.setText(fill(self.tr("%1 · %2 · case %3"), kind_label(c.kind), code, c.case_number))

        self.summary_label = QLabel(self)
        self.summary_label.setObjectName("targetSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setText(
            fill(
                self.tr(
                    "%1 of %2 outcomes met, %3 partly met, %4 missing (%5 of them indicated by the history)."
                ),
                c.met,
                c.total,
                c.partly,
                c.missing,
                c.indicated,
            )
        )

        self.bar = CoverageBarWidget(self)
        self.bar.setObjectName("coverageBar")
        self.bar.set_counts(c.met, c.partly, c.indicated, rest)
        self.bar.setAccessibleName(self.tr("Coverage"))
        self.bar.setAccessibleDescription(self.summary_label.text())
        self.bar.setToolTip(self.summary_label.text())

        legend = QGridLayout()
        legend.setHorizontalSpacing(6)
        legend.setVerticalSpacing(2)
        self.legend_labels: dict[str, QLabel] = {}
        texts = {
            MET: (self.tr("Met: %1"), c.met, self.tr("Judged met by the assessor.")),
            PARTLY: (self.tr("Partly met: %1"), c.partly, self.tr("Judged partly met by the assessor.")),
            INDICATED: (
                self.tr("Missing, indicated: %1"),
                c.indicated,
                self.tr(
                    "Not assessed yet, but the history holds suggested evidence. "
                    "A hint for the conversation, not a judgement."
                ),
            ),
            MISSING: (
                self.tr("Missing, not indicated: %1"),
                rest,
                self.tr("Not met, or not assessed with no evidence suggested."),
            ),
        }
        for i, key in enumerate(SEGMENT_ORDER):
            pattern, number, tip = texts[key]
            swatch = LegendSwatchWidget(key, self)
            label = QLabel(fill(pattern, number), self)
            label.setObjectName(f"legend_{key}")
            label.setToolTip(tip)
            swatch.setToolTip(tip)
            self.legend_labels[key] = label
            row, col = divmod(i, 2)
            legend.addWidget(swatch, row, col * 2)
            legend.addWidget(label, row, col * 2 + 1)
        legend.setColumnStretch(1, 1)
        legend.setColumnStretch(3, 1)

        self.credits_label = QLabel(self)
        self.credits_label.setObjectName("targetCredits")
        self.credits_label.setWordWrap(True)
        if c.credits_total is not None:
            self.credits_label.setText(
                fill(
                    self.tr("%1 of %2 studiepoeng recognised; %3 remaining"),
                    format_number(c.credits_recognised),
                    format_number(c.credits_total),
                    format_number(c.credits_remaining),
                )
            )
        else:
            self.credits_label.setText(self.tr("No studiepoeng: assessed by outcomes only"))
            self.credits_label.setStyleSheet("color: palette(placeholder-text);")

        self.open_button = QPushButton(self.tr("Open in case view"), self)
        self.open_button.setObjectName("openCase")
        self.open_button.setAccessibleName(fill(self.tr("Open case %1 in the case view"), c.case_number))
        self.open_button.clicked.connect(lambda: self.openCaseRequested.emit(c.case_id))

        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        gaps_heading = QLabel(self.tr("Still to show"), self)
        heading_font = QFont(self.font())
        heading_font.setBold(True)
        gaps_heading.setFont(heading_font)
        self.gaps_label = QLabel(self)
        self.gaps_label.setObjectName("targetGaps")
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.RichText)
        self.gaps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gaps_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.gaps_label.setText(self._gaps_html())
        self.gaps_label.setAccessibleName(fill(self.tr("Gaps for %1"), c.title))

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.kind_label)
        layout.addSpacing(4)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.bar)
        layout.addLayout(legend)
        layout.addWidget(self.credits_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(line)
        layout.addWidget(gaps_heading)
        layout.addWidget(self.gaps_label)
        layout.addStretch(1)

    def gap_lines(self) -> list[str]:
        """The gaps as plain lines (a heading per emne or area, then one line per outcome)."""
        lines: list[str] = []
        for gap in self.coverage.gaps:
            lines.append(self._gap_heading(gap))
            lines += [f"– {text}" for text in gap.missing]
        return lines

    def _gap_heading(self, gap: Gap) -> str:
        shown, total = gap.total - len(gap.missing), gap.total
        if len(self.coverage.gaps) == 1 and gap.group_title == self.coverage.title:
            return fill(self.tr("%1 of %2 outcomes shown; still to show:"), shown, total)
        if gap.credits is not None:
            return fill(
                self.tr("%1 (%2 studiepoeng): %3 of %4 outcomes shown"),
                gap.group_title,
                format_number(gap.credits),
                shown,
                total,
            )
        return fill(self.tr("%1: %2 of %3 outcomes shown"), gap.group_title, shown, total)

    def _gaps_html(self) -> str:
        c = self.coverage
        if c.total == 0:
            return html.escape(self.tr("This target has no outcomes in the catalogue yet."))
        if not c.gaps:
            return html.escape(self.tr("Nothing: every outcome is met."))
        parts = []
        for gap in c.gaps:
            heading = self._gap_heading(gap)
            items = "".join(f"<li>{html.escape(t)}</li>" for t in gap.missing)
            parts.append(
                f"<p style='margin-bottom:0'><b>{html.escape(heading)}</b></p>"
                f"<ul style='margin-top:2px; margin-left:-20px'>{items}</ul>"
            )
        return "".join(parts)


class StandardPickerDialog(QDialog):
    """Pick one standard from a list (with a search box) to add as a target."""

    def __init__(self, standards: Sequence[StandardSummary], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a target"))
        self._model = StandardTableModel(standards, self)
        self._proxy = StandardFilterProxyModel(self)
        self._proxy.setSourceModel(self._model)
        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(self.tr("Code or title"))
        self.search_edit.setAccessibleName(self.tr("Search standards"))
        self.search_edit.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("Sea&rch:"), self)
        search_label.setBuddy(self.search_edit)
        self.table = QTableView(self)
        self.table.setAccessibleName(self.tr("Standards"))
        self.table.setModel(self._proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            StandardTableModel.COL_TITLE, QHeaderView.ResizeMode.Stretch
        )
        self.table.setColumnWidth(StandardTableModel.COL_KIND, self.fontMetrics().averageCharWidth() * 20)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add target"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(lambda _index: self.accept())
        self.search_edit.textChanged.connect(self._proxy.set_text)
        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 420)
        if self._proxy.rowCount():
            self.table.setCurrentIndex(self._proxy.index(0, 0))

    def chosen_uid(self) -> str | None:
        index: QModelIndex = self.table.currentIndex()
        uid = index.data(StandardUidRole) if index.isValid() else None
        return str(uid) if uid else None


def _pick_standard_dialog(parent: QWidget) -> StandardChooser:
    def choose(standards: Sequence[StandardSummary]) -> str | None:
        dialog = StandardPickerDialog(standards, parent)
        try:
            return dialog.chosen_uid() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    return choose


class CompetenceMapWidget(QWidget):
    """One candidate's targets side by side. ``openCase(case_id)`` asks for the case view."""

    openCase = Signal(int)
    targetsChanged = Signal()

    def __init__(
        self,
        db: Database,
        parent: QWidget | None = None,
        *,
        standard_chooser: StandardChooser | None = None,
    ) -> None:
        super().__init__(parent)
        self._db = db
        self._choose_standard = standard_chooser or _pick_standard_dialog(self)
        self._candidate_id: int | None = None
        self._coverage: list[TargetCoverage] = []
        self._cards: list[TargetCardWidget] = []
        self.setObjectName("competenceMap")

        self.heading = QLabel(self)
        self.heading.setObjectName("competenceMapHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.hint_label = QLabel(
            self.tr(
                "One column per target. The bar counts the outcomes met, partly met and missing; "
                "“indicated” means the candidate's history suggests evidence that nobody has judged yet."
            ),
            self,
        )
        self.hint_label.setObjectName("competenceMapHint")
        self.hint_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add target…"), self)
        self.add_button.setObjectName("addTarget")
        self.add_button.setToolTip(
            self.tr("Compare the candidate's history with one more standard from the catalogue.")
        )
        self.refresh_button = QPushButton(self.tr("Re&fresh"), self)
        self.refresh_button.setObjectName("refreshMap")
        self.refresh_button.setToolTip(self.tr("Read the judgements and the history again (F5)."))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.add_button)
        top.addWidget(self.refresh_button)

        self.message_label = QLabel(self)
        self.message_label.setObjectName("competenceMapMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.hide()

        self.empty_label = QLabel(self)
        self.empty_label.setObjectName("competenceMapEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._columns = QWidget(self)
        self._columns_layout = QHBoxLayout(self._columns)
        self._columns_layout.setContentsMargins(0, 0, 0, 0)
        self._columns_layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("competenceMapColumns")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self._columns)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.scroll_area, 1)

        self.add_button.clicked.connect(self.choose_and_add_target)
        self.refresh_button.clicked.connect(self.refresh)
        refresh = QShortcut(QKeySequence.StandardKey.Refresh, self)
        refresh.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        refresh.activated.connect(self.refresh)
        self._update_state()

    # -- public -------------------------------------------------------------------------------------

    def candidate_id(self) -> int | None:
        return self._candidate_id

    def open_candidate(self, candidate_id: int | None) -> None:
        """Show ``candidate_id``'s map (at once, with every target it already has)."""
        self._candidate_id = candidate_id
        self.show_message("")
        name = ""
        if candidate_id is not None:
            try:
                person = get_candidate(self._db, candidate_id)
                name = f"{person.given_name} {person.family_name}".strip()
            except RplError as exc:
                self._candidate_id = None
                self.show_message(exc.message, error=True)
        self.heading.setText(fill(self.tr("Competence map: %1"), name) if name else self.tr("Competence map"))
        self.refresh()

    def refresh(self) -> None:
        """Read the targets and their coverage again."""
        coverage: list[TargetCoverage] = []
        codes: dict[str, str] = {}
        if self._candidate_id is not None:
            try:
                coverage = sorted(competence_map(self._db, self._candidate_id), key=lambda c: c.case_id)
                codes = {s.uid: s.code for s in list_standards(self._db)}
            except RplError as exc:
                self.show_message(exc.message, error=True)
        self._coverage = coverage
        self._rebuild(codes)
        self._update_state()

    def coverage(self) -> list[TargetCoverage]:
        return list(self._coverage)

    def cards(self) -> list[TargetCardWidget]:
        return list(self._cards)

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(
            "color: #a61b1b; border: 1px solid #a61b1b; padding: 4px;" if error else ""
        )
        self.message_label.setVisible(bool(text))

    def message(self) -> str:
        return "" if self.message_label.isHidden() else self.message_label.text()

    def choose_and_add_target(self) -> int | None:
        """Ask for a standard (one not yet on the map) and add it as a target; returns the case id."""
        if self._candidate_id is None:
            self.show_message(self.tr("Open a candidate first."), error=True)
            return None
        try:
            standards = list_standards(self._db)
        except RplError as exc:
            self.show_message(exc.message, error=True)
            return None
        taken = {c.standard_uid for c in self._coverage}
        choices = [s for s in standards if s.uid not in taken]
        if not standards:
            self.show_message(
                self.tr(
                    "The catalogue is empty. Import standards or load the sample catalogue on the Catalogue "
                    "page first."
                ),
                error=True,
            )
            return None
        if not choices:
            self.show_message(self.tr("Every standard in the catalogue is already on this map."))
            return None
        uid = self._choose_standard(choices)
        if not uid:
            return None
        return self.add_target(uid)

    def add_target(self, standard_uid: str) -> int | None:
        if self._candidate_id is None:
            return None
        try:
            case = add_target(self._db, self._candidate_id, standard_uid)
        except RplError as exc:
            self.show_message(fill(self.tr("The target was not added: %1"), exc.message), error=True)
            return None
        log.info("competence map: target added (case %s)", case.id)
        self.refresh()
        added = next((c for c in self._coverage if c.case_id == case.id), None)
        if added is not None:
            self.show_message(fill(self.tr("Added %1 (case %2)."), added.title, added.case_number))
        self.targetsChanged.emit()
        return case.id

    # -- internals ----------------------------------------------------------------------------------

    def _rebuild(self, codes: dict[str, str]) -> None:
        for card in self._cards:
            self._columns_layout.removeWidget(card)
            card.hide()
            card.setParent(None)
            card.deleteLater()
        self._cards = []
        while self._columns_layout.count():
            self._columns_layout.takeAt(0)
        previous: QWidget = self.refresh_button
        for c in self._coverage:
            card = TargetCardWidget(c, codes.get(c.standard_uid, ""), self._columns)
            card.openCaseRequested.connect(self.openCase)
            self._columns_layout.addWidget(card, 1)
            self._cards.append(card)
            self.setTabOrder(previous, card.open_button)
            previous = card.open_button

    def _update_state(self) -> None:
        has_candidate = self._candidate_id is not None
        self.add_button.setEnabled(has_candidate)
        self.refresh_button.setEnabled(has_candidate)
        if not has_candidate:
            empty = self.tr(
                "Choose a candidate in the candidate list and open “Competence map” to compare their "
                "history with fagskole modules, programmes and lærefag."
            )
        elif not self._coverage:
            empty = self.tr(
                "No targets yet. Add up to three or more targets to compare the candidate's history "
                "against them: use “Add target…” and pick fagskole modules, programmes or lærefag from the "
                "catalogue."
            )
        else:
            empty = ""
        self.empty_label.setText(empty)
        self.empty_label.setVisible(bool(empty))
        self.scroll_area.setVisible(bool(self._coverage))
        self.hint_label.setVisible(bool(self._coverage))

    def __repr__(self) -> str:  # never the candidate's name
        return f"<CompetenceMapWidget candidate={self._candidate_id} targets={len(self._coverage)}>"
