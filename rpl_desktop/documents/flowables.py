"""Two small flowables that carry most of the text of every document.

:class:`PlainText` prints literal text (no markup is ever parsed, so ``<``, ``&`` and quotes print as they
are) and :class:`Grid` is a plain ruled table. Both do what the documents need and no more, and so build
a kompetansebevis about a quarter faster than reportlab's Paragraph and Table (which parse XML and
support every table feature); those remain in use where one line mixes fonts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

INK = colors.Color(0.1, 0.1, 0.12)
MUTED = colors.Color(0.36, 0.38, 0.42)
RULE = colors.Color(0.72, 0.74, 0.78)
ACCENT = colors.Color(0.09, 0.27, 0.45)
SHADE = colors.Color(0.93, 0.945, 0.96)
ZEBRA = colors.Color(0.975, 0.98, 0.985)


class PlainText(Flowable):  # type: ignore[misc]
    """Literal text in one font and colour, wrapped at spaces, split across pages by lines.

    Lines sit like a Paragraph's (first baseline one font size below the top, then one leading per line);
    a word wider than the column stands on its own line; ``\\n`` breaks a line.
    """

    def __init__(
        self, text: str, style: ParagraphStyle, bullet: str = "", lines: list[str] | None = None
    ) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bullet = bullet
        self._lines = lines
        self._wrapped_at: float | None = None if lines is not None else -1.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self._lines is None or (self._wrapped_at is not None and self._wrapped_at != avail_width):
            width = avail_width - self.style.leftIndent - self.style.rightIndent
            font, size = self.style.fontName, self.style.fontSize
            self._lines = [
                line
                for part in self.text.split("\n")
                for line in (simpleSplit(part, font, size, width) or [""])
            ]
            self._wrapped_at = avail_width
        self.width = avail_width
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        assert self._lines is not None
        fit = int(avail_height // self.style.leading)
        if fit < 2 or len(self._lines) < 4 or fit >= len(self._lines):
            return []  # keep short texts whole, and never leave a single line behind
        fit = min(fit, len(self._lines) - 2)
        first = PlainText(self.text, self.style, self.bullet, self._lines[:fit])
        rest = PlainText(self.text, self.style, "", self._lines[fit:])
        first.spaceAfter = 0
        rest.spaceBefore = 0
        return [first, rest]

    def draw(self) -> None:
        self.draw_at(self.canv, 0.0, 0.0)

    def draw_at(self, canvas: Canvas, x0: float, y0: float) -> None:
        """Draw with the bottom-left corner at (x0, y0), after :meth:`wrap`, without a state push."""
        assert self._lines is not None
        style = self.style
        y = y0 + self.height - style.fontSize
        if canvas._fillColorObj != style.textColor:
            canvas.setFillColor(style.textColor)
        if self.bullet:
            canvas.setFont(style.bulletFontName, style.bulletFontSize)
            canvas.drawString(x0 + style.bulletIndent, y, self.bullet)
        text = canvas.beginText()  # one text object (BT ... ET) for all lines
        text.setFont(style.fontName, style.fontSize, style.leading)
        if style.alignment not in (TA_RIGHT, TA_CENTER):
            text.setTextOrigin(x0 + style.leftIndent, y)
            for line in self._lines:
                text.textLine(line)  # the next line by the leading, no coordinates written
        else:
            for line in self._lines:
                width = stringWidth(line, style.fontName, style.fontSize)
                if style.alignment == TA_RIGHT:
                    x = self.width - style.rightIndent - width
                else:
                    x = (self.width + style.leftIndent - style.rightIndent - width) / 2
                text.setTextOrigin(x0 + x, y)
                text.textOut(line)
                y -= style.leading
        canvas.drawText(text)


#: A cell: flowables stacked from the top, or ``None`` to widen the cell on its left by this column.
Cell: TypeAlias = "Flowable | Sequence[Flowable] | None"


class Grid(Flowable):  # type: ignore[misc]
    """A ruled table: a light rule under every row, a shaded header row repeated on each page, optional
    zebra rows, a shaded label column, and strong rules above chosen rows. Rows never split."""

    def __init__(
        self,
        rows: Sequence[Sequence[Cell]],
        widths: Sequence[float],
        *,
        header: bool = True,
        zebra: bool = False,
        label_column: bool = False,
        strong_above: Sequence[int] = (),
        padding: tuple[float, float, float, float] = (4, 2, 4, 2.5),
        _flags: list[tuple[bool, bool, bool]] | None = None,
    ) -> None:
        super().__init__()
        self.rows = [list(row) for row in rows]
        self.widths = list(widths)
        self.header = header and bool(self.rows)
        self.label_column = label_column
        self.padding = padding
        if _flags is None:
            first_body = 1 if self.header else 0
            _flags = [
                (
                    self.header and i == 0,  # header row
                    zebra and i >= first_body and (i - first_body) % 2 == 1,  # zebra shade
                    i in strong_above or (label_column and i == 0),  # strong rule above
                )
                for i in range(len(self.rows))
            ]
        self.flags = _flags
        self._heights: list[float] = []

    def _cells(self, row: list[Cell]) -> list[tuple[float, float, list[Flowable]]]:
        """(x, width, flowables) of each cell of a row, merged cells widened."""
        out: list[tuple[float, float, list[Flowable]]] = []
        x = 0.0
        for cell, width in zip(row, self.widths, strict=True):
            if cell is None and out:
                left, wide, content = out[-1]
                out[-1] = (left, wide + width, content)
            else:
                content = [] if cell is None else [cell] if isinstance(cell, Flowable) else list(cell)
                out.append((x, width, content))
            x += width
        return out

    def _row_height(self, row: list[Cell]) -> float:
        left, top, right, bottom = self.padding
        tallest = 0.0
        for _x, width, content in self._cells(row):
            tallest = max(tallest, sum(f.wrap(width - left - right, 1e6)[1] for f in content))
        return float(tallest + top + bottom)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if len(self._heights) != len(self.rows):
            self._heights = [self._row_height(row) for row in self.rows]
        self.width = sum(self.widths)
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        start = 1 if self.header else 0
        used = sum(self._heights[:start])
        end = start
        while end < len(self.rows) and used + self._heights[end] <= avail_height:
            used += self._heights[end]
            end += 1
        if end == start or end == len(self.rows):
            return []
        head = self.rows[:start]
        head_flags = self.flags[:start]
        options = {"header": self.header, "label_column": self.label_column, "padding": self.padding}
        return [
            Grid(self.rows[:end], self.widths, _flags=self.flags[:end], **options),  # type: ignore[arg-type]
            Grid(head + self.rows[end:], self.widths, _flags=head_flags + self.flags[end:], **options),  # type: ignore[arg-type]
        ]

    def draw(self) -> None:
        canvas = self.canv
        left, top, _right, _bottom = self.padding
        label_width = self.widths[0] if self.label_column else 0.0
        y = self.height
        for row, height, (is_header, zebra, strong) in zip(self.rows, self._heights, self.flags, strict=True):
            bottom = y - height
            if is_header or zebra:
                canvas.setFillColor(SHADE if is_header else ZEBRA)
                canvas.rect(0, bottom, self.width, height, stroke=0, fill=1)
            elif label_width:
                canvas.setFillColor(SHADE)
                canvas.rect(0, bottom, label_width, height, stroke=0, fill=1)
            for x, _width, content in self._cells(row):
                cursor = y - top
                for flowable in content:
                    cursor -= flowable.height
                    if isinstance(flowable, PlainText):
                        flowable.draw_at(canvas, x + left, cursor)  # no state push per cell
                    else:
                        flowable.drawOn(canvas, x + left, cursor)
            canvas.setStrokeColor(INK if is_header else RULE)
            canvas.setLineWidth(0.8 if is_header else 0.4)
            canvas.line(0, bottom, self.width, bottom)
            if strong:
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(0.8)
                canvas.line(0, y, self.width, y)
            y = bottom
